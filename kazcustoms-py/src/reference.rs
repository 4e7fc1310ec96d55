//! The monthly calculation index (МРП) in force on a date for a purpose
//! (`kazcustoms_core::reference::mrp`): `mrp`.

use chrono::NaiveDate;
use kazcustoms_core as kc;
use kc::reference::MrpPurpose;
use kc::Lang;
use pyo3::prelude::*;

use crate::{lang_of, OrRaise, Parsed};

/// The monthly calculation index (МРП), tenge, in force on `date` for
/// `purpose`: 'fees' (customs fees such as the escort fee, state duties,
/// fines, taxes and other payments) or 'benefits' (benefits and other
/// social payments). The two differ from 1 April 2022: fees 3063 all year,
/// benefits 3180.
///
/// Raises KazcustomsError for a date the table does not cover (before
/// 2003-01-01, after 2026-12-31; the message names the date and the range)
/// or an unknown purpose, TypeError for a `date` that is not a
/// datetime.date or is a datetime.datetime.
#[pyfunction]
#[pyo3(
    signature = (date, purpose = Parsed::ok(MrpPurpose::Fees), *, lang = Parsed::ok(Lang::En)),
    text_signature = "(date, purpose='fees', *, lang='en')"
)]
pub(crate) fn mrp(
    py: Python<'_>,
    #[pyo3(from_py_with = crate::day)] date: NaiveDate,
    purpose: Parsed<MrpPurpose>,
    lang: Parsed<Lang>,
) -> PyResult<u32> {
    let lang = lang_of(py, lang)?;
    let purpose = purpose.get(py, lang)?;
    kc::reference::mrp(date, purpose).or_raise(py, lang)
}
