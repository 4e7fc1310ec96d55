//! The TIR carnet as the rules of R1 ch. 10 read it: its cover, the yellow
//! sheet, the sets of white vouchers No. 1 and green vouchers No. 2 with
//! their counterfoils, and what the offices of departure and destination
//! write on them (R1 §59–§68). Field names are English; the boxes are
//! named in the docs of each field and in the violations' `field`
//! (`white.16`, `counterfoil_1.2`, …).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::tir::lifecycle::TirState;

/// The documents the carrier's representative presents at departure (R1 §59).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PresentedDocuments {
    /// The carnet itself, filled and processed by the customs of the
    /// states of departure and transit.
    #[serde(default)]
    pub carnet: bool,
    /// The certificate of approval of the road vehicle (TIR Convention).
    #[serde(default)]
    pub approval_certificate: bool,
    /// The transport and commercial documents.
    #[serde(default)]
    pub transport_documents: bool,
    /// Whether the departure official certified the accompanying documents
    /// with the personal numbered seal (R1 §61).
    #[serde(default)]
    pub certified: bool,
}

/// The carnet's cover (boxes 2–15, checked by the departure office, R1 §61)
/// and its non-detachable yellow sheet. Each box holds what the holder
/// wrote in it; a box that does not apply holds a dash, as the carnet is
/// filled.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cover {
    /// Cover box 2.
    #[serde(default, rename = "2")]
    pub box_2: Option<String>,
    /// Cover box 3.
    #[serde(default, rename = "3")]
    pub box_3: Option<String>,
    /// Cover box 4.
    #[serde(default, rename = "4")]
    pub box_4: Option<String>,
    /// Cover box 5.
    #[serde(default, rename = "5")]
    pub box_5: Option<String>,
    /// Cover box 6.
    #[serde(default, rename = "6")]
    pub box_6: Option<String>,
    /// Cover box 7.
    #[serde(default, rename = "7")]
    pub box_7: Option<String>,
    /// Cover box 8.
    #[serde(default, rename = "8")]
    pub box_8: Option<String>,
    /// Cover box 9.
    #[serde(default, rename = "9")]
    pub box_9: Option<String>,
    /// Cover box 10.
    #[serde(default, rename = "10")]
    pub box_10: Option<String>,
    /// Cover box 11.
    #[serde(default, rename = "11")]
    pub box_11: Option<String>,
    /// Cover box 12.
    #[serde(default, rename = "12")]
    pub box_12: Option<String>,
    /// Cover box 13.
    #[serde(default, rename = "13")]
    pub box_13: Option<String>,
    /// Cover box 14.
    #[serde(default, rename = "14")]
    pub box_14: Option<String>,
    /// Cover box 15.
    #[serde(default, rename = "15")]
    pub box_15: Option<String>,
    /// Whether the non-detachable yellow sheet is there and filled.
    #[serde(default)]
    pub yellow_sheet: bool,
}

impl Cover {
    /// The boxes 2–15 with their numbers, in order.
    pub fn boxes(&self) -> [(u8, &Option<String>); 14] {
        [
            (2, &self.box_2),
            (3, &self.box_3),
            (4, &self.box_4),
            (5, &self.box_5),
            (6, &self.box_6),
            (7, &self.box_7),
            (8, &self.box_8),
            (9, &self.box_9),
            (10, &self.box_10),
            (11, &self.box_11),
            (12, &self.box_12),
            (13, &self.box_13),
            (14, &self.box_14),
            (15, &self.box_15),
        ]
    }
}

/// One goods line of the carnet's manifest (the same on every voucher).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoodsLine {
    /// Description of the goods.
    #[serde(default)]
    pub description: Option<String>,
    /// Number of packages (a whole number, not negative).
    #[serde(default)]
    pub packages: u32,
}

/// A date, signature and personal numbered seal of an official (boxes 17,
/// 23, 28, counterfoil box 6).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    /// The date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// Whether the official signed.
    #[serde(default)]
    pub signed: bool,
    /// The number of the official's personal numbered seal (ЖНМ / ЛНП).
    #[serde(default)]
    pub personal_seal: Option<String>,
}

/// "For official use": the value of the goods and the currency code,
/// certified with signature and personal seal (R1 §62).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OfficialUse {
    /// The value of the goods (above zero).
    #[serde(default)]
    pub value: Option<f64>,
    /// The currency code (numeric, e.g. `840`, or alphabetic, e.g. `USD`).
    #[serde(default)]
    pub currency: Option<String>,
    /// Whether the official signed.
    #[serde(default)]
    pub signed: bool,
    /// The number of the official's personal numbered seal.
    #[serde(default)]
    pub personal_seal: Option<String>,
}

/// Seals affixed: their number and their identifiers (box 16, counterfoil
/// No. 1 box 3, counterfoil No. 2 box 4).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Seals {
    /// How many seals.
    #[serde(default)]
    pub count: u32,
    /// Their identifiers, in the order written.
    #[serde(default)]
    pub numbers: Vec<String>,
}

/// Box 21 "Registered by customs": the departure office code and the
/// registration number in its journal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// The departure office's 5-digit code.
    #[serde(default)]
    pub office_code: Option<String>,
    /// The registration number in the departure office's journal (digits).
    #[serde(default)]
    pub journal_number: Option<String>,
}

/// What the departure office writes on a voucher (white No. 1 or green
/// No. 2): "For official use" and boxes 16–23 (R1 §62). "For official
/// use" and boxes 18–23 are written on one set only (the carnet's
/// `departure_set`); boxes 16 and 17 on every voucher.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Voucher {
    /// "For official use": value and currency, signed and sealed.
    #[serde(default)]
    pub official_use: Option<OfficialUse>,
    /// Box 16 "Seals affixed": number and identifiers.
    #[serde(default)]
    pub seals: Option<Seals>,
    /// Box 17: the date the carnet was opened, signature and personal seal
    /// of the official of the office that opened it.
    #[serde(default)]
    pub opened: Option<Certification>,
    /// Box 18: the name of the departure office.
    #[serde(default)]
    pub departure_office: Option<String>,
    /// Box 19 "Seals intact": the mark made.
    #[serde(default)]
    pub seals_intact: bool,
    /// Box 20 "Time limit for transit": the control date of delivery to the
    /// destination office.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub transit_limit: Option<NaiveDate>,
    /// Box 21 "Registered by customs": office code and journal number.
    #[serde(default)]
    pub registered: Option<Registration>,
    /// Box 22 "Miscellaneous": the name of the destination office.
    #[serde(default)]
    pub destination_office: Option<String>,
    /// Box 23: date of processing at departure, signature and personal seal.
    #[serde(default)]
    pub processed: Option<Certification>,
}

/// What the destination office writes on the green voucher No. 2: boxes
/// 24–28 (R1 §67).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VoucherDestination {
    /// Box 24: the name of the destination office (or office of exit en route).
    #[serde(default)]
    pub office: Option<String>,
    /// Box 25 "Seals intact": the mark made.
    #[serde(default)]
    pub seals_intact: bool,
    /// Box 26: the number of packages for which the TIR operation is
    /// terminated (only where it is, fully or in part).
    #[serde(default)]
    pub packages: Option<u32>,
    /// Box 27 "Reservations": the Latin letter `R` and a description.
    #[serde(default)]
    pub reservations: Option<String>,
    /// Box 28: date of processing, signature and personal seal.
    #[serde(default)]
    pub processed: Option<Certification>,
}

/// Counterfoil No. 1 (white), boxes 1–6, filled at departure (R1 §63).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CounterfoilOne {
    /// Box 1 "Taken on charge by customs office": the departure office.
    #[serde(default)]
    pub departure_office: Option<String>,
    /// Box 2 "No": the journal registration number (as in voucher box 21).
    #[serde(default)]
    pub journal_number: Option<String>,
    /// Box 3 "Seals affixed".
    #[serde(default)]
    pub seals: Option<Seals>,
    /// Box 4 "Seals intact": the mark made.
    #[serde(default)]
    pub seals_intact: bool,
    /// Box 5 "Miscellaneous": the destination office.
    #[serde(default)]
    pub destination_office: Option<String>,
    /// Box 6: date, signature and personal seal.
    #[serde(default)]
    pub processed: Option<Certification>,
}

/// Counterfoil No. 2 (green): box 1 filled at departure (R1 §64), boxes
/// 2–6 at destination (R1 §68).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CounterfoilTwo {
    /// Box 1 "Taken on charge by customs office": the destination office.
    #[serde(default)]
    pub destination_office: Option<String>,
    /// Box 2 "Seals intact": the mark made.
    #[serde(default)]
    pub seals_intact: bool,
    /// Box 3: packages for which the TIR operation is terminated.
    #[serde(default)]
    pub packages: Option<u32>,
    /// Box 4 "Seals affixed": only where new seals were affixed.
    #[serde(default)]
    pub new_seals: Option<Seals>,
    /// Box 5 "Reservations": the Latin letter `R` and a description.
    #[serde(default)]
    pub reservations: Option<String>,
    /// Box 6: date, signature and personal seal.
    #[serde(default)]
    pub processed: Option<Certification>,
}

/// One set of the carnet: a white voucher No. 1 and a green voucher No. 2
/// with their counterfoils (any part may be missing from what was read).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VoucherSet {
    /// The white voucher No. 1.
    #[serde(default)]
    pub white: Option<Voucher>,
    /// The green voucher No. 2 (its departure boxes).
    #[serde(default)]
    pub green: Option<Voucher>,
    /// The green voucher No. 2, boxes 24–28 (destination).
    #[serde(default)]
    pub green_destination: Option<VoucherDestination>,
    /// The white counterfoil No. 1.
    #[serde(default)]
    pub counterfoil_1: Option<CounterfoilOne>,
    /// The green counterfoil No. 2.
    #[serde(default)]
    pub counterfoil_2: Option<CounterfoilTwo>,
}

/// What happened at the destination office beyond what the carnet shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DestinationFacts {
    /// Whether the destination office affixed new seals (counterfoil No. 2 box 4).
    #[serde(default)]
    pub new_seals_affixed: bool,
    /// The number of the annex 16 certificate issued (R1 §69).
    #[serde(default)]
    pub certificate: Option<String>,
    /// Whether stamp figure 2 (annex 3) was put on the transport and
    /// commercial documents (R1 §69).
    #[serde(default)]
    pub stamp_figure_2: bool,
}

/// A TIR carnet used as a DCD (R1 ch. 10, §58–§70).
///
/// JSON shape (`validate("tir_carnet", …)`): see [`crate::tir`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TirCarnet {
    /// The carnet number as the carnet carries it (e.g. `XE63745213`).
    #[serde(default)]
    pub number: Option<String>,
    /// How far the carnet has gone (default `accepted`): what must be
    /// filled depends on it.
    #[serde(default)]
    pub state: Option<TirState>,
    /// The documents presented at departure (R1 §59).
    #[serde(default)]
    pub documents: Option<PresentedDocuments>,
    /// The cover and the yellow sheet.
    #[serde(default)]
    pub cover: Option<Cover>,
    /// The goods manifest.
    #[serde(default)]
    pub goods: Vec<GoodsLine>,
    /// The sets of vouchers, in the carnet's order.
    #[serde(default)]
    pub sets: Vec<VoucherSet>,
    /// The set (1-based) on which the departure office writes "For official
    /// use" and boxes 18–23, and whose green voucher the destination
    /// office completes (default 1).
    #[serde(default)]
    pub departure_set: Option<u32>,
    /// What happened at the destination office.
    #[serde(default)]
    pub destination: Option<DestinationFacts>,
}
