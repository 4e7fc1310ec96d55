//! The documents that accompany a goods declaration filed through the
//! e-government portal (S0, "Кедендік тазарту"): a checklist of the six
//! categories of supporting documents ([`crate::reference::s0`]) against
//! the way the declaration is filed.
//!
//! S0: an **electronic** goods declaration is not accompanied by the
//! documents confirming the data declared in it, except where the risk
//! management system sets a check of customs or other documents as the form
//! of control; a **paper** declaration is accompanied by those documents on
//! paper and by its electronic form.
//!
//! The caller states which categories apply ([`Facts`]): category 1 always
//! (the transaction documents, or, with no transaction, the documents on
//! the right to own, use or dispose of the goods), 2 when the goods were
//! carried, 3 when prohibitions or restrictions apply, 4 when an origin is
//! claimed, 5 when payments are due or secured, 6 when privileges are
//! claimed.
//!
//! ```json
//! {"filing": "paper", "risk_document_check": false,
//!  "facts": {"transaction": true, "transported": true, "restrictions": false,
//!            "origin_claimed": true, "payments_due": true, "privileges_claimed": false},
//!  "documents": [{"category": 1, "name": "КОНТРАКТ № 12"}, {"category": 2, "name": "CMR 0458812"},
//!                {"category": 4, "name": "СТ-1"}, {"category": 5, "name": "ПЛАТЁЖНОЕ ПОРУЧЕНИЕ 118"}],
//!  "electronic_form": true}
//! ```
//!
//! # Readings
//!
//! * A declaration whose `filing` is not given is electronic (S0 item 5:
//!   clearance is by the declaration filed electronically).
//! * Documents presented with an electronic declaration that no document
//!   check selected are not an error of the declaration (nothing forbids
//!   them): `S0.DOCS.ELECTRONIC` is a warning.
//! * Under a document check selected by the risk management system, the
//!   documents of every category that applies are presented
//!   (`S0.DOCS.CHECK`), in whatever form the check asks.
//! * "Its electronic form" (S0 item 7, "оның электрондық түрін") is the
//!   declaration's electronic form (its antecedent is the declaration, ТД).


mod checklist;

pub use checklist::{accompanying_categories, Checklist, Facts, Filing, Presented};

impl crate::documents::Document for Checklist {
    const TITLE: [&'static str; 3] = [
        "Тауарларға арналған декларацияны растайтын құжаттар",
        "Документы, подтверждающие сведения декларации на товары",
        "Documents supporting a goods declaration",
    ];
    const SOURCE: &'static str = "S0";
    const RULES: &'static [&'static str] = &["S0."];

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        Checklist::validate(self, context)
    }

    /// The documents presented.
    fn items(&self) -> usize {
        self.documents.len()
    }
}
