//! Documents: validation by kind, the DCD column table, stamps and
//! lifecycle (SPEC §3).

use std::ffi::c_char;

use kazcustoms_core::dcd::{self, Dcd, DcdState, StampFigure, StampLang};
use kazcustoms_core::documents::{self, DocumentKind, DocumentReader, JsonReader};
use kazcustoms_core::{Context, Lang, Text};

use crate::error::kazcustoms_result;
use crate::ffi::{self, Failure};
use crate::lifecycle;

/// Validates a document given as JSON and reports every violation.
///
/// - `kind`: the document kind's code name:
///   - `"dcd"`: the delivery control document (SPEC §3; README "The
///     delivery control document", `tests/schema/dcd.schema.json`);
///   - `"guarantee_application"`: an application for a guarantee obligation
///     with the facts of the decision (R1 §11–§16): the report is the
///     decision check (`GO.CONDITION.*`, `GO.REFUSE.*`, `GO.REVIEW.LATE`);
///   - `"guarantee"`: a guarantee obligation (annex 6) with its state
///     (`NUM.*`, `TERM.*`, `GO.STATE`);
///   - `"short_declaration"`: the short declaration (R1 §26–§33; `SD.*`,
///     `SD.LATE` counted in working days);
///   - `"arrival"`: registering the arrival of goods under a DCD (R1
///     §34–§35; `ARRIVAL.*`, `DCD.STATE`): the report of
///     kazcustoms_register_arrival(), which also gives the stamp and the
///     journal row;
///   - `"delivery_certificate"`: the certificate confirming delivery
///     (annex 10; `CERT.*`).
///
///   The JSON shapes are documented in the core's modules
///   (`kazcustoms_core::guarantee`, `::short_declaration`, `::arrival`).
/// - `document_json`: the document.
/// - `options_json`: what the caller knows beyond the document, or NULL or
///   `""` for the defaults: `{"reference": "2026-11-22", "offices":
///   ["50101"], "usd_rate": 470.5, "headings": {"8413": "…"}, "eseal":
///   {"departure": true, "destination": true}, "distance_km": 1890,
///   "convention": "calendar", "lang": "en", "calendar": {"days_off":
///   ["2027-01-08"], "working_days": ["2027-01-09"], "kurban_ait": {"2027":
///   "2027-05-17"}}}`, every member optional; `lang` (default `"en"`) is the
///   language of the report's messages, a missing `reference` means today,
///   and `calendar` changes the built-in working-day calendar (as for
///   kazcustoms_calendar_new()) for the rules that count working days.
///
/// Violations are not errors: the call succeeds and `*report_json`
/// receives the report, `{"ok":…,"lang":…,"violations":[{"rule":
/// "DCD.7.REQUIRED","field":"7","severity":"error","message":"…",
/// "messages":{"kk":…,"ru":…,"en":…},"source":"R1 §9","item":null,
/// "sheet":null}, …]}` (the README's "The report"; `field` is the column,
/// `sheet` and `item` are 1-based for goods columns). The string is new,
/// UTF-8, to be freed with kazcustoms_string_free().
///
/// Fails with KAZCUSTOMS_RESULT_INVALID_DOCUMENT when the document cannot
/// be read as one of its kind (not JSON, a field of the wrong type, an
/// unknown field, a required member missing, nesting too deep, a
/// `distance_km` that is not a distance): the last error's message says why
/// and kazcustoms_last_error_path() gives the JSON path (`document`,
/// `document.packages`, …). Fails with INVALID_ARGUMENT for an unknown kind
/// or options that cannot be read (the path, `options.…`, is given too when
/// the options are not such JSON); NULL_ARGUMENT or INVALID_UTF8 for a bad
/// pointer or string.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_validate_json(
    kind: *const c_char,
    document_json: *const c_char,
    options_json: *const c_char,
    report_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let kind = ffi::str_arg(kind, "kind")?;
        let document = ffi::str_arg(document_json, "document_json")?;
        let options = ffi::opt_str_arg(options_json, "options_json")?.unwrap_or("");
        let out = ffi::out_arg(report_json, "report_json")?;
        // documents::validate_json, with the options read here for their
        // `lang` and to tell a bad argument from a bad document.
        let kind: DocumentKind = kind.parse()?;
        let context = Context::from_json(options).map_err(Failure::argument)?;
        let report = documents::validate(kind, JsonReader::new(document), &context)?;
        out.write(ffi::into_c_string(report.to_json(context.lang))?);
        Ok(())
    })
}

/// The column table of a document kind as JSON, for building forms and
/// user interfaces: an array, in form order, of `{"id": "31", "name":
/// {"kk": …, "ru": …, "en": …}, "filled_by": "declarant" |
/// "carrier_representative" | "customs_officer", "required": "always" |
/// "when_additional_sheets" | "when_goods_list" | "when_escorted" |
/// "when_available" | "at_registration" | "on_arrival", "per_item": true,
/// "fields": ["sheets[].items[].description", …], "source": "R1 §8–§9"}`.
/// For `"dcd"`: the 33 columns of R1 §8.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free(). Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for an unknown kind.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_columns_json(
    kind: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let kind = ffi::str_arg(kind, "kind")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        let json = match kind.parse::<DocumentKind>()? {
            DocumentKind::Dcd => dcd::columns_json(),
            // DocumentKind is non-exhaustive: a kind without a table.
            other => {
                return Err(Failure::invalid_argument(
                    "kind",
                    Text::new(
                        format!("{} үшін бағандар кестесі жоқ", other.name()),
                        format!("для {} нет таблицы граф", other.name()),
                        format!("no column table for {}", other.name()),
                    ),
                ))
            }
        };
        out.write(ffi::into_c_string(json)?);
        Ok(())
    })
}

/// The text of a stamp of annex 3, rendered from a DCD: `figure` 1 (put by
/// the departure office in column C: office, packages, destination,
/// deadline, DCD number, inspector, date) or 2 (put by the destination
/// office on arrival in column D: office, "goods arrived", inspector,
/// date). Values missing from the document are left as blanks
/// (`________`) to fill in by hand. Lines are separated by `\n`.
///
/// - `document_json`: the DCD, as for kazcustoms_validate_json(); it is
///   read, not checked: a document that breaks rules still has stamps.
/// - `lang`: `"kk"` or `"ru"`; the stamps exist in Kazakh and Russian only,
///   so `"en"` is INVALID_ARGUMENT.
///
/// On success `*out_text` receives a new UTF-8 string, to be freed with
/// kazcustoms_string_free(). Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for a `figure` other than 1 or 2 or a `lang` other than kk or ru, and
/// with INVALID_DOCUMENT (and the path) for a document that cannot be read.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_dcd_stamp(
    document_json: *const c_char,
    figure: u32,
    lang: *const c_char,
    out_text: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let document = ffi::str_arg(document_json, "document_json")?;
        let lang = ffi::str_arg(lang, "lang")?;
        let out = ffi::out_arg(out_text, "out_text")?;
        let lang = StampLang::try_from(lang.parse::<Lang>()?)?;
        let figure = StampFigure::try_from(i64::from(figure))?;
        let dcd: Dcd = JsonReader::new(document).read()?;
        let text = dcd.stamp(figure, lang);
        out.write(ffi::into_c_string(text)?);
        Ok(())
    })
}

/// Moves a DCD along its lifecycle `drafted → registered → arrived →
/// completed` (SPEC §3): `from` and `to` are state names.
///
/// On success `*out_state` receives the new state's name (that is, `to`),
/// a new string to be freed with kazcustoms_string_free(). A transition not
/// in the lifecycle (skipping a step, going back, staying put) fails with
/// KAZCUSTOMS_RESULT_VIOLATION and the rule `DCD.STATE` as the last error's
/// rule, with a message naming both states. An unknown state name is
/// INVALID_ARGUMENT.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_dcd_transition(
    from: *const c_char,
    to: *const c_char,
    out_state: *mut *mut c_char,
) -> kazcustoms_result {
    lifecycle::transition::<DcdState>(from, to, out_state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_transition_is_a_violation_of_dcd_state() {
        let failure = Failure::from(
            DcdState::Drafted
                .transition(DcdState::Completed)
                .unwrap_err(),
        );
        assert_eq!(failure.code, kazcustoms_result::Violation);
        assert_eq!(failure.rule.map(|r| r.id()), Some("DCD.STATE"));
    }

    #[test]
    fn unreadable_options_are_an_argument_error_with_a_path() {
        let failure = Failure::argument(Context::from_json(r#"{"usd_rate": "x"}"#).unwrap_err());
        assert_eq!(failure.code, kazcustoms_result::InvalidArgument);
        assert_eq!(failure.path.as_deref(), Some("options.usd_rate"));
    }

    #[test]
    fn an_unreadable_document_names_its_path() {
        let failure = Failure::from(
            JsonReader::new(r#"{"packages": "many"}"#)
                .read::<Dcd>()
                .unwrap_err(),
        );
        assert_eq!(failure.code, kazcustoms_result::InvalidDocument);
        assert_eq!(failure.path.as_deref(), Some("document.packages"));
    }
}
