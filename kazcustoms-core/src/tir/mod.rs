//! The TIR carnet used as a DCD (R1 ch. 10, §58–§70) and the certificate
//! confirming delivery under it (annex 16).
//!
//! Under customs control the carnet of the TIR Convention 1975 serves as
//! the DCD (§58). The carrier presents it at departure with the vehicle
//! approval certificate and the transport and commercial documents (§59);
//! the departure official checks cover boxes 2–15 and the yellow sheet,
//! fills "For official use" and boxes 16–23 of the vouchers, counterfoil
//! No. 1 and box 1 of counterfoil No. 2, certifies the documents with the
//! personal seal and keeps voucher No. 1 (§61–§65). At destination the
//! official fills boxes 24–28 of voucher No. 2 and boxes 2–6 of
//! counterfoil No. 2 (§66–§68), keeps voucher No. 2 and, when the carriage
//! on the territory ends, fills the annex 16 certificate and puts stamp
//! figure 2 on the transport and commercial documents (§69).
//!
//! # JSON shape
//!
//! The document of `validate("tir_carnet", …)` (members absent mean not
//! filled; the boxes each member stands for are in [`TirCarnet`]'s types):
//!
//! ```json
//! {
//!   "number": "XE63745213",
//!   "state": "accepted",
//!   "documents": {"carnet": true, "approval_certificate": true,
//!                 "transport_documents": true, "certified": true},
//!   "cover": {"2": "…", "3": "…", "…": "…", "15": "…", "yellow_sheet": true},
//!   "goods": [{"description": "ТРУБЫ СТАЛЬНЫЕ", "packages": 20}],
//!   "departure_set": 1,
//!   "sets": [{
//!     "white": {"official_use": {"value": 41250.0, "currency": "840", "signed": true, "personal_seal": "0415"},
//!               "seals": {"count": 2, "numbers": ["KZ 001122", "KZ 001123"]},
//!               "opened": {"date": "2026-10-12", "signed": true, "personal_seal": "0415"},
//!               "departure_office": "Т/П «ЖАЙСАҢ»", "seals_intact": true,
//!               "transit_limit": "2026-10-20",
//!               "registered": {"office_code": "55201", "journal_number": "317"},
//!               "destination_office": "Т/П «АҚТӨБЕ-ЦОТО»",
//!               "processed": {"date": "2026-10-12", "signed": true, "personal_seal": "0415"}},
//!     "green": {"…": "the same boxes as the white voucher"},
//!     "green_destination": {"office": "Т/П «АҚТӨБЕ-ЦОТО»", "seals_intact": true, "packages": 20,
//!                           "reservations": null,
//!                           "processed": {"date": "2026-10-16", "signed": true, "personal_seal": "0311"}},
//!     "counterfoil_1": {"departure_office": "…", "journal_number": "317", "seals": {"…": "…"},
//!                       "seals_intact": true, "destination_office": "…", "processed": {"…": "…"}},
//!     "counterfoil_2": {"destination_office": "…", "seals_intact": true, "packages": 20,
//!                       "new_seals": null, "reservations": null, "processed": {"…": "…"}}
//!   }],
//!   "destination": {"new_seals_affixed": false, "certificate": "0043", "stamp_figure_2": true}
//! }
//! ```
//!
//! Violations name their box as `white.16`, `green.27`, `counterfoil_1.2`,
//! … with the set (1-based) as their `sheet`.
//!
//! What is checked depends on `state` (default `accepted`):
//! * always: the carnet number (`TIR.NUMBER.*`), the documents presented
//!   (`TIR.DOCS`), the cover and yellow sheet (`TIR.COVER`), at least one
//!   white and one green voucher and a departure set that exists
//!   (`TIR.VOUCHERS`), and every reservation written (`TIR.27.RESERVATION`);
//! * from `accepted` on: the documents certified (`TIR.DOCS.CERTIFIED`);
//!   boxes 16 and 17 on every voucher; "For official use" and boxes 18–23
//!   on both vouchers of the departure set; counterfoil No. 1 boxes 1–6 and
//!   counterfoil No. 2 box 1; the journal number of counterfoil No. 1 box 2
//!   as in box 21 (`TIR.COUNTERFOIL.MISMATCH`); the same seals in every box
//!   16 and in counterfoil No. 1 box 3 (`TIR.SEALS.MISMATCH`); the same
//!   departure office in boxes 18 and counterfoil No. 1 box 1, the same
//!   destination office in boxes 22, counterfoil No. 1 box 5 and
//!   counterfoil No. 2 box 1 (`TIR.OFFICE.MISMATCH`); box 20 not before box
//!   17 (`TERM.BEFORE_START`) and, with the option `tir_term_limit`,
//!   within the 2000 km per month limit (`TERM.LIMIT`);
//! * `arrived`: no packages yet in box 26 or counterfoil No. 2 box 3
//!   (`TIR.26.ONLY_ON_TERMINATION`);
//! * `partially_terminated`, `terminated`, `discharged`: boxes 24–28 of the
//!   departure set's green voucher and counterfoil No. 2 boxes 2–6: box 24,
//!   box 28 and counterfoil box 6 filled; box 26 and counterfoil box 3 filled
//!   (`TIR.26.ONLY_ON_TERMINATION`), equal (`TIR.26.MISMATCH`) and not more
//!   than the packages of the goods lines (`TIR.26.PACKAGES`); a
//!   reservation in box 27 and counterfoil box 5 where the seals are not
//!   marked intact, the carnet arrived after box 20 or (full termination)
//!   fewer packages arrived than declared (`TIR.27.MISSING`); counterfoil
//!   box 4 exactly where new seals were affixed (`TIR.CF2.4.NEW_SEALS`);
//!   box 24 the destination office named at departure (full termination);
//! * `discharged`: the annex 16 certificate issued (`TIR.CERT`) and stamp
//!   figure 2 on the documents (`TIR.STAMP`).
//!
//! # Readings
//!
//! * **The source's own defects.** §64 speaks of the "green (No. 1)"
//!   counterfoil: read as the green counterfoil No. 2 (there is no other;
//!   box 1 "taken on charge" naming the destination office only fits it).
//!   §67 box 28 and §68 (counterfoil No. 2 boxes 2–6, box 6) say the
//!   *departure* office processes them: read as the destination office, as
//!   the lead-ins of §66 and §67 give the whole of voucher No. 2 and
//!   counterfoil No. 2 to it; the library does not check who signed, only
//!   that the boxes are filled when the destination has processed the carnet.
//! * **Carnet number**: R1 gives no pattern; the carnet's print is read as
//!   up to two capital Latin letters and eight digits
//!   ([`crate::numbers::CarnetNumber`]).
//! * **Cover boxes 2–15** are all required: a box that does not apply
//!   carries a dash, as carnets are filled, so an empty box is an omission.
//! * **Box 20 and the 2000 km rule**: R1 applies the rate only in §19 and
//!   §38; §62 gives box 20 as a control date the departure office sets.
//!   The limit check is the library's extension, off by default (options
//!   `tir_term_limit: true` with `distance_km`), reported as `TERM.LIMIT`
//!   with the source naming it an extension. Box 20 before box 17 is
//!   always `TERM.BEFORE_START`. A box 20 that is not a date is an input
//!   error (as every date of the library), so `TIR.20.DATE` of the notes
//!   is not a violation the library reports.
//! * **Seals**: a seal box is the number of seals and as many identifiers;
//!   a count that is not the number of identifiers, or identifiers that
//!   differ from those of the departure set's box 16, are
//!   `TIR.SEALS.MISMATCH` (derived: the same vehicle carries the same seals).
//! * **Reservations** (§67 box 27, §68 box 5) begin with the Latin letter
//!   `R` standing alone (not the first letter of a word; a Cyrillic `Р` is
//!   not it) and then describe the violation. A missing mark in box 25 or
//!   counterfoil box 2 means the seals were not found intact.
//! * **Partial termination** may be at an office en route, so box 24 is
//!   compared with the destination office named at departure only for a
//!   full termination; fewer packages than declared call for a
//!   reservation (lost goods) only then too.

mod certificate;
mod lifecycle;
mod model;
mod validate;

pub use certificate::TirDeliveryCertificate;
pub use lifecycle::TirState;
pub use model::{
    Certification, CounterfoilOne, CounterfoilTwo, Cover, DestinationFacts, GoodsLine,
    OfficialUse, PresentedDocuments, Registration, Seals, TirCarnet, Voucher,
    VoucherDestination, VoucherSet,
};
pub use validate::is_reservation;

impl crate::documents::Document for TirCarnet {
    const TITLE: [&'static str; 3] = [
        "ЖБҚ ретіндегі ХЖТ кітапшасы",
        "Книжка МДП в качестве ДКД",
        "TIR carnet used as a DCD",
    ];
    const SOURCE: &'static str = "R1 §58–§70";
    const RULES: &'static [&'static str] = &["TIR."];
    const LIFECYCLE: Option<crate::lifecycle::StateMachine> =
        Some(crate::lifecycle::StateMachine::of::<TirState>());

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        TirCarnet::validate(self, context)
    }

    /// Its goods lines and voucher sets.
    fn items(&self) -> usize {
        self.goods.len().saturating_add(self.sets.len())
    }
}

impl crate::documents::Document for TirDeliveryCertificate {
    const TITLE: [&'static str; 3] = [
        "ХЖТ кітапшасы бойынша жеткізуді растау туралы куәлік",
        "Свидетельство о подтверждении доставки по книжке МДП",
        "Delivery confirmation certificate under a TIR carnet",
    ];
    const SOURCE: &'static str = "R1 §69, annex 16";
    const RULES: &'static [&'static str] = &["TIR.CERT."];

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        TirDeliveryCertificate::validate(self, context)
    }

    /// None: the certificate has no repeated entries.
    fn items(&self) -> usize {
        0
    }
}
