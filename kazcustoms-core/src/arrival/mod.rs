//! The end of internal customs transit at the destination office (R1
//! §34–§35): registering the arrival of goods under a DCD, the arrivals
//! journal (annex 9), the certificate confirming delivery (annex 10), and
//! the DCD registration journal of the departure office (annex 2).
//!
//! On arrival (§34) the destination office's officer puts stamp figure 2
//! (annex 3) on DCD copies 2 and 3 and on the transport documents, writing
//! the short declaration or cargo customs declaration number, confirms it
//! with the personal numbered seal and signature, records the arrival in
//! the journal of annex 9 and informs the departure office. The goods count
//! as delivered from the moment their arrival is registered (§35).
//!
//! # JSON shape
//!
//! The document of `validate("arrival", …)`:
//!
//! ```json
//! {
//!   "dcd": {"reference_number": "55201/14106/00317", "...": "the DCD as for validate(\"dcd\")"},
//!   "state": "registered",
//!   "arrival": {
//!     "date": "2026-10-16",
//!     "declaration": {"kind": "short_declaration", "number": "15101/19106/000123"},
//!     "officer": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311"},
//!     "office": "Т/П «АҚТӨБЕ-ЦОТО»",
//!     "journal_number": 214,
//!     "note": null
//!   }
//! }
//! ```
//!
//! * `state` is the DCD's state before the arrival (`drafted`,
//!   `registered`, `arrived`, `completed`); `registered` when absent.
//! * `declaration.kind` is `short_declaration` or `cargo_customs_declaration`.
//! * `office` names the office on the stamp (default: the DCD's column 53).
//!
//! Its report: `DCD.STATE` (the DCD cannot arrive from that state),
//! `DCD.7.REQUIRED` / `NUM.*` on `dcd.7`, `DCD.50.DEADLINE` on `dcd.50`,
//! `ARRIVAL.DATE.REQUIRED`, `ARRIVAL.DATE.BEFORE_REGISTRATION`,
//! `ARRIVAL.OVERDUE`, `ARRIVAL.DECLARATION.REQUIRED`,
//! `ARRIVAL.DECLARATION.FORMAT` / `NUM.*` on `arrival.declaration`,
//! `ARRIVAL.OFFICER.REQUIRED`. The DCD's own columns are not re-checked
//! here (that is `validate("dcd", …)`).
//!
//! The `delivery_certificate` document is described at [`DeliveryCertificate`].

mod certificate;
mod journal;
mod register;

pub use certificate::{DeliveryCertificate, Official, SecurityPresented};
pub use journal::{arrivals_table, dcd_register_table, ArrivalEntry, DcdRegisterEntry};
pub use register::{
    register_arrival, Arrival, ArrivalDocument, ArrivalOfficer, ArrivalRecord, ArrivalStamp,
    DeclarationKind, DeclarationRef,
};
