//! Documents by kind (SPEC §3): the list of kinds, validation, JSON
//! Schemas and column tables, each a call of the core's registry
//! (`kazcustoms_core::documents`) by the kind's name.

use std::ffi::c_char;

use kazcustoms_core::documents::{self, DocumentKind, JsonReader};
use kazcustoms_core::{Context, Lang};

use crate::error::kazcustoms_result;
use crate::ffi;

/// The code names of the document kinds, as a JSON array in the registry's
/// order: `["dcd","guarantee_application","guarantee","short_declaration",
/// "arrival","delivery_certificate"]`. Every function that takes a document
/// `kind` accepts these names.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_document_kinds_json(out_json: *mut *mut c_char) -> kazcustoms_result {
    ffi::call(|| {
        let out = ffi::out_arg(out_json, "out_json")?;
        let json = serde_json::to_string(DocumentKind::NAMES).unwrap_or_default();
        out.write(ffi::into_c_string(json)?);
        Ok(())
    })
}

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
///     (annex 10; `CERT.*`);
///   - `"security"`: the security document ҚРҚ / ДПОУ (R3; `SEC.*`).
///
///   The JSON shapes are documented in the core's modules
///   (`kazcustoms_core::guarantee`, `::short_declaration`, `::arrival`,
///   `::security`).
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
///   `"security_documents": [{…}, …]` gives related security documents (each
///   in the shape of kind `"security"`): a DCD citing one in column 44 (7C)
///   and a delivery certificate naming one are checked against it
///   (`SEC.LINK.*`).
///
/// Violations are not errors: the call succeeds and `*report_json`
/// receives the report, `{"ok":…,"lang":…,"found":…,"truncated":…,"violations":[{"rule":
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
/// `document.packages`, …), kazcustoms_last_error_input() `"document"`.
/// Options that cannot be read are INVALID_DOCUMENT too, with the input
/// `"options"` and a path such as `options.usd_rate` (calendar changes in
/// them: `options.calendar.days_off[0]`). Fails with INVALID_ARGUMENT for
/// an unknown kind (kazcustoms_document_kinds_json() lists them) or options
/// out of their domain (e.g. an unknown `lang`); NULL_ARGUMENT or
/// INVALID_UTF8 for a bad pointer or string.
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
        let (report, lang) = validate_text(kind, document, options)?;
        out.write(ffi::into_c_string(report.to_json(lang))?);
        Ok(())
    })
}

/// `documents::validate_json`, with the options read here for their
/// `lang`, the language of the report: what kazcustoms_validate_json() and
/// kazcustoms_validate() (the report handle) share.
pub(crate) fn validate_text(
    kind: &str,
    document: &str,
    options: &str,
) -> Result<(kazcustoms_core::Report, kazcustoms_core::Lang), ffi::Failure> {
    let kind: DocumentKind = kind.parse()?;
    let context = Context::from_json(options)?;
    let report = documents::validate(kind, JsonReader::new(document), &context)?;
    Ok((report, context.lang))
}

/// The JSON Schema (draft 2020-12) of a document kind's JSON, generated
/// from the core's types: what kazcustoms_validate_json() reads for that
/// kind. Pretty-printed.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free(). Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for an unknown kind.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_schema_json(
    kind: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let kind = ffi::str_arg(kind, "kind")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        out.write(ffi::into_c_string(documents::schema_json(kind)?)?);
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
/// - `lang`: NULL for each `name` in all three languages (as above), or
///   `"kk"`, `"ru"` or `"en"` for each `name` as the string in that
///   language.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free(). Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for an unknown kind, a kind without a column table or an unknown
/// `lang`.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_columns_json(
    kind: *const c_char,
    lang: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let kind = ffi::str_arg(kind, "kind")?;
        let lang = ffi::opt_str_arg(lang, "lang")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        let json = match lang {
            None => documents::columns_json(kind)?,
            Some(lang) => {
                let lang: Lang = lang.parse()?;
                let columns = documents::columns(kind.parse()?)?;
                let rows: Vec<serde_json::Value> = columns
                    .iter()
                    .map(|c| {
                        in_lang(
                            serde_json::to_value(c).unwrap_or_default(),
                            "name",
                            c.name.get(lang),
                        )
                    })
                    .collect();
                serde_json::to_string(&rows).unwrap_or_default()
            }
        };
        out.write(ffi::into_c_string(json)?);
        Ok(())
    })
}

/// `json`, an object, with its member `key` (a text in three languages)
/// replaced by `text`, the text in one language.
pub(crate) fn in_lang(mut json: serde_json::Value, key: &str, text: &str) -> serde_json::Value {
    if let Some(object) = json.as_object_mut() {
        object.insert(key.to_owned(), text.into());
    }
    json
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::Failure;
    use kazcustoms_core::dcd::Dcd;
    use kazcustoms_core::documents::DocumentReader;
    use kazcustoms_core::Input;

    #[test]
    fn unreadable_options_are_an_invalid_document_with_a_path() {
        let failure = Failure::from(Context::from_json(r#"{"usd_rate": "x"}"#).unwrap_err());
        assert_eq!(failure.code, kazcustoms_result::InvalidDocument);
        assert_eq!(failure.input, Some(Input::Options));
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
        assert_eq!(failure.input, Some(Input::Document));
        assert_eq!(failure.path.as_deref(), Some("document.packages"));
    }

    #[test]
    fn a_name_in_one_language_replaces_the_three() {
        let columns = documents::columns(DocumentKind::Dcd).unwrap();
        let row = in_lang(
            serde_json::to_value(&columns[0]).unwrap(),
            "name",
            columns[0].name.get(Lang::Ru),
        );
        assert_eq!(row["name"], "Тип декларации");
        assert_eq!(row["id"], "1");
    }
}
