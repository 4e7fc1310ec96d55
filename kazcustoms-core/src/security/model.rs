//! The typed security document (R3 annex 1): what its JSON looks like.
//!
//! A leaf of the security module: the validation context
//! ([`crate::context`]) reads related security documents with this type, so
//! it uses no module that uses the context.
//!
//! Field names are English; every item a payer may leave empty is optional
//! (a gap is reported, not refused); a member not in the model is an input
//! error.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dcd::Office;
use crate::security::lifecycle::SecurityState;

/// A security document (ҚРҚ / ДПОУ, R3 annex 1): its number, the items of
/// its face (1–11 and the table of item 8), the signatures of §7–§9, its
/// journal row (§10), the reverse side filled at departure (§14) and the
/// conclusion on use (§18), with the return or offset application (§16–§17).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecurityDocument {
    /// Its registration number (kind `security`, R3 §11), given at
    /// registration; absent in state `applied`.
    #[serde(default)]
    pub number: Option<String>,
    /// Its state in the lifecycle; `issued` when not given.
    #[serde(default)]
    pub state: Option<SecurityState>,
    /// The customs office that registered it (its head signs, §9; the
    /// return is applied for there, §16): name, and code where known.
    #[serde(default)]
    pub office: Option<Office>,
    /// The payer's application (§5–§6).
    #[serde(default)]
    pub application: Option<Application>,
    /// Item 1 "Foreign-trade participant: name, details".
    #[serde(default)]
    pub participant: Option<Participant>,
    /// Item 2 "Taxpayer registration number" (СТН / РНН).
    #[serde(default)]
    pub tax_number: Option<String>,
    /// Item 3 "Contract (if any)". Optional.
    #[serde(default)]
    pub contract: Option<String>,
    /// Item 4 "Recipient".
    #[serde(default)]
    pub recipient: Option<String>,
    /// Item 5 "Carrier".
    #[serde(default)]
    pub carrier: Option<String>,
    /// Item 6 "Total invoice value of the goods (contract currency)".
    #[serde(default)]
    pub total_invoice_value: Option<f64>,
    /// Item 7 "Contract currency": ISO 4217 numeric (`840`) or alphabetic (`USD`).
    #[serde(default)]
    pub currency: Option<String>,
    /// Item 8: the goods and the pre-calculated customs payments and taxes,
    /// one row each, numbered by their place in the list.
    #[serde(default)]
    pub goods: Vec<GoodsRow>,
    /// Item 8 "Total" (Жиынтығы): the sum of the rows' amounts.
    #[serde(default)]
    pub total: Option<f64>,
    /// Item 9 "Type of security" (the one not struck out): `7.1`–`7.4`, or
    /// `pledge`, `bank_guarantee`, `deposit`, `insurance` ([`SecurityType`]).
    /// Read as text, so that an unknown type is `SEC.TYPE`, not an input error.
    #[serde(default)]
    pub security_type: Option<String>,
    /// Item 10 "Number of the document certifying the security".
    #[serde(default)]
    pub security_document: Option<String>,
    /// Item 11 "Purpose of providing the security".
    #[serde(default)]
    pub purpose: Option<String>,
    /// The security actually provided (§4, §8): when it was provided.
    #[serde(default)]
    pub provided: Option<Provided>,
    /// How many copies the payer drew up (§7: two).
    #[serde(default)]
    pub copies: Option<u32>,
    /// The payer's confirmation (§7): head's and accountant's signatures and
    /// the enterprise's seal.
    #[serde(default)]
    pub payer_signatures: Option<PayerSignatures>,
    /// The first "Тексерiлдi" line (§8): the officer of the customs-payments
    /// and delivery-control department, personal numbered seal and signature.
    #[serde(default)]
    pub certified: Option<Officer>,
    /// The second line (§9): the head of the office or the person replacing
    /// the head, and the emblem seal.
    #[serde(default)]
    pub approved: Option<Approval>,
    /// Its row in the security-document journal (annex 2, §10).
    #[serde(default)]
    pub journal: Option<SecurityEntry>,
    /// The reverse side, filled by the departure office when drawing up the
    /// DCD (§14): one row per DCD (one expected, §3).
    #[serde(default)]
    pub departure: Vec<DepartureRecord>,
    /// The reverse side's "conclusion on use" (§18).
    #[serde(default)]
    pub conclusion: Option<Conclusion>,
    /// The payer's application for return or offset (§16–§17).
    #[serde(default)]
    pub return_application: Option<ReturnApplication>,
}

impl SecurityDocument {
    /// How many rows it holds: goods rows (item 8) and reverse-side rows.
    pub fn rows(&self) -> usize {
        self.goods.len().saturating_add(self.departure.len())
    }
}

/// The payer's application (§5–§6).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// The application's date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// The purpose of providing the security, as the application states it (§5).
    #[serde(default)]
    pub purpose: Option<String>,
    /// Whether a copy of the participant's registration card is attached (§6).
    #[serde(default)]
    pub registration_card: bool,
}

/// Item 1: the foreign-trade participant.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Its name.
    #[serde(default)]
    pub name: Option<String>,
    /// Its details (address, bank details).
    #[serde(default)]
    pub details: Option<String>,
    /// Whether it is a resident of the Republic of Kazakhstan (§6).
    #[serde(default)]
    pub resident: bool,
}

/// One row of the item 8 table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoodsRow {
    /// "Goods name".
    #[serde(default)]
    pub name: Option<String>,
    /// "Commodity code" (СЭҚ ТН).
    #[serde(default)]
    pub commodity_code: Option<String>,
    /// "Invoice value (tenge)".
    #[serde(default)]
    pub invoice_value_kzt: Option<f64>,
    /// "Weight" (kg).
    #[serde(default)]
    pub weight_kg: Option<f64>,
    /// "Payment type" (duty, VAT, excise, fee).
    #[serde(default)]
    pub payment_type: Option<String>,
    /// "Rate", as written (`15%`, `0.5 EUR/kg`).
    #[serde(default)]
    pub rate: Option<String>,
    /// "Amount" of the pre-calculated payment (tenge).
    #[serde(default)]
    pub amount: Option<f64>,
}

/// The security provided (§4).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provided {
    /// The date the security was actually provided (money credited, the
    /// guarantee, pledge or insurance contract taking effect).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
}

/// The payer's confirmation of §7.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PayerSignatures {
    /// The enterprise head's signature.
    #[serde(default)]
    pub head: bool,
    /// The accountant's signature.
    #[serde(default)]
    pub accountant: bool,
    /// The enterprise's seal (M.O.).
    #[serde(default)]
    pub sealed: bool,
}

/// A customs officer's certification: name, personal numbered seal, signature.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Officer {
    /// Name (surname and initials).
    #[serde(default)]
    pub name: Option<String>,
    /// Number of the personal numbered seal (ЖНМ / ЛНП).
    #[serde(default)]
    pub personal_seal: Option<String>,
    /// Whether the officer signed.
    #[serde(default)]
    pub signed: bool,
}

/// The signature of §9.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// Name of the head of the office, or of the person replacing the head.
    #[serde(default)]
    pub name: Option<String>,
    /// Whether the signer replaces the head (a deputy, §9 "оны ауыстырушы адам").
    #[serde(default)]
    pub deputy: bool,
    /// Whether it is signed.
    #[serde(default)]
    pub signed: bool,
    /// Whether it bears the office's emblem seal.
    #[serde(default)]
    pub emblem_seal: bool,
}

/// A row of the reverse side's departure block (§14).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DepartureRecord {
    /// 1 "DCD No" (kind `dcd`).
    #[serde(default)]
    pub dcd_number: Option<String>,
    /// 2 "Weight of the goods" (kg).
    #[serde(default)]
    pub weight_kg: Option<f64>,
    /// 3 "Invoice value of the goods".
    #[serde(default)]
    pub invoice_value: Option<f64>,
    /// 4 "Currency code".
    #[serde(default)]
    pub currency: Option<String>,
    /// 5 "Delivery date" (the delivery term set).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub delivery_date: Option<NaiveDate>,
    /// 6 the departure officer's personal-seal impression and signature.
    #[serde(default)]
    pub officer: Option<Officer>,
}

/// The reverse side's conclusion on use (§18).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conclusion {
    /// The number of the certificate confirming delivery under customs control.
    #[serde(default)]
    pub certificate_number: Option<String>,
    /// The conclusion itself (e.g. "used, delivered; return").
    #[serde(default)]
    pub text: Option<String>,
    /// The officer who entered it: personal-seal impression and signature.
    #[serde(default)]
    pub officer: Option<Officer>,
}

crate::named_enum! {
    /// What the payer applies for (§16): the security back, or offset.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum ReturnKind: "return_kind", ["өтініш түрі", "вид заявления", "application kind"] {
        /// Return of the security.
        Return = "return",
        /// Offset of the security against customs payments ("есепке жатқызу").
        Offset = "offset",
    }
}

/// The application for return or offset (§16–§17).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReturnApplication {
    /// Return or offset.
    pub kind: ReturnKind,
    /// The date of the application.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// The office it is filed with (§16: the one that registered the document).
    #[serde(default)]
    pub office: Option<Office>,
    /// Whether the original security document is attached (§17).
    #[serde(default)]
    pub original_attached: bool,
}

crate::named_enum! {
    /// The four types of security of item 9. The form numbers them 7.1–7.4
    /// under item 9; both labels are read ([`SecurityType::parse`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum SecurityType: "security_type", ["қамтамасыз ету түрі", "вид обеспечения", "security type"] {
        /// 7.1 "кепiл": pledge.
        Pledge = "pledge",
        /// 7.2 "банктiк кепiлдеме": bank guarantee.
        BankGuarantee = "bank_guarantee",
        /// 7.3 "кеден органының депозиттік шотына ақша енгiзу": money paid
        /// into the customs office's deposit account.
        Deposit = "deposit",
        /// 7.4 "сақтандыру келiсiмi": insurance contract.
        Insurance = "insurance",
    }
}

impl SecurityType {
    /// The form's label under item 9: `7.1` to `7.4`.
    pub const fn label(self) -> &'static str {
        match self {
            SecurityType::Pledge => "7.1",
            SecurityType::BankGuarantee => "7.2",
            SecurityType::Deposit => "7.3",
            SecurityType::Insurance => "7.4",
        }
    }

    /// Reads item 9 as the form's label (`7.2`) or the name (`bank_guarantee`),
    /// exactly; anything else (two labels, words, `7.5`) is no type.
    ///
    /// ```
    /// use kazcustoms_core::security::SecurityType;
    /// assert_eq!(SecurityType::parse("7.2"), Some(SecurityType::BankGuarantee));
    /// assert_eq!(SecurityType::parse("deposit"), Some(SecurityType::Deposit));
    /// assert_eq!(SecurityType::parse("7.1, 7.2"), None);
    /// ```
    pub fn parse(text: &str) -> Option<SecurityType> {
        SecurityType::ALL
            .iter()
            .copied()
            .find(|t| t.label() == text || t.name() == text)
    }

    /// The type in the form's words, in Kazakh, Russian and English.
    pub fn words(self) -> crate::text::Text {
        let (kk, ru, en) = match self {
            SecurityType::Pledge => ("кепiл", "залог", "pledge"),
            SecurityType::BankGuarantee => ("банктiк кепiлдеме", "банковская гарантия", "bank guarantee"),
            SecurityType::Deposit => (
                "кеден органының депозиттік шотына ақша енгiзу",
                "внесение денег на депозитный счёт таможенного органа",
                "money paid into the customs office's deposit account",
            ),
            SecurityType::Insurance => ("сақтандыру келiсiмi", "договор страхования", "insurance contract"),
        };
        crate::text::Text::new(kk, ru, en)
    }
}

/// One row of the security-document registration journal (annex 2), in
/// the annex's column order. Its "No" is the sequence of the document's
/// number (R3 §11).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecurityEntry {
    /// 1 "No": the sequence in the journal.
    pub number: u32,
    /// 2 payer's name.
    #[serde(default)]
    pub payer: String,
    /// 3 code per the general classifier of enterprises and organisations.
    #[serde(default)]
    pub classifier_code: String,
    /// 4 taxpayer registration number.
    #[serde(default)]
    pub tax_number: String,
    /// 5 contract No.
    #[serde(default)]
    pub contract: String,
    /// 6 nature of the goods.
    #[serde(default)]
    pub goods: String,
    /// 7 invoice value (tenge).
    #[serde(default)]
    pub invoice_value: Option<f64>,
    /// 8 security amount (tenge).
    #[serde(default)]
    pub security_amount: Option<f64>,
    /// 9 security type (`7.1`–`7.4` or its name).
    #[serde(default)]
    pub security_type: String,
    /// 10 number of the document proving the security was provided.
    #[serde(default)]
    pub security_document: String,
    /// 11 use record: DCD No (filled at departure).
    #[serde(default)]
    pub dcd_number: String,
    /// 12 use record: delivery certificate No (filled on confirmation).
    #[serde(default)]
    pub certificate_number: String,
    /// 13 conclusion (filled on §18).
    #[serde(default)]
    pub conclusion: String,
    /// 14 the officer who drew it up: personal-seal impression and signature.
    #[serde(default)]
    pub officer: String,
}
