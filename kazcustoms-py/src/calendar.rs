//! Working days of Kazakhstan (SPEC §13): the immutable `Calendar` value,
//! what a day is (`DayKind`) and the module-level shortcuts over the
//! built-in calendar. (The `calendar=` keyword of the context is read with
//! the rest of the context, `context.rs`.)
//!
//! A `Calendar` wraps the core's `WorkingCalendar` with the caller's changes
//! (`CalendarOverrides`) it was made with, which give its repr, its pickle,
//! its `==` and its hash.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use kazcustoms_core as kc;
use kc::calendar::{CalendarOverrides, DayKind as CoreDayKind, WorkingCalendar, SUPPORTED_YEARS};
use kc::messages::python as msg;
use kc::{Input, Lang};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyMapping, PyString, PyTuple};

use crate::depythonize::read_value;
use crate::documents::text_dict;
use crate::{lang_of, py_date_of, text_of, to_py_err, type_error, type_name, OrRaise, Parsed};

/// The built-in calendar, made once (about 0.2 ms) and only read after.
pub(crate) fn builtin() -> &'static WorkingCalendar {
    static BUILTIN: OnceLock<WorkingCalendar> = OnceLock::new();
    BUILTIN.get_or_init(WorkingCalendar::kazakhstan)
}

/// A date the core computed, as a `datetime.date` (an input error about
/// `argument` past year 9999).
fn py_date<'py>(
    py: Python<'py>,
    date: NaiveDate,
    argument: &'static str,
    lang: Lang,
) -> PyResult<Bound<'py, pyo3::types::PyDate>> {
    py_date_of(py, date, argument, lang)
}

/// The overrides of their JSON form: a mapping as `json.load` gives it, or
/// JSON text.
fn overrides_of(obj: &Bound<'_, PyAny>, lang: Lang) -> PyResult<CalendarOverrides> {
    let py = obj.py();
    let read = if let Ok(s) = obj.cast::<PyString>() {
        CalendarOverrides::from_json(&text_of(s))
    } else if obj.is_instance_of::<PyDict>() {
        read_value(obj, Input::Calendar)
    } else if let Ok(m) = obj.cast::<PyMapping>() {
        let d = PyDict::new(py);
        d.update(m)?;
        read_value(d.as_any(), Input::Calendar)
    } else {
        return Err(type_error(&msg::overrides_type(&type_name(obj)), lang));
    };
    read.or_raise(py, lang)
}

/// The overrides with each list sorted and without repeats: what the
/// calendar depends on (the order of the days, and a day given twice, do not
/// change it).
fn normalized(mut o: CalendarOverrides) -> CalendarOverrides {
    o.days_off.sort_unstable();
    o.days_off.dedup();
    o.working_days.sort_unstable();
    o.working_days.dedup();
    o
}

/// `n` of add_working_days: a whole number from 0 to 2**32 - 1 (an `int`,
/// not a `bool`).
fn count_of(n: &Bound<'_, PyAny>, lang: Lang) -> PyResult<u32> {
    crate::u32_argument(n, "n", lang, msg::count_type, msg::count_range)
}

// ---------------------------------------------------------------------------
// DayKind

/// What a day is: a working day, a weekend day, a holiday (with its name),
/// a moved day off (with the reason) or a moved working day.
///
/// Frozen; == compares the kind, the text in every language and the
/// language; hashable.
#[pyclass(module = "kazcustoms", name = "DayKind", frozen, eq, hash)]
#[derive(PartialEq, Eq, Hash)]
pub(crate) struct DayKind {
    inner: CoreDayKind,
    lang: Lang,
}

#[pymethods]
impl DayKind {
    /// 'working', 'weekend', 'holiday', 'moved_day_off' or 'moved_working_day'.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.as_str()
    }

    /// Whether people work on such a day.
    #[getter]
    fn is_working(&self) -> bool {
        self.inner.is_working()
    }

    /// The holiday's name or the reason for the moved day off, in the
    /// language asked for; None for the other kinds.
    #[getter]
    fn text(&self) -> Option<&str> {
        self.inner.text().map(|t| t.get(self.lang))
    }

    /// The same text in every language: a new dict {'kk': …, 'ru': …,
    /// 'en': …}, or None.
    #[getter]
    fn texts<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.inner.text().map(|t| text_dict(py, t)).transpose()
    }

    /// The language of `text`: 'kk', 'ru' or 'en'.
    #[getter]
    fn lang(&self) -> &'static str {
        self.lang.code()
    }

    fn __repr__(&self) -> String {
        match self.inner.text() {
            Some(t) => format!("<DayKind {} {:?}>", self.inner.as_str(), t.get(self.lang)),
            None => format!("<DayKind {}>", self.inner.as_str()),
        }
    }
}

// ---------------------------------------------------------------------------
// Calendar

/// The working-day calendar of Kazakhstan (SPEC §13): weekends, the public
/// holidays of the law as it stood each year, a holiday on a day off moving
/// the day off to the next working day (except 7 January and Kurban Ait),
/// the verified data of 2013–2026 (Kurban Ait dates, days moved by decree
/// or order), and the caller's changes.
///
/// `Calendar()` is the built-in calendar. `days_off` (a decree's bridge
/// days), `working_days` (a decree's working Saturdays; they win over every
/// rule, holidays included) and `kurban_ait` ({year: first day}) change it;
/// `Calendar.from_overrides` takes the same changes in their JSON form.
/// Outside 2013–2099 only Saturday and Sunday are days off; a year inside
/// that range but not verified follows the statutory rule only (no Kurban
/// Ait, no decree moves) unless changes supply them.
///
/// Immutable and safe to share between threads. == and hash() compare the
/// changes it was made with (each list as a set).
#[pyclass(module = "kazcustoms", name = "Calendar", frozen)]
pub(crate) struct Calendar {
    inner: WorkingCalendar,
    overrides: CalendarOverrides,
}

impl Calendar {
    fn made(py: Python<'_>, overrides: CalendarOverrides, lang: Lang) -> PyResult<Calendar> {
        let overrides = normalized(overrides);
        let inner = if overrides == CalendarOverrides::default() {
            builtin().clone()
        } else {
            overrides.to_calendar().or_raise(py, lang)?
        };
        Ok(Calendar { inner, overrides })
    }

    /// The working calendar itself (for the `calendar=` keyword).
    pub(crate) fn calendar(&self) -> &WorkingCalendar {
        &self.inner
    }

    /// The overrides in their JSON form.
    fn overrides_json(&self) -> String {
        serde_json::to_string(&self.overrides).unwrap_or_default()
    }
}

/// Dates from an iterable of `datetime.date` (a str is refused).
fn dates_of(obj: &Bound<'_, PyAny>, what: &str, lang: Lang) -> PyResult<Vec<NaiveDate>> {
    if obj.is_instance_of::<PyString>() {
        return Err(type_error(&msg::dates_not_str(what), lang));
    }
    let mut out = Vec::new();
    for item in obj.try_iter()? {
        let item = item?;
        out.push(
            item.extract::<NaiveDate>()
                .map_err(|_| type_error(&msg::dates_item(what, &type_name(&item)), lang))?,
        );
    }
    Ok(out)
}

#[pymethods]
impl Calendar {
    #[new]
    #[pyo3(
        signature = (*, days_off = None, working_days = None, kurban_ait = None, lang = Parsed::ok(Lang::En)),
        text_signature = "(*, days_off=(), working_days=(), kurban_ait=None, lang='en')"
    )]
    fn new(
        py: Python<'_>,
        days_off: Option<&Bound<'_, PyAny>>,
        working_days: Option<&Bound<'_, PyAny>>,
        kurban_ait: Option<&Bound<'_, PyAny>>,
        lang: Parsed<Lang>,
    ) -> PyResult<Calendar> {
        let lang = lang_of(py, lang)?;
        let mut overrides = CalendarOverrides::default();
        if let Some(d) = days_off {
            overrides.days_off = dates_of(d, "days_off", lang)?;
        }
        if let Some(w) = working_days {
            overrides.working_days = dates_of(w, "working_days", lang)?;
        }
        if let Some(k) = kurban_ait {
            let m = k
                .cast::<PyMapping>()
                .map_err(|_| type_error(&msg::kurban_ait_type(&type_name(k)), lang))?;
            let mut years = BTreeMap::new();
            for pair in m.items()?.iter() {
                let (year, date): (Bound<'_, PyAny>, Bound<'_, PyAny>) = pair.extract()?;
                let (Ok(year), Ok(date)) = (year.cast::<PyInt>(), date.extract::<NaiveDate>())
                else {
                    return Err(type_error(&msg::kurban_ait_items(), lang));
                };
                let year = year.extract::<i32>().map_err(|_| {
                    let reason = msg::kurban_ait_year();
                    to_py_err(py, kc::Error::invalid_argument("kurban_ait", reason), lang)
                })?;
                years.insert(year, date);
            }
            overrides.kurban_ait = years;
        }
        Calendar::made(py, overrides, lang)
    }

    /// A calendar from the overrides in their JSON form: a mapping as
    /// json.load gives it, or a str of JSON, e.g.
    /// {"days_off": ["2027-01-08"], "working_days": ["2027-01-09"],
    /// "kurban_ait": {"2027": "2027-05-17"}} (every member optional; the
    /// "calendar" member of the C options). Raises InvalidDocument (input
    /// 'calendar', with `.path`, e.g. 'calendar.days_off[0]') for a mapping
    /// or text that is not such JSON, KazcustomsError for a date outside
    /// 2013–2099, a Kurban Ait date not in its year, or a day both off and
    /// working.
    #[staticmethod]
    #[pyo3(
        signature = (overrides, *, lang = Parsed::ok(Lang::En)),
        text_signature = "(overrides, *, lang='en')"
    )]
    fn from_overrides(overrides: &Bound<'_, PyAny>, lang: Parsed<Lang>) -> PyResult<Calendar> {
        let py = overrides.py();
        let lang = lang_of(py, lang)?;
        let o = overrides_of(overrides, lang)?;
        Calendar::made(py, o, lang)
    }

    /// Whether `date` is a working day.
    #[pyo3(signature = (date), text_signature = "(self, date)")]
    fn is_working_day(&self, #[pyo3(from_py_with = crate::day)] date: NaiveDate) -> bool {
        self.inner.is_working_day(date)
    }

    /// The first working day strictly after `date`.
    #[pyo3(
        signature = (date, *, lang = Parsed::ok(Lang::En)),
        text_signature = "(self, date, *, lang='en')"
    )]
    fn next_working_day<'py>(
        &self,
        py: Python<'py>,
        #[pyo3(from_py_with = crate::day)] date: NaiveDate,
        lang: Parsed<Lang>,
    ) -> PyResult<Bound<'py, pyo3::types::PyDate>> {
        let lang = lang_of(py, lang)?;
        py_date(py, self.inner.next_working_day(date), "date", lang)
    }

    /// The `n`-th working day strictly after `date`; `n = 0` returns `date`
    /// itself, even a day off. Always `working_days_between(date, result)
    /// == n`. Raises KazcustomsError for a date outside 2013–2099, a result
    /// after 2099-12-31, or a negative `n`.
    #[pyo3(
        signature = (date, n, *, lang = Parsed::ok(Lang::En)),
        text_signature = "(self, date, n, *, lang='en')"
    )]
    fn add_working_days<'py>(
        &self,
        py: Python<'py>,
        #[pyo3(from_py_with = crate::day)] date: NaiveDate,
        n: &Bound<'py, PyAny>,
        lang: Parsed<Lang>,
    ) -> PyResult<Bound<'py, pyo3::types::PyDate>> {
        add_working_days_in(&self.inner, py, date, n, lang)
    }

    /// The number of working days in (start, end]: after `start`, up to and
    /// including `end`; negative when `end` is before `start`.
    #[pyo3(signature = (start, end), text_signature = "(self, start, end)")]
    fn working_days_between(
        &self,
        #[pyo3(from_py_with = crate::day)] start: NaiveDate,
        #[pyo3(from_py_with = crate::day)] end: NaiveDate,
    ) -> i64 {
        self.inner.working_days_between(start, end)
    }

    /// What `date` is (see DayKind), its text in `lang`.
    #[pyo3(
        signature = (date, *, lang = Parsed::ok(Lang::En)),
        text_signature = "(self, date, *, lang='en')"
    )]
    fn day_kind(
        &self,
        py: Python<'_>,
        #[pyo3(from_py_with = crate::day)] date: NaiveDate,
        lang: Parsed<Lang>,
    ) -> PyResult<DayKind> {
        let lang = lang_of(py, lang)?;
        Ok(DayKind {
            inner: self.inner.day_kind(date),
            lang,
        })
    }

    /// The first day of Kurban Ait in `year`, when known (built in for the
    /// verified years, or set by the changes).
    #[pyo3(signature = (year), text_signature = "(self, year)")]
    fn kurban_ait(&self, #[pyo3(from_py_with = crate::year)] year: i32) -> Option<NaiveDate> {
        self.inner.kurban_ait(year)
    }

    /// Whether `year` is one of the verified years.
    #[pyo3(signature = (year), text_signature = "(self, year)")]
    fn is_verified(&self, #[pyo3(from_py_with = crate::year)] year: i32) -> bool {
        self.inner.is_verified(year)
    }

    /// The years whose data (Kurban Ait, decree moves) were verified:
    /// (2013, …, 2026); from 2027 on only the statutory rule. The caller's
    /// changes do not make a year verified.
    #[getter]
    fn verified_years<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.verified_years())
    }

    /// The first and last year the calendar knows the law for: (2013, 2099).
    #[getter]
    fn supported_years(&self) -> (i32, i32) {
        (*SUPPORTED_YEARS.start(), *SUPPORTED_YEARS.end())
    }

    /// The changes it was made with, in their JSON form: a new dict
    /// {'days_off': [...], 'working_days': [...], 'kurban_ait': {...}} of
    /// ISO date strings (what Calendar.from_overrides reads).
    #[getter]
    fn overrides<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        let iso = |v: &[NaiveDate]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
        d.set_item("days_off", iso(&self.overrides.days_off))?;
        d.set_item("working_days", iso(&self.overrides.working_days))?;
        let k = PyDict::new(py);
        for (year, date) in &self.overrides.kurban_ait {
            k.set_item(year.to_string(), date.to_string())?;
        }
        d.set_item("kurban_ait", k)?;
        Ok(d)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Calendar>()
            .is_ok_and(|o| o.get().overrides == self.overrides)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.overrides_json().hash(&mut h);
        h.finish()
    }

    fn __repr__(&self) -> String {
        if self.overrides == CalendarOverrides::default() {
            "kazcustoms.Calendar()".to_owned()
        } else {
            format!(
                "kazcustoms.Calendar.from_overrides('{}')",
                self.overrides_json()
            )
        }
    }

    /// Pickles as Calendar.from_overrides of the changes' JSON.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let from = py
            .import("kazcustoms._kazcustoms")?
            .getattr("Calendar")?
            .getattr("from_overrides")?;
        let args = (self.overrides_json(),).into_pyobject(py)?;
        Ok((from, args))
    }
}

fn add_working_days_in<'py>(
    calendar: &WorkingCalendar,
    py: Python<'py>,
    date: NaiveDate,
    n: &Bound<'py, PyAny>,
    lang: Parsed<Lang>,
) -> PyResult<Bound<'py, pyo3::types::PyDate>> {
    let lang = lang_of(py, lang)?;
    let n = count_of(n, lang)?;
    let result = calendar.add_working_days(date, n).or_raise(py, lang)?;
    py_date(py, result, "date", lang)
}

// ---------------------------------------------------------------------------
// The shortcuts over the built-in calendar

/// Whether `date` is a working day in the built-in calendar (Calendar()).
#[pyfunction]
#[pyo3(signature = (date), text_signature = "(date)")]
pub(crate) fn is_working_day(#[pyo3(from_py_with = crate::day)] date: NaiveDate) -> bool {
    builtin().is_working_day(date)
}

/// The first working day strictly after `date` in the built-in calendar.
#[pyfunction]
#[pyo3(
    signature = (date, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(date, *, lang='en')"
)]
pub(crate) fn next_working_day(
    py: Python<'_>,
    #[pyo3(from_py_with = crate::day)] date: NaiveDate,
    lang: Parsed<Lang>,
) -> PyResult<Bound<'_, pyo3::types::PyDate>> {
    let lang = lang_of(py, lang)?;
    py_date(py, builtin().next_working_day(date), "date", lang)
}

/// The `n`-th working day strictly after `date` in the built-in calendar
/// (see Calendar.add_working_days).
#[pyfunction]
#[pyo3(
    signature = (date, n, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(date, n, *, lang='en')"
)]
pub(crate) fn add_working_days<'py>(
    py: Python<'py>,
    #[pyo3(from_py_with = crate::day)] date: NaiveDate,
    n: &Bound<'py, PyAny>,
    lang: Parsed<Lang>,
) -> PyResult<Bound<'py, pyo3::types::PyDate>> {
    add_working_days_in(builtin(), py, date, n, lang)
}

/// The number of working days in (start, end] in the built-in calendar.
#[pyfunction]
#[pyo3(signature = (start, end), text_signature = "(start, end)")]
pub(crate) fn working_days_between(
    #[pyo3(from_py_with = crate::day)] start: NaiveDate,
    #[pyo3(from_py_with = crate::day)] end: NaiveDate,
) -> i64 {
    builtin().working_days_between(start, end)
}
