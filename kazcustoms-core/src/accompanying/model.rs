//! The JSON shape of accompanying documents used as a DCD (R1 ch. 9).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::lifecycle::PreState;

/// One goods line as the documents or the preliminary information give it:
/// the values are text, as written (a quantity with its unit, a value with
/// its currency); the library checks they are given, not their arithmetic.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoodsLine {
    /// Name of the goods (annex 14 item 6).
    #[serde(default)]
    pub name: Option<String>,
    /// Quantity, as written (item 6).
    #[serde(default)]
    pub quantity: Option<String>,
    /// Value, as written with its currency (item 6).
    #[serde(default)]
    pub value: Option<String>,
    /// Commodity code of the HS or the FEA CN, at least 6 digits (item 7).
    #[serde(default)]
    pub code: Option<String>,
    /// Gross weight or volume, as written with its unit (item 8).
    #[serde(default)]
    pub gross_weight_or_volume: Option<String>,
    /// Quantity in a supplementary unit for the code, where there is one
    /// (item 8, "where such data exist": never required).
    #[serde(default)]
    pub supplementary_quantity: Option<String>,
}

/// The particulars of annex 14 (items 1–13). The accompanying documents
/// themselves carry items 1–11 and 13 (§52); the preliminary information
/// carries all thirteen.
///
/// Items 11 and 13 are lists: an empty list says there are none (no
/// restriction needs a document, no operation is planned); an absent
/// member says nothing and is reported.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Particulars {
    /// Consignor per the transport documents (item 1).
    #[serde(default)]
    pub consignor: Option<String>,
    /// Consignee per the transport documents (item 1).
    #[serde(default)]
    pub consignee: Option<String>,
    /// Country of dispatch (item 2).
    #[serde(default)]
    pub country_of_dispatch: Option<String>,
    /// Country of destination (item 2).
    #[serde(default)]
    pub country_of_destination: Option<String>,
    /// Declarant (item 3).
    #[serde(default)]
    pub declarant: Option<String>,
    /// Carrier (item 4).
    #[serde(default)]
    pub carrier: Option<String>,
    /// Vehicle carrying the goods (item 5).
    #[serde(default)]
    pub vehicle: Option<String>,
    /// The goods (items 6–8).
    #[serde(default)]
    pub goods: Vec<GoodsLine>,
    /// Number of packages, as written (item 9).
    #[serde(default)]
    pub packages: Option<String>,
    /// Destination point per the transport documents (item 10).
    #[serde(default)]
    pub destination_point: Option<String>,
    /// Documents confirming the restrictions are met (item 11).
    #[serde(default)]
    pub restriction_documents: Option<Vec<String>>,
    /// Accompanying documents (item 12; preliminary information only).
    #[serde(default)]
    pub accompanying_documents: Option<Vec<String>>,
    /// Planned transhipment or cargo operations en route (item 13).
    #[serde(default)]
    pub planned_operations: Option<Vec<String>>,
}

/// The proof that preliminary information was filed (§51).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proof {
    /// The registration code the portal gave.
    #[serde(default)]
    pub registration_code: Option<String>,
    /// Whether the portal's registration barcode is shown instead.
    #[serde(default)]
    pub barcode: bool,
    /// Whether the code or barcode is in the upper right corner of the
    /// transport (waybill) document.
    #[serde(default)]
    pub on_transport_document: bool,
}

crate::named_enum! {
    /// What a paper of the set is, for the language rule (§53).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum PaperKind: "paper kind", ["құжат түрі", "вид документа", "paper kind"] {
        /// A transport (carriage) document: waybill, CMR, …
        Transport = "transport",
        /// A commercial document: invoice, packing list, contract, …
        Commercial = "commercial",
        /// Any other document (certificates, permits, …).
        #[default]
        Other = "other",
    }
}

/// One sheet of the documents presented (translations included).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sheet {
    /// The number written on the sheet.
    #[serde(default)]
    pub number: Option<u32>,
    /// What the paper is.
    #[serde(default)]
    pub kind: PaperKind,
    /// Its language, as an ISO 639-1 code (`kk`, `ru`, `zh`, …).
    #[serde(default)]
    pub language: Option<String>,
    /// Whether the sheet is a translation.
    #[serde(default)]
    pub translation: bool,
    /// For a sheet in another language, whether a translation into Kazakh
    /// or Russian is attached.
    #[serde(default)]
    pub translated: bool,
    /// Whether the departure official certified it with the personal seal.
    #[serde(default)]
    pub certified: bool,
}

/// A row of the inventory's table (annex 15): item 1–24, the document's
/// number and its sheets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InventoryRow {
    /// The item of the form, 1 (transport waybill) to 24 (other documents).
    pub item: u32,
    /// The document's number.
    #[serde(default)]
    pub number: Option<String>,
    /// Its number of sheets.
    #[serde(default)]
    pub sheets: Option<u32>,
}

/// The carrier's undertaking in the inventory's footer (§54).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Undertaking {
    /// The carrier (representative) undertaking.
    #[serde(default)]
    pub carrier: Option<String>,
    /// The quantity of goods in carriage, as written.
    #[serde(default)]
    pub quantity: Option<String>,
    /// The date by which the goods are delivered to the destination office.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub deliver_by: Option<NaiveDate>,
    /// Whether the undertaking (and the guarantee of the goods and seals) is signed.
    #[serde(default)]
    pub signed: bool,
}

/// The representative who compiled the inventory, with date and time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Compiled {
    /// Name (Т.А.Ә.).
    #[serde(default)]
    pub name: Option<String>,
    /// Date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// Time, `HH:MM`.
    #[serde(default)]
    pub time: Option<String>,
}

/// The departure office's entries on the inventory (§55).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    /// Stamp figure 1 in the lower left corner.
    #[serde(default)]
    pub stamp_1: bool,
    /// The destination office code (lower right).
    #[serde(default)]
    pub destination_code: Option<String>,
    /// Seal numbers (lower right), when seals or stamps were used.
    #[serde(default)]
    pub seal_numbers: Vec<String>,
    /// Surname and initials of the accepting official (lower right).
    #[serde(default)]
    pub official: Option<String>,
    /// Whether the lower-right entries are certified with the official's personal seal.
    #[serde(default)]
    pub personal_seal: bool,
    /// "Қабылдаған": date of acceptance.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// Time of acceptance, `HH:MM`.
    #[serde(default)]
    pub time: Option<String>,
}

/// The destination office's completion on the inventory (§57).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Completion {
    /// Stamp figure 2.
    #[serde(default)]
    pub stamp_2: bool,
    /// The official's signature.
    #[serde(default)]
    pub signed: bool,
    /// The official's personal seal.
    #[serde(default)]
    pub personal_seal: bool,
}

/// The inventory of the accompanying documents (annex 15).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Inventory {
    /// Copies drawn up (two, §54).
    #[serde(default)]
    pub copies: Option<u32>,
    /// Header "ЖБҚ №": the DCD number assigned through the software.
    #[serde(default)]
    pub dcd_number: Option<String>,
    /// Header: customs post or border checkpoint.
    #[serde(default)]
    pub post: Option<String>,
    /// Header: vehicle number.
    #[serde(default)]
    pub vehicle: Option<String>,
    /// The rows filled (items 1 and 2 always; 3–24 where such documents exist).
    #[serde(default)]
    pub rows: Vec<InventoryRow>,
    /// "барлығы": the total of sheets.
    #[serde(default)]
    pub total: Option<u32>,
    /// The undertaking to deliver.
    #[serde(default)]
    pub undertaking: Option<Undertaking>,
    /// The representative who compiled it.
    #[serde(default)]
    pub compiled: Option<Compiled>,
    /// "электрондық бақылау пломбылар мен құралдар №".
    #[serde(default)]
    pub eseal_numbers: Vec<String>,
    /// The departure office's acceptance.
    #[serde(default)]
    pub acceptance: Option<Acceptance>,
    /// The destination office's completion.
    #[serde(default)]
    pub completion: Option<Completion>,
}

/// Accompanying documents presented as a DCD (R1 §49–§57): the set, its
/// preliminary information if any, and its inventory.
///
/// JSON shape (`validate("accompanying_documents", …)`), every member
/// optional:
///
/// ```json
/// {"state": "accepted",
///  "departure_office": "55201", "destination_office": "50101",
///  "documents": {"consignor": "…", "consignee": "…", "…": "the §52 particulars"},
///  "preliminary": {"consignor": "…", "…": "the annex 14 items"},
///  "proof": {"registration_code": "KZ-PI-0001", "on_transport_document": true},
///  "sheets": [{"number": 1, "kind": "transport", "language": "ru", "certified": true}],
///  "dcd_number": "55201/14106/00317", "dcd_number_on_documents": "55201/14106/00317",
///  "sealed": true, "eseal": false, "distance_km": 1200,
///  "inventory": {"copies": 2, "dcd_number": "55201/14106/00317", "post": "…", "vehicle": "…",
///                "rows": [{"item": 1, "number": "0458812", "sheets": 2}], "total": 2,
///                "undertaking": {"carrier": "…", "quantity": "27 мест", "deliver_by": "2026-10-20", "signed": true},
///                "compiled": {"name": "…", "date": "2026-10-14", "time": "10:20"},
///                "acceptance": {"stamp_1": true, "destination_code": "50101", "seal_numbers": ["ТП 0217"],
///                               "official": "…", "personal_seal": true, "date": "2026-10-14", "time": "11:05"},
///                "completion": {"stamp_2": true, "signed": true, "personal_seal": true}}}
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccompanyingDocuments {
    /// Where the set is in its lifecycle; what the state requires is checked
    /// (acceptance entries from `accepted`, completion from `arrived`).
    #[serde(default)]
    pub state: PreState,
    /// The departure office code.
    #[serde(default)]
    pub departure_office: Option<String>,
    /// The destination office code.
    #[serde(default)]
    pub destination_office: Option<String>,
    /// The §52 particulars the documents themselves carry, when they are
    /// the basis (§49 (b)).
    #[serde(default)]
    pub documents: Option<Particulars>,
    /// The preliminary information filed through the portal (annex 14),
    /// when it is the basis.
    #[serde(default)]
    pub preliminary: Option<Particulars>,
    /// The proof that it was filed (§51).
    #[serde(default)]
    pub proof: Option<Proof>,
    /// The sheets presented, in the order numbered.
    #[serde(default)]
    pub sheets: Vec<Sheet>,
    /// The DCD number the software assigned.
    #[serde(default)]
    pub dcd_number: Option<String>,
    /// The number written on the transport and commercial documents (§55).
    #[serde(default)]
    pub dcd_number_on_documents: Option<String>,
    /// Whether seals or stamps were applied.
    #[serde(default)]
    pub sealed: bool,
    /// Whether an electronic seal is used.
    #[serde(default)]
    pub eseal: bool,
    /// The route distance in km, for the undertaking's delivery date
    /// (`TERM.LIMIT`); the options' `distance_km` when absent.
    #[serde(default)]
    pub distance_km: Option<f64>,
    /// The inventory (annex 15).
    #[serde(default)]
    pub inventory: Option<Inventory>,
}
