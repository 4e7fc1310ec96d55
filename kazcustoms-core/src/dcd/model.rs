//! The typed DCD: what the JSON of a delivery control document looks like.
//!
//! Field names are English; values are as the document carries them (codes
//! as strings with their leading zeros, counts as integers, weights and values
//! as numbers, dates as `YYYY-MM-DD`). Every field a broker may leave empty is
//! optional, so that an incomplete document is still *read* and its gaps are
//! reported as violations rather than refused as input errors. A field that
//! is not in this model is an input error (`InvalidDocument`), so a typo
//! never passes silently; data in a column the DCD does not use goes in
//! `other_columns` and is reported as `DCD.COLUMNS.EXTRA`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A delivery control document (R1 §2–§9): the main sheet's columns, its
/// sheets with their goods items, and columns 50–54, A, C, D.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dcd {
    /// Column 1 "Declaration type".
    #[serde(default)]
    pub declaration_type: DeclarationType,
    /// Column 2 "Consignor": name and full legal address.
    #[serde(default)]
    pub consignor: Option<String>,
    /// Column 4 "Loading specifications": total number of attached goods-list
    /// sheets, only when a goods list is used.
    #[serde(default)]
    pub loading_lists: Option<i64>,
    /// Column 5 "Total items": number of goods names in column 31 of all sheets.
    #[serde(default)]
    pub total_items: Option<i64>,
    /// Column 6 "Packages": total packages; `0` for bulk, liquid and loose cargo.
    #[serde(default)]
    pub packages: Option<i64>,
    /// Whether the cargo is bulk, liquid or loose (column 6 must then be `0`).
    #[serde(default)]
    pub bulk_cargo: bool,
    /// Column 7 "Reference number": the DCD registration number (kind `dcd`).
    #[serde(default)]
    pub reference_number: Option<String>,
    /// Column 8 "Consignee".
    #[serde(default)]
    pub consignee: Option<Consignee>,
    /// Column 9: number of the customs-escort act and decision (kind `escort`),
    /// when the goods are escorted.
    #[serde(default)]
    pub escort_number: Option<String>,
    /// Column 15 "Country of dispatch": ISO 3166-1 alpha-2 or numeric code.
    #[serde(default)]
    pub country_of_dispatch: Option<String>,
    /// Column 16 "Country of origin": ISO 3166-1 alpha-2 or numeric code.
    #[serde(default)]
    pub country_of_origin: Option<String>,
    /// Column 17 "Country of destination": ISO 3166-1 alpha-2 or numeric code.
    #[serde(default)]
    pub country_of_destination: Option<String>,
    /// Column 18 "Vehicle at departure".
    #[serde(default)]
    pub vehicle_at_departure: Option<Vehicle>,
    /// Column 21 "Active vehicle at border".
    #[serde(default)]
    pub vehicle_at_border: Option<Vehicle>,
    /// Column 22 "Currency and total invoiced amount".
    #[serde(default)]
    pub invoice: Option<Invoice>,
    /// Column 23 "Exchange rate": tenge per unit of the column 22 currency on
    /// the date the DCD is accepted.
    #[serde(default)]
    pub exchange_rate: Option<f64>,
    /// Column 25 "Transport mode": the two-digit code (`20` rail, `30` road, …).
    #[serde(default)]
    pub transport_mode: Option<String>,
    /// Column 29 "Office at border": the departure customs office.
    #[serde(default)]
    pub border_office: Option<String>,
    /// The sheets: the first is the main sheet (TD-1), the others additional
    /// sheets (TD-2); each carries its column 3 and its goods items.
    #[serde(default)]
    pub sheets: Vec<Sheet>,
    /// Column 50 "Principal".
    #[serde(default)]
    pub principal: Option<Principal>,
    /// Column 53 "Office and country of destination".
    #[serde(default)]
    pub destination_office: Option<Office>,
    /// Column 54 "Place and date".
    #[serde(default)]
    pub place_and_date: Option<PlaceAndDate>,
    /// Column A: address of the place of delivery.
    #[serde(default)]
    pub delivery_address: Option<String>,
    /// Column C: stamp figure 1 of annex 3, put by the departure office.
    #[serde(default)]
    pub stamp_c: Option<Stamp>,
    /// Column D: stamp figure 2 of annex 3, put by the destination office on arrival.
    #[serde(default)]
    pub stamp_d: Option<Stamp>,
    /// The route distance in km, for checking the column 50 deadline. Not a
    /// column of the form; the validation context may give it instead.
    #[serde(default)]
    pub distance_km: Option<f64>,
    /// The identification means applied or used (R1 §40–§48, §41: recorded
    /// in the DCD), with the facts their rules need; see
    /// [`crate::identification`]. Not a column of the form; absent, the
    /// identification is not judged.
    #[serde(default)]
    pub identification: Option<crate::identification::Identification>,
    /// Any other column of the form, by its number or letter (`"12"`, `"B"`):
    /// the DCD does not use them, so a non-empty value is `DCD.COLUMNS.EXTRA`.
    #[serde(default)]
    pub other_columns: BTreeMap<String, String>,
}

/// Column 1, in its three subdivisions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclarationType {
    /// First subdivision: `ИМ`, `ТР`, `ВТ` or `ТТ` ([`Direction`]).
    #[serde(default)]
    pub direction: Option<String>,
    /// Second subdivision: not filled.
    #[serde(default)]
    pub second: Option<String>,
    /// Third subdivision: `ЖБҚ` (Kazakh) or `ДКД` (Russian).
    #[serde(default)]
    pub third: Option<String>,
}

/// The direction of carriage (column 1, first subdivision).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Direction {
    /// `ИМ`: import from the departure office to the destination office in Kazakhstan.
    #[serde(rename = "ИМ")]
    Import,
    /// `ТР`: transit through Kazakhstan under the "transit of goods" regime.
    #[serde(rename = "ТР")]
    Transit,
    /// `ВТ`: goods placed earlier under other procedures, moved across Kazakhstan.
    #[serde(rename = "ВТ")]
    InternalTransit,
    /// `ТТ`: from one office to another across the territory of a foreign state.
    #[serde(rename = "ТТ")]
    ForeignTerritory,
}

impl Direction {
    /// Every direction.
    pub const ALL: [Direction; 4] = [
        Direction::Import,
        Direction::Transit,
        Direction::InternalTransit,
        Direction::ForeignTerritory,
    ];

    /// The code as the document carries it (Cyrillic): `ИМ`, `ТР`, `ВТ`, `ТТ`.
    pub const fn code(self) -> &'static str {
        match self {
            Direction::Import => "ИМ",
            Direction::Transit => "ТР",
            Direction::InternalTransit => "ВТ",
            Direction::ForeignTerritory => "ТТ",
        }
    }

    /// The direction with this code, if any: Cyrillic capitals, with Latin
    /// look-alikes read as the Cyrillic letters they look like (`TP` typed
    /// in Latin letters is `ТР`), as column 44 reads `7В` with a Cyrillic
    /// `В` (see [`same_letters`]). Lower case is not a code.
    ///
    /// ```
    /// use kazcustoms_core::dcd::Direction;
    /// assert_eq!(Direction::from_code("ТР"), Some(Direction::Transit));
    /// assert_eq!(Direction::from_code("TP"), Some(Direction::Transit)); // Latin T, P
    /// assert_eq!(Direction::from_code("тр"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Direction> {
        Direction::ALL
            .into_iter()
            .find(|d| same_letters(d.code(), code))
    }
}

/// The capital letters that look the same in the Latin and the Cyrillic
/// alphabet, as pairs (Latin, Cyrillic).
const LOOK_ALIKES: [(char, char); 11] = [
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
];

/// Whether two codes are the same code, reading each Latin capital and its
/// Cyrillic look-alike (`A`/`А`, `B`/`В`, `C`/`С`, `E`/`Е`, `H`/`Н`, `K`/`К`,
/// `M`/`М`, `O`/`О`, `P`/`Р`, `T`/`Т`, `X`/`Х`) as one letter.
///
/// The source text itself mixes the alphabets (it writes column 44's `7B`
/// as `7В`, with a Cyrillic `В`), and a keyboard left in the other layout
/// types codes no inspector could tell apart on the printed form; so columns
/// 1 and 44 read them alike. Any other difference, lower case included, is a
/// different code.
///
/// ```
/// use kazcustoms_core::dcd::same_letters;
/// assert!(same_letters("ТТ", "TT")); // Cyrillic and Latin
/// assert!(same_letters("7B", "7В"));
/// assert!(!same_letters("ЖБҚ", "ЖБК")); // Қ and К are different letters
/// assert!(!same_letters("ТР", "тр"));
/// ```
pub fn same_letters(a: &str, b: &str) -> bool {
    let fold = |c: char| {
        LOOK_ALIKES
            .iter()
            .find(|&&(_, cyrillic)| cyrillic == c)
            .map_or(c, |&(latin, _)| latin)
    };
    a.chars().map(fold).eq(b.chars().map(fold))
}

/// Column 8.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consignee {
    /// Name and full legal address.
    #[serde(default)]
    pub name_address: Option<String>,
    /// For rail transport: the code of the railway station in the destination
    /// office's zone.
    #[serde(default)]
    pub rail_station: Option<String>,
}

/// Columns 18 and 21: number of vehicles, their details, country code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vehicle {
    /// Number of vehicles (left part).
    #[serde(default)]
    pub count: Option<i64>,
    /// Details of the vehicle (after a space in the left part).
    #[serde(default)]
    pub details: Option<String>,
    /// ISO 3166-1 numeric code of the country of registration (right part).
    #[serde(default)]
    pub country: Option<String>,
}

/// Column 22: currency and total invoiced amount.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Invoice {
    /// ISO 4217 numeric currency code.
    #[serde(default)]
    pub currency: Option<String>,
    /// Total invoice value per the invoice and accompanying documents.
    #[serde(default)]
    pub total: Option<f64>,
}

/// One sheet: the main sheet (TD-1) or an additional sheet (TD-2).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sheet {
    /// Column 3 "Additional sheets": this sheet's ordinal and the total number
    /// of sheets, filled only when additional sheets are used.
    #[serde(default)]
    pub forms: Option<Forms>,
    /// The goods items on this sheet (columns 31–46 per item).
    #[serde(default)]
    pub items: Vec<Item>,
}

/// Column 3: sheet ordinal / total sheets including the additional ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Forms {
    /// The ordinal of this sheet.
    pub sheet: i64,
    /// The total number of sheets.
    pub total: i64,
}

/// A goods item: columns 31–46.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Column 31: name of the goods and their technical characteristics.
    #[serde(default)]
    pub description: Option<String>,
    /// Column 31, upper right: containers, when the goods travel in them.
    #[serde(default)]
    pub containers: Option<Containers>,
    /// Column 32 "Item": ordinal of the item.
    #[serde(default)]
    pub item_number: Option<i64>,
    /// Column 33 "Commodity code": 10 digits, or the 4-digit heading.
    #[serde(default)]
    pub commodity_code: Option<String>,
    /// Column 35 "Gross weight (kg)".
    #[serde(default)]
    pub gross_kg: Option<f64>,
    /// Column 38 "Net weight (kg)".
    #[serde(default)]
    pub net_kg: Option<f64>,
    /// Column 40 "Previous document": DCD number of an adjacent state (free text).
    #[serde(default)]
    pub previous_document: Option<String>,
    /// Column 42 "Invoice value".
    #[serde(default)]
    pub invoice_value: Option<f64>,
    /// Column 44 "Additional information / documents", one entry per line.
    #[serde(default)]
    pub documents: Vec<DocumentEntry>,
    /// Column 46 "Statistical value": the invoice value in US dollars.
    #[serde(default)]
    pub statistical_value: Option<f64>,
}

/// Column 31, containers: their count and numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Containers {
    /// Number of containers.
    pub count: i64,
    /// Container numbers.
    #[serde(default)]
    pub numbers: Vec<String>,
}

/// One line of column 44: a code and the requisite it introduces.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentEntry {
    /// `2`, `7A`, `7B`, `7C` or `7D` ([`DocumentCode`]).
    pub code: String,
    /// The requisite: a number, or a number and a date.
    pub text: String,
}

/// The codes of column 44 (R1 §9: items 2 and 7 only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentCode {
    /// `2`: transport document number.
    TransportDocument,
    /// `7A`: invoice number and date.
    Invoice,
    /// `7B`: guarantee obligation number.
    Guarantee,
    /// `7C`: number and date of the security document.
    Security,
    /// `7D`: customs carrier licence number.
    CarrierLicence,
}

impl DocumentCode {
    /// Every code.
    pub const ALL: [DocumentCode; 5] = [
        DocumentCode::TransportDocument,
        DocumentCode::Invoice,
        DocumentCode::Guarantee,
        DocumentCode::Security,
        DocumentCode::CarrierLicence,
    ];

    /// The code in Latin letters: `2`, `7A`, `7B`, `7C`, `7D`.
    pub const fn code(self) -> &'static str {
        match self {
            DocumentCode::TransportDocument => "2",
            DocumentCode::Invoice => "7A",
            DocumentCode::Guarantee => "7B",
            DocumentCode::Security => "7C",
            DocumentCode::CarrierLicence => "7D",
        }
    }

    /// Reads a code. The source text itself writes `7В` with a Cyrillic `В`,
    /// so the Cyrillic look-alikes `А`, `В`, `С` are read as `A`, `B`, `C`;
    /// anything else (lower case, spaces, `7E`) is not a code.
    ///
    /// ```
    /// use kazcustoms_core::dcd::DocumentCode;
    /// assert_eq!(DocumentCode::parse("7В"), Some(DocumentCode::Guarantee)); // Cyrillic В
    /// assert_eq!(DocumentCode::parse("7b"), None);
    /// ```
    pub fn parse(code: &str) -> Option<DocumentCode> {
        DocumentCode::ALL
            .into_iter()
            .find(|c| same_letters(c.code(), code))
    }
}

/// Column 50 "Principal".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Principal {
    /// The carrier who accepted the goods: name and address.
    #[serde(default)]
    pub carrier: Option<String>,
    /// Its undertaking to deliver the goods to the destination office.
    #[serde(default)]
    pub undertaking: Option<String>,
    /// Name of the carrier's representative (who signs by hand).
    #[serde(default)]
    pub representative: Option<String>,
    /// Whether the representative signed column 50 (by hand, R1 §9 col. 50).
    #[serde(default)]
    pub signed: bool,
    /// The delivery deadline.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub deadline: Option<NaiveDate>,
    /// The electronic seal number, where both offices run the automated
    /// delivery control system.
    #[serde(default)]
    pub eseal: Option<String>,
}

/// A customs office by name and code (column 53).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Office {
    /// Name of the office.
    #[serde(default)]
    pub name: Option<String>,
    /// 5-digit code of the office.
    #[serde(default)]
    pub code: Option<String>,
}

/// Column 54 "Place and date".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlaceAndDate {
    /// Place of filling and the organisation's name.
    #[serde(default)]
    pub place: Option<String>,
    /// Date of filling.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
}

/// A stamp of annex 3 (columns C and D), confirmed by a personal seal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stamp {
    /// Name of the office that stamped.
    #[serde(default)]
    pub office: Option<String>,
    /// The inspector's name.
    #[serde(default)]
    pub inspector: Option<String>,
    /// Number of the inspector's personal numbered seal.
    #[serde(default)]
    pub personal_seal: Option<String>,
    /// Date of the stamp.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
}

impl Dcd {
    /// Every goods item with its sheet (1-based), in document order.
    pub fn items(&self) -> impl Iterator<Item = (u32, &Item)> {
        self.sheets.iter().enumerate().flat_map(move |(s, sheet)| {
            let s = ordinal(s);
            sheet.items.iter().map(move |i| (s, i))
        })
    }
}

/// The 1-based ordinal of the `index`-th sheet or goods item. There are at
/// most `limits.items` of them (at most 10^7), so it always fits.
pub(crate) fn ordinal(index: usize) -> u32 {
    u32::try_from(index).map_or(u32::MAX, |i| i.saturating_add(1))
}
