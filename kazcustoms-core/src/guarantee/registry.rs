//! The guarantee documents and journals as the document registry sees them
//! (kept apart from the module root, whose helpers the documents use, so
//! that no module circles back to the registry).

use super::{
    Application, FailedRecipients, GuaranteeDocument, GuaranteeState, ObligationsJournal,
    RecipientsRegister,
};
use crate::context::Context;
use crate::error::{Error, Input, Place};

impl crate::documents::Document for Application {
    const TITLE: [&'static str; 3] = [
        "Кепілдік міндеттемені тіркеу туралы өтініш",
        "Заявление о регистрации гарантийного обязательства",
        "Application for registering a guarantee obligation",
    ];
    const SOURCE: &'static str = "R1 §11–§16";
    const RULES: &'static [&'static str] = &["GO.CONDITION.", "GO.REFUSE.", "GO.REVIEW."];

    fn validate(&self, context: &Context) -> Result<crate::Report, Error> {
        Application::validate(self, context)
    }

    /// The additional documents listed.
    fn items(&self) -> usize {
        self.additional_documents.len()
    }
}

impl crate::documents::Document for GuaranteeDocument {
    const TITLE: [&'static str; 3] = [
        "Кепілдік міндеттеме",
        "Гарантийное обязательство",
        "Guarantee obligation",
    ];
    const SOURCE: &'static str = "R1 §17–§25, annex 6";
    const RULES: &'static [&'static str] = &["GO."];
    const LIFECYCLE: Option<crate::lifecycle::StateMachine> =
        Some(crate::lifecycle::StateMachine::of::<GuaranteeState>());

    fn validate(&self, context: &Context) -> Result<crate::Report, Error> {
        GuaranteeDocument::validate(self, context)
    }

    /// The refusal grounds listed.
    fn items(&self) -> usize {
        self.refusal_reasons.len()
    }
}

/// The entries of a journal to export, at `entries`.
const ENTRIES: Place<'static> = Place::new(Input::Entries, "entries");

impl crate::documents::Register for RecipientsRegister {
    /// Numbered 0001, 0002, …, each recipient once.
    fn check(&self) -> Result<(), Error> {
        self.verify(ENTRIES)
    }

    fn table(&self) -> crate::tables::Table {
        RecipientsRegister::table(self)
    }
}

impl crate::documents::Register for ObligationsJournal {
    /// Each obligation against itself (number, dates, office, the marks of
    /// its state), each number and each year's sequence at an office once.
    fn check(&self) -> Result<(), Error> {
        self.verify(ENTRIES, None).map(|_| ())
    }

    fn table(&self) -> crate::tables::Table {
        ObligationsJournal::table(self)
    }
}

impl crate::documents::Register for FailedRecipients {
    /// Each obligation once, entered after its term.
    fn check(&self) -> Result<(), Error> {
        self.verify(ENTRIES).map(|_| ())
    }

    fn table(&self) -> crate::tables::Table {
        FailedRecipients::table(self)
    }
}
