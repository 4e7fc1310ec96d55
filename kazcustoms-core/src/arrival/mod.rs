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
//!
//! # Readings
//!
//! Where the source leaves a point open, the reading an inspector would
//! defend. Arrival:
//! * **In time**: delivery counts from the moment the arrival is registered
//!   (§35), so the arrival date is the delivery date; it is in time when it
//!   is on or before the column 50 deadline (that day included, as the
//!   deadline is "the last date on which delivery is still in time", SPEC
//!   §2). Later is `ARRIVAL.OVERDUE`.
//! * **Late goods are still registered**: the office registers the arrival
//!   of goods that came late (stamp, journal, state `arrived`) and reports
//!   the lateness; the report is not `ok`, but `registered` is true. A DCD
//!   without a column 50 deadline (`DCD.50.DEADLINE`) is likewise registered,
//!   its timeliness unknown.
//! * **What blocks registration**: an illegal lifecycle move (`DCD.STATE`:
//!   only a `registered` DCD can arrive, once), no usable DCD number (column
//!   7: `DCD.7.REQUIRED` or its `NUM.*`), no arrival date, an arrival dated
//!   before the DCD was registered, no usable declaration number to write on
//!   the stamp, no officer (name and personal seal, which confirm the stamp).
//!   Then nothing is stamped or journaled and the state does not move.
//! * **Declaration number**: a short declaration number is checked as kind
//!   `short_declaration` (`ARRIVAL.DECLARATION.FORMAT` for a text not in the
//!   pattern, other `NUM.*` under their own rule); a cargo customs
//!   declaration number has no pattern in these rules and is only required.
//! * **State**: when the caller does not say, the DCD is taken to be
//!   `registered` (it carries column 7 and stamp C).
//! * **TIR carnet**: a TIR carnet stands for the DCD (R1 §58), so the
//!   DCD's number may be the carnet's number as the carnet carries it
//!   ([`crate::numbers::CarnetNumber`]); it goes into the journal's column 3
//!   as written. A carnet number carries no registration date, so
//!   `ARRIVAL.DATE.BEFORE_REGISTRATION` is not checked for it.
//!
//! Delivery confirmation certificate:
//! * Every blank of the form is required (`CERT.<field>.REQUIRED`); the DCD
//!   and security document numbers must read as numbers of their kinds
//!   (`CERT.DCD.FORMAT`, `CERT.SECURITY.FORMAT` for a text not in the
//!   pattern; any other `NUM.*` under its own rule, on the same field).
//! * A security document number carries its registration date and the code
//!   of the office that registered it (R3 §11): the date written beside it
//!   must be that date (`CERT.SECURITY.DATE`), and the registering office,
//!   where its code is given, must be that office (`CERT.SECURITY.OFFICE`).
//! * The certificate number has no pattern in these rules: it is only required.

mod certificate;
mod journal;
mod register;

pub use certificate::{DeliveryCertificate, Official, SecurityPresented};
pub(crate) use certificate::SecurityRules;
pub use journal::{arrivals_table, dcd_register_table, ArrivalEntry, DcdRegisterEntry};
pub use register::{
    register_arrival, register_json, Arrival, ArrivalDocument, ArrivalOfficer, ArrivalRecord,
    ArrivalStamp, DeclarationKind, DeclarationRef,
};

impl crate::documents::Document for ArrivalDocument<'_> {
    const TITLE: [&'static str; 3] = [
        "Келуді тіркеу",
        "Регистрация прибытия",
        "Registration of arrival",
    ];
    const SOURCE: &'static str = "R1 §34–§35";
    const RULES: &'static [&'static str] = &["ARRIVAL."];

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        ArrivalDocument::validate(self, context)
    }

    /// Those of its DCD.
    fn items(&self) -> usize {
        crate::documents::Document::items(&self.dcd)
    }
}

impl crate::documents::Document for DeliveryCertificate {
    const TITLE: [&'static str; 3] = [
        "Жеткізуді растау туралы куәлік",
        "Свидетельство о подтверждении доставки",
        "Delivery confirmation certificate",
    ];
    const SOURCE: &'static str = "R1 §35, annex 10";
    const RULES: &'static [&'static str] = &["CERT."];

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        DeliveryCertificate::validate(self, context)
    }

    /// None: the certificate has no repeated entries.
    fn items(&self) -> usize {
        0
    }
}

impl crate::documents::Register for Vec<DcdRegisterEntry> {
    /// Each "No" a DCD sequence, once a year; reference numbers that fit.
    fn check(&self) -> Result<(), crate::Error> {
        journal::check_dcd_register(self)
    }

    fn table(&self) -> crate::tables::Table {
        dcd_register_table(self)
    }
}

impl crate::documents::Register for Vec<ArrivalEntry> {
    /// Each "No" once a year, each DCD once, no arrival before its DCD.
    fn check(&self) -> Result<(), crate::Error> {
        journal::check_arrivals(self)
    }

    fn table(&self) -> crate::tables::Table {
        arrivals_table(self)
    }
}
