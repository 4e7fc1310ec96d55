//! Registration numbers: the six schemes of SPEC §1, one type per kind.
//!
//! Every number is a fixed-width string of ASCII digits in groups. Parsing is
//! strict and exact: no trimming, no Unicode digits, no alternative
//! separators. [`normalize`] does that, and only when the caller asks for it.
//!
//! One scanner (`scan`) reads every kind from a declarative layout, so the
//! checks and their precedence (`NUM.FORMAT`, `NUM.DATE`, `NUM.OFFICE`,
//! `NUM.RECIPIENT`, `NUM.SEQUENCE`, `NUM.FUTURE`) exist once.

mod carnet;
mod dcd;
mod error;
mod escort;
mod guarantee;
mod kind;
mod normalize;
mod offices;
mod security;
mod short_declaration;
mod tsw;

use std::fmt;

use chrono::{Datelike, NaiveDate};

pub use carnet::{CarnetNumber, CARNET_DIGITS, CARNET_LETTERS};
pub use dcd::DcdNumber;
pub(crate) use error::Fault;
pub use error::NumberError;
pub use escort::EscortNumber;
pub use guarantee::GuaranteeNumber;
pub use kind::NumberKind;
pub use normalize::normalize;
pub use offices::OfficeDirectory;
pub use security::SecurityNumber;
pub use short_declaration::ShortDeclarationNumber;
pub use tsw::TswNumber;

use crate::rules::Rule;

/// A fixed-width group of decimal digits (an office code, a recipient
/// number, a licence tail). `Display` gives it back zero-padded.
///
/// ```
/// use kazcustoms_core::Code;
/// let c = Code::parse("00501", 5).unwrap();
/// assert_eq!(c.value(), 501);
/// assert_eq!(c.to_string(), "00501");
/// assert!(Code::parse("0501", 5).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code {
    value: u32,
    width: u8,
}

impl Code {
    /// Reads exactly `width` ASCII digits (1 to 9 of them).
    pub fn parse(text: &str, width: u8) -> Option<Code> {
        let bytes = text.as_bytes();
        if !(1..=9).contains(&width) || bytes.len() != usize::from(width) {
            return None;
        }
        let value = digits(bytes)?;
        Some(Code { value, width })
    }

    pub(crate) const fn new(value: u32, width: u8) -> Code {
        Code { value, width }
    }

    /// The numeric value.
    pub const fn value(self) -> u32 {
        self.value
    }

    /// The number of digits.
    pub const fn width(self) -> u8 {
        self.width
    }

    /// Whether every digit is zero.
    pub const fn is_zero(self) -> bool {
        self.value == 0
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:0width$}", self.value, width = usize::from(self.width))
    }
}

/// The value of a run of ASCII digits, or `None` if a byte is not a digit.
fn digits(bytes: &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    for &b in bytes {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        v = v * 10 + u32::from(d);
    }
    Some(v)
}

/// Options for parsing a number.
#[derive(Clone, Copy, Debug)]
pub struct ParseOptions<'a> {
    /// The reference date: it resolves the year digit (SPEC §1 year
    /// resolution) and a registration date after it is `NUM.FUTURE`.
    pub reference: NaiveDate,
    /// Known office codes; when given, a code (or guarantee prefix) not in it
    /// is `NUM.OFFICE`.
    pub offices: Option<&'a OfficeDirectory>,
}

impl<'a> ParseOptions<'a> {
    /// Options with this reference date and no office directory.
    pub fn new(reference: NaiveDate) -> ParseOptions<'static> {
        ParseOptions {
            reference,
            offices: None,
        }
    }

    /// Options with today's local date as the reference date.
    pub fn today() -> ParseOptions<'static> {
        ParseOptions::new(crate::today())
    }

    /// The same options, checking office codes against `offices`.
    pub fn with_offices<'b>(self, offices: &'b OfficeDirectory) -> ParseOptions<'b> {
        ParseOptions {
            reference: self.reference,
            offices: Some(offices),
        }
    }
}

/// The full year whose last digit is `digit`: the latest year `y ≤ reference`
/// with `y % 10 == digit` (SPEC §1 year resolution).
///
/// ```
/// use kazcustoms_core::resolve_year;
/// assert_eq!(resolve_year(3, 2026), 2023);
/// assert_eq!(resolve_year(6, 2026), 2026);
/// assert_eq!(resolve_year(7, 2026), 2017);
/// ```
pub const fn resolve_year(digit: u8, reference_year: i32) -> i32 {
    reference_year - (reference_year - digit as i32).rem_euclid(10)
}

/// One slot of a number's layout.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Slot {
    /// A 5-digit customs office code.
    Office,
    /// The first three digits of the destination office code (guarantee).
    OfficePrefix,
    /// The 4-digit recipient number (guarantee).
    Recipient,
    /// The last six digits of the warehouse licence (tsw).
    Licence,
    /// `DDMMY`.
    Date,
    /// The sequence, of this many digits.
    Sequence(u8),
    /// A literal separator byte.
    Sep(u8),
}

impl Slot {
    const fn width(self) -> usize {
        match self {
            Slot::Office | Slot::Date => 5,
            Slot::OfficePrefix => 3,
            Slot::Recipient => 4,
            Slot::Licence => 6,
            Slot::Sequence(w) => w as usize,
            Slot::Sep(_) => 1,
        }
    }
}

/// The total byte length of a layout.
pub(crate) const fn layout_len(layout: &[Slot]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < layout.len() {
        n += layout[i].width();
        i += 1;
    }
    n
}

/// The groups of a number as read by [`scan`]; absent groups are zero.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Raw {
    pub office: u32,
    pub prefix: u32,
    pub recipient: u32,
    pub licence: u32,
    pub sequence: u32,
    pub date: Option<NaiveDate>,
}

impl Raw {
    pub(crate) fn date(&self) -> NaiveDate {
        // scan() only returns a Raw once the date is resolved.
        self.date.unwrap_or_default()
    }
}

/// The longest layout, in bytes (`guarantee`, `tsw`).
pub(crate) const MAX_LEN: usize = 19;
/// A template byte where a digit belongs.
const DIGIT: u8 = 0;

/// A layout spelled out byte by byte: [`DIGIT`] where a digit belongs, the
/// separator byte where one belongs; unused tail bytes are [`DIGIT`].
pub(crate) type Template = [u8; MAX_LEN];

/// The template of a layout, computed at compile time for each kind.
pub(crate) const fn template(layout: &[Slot]) -> Template {
    assert!(layout_len(layout) <= MAX_LEN, "layout longer than MAX_LEN");
    let mut out = [DIGIT; MAX_LEN];
    let (mut i, mut pos) = (0, 0);
    while i < layout.len() {
        if let Slot::Sep(c) = layout[i] {
            assert!(c != DIGIT, "separator byte 0");
            out[pos] = c;
        }
        pos += layout[i].width();
        i += 1;
    }
    out
}

/// Reads and checks `text` against `layout` (whose [`template`] is
/// `template`), reporting the first broken `NUM.*` rule in the precedence of
/// SPEC §1.
///
/// Inlined into each kind's `parse`, where the layout is a constant: that
/// lets the compiler specialise it per kind (about twice as fast).
#[inline(always)]
pub(crate) fn scan(
    kind: NumberKind,
    layout: &[Slot],
    template: &Template,
    text: &str,
    options: &ParseOptions<'_>,
) -> Result<Raw, NumberError> {
    let bytes = text.as_bytes();
    let expected_len = layout_len(layout);
    if bytes.len() != expected_len {
        return Err(NumberError::new(
            kind,
            length_fault(layout, text, expected_len),
        ));
    }
    // NUM.FORMAT: shape first, before any value is looked at. One pass over
    // the bytes against the layout's template reports the first wrong byte,
    // exactly as a slot-by-slot reading would.
    for (i, (&b, &t)) in bytes.iter().zip(template.iter()).enumerate() {
        if t == DIGIT {
            if !b.is_ascii_digit() {
                return Err(NumberError::new(kind, Fault::NotDigit { position: i + 1 }));
            }
        } else if b != t {
            return Err(NumberError::new(
                kind,
                Fault::Separator {
                    position: i + 1,
                    expected: char::from(t),
                },
            ));
        }
    }
    // The shape is right: read the groups (every byte read is a digit).
    let mut raw = Raw::default();
    let (mut day, mut month, mut ydigit) = (0u32, 0u32, 0u8);
    let mut pos = 0usize;
    for &slot in layout {
        let w = slot.width();
        if matches!(slot, Slot::Sep(_)) {
            pos += w;
            continue;
        }
        let v = bytes[pos..pos + w]
            .iter()
            .fold(0u32, |v, &b| v * 10 + u32::from(b.wrapping_sub(b'0')));
        match slot {
            Slot::Office => raw.office = v,
            Slot::OfficePrefix => raw.prefix = v,
            Slot::Recipient => raw.recipient = v,
            Slot::Licence => raw.licence = v,
            Slot::Sequence(_) => raw.sequence = v,
            Slot::Date => {
                day = v / 1000;
                month = (v / 10) % 100;
                ydigit = (v % 10) as u8;
            }
            Slot::Sep(_) => {}
        }
        pos += w;
    }
    // NUM.DATE
    if !(1..=12).contains(&month) {
        return Err(NumberError::new(kind, Fault::Month { month }));
    }
    let year = resolve_year(ydigit, options.reference.year());
    let Some(date) = NaiveDate::from_ymd_opt(year, month, day) else {
        return Err(NumberError::new(kind, Fault::Day { day, month, year }));
    };
    raw.date = Some(date);
    // NUM.OFFICE
    for &slot in layout {
        let (code, known) = match slot {
            Slot::Office => (
                Code::new(raw.office, 5),
                options.offices.is_none_or(|d| d.contains(raw.office)),
            ),
            Slot::OfficePrefix => (
                Code::new(raw.prefix, 3),
                options
                    .offices
                    .is_none_or(|d| d.contains_prefix(raw.prefix)),
            ),
            _ => continue,
        };
        if code.is_zero() {
            return Err(NumberError::new(kind, Fault::OfficeZero { code }));
        }
        if !known {
            return Err(NumberError::new(kind, Fault::OfficeUnknown { code }));
        }
    }
    // NUM.RECIPIENT
    if layout.iter().any(|s| matches!(s, Slot::Recipient)) && raw.recipient == 0 {
        return Err(NumberError::new(kind, Fault::RecipientZero));
    }
    // NUM.SEQUENCE
    if raw.sequence == 0 {
        return Err(NumberError::new(kind, Fault::SequenceZero));
    }
    // NUM.FUTURE
    if date > options.reference {
        return Err(NumberError::new(
            kind,
            Fault::Future {
                date,
                reference: options.reference,
            },
        ));
    }
    Ok(raw)
}

/// The fault of a text whose byte length is wrong. When it has the right
/// number of characters (a non-ASCII character slipped in, such as an en dash
/// or a full-width digit), the first wrong character is named instead of a
/// length that would look right to a reader.
fn length_fault(layout: &[Slot], text: &str, expected: usize) -> Fault {
    let found = text.chars().count();
    if found != expected {
        return Fault::Length { expected, found };
    }
    let expectations = layout.iter().flat_map(|&slot| {
        let sep = match slot {
            Slot::Sep(c) => Some(char::from(c)),
            _ => None,
        };
        std::iter::repeat_n(sep, slot.width())
    });
    for (i, (c, want)) in text.chars().zip(expectations).enumerate() {
        match want {
            Some(sep) if c != sep => {
                return Fault::Separator {
                    position: i + 1,
                    expected: sep,
                }
            }
            None if !c.is_ascii_digit() => return Fault::NotDigit { position: i + 1 },
            _ => {}
        }
    }
    Fault::Length { expected, found }
}

/// Writes `DDMMY` for a date.
fn write_date(f: &mut fmt::Formatter<'_>, date: NaiveDate) -> fmt::Result {
    write!(
        f,
        "{:02}{:02}{}",
        date.day(),
        date.month(),
        date.year().rem_euclid(10)
    )
}

/// The common part of every number type: parse, `FromStr` (reference date
/// today), `Display`, serde as `{"kind", "number", "date"}`, and the conversion into
/// [`RegistrationNumber`].
macro_rules! number_type {
    ($ty:ident, $kind:expr, $variant:ident) => {
        impl $ty {
            /// The kind of this number.
            pub const KIND: NumberKind = $kind;

            /// Parses and validates `text` strictly (SPEC §1).
            ///
            /// # Errors
            ///
            /// The first broken `NUM.*` rule, in the precedence of SPEC §1.
            pub fn parse(text: &str, options: &ParseOptions<'_>) -> Result<$ty, NumberError> {
                /// This kind's layout, byte by byte.
                const TEMPLATE: $crate::numbers::Template = $crate::numbers::template(LAYOUT);
                scan($kind, LAYOUT, &TEMPLATE, text, options).map(|raw| $ty::from_raw(&raw))
            }

            /// The registration date, its year resolved against the reference
            /// date the number was parsed with.
            pub const fn date(&self) -> NaiveDate {
                self.date
            }

            /// The sequence number in the journal (starts at 1 every year).
            pub const fn sequence(&self) -> u32 {
                self.sequence
            }
        }

        impl std::str::FromStr for $ty {
            type Err = NumberError;

            /// Parses with today's local date as the reference date.
            fn from_str(s: &str) -> Result<$ty, NumberError> {
                $ty::parse(s, &ParseOptions::today())
            }
        }

        impl serde::Serialize for $ty {
            /// Writes `{"kind", "number", "date"}` (see [`RegistrationNumber`]).
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(&RegistrationNumber::from(*self), s)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            /// Reads `{"kind", "number", "date"}`: `kind` must be this kind,
            /// and `number` must carry `date` (see [`RegistrationNumber`]).
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                match <RegistrationNumber as serde::Deserialize>::deserialize(d)? {
                    RegistrationNumber::$variant(n) => Ok(n),
                    other => Err(serde::de::Error::custom(format_args!(
                        "a {} number was stored where a {} number belongs",
                        other.kind(),
                        $kind
                    ))),
                }
            }
        }

        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }

            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                <RegistrationNumber as schemars::JsonSchema>::json_schema(generator)
            }
        }

        impl From<$ty> for RegistrationNumber {
            fn from(n: $ty) -> RegistrationNumber {
                RegistrationNumber::$variant(n)
            }
        }
    };
}
pub(crate) use number_type;

/// A registration number of any kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RegistrationNumber {
    /// A DCD reference number.
    Dcd(DcdNumber),
    /// A guarantee obligation number.
    Guarantee(GuaranteeNumber),
    /// A short declaration number.
    ShortDeclaration(ShortDeclarationNumber),
    /// A temporary-storage registration number.
    Tsw(TswNumber),
    /// A customs escort number.
    Escort(EscortNumber),
    /// A security document number.
    Security(SecurityNumber),
}

macro_rules! each {
    ($self:expr, $n:ident => $e:expr) => {
        match $self {
            RegistrationNumber::Dcd($n) => $e,
            RegistrationNumber::Guarantee($n) => $e,
            RegistrationNumber::ShortDeclaration($n) => $e,
            RegistrationNumber::Tsw($n) => $e,
            RegistrationNumber::Escort($n) => $e,
            RegistrationNumber::Security($n) => $e,
        }
    };
}

impl RegistrationNumber {
    /// The kind of number.
    pub fn kind(&self) -> NumberKind {
        match self {
            RegistrationNumber::Dcd(_) => NumberKind::Dcd,
            RegistrationNumber::Guarantee(_) => NumberKind::Guarantee,
            RegistrationNumber::ShortDeclaration(_) => NumberKind::ShortDeclaration,
            RegistrationNumber::Tsw(_) => NumberKind::Tsw,
            RegistrationNumber::Escort(_) => NumberKind::Escort,
            RegistrationNumber::Security(_) => NumberKind::Security,
        }
    }

    /// The registration date.
    pub fn date(&self) -> NaiveDate {
        each!(self, n => n.date())
    }

    /// The sequence number in its journal.
    pub fn sequence(&self) -> u32 {
        each!(self, n => n.sequence())
    }

    /// The 5-digit customs office code, for the kinds that carry one
    /// (`dcd`, `short_declaration`, `escort`, `security`); `None` for
    /// `guarantee` (it carries only a 3-digit prefix) and `tsw`.
    pub fn office(&self) -> Option<Code> {
        match self {
            RegistrationNumber::Dcd(n) => Some(n.office()),
            RegistrationNumber::ShortDeclaration(n) => Some(n.office()),
            RegistrationNumber::Escort(n) => Some(n.office()),
            RegistrationNumber::Security(n) => Some(n.office()),
            RegistrationNumber::Guarantee(_) | RegistrationNumber::Tsw(_) => None,
        }
    }

    /// The first three digits of the destination office code (`guarantee` only).
    pub fn office_prefix(&self) -> Option<Code> {
        match self {
            RegistrationNumber::Guarantee(n) => Some(n.office_prefix()),
            _ => None,
        }
    }

    /// The recipient's number in the recipients register (`guarantee` only).
    pub fn recipient(&self) -> Option<Code> {
        match self {
            RegistrationNumber::Guarantee(n) => Some(n.recipient()),
            _ => None,
        }
    }

    /// The last six digits of the warehouse licence (`tsw` only).
    pub fn licence(&self) -> Option<Code> {
        match self {
            RegistrationNumber::Tsw(n) => Some(n.licence()),
            _ => None,
        }
    }
}

impl fmt::Display for RegistrationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        each!(self, n => fmt::Display::fmt(n, f))
    }
}

/// The serde form of a number: its kind, its printed form and its full
/// registration date. The printed form carries only the last digit of the
/// year, so the date is stored beside it; reading it back parses the number
/// with the stored date as the reference date and checks that the number
/// carries that date, so a stored number is verified against itself.
#[derive(serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename = "RegistrationNumber")]
struct StoredNumber<'a> {
    /// The number kind (`dcd`, `guarantee`, …).
    kind: NumberKind,
    /// The number as printed, e.g. `50101/15036/00042`.
    #[serde(borrow)]
    number: std::borrow::Cow<'a, str>,
    /// The registration date, `YYYY-MM-DD`.
    #[serde(deserialize_with = "crate::dates::one")]
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    date: NaiveDate,
}

/// A registration number is stored and sent as `{"kind", "number", "date"}`.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{parse_number, NumberKind, ParseOptions, RegistrationNumber};
/// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
/// let n = parse_number(NumberKind::Dcd, "50101/15036/00042", &opts).unwrap();
/// let json = serde_json::to_string(&n).unwrap();
/// assert_eq!(json, r#"{"kind":"dcd","number":"50101/15036/00042","date":"2026-03-15"}"#);
/// assert_eq!(serde_json::from_str::<RegistrationNumber>(&json).unwrap(), n);
/// // A number from 2016 keeps its year: it is not re-read against today.
/// let old = r#"{"kind":"dcd","number":"50101/15036/00042","date":"2016-03-15"}"#;
/// assert_eq!(serde_json::from_str::<RegistrationNumber>(old).unwrap().date().to_string(), "2016-03-15");
/// // The date must be the one the number carries.
/// let wrong = r#"{"kind":"dcd","number":"50101/15036/00042","date":"2016-03-16"}"#;
/// assert!(serde_json::from_str::<RegistrationNumber>(wrong).is_err());
/// ```
impl serde::Serialize for RegistrationNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        StoredNumber {
            kind: self.kind(),
            number: self.to_string().into(),
            date: self.date(),
        }
        .serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for RegistrationNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RegistrationNumber, D::Error> {
        use serde::de::Error as _;
        let stored = StoredNumber::deserialize(d)?;
        let number = parse_number(stored.kind, &stored.number, &ParseOptions::new(stored.date))
            .map_err(D::Error::custom)?;
        if number.date() != stored.date {
            return Err(D::Error::custom(format_args!(
                "the number {} does not carry the date {}",
                crate::names::quote(&stored.number),
                stored.date
            )));
        }
        Ok(number)
    }
}

impl schemars::JsonSchema for RegistrationNumber {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RegistrationNumber".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        StoredNumber::json_schema(generator)
    }
}

/// Parses a number of the given kind (strict; see [`normalize`] for lenient input).
///
/// # Errors
///
/// The first broken `NUM.*` rule, in the precedence of SPEC §1.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{parse_number, NumberKind, ParseOptions, Rule};
///
/// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
/// let n = parse_number(NumberKind::Dcd, "50101/15036/00042", &opts).unwrap();
/// assert_eq!(n.date(), NaiveDate::from_ymd_opt(2026, 3, 15).unwrap());
/// assert_eq!(n.to_string(), "50101/15036/00042");
///
/// let err = parse_number(NumberKind::Dcd, "50101/15036/0042", &opts).unwrap_err();
/// assert_eq!(err.rule(), Rule::NumFormat);
/// ```
pub fn parse_number(
    kind: NumberKind,
    text: &str,
    options: &ParseOptions<'_>,
) -> Result<RegistrationNumber, NumberError> {
    match kind {
        NumberKind::Dcd => DcdNumber::parse(text, options).map(Into::into),
        NumberKind::Guarantee => GuaranteeNumber::parse(text, options).map(Into::into),
        NumberKind::ShortDeclaration => {
            ShortDeclarationNumber::parse(text, options).map(Into::into)
        }
        NumberKind::Tsw => TswNumber::parse(text, options).map(Into::into),
        NumberKind::Escort => EscortNumber::parse(text, options).map(Into::into),
        NumberKind::Security => SecurityNumber::parse(text, options).map(Into::into),
    }
}

/// The rules a number parse can report, in precedence order.
pub const NUMBER_RULES: [Rule; 6] = [
    Rule::NumFormat,
    Rule::NumDate,
    Rule::NumOffice,
    Rule::NumRecipient,
    Rule::NumSequence,
    Rule::NumFuture,
];
