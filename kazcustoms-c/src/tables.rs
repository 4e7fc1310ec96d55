//! Journals as tables: the registers of the annexes exported as CSV or
//! JSON, by the journal's name in the core's registry.

use std::ffi::{c_char, c_int};

use kazcustoms_core::documents::{self, JournalKind};
use kazcustoms_core::tables::{CsvDelimiter, CsvOptions};
use kazcustoms_core::Lang;

use crate::error::kazcustoms_result;
use crate::ffi;

/// The code names of the journals that kazcustoms_export_journal()
/// exports, as a JSON array in the registry's order: `["dcd_register",
/// "recipients","guarantee_obligations","failed_recipients",
/// "short_declarations","arrivals"]`.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_journal_kinds_json(out_json: *mut *mut c_char) -> kazcustoms_result {
    ffi::call(|| {
        let out = ffi::out_arg(out_json, "out_json")?;
        let json = serde_json::to_string(JournalKind::NAMES).unwrap_or_default();
        out.write(ffi::into_c_string(json)?);
        Ok(())
    })
}

/// Exports a journal (register) given as its entries, with the annex's
/// column headers in `lang`, in the annex's column order.
///
/// - `journal`: `"dcd_register"` (the DCD registration journal, annex 2),
///   `"recipients"` (the register of recipients, annex 4),
///   `"guarantee_obligations"` (the guarantee-obligation journal, annex 5),
///   `"failed_recipients"` (recipients who failed their obligations, §20),
///   `"short_declarations"` (the short-declaration journal, annex 8) or
///   `"arrivals"` (the journal of arrivals, annex 9).
/// - `entries_json`: the entries, as the core serializes them (for
///   `"arrivals"` a JSON array of the `entry` objects of
///   kazcustoms_register_arrival(); for the guarantee journals the JSON
///   arrays of kazcustoms_guarantee_office_obligations_json() and the like;
///   the shapes are in the core's
///   `kazcustoms_core::documents::JournalKind::table_from_json`).
/// - `format`: `"csv"` (RFC 4180: comma-separated, CRLF line ends, fields
///   quoted where they hold a comma, quote or line break; the header row
///   first) or `"json"` (`{"title": …, "headers": […], "rows": [{header:
///   cell, …}, …]}`, each row an object keyed by the headers in the annex's
///   order).
/// - `lang`: `"kk"`, `"ru"` or `"en"`: the language of the title and the
///   headers (the cells are the journal's own texts).
///
/// On success `*out` receives the table, a new UTF-8 string to be freed
/// with kazcustoms_string_free(). Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for an unknown journal (kazcustoms_journal_kinds_json() lists them),
/// format or language, and with INVALID_DOCUMENT for entries that cannot be
/// read (kazcustoms_last_error_input() is `"entries"` and
/// kazcustoms_last_error_path() gives the path, e.g. `entries[0].number`).
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_export_journal(
    journal: *const c_char,
    entries_json: *const c_char,
    format: *const c_char,
    lang: *const c_char,
    out: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let journal = ffi::str_arg(journal, "journal")?;
        let entries = ffi::str_arg(entries_json, "entries_json")?;
        let format = ffi::str_arg(format, "format")?;
        let lang = ffi::str_arg(lang, "lang")?;
        let out = ffi::out_arg(out, "out")?;
        let lang: Lang = lang.parse()?;
        let table = documents::export_journal(journal, entries, format, lang)?;
        out.write(ffi::into_c_string(table)?);
        Ok(())
    })
}

/// Exports a journal as CSV with the options that spreadsheet programs in
/// Kazakh and Russian locales need: kazcustoms_export_journal() with
/// `format` `"csv"`, a `delimiter` and a byte order mark.
///
/// - `journal`, `entries_json`, `lang`: as for kazcustoms_export_journal().
/// - `delimiter`: `","` (RFC 4180, as kazcustoms_export_journal() writes)
///   or `";"` (where the decimal separator is a comma); a field is quoted
///   where it holds the delimiter, a quote or a line break; CRLF line ends.
/// - `bom`: nonzero to start the text with a UTF-8 byte order mark
///   (EF BB BF), which those programs need to read the text as UTF-8; 0
///   for none.
///
/// On success `*out` receives the table, a new UTF-8 string to be freed
/// with kazcustoms_string_free(). Fails as kazcustoms_export_journal(),
/// and with KAZCUSTOMS_RESULT_INVALID_ARGUMENT for any other delimiter.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_export_journal_csv(
    journal: *const c_char,
    entries_json: *const c_char,
    lang: *const c_char,
    delimiter: *const c_char,
    bom: c_int,
    out: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let journal = ffi::str_arg(journal, "journal")?;
        let entries = ffi::str_arg(entries_json, "entries_json")?;
        let lang = ffi::str_arg(lang, "lang")?;
        let delimiter = ffi::str_arg(delimiter, "delimiter")?;
        let out = ffi::out_arg(out, "out")?;
        let lang: Lang = lang.parse()?;
        let csv = CsvOptions {
            delimiter: delimiter.parse::<CsvDelimiter>()?,
            bom: bom != 0,
        };
        let table = documents::export_journal_with(journal, entries, "csv", lang, csv)?;
        out.write(ffi::into_c_string(table)?);
        Ok(())
    })
}
