//! The guarantee documents and journals as the document registry sees them
//! (kept apart from the module root, whose helpers the documents use, so
//! that no module circles back to the registry).

use super::{
    Application, FailedRecipients, GuaranteeDocument, GuaranteeState, ObligationsJournal,
    RecipientsRegister,
};
use crate::context::Context;
use crate::error::Error;

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

impl crate::documents::Register for RecipientsRegister {
    fn table(&self) -> crate::tables::Table {
        RecipientsRegister::table(self)
    }
}

impl crate::documents::Register for ObligationsJournal {
    fn table(&self) -> crate::tables::Table {
        ObligationsJournal::table(self)
    }
}

impl crate::documents::Register for FailedRecipients {
    fn table(&self) -> crate::tables::Table {
        FailedRecipients::table(self)
    }
}
