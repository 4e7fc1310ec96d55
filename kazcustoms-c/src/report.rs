//! The report of a validation as a handle, read without a JSON parser: the
//! count and, by index, each violation's rule id, field, severity, message
//! in a language, source, goods item and sheet; beside it the JSON form.
//!
//! Convention of the accessors (regex-capi's): they take the handle and an
//! index and return the value directly, never fail and never change the
//! thread's last error. A string is borrowed from the handle, NUL-terminated
//! UTF-8, valid until kazcustoms_report_free(); NULL means "no such
//! violation" (a NULL handle, an index at or past kazcustoms_report_count())
//! or, for the message, a language that is not `kk`, `ru` or `en`. The item
//! and the sheet are 1-based, so 0 means "none" (the violation is about no
//! goods item, no sheet) as well as "no such violation".
//!
//! Every string is made when the handle is made (the messages in the three
//! languages with them), so that reading one never allocates and never
//! fails, and the handle, immutable, may be read by several threads at once.

use std::ffi::{c_char, c_int, CString};

use kazcustoms_core::{Lang, Report, Rule, Violation};

use crate::error::kazcustoms_result;
use crate::ffi::{self, Failure};

/// The report of kazcustoms_validate() (opaque): every violation found (the
/// first ones, when the report was cut at the `violations` limit of the
/// options), each with its rule id, field, severity, message in Kazakh,
/// Russian and English, source, goods item and sheet, read by index with
/// the kazcustoms_report_* functions.
///
/// Freed by kazcustoms_report_free(). Every string an accessor returns is
/// owned by the report and stays valid until the report is freed; never
/// free it.
///
/// Thread safety: a report is immutable; several threads may read one at
/// once. kazcustoms_report_free() must not run while another thread still
/// reads it.
pub struct kazcustoms_report {
    report: Report,
    /// The language of the options (`lang`, default `en`): the language of
    /// a message or of the JSON form asked for with `lang = NULL`.
    lang: Lang,
    rows: Vec<Row>,
}

/// One violation's strings, as C strings.
struct Row {
    rule: CString,
    field: CString,
    severity: CString,
    source: CString,
    /// The message in kk, ru, en (the order of `Lang::ALL`).
    messages: Vec<CString>,
    item: u32,
    sheet: u32,
}

impl Row {
    fn of(v: &Violation) -> Result<Row, Failure> {
        Ok(Row {
            rule: ffi::c_string(v.rule.id())?,
            field: ffi::c_string(v.field.as_bytes())?,
            severity: ffi::c_string(v.severity.as_str())?,
            source: ffi::c_string(v.source.as_bytes())?,
            messages: Lang::ALL
                .iter()
                .map(|&lang| ffi::c_string(v.message.get(lang)))
                .collect::<Result<_, _>>()?,
            item: v.item.unwrap_or(0),
            sheet: v.sheet.unwrap_or(0),
        })
    }

    fn message(&self, lang: Lang) -> Option<&CString> {
        let index = Lang::ALL.iter().position(|&l| l == lang)?;
        self.messages.get(index)
    }
}

impl kazcustoms_report {
    fn new(report: Report, lang: Lang) -> Result<kazcustoms_report, Failure> {
        let rows = report
            .violations()
            .iter()
            .map(Row::of)
            .collect::<Result<_, _>>()?;
        Ok(kazcustoms_report { report, lang, rows })
    }
}

/// Validates a document given as JSON and reports every violation, as a
/// report handle instead of JSON text: what kazcustoms_validate_json() does
/// (the same `kind`, `document_json` and `options_json`, the same
/// failures), with the report read by kazcustoms_report_count() and the
/// accessors, or as JSON by kazcustoms_report_to_json().
///
/// Violations are not errors: the call succeeds and `*out_report` receives
/// a new report, to be freed with kazcustoms_report_free(); a valid
/// document gives a report of count 0. The `lang` of the options (default
/// `"en"`) is the report's language: that of kazcustoms_report_message()
/// and kazcustoms_report_to_json() with `lang = NULL`.
///
/// Fails as kazcustoms_validate_json() does: INVALID_DOCUMENT for a
/// document or options that cannot be read (with
/// kazcustoms_last_error_input() and kazcustoms_last_error_path()),
/// INVALID_ARGUMENT for an unknown kind or options out of their domain,
/// NULL_ARGUMENT or INVALID_UTF8 for a bad pointer or string (the message
/// gives the offset of the first invalid byte). `*out_report` is written
/// only on success.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_validate(
    kind: *const c_char,
    document_json: *const c_char,
    options_json: *const c_char,
    out_report: *mut *mut kazcustoms_report,
) -> kazcustoms_result {
    ffi::call(|| {
        let kind = ffi::str_arg(kind, "kind")?;
        let document = ffi::str_arg(document_json, "document_json")?;
        let options = ffi::opt_str_arg(options_json, "options_json")?.unwrap_or("");
        let out = ffi::out_arg(out_report, "out_report")?;
        let (report, lang) = crate::documents::validate_text(kind, document, options)?;
        let handle = kazcustoms_report::new(report, lang)?;
        out.write(ffi::into_handle(handle));
        Ok(())
    })
}

/// Reads `report` with `f`; `default` for a NULL report (and if `f`
/// panicked, which it cannot).
fn read<R>(
    report: *const kazcustoms_report,
    default: R,
    f: impl FnOnce(&kazcustoms_report) -> R,
) -> R {
    let mut out = None;
    ffi::call_void(|| out = ffi::opt_ref(report).map(f));
    out.unwrap_or(default)
}

/// Reads violation `index` of `report` with `f`; `default` for a NULL
/// report or an index out of range.
fn row<R>(
    report: *const kazcustoms_report,
    index: usize,
    default: R,
    f: impl FnOnce(&Row) -> R,
) -> R {
    let mut out = None;
    ffi::call_void(|| out = ffi::opt_ref(report).and_then(|r| r.rows.get(index)).map(f));
    out.unwrap_or(default)
}

/// The number of violations the report holds (0 for a valid document or a
/// NULL report); the accessors take an index from 0 to this count minus 1.
/// Less than kazcustoms_report_found() when the report was cut.
#[no_mangle]
pub extern "C" fn kazcustoms_report_count(report: *const kazcustoms_report) -> usize {
    read(report, 0, |r| r.rows.len())
}

/// How many violations were found: more than kazcustoms_report_count()
/// when the report was cut at the `violations` limit of the options
/// (`{"limits": {"violations": 100}}`), else the same. 0 for a NULL report.
#[no_mangle]
pub extern "C" fn kazcustoms_report_found(report: *const kazcustoms_report) -> usize {
    read(report, 0, |r| r.report.found())
}

/// 1 when the report was cut at the `violations` limit (it holds the first
/// kazcustoms_report_count() of kazcustoms_report_found() violations), 0
/// when it holds every violation found or the report is NULL.
#[no_mangle]
pub extern "C" fn kazcustoms_report_truncated(report: *const kazcustoms_report) -> c_int {
    read(report, 0, |r| c_int::from(r.report.truncated()))
}

/// 1 when no violation found has severity `"error"` (warnings allowed; a
/// violation cut away counts too), the `ok` of the JSON report; 0 when one
/// has, or the report is NULL.
#[no_mangle]
pub extern "C" fn kazcustoms_report_ok(report: *const kazcustoms_report) -> c_int {
    read(report, 0, |r| c_int::from(r.report.ok()))
}

/// The report's language, `"kk"`, `"ru"` or `"en"` (the `lang` of the
/// options): a static string, not to be freed; NULL for a NULL report.
#[no_mangle]
pub extern "C" fn kazcustoms_report_lang(report: *const kazcustoms_report) -> *const c_char {
    static NAMES: ffi::CNames = ffi::CNames::new();
    read(report, std::ptr::null(), |r| {
        let index = Lang::ALL.iter().position(|&l| l == r.lang);
        index.map_or(std::ptr::null(), |i| NAMES.get(Lang::NAMES, i))
    })
}

/// The rule id of violation `index`, e.g. `"DCD.7.REQUIRED"`; NULL when
/// there is no such violation. Borrowed from the report (valid until
/// kazcustoms_report_free()).
#[no_mangle]
pub extern "C" fn kazcustoms_report_rule(
    report: *const kazcustoms_report,
    index: usize,
) -> *const c_char {
    row(report, index, std::ptr::null(), |r| r.rule.as_ptr())
}

/// The field or column violation `index` is about (`"7"`, `"31"`,
/// `"deadline"`, …); NULL when there is no such violation. Borrowed from
/// the report.
#[no_mangle]
pub extern "C" fn kazcustoms_report_field(
    report: *const kazcustoms_report,
    index: usize,
) -> *const c_char {
    row(report, index, std::ptr::null(), |r| r.field.as_ptr())
}

/// The severity of violation `index`: `"error"` (the report is not ok) or
/// `"warning"`; NULL when there is no such violation. Borrowed from the
/// report.
#[no_mangle]
pub extern "C" fn kazcustoms_report_severity(
    report: *const kazcustoms_report,
    index: usize,
) -> *const c_char {
    row(report, index, std::ptr::null(), |r| r.severity.as_ptr())
}

/// The message of violation `index` in `lang` (`"kk"`, `"ru"` or `"en"`;
/// NULL for the report's language, kazcustoms_report_lang()), UTF-8; NULL
/// when there is no such violation or `lang` is not one of the three.
/// Borrowed from the report.
#[no_mangle]
pub extern "C" fn kazcustoms_report_message(
    report: *const kazcustoms_report,
    index: usize,
    lang: *const c_char,
) -> *const c_char {
    let mut out = std::ptr::null();
    ffi::call_void(|| {
        let Some(report) = ffi::opt_ref(report) else {
            return;
        };
        let lang = match ffi::opt_str_arg(lang, "lang") {
            Ok(None) => report.lang,
            Ok(Some(code)) => match code.parse::<Lang>() {
                Ok(lang) => lang,
                Err(_) => return,
            },
            Err(_) => return,
        };
        if let Some(message) = report.rows.get(index).and_then(|r| r.message(lang)) {
            out = message.as_ptr();
        }
    });
    out
}

/// Where the rule of violation `index` comes from, e.g. `"R1 §9 col. 7"`
/// (the same in every language); NULL when there is no such violation.
/// Borrowed from the report.
#[no_mangle]
pub extern "C" fn kazcustoms_report_source(
    report: *const kazcustoms_report,
    index: usize,
) -> *const c_char {
    row(report, index, std::ptr::null(), |r| r.source.as_ptr())
}

/// The goods item (1-based, within its sheet) violation `index` is about;
/// 0 when it is about no goods item, or there is no such violation.
#[no_mangle]
pub extern "C" fn kazcustoms_report_item(report: *const kazcustoms_report, index: usize) -> u32 {
    row(report, index, 0, |r| r.item)
}

/// The sheet (1-based: 1 the main sheet, 2 the first additional sheet)
/// violation `index` is about; 0 when it is about no sheet, or there is no
/// such violation.
#[no_mangle]
pub extern "C" fn kazcustoms_report_sheet(report: *const kazcustoms_report, index: usize) -> u32 {
    row(report, index, 0, |r| r.sheet)
}

/// The report as JSON, in the shape kazcustoms_validate_json() returns,
/// with each `message` in `lang` (`"kk"`, `"ru"` or `"en"`; NULL for the
/// report's language): for the same document and options the very same
/// text.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free(). Fails with NULL_ARGUMENT for a NULL report or
/// `out_json`, INVALID_UTF8 or INVALID_ARGUMENT for a bad `lang`.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_report_to_json(
    report: *const kazcustoms_report,
    lang: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let report = ffi::ref_arg(report, "report")?;
        let lang = ffi::opt_str_arg(lang, "lang")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        let lang = match lang {
            None => report.lang,
            Some(code) => code.parse()?,
        };
        out.write(ffi::into_c_string(report.report.to_json(lang))?);
        Ok(())
    })
}

/// Frees a report made by kazcustoms_validate(), with every string its
/// accessors returned. NULL is a no-op.
#[no_mangle]
pub extern "C" fn kazcustoms_report_free(report: *mut kazcustoms_report) {
    ffi::call_void(|| ffi::free_handle(report));
}

/// The one-line title of the rule with the id `rule` (e.g. `"TERM.LIMIT"`)
/// in `lang` (`"kk"`, `"ru"` or `"en"`), UTF-8: the catalogue's title, as a
/// summary by rule names it (a violation's message says more: the values
/// that break the rule). The same text as Python's `rule_title`.
///
/// On success `*out_title` receives a new string, to be freed with
/// kazcustoms_string_free(). Fails with INVALID_ARGUMENT (an input error,
/// no rule id) for an id the catalogue does not have or an unknown `lang`,
/// NULL_ARGUMENT or INVALID_UTF8 for a bad pointer or string; `*out_title`
/// is left untouched on failure.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_rule_title(
    rule: *const c_char,
    lang: *const c_char,
    out_title: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let rule = ffi::str_arg(rule, "rule")?;
        let lang = ffi::str_arg(lang, "lang")?;
        let out = ffi::out_arg(out_title, "out_title")?;
        let lang: Lang = lang.parse()?;
        let rule: Rule = rule.parse()?;
        out.write(ffi::into_c_string(rule.title().get(lang).to_owned())?);
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    fn c(s: &str) -> CString {
        CString::new(s).unwrap()
    }

    fn text(p: *const c_char) -> Option<String> {
        // SAFETY: test-only; `p` is NULL or a string of a live report.
        (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_owned())
    }

    fn validate(kind: &str, doc: &str, options: &str) -> *mut kazcustoms_report {
        let mut out = std::ptr::null_mut();
        let (kind, doc, options) = (c(kind), c(doc), c(options));
        let r = kazcustoms_validate(kind.as_ptr(), doc.as_ptr(), options.as_ptr(), &mut out);
        assert_eq!(r, kazcustoms_result::Ok);
        out
    }

    #[test]
    fn the_accessors_read_the_core_report() {
        let options = r#"{"lang": "ru", "reference": "2026-11-22"}"#;
        let want = kazcustoms_core::documents::validate_json("dcd", "{}", options).unwrap();
        let report = validate("dcd", "{}", options);
        assert_eq!(kazcustoms_report_count(report), want.violations().len());
        assert!(kazcustoms_report_count(report) > 0);
        assert_eq!(kazcustoms_report_found(report), want.found());
        assert_eq!(kazcustoms_report_ok(report), 0);
        assert_eq!(kazcustoms_report_truncated(report), 0);
        assert_eq!(text(kazcustoms_report_lang(report)).as_deref(), Some("ru"));
        for (i, v) in want.violations().iter().enumerate() {
            assert_eq!(
                text(kazcustoms_report_rule(report, i)).unwrap(),
                v.rule.id()
            );
            assert_eq!(text(kazcustoms_report_field(report, i)).unwrap(), v.field);
            assert_eq!(
                text(kazcustoms_report_severity(report, i)).unwrap(),
                v.severity.as_str()
            );
            assert_eq!(text(kazcustoms_report_source(report, i)).unwrap(), v.source);
            assert_eq!(kazcustoms_report_item(report, i), v.item.unwrap_or(0));
            assert_eq!(kazcustoms_report_sheet(report, i), v.sheet.unwrap_or(0));
            let none = kazcustoms_report_message(report, i, std::ptr::null());
            assert_eq!(text(none).unwrap(), v.message.ru);
            for lang in Lang::ALL {
                let code = c(lang.code());
                let m = kazcustoms_report_message(report, i, code.as_ptr());
                assert_eq!(text(m).unwrap(), v.message.get(*lang));
            }
        }
        let n = kazcustoms_report_count(report);
        assert!(kazcustoms_report_rule(report, n).is_null());
        assert!(kazcustoms_report_message(report, n, std::ptr::null()).is_null());
        assert_eq!(kazcustoms_report_item(report, usize::MAX), 0);
        let de = c("de");
        assert!(kazcustoms_report_message(report, 0, de.as_ptr()).is_null());
        let mut json = std::ptr::null_mut();
        let en = c("en");
        assert_eq!(
            kazcustoms_report_to_json(report, en.as_ptr(), &mut json),
            kazcustoms_result::Ok
        );
        assert_eq!(text(json).unwrap(), want.to_json(Lang::En));
        crate::kazcustoms_string_free(json);
        kazcustoms_report_free(report);
    }

    #[test]
    fn a_null_report_reads_as_empty_and_frees_as_nothing() {
        let null = std::ptr::null();
        assert_eq!(kazcustoms_report_count(null), 0);
        assert_eq!(kazcustoms_report_found(null), 0);
        assert_eq!(kazcustoms_report_ok(null), 0);
        assert!(kazcustoms_report_rule(null, 0).is_null());
        assert!(kazcustoms_report_lang(null).is_null());
        let mut json = std::ptr::null_mut();
        let r = kazcustoms_report_to_json(null, std::ptr::null(), &mut json);
        assert_eq!(r, kazcustoms_result::NullArgument);
        assert!(json.is_null());
        kazcustoms_report_free(std::ptr::null_mut());
    }

    #[test]
    fn a_cut_report_keeps_the_count_found() {
        let report = validate("dcd", "{}", r#"{"limits": {"violations": 2}}"#);
        assert_eq!(kazcustoms_report_count(report), 2);
        assert!(kazcustoms_report_found(report) > 2);
        assert_eq!(kazcustoms_report_truncated(report), 1);
        kazcustoms_report_free(report);
    }
}
