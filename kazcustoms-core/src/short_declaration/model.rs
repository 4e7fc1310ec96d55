//! The typed short declaration (R1 §26–§33, annex 7): what its JSON looks
//! like.
//!
//! As for the DCD, field names are English, every column a party may leave
//! empty is optional (so that a gap is reported, not refused), and a field
//! that is not in the model is an input error.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A short declaration: the 17 columns of annex 7, its numbers, the dates
/// that decide whether it was filed in time, and who filled what.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShortDeclaration {
    /// Its registration number (kind `short_declaration`, R1 §27–§28): the
    /// sequence in the office's short-declaration journal. Given by the
    /// office at registration ([`ShortDeclaration::register`]); absent before.
    ///
    /// [`ShortDeclaration::register`]: crate::short_declaration::ShortDeclaration::register
    #[serde(default)]
    pub number: Option<String>,
    /// The registration number of the delivered goods in the temporary
    /// storage warehouse's journal (kind `tsw`, R1 §29), written on the
    /// declaration (annex 7 header: "УСҚ (УСО) N ___ тіркелген").
    #[serde(default)]
    pub tsw_number: Option<String>,
    /// The day the goods and vehicles arrived at the customs office (R1
    /// §26). Not a column of the form; without it `SD.LATE` is not checked.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub arrival_date: Option<NaiveDate>,
    /// Column 1 "Consignor, country of dispatch".
    #[serde(default)]
    pub consignor: Option<PartyCountry>,
    /// Column 2 "Consignee, country of destination".
    #[serde(default)]
    pub consignee: Option<PartyCountry>,
    /// Column 3 "Carrier".
    #[serde(default)]
    pub carrier: Option<Carrier>,
    /// Column 4 "Vehicle": mode of transport, name and number.
    #[serde(default)]
    pub vehicle: Option<Vehicle>,
    /// Column 5 "Transport documents": names, and numbers where they have one.
    #[serde(default)]
    pub transport_documents: Vec<TransportDocument>,
    /// Column 6 "Goods name / CIS commodity code", one entry per name.
    #[serde(default)]
    pub goods: Vec<Goods>,
    /// Column 6 continued on the reverse: the mark "addition to column 6"
    /// (needed with more than three goods names).
    #[serde(default)]
    pub goods_addition: Option<GoodsAddition>,
    /// Column 7 "Packages": the number of packages on the vehicle (`0` for
    /// bulk cargo). A negative number is not a count (an input error).
    #[serde(default)]
    pub packages: Option<u32>,
    /// Column 8 "Weight (kg)" per the accompanying documents.
    #[serde(default)]
    pub weight_kg: Option<f64>,
    /// Column 9 "Seals and other identification means: number and identifiers".
    #[serde(default)]
    pub identification: Option<Identification>,
    /// Column 10 "Invoice value" per the accompanying documents.
    #[serde(default)]
    pub invoice_value: Option<f64>,
    /// Column 11 "Currency code": ISO 4217 numeric (`643`) or alphabetic (`RUB`).
    #[serde(default)]
    pub currency: Option<String>,
    /// Column 12 "Previous document": the DCD reference number (kind `dcd`),
    /// or the number of the TIR carnet used as the DCD (R1 §58,
    /// [`crate::numbers::CarnetNumber`]).
    #[serde(default)]
    pub previous_document: Option<String>,
    /// Column 13 "Additional information": only for goods restricted to
    /// particular storage places. Optional.
    #[serde(default)]
    pub additional_information: Option<String>,
    /// Column 14 "Temporary storage place".
    #[serde(default)]
    pub storage_place: Option<StoragePlace>,
    /// Column 15 "Temporary storage term": the last day of storage under the
    /// Customs Code. Filled by the customs officer.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub storage_term: Option<NaiveDate>,
    /// Column 16 "Name of the customs office": the full name of the office
    /// the goods and vehicles are presented to. Filled by the customs officer.
    #[serde(default)]
    pub customs_office: Option<String>,
    /// Column 17 "Decision of the customs office" on the temporary storage
    /// place. Filled by the customs officer.
    #[serde(default)]
    pub decision: Option<String>,
    /// The footer of annex 7: the carrier's representative (or, absent a
    /// specially authorised person, the driver), signature and date. The
    /// date is the filing date (R1 §26).
    #[serde(default)]
    pub declarant: Option<Declarant>,
    /// The officer's certification (R1 §33): signature and personal
    /// numbered seal, with the date.
    #[serde(default)]
    pub officer: Option<Officer>,
    /// Who filled each column, where recorded: column number (`"1"` to
    /// `"17"`) → party. A column not listed is not checked for `SD.FILLED_BY`.
    #[serde(default)]
    pub filled_by: BTreeMap<SdColumn, Party>,
}

/// Columns 1 and 2: a party and its country.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartyCountry {
    /// Name and legal address.
    #[serde(default)]
    pub name_address: Option<String>,
    /// The country of dispatch (column 1) or of destination (column 2).
    #[serde(default)]
    pub country: Option<String>,
}

crate::named_enum! {
    /// What kind of carrier column 3 describes (R1 §30 col. 3).
    #[derive(
        Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
    )]
    #[serde(rename_all = "snake_case")]
    pub enum CarrierType: "carriertype", ["тасымалдаушы түрі", "тип перевозчика", "carrier type"] {
        /// A legal person: name and legal address.
        #[default]
        Organisation = "organisation",
        /// A natural person: full name, passport data, place of residence.
        NaturalPerson = "natural_person",
        /// The railway: the word "railway" is written.
        Railway = "railway",
        /// An airline: "air", with the flight number and the date the aircraft
        /// arrived at the Kazakh airport.
        Air = "air",
        /// A sea or river vessel: "sea (river) vessel", with the voyage number
        /// and date.
        Vessel = "vessel",
    }
}

/// Column 3 "Carrier".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Carrier {
    /// The kind of carrier; `organisation` when not given.
    #[serde(default, rename = "type")]
    pub carrier_type: CarrierType,
    /// Organisation: name and legal address (for the other types, optional).
    #[serde(default)]
    pub name_address: Option<String>,
    /// Natural person: surname, name, patronymic.
    #[serde(default)]
    pub full_name: Option<String>,
    /// Natural person: passport data.
    #[serde(default)]
    pub passport: Option<String>,
    /// Natural person: place of residence.
    #[serde(default)]
    pub residence: Option<String>,
    /// Air: the flight number; vessel: the voyage number.
    #[serde(default)]
    pub trip_number: Option<String>,
    /// Air: the date the aircraft arrived at the Kazakh airport; vessel: the
    /// date of the voyage.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub trip_date: Option<NaiveDate>,
}

/// Column 4 "Vehicle".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vehicle {
    /// Mode of transport (a code such as `30`, or words).
    #[serde(default)]
    pub mode: Option<String>,
    /// Name of the vehicle (make, vessel's name). Optional.
    #[serde(default)]
    pub name: Option<String>,
    /// Number of the vehicle (registration plate, wagon, flight's aircraft, IMO).
    #[serde(default)]
    pub number: Option<String>,
}

/// One transport document of column 5.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TransportDocument {
    /// Name of the document (CMR, railway bill, air waybill, bill of lading).
    #[serde(default)]
    pub name: Option<String>,
    /// Its number, where it has one.
    #[serde(default)]
    pub number: Option<String>,
}

/// One goods name of column 6.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goods {
    /// The name of the goods.
    #[serde(default)]
    pub name: Option<String>,
    /// The CIS commodity code; optional where the transport documents carry none.
    #[serde(default)]
    pub commodity_code: Option<String>,
}

/// The mark "addition to column 6" on the reverse (R1 §30 col. 6).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoodsAddition {
    /// The date of the mark.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// Whether the mark is signed by the officer who accepted and registered
    /// the declaration and confirmed with the officer's personal numbered seal.
    #[serde(default)]
    pub certified: bool,
}

/// Column 9: seals and other identification means.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Identification {
    /// How many seals or other means are on the vehicle; `0` when none.
    #[serde(default)]
    pub count: Option<u32>,
    /// Their numbers (identifiers).
    #[serde(default)]
    pub numbers: Vec<String>,
}

/// Column 14 "Temporary storage place".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StoragePlace {
    /// Name of the chosen place.
    #[serde(default)]
    pub name: Option<String>,
    /// Its location.
    #[serde(default)]
    pub location: Option<String>,
    /// Its owner.
    #[serde(default)]
    pub owner: Option<String>,
    /// The warehouse's mark that the goods were actually placed in storage.
    #[serde(default)]
    pub placed: bool,
}

crate::named_enum! {
    /// Who may fill a column (R1 §31–§32).
    #[derive(
        Clone,
        Copy,
        Debug,
        PartialEq,
        Eq,
        Hash,
        PartialOrd,
        Ord,
        Serialize,
        Deserialize,
        schemars::JsonSchema,
    )]
    #[serde(rename_all = "snake_case")]
    pub enum Party: "party", ["толтырушы", "заполнивший", "party"] {
        /// The carrier's representative (the specially authorised person).
        CarrierRepresentative = "carrier_representative",
        /// The person driving the vehicle: only when there is no specially
        /// authorised person.
        Driver = "driver",
        /// The customs officer of the office that clears the goods and vehicles.
        CustomsOfficer = "customs_officer",
    }
}

/// A column of the short declaration, 1 to 17 (the keys of `filled_by`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SdColumn(u8);

impl SdColumn {
    /// The column `n`, if the form has it (1 to 17).
    pub const fn new(n: u8) -> Option<SdColumn> {
        if n >= 1 && n <= 17 {
            Some(SdColumn(n))
        } else {
            None
        }
    }

    /// The column's number.
    pub const fn number(self) -> u8 {
        self.0
    }

    /// Whether the customs officer fills this column (R1 §31–§32): the
    /// carrier's side fills 1–14, the customs officer 15–17.
    pub const fn filled_by_officer(self) -> bool {
        self.0 >= 15
    }
}

impl fmt::Display for SdColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl schemars::JsonSchema for SdColumn {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SdColumn".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "string", "pattern": "^([1-9]|1[0-7])$"})
    }
}

impl Serialize for SdColumn {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SdColumn {
    /// Reads `"1"` to `"17"` (a JSON object key); anything else is an input error.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SdColumn, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        text.parse::<u8>()
            .ok()
            .filter(|_| !text.starts_with(['0', '+']))
            .and_then(SdColumn::new)
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "no column {text:?} in a short declaration: expected \"1\" to \"17\""
                ))
            })
    }
}

/// The annex 7 footer: who filed the declaration, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Declarant {
    /// The carrier's representative, or the driver absent a specially
    /// authorised person; `carrier_representative` when not given.
    #[serde(default = "carrier_representative")]
    pub role: Party,
    /// The person's name.
    #[serde(default)]
    pub name: Option<String>,
    /// The date written by the signature: the filing date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
}

fn carrier_representative() -> Party {
    Party::CarrierRepresentative
}

impl Default for Declarant {
    fn default() -> Declarant {
        Declarant {
            role: Party::CarrierRepresentative,
            name: None,
            date: None,
        }
    }
}

/// The officer's certification (R1 §33).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Officer {
    /// The officer's name.
    #[serde(default)]
    pub name: Option<String>,
    /// Number of the officer's personal numbered seal.
    #[serde(default)]
    pub personal_seal: Option<String>,
    /// The date of the certification.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
}
