//! The catalogue of rule ids: `rule_title`.

use kazcustoms_core as kc;
use kc::{Lang, Rule};
use pyo3::prelude::*;

use crate::{lang_of, Parsed};

/// The one-line title of the rule with the id `rule` (e.g. 'TERM.LIMIT')
/// in `lang`: the catalogue's title, as a summary by rule names it (the
/// message of a violation says more: the values that break the rule).
///
/// Raises KazcustomsError for an id the catalogue does not have, TypeError
/// for a `rule` that is not a str.
#[pyfunction]
#[pyo3(
    signature = (rule, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(rule, *, lang='en')"
)]
pub(crate) fn rule_title(
    py: Python<'_>,
    rule: Parsed<Rule>,
    lang: Parsed<Lang>,
) -> PyResult<String> {
    let lang = lang_of(py, lang)?;
    let rule = rule.get(py, lang)?;
    Ok(rule.title().get(lang).to_owned())
}
