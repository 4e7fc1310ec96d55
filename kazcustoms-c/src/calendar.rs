//! Working days of Kazakhstan (SPEC §13): the calendar handle and its
//! questions.

use std::ffi::{c_char, c_int};
use std::sync::OnceLock;

use kazcustoms_core::calendar::{CalendarOverrides, WorkingCalendar};
use kazcustoms_core::messages::ffi::no_working_day_after;
use kazcustoms_core::{Lang, Text};

use crate::error::kazcustoms_result;
use crate::ffi::{self, Failure};
use crate::types::kazcustoms_date;

/// A working-day calendar of Kazakhstan (opaque): weekends, the public
/// holidays of the law as it stood each year, a holiday on a day off moving
/// the day off to the next working day (except 7 January and Kurban Ait),
/// the verified data of 2013–2026 (Kurban Ait dates and the days moved by
/// decree or order), and the caller's changes. Outside 2013–2099 only
/// Saturday and Sunday are days off; inside that range a year that is not
/// verified follows the statutory rule only (no Kurban Ait, no decree
/// moves) unless the caller's changes supply them.
///
/// Made by kazcustoms_calendar_new(), freed by kazcustoms_calendar_free().
/// Every function that takes a calendar also accepts NULL, which means the
/// built-in calendar (what kazcustoms_calendar_new() makes without
/// changes); a handle is needed only for changes.
///
/// It is immutable: one calendar may be used by several threads at once.
pub struct kazcustoms_calendar {
    inner: WorkingCalendar,
}

/// The built-in calendar, made once (about 0.2 ms) and only read after.
fn builtin() -> &'static WorkingCalendar {
    static BUILTIN: OnceLock<WorkingCalendar> = OnceLock::new();
    BUILTIN.get_or_init(WorkingCalendar::kazakhstan)
}

/// The calendar a call uses: the handle's, or the built-in one for NULL.
fn calendar_arg<'a>(calendar: *const kazcustoms_calendar) -> &'a WorkingCalendar {
    ffi::opt_ref(calendar).map_or_else(builtin, |c| &c.inner)
}

/// Makes a calendar: the built-in calendar of Kazakhstan with the caller's
/// changes applied.
///
/// - `overrides_json`: NULL or `""` (or only whitespace) for no changes,
///   or the changes as JSON, every member optional:
///   `{"days_off": ["2027-01-08"], "working_days": ["2027-01-09"],
///   "kurban_ait": {"2027": "2027-05-17"}}` — days that become days off (a
///   decree's bridge days), days that become working days (a decree's
///   working Saturdays; they win over every rule, holidays included), and
///   the first day of Kurban Ait by year (replacing a built-in one). The
///   same object is the `"calendar"` member of the options of
///   kazcustoms_validate_json().
///
/// On success `*out` receives a new calendar, to be freed with
/// kazcustoms_calendar_free(). Fails with
/// KAZCUSTOMS_RESULT_INVALID_DOCUMENT (an input error, no rule id) for
/// changes that are not such JSON (an unknown member, a date that is not
/// `YYYY-MM-DD`, a year key that is not a number):
/// kazcustoms_last_error_input() is `"calendar"` and
/// kazcustoms_last_error_path() gives the path, e.g.
/// `calendar.days_off[0]`. Fails with INVALID_ARGUMENT for a date outside
/// 2013–2099, a Kurban Ait date not in its year, or a date given both as a
/// day off and as a working day.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_calendar_new(
    overrides_json: *const c_char,
    out: *mut *mut kazcustoms_calendar,
) -> kazcustoms_result {
    ffi::call(|| {
        let overrides = ffi::opt_str_arg(overrides_json, "overrides_json")?.unwrap_or("");
        let out = ffi::out_arg(out, "out")?;
        let inner = if overrides.trim().is_empty() {
            builtin().clone()
        } else {
            CalendarOverrides::from_json(overrides).and_then(|o| o.to_calendar())?
        };
        out.write(ffi::into_handle(kazcustoms_calendar { inner }));
        Ok(())
    })
}

/// Frees a calendar. NULL is a no-op. It must not be in use by another
/// thread, and must not be used afterwards.
#[no_mangle]
pub extern "C" fn kazcustoms_calendar_free(calendar: *mut kazcustoms_calendar) {
    ffi::call_void(|| ffi::free_handle(calendar));
}

/// Whether `date` is a working day in `calendar` (NULL: the built-in
/// calendar).
///
/// On success `*out` receives the answer as an `int`: 1 for a working
/// day, 0 for a day off (an `int`, not `bool`, so that the header stays C89:
/// `bool` needs C99's `<stdbool.h>`). Fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT for a `date` that is not a date.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_is_working_day(
    calendar: *const kazcustoms_calendar,
    date: kazcustoms_date,
    out: *mut c_int,
) -> kazcustoms_result {
    ffi::call(|| {
        let out = ffi::out_arg(out, "out")?;
        let date = date.to_naive("date")?;
        out.write(c_int::from(calendar_arg(calendar).is_working_day(date)));
        Ok(())
    })
}

/// The first working day strictly after `date` in `calendar` (NULL: the
/// built-in calendar): for goods that arrived on `date`, the last day on
/// which their short declaration is filed in time (R1 §26, `SD.LATE`).
///
/// On success `*out` receives the date. Fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT for a `date` that is not a date or
/// after which the library represents no working day (the last days of the
/// year 262142).
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_next_working_day(
    calendar: *const kazcustoms_calendar,
    date: kazcustoms_date,
    out: *mut kazcustoms_date,
) -> kazcustoms_result {
    ffi::call(|| {
        let out = ffi::out_arg(out, "out")?;
        let date = date.to_naive("date")?;
        let next = calendar_arg(calendar)
            .checked_next_working_day(date)
            .ok_or_else(|| Failure::invalid_argument("date", no_working_day_after(date)))?;
        out.write(next.into());
        Ok(())
    })
}

/// The date `n` working days after `date` in `calendar` (NULL: the built-in
/// calendar): the `n`-th working day strictly after it. `n = 0` gives
/// `date` itself, whether or not it is a working day (use
/// kazcustoms_next_working_day() to roll a day off forward). Always
/// kazcustoms_working_days_between(date, result) is `n`.
///
/// On success `*out` receives the date. Fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT (an input error, no rule id) for a
/// `date` that is not a date or lies outside 2013–2099, or a result that
/// would fall after 31 December 2099.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_add_working_days(
    calendar: *const kazcustoms_calendar,
    date: kazcustoms_date,
    n: u32,
    out: *mut kazcustoms_date,
) -> kazcustoms_result {
    ffi::call(|| {
        let out = ffi::out_arg(out, "out")?;
        let date = date.to_naive("date")?;
        let result = calendar_arg(calendar).add_working_days(date, n)?;
        out.write(result.into());
        Ok(())
    })
}

/// The number of working days in `(from, to]` in `calendar` (NULL: the
/// built-in calendar): after `from`, up to and including `to`. When `to` is
/// before `from` the count is negative (minus the count from `to` to
/// `from`), so counts add up: between(a, b) + between(b, c) = between(a, c).
/// Outside 2013–2099 the days counted are Monday to Friday.
///
/// On success `*out` receives the count. Fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT for a `from` or `to` that is not a
/// date.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_working_days_between(
    calendar: *const kazcustoms_calendar,
    from: kazcustoms_date,
    to: kazcustoms_date,
    out: *mut i64,
) -> kazcustoms_result {
    ffi::call(|| {
        let out = ffi::out_arg(out, "out")?;
        let from = from.to_naive("from")?;
        let to = to.to_naive("to")?;
        out.write(calendar_arg(calendar).working_days_between(from, to));
        Ok(())
    })
}

/// What `date` is in `calendar` (NULL: the built-in calendar), for a user
/// interface, as JSON: `{"kind": "holiday", "working": false, "text":
/// "Nauryz", "texts": {"kk": "Наурыз мейрамы", "ru": "Наурыз мейрамы",
/// "en": "Nauryz"}}`.
///
/// - `kind`: `"working"` (a Monday to Friday that is nothing else),
///   `"weekend"` (a Saturday or Sunday), `"holiday"` (a public holiday,
///   also on a weekend), `"moved_day_off"` (a day off moved by the law
///   because a holiday fell on a day off, moved by a decree or order, or
///   set by the caller) or `"moved_working_day"` (a Saturday, Sunday or day
///   off made a working day);
/// - `working`: whether people work that day;
/// - `text`: for a holiday its name, for a moved day off why, in `lang`
///   (`"kk"`, `"ru"` or `"en"`); `texts`: the same in all three languages;
///   both `null` for the other kinds.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free(). Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for a `date` that is not a date or an unknown `lang`.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_day_kind(
    calendar: *const kazcustoms_calendar,
    date: kazcustoms_date,
    lang: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let lang = ffi::str_arg(lang, "lang")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        let date = date.to_naive("date")?;
        let lang: Lang = lang.parse()?;
        let kind = calendar_arg(calendar).day_kind(date);
        out.write(ffi::into_c_string(day_kind_json(
            kind.as_str(),
            kind.is_working(),
            kind.text(),
            lang,
        ))?);
        Ok(())
    })
}

/// `{"kind": …, "working": …, "text": …, "texts": …}`, in that order.
fn day_kind_json(kind: &str, working: bool, text: Option<&Text>, lang: Lang) -> String {
    // Serializing strings and a `Text` cannot fail.
    let kind = serde_json::to_string(kind).unwrap_or_default();
    let local = serde_json::to_string(&text.map(|t| t.get(lang))).unwrap_or_default();
    let texts = serde_json::to_string(&text).unwrap_or_default();
    format!(r#"{{"kind":{kind},"working":{working},"text":{local},"texts":{texts}}}"#)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Days, NaiveDate};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn day_kind_json_names_the_holiday() {
        let kind = builtin().day_kind(d(2026, 3, 23));
        let json = day_kind_json(kind.as_str(), kind.is_working(), kind.text(), Lang::En);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["kind"], "holiday");
        assert_eq!(v["working"], false);
        assert_eq!(v["text"], "Nauryz");
        assert_eq!(v["texts"]["en"], "Nauryz");
        let kind = builtin().day_kind(d(2026, 3, 20));
        let json = day_kind_json(kind.as_str(), kind.is_working(), kind.text(), Lang::Kk);
        assert_eq!(
            json,
            r#"{"kind":"working","working":true,"text":null,"texts":null}"#
        );
    }

    #[test]
    fn unreadable_overrides_are_an_invalid_document_with_a_path() {
        let e = CalendarOverrides::from_json(r#"{"days_off": ["2027-13-01"]}"#).unwrap_err();
        let failure = Failure::from(e);
        assert_eq!(failure.code, kazcustoms_result::InvalidDocument);
        assert_eq!(failure.input, Some(kazcustoms_core::Input::Calendar));
        assert_eq!(failure.path.as_deref(), Some("calendar.days_off[0]"));
    }

    #[test]
    fn the_last_days_chrono_has_have_no_next_working_day() {
        assert_eq!(builtin().checked_next_working_day(NaiveDate::MAX), None);
        let week_before = NaiveDate::MAX.checked_sub_days(Days::new(7)).unwrap();
        assert!(builtin().next_working_day(week_before) <= NaiveDate::MAX);
    }
}
