//! The delivery control document's own functions (SPEC §3): its four
//! copies, the stamps of annex 3 and capital letters (§8).

use std::ffi::c_char;

use kazcustoms_core::dcd::{self, Dcd, StampFigure, StampLang};
use kazcustoms_core::documents::{DocumentReader, JsonReader};
use kazcustoms_core::Lang;

use crate::documents::in_lang;
use crate::error::kazcustoms_result;
use crate::ffi;

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

/// The four copies of a DCD (R1 §4, §7) and where each goes, as a JSON
/// array, copy 1 first: `[{"number": 1, "destination": {"kk": …, "ru": …,
/// "en": …}}, …]`.
///
/// - `lang`: NULL for each `destination` in all three languages (as
///   above), or `"kk"`, `"ru"` or `"en"` for each as the string in that
///   language.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free(). Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for an unknown `lang`.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_dcd_copies_json(
    lang: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let lang = ffi::opt_str_arg(lang, "lang")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        let copies = dcd::copies();
        let json = match lang {
            None => serde_json::to_string(&copies).unwrap_or_default(),
            Some(lang) => {
                let lang: Lang = lang.parse()?;
                let rows: Vec<serde_json::Value> = copies
                    .iter()
                    .map(|c| {
                        in_lang(
                            serde_json::to_value(c).unwrap_or_default(),
                            "destination",
                            c.destination.get(lang),
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

/// Puts `text` in capital letters as R1 §8 requires of a DCD's entries,
/// Kazakh and Russian letters alike (`ә` → `Ә`, `і` → `І`, `ү` → `Ү`, `ё`
/// → `Ё`, …); anything that is not a letter is kept.
///
/// On success `*out_text` receives a new UTF-8 string, to be freed with
/// kazcustoms_string_free().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_uppercase(
    text: *const c_char,
    out_text: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let text = ffi::str_arg(text, "text")?;
        let out = ffi::out_arg(out_text, "out_text")?;
        out.write(ffi::into_c_string(dcd::uppercase(text))?);
        Ok(())
    })
}
