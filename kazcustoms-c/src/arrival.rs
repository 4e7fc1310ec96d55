//! The end of internal transit: registering the arrival of goods under a
//! DCD at the destination office (R1 §34–§35; SPEC §3, §9).

use std::ffi::c_char;

use kazcustoms_core::arrival::ArrivalDocument;
use kazcustoms_core::documents::{DocumentReader, JsonReader};
use kazcustoms_core::Context;

use crate::error::kazcustoms_result;
use crate::ffi;

/// Registers the arrival of goods under a DCD (R1 §34–§35): moves the DCD
/// to `arrived`, writes stamp figure 2 with the declaration number, makes
/// the arrivals journal row (annex 9), and checks the arrival against the
/// column 50 deadline.
///
/// - `document_json`: the `"arrival"` document of kazcustoms_validate_json():
///   `{"dcd": {…the DCD…}, "state": "registered", "arrival": {"date":
///   "2026-10-16", "declaration": {"kind": "short_declaration" |
///   "cargo_customs_declaration", "number": "15101/16106/000123"},
///   "officer": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311"}, "office":
///   "…", "journal_number": 214, "note": null}}`; `state` is the DCD's state
///   before the arrival (`registered` when absent).
/// - `options_json`: as for kazcustoms_validate_json() (NULL or `""` for
///   the defaults); `reference` and `offices` are used to read the numbers,
///   `lang` is the language of the report's messages.
///
/// On success `*record_json` receives the record, a new string to be freed
/// with kazcustoms_string_free():
/// `{"registered": true, "state": "arrived", "delivered_on": "2026-10-16",
/// "deadline": "2026-10-16", "in_time": true, "stamp": {"kk": "…", "ru":
/// "…"}, "stamp_d": {"office": …, "inspector": …, "personal_seal": …,
/// "date": …}, "entry": {…the annex 9 row…}, "report": {…}}`.
/// `registered` tells whether the arrival was registered: late goods are
/// still registered (the report has `ARRIVAL.OVERDUE`, `in_time` is false);
/// a blocking violation (`DCD.STATE`, no usable DCD or declaration number,
/// no date, an arrival before the DCD's registration, no officer) leaves
/// `registered` false, the state unchanged and `delivered_on`, `stamp`,
/// `stamp_d` and `entry` null. `in_time` is null when the arrival date or
/// the deadline is unknown. The `stamp` texts are lines joined by `\n`;
/// `entry` is a journal entry as kazcustoms_export_journal() reads it for
/// `"arrivals"`; `report` is the report of kazcustoms_validate_json() for
/// the same document.
///
/// Fails, like kazcustoms_validate_json(), only for input errors:
/// KAZCUSTOMS_RESULT_INVALID_DOCUMENT for a document (input `"document"`,
/// path e.g. `document.state`) or options (input `"options"`) that cannot
/// be read, INVALID_ARGUMENT for options out of their domain,
/// NULL_ARGUMENT or INVALID_UTF8.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_register_arrival(
    document_json: *const c_char,
    options_json: *const c_char,
    record_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let document = ffi::str_arg(document_json, "document_json")?;
        let options = ffi::opt_str_arg(options_json, "options_json")?.unwrap_or("");
        let out = ffi::out_arg(record_json, "record_json")?;
        // arrival::register_json, with the options read here for their
        // `lang`, the language of the report.
        let context = Context::from_json(options)?;
        // Every field that cannot be read, as kazcustoms_validate_json().
        let document: ArrivalDocument =
            JsonReader::new(document)
                .read()
                .map_err(|e: kazcustoms_core::Error| {
                    let value = serde_json::from_str::<serde_json::Value>(document).ok();
                    kazcustoms_core::json::with_problems(e, value.as_ref(), &|| {
                        kazcustoms_core::DocumentKind::Arrival.shape()
                    })
                })?;
        let record = document.register(&context);
        out.write(ffi::into_c_string(record.to_json(context.lang))?);
        Ok(())
    })
}
