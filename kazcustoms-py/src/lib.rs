//! # kazcustoms (Python)
//!
//! The compiled module `kazcustoms._kazcustoms`, re-exported by the pure
//! Python package `kazcustoms`. It is a thin layer over `kazcustoms-core`:
//! every function converts its arguments, calls the core and converts the
//! result or the error. No customs rule lives here; if a wrapper needs an `if`
//! about customs, that rule belongs in the core.
//!
//! Errors map one way, by the core's `ErrorClass` alone (the same mapping
//! as the C layer's result codes, documented in `kazcustoms-core`'s
//! `error.rs`), in one place, [`to_py_err`]:
//! * `invalid_number` → `InvalidNumber` (`NUM.*`);
//! * `journal` → `JournalError` (`JOURNAL.*`);
//! * `invalid_document` → `InvalidDocument`, with `.input` (which input:
//!   'document', 'options', 'calendar', 'entries', 'state') and `.path`
//!   (the JSON path of the offending field), `rule = None`;
//! * `invalid_argument` → `KazcustomsError` with `rule = None`;
//! * `transition` → `TransitionError` (`DCD.STATE`, `GO.STATE`).
//!
//! All derive from `ValueError`; each carries `.rule` and `.kind` and its
//! message in the language the call asked for. A Python argument of
//! the wrong type (None for a str, a str for a date, a document that is
//! neither a dict nor a str, a context keyword given a value no JSON can
//! hold) is a `TypeError`, raised by PyO3's argument conversion or by this
//! layer before the core is asked anything. The context keywords are
//! otherwise read as the options JSON is, by the core (`context.rs`).
//!
//! The binding writes no message of its own: every text it shows comes from
//! the core (an error, a report, `kazcustoms_core::messages::python`).

use std::borrow::Cow;
use std::sync::Mutex;
use std::time::SystemTime;

use chrono::{Datelike, NaiveDate};
use kazcustoms_core as kc;
use kc::documents::{DocumentKind, JournalKind};
use kc::messages::python as msg;
use kc::{ErrorClass, Lang, NumberKind, RegistrationNumber};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDate, PyDateTime, PyDict, PyFloat, PyInt, PyString, PyTuple};
use pyo3::{create_exception, intern};

mod arrival;
mod calendar;
mod context;
mod depythonize;
mod documents;
mod escort;
mod guarantee;
mod reference;
mod rules;
mod tables;

create_exception!(
    kazcustoms,
    KazcustomsError,
    PyValueError,
    "A call to kazcustoms could not be answered.\n\n\
     `rule` is the broken rule id (e.g. 'NUM.FORMAT', 'DCD.STATE') or None \
     for an input error (unknown kind, bad language, bad distance, …); \
     `kind` is the number kind concerned, or None. Raised as such (not a \
     subclass) for an argument that could not be read or is out of its \
     domain."
);
create_exception!(
    kazcustoms,
    InvalidNumber,
    KazcustomsError,
    "A registration number breaks a NUM.* rule (the first one, in the \
     precedence of SPEC §1)."
);
create_exception!(
    kazcustoms,
    JournalError,
    KazcustomsError,
    "A journal refused to issue a number (JOURNAL.FULL, JOURNAL.BACKDATED)."
);
create_exception!(
    kazcustoms,
    InvalidDocument,
    KazcustomsError,
    "A structured input could not be read as what it should be (not JSON, a \
     value of the wrong type, an unknown field, nesting too deep). `input` \
     says which: 'document' (a document), 'options' (the validation \
     context's keywords), 'calendar' (calendar changes), 'entries' (journal \
     entries) or 'state' (a saved journal or office). `path` is the JSON \
     path of the offending field under that root, e.g. \
     'document.sheets[0].items[2].gross_kg' ('document' for the whole); \
     `problems` lists every field that cannot be read, each a dict with \
     'path', 'kind' ('type', 'required', 'unknown_field', 'not_allowed', \
     'format', 'range' or 'unreadable') and 'message' (in the call's \
     language), the first at `path`; `rule` is None."
);
create_exception!(
    kazcustoms,
    TransitionError,
    KazcustomsError,
    "A lifecycle refused a move, whichever function asked for it \
     (transition, dcd_transition, guarantee_transition, the steps of \
     GuaranteeOffice): `rule` is the lifecycle's rule, 'DCD.STATE' (a DCD: \
     drafted -> registered -> arrived -> completed) or 'GO.STATE' (a \
     guarantee obligation), and the message says why."
);

// ---------------------------------------------------------------------------
// Argument conversion

/// The text of a Python `str`. A string that is not valid Unicode (a lone
/// surrogate) is read with U+FFFD in its place: it cannot match any pattern,
/// so the core reports it as it reports any other wrong character.
fn text_of<'a>(s: &'a Bound<'_, PyString>) -> Cow<'a, str> {
    s.to_cow().unwrap_or_else(|_| s.to_string_lossy())
}

/// A `str` argument read by the core's `FromStr`. A value that is not a
/// `str` is a `TypeError` at once; a `str` the core refuses is kept as the
/// core's input error and raised once `lang` is known, in that language.
struct Parsed<T>(Result<T, kc::Error>);

impl<T> FromPyObject<'_, '_> for Parsed<T>
where
    T: std::str::FromStr,
    T::Err: Into<kc::Error>,
{
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> PyResult<Parsed<T>> {
        let s = obj.cast::<PyString>()?;
        Ok(Parsed(text_of(&s).parse::<T>().map_err(Into::into)))
    }
}

impl<T> Parsed<T> {
    const fn ok(value: T) -> Parsed<T> {
        Parsed(Ok(value))
    }

    fn get(self, py: Python<'_>, lang: Lang) -> PyResult<T> {
        self.0.or_raise(py, lang)
    }
}

/// The number kind: compared first by identity with the interned kind names
/// (a literal `'dcd'` in Python source is interned), which spares decoding
/// the string on the hot path of parse_number.
struct KindArg(Parsed<NumberKind>);

impl FromPyObject<'_, '_> for KindArg {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> PyResult<KindArg> {
        static NAMES: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();
        let py = obj.py();
        let names = NAMES.get_or_init(py, || {
            NumberKind::NAMES
                .iter()
                .map(|name| PyString::intern(py, name).unbind())
                .collect()
        });
        for (kind, name) in NumberKind::ALL.iter().zip(names) {
            if obj.is(name) {
                return Ok(KindArg(Parsed::ok(*kind)));
            }
        }
        obj.extract().map(KindArg)
    }
}

/// `lang="kk" | "ru" | "en"`; anything else is an input error, in English
/// (no language could be read).
fn lang_of(py: Python<'_>, lang: Parsed<Lang>) -> PyResult<Lang> {
    lang.get(py, Lang::En)
}

/// A date argument (`#[pyo3(from_py_with = day)]`): a `datetime.date` or a
/// subclass of it, but not a `datetime.datetime` — its time would be dropped
/// without a word. Anything else is a TypeError (Python prefixes the
/// argument's name).
pub(crate) fn day(obj: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    if obj.is_instance_of::<PyDateTime>() || !obj.is_instance_of::<PyDate>() {
        return Err(PyTypeError::new_err(msg::date_type(&type_name(obj)).en));
    }
    obj.extract()
}

/// An optional date argument: None, or as [`day`].
pub(crate) fn opt_day(obj: &Bound<'_, PyAny>) -> PyResult<Option<NaiveDate>> {
    if obj.is_none() {
        return Ok(None);
    }
    day(obj).map(Some)
}

/// A distance argument in kilometres (`#[pyo3(from_py_with = km)]`): an
/// `int` or a `float`, never a `bool`. An int too large for a float reads
/// as infinity, which the core refuses as a distance.
pub(crate) fn km(obj: &Bound<'_, PyAny>) -> PyResult<f64> {
    if obj.is_instance_of::<PyBool>() {
        return Err(PyTypeError::new_err(msg::distance_type("bool").en));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return Ok(f.value());
    }
    if obj.is_instance_of::<PyInt>() {
        return Ok(obj.extract::<f64>().unwrap_or(f64::INFINITY));
    }
    Err(PyTypeError::new_err(msg::distance_type(&type_name(obj)).en))
}

/// A whole-number argument from 0 to 2**32 - 1: an `int`, not a `bool` (a
/// bool is an int to Python, but True is not a number). Any other type is a
/// TypeError with `type_message` of its type's name; an int out of range is
/// the core's InvalidArgument about `argument`, with `range_message` of the
/// value.
pub(crate) fn u32_argument(
    obj: &Bound<'_, PyAny>,
    argument: &'static str,
    lang: Lang,
    type_message: impl FnOnce(&str) -> kc::Text,
    range_message: impl FnOnce(&str) -> kc::Text,
) -> PyResult<u32> {
    let i = obj
        .cast::<PyInt>()
        .ok()
        .filter(|_| !obj.is_instance_of::<PyBool>())
        .ok_or_else(|| type_error(&type_message(&type_name(obj)), lang))?;
    i.extract::<u32>().map_err(|_| {
        let reason = range_message(&i.to_string());
        to_py_err(
            obj.py(),
            kc::Error::invalid_argument(argument, reason),
            lang,
        )
    })
}

/// A year argument: an `int` (not a `bool`) that fits an `i32`.
pub(crate) fn year(obj: &Bound<'_, PyAny>) -> PyResult<i32> {
    if obj.is_instance_of::<PyBool>() || !obj.is_instance_of::<PyInt>() {
        return Err(PyTypeError::new_err(msg::int_type(&type_name(obj)).en));
    }
    obj.extract()
}

/// A `datetime.date` argument (as [`day`]) as a `NaiveDate`. The last date
/// object read is remembered by identity (dates are immutable), so a loop
/// that passes the same reference date converts it once.
fn date_of(obj: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    static LAST: Mutex<Option<(Py<PyAny>, NaiveDate)>> = Mutex::new(None);
    if let Ok(last) = LAST.lock() {
        if let Some((o, d)) = last.as_ref() {
            if o.is(obj) {
                return Ok(*d);
            }
        }
    }
    let date = day(obj)?;
    let previous = match LAST.lock() {
        Ok(mut last) => last.replace((obj.clone().unbind(), date)),
        Err(_) => None,
    };
    // Dropped after the lock is released: a decref may run Python code.
    drop(previous);
    Ok(date)
}

/// Today's local date (the core's `today()`), remembered until the next
/// local midnight so that `reference=None` does not read the time zone on
/// every call.
fn today() -> NaiveDate {
    static CACHE: Mutex<Option<(NaiveDate, SystemTime, SystemTime)>> = Mutex::new(None);
    let now = SystemTime::now();
    if let Ok(cache) = CACHE.lock() {
        if let Some((date, since, until)) = *cache {
            if since <= now && now < until {
                return date;
            }
        }
    }
    let local = chrono::DateTime::<chrono::Local>::from(now);
    let date = local.date_naive();
    let until = date
        .succ_opt()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .and_then(|m| m.and_local_timezone(chrono::Local).earliest())
        .map_or(now, SystemTime::from);
    if let Ok(mut cache) = CACHE.lock() {
        *cache = Some((date, now, until));
    }
    date
}

// ---------------------------------------------------------------------------
// Errors

/// Converts a core error into its Python exception, by the error's class
/// alone (the one mapping, see the module docs), with its message in `lang`
/// and the attributes `rule` and `kind` (and `input` and `path` for an
/// InvalidDocument).
fn to_py_err(py: Python<'_>, err: kc::Error, lang: Lang) -> PyErr {
    let ty = match err.class() {
        ErrorClass::InvalidNumber => py.get_type::<InvalidNumber>(),
        ErrorClass::Journal => py.get_type::<JournalError>(),
        ErrorClass::InvalidDocument => py.get_type::<InvalidDocument>(),
        ErrorClass::InvalidArgument => py.get_type::<KazcustomsError>(),
        ErrorClass::Transition => py.get_type::<TransitionError>(),
    };
    let build = || -> PyResult<PyErr> {
        let exc = ty.call1((err.message(lang),))?;
        exc.setattr(intern!(py, "rule"), err.rule().map(|r| r.id()))?;
        exc.setattr(intern!(py, "kind"), err.kind().map(|k| k.name()))?;
        if let Some(input) = err.input() {
            exc.setattr(intern!(py, "input"), input.name())?;
            exc.setattr(intern!(py, "path"), err.path())?;
            let problems = pyo3::types::PyList::empty(py);
            for p in err.problems() {
                let d = pyo3::types::PyDict::new(py);
                d.set_item(intern!(py, "path"), &p.path)?;
                d.set_item(intern!(py, "kind"), p.kind.name())?;
                d.set_item(intern!(py, "message"), p.reason.get(lang))?;
                problems.append(d)?;
            }
            exc.setattr(intern!(py, "problems"), problems)?;
        }
        Ok(PyErr::from_value(exc))
    };
    build().unwrap_or_else(|e| e)
}

/// A core result raised as its Python exception ([`to_py_err`]).
trait OrRaise<T> {
    fn or_raise(self, py: Python<'_>, lang: Lang) -> PyResult<T>;
}

impl<T, E: Into<kc::Error>> OrRaise<T> for Result<T, E> {
    fn or_raise(self, py: Python<'_>, lang: Lang) -> PyResult<T> {
        self.map_err(|e| to_py_err(py, e.into(), lang))
    }
}

/// A `TypeError` with a message of `messages::python`, in `lang`.
fn type_error(text: &kc::Text, lang: Lang) -> PyErr {
    PyTypeError::new_err(text.get(lang).to_owned())
}

/// The name of a value's type, for a TypeError.
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |n| n.to_string())
}

// ---------------------------------------------------------------------------
// Number

/// A registration number that passed every NUM.* rule.
///
/// Frozen and hashable; ==, <, … compare kind first, then the groups in the
/// core's order (date, then the office or other codes, then the sequence).
/// str() gives the customs text; repr() gives a parse_number call that
/// rebuilds the number, with the number's own date as the reference date.
#[pyclass(module = "kazcustoms", name = "Number", frozen, eq, ord, hash)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Number(RegistrationNumber);

#[pymethods]
impl Number {
    /// The kind's code name: 'dcd', 'guarantee', 'short_declaration', 'tsw',
    /// 'escort' or 'security'.
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind().name()
    }

    /// The registration date, its year resolved against the reference date.
    #[getter]
    fn date(&self) -> NaiveDate {
        self.0.date()
    }

    /// The sequence number in its journal (from 1, restarting every year).
    #[getter]
    fn sequence(&self) -> u32 {
        self.0.sequence()
    }

    /// The 5-digit office code ('dcd', 'short_declaration', 'escort',
    /// 'security'); None for 'guarantee' and 'tsw'.
    #[getter]
    fn office(&self) -> Option<String> {
        self.0.office().map(|c| c.to_string())
    }

    /// The first three digits of the destination office code ('guarantee').
    #[getter]
    fn office_prefix(&self) -> Option<String> {
        self.0.office_prefix().map(|c| c.to_string())
    }

    /// The recipient's 4-digit number in the recipients register ('guarantee').
    #[getter]
    fn recipient(&self) -> Option<String> {
        self.0.recipient().map(|c| c.to_string())
    }

    /// The last six digits of the warehouse licence ('tsw').
    #[getter]
    fn licence(&self) -> Option<String> {
        self.0.licence().map(|c| c.to_string())
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        let d = self.0.date();
        format!(
            "kazcustoms.parse_number('{}', '{}', reference=datetime.date({}, {}, {}))",
            self.0.kind().name(),
            self.0,
            d.year(),
            d.month(),
            d.day()
        )
    }

    /// Pickles as the parse_number call of repr().
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let parse = py
            .import("kazcustoms._kazcustoms")?
            .getattr("parse_number")?;
        let args = (self.0.kind().name(), self.0.to_string(), self.0.date()).into_pyobject(py)?;
        Ok((parse, args))
    }
}

/// Parses and validates a registration number strictly (SPEC §1).
///
/// `reference` resolves the year digit and bounds the date (None: today's
/// local date). `offices`, when given, is the directory of known 5-digit
/// office codes. Raises InvalidNumber (NUM.*) or KazcustomsError (unknown
/// kind, bad language, bad office code in `offices`).
#[pyfunction]
#[pyo3(
    signature = (kind, text, reference = None, *, offices = None, lang = Parsed::ok(Lang::En)),
    text_signature = "(kind, text, reference=None, *, offices=None, lang='en')"
)]
fn parse_number(
    kind: KindArg,
    text: &Bound<'_, PyString>,
    reference: Option<&Bound<'_, PyAny>>,
    offices: Option<&Bound<'_, PyAny>>,
    lang: Parsed<Lang>,
) -> PyResult<Number> {
    let py = text.py();
    let lang = lang_of(py, lang)?;
    parse_with(kind, text, reference, offices, lang)?
        .map(Number)
        .or_raise(py, lang)
}

/// Whether `text` is a valid registration number of `kind`, in the manner
/// of python-stdnum's `is_valid`: True when parse_number would return a
/// Number, False when it would raise InvalidNumber (any NUM.* rule), with
/// the same arguments and defaults (`reference` None: today; `offices`;
/// strict, no normalize()). What is not about the number is still raised
/// as parse_number raises it: an unknown kind, a reference that is not a
/// date, an unreadable `offices` (KazcustomsError, TypeError), a `text`
/// that is not a str (TypeError).
#[pyfunction]
#[pyo3(
    signature = (kind, text, reference = None, *, offices = None, lang = Parsed::ok(Lang::En)),
    text_signature = "(kind, text, reference=None, *, offices=None, lang='en')"
)]
fn is_valid(
    kind: KindArg,
    text: &Bound<'_, PyString>,
    reference: Option<&Bound<'_, PyAny>>,
    offices: Option<&Bound<'_, PyAny>>,
    lang: Parsed<Lang>,
) -> PyResult<bool> {
    let py = text.py();
    let lang = lang_of(py, lang)?;
    match parse_with(kind, text, reference, offices, lang)? {
        Ok(_) => Ok(true),
        Err(e) if e.class() == ErrorClass::InvalidNumber => Ok(false),
        Err(e) => Err(to_py_err(py, e, lang)),
    }
}

/// The body of parse_number and is_valid: the arguments read (errors
/// about them raised), then the core's answer about the number.
fn parse_with(
    kind: KindArg,
    text: &Bound<'_, PyString>,
    reference: Option<&Bound<'_, PyAny>>,
    offices: Option<&Bound<'_, PyAny>>,
    lang: Lang,
) -> PyResult<Result<RegistrationNumber, kc::Error>> {
    let py = text.py();
    let kind = kind.0.get(py, lang)?;
    let reference = match reference {
        Some(r) => date_of(r)?,
        None => today(),
    };
    let text = text_of(text);
    let options = kc::ParseOptions::new(reference);
    // The directory is read as validate's `offices=` is, by the core.
    let directory = match offices {
        Some(o) => context::offices_of(o, lang)?,
        None => None,
    };
    let options = match &directory {
        Some(d) => options.with_offices(d),
        None => options,
    };
    Ok(kc::parse_number(kind, &text, &options).map_err(Into::into))
}

/// Trims surrounding whitespace and maps Unicode digits, dashes and slashes
/// to ASCII. Never applied implicitly by parse_number. A str that is not
/// valid Unicode (a lone surrogate) raises UnicodeEncodeError: it is not
/// replaced silently.
#[pyfunction]
#[pyo3(signature = (text, /), text_signature = "(text, /)")]
fn normalize(text: &Bound<'_, PyString>) -> PyResult<String> {
    Ok(kc::normalize(&text.to_cow()?))
}

// ---------------------------------------------------------------------------
// Deadline

/// The last date on which delivery over `distance_km` from `start` is in
/// time, at 2000 km per month (SPEC §2). Raises KazcustomsError for a
/// distance that is not finite and above zero, or an unknown convention.
#[pyfunction]
#[pyo3(
    signature = (start, distance_km, convention = Parsed::ok(kc::Convention::Calendar), *, lang = Parsed::ok(Lang::En)),
    text_signature = "(start, distance_km, convention='calendar', *, lang='en')"
)]
fn delivery_deadline<'py>(
    py: Python<'py>,
    #[pyo3(from_py_with = crate::day)] start: NaiveDate,
    #[pyo3(from_py_with = crate::km)] distance_km: f64,
    convention: Parsed<kc::Convention>,
    lang: Parsed<Lang>,
) -> PyResult<Bound<'py, PyDate>> {
    let lang = lang_of(py, lang)?;
    let convention = convention.get(py, lang)?;
    let distance = kc::Distance::from_km(distance_km).or_raise(py, lang)?;
    let deadline = kc::delivery_deadline(start, distance, convention).or_raise(py, lang)?;
    py_date(py, deadline, lang)
}

/// A date as a `datetime.date`; one past year 9999 (which the core can
/// count to but Python cannot hold) is an input error, not a bare ValueError.
fn py_date<'py>(py: Python<'py>, date: NaiveDate, lang: Lang) -> PyResult<Bound<'py, PyDate>> {
    py_date_of(py, date, "distance_km", lang)
}

/// A date the core computed as a `datetime.date`; one past year 9999 (which
/// Python cannot hold) is an input error about `argument`.
fn py_date_of<'py>(
    py: Python<'py>,
    date: NaiveDate,
    argument: &'static str,
    lang: Lang,
) -> PyResult<Bound<'py, PyDate>> {
    date.into_pyobject(py).map_err(|_| {
        let reason = msg::date_beyond_python(&date.to_string());
        to_py_err(py, kc::Error::invalid_argument(argument, reason), lang)
    })
}

/// Checks a proposed deadline: later than the limit is TERM.LIMIT, earlier
/// than the start is TERM.BEFORE_START. Returns a Report whose messages are
/// in `lang`; input errors raise KazcustomsError.
#[pyfunction]
#[pyo3(
    signature = (start, distance_km, proposed, convention = Parsed::ok(kc::Convention::Calendar), *, lang = Parsed::ok(Lang::En)),
    text_signature = "(start, distance_km, proposed, convention='calendar', *, lang='en')"
)]
fn check_deadline(
    py: Python<'_>,
    #[pyo3(from_py_with = crate::day)] start: NaiveDate,
    #[pyo3(from_py_with = crate::km)] distance_km: f64,
    #[pyo3(from_py_with = crate::day)] proposed: NaiveDate,
    convention: Parsed<kc::Convention>,
    lang: Parsed<Lang>,
) -> PyResult<Report> {
    let lang = lang_of(py, lang)?;
    let convention = convention.get(py, lang)?;
    let distance = kc::Distance::from_km(distance_km).or_raise(py, lang)?;
    let report = kc::check_deadline(start, distance, proposed, convention).or_raise(py, lang)?;
    Report::new(py, report, lang)
}

// ---------------------------------------------------------------------------
// Report

/// One broken rule, with its message in the report's language.
#[pyclass(module = "kazcustoms", name = "Violation", frozen, eq, hash)]
#[derive(PartialEq, Eq, Hash)]
struct Violation {
    inner: kc::Violation,
    lang: Lang,
}

#[pymethods]
impl Violation {
    /// The rule id, e.g. 'TERM.LIMIT'.
    #[getter]
    fn rule(&self) -> &'static str {
        self.inner.rule.id()
    }

    /// The field or column the violation is about.
    #[getter]
    fn field(&self) -> &str {
        &self.inner.field
    }

    /// 'error' or 'warning'.
    #[getter]
    fn severity(&self) -> &'static str {
        self.inner.severity.as_str()
    }

    /// The message in the report's language.
    #[getter]
    fn message(&self) -> &str {
        self.inner.message.get(self.lang)
    }

    /// The message in every language: a new dict {'kk': …, 'ru': …, 'en': …}.
    #[getter]
    fn messages<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for lang in Lang::ALL.iter().copied() {
            d.set_item(lang.code(), self.inner.message.get(lang))?;
        }
        Ok(d)
    }

    /// Where the rule comes from, e.g. 'R1 §19'.
    #[getter]
    fn source(&self) -> &str {
        &self.inner.source
    }

    /// The goods item (1-based), or None.
    #[getter]
    fn item(&self) -> Option<u32> {
        self.inner.item
    }

    /// The sheet (1-based), or None.
    #[getter]
    fn sheet(&self) -> Option<u32> {
        self.inner.sheet
    }

    /// The violation as a new dict of plain values, as
    /// `json.loads(report.to_json())` gives each entry of `violations`:
    /// 'rule', 'field', 'severity', 'message' (in the report's language),
    /// 'messages' (a dict of the three languages), 'source', 'item',
    /// 'sheet'.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        documents::json_value(py, &self.inner.localized(self.lang))
    }

    /// Pickles as the JSON of a report holding this violation alone,
    /// checked when it is loaded (see Report.from_json).
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let restore = py
            .import("kazcustoms._kazcustoms")?
            .getattr("_violation_from_json")?;
        let alone: kc::Report = std::iter::once(self.inner.clone()).collect();
        Ok((restore, (alone.to_json(self.lang),)))
    }

    fn __repr__(&self) -> String {
        format!(
            "<Violation {} field='{}' severity='{}' source='{}'>",
            self.inner.rule.id(),
            self.inner.field,
            self.inner.severity,
            self.inner.source
        )
    }
}

/// The result of a check: every violation found, with messages in one language.
#[pyclass(module = "kazcustoms", name = "Report", frozen)]
struct Report {
    inner: kc::Report,
    lang: Lang,
    violations: Py<PyTuple>,
}

impl Report {
    fn new(py: Python<'_>, inner: kc::Report, lang: Lang) -> PyResult<Report> {
        let items = inner
            .violations()
            .iter()
            .map(|v| {
                Py::new(
                    py,
                    Violation {
                        inner: v.clone(),
                        lang,
                    },
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        let violations = PyTuple::new(py, items)?.unbind();
        Ok(Report {
            inner,
            lang,
            violations,
        })
    }
}

#[pymethods]
impl Report {
    /// True when no violation is an error (warnings allowed).
    #[getter]
    fn ok(&self) -> bool {
        self.inner.ok()
    }

    /// How many violations were found: more than `violations` holds when the
    /// report was cut at the `violations` limit.
    #[getter]
    fn found(&self) -> usize {
        self.inner.found()
    }

    /// True when the report was cut at the `violations` limit.
    #[getter]
    fn truncated(&self) -> bool {
        self.inner.truncated()
    }

    /// Every violation, in the order found.
    #[getter]
    fn violations<'py>(&self, py: Python<'py>) -> Bound<'py, PyTuple> {
        self.violations.bind(py).clone()
    }

    /// The language of the messages: 'kk', 'ru' or 'en'.
    #[getter]
    fn lang(&self) -> &'static str {
        self.lang.code()
    }

    /// The report as JSON, exactly as the core (and the C layer) writes it.
    fn to_json(&self) -> String {
        self.inner.to_json(self.lang)
    }

    /// The report as a new dict of plain values (dict, list, str, int,
    /// bool, None), exactly `json.loads(report.to_json())`: 'ok', 'lang',
    /// 'found', 'truncated' and 'violations' (each as Violation.to_dict,
    /// with its message in the report's language and in all three).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        documents::json_value(py, &self.inner.localized(self.lang))
    }

    /// A report read back from the JSON of Report.to_json (in any
    /// language), checked by the core as a saved state is: every rule id
    /// must be in the catalogue with its severity, the message must be the
    /// one of the report's language, and ok, found and truncated must
    /// agree with the violations. Raises InvalidDocument (input 'state',
    /// with `.path`) for JSON the library did not write. Pickling a Report
    /// saves this JSON, so a tampered pickle raises too.
    #[staticmethod]
    #[pyo3(
        signature = (text, *, lang = Parsed::ok(Lang::En)),
        text_signature = "(text, *, lang='en')"
    )]
    fn from_json(text: &Bound<'_, PyString>, lang: Parsed<Lang>) -> PyResult<Report> {
        let py = text.py();
        let lang = lang_of(py, lang)?;
        let (inner, written) = kc::report_json::read_report(&text_of(text)).or_raise(py, lang)?;
        Report::new(py, inner, written)
    }

    /// Pickles as its JSON (Report.from_json): messages in all three
    /// languages, the report's language, its counts.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let from_json = py.get_type::<Report>().getattr(intern!(py, "from_json"))?;
        Ok((from_json, (self.inner.to_json(self.lang),)))
    }

    /// Two reports are equal when they show the same: the same violations
    /// (with their messages), counts, `ok` and language.
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Report>().is_ok_and(|o| {
            let o = o.get();
            self.lang == o.lang
                && self.inner.violations() == o.inner.violations()
                && self.inner.found() == o.inner.found()
                && self.inner.ok() == o.inner.ok()
        })
    }

    fn __repr__(&self) -> String {
        let rules: Vec<String> = self
            .inner
            .rule_ids()
            .iter()
            .map(|id| format!("'{id}'"))
            .collect();
        format!(
            "<Report ok={} lang='{}' rules=[{}]>",
            if self.inner.ok() { "True" } else { "False" },
            self.lang.code(),
            rules.join(", ")
        )
    }
}

/// The violation of a report's JSON holding it alone (what a pickled
/// Violation saves), checked as Report.from_json checks it.
#[pyfunction]
#[pyo3(signature = (text, /), text_signature = "(text, /)")]
fn _violation_from_json(text: &Bound<'_, PyString>) -> PyResult<Violation> {
    let py = text.py();
    let (report, lang) = kc::report_json::read_report(&text_of(text)).or_raise(py, Lang::En)?;
    match report.violations() {
        [one] if !report.truncated() => Ok(Violation {
            inner: one.clone(),
            lang,
        }),
        _ => Err(to_py_err(
            py,
            kc::Error::invalid_document(kc::Input::State, "state.violations", msg::one_violation()),
            Lang::En,
        )),
    }
}

// ---------------------------------------------------------------------------
// Journal

/// A journal that issues numbers of one kind for one issuer (an office code;
/// the warehouse licence for 'tsw'). Safe to share between threads: no
/// number is issued twice and no sequence is skipped.
#[pyclass(module = "kazcustoms", name = "Journal", frozen)]
struct Journal {
    inner: kc::Journal,
}

#[pymethods]
impl Journal {
    #[new]
    #[pyo3(
        signature = (kind, issuer, *, lang = Parsed::ok(Lang::En)),
        text_signature = "(kind, issuer, *, lang='en')"
    )]
    fn new(
        py: Python<'_>,
        kind: Parsed<NumberKind>,
        issuer: &Bound<'_, PyString>,
        lang: Parsed<Lang>,
    ) -> PyResult<Journal> {
        let lang = lang_of(py, lang)?;
        let kind = kind.get(py, lang)?;
        kc::Journal::new(kind, &text_of(issuer))
            .map(|inner| Journal { inner })
            .or_raise(py, lang)
    }

    /// Issues the next number on `date`. A 'guarantee' journal needs
    /// `recipient=` (the 4-digit register number); other kinds take none.
    #[pyo3(
        signature = (date, *, recipient = None, lang = Parsed::ok(Lang::En)),
        text_signature = "(self, date, *, recipient=None, lang='en')"
    )]
    fn issue(
        &self,
        py: Python<'_>,
        #[pyo3(from_py_with = crate::day)] date: NaiveDate,
        recipient: Option<&Bound<'_, PyString>>,
        lang: Parsed<Lang>,
    ) -> PyResult<Number> {
        let lang = lang_of(py, lang)?;
        let recipient = recipient.map(text_of);
        // The GIL stays held: the core's lock is held for nanoseconds, and
        // detaching measured slower (one thread 283 -> 437 ns per issue,
        // eight threads 296 -> 330 ns).
        self.inner
            .issue(date, recipient.as_deref())
            .map(Number)
            .or_raise(py, lang)
    }

    /// The kind of number this journal issues.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind().name()
    }

    /// The issuer as given to the constructor.
    #[getter]
    fn issuer(&self) -> &str {
        self.inner.issuer()
    }

    /// The saved state as JSON; Journal.from_json resumes it exactly.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// A journal resumed from the JSON of Journal.to_json. Raises
    /// InvalidDocument (input 'state', with `.path`) for text this library
    /// did not write, a key given twice included; with `reference` (the
    /// caller's today), also for a journal whose last number is dated after
    /// it (path 'state.last_date').
    #[staticmethod]
    #[pyo3(
        signature = (text, *, reference = None, lang = Parsed::ok(Lang::En)),
        text_signature = "(text, *, reference=None, lang='en')"
    )]
    fn from_json(
        text: &Bound<'_, PyString>,
        reference: Option<NaiveDate>,
        lang: Parsed<Lang>,
    ) -> PyResult<Journal> {
        let py = text.py();
        let lang = lang_of(py, lang)?;
        let text = text_of(text);
        match reference {
            Some(r) => kc::Journal::from_json_at(&text, r),
            None => kc::Journal::from_json(&text),
        }
        .map(|inner| Journal { inner })
        .or_raise(py, lang)
    }

    fn __repr__(&self) -> String {
        // The issuer is ASCII digits (checked by the core), so quoting is plain.
        format!(
            "kazcustoms.Journal('{}', '{}')",
            self.inner.kind().name(),
            self.inner.issuer()
        )
    }
}

// ---------------------------------------------------------------------------
// Module

#[pymodule]
fn _kazcustoms(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_function(wrap_pyfunction!(parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(delivery_deadline, m)?)?;
    m.add_function(wrap_pyfunction!(check_deadline, m)?)?;
    m.add_function(wrap_pyfunction!(is_valid, m)?)?;
    m.add_function(wrap_pyfunction!(_violation_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(documents::validate_many, m)?)?;
    m.add_class::<Number>()?;
    m.add_class::<Report>()?;
    m.add_class::<Violation>()?;
    m.add_class::<Journal>()?;
    m.add_function(wrap_pyfunction!(documents::validate, m)?)?;
    m.add_function(wrap_pyfunction!(documents::schema, m)?)?;
    m.add_function(wrap_pyfunction!(documents::columns, m)?)?;
    m.add_function(wrap_pyfunction!(documents::states, m)?)?;
    m.add_function(wrap_pyfunction!(documents::transition, m)?)?;
    m.add_function(wrap_pyfunction!(documents::dcd_transition, m)?)?;
    m.add_function(wrap_pyfunction!(documents::guarantee_transition, m)?)?;
    m.add_function(wrap_pyfunction!(documents::dcd_copies, m)?)?;
    m.add_function(wrap_pyfunction!(documents::dcd_stamp, m)?)?;
    m.add_function(wrap_pyfunction!(documents::uppercase, m)?)?;
    m.add_class::<documents::Column>()?;
    m.add_class::<documents::DcdCopy>()?;
    m.add_class::<calendar::Calendar>()?;
    m.add_class::<calendar::DayKind>()?;
    m.add_function(wrap_pyfunction!(calendar::is_working_day, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::next_working_day, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::add_working_days, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::working_days_between, m)?)?;
    m.add_class::<guarantee::GuaranteeOffice>()?;
    m.add_class::<guarantee::GuaranteeOutcome>()?;
    m.add_function(wrap_pyfunction!(arrival::register_arrival, m)?)?;
    m.add_class::<arrival::ArrivalRecord>()?;
    m.add_function(wrap_pyfunction!(tables::export_journal, m)?)?;
    m.add_function(wrap_pyfunction!(rules::rule_title, m)?)?;
    m.add_function(wrap_pyfunction!(reference::mrp, m)?)?;
    m.add_function(wrap_pyfunction!(escort::teams_needed, m)?)?;
    m.add_function(wrap_pyfunction!(escort::escort_fee, m)?)?;
    // Class-level defaults, so that an instance raised by Python code has
    // them too; the instances this module raises set their own.
    let base = py.get_type::<KazcustomsError>();
    base.setattr("rule", py.None())?;
    base.setattr("kind", py.None())?;
    base.setattr("index", py.None())?;
    m.add("KazcustomsError", base)?;
    m.add("InvalidNumber", py.get_type::<InvalidNumber>())?;
    m.add("JournalError", py.get_type::<JournalError>())?;
    let invalid_document = py.get_type::<InvalidDocument>();
    invalid_document.setattr("input", py.None())?;
    invalid_document.setattr("path", py.None())?;
    m.add("InvalidDocument", invalid_document)?;
    m.add("TransitionError", py.get_type::<TransitionError>())?;
    m.add("__version__", kc::VERSION)?;
    // Every name below is enumerated from the core's registries.
    m.add("NUMBER_KINDS", PyTuple::new(py, NumberKind::NAMES)?)?;
    m.add("DOCUMENT_KINDS", PyTuple::new(py, DocumentKind::NAMES)?)?;
    m.add("JOURNAL_KINDS", PyTuple::new(py, JournalKind::NAMES)?)?;
    let states = |kind: DocumentKind| kind.lifecycle().map_or(&[][..], |l| l.states);
    m.add("DCD_STATES", PyTuple::new(py, states(DocumentKind::Dcd))?)?;
    m.add(
        "GUARANTEE_STATES",
        PyTuple::new(py, states(DocumentKind::Guarantee))?,
    )?;
    Ok(())
}
