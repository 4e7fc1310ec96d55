//! The validation context of `validate`, `register_arrival` and
//! `GuaranteeOffice.register`: their keyword arguments (`**context`), read
//! in one place, by the core's `Context::read`, through the serde reader
//! over Python values (`depythonize.rs`). The keywords are the members of
//! the context's JSON form (the `options` of the C `kazcustoms_validate_json`),
//! with `eseal_departure` / `eseal_destination` for its `eseal` object; the
//! language is each function's own `lang=`.
//!
//! What this layer adds is Python's: a value read as the JSON value it
//! stands for (any iterable but a str as an array, any mapping as an
//! object, a `Calendar` as the calendar it is), and a `TypeError` where
//! Python has one (see [`context_of`]).

use kazcustoms_core as kc;
use kc::messages::python as msg;
use kc::{Context, ErrorClass, Lang, OfficeDirectory};
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDate, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString,
    PyTuple,
};

use crate::calendar::Calendar;
use crate::depythonize::{read_context, Mismatch};
use crate::{to_py_err, type_error};

/// The keyword whose value may be a `Calendar` object, and whose value is
/// otherwise calendar changes in their JSON form: data, as a document is.
const CALENDAR: &str = "calendar";

/// The root of the path of an option in an error (`options.usd_rate`).
const ROOT: &str = "options.";

/// The validation context from the keyword arguments given, with `lang`.
///
/// A keyword the context does not have, or a keyword value of the wrong
/// Python type (a str for `usd_rate`, a bare str for `offices`, an int in
/// `headings`), is a `TypeError`, as for any Python call. A value of the
/// right type the core cannot take is the core's error: a distance or rate
/// out of its domain, an office code that is not one (KazcustomsError,
/// InvalidNumber), a non-finite number, or calendar changes that are not
/// their JSON form (InvalidDocument, input 'options', with the path, e.g.
/// `options.calendar.days_off[0]`).
pub(crate) fn context_of(
    py: Python<'_>,
    kwargs: Option<&Bound<'_, PyDict>>,
    lang: Lang,
) -> PyResult<Context> {
    let given = PyDict::new(py);
    let mut calendar = None;
    if let Some(kwargs) = kwargs {
        for (key, value) in kwargs.iter() {
            if let Ok(c) = value.cast::<Calendar>() {
                if key.cast::<PyString>().is_ok_and(|k| k == CALENDAR) {
                    calendar = Some(c.get().calendar().clone());
                    continue;
                }
            }
            given.set_item(key, as_json_value(&value)?)?;
        }
    }
    let (read, mismatch) = read_context(&given);
    let mut context = read.map_err(|e| refused(py, e, mismatch, lang))?;
    if let Some(c) = calendar {
        context.calendar = c;
    }
    context.lang = lang;
    Ok(context)
}

/// The office directory of `offices=` (parse_number's), read as the
/// context's member is.
pub(crate) fn offices_of(
    offices: &Bound<'_, PyAny>,
    lang: Lang,
) -> PyResult<Option<OfficeDirectory>> {
    let py = offices.py();
    let kwargs = PyDict::new(py);
    kwargs.set_item("offices", offices)?;
    Ok(context_of(py, Some(&kwargs), lang)?.offices)
}

/// The error of a context that could not be read: a `TypeError` for a
/// mismatch at a keyword (its value, or an item or member of it), the core's
/// error otherwise, also for any mismatch inside calendar changes (data).
fn refused(py: Python<'_>, err: kc::Error, mismatch: Option<Mismatch>, lang: Lang) -> PyErr {
    let place = err
        .path()
        .and_then(|p| p.strip_prefix(ROOT))
        .map(str::to_owned);
    match (err.class(), mismatch, place) {
        (ErrorClass::InvalidDocument, Some(m), Some(place)) if !inside_calendar(&place) => {
            let text = match m {
                Mismatch::Type(reason) => msg::keyword_type(&place, &reason),
                Mismatch::Unknown(name) => msg::unknown_keyword(&name),
            };
            type_error(&text, lang)
        }
        _ => to_py_err(py, err, lang),
    }
}

/// Whether a place (`calendar.days_off[0]`) is inside the calendar changes,
/// not the `calendar` keyword itself.
fn inside_calendar(place: &str) -> bool {
    place
        .strip_prefix(CALENDAR)
        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// A keyword value as the JSON value it stands for: the JSON types as they
/// are (a str, a list or a tuple, a dict, a number, a bool, None, a
/// `datetime.date` read as its ISO text), any other mapping as a dict, any
/// other iterable as a tuple (read once here, so that the core's second
/// reading, which names the path, sees the same items). Anything else is
/// left to the reader, which refuses it by its type.
fn as_json_value<'py>(value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let plain = value.is_instance_of::<PyString>()
        || value.is_instance_of::<PyDict>()
        || value.is_instance_of::<PyList>()
        || value.is_instance_of::<PyTuple>()
        || value.is_instance_of::<PyBool>()
        || value.is_instance_of::<PyInt>()
        || value.is_instance_of::<PyFloat>()
        || value.is_instance_of::<PyDate>()
        || value.is_instance_of::<PyBytes>()
        || value.is_instance_of::<PyByteArray>()
        || value.is_none();
    if plain {
        return Ok(value.clone());
    }
    if let Ok(m) = value.cast::<PyMapping>() {
        let d = PyDict::new(value.py());
        d.update(m)?;
        return Ok(d.into_any());
    }
    match value.try_iter() {
        Ok(items) => {
            let items = items.collect::<PyResult<Vec<_>>>()?;
            Ok(PyTuple::new(value.py(), items)?.into_any())
        }
        Err(_) => Ok(value.clone()),
    }
}
