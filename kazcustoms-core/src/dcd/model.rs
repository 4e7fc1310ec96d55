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

use crate::borrowed::Str;

/// A delivery control document (R1 §2–§9): the main sheet's columns, its
/// sheets with their goods items, and columns 50–54, A, C, D.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dcd<'a> {
    /// Column 1 "Declaration type".
    #[serde(default)]
    #[serde(borrow)]
    pub declaration_type: DeclarationType<'a>,
    /// Column 2 "Consignor": name and full legal address.
    #[serde(default)]
    #[serde(borrow)]
    pub consignor: Option<Str<'a>>,
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
    #[serde(borrow)]
    pub reference_number: Option<Str<'a>>,
    /// Column 8 "Consignee".
    #[serde(default)]
    #[serde(borrow)]
    pub consignee: Option<Consignee<'a>>,
    /// Column 9: number of the customs-escort act and decision (kind `escort`),
    /// when the goods are escorted.
    #[serde(default)]
    #[serde(borrow)]
    pub escort_number: Option<Str<'a>>,
    /// Column 15 "Country of dispatch": ISO 3166-1 alpha-2 or numeric code.
    #[serde(default)]
    #[serde(borrow)]
    pub country_of_dispatch: Option<Str<'a>>,
    /// Column 16 "Country of origin": ISO 3166-1 alpha-2 or numeric code.
    #[serde(default)]
    #[serde(borrow)]
    pub country_of_origin: Option<Str<'a>>,
    /// Column 17 "Country of destination": ISO 3166-1 alpha-2 or numeric code.
    #[serde(default)]
    #[serde(borrow)]
    pub country_of_destination: Option<Str<'a>>,
    /// Column 18 "Vehicle at departure".
    #[serde(default)]
    #[serde(borrow)]
    pub vehicle_at_departure: Option<Vehicle<'a>>,
    /// Column 21 "Active vehicle at border".
    #[serde(default)]
    #[serde(borrow)]
    pub vehicle_at_border: Option<Vehicle<'a>>,
    /// Column 22 "Currency and total invoiced amount".
    #[serde(default)]
    #[serde(borrow)]
    pub invoice: Option<Invoice<'a>>,
    /// Column 23 "Exchange rate": tenge per unit of the column 22 currency on
    /// the date the DCD is accepted.
    #[serde(default)]
    pub exchange_rate: Option<f64>,
    /// Column 25 "Transport mode": the two-digit code (`20` rail, `30` road, …).
    #[serde(default)]
    #[serde(borrow)]
    pub transport_mode: Option<Str<'a>>,
    /// Column 29 "Office at border": the departure customs office.
    #[serde(default)]
    #[serde(borrow)]
    pub border_office: Option<Str<'a>>,
    /// The sheets: the first is the main sheet (TD-1), the others additional
    /// sheets (TD-2); each carries its column 3 and its goods items.
    #[serde(default)]
    #[serde(borrow)]
    pub sheets: Vec<Sheet<'a>>,
    /// Column 50 "Principal".
    #[serde(default)]
    #[serde(borrow)]
    pub principal: Option<Principal<'a>>,
    /// Column 53 "Office and country of destination".
    #[serde(default)]
    pub destination_office: Option<Office>,
    /// Column 54 "Place and date".
    #[serde(default)]
    #[serde(borrow)]
    pub place_and_date: Option<PlaceAndDate<'a>>,
    /// Column A: address of the place of delivery.
    #[serde(default)]
    #[serde(borrow)]
    pub delivery_address: Option<Str<'a>>,
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
    #[serde(borrow)]
    pub other_columns: BTreeMap<Str<'a>, Str<'a>>,
}

/// Column 1, in its three subdivisions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclarationType<'a> {
    /// First subdivision: `ИМ`, `ТР`, `ВТ` or `ТТ` ([`Direction`]).
    #[serde(default)]
    #[serde(borrow)]
    pub direction: Option<Str<'a>>,
    /// Second subdivision: not filled.
    #[serde(default)]
    #[serde(borrow)]
    pub second: Option<Str<'a>>,
    /// Third subdivision: `ЖБҚ` (Kazakh) or `ДКД` (Russian).
    #[serde(default)]
    #[serde(borrow)]
    pub third: Option<Str<'a>>,
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
pub struct Consignee<'a> {
    /// Name and full legal address.
    #[serde(default)]
    #[serde(borrow)]
    pub name_address: Option<Str<'a>>,
    /// For rail transport: the code of the railway station in the destination
    /// office's zone.
    #[serde(default)]
    #[serde(borrow)]
    pub rail_station: Option<Str<'a>>,
}

/// Columns 18 and 21: number of vehicles, their details, country code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vehicle<'a> {
    /// Number of vehicles (left part).
    #[serde(default)]
    pub count: Option<i64>,
    /// Details of the vehicle (after a space in the left part).
    #[serde(default)]
    #[serde(borrow)]
    pub details: Option<Str<'a>>,
    /// ISO 3166-1 numeric code of the country of registration (right part).
    #[serde(default)]
    #[serde(borrow)]
    pub country: Option<Str<'a>>,
}

/// Column 22: currency and total invoiced amount.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Invoice<'a> {
    /// ISO 4217 numeric currency code.
    #[serde(default)]
    #[serde(borrow)]
    pub currency: Option<Str<'a>>,
    /// Total invoice value per the invoice and accompanying documents.
    #[serde(default)]
    pub total: Option<f64>,
}

/// One sheet: the main sheet (TD-1) or an additional sheet (TD-2).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sheet<'a> {
    /// Column 3 "Additional sheets": this sheet's ordinal and the total number
    /// of sheets, filled only when additional sheets are used.
    #[serde(default)]
    pub forms: Option<Forms>,
    /// The goods items on this sheet (columns 31–46 per item).
    #[serde(default)]
    #[serde(borrow)]
    pub items: Vec<Item<'a>>,
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
pub struct Item<'a> {
    /// Column 31: name of the goods and their technical characteristics.
    #[serde(default)]
    #[serde(borrow)]
    pub description: Option<Str<'a>>,
    /// Column 31, upper right: containers, when the goods travel in them.
    #[serde(default)]
    #[serde(borrow)]
    pub containers: Option<Containers<'a>>,
    /// Column 32 "Item": ordinal of the item.
    #[serde(default)]
    pub item_number: Option<i64>,
    /// Column 33 "Commodity code": 10 digits, or the 4-digit heading.
    #[serde(default)]
    #[serde(borrow)]
    pub commodity_code: Option<Str<'a>>,
    /// Column 35 "Gross weight (kg)".
    #[serde(default)]
    pub gross_kg: Option<f64>,
    /// Column 38 "Net weight (kg)".
    #[serde(default)]
    pub net_kg: Option<f64>,
    /// Column 40 "Previous document": DCD number of an adjacent state (free text).
    #[serde(default)]
    #[serde(borrow)]
    pub previous_document: Option<Str<'a>>,
    /// Column 42 "Invoice value".
    #[serde(default)]
    pub invoice_value: Option<f64>,
    /// Column 44 "Additional information / documents", one entry per line.
    #[serde(default)]
    #[serde(borrow)]
    pub documents: Vec<DocumentEntry<'a>>,
    /// Column 46 "Statistical value": the invoice value in US dollars.
    #[serde(default)]
    pub statistical_value: Option<f64>,
}

/// Column 31, containers: their count and numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Containers<'a> {
    /// Number of containers.
    pub count: i64,
    /// Container numbers.
    #[serde(default)]
    #[serde(borrow)]
    pub numbers: Vec<Str<'a>>,
}

/// One line of column 44: a code and the requisite it introduces.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentEntry<'a> {
    /// `2`, `7A`, `7B`, `7C` or `7D` ([`DocumentCode`]).
    #[serde(borrow)]
    pub code: Str<'a>,
    /// The requisite: a number, or a number and a date.
    #[serde(borrow)]
    pub text: Str<'a>,
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
pub struct Principal<'a> {
    /// The carrier who accepted the goods: name and address.
    #[serde(default)]
    #[serde(borrow)]
    pub carrier: Option<Str<'a>>,
    /// Its undertaking to deliver the goods to the destination office.
    #[serde(default)]
    #[serde(borrow)]
    pub undertaking: Option<Str<'a>>,
    /// Name of the carrier's representative (who signs by hand).
    #[serde(default)]
    #[serde(borrow)]
    pub representative: Option<Str<'a>>,
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
    #[serde(borrow)]
    pub eseal: Option<Str<'a>>,
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
pub struct PlaceAndDate<'a> {
    /// Place of filling and the organisation's name.
    #[serde(default)]
    #[serde(borrow)]
    pub place: Option<Str<'a>>,
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

impl<'a> Dcd<'a> {
    /// Every goods item with its sheet (1-based), in document order.
    pub fn items(&self) -> impl Iterator<Item = (u32, &Item<'a>)> {
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
