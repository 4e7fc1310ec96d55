//! The monthly calculation index (МРП) in force on a date for a purpose
//! (`kazcustoms_core::reference::mrp`).

use std::ffi::c_char;

use kazcustoms_core::reference::MrpPurpose;

use crate::error::kazcustoms_result;
use crate::ffi;
use crate::types::kazcustoms_date;

/// The monthly calculation index (МРП), tenge, in force on `date` for
/// `purpose`.
///
/// - `purpose`: `"fees"` (customs fees such as the escort fee, state
///   duties, fines, taxes and other payments) or `"benefits"` (benefits
///   and other social payments). The two differ from 1 April 2022: fees
///   3063 all of 2022, benefits 3180 from that day. A customs fee uses
///   `"fees"`.
///
/// On success `*out` receives the index. Fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT (an input error, no rule id) for a
/// `date` that is not a date, a date the built-in table does not cover
/// (before 2003-01-01 or after 2026-12-31; the message names the date and
/// the range covered) or an unknown `purpose`; with NULL_ARGUMENT or
/// INVALID_UTF8 for a bad pointer or string. `*out` is left untouched on
/// failure.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_mrp(
    date: kazcustoms_date,
    purpose: *const c_char,
    out: *mut u32,
) -> kazcustoms_result {
    ffi::call(|| {
        let purpose = ffi::str_arg(purpose, "purpose")?;
        let out = ffi::out_arg(out, "out")?;
        let date = date.to_naive("date")?;
        let purpose: MrpPurpose = purpose.parse()?;
        out.write(kazcustoms_core::reference::mrp(date, purpose)?);
        Ok(())
    })
}
