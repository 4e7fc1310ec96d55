//! Journals as tables (annexes 2, 4, 5, 8, 9 and the register of §20):
//! `export_journal`.

use kazcustoms_core as kc;
use kc::messages::python as msg;
use kc::tables::{CsvDelimiter, CsvOptions};
use kc::{Input, Lang};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

use crate::depythonize::read_value;
use crate::{lang_of, text_of, type_error, type_name, OrRaise, Parsed};

/// Exports a journal as CSV (RFC 4180: comma-separated, CRLF line ends,
/// headers first) or JSON ({'title', 'headers', 'rows': [{header: cell}]}),
/// with the annex's column headers in `lang`, in the annex's column order.
///
/// `journal` is one of JOURNAL_KINDS: 'dcd_register' (annex 2),
/// 'recipients' (annex 4), 'guarantee_obligations' (annex 5),
/// 'failed_recipients' (§20), 'short_declarations' (annex 8), 'arrivals'
/// (annex 9). `entries` is a list of the journal's entries as dicts (as
/// json.load gives them, dates as ISO str: ArrivalRecord.entry, the lists of
/// GuaranteeOffice), or a str of JSON holding that list.
///
/// `delimiter` (',' or ';') and `bom` (start with a UTF-8 byte order mark)
/// shape a CSV export for spreadsheet programs: `delimiter=";", bom=True`
/// is what they expect in Kazakh and Russian locales, where the decimal
/// separator is a comma; a field is quoted where it holds the delimiter, a
/// quote or a line break. A JSON export ignores them.
///
/// Raises InvalidDocument (input 'entries', with `.path`, e.g.
/// 'entries[0].number') for entries that cannot be read, KazcustomsError for an unknown journal,
/// format or delimiter, TypeError for entries that are neither a list (or tuple) nor a
/// str.
#[pyfunction]
#[pyo3(
    signature = (
        journal,
        entries,
        *,
        format = None,
        lang = Parsed::ok(Lang::En),
        delimiter = Parsed::ok(CsvDelimiter::Comma),
        bom = false
    ),
    text_signature = "(journal, entries, *, format='csv', lang='en', delimiter=',', bom=False)"
)]
pub(crate) fn export_journal(
    journal: &Bound<'_, PyString>,
    entries: &Bound<'_, PyAny>,
    format: Option<&Bound<'_, PyString>>,
    lang: Parsed<Lang>,
    delimiter: Parsed<CsvDelimiter>,
    bom: bool,
) -> PyResult<String> {
    let py = entries.py();
    let lang = lang_of(py, lang)?;
    let csv = CsvOptions {
        delimiter: delimiter.get(py, lang)?,
        bom,
    };
    let text = if let Ok(s) = entries.cast::<PyString>() {
        text_of(s).into_owned()
    } else if entries.is_instance_of::<PyList>() || entries.is_instance_of::<PyTuple>() {
        // Read as a JSON value (the path of a value of no JSON type under
        // `entries`), then by the journal's own entry type from its text.
        let value: serde_json::Value = read_value(entries, Input::Entries).or_raise(py, lang)?;
        value.to_string()
    } else {
        return Err(type_error(&msg::entries_type(&type_name(entries)), lang));
    };
    let format = format.map_or(std::borrow::Cow::Borrowed("csv"), text_of);
    kc::documents::export_journal_with(&text_of(journal), &text, &format, lang, csv)
        .or_raise(py, lang)
}
