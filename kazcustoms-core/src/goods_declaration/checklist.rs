//! The checklist's types and check (see the parent module).

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
