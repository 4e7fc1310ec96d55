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

use serde::{Deserialize, Serialize};

use crate::check::Checker;
use crate::context::Context;
use crate::reference::s0::supporting_category;
use crate::report::{Report, Text};
use crate::rules::Rule;
use crate::Error;

/// How the goods declaration is filed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Filing {
    /// Electronically (through ASTANA-1).
    #[default]
    Electronic,
    /// On paper.
    Paper,
}

const fn yes() -> bool {
    true
}

/// Which categories of supporting documents apply to the declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// There is a transaction in the goods (category 1 is then its
    /// documents; otherwise the documents on the right to the goods).
    #[serde(default = "yes")]
    pub transaction: bool,
    /// The goods were carried (category 2).
    #[serde(default = "yes")]
    pub transported: bool,
    /// Prohibitions, restrictions or internal market protection measures apply (category 3).
    #[serde(default)]
    pub restrictions: bool,
    /// An origin of the goods is claimed (category 4).
    #[serde(default)]
    pub origin_claimed: bool,
    /// Customs payments are due or secured (category 5).
    #[serde(default = "yes")]
    pub payments_due: bool,
    /// Payment privileges are claimed (category 6).
    #[serde(default)]
    pub privileges_claimed: bool,
}

impl Default for Facts {
    fn default() -> Facts {
        Facts {
            transaction: true,
            transported: true,
            restrictions: false,
            origin_claimed: false,
            payments_due: true,
            privileges_claimed: false,
        }
    }
}

impl Facts {
    /// The numbers of the categories that apply, in order.
    ///
    /// ```
    /// use kazcustoms_core::goods_declaration::Facts;
    /// assert_eq!(Facts::default().categories(), [1, 2, 5]);
    /// let f = Facts { origin_claimed: true, privileges_claimed: true, ..Facts::default() };
    /// assert_eq!(f.categories(), [1, 2, 4, 5, 6]);
    /// ```
    pub fn categories(&self) -> Vec<u8> {
        [
            (1, true),
            (2, self.transported),
            (3, self.restrictions),
            (4, self.origin_claimed),
            (5, self.payments_due),
            (6, self.privileges_claimed),
        ]
        .into_iter()
        .filter_map(|(n, applies)| applies.then_some(n))
        .collect()
    }
}

/// A supporting document presented.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Presented {
    /// Its category, 1 to 6 (`S0.DOCS.CATEGORY` otherwise).
    pub category: u8,
    /// Its name and number.
    #[serde(default)]
    pub name: Option<String>,
}

/// The documents presented with a goods declaration, and the facts that
/// say which should be (`validate("goods_declaration_checklist", …)`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    /// How the declaration is filed (electronic when not given).
    #[serde(default)]
    pub filing: Filing,
    /// Whether the risk management system set a check of documents.
    #[serde(default)]
    pub risk_document_check: bool,
    /// Which categories apply.
    #[serde(default)]
    pub facts: Facts,
    /// The documents presented.
    #[serde(default)]
    pub documents: Vec<Presented>,
    /// For a paper declaration: whether its electronic form is presented.
    #[serde(default)]
    pub electronic_form: bool,
}

/// The categories of documents that must accompany a declaration filed as
/// `filing`: none for an electronic one unless the risk management system
/// selected a document check (`risk_document_check`), else every category
/// that `facts` says applies.
///
/// ```
/// use kazcustoms_core::goods_declaration::{accompanying_categories, Facts, Filing};
/// assert!(accompanying_categories(Filing::Electronic, false, &Facts::default()).is_empty());
/// assert_eq!(accompanying_categories(Filing::Paper, false, &Facts::default()), [1, 2, 5]);
/// ```
pub fn accompanying_categories(filing: Filing, risk_document_check: bool, facts: &Facts) -> Vec<u8> {
    match (filing, risk_document_check) {
        (Filing::Electronic, false) => Vec::new(),
        _ => facts.categories(),
    }
}

impl Checklist {
    /// Every violation of the `S0.*` rules.
    ///
    /// # Errors
    ///
    /// None today; the `Result` keeps the signature of the other kinds.
    ///
    /// ```
    /// use kazcustoms_core::goods_declaration::{Checklist, Presented};
    /// use kazcustoms_core::Context;
    /// let c = Checklist { documents: vec![Presented { category: 2, name: None }], ..Default::default() };
    /// let report = c.validate(&Context::default()).unwrap();
    /// assert_eq!(report.rule_ids(), ["S0.DOCS.ELECTRONIC"]);
    /// assert!(report.ok()); // a warning
    /// ```
    pub fn validate(&self, _ctx: &Context) -> Result<Report, Error> {
        let mut c = Checker::new();
        for (i, d) in self.documents.iter().enumerate() {
            if supporting_category(d.category).is_none() {
                c.add(
                    Rule::S0DocsCategory,
                    format!("documents[{i}].category"),
                    Some(d.category.to_string()),
                );
            }
        }
        let due = accompanying_categories(self.filing, self.risk_document_check, &self.facts);
        let lacking: Vec<u8> = due
            .iter()
            .copied()
            .filter(|n| !self.documents.iter().any(|d| d.category == *n))
            .collect();
        let lacking_detail = || {
            let list = lacking.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
            Text::new(
                format!("санаттар: {list}"),
                format!("категории: {list}"),
                format!("categories: {list}"),
            )
        };
        match (self.filing, self.risk_document_check) {
            (Filing::Electronic, false) => {
                if !self.documents.is_empty() {
                    c.add(Rule::S0DocsElectronic, "documents", ());
                }
            }
            (Filing::Electronic, true) => {
                if !lacking.is_empty() {
                    c.add(Rule::S0DocsCheck, "documents", lacking_detail());
                }
            }
            (Filing::Paper, _) => {
                if !lacking.is_empty() {
                    c.add(Rule::S0DocsPaper, "documents", lacking_detail());
                }
                if !self.electronic_form {
                    c.add(Rule::S0DocsPaper, "electronic_form", ());
                }
            }
        }
        Ok(c.report)
    }
}

impl crate::documents::Document for Checklist {
    const TITLE: [&'static str; 3] = [
        "Тауарларға арналған декларацияны растайтын құжаттар",
        "Документы, подтверждающие сведения декларации на товары",
        "Documents supporting a goods declaration",
    ];
    const SOURCE: &'static str = "S0";
    const RULES: &'static [&'static str] = &["S0."];

    fn validate(&self, context: &Context) -> Result<Report, Error> {
        Checklist::validate(self, context)
    }

    /// The documents presented.
    fn items(&self) -> usize {
        self.documents.len()
    }
}
