//! The delivery deadline rule: 2000 km per month (SPEC §2).

use std::ffi::c_char;

use kazcustoms_core::{Convention, Distance, Lang};

use crate::error::kazcustoms_result;
use crate::ffi;
use crate::types::kazcustoms_date;

/// The last date on which delivery over `distance_km` from `start` is still
/// in time, at 2000 km per month.
///
/// - `convention`: `"calendar"` (whole calendar months per 2000 km, then 30
///   days per 2000 km for the rest) or `"thirty_day"` (30 days per 2000 km
///   throughout); SPEC §2 defines both.
///
/// On success `*out` receives the date. Fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT for a distance that is not finite, not
/// above zero or under half a metre, an unknown convention, a `start` that
/// is not a date, or a deadline beyond the supported calendar; with
/// NULL_ARGUMENT or INVALID_UTF8 for a bad pointer or string.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_delivery_deadline(
    start: kazcustoms_date,
    distance_km: f64,
    convention: *const c_char,
    out: *mut kazcustoms_date,
) -> kazcustoms_result {
    ffi::call(|| {
        let convention = ffi::str_arg(convention, "convention")?;
        let out = ffi::out_arg(out, "out")?;
        let start = start.to_naive("start")?;
        let distance = Distance::from_km(distance_km)?;
        let convention: Convention = convention.parse()?;
        let deadline = kazcustoms_core::delivery_deadline(start, distance, convention)?;
        out.write(deadline.into());
        Ok(())
    })
}

/// Checks a proposed deadline against the rule: later than the limit is
/// `TERM.LIMIT`, earlier than `start` is `TERM.BEFORE_START`.
///
/// A violation is not an error: the call succeeds and `*out_json` receives
/// the report as JSON, with messages in `lang` (`"kk"`, `"ru"` or `"en"`):
/// `{"ok":true|false,"lang":"en","found":1,"truncated":false,"violations":[{"rule":"TERM.LIMIT",
/// "field":"deadline","severity":"error","message":"…","messages":{"kk":…,
/// "ru":…,"en":…},"source":"R1 §19","item":null,"sheet":null}]}`. The string
/// is new, UTF-8, to be freed with kazcustoms_string_free().
///
/// Fails, like kazcustoms_delivery_deadline(), only for input errors (also
/// an unknown `lang` or a `proposed` that is not a date).
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_check_deadline(
    start: kazcustoms_date,
    distance_km: f64,
    proposed: kazcustoms_date,
    convention: *const c_char,
    lang: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let convention = ffi::str_arg(convention, "convention")?;
        let lang = ffi::str_arg(lang, "lang")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        let start = start.to_naive("start")?;
        let proposed = proposed.to_naive("proposed")?;
        let distance = Distance::from_km(distance_km)?;
        let convention: Convention = convention.parse()?;
        let lang: Lang = lang.parse()?;
        let report = kazcustoms_core::check_deadline(start, distance, proposed, convention)?;
        out.write(ffi::into_c_string(report.to_json(lang))?);
        Ok(())
    })
}
