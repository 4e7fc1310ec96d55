//! Empty foreign motor vehicles temporarily imported (R1 ch. 7, §36–§39):
//! the import certificate (annex 11), its two terms, its journal (annex 12)
//! and its lifecycle.
//!
//! The certificate is a strict-accountability blank (its number ties it to
//! journal column 4), drawn up by the office at the place where the vehicle
//! enters the customs territory, in two copies (1 to the owner or
//! representative, 2 stays with the office), certified with the office's
//! emblem seal and the official's signature and personal numbered seal
//! (§37), and registered in the journal (§39).
//!
//! **Two terms, kept apart.** The *term of arrival* (§38, journal column
//! 10) is set from the vehicle's capability and the route and never beyond
//! the 2000 km/month limit ([`crate::deadline`], `TERM.LIMIT`); an arrival
//! after it is `EV.TERM.OVERDUE`. The *term of temporary import* is written
//! in the customs mark (field 13); a vehicle still in Kazakhstan after it
//! (judged on the exit date, or on the context's reference date while the
//! vehicle has not left) is `EV.STAY.OVERDUE`, the breach that leads to
//! liability.
//!
//! The JSON shape is at [`EmptyVehicleCertificate`].
//!
//! # Readings
//!
//! * The office at the place of entry is not on the form: `entry_office` is
//!   the caller's knowledge, and `EV.ISSUER` is checked only when it is given
//!   (offices compared by code where both have one, else by name).
//! * The journal is checked (`EV.JOURNAL`, `EV.JOURNAL.MISMATCH`, the blank
//!   number once) only when the document carries it (`journal`): the library
//!   cannot see a journal it is not given. The entry is found by its blank
//!   number (column 4); columns 3, 5 and 10 must then agree with the
//!   destination office, make and model and term of arrival, where the
//!   certificate gives them.
//! * The term of arrival runs from the certificate's date; without a route
//!   distance (the document's or the context's) the limit is not checked.
//! * A trailer has no engine: fields 5 and 10 may be empty for it.
//! * The last day of either term is still in time.

mod certificate;
mod journal;
mod lifecycle;

pub use certificate::{
    ArrivalTerm, Category, CustomsMark, EmptyVehicle, EmptyVehicleCertificate, Owner, Receipt,
};
pub use journal::{journal_table, EmptyVehicleEntry};
pub use lifecycle::EmptyVehicleState;

impl crate::documents::Document for EmptyVehicleCertificate {
    const TITLE: [&'static str; 3] = [
        "Шетелдiк бос автокөлiк құралдарын әкелу куәлiгi",
        "Свидетельство о ввозе порожних иностранных автотранспортных средств",
        "Import certificate for an empty foreign motor vehicle",
    ];
    const SOURCE: &'static str = "R1 §36–§39, annexes 11–12";
    const RULES: &'static [&'static str] = &["EV."];
    const LIFECYCLE: Option<crate::lifecycle::StateMachine> =
        Some(crate::lifecycle::StateMachine::of::<EmptyVehicleState>());

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        EmptyVehicleCertificate::validate(self, context)
    }

    /// The entries of the journal it carries.
    fn items(&self) -> usize {
        self.journal.as_ref().map_or(0, Vec::len)
    }
}

impl crate::documents::Register for Vec<EmptyVehicleEntry> {
    /// Each "No" once a year, each blank once, no term before its entry.
    fn check(&self) -> Result<(), crate::Error> {
        journal::check_entries(self)
    }

    fn table(&self) -> crate::tables::Table {
        journal_table(self)
    }
}
