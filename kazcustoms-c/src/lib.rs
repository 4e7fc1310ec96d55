//! # libkazcustoms: the C API of kazcustoms-core
//!
//! A thin layer over `kazcustoms-core`: every exported function converts its
//! C arguments, calls the core and converts the result or the error. No
//! customs rule lives here; the header `include/kazcustoms.h` is generated
//! from this crate by cbindgen (see `tests/header.rs`).
//!
//! Conventions (those of rustls-ffi and regex-capi):
//!
//! * Every function that can fail returns a [`kazcustoms_result`]; outputs
//!   are out-parameters placed last and written only on success.
//! * A failing call sets the calling thread's last error: the rule id
//!   (empty for input errors), a message in Kazakh, Russian or English and,
//!   for JSON that cannot be read, the input and the JSON path of the
//!   offending field, read into a caller buffer with
//!   `kazcustoms_last_error_rule`, `kazcustoms_last_error_message` and
//!   `kazcustoms_last_error_path` (the input: `kazcustoms_last_error_input`).
//!   The result code is given by the core error's class alone (see
//!   [`kazcustoms_result`]).
//! * A document that breaks rules is not an error: validation succeeds and
//!   returns the report of every violation, as JSON
//!   (`kazcustoms_validate_json`) or as a `kazcustoms_report` handle read
//!   without a JSON parser (`kazcustoms_validate`, `kazcustoms_report_*`).
//! * The library reads and writes UTF-8; `kazcustoms_cp1251_to_utf8`
//!   converts CP1251 text from legacy systems.
//! * Opaque handles (`kazcustoms_offices`, `kazcustoms_journal`,
//!   `kazcustoms_calendar`, `kazcustoms_guarantee_office`,
//!   `kazcustoms_report`) come in `_new`/`_free` pairs (a report's maker is
//!   `kazcustoms_validate`); every returned string is freed with
//!   [`kazcustoms_string_free`], except those a handle lends, valid until
//!   it is freed; every `_free(NULL)` is a no-op.
//! * A NULL where a value is required is `KAZCUSTOMS_RESULT_NULL_ARGUMENT`,
//!   a string that is not UTF-8 is `KAZCUSTOMS_RESULT_INVALID_UTF8`, and a
//!   panic is caught at the boundary and returned as
//!   `KAZCUSTOMS_RESULT_PANIC`; it never unwinds into C.
//!
//! All pointer handling, and all `unsafe`, is in the private `ffi` module.
//! The exported functions are safe Rust functions in the way rustls-ffi's
//! are: they are meant to be called from C, under the pointer contract that
//! the header states (a non-NULL pointer is valid for the call).
#![allow(non_camel_case_types)]
#![deny(missing_docs)]

use std::ffi::c_char;

// The order of these modules is the order of the functions in the header
// (cbindgen follows the source); rustfmt keeps it because of the blank lines.
mod error;

mod types;

mod number;

mod deadline;

mod journal;

mod documents;

mod report;

mod dcd;

mod lifecycle;

mod guarantee;

mod calendar;

mod arrival;

mod tables;

mod reference;

mod escort;

mod text;

mod ffi;

pub use arrival::kazcustoms_register_arrival;
pub use calendar::{
    kazcustoms_add_working_days, kazcustoms_calendar, kazcustoms_calendar_free,
    kazcustoms_calendar_new, kazcustoms_day_kind, kazcustoms_is_working_day,
    kazcustoms_next_working_day, kazcustoms_working_days_between,
};
pub use dcd::{kazcustoms_dcd_copies_json, kazcustoms_dcd_stamp, kazcustoms_uppercase};
pub use deadline::{kazcustoms_check_deadline, kazcustoms_delivery_deadline};
pub use documents::{
    kazcustoms_columns_json, kazcustoms_document_kinds_json, kazcustoms_schema_json,
    kazcustoms_validate_json,
};
pub use error::{
    kazcustoms_last_error_input, kazcustoms_last_error_message, kazcustoms_last_error_path,
    kazcustoms_last_error_rule, kazcustoms_result,
};
pub use escort::{kazcustoms_escort_fee, kazcustoms_teams_needed};
pub use guarantee::{
    kazcustoms_guarantee_office, kazcustoms_guarantee_office_code,
    kazcustoms_guarantee_office_expire, kazcustoms_guarantee_office_fail,
    kazcustoms_guarantee_office_failed_json, kazcustoms_guarantee_office_free,
    kazcustoms_guarantee_office_from_json, kazcustoms_guarantee_office_from_json_at,
    kazcustoms_guarantee_office_fulfil, kazcustoms_guarantee_office_new,
    kazcustoms_guarantee_office_obligation, kazcustoms_guarantee_office_obligations_json,
    kazcustoms_guarantee_office_recipients_json, kazcustoms_guarantee_office_register,
    kazcustoms_guarantee_office_return_unused, kazcustoms_guarantee_office_take_at_departure,
    kazcustoms_guarantee_office_to_json,
};
pub use journal::{
    kazcustoms_journal, kazcustoms_journal_free, kazcustoms_journal_from_json,
    kazcustoms_journal_from_json_at, kazcustoms_journal_issue, kazcustoms_journal_new,
    kazcustoms_journal_to_json,
};
pub use lifecycle::{
    kazcustoms_dcd_transition, kazcustoms_guarantee_transition, kazcustoms_states_json,
    kazcustoms_transition,
};
pub use number::{
    kazcustoms_normalize, kazcustoms_offices, kazcustoms_offices_free, kazcustoms_offices_new,
    kazcustoms_parse_number,
};
pub use reference::kazcustoms_mrp;
pub use report::{
    kazcustoms_report, kazcustoms_report_count, kazcustoms_report_field, kazcustoms_report_found,
    kazcustoms_report_free, kazcustoms_report_item, kazcustoms_report_lang,
    kazcustoms_report_message, kazcustoms_report_ok, kazcustoms_report_rule,
    kazcustoms_report_severity, kazcustoms_report_sheet, kazcustoms_report_source,
    kazcustoms_report_to_json, kazcustoms_report_truncated, kazcustoms_rule_title,
    kazcustoms_validate,
};
pub use tables::{
    kazcustoms_export_journal, kazcustoms_export_journal_csv, kazcustoms_journal_kinds_json,
};
pub use text::kazcustoms_cp1251_to_utf8;
pub use types::{kazcustoms_date, kazcustoms_kind, kazcustoms_number};

/// The library version, e.g. `0.1.0`, NUL-terminated.
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

/// The library version, e.g. "0.1.0": a static string, not to be freed.
#[no_mangle]
pub extern "C" fn kazcustoms_version() -> *const c_char {
    VERSION.as_ptr().cast()
}

/// The code name of a kind (`"dcd"`, `"guarantee"`, `"short_declaration"`,
/// `"tsw"`, `"escort"`, `"security"`): a static string, not to be freed;
/// NULL for a value that is not a kazcustoms_kind.
#[no_mangle]
pub extern "C" fn kazcustoms_kind_name(kind: u32) -> *const c_char {
    use kazcustoms_core::NumberKind;
    static NAMES: ffi::CNames = ffi::CNames::new();
    let index =
        kazcustoms_kind::from_u32(kind).and_then(|k| NumberKind::ALL.iter().position(|&n| n == k));
    index.map_or(std::ptr::null(), |i| NAMES.get(NumberKind::NAMES, i))
}

/// Frees a string returned by this library through an out-parameter
/// (`char **`: kazcustoms_normalize(), kazcustoms_validate_json(),
/// kazcustoms_transition(), kazcustoms_guarantee_office_to_json(), …).
/// NULL is a no-op. Never pass it a string from anywhere else (the static
/// strings of kazcustoms_version(), kazcustoms_kind_name() and
/// kazcustoms_last_error_input() are not freed), nor free one twice.
#[no_mangle]
pub extern "C" fn kazcustoms_string_free(s: *mut c_char) {
    ffi::call_void(|| ffi::free_c_string(s));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    fn c(p: *const c_char) -> &'static str {
        assert!(!p.is_null());
        // SAFETY: test-only; the pointers are the static strings above.
        unsafe { CStr::from_ptr(p) }.to_str().unwrap()
    }

    #[test]
    fn version_is_the_core_version() {
        assert_eq!(c(kazcustoms_version()), kazcustoms_core::VERSION);
    }

    #[test]
    fn kind_names_are_the_core_names() {
        for &kind in kazcustoms_core::NumberKind::ALL {
            let value = kazcustoms_kind::from(kind) as u32;
            assert_eq!(c(kazcustoms_kind_name(value)), kind.name());
        }
        assert!(kazcustoms_kind_name(99).is_null());
    }
}
