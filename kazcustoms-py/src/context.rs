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
//! object, a `datetime` as its date, a `Calendar` as the calendar it is),
//! and a `TypeError` for a value of no JSON type (see [`context_of`]).

use chrono::NaiveDate;
use kazcustoms_core as kc;
use kc::messages::python as msg;
use kc::{Context, ErrorClass, Lang, OfficeDirectory};
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDate, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString,
    PyTuple,
};

use crate::calendar::Calendar;
use crate::depythonize::read_context;
use crate::{to_py_err, type_error};

/// The keyword whose value may be a `Calendar` object (otherwise calendar
/// changes in their JSON form).
const CALENDAR: &str = "calendar";

/// The root of the path of an option in an error (`options.usd_rate`).
const ROOT: &str = "options.";

/// The validation context from the keyword arguments given, with `lang`.
///
/// The keywords are read as the options JSON is, so that the same options
/// fail the same way in every language: an unknown keyword, or a value
/// the context cannot read (a str for `usd_rate`, a bare str for `offices`,
/// an int in `headings`, a NaN, calendar changes that are not their JSON
/// form) is InvalidDocument with input 'options' and the path (e.g.
/// `options.usd_rate`, `options.calendar.days_off[0]`); a value out of its
/// domain (a distance of zero, an office code that is not one) is the
/// core's error about it. A keyword given a Python value that no JSON can
/// hold (bytes, an object of some class) is a `TypeError`.
pub(crate) fn context_of(
    py: Python<'_>,
    kwargs: Option<&Bound<'_, PyDict>>,
    lang: Lang,
) -> PyResult<Context> {
    let given = PyDict::new(py);
    let mut calendar = None;
    if let Some(kwargs) = kwargs {
        for (key, value) in kwargs.iter() {
            // None is a keyword not given (every keyword's default), as
            // null is an absent member for all but `headings` in the JSON.
            if value.is_none() {
                continue;
            }
            if let Ok(c) = value.cast::<Calendar>() {
                if key.cast::<PyString>().is_ok_and(|k| k == CALENDAR) {
                    calendar = Some(c.get().calendar().clone());
                    continue;
                }
            }
            given.set_item(key, as_json_value(&value)?)?;
        }
    }
    let (read, not_json) = read_context(&given);
    let mut context = read.map_err(|e| refused(py, e, not_json, lang))?;
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
/// keyword whose value is of no JSON type, the core's error otherwise.
fn refused(py: Python<'_>, err: kc::Error, not_json: Option<String>, lang: Lang) -> PyErr {
    let keyword = err
        .path()
        .and_then(|p| p.strip_prefix(ROOT))
        .filter(|k| !k.contains(['.', '[']));
    match (err.class(), not_json, keyword) {
        (ErrorClass::InvalidDocument, Some(type_name), Some(keyword)) => {
            type_error(&msg::keyword_not_json(keyword, &type_name), lang)
        }
        _ => to_py_err(py, err, lang),
    }
}

/// A keyword value as the JSON value it stands for: the JSON types as they
/// are (a str, a list or a tuple, a dict, a number, a bool, None, a
/// `datetime.date` read as its ISO text), a subclass of date (but not a
/// `datetime.datetime`, which the reader refuses: its time would be lost)
/// as its date, any other mapping as a dict, any other iterable as a tuple
/// (read once here, so that the core's second reading, which names the
/// path, sees the same items). Anything else is left to the reader, which
/// refuses it by its type.
fn as_json_value<'py>(value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if value.is_instance_of::<pyo3::types::PyDateTime>() {
        return Ok(value.clone());
    }
    if value.is_instance_of::<PyDate>() && !value.is_exact_instance_of::<PyDate>() {
        let date: NaiveDate = value.extract()?;
        return Ok(date.into_pyobject(value.py())?.into_any());
    }
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
