//! The boundary with C: the panic guard and every conversion of a raw
//! pointer. This is the only module of the crate that contains `unsafe`.
//!
//! Every exported function is written as
//!
//! ```text
//! ffi::call(|| {
//!     let text = ffi::str_arg(text, "text")?;   // NULL -> NULL_ARGUMENT, bad UTF-8 -> INVALID_UTF8
//!     let out = ffi::out_arg(out, "out")?;      // checked before any work is done
//!     let value = core_call(text)?;              // core error -> its result code
//!     out.write(value);                          // written only on success
//!     Ok(())
//! })
//! ```
//!
//! The contract that makes the `unsafe` blocks below sound is the one every
//! function documents in the header: a pointer argument is either NULL or
//! points to a valid object of its type for the duration of the call (a
//! string: NUL-terminated; a handle: returned by this library and not freed).
//! The helpers check for NULL; the rest is the caller's promise, as with any
//! C library.

use std::any::Any;
use std::cell::Cell;
use std::ffi::{c_char, CStr, CString};
use std::panic::{AssertUnwindSafe, UnwindSafe};
use std::ptr::NonNull;
use std::sync::{Once, OnceLock};

use kazcustoms_core::messages::{encoding, ffi as messages};
use kazcustoms_core::names::UnknownName;
use kazcustoms_core::{Error, ErrorClass, Input, Rule, Text};

use crate::error::{self, kazcustoms_result};

/// Why a call failed: the result code to return and what the last error
/// will say.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) code: kazcustoms_result,
    pub(crate) rule: Option<Rule>,
    pub(crate) message: Text,
    /// The JSON path of the offending field, for an input that cannot be
    /// read.
    pub(crate) path: Option<String>,
    /// The input that could not be read (document, options, …).
    pub(crate) input: Option<Input>,
    /// Every field of that input that cannot be read (the first at
    /// `path`); empty for other failures. Boxed: a failure stays small.
    pub(crate) problems: Box<[kazcustoms_core::Problem]>,
}

/// The result code of an error class: the one mapping, documented in the
/// core's `error` module and on `kazcustoms_result`.
fn code_of(class: ErrorClass) -> kazcustoms_result {
    match class {
        ErrorClass::InvalidNumber => kazcustoms_result::InvalidNumber,
        ErrorClass::Journal => kazcustoms_result::Journal,
        ErrorClass::InvalidDocument => kazcustoms_result::InvalidDocument,
        ErrorClass::InvalidArgument => kazcustoms_result::InvalidArgument,
        ErrorClass::Transition => kazcustoms_result::Violation,
    }
}

impl Failure {
    /// A failure of the boundary itself (`code` is not one of a core error
    /// class): the message is that of an input error about `argument`.
    fn boundary(code: kazcustoms_result, argument: &'static str, reason: Text) -> Failure {
        Failure {
            code,
            ..Failure::from(Error::invalid_argument(argument, reason))
        }
    }

    /// A NULL pointer where a value is required.
    pub(crate) fn null(argument: &'static str) -> Failure {
        Failure::boundary(
            kazcustoms_result::NullArgument,
            argument,
            messages::null_pointer(),
        )
    }

    /// A string argument that is not UTF-8; `offset` is the offset of its
    /// first invalid byte (`Utf8Error::valid_up_to`), which the message
    /// gives.
    pub(crate) fn invalid_utf8(argument: &'static str, offset: usize) -> Failure {
        Failure::boundary(
            kazcustoms_result::InvalidUtf8,
            argument,
            encoding::not_utf8_at(offset),
        )
    }

    /// An argument the C layer itself cannot convert (a date that does not
    /// exist, …): an input error.
    pub(crate) fn invalid_argument(argument: &'static str, reason: Text) -> Failure {
        Failure::from(Error::invalid_argument(argument, reason))
    }

    /// A handle whose lock an earlier panic poisoned.
    pub(crate) fn poisoned() -> Failure {
        Failure {
            code: kazcustoms_result::Panic,
            rule: None,
            message: messages::poisoned(),
            path: None,
            input: None,
            problems: Box::default(),
        }
    }

    fn panic(payload: &(dyn Any + Send)) -> Failure {
        let what = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("?");
        Failure {
            code: kazcustoms_result::Panic,
            rule: None,
            path: None,
            input: None,
            message: messages::panic(what),
            problems: Box::default(),
        }
    }
}

impl From<Error> for Failure {
    /// The one mapping of the core's errors onto result codes: by
    /// [`Error::class`] alone.
    fn from(error: Error) -> Failure {
        Failure {
            code: code_of(error.class()),
            rule: error.rule(),
            message: error.text(),
            path: error.path().map(str::to_owned),
            input: error.input(),
            problems: error.problems().into(),
        }
    }
}

impl From<UnknownName> for Failure {
    fn from(error: UnknownName) -> Failure {
        Failure::from(Error::from(error))
    }
}

impl From<kazcustoms_core::NumberError> for Failure {
    fn from(error: kazcustoms_core::NumberError) -> Failure {
        Failure::from(Error::from(error))
    }
}

/// Names as static NUL-terminated strings, made once from a list of the
/// core's names (`Input::NAMES`, `NumberKind::NAMES`, …) so that none is
/// typed here.
pub(crate) struct CNames(OnceLock<Vec<CString>>);

impl CNames {
    /// An empty cache, filled on first use.
    pub(crate) const fn new() -> CNames {
        CNames(OnceLock::new())
    }

    /// The `index`-th of `names` as a static C string; NULL past the end.
    pub(crate) fn get(
        &'static self,
        names: &'static [&'static str],
        index: usize,
    ) -> *const c_char {
        let all = self.0.get_or_init(|| {
            names
                .iter()
                .map(|n| CString::new(*n).unwrap_or_default())
                .collect()
        });
        all.get(index).map_or(std::ptr::null(), |n| n.as_ptr())
    }
}

thread_local! {
    /// How many of this library's calls this thread is inside (a callback
    /// could nest them).
    static INSIDE: Cell<u32> = const { Cell::new(0) };
}

/// Whether this thread is inside one of this library's calls.
fn inside() -> bool {
    INSIDE.with(|n| n.get() > 0)
}

/// `catch_unwind`, quietly: the first call installs, once per process, a
/// panic hook that prints nothing for a panic inside one of this library's
/// calls (it becomes the `PANIC` result, its message the last error) and
/// hands any other panic — of a Rust host program linking the library — to
/// the hook that was there before. The default hook would print the panic
/// to the host program's stderr.
fn catch_unwind<R>(body: impl FnOnce() -> R + UnwindSafe) -> std::thread::Result<R> {
    static QUIET: Once = Once::new();
    QUIET.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !inside() {
                previous(info);
            }
        }));
    });
    INSIDE.with(|n| n.set(n.get().saturating_add(1)));
    let result = std::panic::catch_unwind(body);
    INSIDE.with(|n| n.set(n.get().saturating_sub(1)));
    result
}

/// Runs the body of an exported function: a panic becomes
/// `KAZCUSTOMS_RESULT_PANIC` and never unwinds into C; the thread's last
/// error is cleared on success and set on failure.
pub(crate) fn call(body: impl FnOnce() -> Result<(), Failure>) -> kazcustoms_result {
    let failure = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => {
            error::clear();
            return kazcustoms_result::Ok;
        }
        Ok(Err(failure)) => failure,
        Err(payload) => Failure::panic(payload.as_ref()),
    };
    let code = failure.code;
    error::set(failure);
    code
}

/// Like [`call`], but leaves the last error alone: for the functions that
/// read it.
pub(crate) fn call_quiet(
    body: impl FnOnce() -> Result<(), kazcustoms_result>,
) -> kazcustoms_result {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => kazcustoms_result::Ok,
        Ok(Err(code)) => code,
        Err(_) => kazcustoms_result::Panic,
    }
}

/// Runs a function that cannot report an error (a `_free`): a panic is
/// swallowed instead of unwinding into C.
pub(crate) fn call_void(body: impl FnOnce()) {
    let _ = catch_unwind(AssertUnwindSafe(body));
}

/// A required string argument, borrowed for the call.
pub(crate) fn str_arg<'a>(p: *const c_char, argument: &'static str) -> Result<&'a str, Failure> {
    opt_str_arg(p, argument)?.ok_or_else(|| Failure::null(argument))
}

/// An optional string argument (NULL is `None`).
pub(crate) fn opt_str_arg<'a>(
    p: *const c_char,
    argument: &'static str,
) -> Result<Option<&'a str>, Failure> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: `p` is not NULL, and by the API contract a non-NULL string
    // argument points to a NUL-terminated string that stays valid and
    // unchanged for the duration of the call.
    let c = unsafe { CStr::from_ptr(p) };
    c.to_str()
        .map(Some)
        .map_err(|e| Failure::invalid_utf8(argument, e.valid_up_to()))
}

/// A required pointer to a value or a handle, borrowed for the call.
pub(crate) fn ref_arg<'a, T>(p: *const T, argument: &'static str) -> Result<&'a T, Failure> {
    opt_ref(p).ok_or_else(|| Failure::null(argument))
}

/// An optional pointer to a value or a handle (NULL is `None`).
pub(crate) fn opt_ref<'a, T>(p: *const T) -> Option<&'a T> {
    // SAFETY: by the API contract a non-NULL pointer argument points to a
    // valid, aligned value of its type (a handle: one returned by this
    // library and not yet freed) for the duration of the call; it is only
    // read. `as_ref` returns `None` for NULL.
    unsafe { p.as_ref() }
}

/// A required array argument of `count` elements. The pointer may be NULL
/// only when `count` is 0.
pub(crate) fn slice_arg<'a, T>(
    p: *const T,
    count: usize,
    argument: &'static str,
) -> Result<&'a [T], Failure> {
    if count == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(Failure::null(argument));
    }
    // SAFETY: `p` is not NULL, and by the API contract it points to `count`
    // initialised, aligned elements that stay valid for the call.
    Ok(unsafe { std::slice::from_raw_parts(p, count) })
}

/// An out-parameter, checked for NULL before any work is done and written
/// once, on success.
pub(crate) struct Out<T>(NonNull<T>);

/// A required out-parameter.
pub(crate) fn out_arg<T>(p: *mut T, argument: &'static str) -> Result<Out<T>, Failure> {
    NonNull::new(p)
        .map(Out)
        .ok_or_else(|| Failure::null(argument))
}

impl<T: Copy> Out<T> {
    /// Writes the result. The old contents are neither read nor dropped, so
    /// the caller may pass uninitialised memory.
    pub(crate) fn write(self, value: T) {
        // SAFETY: the pointer is not NULL (checked by `out_arg`), and by the
        // API contract it points to writable, aligned memory for a `T`.
        // `T: Copy` has no destructor, so overwriting leaks nothing.
        unsafe { self.0.as_ptr().write(value) }
    }
}

/// Moves a value to the heap and hands it to C as an opaque handle.
pub(crate) fn into_handle<T>(value: T) -> *mut T {
    Box::into_raw(Box::new(value))
}

/// Frees a handle made by [`into_handle`]; NULL is a no-op.
pub(crate) fn free_handle<T>(p: *mut T) {
    if p.is_null() {
        return;
    }
    // SAFETY: by the API contract a non-NULL pointer given to a `_free`
    // function was returned by the matching constructor of this library
    // (so it came from `Box::into_raw` of the same `T`), has not been freed
    // yet, and is not in use by any other thread.
    drop(unsafe { Box::from_raw(p) });
}

/// Hands a string to C; it is freed with `kazcustoms_string_free`.
pub(crate) fn into_c_string(s: String) -> Result<*mut c_char, Failure> {
    c_string(s).map(CString::into_raw)
}

/// A string as a C string, kept by Rust (in a handle that lends it to C).
pub(crate) fn c_string(s: impl Into<Vec<u8>>) -> Result<CString, Failure> {
    CString::new(s).map_err(|_| {
        // The core's strings are text that never holds NUL (JSON escapes it,
        // and inputs came in as C strings); this is here so that it could
        // never turn into a truncated string.
        Failure::invalid_argument("result", messages::nul_in_result())
    })
}

/// Frees a string made by [`into_c_string`]; NULL is a no-op.
pub(crate) fn free_c_string(p: *mut c_char) {
    if p.is_null() {
        return;
    }
    // SAFETY: by the API contract a non-NULL pointer given to
    // `kazcustoms_string_free` was returned by this library (it came from
    // `CString::into_raw`) and has not been freed yet.
    drop(unsafe { CString::from_raw(p) });
}

/// Copies `text` and a terminating NUL into the caller's buffer of `len`
/// bytes. `*out_len` receives `text`'s length in bytes (without the NUL)
/// both on success and when the buffer is too small, so that the caller can
/// ask for the size first with `buf = NULL, len = 0`. The buffer is written
/// only on success.
pub(crate) fn copy_to_buffer(
    text: &str,
    buf: *mut c_char,
    len: usize,
    out_len: *mut usize,
) -> Result<(), kazcustoms_result> {
    let out_len = NonNull::new(out_len).ok_or(kazcustoms_result::NullArgument)?;
    if buf.is_null() && len != 0 {
        return Err(kazcustoms_result::NullArgument);
    }
    let needed = text.len();
    // SAFETY: `out_len` is not NULL and by the API contract points to a
    // writable, aligned `size_t`.
    unsafe { out_len.as_ptr().write(needed) };
    if len <= needed {
        return Err(kazcustoms_result::BufferTooSmall);
    }
    // SAFETY: `buf` is not NULL (len > 0 here) and by the API contract
    // points to at least `len` writable bytes, `len > needed`; the source is
    // a Rust string, which cannot overlap memory the caller owns.
    unsafe {
        std::ptr::copy_nonoverlapping(text.as_ptr(), buf.cast::<u8>(), needed);
        buf.add(needed).write(0);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_result_code_and_the_last_error() {
        let r = call(|| panic!("boom"));
        assert_eq!(r, kazcustoms_result::Panic);
        let e = error::last().expect("a last error");
        assert!(e.message.en.contains("boom"));
        assert_eq!(e.rule, None);
    }

    #[test]
    fn success_clears_the_last_error() {
        let _ = call(|| Err(Failure::null("x")));
        assert!(error::last().is_some());
        assert_eq!(call(|| Ok(())), kazcustoms_result::Ok);
        assert!(error::last().is_none());
    }

    /// The child of [`a_panic_inside_a_call_prints_nothing`]: panics inside
    /// a call, then outside one.
    #[test]
    fn panicking_child() {
        if std::env::var_os("KAZCUSTOMS_PANIC_CHILD").is_none() {
            return;
        }
        assert_eq!(call(|| panic!("inside-the-call")), kazcustoms_result::Panic);
        assert!(!inside());
        let _ = std::panic::catch_unwind(|| panic!("outside-any-call"));
    }

    #[test]
    fn a_panic_inside_a_call_prints_nothing() {
        let exe = std::env::current_exe().expect("test binary");
        let out = std::process::Command::new(exe)
            .args([
                "--exact",
                "ffi::tests::panicking_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("KAZCUSTOMS_PANIC_CHILD", "1")
            .output()
            .expect("child");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(!stderr.contains("inside-the-call"), "{stderr}");
        // A panic outside the library's calls still reaches the host's hook.
        assert!(stderr.contains("outside-any-call"), "{stderr}");
    }

    #[test]
    fn quiet_calls_catch_panics_too() {
        assert_eq!(call_quiet(|| panic!("boom")), kazcustoms_result::Panic);
        call_void(|| panic!("boom"));
    }
}
