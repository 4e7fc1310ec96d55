//! The customs escort's two computations (`kazcustoms_core::escort::teams_needed`,
//! `kazcustoms_core::reference::escort_fee`): `teams_needed`, `escort_fee`.
//! Validation, schema, lifecycle and journal go through the registry's
//! generic functions.

use chrono::NaiveDate;
use kazcustoms_core as kc;
use kc::messages::python as msg;
use kc::Lang;
use pyo3::prelude::*;

use crate::{lang_of, OrRaise, Parsed};

/// A Python int (not a bool) from 0 to 2³² − 1, or an error naming `argument`.
fn u32_of(obj: &Bound<'_, PyAny>, argument: &'static str, lang: Lang) -> PyResult<u32> {
    crate::u32_argument(
        obj,
        argument,
        lang,
        |got| msg::int_argument_type(argument, got),
        |shown| msg::u32_range(argument, shown),
    )
}

/// How many customs teams a convoy of `vehicles` motor vehicles needs
/// (R2 §22: one team escorts at most 10): ceil(vehicles / 10), the
/// library's reading of the cap.
///
/// Raises KazcustomsError for 0 vehicles or a number outside 0 to
/// 2**32 - 1, TypeError for a `vehicles` that is not an int.
#[pyfunction]
#[pyo3(
    signature = (vehicles, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(vehicles, *, lang='en')"
)]
pub(crate) fn teams_needed(
    py: Python<'_>,
    vehicles: &Bound<'_, PyAny>,
    lang: Parsed<Lang>,
) -> PyResult<u32> {
    let lang = lang_of(py, lang)?;
    let vehicles = u32_of(vehicles, "vehicles", lang)?;
    kc::escort::teams_needed(vehicles).or_raise(py, lang)
}

/// The escort fee, tenge (R2 §13, annex 1): `rate` (in МРП, as the
/// decision states it) × the МРП for fees in force on the decision `date`
/// (3063 for any date of 2022, not the 3180 of benefits).
///
/// Raises KazcustomsError for a rate of 0 or outside 0 to 2**32 - 1, or a
/// date the МРП table does not cover; TypeError for a `rate` that is not an
/// int or a `date` that is not a datetime.date (or is a datetime.datetime).
#[pyfunction]
#[pyo3(
    signature = (rate, date, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(rate, date, *, lang='en')"
)]
pub(crate) fn escort_fee(
    py: Python<'_>,
    rate: &Bound<'_, PyAny>,
    #[pyo3(from_py_with = crate::day)] date: NaiveDate,
    lang: Parsed<Lang>,
) -> PyResult<u64> {
    let lang = lang_of(py, lang)?;
    let rate = u32_of(rate, "rate", lang)?;
    kc::reference::escort_fee(rate, date).or_raise(py, lang)
}
