//! The customs escort's two computations: the teams a convoy needs
//! (`kazcustoms_core::escort::teams_needed`) and the escort fee
//! (`kazcustoms_core::reference::escort_fee`). Validation, schema,
//! lifecycle and journal go through the generic functions.

use crate::error::kazcustoms_result;
use crate::ffi;
use crate::types::kazcustoms_date;

/// How many customs teams a convoy of `n` motor vehicles needs (R2 §22:
/// one team escorts at most 10): ceil(n / 10), the library's reading of
/// the cap.
///
/// On success `*out` receives the number of teams. Fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT (an input error, no rule id) for
/// `n` = 0, with NULL_ARGUMENT for a NULL `out`. `*out` is left untouched
/// on failure.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_teams_needed(n: u32, out: *mut u32) -> kazcustoms_result {
    ffi::call(|| {
        let out = ffi::out_arg(out, "out")?;
        out.write(kazcustoms_core::escort::teams_needed(n)?);
        Ok(())
    })
}

/// The escort fee, tenge (R2 §13, annex 1): `rate` (in МРП, as the
/// decision states it) × the МРП for fees in force on the decision date
/// `date` (3063 for any date of 2022, not the 3180 of benefits).
///
/// On success `*out` receives the fee. Fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT (an input error, no rule id) for a
/// `rate` of 0, a `date` that is not a date or one the built-in МРП table
/// does not cover (before 2003-01-01 or after 2026-12-31); with
/// NULL_ARGUMENT for a NULL `out`. `*out` is left untouched on failure.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_escort_fee(
    rate: u32,
    date: kazcustoms_date,
    out: *mut u64,
) -> kazcustoms_result {
    ffi::call(|| {
        let out = ffi::out_arg(out, "out")?;
        let date = date.to_naive("date")?;
        out.write(kazcustoms_core::reference::escort_fee(rate, date)?);
        Ok(())
    })
}
