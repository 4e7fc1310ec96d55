//! Column tables of the forms: who fills a column, when it is required,
//! which JSON fields carry it. A leaf module; each form's rows are in its
//! own module (the DCD's in `dcd::columns`).

use serde::Serialize;

use crate::text::Text;

crate::named_enum! {
    /// Who fills a column (R1 §9).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub enum FilledBy: "filled_by", ["толтырады", "заполняет", "filled by"] {
        /// The declarant, carrier or forwarder; absent them, a customs officer.
        Declarant = "declarant",
        /// The carrier's representative, by hand (column 50).
        CarrierRepresentative = "carrier_representative",
        /// A customs officer (registration number, stamps).
        CustomsOfficer = "customs_officer",
    }
}

crate::named_enum! {
    /// When a column must carry data.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Required: "required", ["міндетті", "обязательность", "required"] {
        /// Always.
        Always = "always",
        /// Only when additional sheets (TD-2) are used (column 3).
        WhenAdditionalSheets = "when_additional_sheets",
        /// Only when a goods list is attached (column 4).
        WhenGoodsList = "when_goods_list",
        /// Only when the goods are under customs escort (column 9).
        WhenEscorted = "when_escorted",
        /// Only where there is such a document (column 40).
        WhenAvailable = "when_available",
        /// At registration by the departure office (column 7, stamp C).
        AtRegistration = "at_registration",
        /// On arrival at the destination office (stamp D).
        OnArrival = "on_arrival",
    }
}

/// One column of a form (the DCD today).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Column {
    /// The column's number or letter as printed on the form: `1`, `31`, `A`.
    pub id: &'static str,
    /// Its name in Kazakh, Russian and English.
    pub name: Text,
    /// Who fills it.
    pub filled_by: FilledBy,
    /// When it is required.
    pub required: Required,
    /// Whether it repeats for every goods item (columns 31–46).
    pub per_item: bool,
    /// The JSON field(s) of the model that carry it, e.g. `sheets[].items[].gross_kg`.
    pub fields: &'static [&'static str],
    /// Where the column is described.
    pub source: &'static str,
}
