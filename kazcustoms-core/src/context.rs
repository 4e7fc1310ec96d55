//! The validation context: what the caller knows beyond the document. One
//! context for every document kind; each kind uses the fields it needs.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::calendar::{CalendarOverrides, WorkingCalendar};
use crate::deadline::{Convention, Distance};
use crate::error::{Error, Input};
use crate::limits::{Limits, LimitsJson};
use crate::numbers::OfficeDirectory;
use crate::report::{Lang, Text};
use crate::security::SecurityDocument;

/// Everything optional that a document check can use besides the document.
///
/// Its JSON form (the `options` of the Python and C `validate`) is documented
/// in the README:
/// `{"reference": "2026-11-22", "offices": ["50101"], "usd_rate": 470.5,
///   "headings": {"8471": "..."}, "eseal": {"departure": true, "destination": true},
///   "distance_km": 1200, "convention": "calendar", "lang": "en",
///   "equipped_offices": ["55201"], "tir_term_limit": false,
///   "security_documents": [{"number": "62001/12106/00088", "...": "…"}]}`.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Reference date for numbers in the document (year resolution,
    /// `NUM.FUTURE`); `None` means today.
    pub reference: Option<NaiveDate>,
    /// Known office codes; when given, unknown codes are `NUM.OFFICE`.
    pub offices: Option<OfficeDirectory>,
    /// Tenge per US dollar on the acceptance date, for column 46.
    pub usd_rate: Option<f64>,
    /// General names of commodity headings by 4-digit heading, for
    /// `DCD.31.GENERIC`.
    pub headings: BTreeMap<String, String>,
    /// Whether the departure office runs the automated delivery control system.
    pub eseal_departure: bool,
    /// Whether the destination office runs the automated delivery control system.
    pub eseal_destination: bool,
    /// Route distance for the column 50 deadline, when the document has none.
    pub distance: Option<Distance>,
    /// The convention of the deadline rule.
    pub convention: Convention,
    /// Language of the messages when the report is rendered.
    pub lang: Lang,
    /// The working-day calendar for rules that count working days (the
    /// built-in Kazakhstan calendar unless the caller overrides days).
    pub calendar: WorkingCalendar,
    /// The resource limits of the validation (options `limits`).
    pub limits: Limits,
    /// The offices equipped to accept accompanying documents as a DCD (R1
    /// §50: the list the Committee publishes), for `PRE.OFFICE.EQUIPPED`;
    /// `None` when the caller does not give it (not checked).
    pub equipped_offices: Option<OfficeDirectory>,
    /// Whether a TIR carnet's box 20 (time limit for transit) is checked
    /// against the 2000 km per month rule (`TERM.LIMIT`, with the route
    /// distance `distance_km`). Off by default: R1 applies that rule only in
    /// §19 and §38, so the check is the library's extension (options
    /// `tir_term_limit`).
    pub tir_term_limit: bool,
    /// Security documents related to the document validated (options
    /// `security_documents`, each in the JSON shape of `validate("security",
    /// …)`): a DCD whose column 44 cites one (`7C`) and a delivery
    /// certificate that names one are checked against it (`SEC.LINK.*`,
    /// [`crate::security`]). Their goods and reverse rows count against the
    /// `items` limit.
    pub security_documents: Vec<SecurityDocument>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ContextJson {
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    reference: Option<NaiveDate>,
    #[serde(default)]
    offices: Option<Vec<String>>,
    #[serde(default)]
    usd_rate: Option<f64>,
    #[serde(default)]
    headings: Option<BTreeMap<String, String>>,
    #[serde(default)]
    eseal: Option<Eseal>,
    #[serde(default)]
    eseal_departure: Option<bool>,
    #[serde(default)]
    eseal_destination: Option<bool>,
    #[serde(default)]
    distance_km: Option<f64>,
    #[serde(default)]
    convention: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    calendar: Option<CalendarOverrides>,
    #[serde(default)]
    limits: Option<LimitsJson>,
    #[serde(default)]
    equipped_offices: Option<Vec<String>>,
    #[serde(default)]
    tir_term_limit: Option<bool>,
    #[serde(default)]
    security_documents: Option<Vec<SecurityDocument>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Eseal {
    #[serde(default)]
    departure: bool,
    #[serde(default)]
    destination: bool,
}

impl Context {
    /// The reference date of the numbers in a document: `reference`, or
    /// today when none is given.
    pub fn reference_date(&self) -> NaiveDate {
        self.reference.unwrap_or_else(crate::today)
    }

    /// How the numbers quoted in a document are parsed: against the
    /// reference date, and the office directory when one is given.
    ///
    /// ```
    /// use kazcustoms_core::{parse_number, Context, NumberKind};
    /// let ctx = Context::from_json(r#"{"reference": "2026-11-22", "offices": ["50101"]}"#).unwrap();
    /// let err = parse_number(NumberKind::Dcd, "62001/15036/00042", &ctx.parse_options()).unwrap_err();
    /// assert_eq!(err.rule().id(), "NUM.OFFICE");
    /// ```
    pub fn parse_options(&self) -> crate::numbers::ParseOptions<'_> {
        let options = crate::numbers::ParseOptions::new(self.reference_date());
        match &self.offices {
            Some(directory) => options.with_offices(directory),
            None => options,
        }
    }

    /// Reads the context from its JSON form; empty text means the defaults.
    ///
    /// # Errors
    ///
    /// An input error for text that is not such JSON (naming the path of the
    /// offending field), a malformed office code, a bad distance, convention,
    /// language, or a US dollar rate that is not above zero.
    ///
    /// ```
    /// use kazcustoms_core::Context;
    /// let ctx = Context::from_json(r#"{"usd_rate": 470.5, "eseal": {"departure": true}}"#).unwrap();
    /// assert_eq!(ctx.usd_rate, Some(470.5));
    /// assert!(ctx.eseal_departure && !ctx.eseal_destination);
    /// assert!(Context::from_json(r#"{"usd_rate": "x"}"#).is_err());
    /// assert!(Context::from_json(r#"{"headings": null, "eseal": null}"#).is_ok());
    /// ```
    pub fn from_json(json: &str) -> Result<Context, Error> {
        if json.trim().is_empty() {
            return Ok(Context::default());
        }
        let raw: ContextJson = crate::json::from_json_at(json, Input::Options)?;
        raw.into_context()
    }

    /// Reads the context from any serde data format (a binding's native
    /// values: the Python keyword arguments): first with `fast`, and only if
    /// that fails again with `with_path`, to name the offending option. The
    /// members are those of the JSON form; `eseal_departure` and
    /// `eseal_destination` may stand for the members of `eseal`.
    ///
    /// # Errors
    ///
    /// As [`Context::from_json`]: `InvalidDocument` (input `options`) for
    /// options that cannot be read, an input error for a bad value.
    ///
    /// ```
    /// use kazcustoms_core::Context;
    /// let v = serde_json::json!({"usd_rate": 470.5, "eseal_departure": true});
    /// let ctx = Context::read(&v, &v).unwrap();
    /// assert!(ctx.eseal_departure && !ctx.eseal_destination);
    /// let v = serde_json::json!({"usd_rat": 470.5});
    /// assert_eq!(Context::read(&v, &v).unwrap_err().path(), Some("options.usd_rat"));
    /// ```
    pub fn read<'de, D: serde::Deserializer<'de>>(fast: D, with_path: D) -> Result<Context, Error> {
        let raw: ContextJson = crate::json::read_value_at(Input::Options, fast, with_path)?;
        raw.into_context()
    }
}

impl ContextJson {
    fn into_context(self) -> Result<Context, Error> {
        let raw = self;
        // Every member may be null, meaning not given.
        let eseal = raw.eseal.unwrap_or_default();
        let offices = raw.offices.map(OfficeDirectory::new).transpose()?;
        let equipped_offices = raw.equipped_offices.map(OfficeDirectory::new).transpose()?;
        let distance = raw.distance_km.map(Distance::from_km).transpose()?;
        let usd_rate = raw.usd_rate.map(check_usd_rate).transpose()?;
        let limits = raw
            .limits
            .map(LimitsJson::into_limits)
            .transpose()?
            .unwrap_or_default();
        let security_documents = raw.security_documents.unwrap_or_default();
        let items = security_documents
            .iter()
            .fold(security_documents.len(), |n, d| n.saturating_add(d.rows()));
        limits.check_items(items).map_err(|e| match e {
            Error::InvalidDocument { reason, .. } => {
                Error::invalid_document(Input::Options, "options.security_documents", reason)
            }
            other => other,
        })?;
        Ok(Context {
            reference: raw.reference,
            offices,
            usd_rate,
            headings: raw.headings.unwrap_or_default(),
            eseal_departure: raw.eseal_departure.unwrap_or(eseal.departure),
            eseal_destination: raw.eseal_destination.unwrap_or(eseal.destination),
            distance,
            convention: raw
                .convention
                .as_deref()
                .map(str::parse)
                .transpose()?
                .unwrap_or_default(),
            lang: raw
                .lang
                .as_deref()
                .map(str::parse)
                .transpose()?
                .unwrap_or_default(),
            calendar: raw
                .calendar
                .map(|o| o.to_calendar())
                .transpose()?
                .unwrap_or_default(),
            limits,
            equipped_offices,
            tir_term_limit: raw.tir_term_limit.unwrap_or(false),
            security_documents,
        })
    }
}

/// Checks a US dollar rate (tenge per dollar): a number above zero within
/// [`crate::quantity::RATE`] (10^-6 to 10^6).
///
/// # Errors
///
/// An input error otherwise.
///
/// ```
/// use kazcustoms_core::context::check_usd_rate;
/// assert_eq!(check_usd_rate(470.5).unwrap(), 470.5);
/// assert!(check_usd_rate(0.0).is_err());
/// assert!(check_usd_rate(f64::NAN).is_err());
/// assert!(check_usd_rate(1.0e200).unwrap_err().to_string().contains("outside the range"));
/// ```
pub fn check_usd_rate(rate: f64) -> Result<f64, Error> {
    if crate::quantity::RATE.contains(rate) {
        Ok(rate)
    } else if rate.is_finite() && rate > 0.0 {
        Err(crate::quantity::out_of_range(
            "usd_rate",
            rate,
            crate::quantity::RATE,
        ))
    } else {
        Err(Error::invalid_argument(
            "usd_rate",
            Text::new(
                "АҚШ доллары бағамы оң сан болуы керек",
                "курс доллара США должен быть положительным числом",
                "the US dollar rate must be a number above zero",
            ),
        ))
    }
}
