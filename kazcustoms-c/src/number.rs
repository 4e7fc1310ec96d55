//! Registration numbers: parse, normalize, the office directory.

use std::ffi::c_char;

use kazcustoms_core::{NumberKind, OfficeDirectory, ParseOptions};

use crate::error::kazcustoms_result;
use crate::ffi;
use crate::types::{kazcustoms_date, kazcustoms_number};

/// A directory of known customs office codes (opaque). When one is passed
/// to kazcustoms_parse_number(), an office code (or guarantee prefix) not in
/// it is `NUM.OFFICE`.
///
/// Made by kazcustoms_offices_new(), freed by kazcustoms_offices_free(). It
/// is immutable: one directory may be used by several threads at once.
pub struct kazcustoms_offices {
    inner: OfficeDirectory,
}

/// Makes an office directory from `count` office codes, each a
/// NUL-terminated string of exactly five ASCII digits, not all zeros.
/// `codes` may be NULL only when `count` is 0 (an empty directory, in which
/// every office is unknown). The strings are copied.
///
/// On success `*out` receives a new directory, to be freed with
/// kazcustoms_offices_free(). Fails with KAZCUSTOMS_RESULT_NULL_ARGUMENT
/// (NULL `codes`, element or `out`), INVALID_UTF8, or INVALID_ARGUMENT (a
/// code that is not five digits or is 00000).
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_offices_new(
    codes: *const *const c_char,
    count: usize,
    out: *mut *mut kazcustoms_offices,
) -> kazcustoms_result {
    ffi::call(|| {
        let out = ffi::out_arg(out, "out")?;
        let codes = ffi::slice_arg(codes, count, "codes")?
            .iter()
            .map(|&code| ffi::str_arg(code, "codes"))
            .collect::<Result<Vec<&str>, _>>()?;
        let inner = OfficeDirectory::new(codes)?;
        out.write(ffi::into_handle(kazcustoms_offices { inner }));
        Ok(())
    })
}

/// Frees an office directory. NULL is a no-op. It must not be in use by
/// another thread, and must not be used afterwards.
#[no_mangle]
pub extern "C" fn kazcustoms_offices_free(offices: *mut kazcustoms_offices) {
    ffi::call_void(|| ffi::free_handle(offices));
}

/// Parses a registration number strictly (SPEC §1): no trimming, no Unicode
/// digits (see kazcustoms_normalize() for that).
///
/// - `kind`: the kind's code name: `"dcd"`, `"guarantee"`,
///   `"short_declaration"`, `"tsw"`, `"escort"` or `"security"`.
/// - `text`: the number.
/// - `reference`: the reference date that resolves the year digit and after
///   which a registration date is `NUM.FUTURE`; NULL means today (local
///   clock).
/// - `offices`: an office directory to check office codes against, or NULL
///   for none.
///
/// On success `*out` receives the number. Fails with
/// KAZCUSTOMS_RESULT_INVALID_NUMBER and the broken rule (`NUM.FORMAT`,
/// `NUM.DATE`, `NUM.OFFICE`, `NUM.RECIPIENT`, `NUM.SEQUENCE`, `NUM.FUTURE`,
/// the first in that order) as the last error's rule; with NULL_ARGUMENT,
/// INVALID_UTF8 or INVALID_ARGUMENT (unknown kind, `reference` not a date)
/// for input errors. `*out` is written only on success.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_parse_number(
    kind: *const c_char,
    text: *const c_char,
    reference: *const kazcustoms_date,
    offices: *const kazcustoms_offices,
    out: *mut kazcustoms_number,
) -> kazcustoms_result {
    ffi::call(|| {
        let kind = ffi::str_arg(kind, "kind")?;
        let text = ffi::str_arg(text, "text")?;
        let out = ffi::out_arg(out, "out")?;
        let kind: NumberKind = kind.parse()?;
        let reference = match ffi::opt_ref(reference) {
            Some(date) => date.to_naive("reference")?,
            None => kazcustoms_core::today(),
        };
        let options = ParseOptions {
            reference,
            offices: ffi::opt_ref(offices).map(|o| &o.inner),
        };
        let number = kazcustoms_core::parse_number(kind, text, &options)?;
        out.write(kazcustoms_number::from(&number));
        Ok(())
    })
}

/// Makes typed or pasted text parseable: trims surrounding whitespace and
/// maps Unicode decimal digits, dashes and slashes to ASCII. Nothing else is
/// changed; the parser never does this on its own.
///
/// On success `*out` receives a new NUL-terminated UTF-8 string, to be freed
/// with kazcustoms_string_free().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_normalize(
    text: *const c_char,
    out: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let text = ffi::str_arg(text, "text")?;
        let out = ffi::out_arg(out, "out")?;
        out.write(ffi::into_c_string(kazcustoms_core::normalize(text))?);
        Ok(())
    })
}
