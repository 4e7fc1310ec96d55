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
//! | МРП by effective date | `kazcustoms-core/data/mrp.tsv` (SPEC §13, the republican budget laws) |
//!
//! All four are compiled into `data.rs`, which `scripts/update_reference.py`
//! generates and which is committed, so building the crate never needs
//! Python. To change a table, edit the TSV file (or upgrade pycountry) and
//! run the script; a unit test fails if `data.rs` and the TSV files disagree.
//!
//! Two ways to look things up:
//! * the free functions ([`country_by_numeric`], [`mrp_on`], …) read the
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
//! assert_eq!(reference::mrp_on(d), Some(4325));
//! ```

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::{Error, Text};

#[rustfmt::skip]
mod data;

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

/// One value of the monthly calculation index (МРП / АЕК), in tenge, and the
/// date from which it is in force.
///
/// A value is in force from `from` until the next range's `from` or the end
/// of `from`'s calendar year, whichever comes first: the index is set every
/// year by the republican budget law, so a year without a range of its own
/// has no known value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct MrpRange {
    /// The first day the value is in force.
    pub from: NaiveDate,
    /// The index, tenge.
    pub value: u32,
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

/// The built-in МРП values, sorted by effective date.
///
/// ```
/// let ranges = kazcustoms_core::reference::mrp_ranges();
/// assert_eq!(ranges[0].value, 872);
/// ```
pub fn mrp_ranges() -> &'static [MrpRange] {
    data::MRP
}

/// The monthly calculation index (МРП), tenge, in force on `date`, from the
/// built-in table.
///
/// `None` before 2003-01-01 (the first value the table has) and after the
/// end of the last year the table knows (today 2026): the index changes every
/// year, and guessing it would give a wrong fee. A caller who knows a newer
/// value adds it with [`ReferenceData::set_mrp`].
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::reference::mrp_on;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(mrp_on(d(2020, 3, 31)), Some(2651));
/// assert_eq!(mrp_on(d(2020, 4, 1)), Some(2778));
/// assert_eq!(mrp_on(d(2002, 12, 31)), None);
/// assert_eq!(mrp_on(d(2027, 1, 1)), None);
/// ```
pub fn mrp_on(date: NaiveDate) -> Option<u32> {
    find_mrp(data::MRP, date)
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
/// use kazcustoms_core::reference::{Country, ReferenceData};
///
/// let mut data = ReferenceData::builtin();
/// data.insert_country(Country::new(983, "XK", "Kosovo")).unwrap();
/// data.set_mrp(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(), 4600).unwrap();
///
/// assert_eq!(data.country_by_alpha2("XK").unwrap().numeric, 983);
/// assert_eq!(data.mrp_on(NaiveDate::from_ymd_opt(2027, 6, 1).unwrap()), Some(4600));
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

    /// Every МРП value, sorted by effective date.
    pub fn mrp_ranges(&self) -> &[MrpRange] {
        &self.mrp
    }

    /// The МРП, tenge, in force on `date`.
    ///
    /// A value is in force from its date until the next value's date or the
    /// end of its calendar year, whichever comes first; `None` before the
    /// first value and in any year that has no value of its own (see
    /// [`MrpRange`] and [`mrp_on`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.mrp_on(NaiveDate::from_ymd_opt(2022, 4, 1).unwrap()), Some(3180));
    /// ```
    pub fn mrp_on(&self, date: NaiveDate) -> Option<u32> {
        find_mrp(&self.mrp, date)
    }

    /// Sets the МРП in force from `from` to `value` tenge, adding a range or
    /// replacing the one that starts on `from`; returns the replaced value.
    ///
    /// # Errors
    ///
    /// An input error if `value` is 0.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::reference::ReferenceData;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut data = ReferenceData::builtin();
    /// // A mid-year change: from 1 July 2026.
    /// assert_eq!(data.set_mrp(d(2026, 7, 1), 4400).unwrap(), None);
    /// assert_eq!(data.mrp_on(d(2026, 6, 30)), Some(4325));
    /// assert_eq!(data.mrp_on(d(2026, 7, 1)), Some(4400));
    /// assert_eq!(data.set_mrp(d(2026, 1, 1), 4300).unwrap(), Some(4325));
    /// assert!(data.set_mrp(d(2027, 1, 1), 0).is_err());
    /// ```
    pub fn set_mrp(&mut self, from: NaiveDate, value: u32) -> Result<Option<u32>, Error> {
        if value == 0 {
            return Err(invalid(
                "mrp",
                "АЕК нөлге тең бола алмайды".to_owned(),
                "МРП не может быть равен нулю".to_owned(),
                "the МРП cannot be zero".to_owned(),
            ));
        }
        let range = MrpRange { from, value };
        match self.mrp.binary_search_by_key(&from, |r| r.from) {
            Ok(i) => Ok(Some(std::mem::replace(&mut self.mrp[i], range).value)),
            Err(i) => {
                self.mrp.insert(i, range);
                Ok(None)
            }
        }
    }

    /// Removes the МРП range that starts on `from`; returns its value.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut data = kazcustoms_core::reference::ReferenceData::builtin();
    /// assert_eq!(data.remove_mrp(d(2020, 4, 1)), Some(2778));
    /// assert_eq!(data.mrp_on(d(2020, 5, 1)), Some(2651));
    /// ```
    pub fn remove_mrp(&mut self, from: NaiveDate) -> Option<u32> {
        let i = self.mrp.binary_search_by_key(&from, |r| r.from).ok()?;
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

fn find_mrp(ranges: &[MrpRange], date: NaiveDate) -> Option<u32> {
    // The last range starting on or before `date`; it lapses at the end of
    // its calendar year (the budget law sets the index year by year).
    let n = ranges.partition_point(|r| r.from <= date);
    let range = ranges.get(n.checked_sub(1)?)?;
    (range.from.year() == date.year()).then_some(range.value)
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

    #[test]
    fn mrp_by_date() {
        assert_eq!(mrp_on(d(2002, 12, 31)), None);
        assert_eq!(mrp_on(d(2003, 1, 1)), Some(872));
        assert_eq!(mrp_on(d(2019, 12, 31)), Some(2525));
        assert_eq!(mrp_on(d(2020, 1, 1)), Some(2651));
        assert_eq!(mrp_on(d(2020, 3, 31)), Some(2651));
        assert_eq!(mrp_on(d(2020, 4, 1)), Some(2778));
        assert_eq!(mrp_on(d(2020, 12, 31)), Some(2778));
        assert_eq!(mrp_on(d(2021, 6, 1)), Some(2917));
        assert_eq!(mrp_on(d(2022, 3, 31)), Some(3063));
        assert_eq!(mrp_on(d(2022, 4, 1)), Some(3180));
        assert_eq!(mrp_on(d(2026, 11, 22)), Some(4325));
        assert_eq!(mrp_on(d(2026, 12, 31)), Some(4325));
        assert_eq!(mrp_on(d(2027, 1, 1)), None);
        assert_eq!(mrp_on(NaiveDate::MAX), None);
        assert_eq!(mrp_on(NaiveDate::MIN), None);
    }

    #[test]
    fn mrp_has_every_year_from_2003_to_2026() {
        for year in 2003..=2026 {
            assert!(mrp_on(d(year, 1, 1)).is_some(), "{year}");
            assert!(mrp_on(d(year, 12, 31)).is_some(), "{year}");
        }
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
        assert_eq!(data.set_mrp(d(2026, 1, 1), 4300).unwrap(), Some(4325));
        assert_eq!(data.mrp_on(d(2026, 11, 22)), Some(4300));
        assert_eq!(data.set_mrp(d(2027, 1, 1), 4600).unwrap(), None);
        assert_eq!(data.mrp_on(d(2027, 12, 31)), Some(4600));
        assert_eq!(data.mrp_on(d(2028, 1, 1)), None);
        assert_eq!(mrp_on(d(2027, 1, 1)), None);
        // A gap year stays unknown rather than carrying the old value over.
        data.set_mrp(d(2029, 1, 1), 5000).unwrap();
        assert_eq!(data.mrp_on(d(2028, 6, 1)), None);
        assert_eq!(data.remove_mrp(d(2029, 1, 1)), Some(5000));
        assert_eq!(data.remove_mrp(d(2029, 1, 1)), None);
        data.clear_mrp();
        assert_eq!(data.mrp_on(d(2026, 1, 1)), None);
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
        assert_eq!(data.mrp_on(d(2026, 1, 1)), None);
    }

    #[test]
    fn builtin_tables_are_sorted_and_indexed() {
        assert!(countries().len() >= 249);
        assert!(currencies().len() >= 170);
        assert!(countries().windows(2).all(|w| w[0].numeric < w[1].numeric));
        assert!(currencies().windows(2).all(|w| w[0].numeric < w[1].numeric));
        assert!(transport_modes().windows(2).all(|w| w[0].code < w[1].code));
        assert!(mrp_ranges().windows(2).all(|w| w[0].from < w[1].from));
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
        let mut mrp = rows(include_str!("../../data/mrp.tsv"));
        mrp.sort(); // ISO dates sort as text; the script sorts the same way.
        assert_eq!(mrp.len(), mrp_ranges().len());
        for (row, range) in mrp.iter().zip(mrp_ranges()) {
            assert_eq!(row[0], range.from.to_string());
            assert_eq!(row[1], range.value.to_string());
        }
    }

    #[test]
    fn iso_source_is_named() {
        assert!(iso_source().starts_with("pycountry "));
    }
}
