//! Result codes and the thread's last error.

use std::cell::RefCell;
use std::ffi::c_char;

use kazcustoms_core::{Input, Lang, Rule, Text};

use crate::ffi::{self, Failure};

/// What a call returned. Every function that can fail returns one of these;
/// the numbers are stable and never reused.
///
/// A failing call also sets the calling thread's last error, which tells
/// the rule broken (if any), a message in Kazakh, Russian or English and,
/// for an input that cannot be read, which input and the JSON path: see
/// kazcustoms_last_error_rule(), kazcustoms_last_error_message(),
/// kazcustoms_last_error_input() and kazcustoms_last_error_path().
///
/// Every error of the library has one class, and the class alone gives the
/// code (the same mapping as the Python exceptions):
///
/// | class | code | Python |
/// |---|---|---|
/// | `invalid_number` | INVALID_NUMBER (4) | `InvalidNumber` |
/// | `journal` | JOURNAL (5) | `JournalError` |
/// | `invalid_document` | INVALID_DOCUMENT (8) | `InvalidDocument` |
/// | `invalid_argument` | INVALID_ARGUMENT (3) | `KazcustomsError` |
/// | `transition` | VIOLATION (9) | `TransitionError` |
///
/// NULL_ARGUMENT, INVALID_UTF8, BUFFER_TOO_SMALL and PANIC are the C
/// boundary's own.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum kazcustoms_result {
    /// Success; the out-parameters were written.
    Ok = 0,
    /// A required pointer argument was NULL (input error).
    NullArgument = 1,
    /// A string argument was not valid UTF-8 (input error).
    InvalidUtf8 = 2,
    /// Class `invalid_argument`: an argument is out of its domain: an
    /// unknown kind, convention, language, state, journal or format, a kind
    /// without a column table or lifecycle, a date that does not exist or is
    /// outside the calendar's range, a distance that is not above zero, a
    /// malformed issuer or office code, calendar changes that contradict
    /// each other (input error; the last error has no rule id).
    InvalidArgument = 3,
    /// Class `invalid_number`: a registration number breaks a `NUM.*` rule;
    /// the rule id is the last error's rule.
    InvalidNumber = 4,
    /// Class `journal`: a journal refused to issue a number
    /// (`JOURNAL.FULL`, `JOURNAL.BACKDATED`); the rule id is the last
    /// error's rule.
    Journal = 5,
    /// The caller's buffer is too small; the required length was written
    /// (kazcustoms_last_error_rule() and kazcustoms_last_error_message()).
    BufferTooSmall = 6,
    /// An internal error (a Rust panic) was caught at the boundary; the
    /// library stays usable.
    Panic = 7,
    /// Class `invalid_document`: a structured input could not be read at
    /// all: not JSON, a field of the wrong type, an unknown field, a
    /// required member missing, nesting too deep (input error; the last
    /// error has no rule id). The input is a document, the options,
    /// calendar changes, the entries of a journal to export or a saved state
    /// (a journal, a guarantee office): kazcustoms_last_error_input() names
    /// it (`"document"`, `"options"`, `"calendar"`, `"entries"`,
    /// `"state"`) and kazcustoms_last_error_path() gives the JSON path of
    /// the offending field, e.g. `document.sheets[0].items[2].gross_kg` or
    /// `options.usd_rate`. Every field of a document that cannot be read
    /// is listed by kazcustoms_last_error_problem_count(),
    /// kazcustoms_last_error_problem_path(),
    /// kazcustoms_last_error_problem_message() and
    /// kazcustoms_last_error_problem_kind() (problem 0 at that path).
    /// A document that is read but breaks rules is not
    /// an error: see kazcustoms_validate_json().
    InvalidDocument = 8,
    /// Class `transition`: a requested lifecycle step is not allowed
    /// (`DCD.STATE`, `GO.STATE`: a move the DCD or the guarantee obligation
    /// cannot make); the rule id is the last error's rule.
    Violation = 9,
}

/// The last error of this thread, as the failing call left it.
#[derive(Clone, Debug)]
pub(crate) struct LastError {
    pub(crate) rule: Option<Rule>,
    pub(crate) message: Text,
    pub(crate) path: Option<String>,
    pub(crate) input: Option<Input>,
    pub(crate) problems: Box<[kazcustoms_core::Problem]>,
}

thread_local! {
    static LAST: RefCell<Option<LastError>> = const { RefCell::new(None) };
}

/// Records a failure as this thread's last error. Never panics: during
/// thread teardown (no thread-local storage left) the error is dropped.
pub(crate) fn set(failure: Failure) {
    let _ = LAST.try_with(|last| {
        if let Ok(mut last) = last.try_borrow_mut() {
            *last = Some(LastError {
                rule: failure.rule,
                message: failure.message,
                path: failure.path,
                input: failure.input,
                problems: failure.problems,
            });
        }
    });
}

/// Clears this thread's last error (a call succeeded).
pub(crate) fn clear() {
    let _ = LAST.try_with(|last| {
        if let Ok(mut last) = last.try_borrow_mut() {
            *last = None;
        }
    });
}

/// A copy of this thread's last error.
pub(crate) fn last() -> Option<LastError> {
    LAST.try_with(|last| last.try_borrow().ok().and_then(|l| l.clone()))
        .ok()
        .flatten()
}

/// Copies the rule id of this thread's last error (e.g. `NUM.DATE`,
/// `JOURNAL.FULL`, `DCD.STATE`, `GO.STATE`) into `buf`. The id is empty when the last
/// call succeeded or failed with an input error (NULL_ARGUMENT,
/// INVALID_UTF8, INVALID_ARGUMENT, INVALID_DOCUMENT, PANIC).
///
/// Buffer protocol (the same for kazcustoms_last_error_message() and
/// kazcustoms_last_error_path()):
/// `*out_len` receives the length of the text in bytes, without the
/// terminating NUL, on KAZCUSTOMS_RESULT_OK and on
/// KAZCUSTOMS_RESULT_BUFFER_TOO_SMALL. The text and a NUL are copied into
/// `buf` only when `len > *out_len`; otherwise `buf` is left untouched and
/// BUFFER_TOO_SMALL is returned. Pass `buf = NULL, len = 0` to ask for the
/// length. `buf` may be NULL only when `len` is 0; `out_len` must not be
/// NULL.
///
/// The last error is per thread: it is set by every failing call and
/// cleared by every successful one, except the four last-error functions,
/// kazcustoms_version(), kazcustoms_kind_name() and the `_free` functions,
/// which never change it.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_last_error_rule(
    buf: *mut c_char,
    len: usize,
    out_len: *mut usize,
) -> kazcustoms_result {
    ffi::call_quiet(|| {
        let rule = last().and_then(|e| e.rule).map_or("", Rule::id);
        ffi::copy_to_buffer(rule, buf, len, out_len)
    })
}

/// Copies the message of this thread's last error in `lang` (`"kk"`,
/// `"ru"` or `"en"`) into `buf`, UTF-8 encoded. The message is empty when
/// the last call succeeded. The buffer protocol is that of
/// kazcustoms_last_error_rule().
///
/// Returns KAZCUSTOMS_RESULT_NULL_ARGUMENT, INVALID_UTF8 or
/// INVALID_ARGUMENT for a bad `lang` without touching the last error.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_last_error_message(
    lang: *const c_char,
    buf: *mut c_char,
    len: usize,
    out_len: *mut usize,
) -> kazcustoms_result {
    ffi::call_quiet(|| {
        let lang = quiet_lang(lang)?;
        let message = last().map(|e| e.message.get(lang).to_owned());
        ffi::copy_to_buffer(message.as_deref().unwrap_or(""), buf, len, out_len)
    })
}

/// Copies the JSON path of the field that made the last call fail into
/// `buf`, e.g. `document.sheets[0].items[2].gross_kg`, `options.usd_rate`,
/// `calendar.days_off[0]`, `entries[0].number` or `state.last_sequence`
/// after KAZCUSTOMS_RESULT_INVALID_DOCUMENT; its first segment is the input
/// that kazcustoms_last_error_input() names. The path is empty when the
/// last call succeeded or its error is not about an input that could not
/// be read. The buffer protocol is that of kazcustoms_last_error_rule().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_last_error_path(
    buf: *mut c_char,
    len: usize,
    out_len: *mut usize,
) -> kazcustoms_result {
    ffi::call_quiet(|| {
        let path = last().and_then(|e| e.path);
        ffi::copy_to_buffer(path.as_deref().unwrap_or(""), buf, len, out_len)
    })
}

/// The name of the input that made the last call fail with
/// KAZCUSTOMS_RESULT_INVALID_DOCUMENT: `"document"` (the document to
/// validate or read), `"options"` (the options of
/// kazcustoms_validate_json() and the like), `"calendar"` (calendar
/// changes), `"entries"` (the entries of a journal to export) or `"state"`
/// (a saved journal or guarantee office); it is the first segment of
/// kazcustoms_last_error_path(). NULL when the last call succeeded or its
/// error is not about an input that could not be read.
///
/// A static string, not to be freed. Like the other last-error functions
/// it never changes the last error.
#[no_mangle]
pub extern "C" fn kazcustoms_last_error_input() -> *const c_char {
    static NAMES: ffi::CNames = ffi::CNames::new();
    let mut name = std::ptr::null();
    ffi::call_void(|| {
        if let Some(input) = last().and_then(|e| e.input) {
            let index = Input::ALL.iter().position(|&i| i == input);
            if let Some(index) = index {
                name = NAMES.get(Input::NAMES, index);
            }
        }
    });
    name
}

/// The number of fields of the input that made the last call fail with
/// KAZCUSTOMS_RESULT_INVALID_DOCUMENT that cannot be read: a document
/// with several bad fields (a value of the wrong type, a required field
/// missing, an unknown field, a date not written YYYY-MM-DD, …) lists each,
/// at most 100. Problem 0 is the one at kazcustoms_last_error_path(). 0
/// when the last call succeeded or its error is not about an input that
/// could not be read. Like the other last-error functions it never changes
/// the last error.
///
/// ```c
/// if (kazcustoms_validate_json("dcd", text, "{}", &report) == KAZCUSTOMS_RESULT_INVALID_DOCUMENT) {
///     size_t i, n = kazcustoms_last_error_problem_count();
///     for (i = 0; i < n; i++) {
///         char path[256], message[1024];
///         size_t len;
///         if (kazcustoms_last_error_problem_path(i, path, sizeof path, &len) == KAZCUSTOMS_RESULT_OK
///             && kazcustoms_last_error_problem_message(i, "ru", message, sizeof message, &len) == KAZCUSTOMS_RESULT_OK)
///             printf("%s: %s\n", path, message);
///     }
/// }
/// ```
#[no_mangle]
pub extern "C" fn kazcustoms_last_error_problem_count() -> usize {
    let mut count = 0;
    ffi::call_void(|| {
        count = last().map_or(0, |e| e.problems.len());
    });
    count
}

/// Copies the path of problem `index` (from 0, below
/// kazcustoms_last_error_problem_count()) of the last error into `buf`,
/// e.g. `document.sheets[0].items[2].gross_kg`; for a required field that
/// is missing, the path of its object. The buffer protocol is that of
/// kazcustoms_last_error_rule(). Returns KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for an index with no problem, without touching the last error.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_last_error_problem_path(
    index: usize,
    buf: *mut c_char,
    len: usize,
    out_len: *mut usize,
) -> kazcustoms_result {
    ffi::call_quiet(|| {
        let problem = last()
            .and_then(|e| e.problems.get(index).cloned())
            .ok_or(kazcustoms_result::InvalidArgument)?;
        ffi::copy_to_buffer(&problem.path, buf, len, out_len)
    })
}

/// Copies what is wrong with the field of problem `index` of the last
/// error, in `lang` (`"kk"`, `"ru"` or `"en"`), into `buf`, UTF-8 encoded
/// and without the path: e.g. `ожидается целое число или null, дано:
/// строка "27"`. The buffer protocol is that of
/// kazcustoms_last_error_rule(). Returns KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for an index with no problem or a bad `lang` (NULL_ARGUMENT,
/// INVALID_UTF8 for a NULL or non-UTF-8 one), without touching the last
/// error.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_last_error_problem_message(
    index: usize,
    lang: *const c_char,
    buf: *mut c_char,
    len: usize,
    out_len: *mut usize,
) -> kazcustoms_result {
    ffi::call_quiet(|| {
        let lang = quiet_lang(lang)?;
        let problem = last()
            .and_then(|e| e.problems.get(index).cloned())
            .ok_or(kazcustoms_result::InvalidArgument)?;
        ffi::copy_to_buffer(problem.reason.get(lang), buf, len, out_len)
    })
}

/// The kind of problem `index` of the last error, a static string:
/// `"type"` (a value of the wrong type), `"required"` (a required field
/// missing), `"unknown_field"`, `"not_allowed"` (not one of the allowed
/// values), `"format"` (a date not written YYYY-MM-DD), `"range"` (a
/// number out of range) or `"unreadable"` (not JSON, or another reason).
/// NULL for an index with no problem. Never changes the last error.
#[no_mangle]
pub extern "C" fn kazcustoms_last_error_problem_kind(index: usize) -> *const c_char {
    static NAMES: ffi::CNames = ffi::CNames::new();
    let mut name = std::ptr::null();
    ffi::call_void(|| {
        if let Some(p) = last().and_then(|e| e.problems.get(index).cloned()) {
            let at = kazcustoms_core::ProblemKind::ALL
                .iter()
                .position(|&k| k == p.kind);
            if let Some(at) = at {
                name = NAMES.get(kazcustoms_core::ProblemKind::NAMES, at);
            }
        }
    });
    name
}

/// The `lang` argument of a last-error accessor, read without touching the
/// last error: NULL_ARGUMENT or INVALID_UTF8 for a bad pointer or string,
/// INVALID_ARGUMENT for an unknown language.
fn quiet_lang(lang: *const c_char) -> Result<Lang, kazcustoms_result> {
    ffi::str_arg(lang, "lang")
        .map_err(|f| f.code)?
        .parse()
        .map_err(|_| kazcustoms_result::InvalidArgument)
}
