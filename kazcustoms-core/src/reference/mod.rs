//! Reference tables of SPEC §13: countries, currencies, transport modes and
//! the monthly calculation index (МРП / АЕК).
//!
//! The customs documents carry codes (country `398`, currency `KZT`, transport
//! mode `20`) and the escort fee is counted in МРП; this module says which
//! codes exist and what they mean. Each table lives in one place, with its
//! source:
//!
//! | table | source |
//! | --- | --- |
//! | countries: ISO 3166-1 numeric, alpha-2, English short name | the `pycountry` package (its version is [`iso_source`]) |
//! | currencies: ISO 4217 numeric, alpha-3, English name | the `pycountry` package |
//! | transport modes, names in Kazakh, Russian, English | `kazcustoms-core/data/transport_modes.tsv` (SPEC §13, the transport mode classifier) |
//! | МРП by effective date and purpose, each value with the act that set it | `kazcustoms-core/data/mrp.tsv` (the laws on the republican budget and their amendments) |
//!
//! All four are compiled into `data.rs`, which `scripts/update_reference.py`
//! generates and which is committed, so building the crate never needs
//! Python. To change a table, edit the TSV file (or upgrade pycountry) and
//! run the script; a unit test fails if `data.rs` and the TSV files disagree.
//!
//! Two ways to look things up:
//! * the free functions ([`country_by_numeric`], [`mrp`], …) read the
//!   built-in tables, which are immutable statics;
//! * a [`ReferenceData`] is an owned copy that the caller can extend or
//!   replace (a newer decree, a missing year, a code the ISO list lacks),
//!   with the same lookups as methods.
//!
//! What this module is not: it knows no customs office codes (SPEC §13: no
//! complete public list exists; see [`OfficeDirectory`](crate::OfficeDirectory))
//! and no working-day calendar. Lookups are exact: codes are matched as
//! written in the documents (upper-case letters, fixed-width digits), never
//! trimmed or case-folded.
//!
//! ```
//! use kazcustoms_core::reference;
//!
//! assert_eq!(reference::country_by_numeric_code("398").unwrap().alpha2, "KZ");
//! assert_eq!(reference::currency_by_alpha3("USD").unwrap().numeric, 840);
//! assert_eq!(reference::transport_mode_by_code("20").unwrap().en, "Rail transport");
//! let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! assert_eq!(reference::mrp(d, reference::MrpPurpose::Fees).unwrap(), 4325);
//! ```
//!
//! # The МРП and its purposes
//!
//! The monthly calculation index is set each year by the law on the
//! republican budget, and sometimes changed within the year by an amending
//! law. Until 2021 one value served every purpose; from 1 April 2022 the
//! index for benefits and other social payments was raised to 3180 tenge
//! while fees, fines, taxes and other payments kept 3063 for the whole of
//! 2022. So the table is kept by purpose ([`MrpPurpose`]): a row covers
//! `fees`, `benefits` or `all` ([`MrpScope`]), and [`mrp`] asks for one
//! purpose. A customs fee, such as the escort fee ([`escort_fee`]: the rate
//! in МРП of the decision × the МРП in force on the decision date), is a
//! fee: it uses [`MrpPurpose::Fees`].
//!
//! ```
//! use chrono::NaiveDate;
//! use kazcustoms_core::reference::{self, MrpPurpose};
//! let june_2022 = NaiveDate::from_ymd_opt(2022, 6, 15).unwrap();
//! assert_eq!(reference::mrp(june_2022, MrpPurpose::Fees).unwrap(), 3063);
//! assert_eq!(reference::mrp(june_2022, MrpPurpose::Benefits).unwrap(), 3180);
//! assert_eq!(reference::escort_fee(10, june_2022).unwrap(), 30_630);
//! ```
//!
//! The 1 July 2009 raise (1296 tenge) is read as covering every purpose:
//! the budget laws of the time set one index for all of them and the
//! amendment changed that one value (a reading; see the README, "Reference
//! data: the МРП").

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::{Error, Text};

#[rustfmt::skip]
mod data;
pub mod s0;

/// A country of ISO 3166-1 (DCD columns 15–18, 21).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Country {
    /// The ISO 3166-1 numeric code, `398` for Kazakhstan (written with three
    /// digits in documents: `004` for Afghanistan).
    pub numeric: u16,
    /// The ISO 3166-1 alpha-2 code, upper case: `KZ`.
    pub alpha2: Cow<'static, str>,
    /// The English short name: `Kazakhstan`.
    pub name: Cow<'static, str>,
}

impl Country {
    /// A country from its codes and name, e.g. to add to a [`ReferenceData`].
    ///
    /// ```
    /// use kazcustoms_core::reference::Country;
    /// let kosovo = Country::new(983, "XK", String::from("Kosovo"));
    /// assert_eq!(kosovo.numeric_code(), "983");
    /// ```
    pub fn new(
        numeric: u16,
        alpha2: impl Into<Cow<'static, str>>,
        name: impl Into<Cow<'static, str>>,
    ) -> Country {
        Country {
            numeric,
            alpha2: alpha2.into(),
            name: name.into(),
        }
    }

    /// The numeric code as documents write it: three digits, zero-padded.
    ///
    /// ```
    /// let af = kazcustoms_core::reference::country_by_alpha2("AF").unwrap();
    /// assert_eq!(af.numeric_code(), "004");
    /// ```
    pub fn numeric_code(&self) -> String {
        format!("{:03}", self.numeric)
    }
}

/// A currency of ISO 4217 (DCD column 22, short declaration column 11).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Currency {
    /// The ISO 4217 numeric code, `398` for the tenge (written with three
    /// digits in documents: `008` for the lek).
    pub numeric: u16,
    /// The ISO 4217 alphabetic code, upper case: `KZT`.
    pub alpha3: Cow<'static, str>,
    /// The English name: `Tenge`.
    pub name: Cow<'static, str>,
}

impl Currency {
    /// A currency from its codes and name, e.g. to add to a [`ReferenceData`].
    ///
    /// ```
    /// use kazcustoms_core::reference::Currency;
    /// let c = Currency::new(933, "BYN", "Belarusian Ruble");
    /// assert_eq!(c.alpha3, "BYN");
    /// ```
    pub fn new(
        numeric: u16,
        alpha3: impl Into<Cow<'static, str>>,
        name: impl Into<Cow<'static, str>>,
    ) -> Currency {
        Currency {
            numeric,
            alpha3: alpha3.into(),
            name: name.into(),
        }
    }

    /// The numeric code as documents write it: three digits, zero-padded.
    ///
    /// ```
    /// let all = kazcustoms_core::reference::currency_by_alpha3("ALL").unwrap();
    /// assert_eq!(all.numeric_code(), "008");
    /// ```
    pub fn numeric_code(&self) -> String {
        format!("{:03}", self.numeric)
    }
}

/// A transport mode of the transport mode classifier (DCD column 25).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct TransportMode {
    /// The two-digit code, `20` for rail.
    pub code: u8,
    /// The name in Kazakh.
    pub kk: Cow<'static, str>,
    /// The name in Russian.
    pub ru: Cow<'static, str>,
    /// The name in English.
    pub en: Cow<'static, str>,
}

impl TransportMode {
    /// A transport mode from its code and names in Kazakh, Russian and English.
    ///
    /// ```
    /// use kazcustoms_core::reference::TransportMode;
    /// let m = TransportMode::new(99, "Басқа", "Прочие", "Other");
    /// assert_eq!(m.code_str(), "99");
    /// ```
    pub fn new(
        code: u8,
        kk: impl Into<Cow<'static, str>>,
        ru: impl Into<Cow<'static, str>>,
        en: impl Into<Cow<'static, str>>,
    ) -> TransportMode {
        TransportMode {
            code,
            kk: kk.into(),
            ru: ru.into(),
            en: en.into(),
        }
    }

    /// The name in the three languages.
    ///
    /// ```
    /// use kazcustoms_core::{reference, Lang};
    /// let rail = reference::transport_mode(20).unwrap();
    /// assert_eq!(rail.name().get(Lang::Ru), "Железнодорожный транспорт");
    /// ```
    pub fn name(&self) -> Text {
        Text::new(self.kk.as_ref(), self.ru.as_ref(), self.en.as_ref())
    }

    /// The code as documents write it: two digits.
    ///
    /// ```
    /// assert_eq!(kazcustoms_core::reference::transport_mode(40).unwrap().code_str(), "40");
    /// ```
    pub fn code_str(&self) -> String {
        format!("{:02}", self.code)
    }
}

crate::named_enum! {
    /// What an МРП value is used for (the purposes the laws on the
    /// republican budget name): the purpose a caller asks [`mrp`] for.
    ///
    /// ```
    /// use kazcustoms_core::reference::MrpPurpose;
    /// assert_eq!("fees".parse::<MrpPurpose>().unwrap(), MrpPurpose::Fees);
    /// assert_eq!(MrpPurpose::Benefits.name(), "benefits");
    /// assert!("all".parse::<MrpPurpose>().is_err());
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum MrpPurpose: "purpose", ["мақсат", "назначение", "purpose"] {
        /// `fees`: customs fees (the escort fee), state duties, fines, taxes
        /// and other payments.
        Fees = "fees",
        /// `benefits`: benefits and other social payments.
        Benefits = "benefits",
    }
}

impl MrpPurpose {
    /// What the purpose covers, in words, in Kazakh, Russian and English.
    ///
    /// ```
    /// use kazcustoms_core::{reference::MrpPurpose, Lang};
    /// assert_eq!(MrpPurpose::Fees.text().get(Lang::En), "fees, fines and taxes");
    /// ```
    pub fn text(self) -> Text {
        match self {
            MrpPurpose::Fees => Text::new(
                "алымдар, айыппұлдар мен салықтар",
                "сборы, штрафы и налоги",
                "fees, fines and taxes",
            ),
            MrpPurpose::Benefits => Text::new(
                "жәрдемақылар мен әлеуметтік төлемдер",
                "пособия и социальные выплаты",
                "benefits and social payments",
            ),
        }
    }
}

crate::named_enum! {
    /// The purposes one row of the МРП table covers: one [`MrpPurpose`], or
    /// `all` where one value was set for both.
    ///
    /// The order (`all`, `fees`, `benefits`) is the order of the rows of one
    /// date in the table.
    ///
    /// ```
    /// use kazcustoms_core::reference::{MrpPurpose, MrpScope};
    /// assert!(MrpScope::All.covers(MrpPurpose::Benefits));
    /// assert!(!MrpScope::Benefits.covers(MrpPurpose::Fees));
    /// assert_eq!(MrpScope::from(MrpPurpose::Fees), MrpScope::Fees);
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum MrpScope: "applies_to", ["қолданылу аясы", "область применения", "scope"] {
        /// `all`: one value for every purpose.
        All = "all",
        /// `fees`: fees, fines, taxes and other payments only.
        Fees = "fees",
        /// `benefits`: benefits and other social payments only.
        Benefits = "benefits",
    }
}

impl MrpScope {
    /// Whether a row of this scope gives the index for `purpose`.
    pub fn covers(self, purpose: MrpPurpose) -> bool {
        self == MrpScope::All || self == MrpScope::from(purpose)
    }
}

impl From<MrpPurpose> for MrpScope {
    fn from(purpose: MrpPurpose) -> MrpScope {
        match purpose {
            MrpPurpose::Fees => MrpScope::Fees,
            MrpPurpose::Benefits => MrpScope::Benefits,
        }
    }
}

impl Serialize for MrpScope {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// One value of the monthly calculation index (МРП / АЕК), in tenge: the
/// date from which it is in force, the purposes it covers and the act that
/// set it.
///
/// A value is in force, for each purpose it covers, from `from` until the
/// next range covering that purpose or the end of `from`'s calendar year,
/// whichever comes first: the index is set every year by the law on the
/// republican budget, so a year without a range of its own has no known
/// value. On one date, a range for one purpose wins over an `all` range.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct MrpRange {
    /// The first day the value is in force.
    pub from: NaiveDate,
    /// The purposes it covers.
    pub applies_to: MrpScope,
    /// The index, tenge.
    pub value: u32,
    /// The act that set the value (the law on the republican budget for
    /// the year, or the amending law of a mid-year change), as
    /// `kazcustoms-core/data/mrp.tsv` cites it; empty for a value the caller
    /// set with [`ReferenceData::set_mrp`].
    pub source: Cow<'static, str>,
}

/// The package and version the built-in ISO tables were generated from,
/// e.g. `pycountry 26.2.16`.
///
/// ```
/// assert!(kazcustoms_core::reference::iso_source().starts_with("pycountry "));
/// ```
pub fn iso_source() -> &'static str {
    data::ISO_SOURCE
}

/// Every built-in country, sorted by numeric code.
///
/// ```
/// let all = kazcustoms_core::reference::countries();
/// assert!(all.windows(2).all(|w| w[0].numeric < w[1].numeric));
/// ```
pub fn countries() -> &'static [Country] {
    data::COUNTRIES
}

/// The built-in country with ISO 3166-1 numeric code `numeric`.
///
/// ```
/// use kazcustoms_core::reference::country_by_numeric;
/// assert_eq!(country_by_numeric(398).unwrap().name, "Kazakhstan");
/// assert!(country_by_numeric(999).is_none());
/// ```
pub fn country_by_numeric(numeric: u16) -> Option<&'static Country> {
    find_numeric(data::COUNTRIES, numeric)
}

/// The built-in country with ISO 3166-1 alpha-2 code `alpha2` (upper case,
/// as in documents; `kz` is not found).
///
/// ```
/// use kazcustoms_core::reference::country_by_alpha2;
/// assert_eq!(country_by_alpha2("RU").unwrap().numeric, 643);
/// assert!(country_by_alpha2("kz").is_none());
/// ```
pub fn country_by_alpha2(alpha2: &str) -> Option<&'static Country> {
    find_alpha(data::COUNTRIES, data::COUNTRIES_BY_ALPHA2, alpha2)
}

/// The built-in country whose numeric code is written as `code`: exactly
/// three ASCII digits, as in a document column.
///
/// ```
/// use kazcustoms_core::reference::country_by_numeric_code;
/// assert_eq!(country_by_numeric_code("398").unwrap().alpha2, "KZ");
/// assert_eq!(country_by_numeric_code("004").unwrap().alpha2, "AF");
/// assert!(country_by_numeric_code("0398").is_none());
/// assert!(country_by_numeric_code("398 ").is_none());
/// assert!(country_by_numeric_code("4").is_none());
/// ```
pub fn country_by_numeric_code(code: &str) -> Option<&'static Country> {
    country_by_numeric(parse_digits(code, 3)?)
}

/// Every built-in currency, sorted by numeric code.
///
/// ```
/// let all = kazcustoms_core::reference::currencies();
/// assert!(all.iter().any(|c| c.alpha3 == "KZT"));
/// ```
pub fn currencies() -> &'static [Currency] {
    data::CURRENCIES
}

/// The built-in currency with ISO 4217 numeric code `numeric`.
///
/// ```
/// use kazcustoms_core::reference::currency_by_numeric;
/// assert_eq!(currency_by_numeric(398).unwrap().alpha3, "KZT");
/// assert!(currency_by_numeric(1).is_none());
/// ```
pub fn currency_by_numeric(numeric: u16) -> Option<&'static Currency> {
    find_numeric(data::CURRENCIES, numeric)
}

/// The built-in currency with ISO 4217 alphabetic code `alpha3` (upper case).
///
/// ```
/// use kazcustoms_core::reference::currency_by_alpha3;
/// assert_eq!(currency_by_alpha3("EUR").unwrap().numeric, 978);
/// assert!(currency_by_alpha3("eur").is_none());
/// ```
pub fn currency_by_alpha3(alpha3: &str) -> Option<&'static Currency> {
    find_alpha(data::CURRENCIES, data::CURRENCIES_BY_ALPHA3, alpha3)
}

/// The built-in currency whose numeric code is written as `code`: exactly
/// three ASCII digits.
///
/// ```
/// use kazcustoms_core::reference::currency_by_numeric_code;
/// assert_eq!(currency_by_numeric_code("840").unwrap().alpha3, "USD");
/// assert!(currency_by_numeric_code("84").is_none());
/// assert!(currency_by_numeric_code("+840").is_none());
/// ```
pub fn currency_by_numeric_code(code: &str) -> Option<&'static Currency> {
    currency_by_numeric(parse_digits(code, 3)?)
}

/// Every built-in transport mode, sorted by code.
///
/// ```
/// let codes: Vec<u8> = kazcustoms_core::reference::transport_modes()
///     .iter()
///     .map(|m| m.code)
///     .collect();
/// assert_eq!(codes, [10, 20, 30, 31, 32, 40, 50, 71, 72, 80, 90]);
/// ```
pub fn transport_modes() -> &'static [TransportMode] {
    data::TRANSPORT_MODES
}

/// The built-in transport mode with code `code`.
///
/// ```
/// use kazcustoms_core::reference::transport_mode;
/// assert_eq!(transport_mode(10).unwrap().en, "Sea transport");
/// assert!(transport_mode(11).is_none());
/// ```
pub fn transport_mode(code: u8) -> Option<&'static TransportMode> {
    find_mode(data::TRANSPORT_MODES, code)
}

/// The built-in transport mode written as `code`: exactly two ASCII digits.
///
/// ```
/// use kazcustoms_core::reference::transport_mode_by_code;
/// assert_eq!(transport_mode_by_code("71").unwrap().en, "Pipeline transport");
/// assert!(transport_mode_by_code("071").is_none());
/// assert!(transport_mode_by_code("7").is_none());
/// ```
pub fn transport_mode_by_code(code: &str) -> Option<&'static TransportMode> {
    // Two digits always fit in a u8.
    transport_mode(u8::try_from(parse_digits(code, 2)?).ok()?)
}

/// The built-in МРП values, sorted by effective date, then by scope
/// (`all`, `fees`, `benefits`).
///
/// ```
/// use kazcustoms_core::reference::{mrp_ranges, MrpScope};
/// let ranges = mrp_ranges();
/// assert_eq!((ranges[0].value, ranges[0].applies_to), (872, MrpScope::All));
/// assert!(ranges.iter().all(|r| !r.source.is_empty()));
/// ```
pub fn mrp_ranges() -> &'static [MrpRange] {
    data::MRP
}

/// The monthly calculation index (МРП), tenge, in force on `date` for
/// `purpose`, from the built-in table.
///
/// The built-in table covers 2003-01-01 to 2026-12-31. A customs fee (the
/// escort fee) uses [`MrpPurpose::Fees`]: in 2022 that is 3063 all year,
/// while benefits got 3180 from 1 April.
///
/// # Errors
///
/// An input error ([`Error::InvalidArgument`], argument `date`) for a date
/// the table does not cover: before 2003-01-01 or after the end of the last
/// year the table knows. The index changes every year, and guessing it
/// would give a wrong fee; a caller who knows a newer value adds it to a
/// [`ReferenceData`] with [`ReferenceData::set_mrp`]. The message names the
/// date, the purpose and the range the table covers.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::reference::{mrp, MrpPurpose::{Benefits, Fees}};
/// use kazcustoms_core::Lang;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(mrp(d(2009, 6, 30), Fees).unwrap(), 1273);
/// assert_eq!(mrp(d(2009, 7, 1), Fees).unwrap(), 1296);
/// assert_eq!(mrp(d(2020, 4, 1), Benefits).unwrap(), 2778);
/// assert_eq!(mrp(d(2022, 4, 1), Fees).unwrap(), 3063);
/// assert_eq!(mrp(d(2022, 4, 1), Benefits).unwrap(), 3180);
/// let err = mrp(d(2027, 1, 1), Fees).unwrap_err();
/// assert_eq!(
///     err.message(Lang::En),
///     "invalid date: no МРП for fees, fines and taxes is known on 2027-01-01: \
///      the table covers 2003-01-01 to 2026-12-31"
/// );
/// ```
pub fn mrp(date: NaiveDate, purpose: MrpPurpose) -> Result<u32, Error> {
    mrp_in(data::MRP, date, purpose)
}

/// The escort fee, tenge: `rate` (in МРП, as the escort decision states it,
/// R2 annex 1) × the МРП for fees in force on the decision date.
///
/// The escort fee is a customs fee, so it uses [`MrpPurpose::Fees`] (3063
/// tenge for a decision taken anywhere in 2022). The decision date, not the
/// year, picks the value: the decision writes the amount in tenge when it is
/// taken (R2 annex 1).
///
/// # Errors
///
/// An input error (argument `rate`) for a rate of 0, and the error of
/// [`mrp`] for a decision date the table does not cover.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::reference::escort_fee;
/// let decided = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
/// assert_eq!(escort_fee(20, decided).unwrap(), 86_500);
/// assert!(escort_fee(0, decided).is_err());
/// ```
pub fn escort_fee(rate: u32, decision: NaiveDate) -> Result<u64, Error> {
    escort_fee_in(data::MRP, rate, decision)
}

/// Reference tables owned by the caller: the built-in ones, extended or
/// replaced (SPEC §13).
///
/// [`ReferenceData::builtin`] (also [`Default`]) starts from a copy of the
/// built-in tables; [`ReferenceData::empty`] starts from nothing. Rows are
/// added or replaced with the `insert_*` methods and [`set_mrp`](Self::set_mrp),
/// removed with `remove_*`, and whole tables dropped with `clear_*`. Lookups
/// work as the free functions of this module do, on this copy.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::reference::{Country, MrpPurpose, MrpScope, ReferenceData};
///
/// let mut data = ReferenceData::builtin();
/// data.insert_country(Country::new(983, "XK", "Kosovo")).unwrap();
/// data.set_mrp(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(), MrpScope::All, 4600).unwrap();
///
/// assert_eq!(data.country_by_alpha2("XK").unwrap().numeric, 983);
/// let june = NaiveDate::from_ymd_opt(2027, 6, 1).unwrap();
/// assert_eq!(data.mrp(june, MrpPurpose::Fees).unwrap(), 4600);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferenceData {
    /// Sorted by numeric code.
    countries: Vec<Country>,
    /// Positions in `countries`, sorted by alpha-2 code.
    countries_by_alpha2: Vec<u16>,
    /// Sorted by numeric code.
    currencies: Vec<Currency>,
    /// Positions in `currencies`, sorted by alpha-3 code.
    currencies_by_alpha3: Vec<u16>,
    /// Sorted by code.
    transport_modes: Vec<TransportMode>,
    /// Sorted by date.
    mrp: Vec<MrpRange>,
}

impl Default for ReferenceData {
    /// The built-in tables.
    fn default() -> Self {
        ReferenceData::builtin()
    }
}

impl ReferenceData {
    /// A copy of the built-in tables.
    ///
    /// ```
    /// use kazcustoms_core::reference::{self, ReferenceData};
    /// assert_eq!(ReferenceData::builtin().countries(), reference::countries());
    /// ```
    pub fn builtin() -> ReferenceData {
        ReferenceData {
            countries: data::COUNTRIES.to_vec(),
            countries_by_alpha2: data::COUNTRIES_BY_ALPHA2.to_vec(),
            currencies: data::CURRENCIES.to_vec(),
            currencies_by_alpha3: data::CURRENCIES_BY_ALPHA3.to_vec(),
            transport_modes: data::TRANSPORT_MODES.to_vec(),
            mrp: data::MRP.to_vec(),
        }
    }

    /// Empty tables, for a caller who supplies all its own data.
    ///
    /// ```
    /// let data = kazcustoms_core::reference::ReferenceData::empty();
    /// assert!(data.country_by_numeric(398).is_none());
    /// ```
    pub fn empty() -> ReferenceData {
        ReferenceData {
            countries: Vec::new(),
            countries_by_alpha2: Vec::new(),
            currencies: Vec::new(),
            currencies_by_alpha3: Vec::new(),
            transport_modes: Vec::new(),
            mrp: Vec::new(),
        }
    }

    // ----- countries -----

    /// Every country, sorted by numeric code.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with numeric code `numeric`.
    ///
    /// ```
    /// let data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.country_by_numeric(643).unwrap().alpha2, "RU");
    /// ```
    pub fn country_by_numeric(&self, numeric: u16) -> Option<&Country> {
        find_numeric(&self.countries, numeric)
    }

    /// The country with alpha-2 code `alpha2` (upper case).
    ///
    /// ```
    /// let data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.country_by_alpha2("KZ").unwrap().numeric, 398);
    /// ```
    pub fn country_by_alpha2(&self, alpha2: &str) -> Option<&Country> {
        find_alpha(&self.countries, &self.countries_by_alpha2, alpha2)
    }

    /// The country whose numeric code is written as `code`: exactly three
    /// ASCII digits.
    ///
    /// ```
    /// let data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.country_by_numeric_code("398").unwrap().alpha2, "KZ");
    /// assert!(data.country_by_numeric_code("0398").is_none());
    /// ```
    pub fn country_by_numeric_code(&self, code: &str) -> Option<&Country> {
        self.country_by_numeric(parse_digits(code, 3)?)
    }

    /// Adds `country`, or replaces the one with the same numeric code;
    /// returns the replaced one.
    ///
    /// # Errors
    ///
    /// An input error ([`Error::InvalidArgument`]) if the numeric code is over
    /// 999, the alpha-2 code is not two upper-case ASCII letters, the name is
    /// empty, or the alpha-2 code belongs to a country with another numeric
    /// code (remove that one first).
    ///
    /// ```
    /// use kazcustoms_core::reference::{Country, ReferenceData};
    /// let mut data = ReferenceData::builtin();
    /// let old = data.insert_country(Country::new(792, "TR", "Turkey")).unwrap();
    /// assert_eq!(old.unwrap().name, "Türkiye");
    /// assert_eq!(data.country_by_alpha2("TR").unwrap().name, "Turkey");
    /// assert!(data.insert_country(Country::new(999, "KZ", "Clash")).is_err());
    /// assert!(data.insert_country(Country::new(1000, "QQ", "Too big")).is_err());
    /// ```
    pub fn insert_country(&mut self, country: Country) -> Result<Option<Country>, Error> {
        check_numeric("country", country.numeric)?;
        check_alpha("country", &country.alpha2, 2)?;
        check_name("country", &country.name)?;
        insert_coded(&mut self.countries, &mut self.countries_by_alpha2, country)
    }

    /// Removes the country with numeric code `numeric`; returns it.
    ///
    /// ```
    /// let mut data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.remove_country(398).unwrap().alpha2, "KZ");
    /// assert!(data.country_by_alpha2("KZ").is_none());
    /// ```
    pub fn remove_country(&mut self, numeric: u16) -> Option<Country> {
        remove_coded(&mut self.countries, &mut self.countries_by_alpha2, numeric)
    }

    /// Removes every country.
    pub fn clear_countries(&mut self) {
        self.countries.clear();
        self.countries_by_alpha2.clear();
    }

    // ----- currencies -----

    /// Every currency, sorted by numeric code.
    pub fn currencies(&self) -> &[Currency] {
        &self.currencies
    }

    /// The currency with numeric code `numeric`.
    ///
    /// ```
    /// let data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.currency_by_numeric(643).unwrap().alpha3, "RUB");
    /// ```
    pub fn currency_by_numeric(&self, numeric: u16) -> Option<&Currency> {
        find_numeric(&self.currencies, numeric)
    }

    /// The currency with alphabetic code `alpha3` (upper case).
    ///
    /// ```
    /// let data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.currency_by_alpha3("KZT").unwrap().numeric, 398);
    /// ```
    pub fn currency_by_alpha3(&self, alpha3: &str) -> Option<&Currency> {
        find_alpha(&self.currencies, &self.currencies_by_alpha3, alpha3)
    }

    /// The currency whose numeric code is written as `code`: exactly three
    /// ASCII digits.
    ///
    /// ```
    /// let data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.currency_by_numeric_code("978").unwrap().alpha3, "EUR");
    /// ```
    pub fn currency_by_numeric_code(&self, code: &str) -> Option<&Currency> {
        self.currency_by_numeric(parse_digits(code, 3)?)
    }

    /// Adds `currency`, or replaces the one with the same numeric code;
    /// returns the replaced one.
    ///
    /// # Errors
    ///
    /// An input error if the numeric code is over 999, the alphabetic code is
    /// not three upper-case ASCII letters, the name is empty, or the
    /// alphabetic code belongs to a currency with another numeric code.
    ///
    /// ```
    /// use kazcustoms_core::reference::{Currency, ReferenceData};
    /// let mut data = ReferenceData::empty();
    /// assert_eq!(data.insert_currency(Currency::new(398, "KZT", "Tenge")).unwrap(), None);
    /// assert_eq!(data.currency_by_numeric_code("398").unwrap().alpha3, "KZT");
    /// assert!(data.insert_currency(Currency::new(840, "usd", "US Dollar")).is_err());
    /// ```
    pub fn insert_currency(&mut self, currency: Currency) -> Result<Option<Currency>, Error> {
        check_numeric("currency", currency.numeric)?;
        check_alpha("currency", &currency.alpha3, 3)?;
        check_name("currency", &currency.name)?;
        insert_coded(
            &mut self.currencies,
            &mut self.currencies_by_alpha3,
            currency,
        )
    }

    /// Removes the currency with numeric code `numeric`; returns it.
    pub fn remove_currency(&mut self, numeric: u16) -> Option<Currency> {
        remove_coded(
            &mut self.currencies,
            &mut self.currencies_by_alpha3,
            numeric,
        )
    }

    /// Removes every currency.
    pub fn clear_currencies(&mut self) {
        self.currencies.clear();
        self.currencies_by_alpha3.clear();
    }

    // ----- transport modes -----

    /// Every transport mode, sorted by code.
    pub fn transport_modes(&self) -> &[TransportMode] {
        &self.transport_modes
    }

    /// The transport mode with code `code`.
    ///
    /// ```
    /// let data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.transport_mode(30).unwrap().code, 30);
    /// ```
    pub fn transport_mode(&self, code: u8) -> Option<&TransportMode> {
        find_mode(&self.transport_modes, code)
    }

    /// The transport mode written as `code`: exactly two ASCII digits.
    ///
    /// ```
    /// let data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.transport_mode_by_code("50").unwrap().en, "Postal consignment");
    /// ```
    pub fn transport_mode_by_code(&self, code: &str) -> Option<&TransportMode> {
        self.transport_mode(u8::try_from(parse_digits(code, 2)?).ok()?)
    }

    /// Adds `mode`, or replaces the one with the same code; returns the
    /// replaced one.
    ///
    /// # Errors
    ///
    /// An input error if the code is over 99 or a name is empty.
    ///
    /// ```
    /// use kazcustoms_core::reference::{ReferenceData, TransportMode};
    /// let mut data = ReferenceData::builtin();
    /// let mode = TransportMode::new(99, "Басқа", "Прочие", "Other");
    /// assert_eq!(data.insert_transport_mode(mode).unwrap(), None);
    /// assert_eq!(data.transport_mode_by_code("99").unwrap().ru, "Прочие");
    /// ```
    pub fn insert_transport_mode(
        &mut self,
        mode: TransportMode,
    ) -> Result<Option<TransportMode>, Error> {
        if mode.code > 99 {
            return Err(invalid(
                "transport_mode.code",
                format!("{}: екі цифрлы код болуы керек (00–99)", mode.code),
                format!("{}: код должен быть двузначным (00–99)", mode.code),
                format!("{}: the code must have two digits (00–99)", mode.code),
            ));
        }
        check_name("transport_mode", &mode.kk)?;
        check_name("transport_mode", &mode.ru)?;
        check_name("transport_mode", &mode.en)?;
        match self
            .transport_modes
            .binary_search_by_key(&mode.code, |m| m.code)
        {
            Ok(i) => Ok(Some(std::mem::replace(&mut self.transport_modes[i], mode))),
            Err(i) => {
                self.transport_modes.insert(i, mode);
                Ok(None)
            }
        }
    }

    /// Removes the transport mode with code `code`; returns it.
    pub fn remove_transport_mode(&mut self, code: u8) -> Option<TransportMode> {
        let i = self
            .transport_modes
            .binary_search_by_key(&code, |m| m.code)
            .ok()?;
        Some(self.transport_modes.remove(i))
    }

    /// Removes every transport mode.
    pub fn clear_transport_modes(&mut self) {
        self.transport_modes.clear();
    }

    // ----- МРП -----

    /// Every МРП value, sorted by effective date, then by scope.
    pub fn mrp_ranges(&self) -> &[MrpRange] {
        &self.mrp
    }

    /// The МРП, tenge, in force on `date` for `purpose` in these tables.
    ///
    /// A value is in force, for each purpose it covers, from its date until
    /// the next value covering that purpose or the end of its calendar
    /// year, whichever comes first (see [`MrpRange`] and [`mrp`]).
    ///
    /// # Errors
    ///
    /// An input error (argument `date`) before the first value for
    /// `purpose`, after the end of the last one's year, and in a year that
    /// has no value of its own; the message names the date and the range
    /// the table covers.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::reference::{MrpPurpose, ReferenceData};
    /// let data = ReferenceData::builtin();
    /// let d = NaiveDate::from_ymd_opt(2022, 4, 1).unwrap();
    /// assert_eq!(data.mrp(d, MrpPurpose::Fees).unwrap(), 3063);
    /// assert_eq!(data.mrp(d, MrpPurpose::Benefits).unwrap(), 3180);
    /// ```
    pub fn mrp(&self, date: NaiveDate, purpose: MrpPurpose) -> Result<u32, Error> {
        mrp_in(&self.mrp, date, purpose)
    }

    /// The escort fee, tenge, with these tables' МРП for fees: as the free
    /// function [`escort_fee`].
    ///
    /// # Errors
    ///
    /// As [`escort_fee`], with this table's coverage.
    pub fn escort_fee(&self, rate: u32, decision: NaiveDate) -> Result<u64, Error> {
        escort_fee_in(&self.mrp, rate, decision)
    }

    /// Sets the МРП in force from `from` for the purposes `applies_to` (a
    /// [`MrpScope`], or one [`MrpPurpose`]) to `value` tenge, adding a range
    /// or replacing the one with the same date and scope; returns the
    /// replaced value. The range's `source` is empty.
    ///
    /// A range for one purpose leaves the other purpose as it was: set a
    /// raise for benefits only, and fees keep the `all` value before it.
    ///
    /// # Errors
    ///
    /// An input error if `value` is 0.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::reference::{MrpPurpose, MrpScope, ReferenceData};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut data = ReferenceData::builtin();
    /// // A mid-year raise for benefits only, from 1 July 2026.
    /// assert_eq!(data.set_mrp(d(2026, 7, 1), MrpPurpose::Benefits, 4400).unwrap(), None);
    /// assert_eq!(data.mrp(d(2026, 7, 1), MrpPurpose::Benefits).unwrap(), 4400);
    /// assert_eq!(data.mrp(d(2026, 7, 1), MrpPurpose::Fees).unwrap(), 4325);
    /// // Replace a year's value for every purpose; add the next year.
    /// assert_eq!(data.set_mrp(d(2026, 1, 1), MrpScope::All, 4300).unwrap(), Some(4325));
    /// assert_eq!(data.set_mrp(d(2027, 1, 1), MrpScope::All, 4600).unwrap(), None);
    /// assert!(data.set_mrp(d(2027, 1, 1), MrpScope::All, 0).is_err());
    /// ```
    pub fn set_mrp(
        &mut self,
        from: NaiveDate,
        applies_to: impl Into<MrpScope>,
        value: u32,
    ) -> Result<Option<u32>, Error> {
        if value == 0 {
            return Err(invalid(
                "mrp",
                "АЕК нөлге тең бола алмайды".to_owned(),
                "МРП не может быть равен нулю".to_owned(),
                "the МРП cannot be zero".to_owned(),
            ));
        }
        let applies_to = applies_to.into();
        let range = MrpRange {
            from,
            applies_to,
            value,
            source: Cow::Borrowed(""),
        };
        match self
            .mrp
            .binary_search_by_key(&(from, applies_to), |r| (r.from, r.applies_to))
        {
            Ok(i) => Ok(Some(std::mem::replace(&mut self.mrp[i], range).value)),
            Err(i) => {
                self.mrp.insert(i, range);
                Ok(None)
            }
        }
    }

    /// Removes the МРП range that starts on `from` with the scope
    /// `applies_to`; returns its value.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::reference::{MrpPurpose, MrpScope, ReferenceData};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut data = ReferenceData::builtin();
    /// assert_eq!(data.remove_mrp(d(2020, 4, 1), MrpScope::All), Some(2778));
    /// assert_eq!(data.mrp(d(2020, 5, 1), MrpPurpose::Fees).unwrap(), 2651);
    /// assert_eq!(data.remove_mrp(d(2022, 4, 1), MrpScope::All), None);
    /// assert_eq!(data.remove_mrp(d(2022, 4, 1), MrpPurpose::Benefits), Some(3180));
    /// ```
    pub fn remove_mrp(&mut self, from: NaiveDate, applies_to: impl Into<MrpScope>) -> Option<u32> {
        let key = (from, applies_to.into());
        let i = self
            .mrp
            .binary_search_by_key(&key, |r| (r.from, r.applies_to))
            .ok()?;
        Some(self.mrp.remove(i).value)
    }

    /// Removes every МРП value.
    pub fn clear_mrp(&mut self) {
        self.mrp.clear();
    }
}

// ----- shared lookups over sorted slices -----

/// A row of a table keyed by an ISO numeric code and an alphabetic code.
trait Coded {
    fn numeric(&self) -> u16;
    fn alpha(&self) -> &str;
}

impl Coded for Country {
    fn numeric(&self) -> u16 {
        self.numeric
    }
    fn alpha(&self) -> &str {
        &self.alpha2
    }
}

impl Coded for Currency {
    fn numeric(&self) -> u16 {
        self.numeric
    }
    fn alpha(&self) -> &str {
        &self.alpha3
    }
}

/// The value of `s` if it is exactly `width` ASCII digits.
fn parse_digits(s: &str, width: usize) -> Option<u16> {
    if s.len() != width || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn find_numeric<T: Coded>(rows: &[T], numeric: u16) -> Option<&T> {
    let i = rows.binary_search_by_key(&numeric, T::numeric).ok()?;
    Some(&rows[i])
}

fn find_alpha<'a, T: Coded>(rows: &'a [T], index: &[u16], alpha: &str) -> Option<&'a T> {
    let k = index
        .binary_search_by(|&i| rows[usize::from(i)].alpha().cmp(alpha))
        .ok()?;
    Some(&rows[usize::from(index[k])])
}

fn find_mode(rows: &[TransportMode], code: u8) -> Option<&TransportMode> {
    let i = rows.binary_search_by_key(&code, |m| m.code).ok()?;
    Some(&rows[i])
}

/// The range giving the МРП for `purpose` on `date`: the last range
/// covering `purpose` that starts on or before `date` (a range for the one
/// purpose sorts after the `all` range of its date, so it wins), if it is
/// of `date`'s year (the budget law sets the index year by year).
fn find_mrp(ranges: &[MrpRange], date: NaiveDate, purpose: MrpPurpose) -> Option<&MrpRange> {
    let n = ranges.partition_point(|r| r.from <= date);
    let range = ranges[..n]
        .iter()
        .rev()
        .find(|r| r.applies_to.covers(purpose))?;
    (range.from.year() == date.year()).then_some(range)
}

fn mrp_in(ranges: &[MrpRange], date: NaiveDate, purpose: MrpPurpose) -> Result<u32, Error> {
    match find_mrp(ranges, date, purpose) {
        Some(range) => Ok(range.value),
        None => Err(no_mrp(ranges, date, purpose)),
    }
}

fn escort_fee_in(ranges: &[MrpRange], rate: u32, decision: NaiveDate) -> Result<u64, Error> {
    if rate == 0 {
        return Err(invalid(
            "rate",
            "алып жүру алымының мөлшерлемесі (АЕК) нөлден үлкен болуы керек".to_owned(),
            "ставка сбора за сопровождение (МРП) должна быть больше нуля".to_owned(),
            "the escort fee rate (in МРП) must be above zero".to_owned(),
        ));
    }
    let index = mrp_in(ranges, decision, MrpPurpose::Fees)?;
    // Both factors are below 2^32, so the product fits in a u64.
    Ok(u64::from(rate) * u64::from(index))
}

/// The input error of a date the table has no МРП for: it names the date,
/// the purpose and the range the table covers for that purpose.
fn no_mrp(ranges: &[MrpRange], date: NaiveDate, purpose: MrpPurpose) -> Error {
    let what = purpose.text();
    let mut covering = ranges.iter().filter(|r| r.applies_to.covers(purpose));
    let Some(first) = covering.next() else {
        return invalid(
            "date",
            format!(
                "{date} күнге {} үшін АЕК белгісіз: кестеде бұл мақсатқа мән жоқ",
                what.kk
            ),
            format!(
                "МРП для цели «{}» на {date} неизвестен: в таблице нет значений для этой цели",
                what.ru
            ),
            format!(
                "no МРП for {} is known on {date}: the table has no value for that purpose",
                what.en
            ),
        );
    };
    let last = covering.next_back().unwrap_or(first);
    let (start, end) = (first.from, year_end(last.from));
    let (kk_gap, ru_gap, en_gap) = if start <= date && date <= end {
        // Inside the covered span: a year without a value of its own.
        let year = date.year();
        (
            format!(", {year} жылдан басқа"),
            format!(", кроме {year} года"),
            format!(", but not {year}"),
        )
    } else {
        Default::default()
    };
    invalid(
        "date",
        format!(
            "{date} күнге {} үшін АЕК белгісіз: кесте {start} бастап {end} дейінгі кезеңді қамтиды{kk_gap}",
            what.kk
        ),
        format!(
            "МРП для цели «{}» на {date} неизвестен: таблица охватывает период с {start} по {end}{ru_gap}",
            what.ru
        ),
        format!(
            "no МРП for {} is known on {date}: the table covers {start} to {end}{en_gap}",
            what.en
        ),
    )
}

/// 31 December of `date`'s year.
fn year_end(date: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(date.year(), 12, 31).unwrap_or(date)
}

fn insert_coded<T: Coded>(
    rows: &mut Vec<T>,
    index: &mut Vec<u16>,
    row: T,
) -> Result<Option<T>, Error> {
    if let Some(other) = find_alpha(rows, index, row.alpha()) {
        if other.numeric() != row.numeric() {
            let (alpha, a, b) = (row.alpha(), other.numeric(), row.numeric());
            return Err(invalid(
                "code",
                format!("{alpha} коды {a:03} кодында бар; алдымен оны алып тастаңыз ({b:03})"),
                format!("код {alpha} уже принадлежит {a:03}; сначала удалите его ({b:03})"),
                format!("{alpha} already belongs to {a:03}; remove that one before adding {b:03}"),
            ));
        }
    }
    let old = match rows.binary_search_by_key(&row.numeric(), T::numeric) {
        Ok(i) => Some(std::mem::replace(&mut rows[i], row)),
        Err(i) => {
            rows.insert(i, row);
            None
        }
    };
    rebuild_index(rows, index);
    Ok(old)
}

fn remove_coded<T: Coded>(rows: &mut Vec<T>, index: &mut Vec<u16>, numeric: u16) -> Option<T> {
    let i = rows.binary_search_by_key(&numeric, T::numeric).ok()?;
    let row = rows.remove(i);
    rebuild_index(rows, index);
    Some(row)
}

fn rebuild_index<T: Coded>(rows: &[T], index: &mut Vec<u16>) {
    // Numeric codes are at most 999, so a table has at most 1000 rows.
    index.clear();
    index.extend((0..rows.len()).map(|i| u16::try_from(i).expect("at most 1000 rows")));
    index.sort_unstable_by(|&a, &b| {
        rows[usize::from(a)]
            .alpha()
            .cmp(rows[usize::from(b)].alpha())
    });
}

// ----- validation of caller-supplied rows -----

fn invalid(argument: &'static str, kk: String, ru: String, en: String) -> Error {
    Error::invalid_argument(argument, Text::new(kk, ru, en))
}

fn check_numeric(what: &'static str, numeric: u16) -> Result<(), Error> {
    if numeric > 999 {
        return Err(invalid(
            what,
            format!("{numeric}: сандық код үш цифрлы болуы керек (000–999)"),
            format!("{numeric}: цифровой код должен быть трёхзначным (000–999)"),
            format!("{numeric}: the numeric code must have three digits (000–999)"),
        ));
    }
    Ok(())
}

fn check_alpha(what: &'static str, alpha: &str, len: usize) -> Result<(), Error> {
    if alpha.len() != len || !alpha.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(invalid(
            what,
            format!("{alpha:?}: әріптік код {len} бас латын әрпі болуы керек"),
            format!("{alpha:?}: буквенный код должен состоять из {len} заглавных латинских букв"),
            format!("{alpha:?}: the letter code must be {len} upper-case Latin letters"),
        ));
    }
    Ok(())
}

fn check_name(what: &'static str, name: &str) -> Result<(), Error> {
    if name.trim().is_empty() {
        return Err(invalid(
            what,
            "атауы бос".to_owned(),
            "пустое наименование".to_owned(),
            "the name is empty".to_owned(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn countries_by_code() {
        let kz = country_by_numeric(398).unwrap();
        assert_eq!((kz.alpha2.as_ref(), kz.name.as_ref()), ("KZ", "Kazakhstan"));
        assert_eq!(country_by_alpha2("KZ"), Some(kz));
        assert_eq!(country_by_numeric_code("398"), Some(kz));
        let ru = country_by_alpha2("RU").unwrap();
        assert_eq!(ru.numeric, 643);
        assert_eq!(country_by_numeric(643), Some(ru));
        for code in ["0398", "398 ", " 398", "39", "", "３９８", "+98", "39a"] {
            assert_eq!(country_by_numeric_code(code), None, "{code:?}");
        }
        assert_eq!(country_by_numeric(0), None);
        assert_eq!(country_by_numeric(999), None);
        assert_eq!(country_by_alpha2("ZZ"), None);
        assert_eq!(country_by_alpha2("K"), None);
        assert_eq!(country_by_alpha2(""), None);
    }

    #[test]
    fn currencies_by_code() {
        for (numeric, alpha3) in [(398, "KZT"), (840, "USD"), (978, "EUR"), (643, "RUB")] {
            let c = currency_by_numeric(numeric).unwrap();
            assert_eq!(c.alpha3, alpha3);
            assert_eq!(currency_by_alpha3(alpha3), Some(c));
            assert_eq!(currency_by_numeric_code(&c.numeric_code()), Some(c));
        }
        assert_eq!(currency_by_numeric(1), None);
        assert_eq!(currency_by_alpha3("XXY"), None);
        assert_eq!(currency_by_numeric_code("8400"), None);
        assert_eq!(currency_by_numeric_code("840\n"), None);
    }

    #[test]
    fn transport_modes_in_three_languages() {
        let rail = transport_mode(20).unwrap();
        assert!(rail.kk.contains("Темір жол"));
        assert!(rail.ru.contains("Железнодорожный"));
        assert!(rail.en.contains("Rail"));
        assert_eq!(transport_mode_by_code("20"), Some(rail));
        assert_eq!(rail.name(), Text::new(&*rail.kk, &*rail.ru, &*rail.en));
        for code in ["2", "020", "20 ", "", "2x"] {
            assert_eq!(transport_mode_by_code(code), None, "{code:?}");
        }
        assert_eq!(transport_mode(0), None);
        assert_eq!(transport_mode(99), None);
        assert_eq!(transport_mode(255), None);
    }

    fn fees(date: NaiveDate) -> Option<u32> {
        mrp(date, MrpPurpose::Fees).ok()
    }

    fn benefits(date: NaiveDate) -> Option<u32> {
        mrp(date, MrpPurpose::Benefits).ok()
    }

    #[test]
    fn mrp_by_date_and_purpose() {
        // (date, fees, benefits)
        let cases = [
            (d(2002, 12, 31), None, None),
            (d(2003, 1, 1), Some(872), Some(872)),
            (d(2009, 1, 1), Some(1273), Some(1273)),
            (d(2009, 6, 30), Some(1273), Some(1273)),
            (d(2009, 7, 1), Some(1296), Some(1296)),
            (d(2009, 12, 31), Some(1296), Some(1296)),
            (d(2010, 1, 1), Some(1413), Some(1413)),
            (d(2019, 12, 31), Some(2525), Some(2525)),
            (d(2020, 1, 1), Some(2651), Some(2651)),
            (d(2020, 3, 31), Some(2651), Some(2651)),
            (d(2020, 4, 1), Some(2778), Some(2778)),
            (d(2020, 12, 31), Some(2778), Some(2778)),
            (d(2021, 6, 1), Some(2917), Some(2917)),
            (d(2022, 1, 1), Some(3063), Some(3063)),
            (d(2022, 3, 31), Some(3063), Some(3063)),
            (d(2022, 4, 1), Some(3063), Some(3180)),
            (d(2022, 6, 15), Some(3063), Some(3180)),
            (d(2022, 12, 31), Some(3063), Some(3180)),
            (d(2023, 1, 1), Some(3450), Some(3450)),
            (d(2026, 11, 22), Some(4325), Some(4325)),
            (d(2026, 12, 31), Some(4325), Some(4325)),
            (d(2027, 1, 1), None, None),
            (NaiveDate::MAX, None, None),
            (NaiveDate::MIN, None, None),
        ];
        for (date, want_fees, want_benefits) in cases {
            assert_eq!(fees(date), want_fees, "fees {date}");
            assert_eq!(benefits(date), want_benefits, "benefits {date}");
        }
    }

    #[test]
    fn mrp_has_every_year_from_2003_to_2026_for_both_purposes() {
        for year in 2003..=2026 {
            for date in [d(year, 1, 1), d(year, 12, 31)] {
                assert!(fees(date).is_some(), "fees {date}");
                assert!(benefits(date).is_some(), "benefits {date}");
            }
        }
    }

    #[test]
    fn mrp_rows_have_sources_and_only_2022_splits() {
        for r in mrp_ranges() {
            assert!(!r.source.is_empty(), "{r:?}");
            if r.applies_to != MrpScope::All {
                assert_eq!(
                    (r.from, r.applies_to, r.value),
                    (d(2022, 4, 1), MrpScope::Benefits, 3180)
                );
            }
        }
    }

    #[test]
    fn uncovered_date_is_an_input_error_naming_date_and_range() {
        for (date, purpose) in [
            (d(2002, 12, 31), MrpPurpose::Fees),
            (d(2027, 1, 1), MrpPurpose::Benefits),
        ] {
            let err = mrp(date, purpose).unwrap_err();
            assert_eq!(err.class(), crate::ErrorClass::InvalidArgument);
            assert_eq!(err.rule(), None);
            for lang in Lang::ALL {
                let m = err.message(*lang);
                assert!(m.contains(&date.to_string()), "{m}");
                assert!(m.contains("2003-01-01") && m.contains("2026-12-31"), "{m}");
                assert!(m.contains(purpose.text().get(*lang)), "{m}");
            }
        }
    }

    #[test]
    fn gap_year_and_empty_table_messages() {
        let mut data = ReferenceData::builtin();
        data.set_mrp(d(2028, 1, 1), MrpScope::All, 5000).unwrap();
        let err = data.mrp(d(2027, 6, 1), MrpPurpose::Fees).unwrap_err();
        assert_eq!(
            err.message(Lang::En),
            "invalid date: no МРП for fees, fines and taxes is known on 2027-06-01: \
             the table covers 2003-01-01 to 2028-12-31, but not 2027"
        );
        assert!(err.message(Lang::Ru).contains("кроме 2027 года"));
        let empty = ReferenceData::empty();
        let err = empty.mrp(d(2026, 1, 1), MrpPurpose::Benefits).unwrap_err();
        assert!(err
            .message(Lang::En)
            .ends_with("the table has no value for that purpose"));
        // A table with values for benefits only knows nothing for fees.
        let mut only = ReferenceData::empty();
        only.set_mrp(d(2026, 1, 1), MrpPurpose::Benefits, 1)
            .unwrap();
        assert_eq!(only.mrp(d(2026, 5, 1), MrpPurpose::Benefits).unwrap(), 1);
        assert!(only.mrp(d(2026, 5, 1), MrpPurpose::Fees).is_err());
    }

    #[test]
    fn escort_fee_uses_the_fees_value() {
        // A decision of June 2022: 3063, not the 3180 of benefits.
        assert_eq!(escort_fee(10, d(2022, 6, 15)).unwrap(), 30_630);
        assert_eq!(escort_fee(1, d(2022, 6, 15)).unwrap(), 3063);
        // The decision date picks the value within the year.
        assert_eq!(escort_fee(1, d(2020, 3, 31)).unwrap(), 2651);
        assert_eq!(escort_fee(1, d(2020, 4, 1)).unwrap(), 2778);
        assert_eq!(escort_fee(1, d(2009, 7, 1)).unwrap(), 1296);
        // No overflow at the extremes of a u32 rate.
        assert_eq!(
            escort_fee(u32::MAX, d(2026, 1, 1)).unwrap(),
            u64::from(u32::MAX) * 4325
        );
        assert_eq!(
            escort_fee(0, d(2026, 1, 1)).unwrap_err().class(),
            crate::ErrorClass::InvalidArgument
        );
        assert_eq!(
            escort_fee(5, d(2027, 1, 1)).unwrap_err().class(),
            crate::ErrorClass::InvalidArgument
        );
        // With a caller's table: a fees-only value is used, a benefits-only one is not.
        let mut data = ReferenceData::builtin();
        data.set_mrp(d(2026, 7, 1), MrpPurpose::Benefits, 9999)
            .unwrap();
        assert_eq!(data.escort_fee(2, d(2026, 8, 1)).unwrap(), 8650);
        data.set_mrp(d(2026, 7, 1), MrpPurpose::Fees, 5000).unwrap();
        assert_eq!(data.escort_fee(2, d(2026, 8, 1)).unwrap(), 10_000);
    }

    #[test]
    fn purposes_read_and_scopes_cover() {
        assert_eq!(
            "benefits".parse::<MrpPurpose>().unwrap(),
            MrpPurpose::Benefits
        );
        for bad in ["all", "Fees", " fees", ""] {
            let err = bad.parse::<MrpPurpose>().unwrap_err();
            assert_eq!(
                crate::Error::from(err).class(),
                crate::ErrorClass::InvalidArgument
            );
        }
        for scope in MrpScope::ALL {
            for purpose in MrpPurpose::ALL {
                let want = *scope == MrpScope::All || scope.name() == purpose.name();
                assert_eq!(scope.covers(*purpose), want, "{scope} {purpose}");
            }
        }
        assert_eq!(
            serde_json::to_value(&mrp_ranges()[0]).unwrap()["applies_to"],
            "all"
        );
    }

    #[test]
    fn override_replaces_and_adds() {
        let mut data = ReferenceData::default();
        assert_eq!(data, ReferenceData::builtin());

        // Replace a country's name; add a country the ISO list lacks.
        let old = data
            .insert_country(Country::new(398, "KZ", "Republic of Kazakhstan"))
            .unwrap();
        assert_eq!(old, country_by_numeric(398).cloned());
        assert_eq!(
            data.country_by_alpha2("KZ").unwrap().name,
            "Republic of Kazakhstan"
        );
        assert_eq!(
            data.insert_country(Country::new(983, "XK", "Kosovo"))
                .unwrap(),
            None
        );
        assert_eq!(data.country_by_numeric_code("983").unwrap().alpha2, "XK");
        assert_eq!(data.country_by_alpha2("XK").unwrap().numeric, 983);
        assert_eq!(data.countries().len(), countries().len() + 1);
        // The built-in table is untouched.
        assert_eq!(country_by_numeric(398).unwrap().name, "Kazakhstan");
        assert_eq!(country_by_alpha2("XK"), None);
        // Changing the alpha-2 code of an existing numeric code re-indexes.
        data.insert_country(Country::new(983, "XX", "Kosovo"))
            .unwrap();
        assert_eq!(data.country_by_alpha2("XK"), None);
        assert_eq!(data.country_by_alpha2("XX").unwrap().numeric, 983);
        assert_eq!(data.remove_country(983).unwrap().alpha2, "XX");
        assert_eq!(data.country_by_alpha2("XX"), None);
        assert_eq!(data.remove_country(983), None);
        // Every alpha-2 lookup still works after the edits.
        for c in data.countries() {
            assert_eq!(data.country_by_alpha2(&c.alpha2), Some(c));
        }

        // Currencies.
        let usd = data
            .insert_currency(Currency::new(840, "USD", "United States dollar"))
            .unwrap()
            .unwrap();
        assert_eq!(usd.name, "US Dollar");
        assert_eq!(
            data.currency_by_alpha3("USD").unwrap().name,
            "United States dollar"
        );
        assert!(data
            .insert_currency(Currency::new(1, "USD", "Clash"))
            .is_err());
        assert!(data
            .insert_currency(Currency::new(1, "US", "Short"))
            .is_err());
        assert!(data.insert_currency(Currency::new(1, "ABC", " ")).is_err());
        assert_eq!(data.remove_currency(840).unwrap().alpha3, "USD");
        assert_eq!(data.currency_by_alpha3("USD"), None);

        // Transport modes.
        let mode = TransportMode::new(20, "т", "ж/д", "railway");
        assert_eq!(
            data.insert_transport_mode(mode).unwrap().unwrap().en,
            "Rail transport"
        );
        assert_eq!(data.transport_mode_by_code("20").unwrap().en, "railway");
        assert!(data
            .insert_transport_mode(TransportMode::new(100, "a", "b", "c"))
            .is_err());
        assert!(data
            .insert_transport_mode(TransportMode::new(99, "a", "", "c"))
            .is_err());
        assert_eq!(data.remove_transport_mode(20).unwrap().en, "railway");
        assert_eq!(data.transport_mode(20), None);

        // МРП: replace a value, add a year.
        let fees_of = |data: &ReferenceData, date| data.mrp(date, MrpPurpose::Fees).ok();
        assert_eq!(
            data.set_mrp(d(2026, 1, 1), MrpScope::All, 4300).unwrap(),
            Some(4325)
        );
        assert_eq!(fees_of(&data, d(2026, 11, 22)), Some(4300));
        assert_eq!(
            data.set_mrp(d(2027, 1, 1), MrpScope::All, 4600).unwrap(),
            None
        );
        assert_eq!(fees_of(&data, d(2027, 12, 31)), Some(4600));
        assert_eq!(fees_of(&data, d(2028, 1, 1)), None);
        assert_eq!(fees(d(2027, 1, 1)), None);
        // A gap year stays unknown rather than carrying the old value over.
        data.set_mrp(d(2029, 1, 1), MrpScope::All, 5000).unwrap();
        assert_eq!(fees_of(&data, d(2028, 6, 1)), None);
        assert_eq!(data.remove_mrp(d(2029, 1, 1), MrpScope::All), Some(5000));
        assert_eq!(data.remove_mrp(d(2029, 1, 1), MrpScope::All), None);
        // A value for one purpose on the date of an `all` value wins for that
        // purpose only; the scopes of one date are kept apart.
        assert_eq!(
            data.set_mrp(d(2027, 1, 1), MrpPurpose::Fees, 4500).unwrap(),
            None
        );
        assert_eq!(fees_of(&data, d(2027, 3, 1)), Some(4500));
        assert_eq!(data.mrp(d(2027, 3, 1), MrpPurpose::Benefits).unwrap(), 4600);
        assert!(data
            .mrp_ranges()
            .windows(2)
            .all(|w| (w[0].from, w[0].applies_to) < (w[1].from, w[1].applies_to)));
        assert_eq!(data.remove_mrp(d(2027, 1, 1), MrpScope::Benefits), None);
        assert_eq!(data.remove_mrp(d(2027, 1, 1), MrpPurpose::Fees), Some(4500));
        assert_eq!(fees_of(&data, d(2027, 3, 1)), Some(4600));
        assert!(data.set_mrp(d(2027, 1, 1), MrpScope::Fees, 0).is_err());
        data.clear_mrp();
        assert_eq!(fees_of(&data, d(2026, 1, 1)), None);
    }

    #[test]
    fn empty_and_cleared_tables() {
        let mut data = ReferenceData::builtin();
        data.clear_countries();
        data.clear_currencies();
        data.clear_transport_modes();
        data.clear_mrp();
        assert_eq!(data, ReferenceData::empty());
        assert_eq!(data.country_by_alpha2("KZ"), None);
        assert_eq!(data.currency_by_numeric_code("398"), None);
        assert_eq!(data.transport_mode(20), None);
        assert!(data.mrp(d(2026, 1, 1), MrpPurpose::Fees).is_err());
    }

    #[test]
    fn builtin_tables_are_sorted_and_indexed() {
        assert!(countries().len() >= 249);
        assert!(currencies().len() >= 170);
        assert!(countries().windows(2).all(|w| w[0].numeric < w[1].numeric));
        assert!(currencies().windows(2).all(|w| w[0].numeric < w[1].numeric));
        assert!(transport_modes().windows(2).all(|w| w[0].code < w[1].code));
        assert!(mrp_ranges()
            .windows(2)
            .all(|w| (w[0].from, w[0].applies_to) < (w[1].from, w[1].applies_to)));
        assert_eq!(data::COUNTRIES_BY_ALPHA2.len(), countries().len());
        assert_eq!(data::CURRENCIES_BY_ALPHA3.len(), currencies().len());
        for c in countries() {
            assert!(c.numeric <= 999 && c.alpha2.len() == 2 && !c.name.is_empty());
            assert_eq!(country_by_alpha2(&c.alpha2), Some(c));
            assert_eq!(country_by_numeric_code(&c.numeric_code()), Some(c));
        }
        for c in currencies() {
            assert!(c.numeric <= 999 && c.alpha3.len() == 3 && !c.name.is_empty());
            assert_eq!(currency_by_alpha3(&c.alpha3), Some(c));
            assert_eq!(currency_by_numeric_code(&c.numeric_code()), Some(c));
        }
        for m in transport_modes() {
            assert_eq!(transport_mode_by_code(&m.code_str()), Some(m));
        }
        let rebuilt = {
            let mut index = Vec::new();
            rebuild_index(countries(), &mut index);
            index
        };
        assert_eq!(rebuilt, data::COUNTRIES_BY_ALPHA2);
    }

    /// `data.rs` must say what the hand-maintained TSV files say: editing a
    /// TSV file without running `scripts/update_reference.py` fails here.
    #[test]
    fn generated_data_matches_tsv_sources() {
        fn rows(text: &str) -> Vec<Vec<&str>> {
            text.lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(|l| l.split('\t').collect())
                .collect()
        }
        let modes = rows(include_str!("../../data/transport_modes.tsv"));
        assert_eq!(modes.len(), transport_modes().len());
        for row in modes {
            let m = transport_mode_by_code(row[0]).unwrap();
            assert_eq!([&*m.kk, &*m.ru, &*m.en], row[1..]);
        }
        let mut table = rows(include_str!("../../data/mrp.tsv"));
        // ISO dates sort as text; the script sorts the scopes of one date in
        // the order of MrpScope::ALL.
        table.sort_by_key(|row| (row[0], row[1].parse::<MrpScope>().ok()));
        assert_eq!(table.len(), mrp_ranges().len());
        for (row, range) in table.iter().zip(mrp_ranges()) {
            assert_eq!(row[0], range.from.to_string());
            assert_eq!(row[1], range.applies_to.name());
            assert_eq!(row[2], range.value.to_string());
            assert_eq!(row[3], range.source);
        }
    }

    #[test]
    fn iso_source_is_named() {
        assert!(iso_source().starts_with("pycountry "));
    }
}
