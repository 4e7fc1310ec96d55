//! Messages of the C layer's boundary: pointers, strings, buffers, panics,
//! and the few arguments only the C API converts itself (a date given as
//! three integers, the one mark of fulfilment of a guarantee obligation).
//!
//! Each function returns the message in Kazakh, Russian and English; the C
//! layer puts it in an [`Error::InvalidArgument`](crate::Error) (whose
//! message names the argument) or shows it as the thread's last error.

use chrono::NaiveDate;

use crate::text::Text;

/// A NULL pointer where a value is required.
///
/// ```
/// use kazcustoms_core::messages::ffi;
/// use kazcustoms_core::{Error, Lang};
/// let e = Error::invalid_argument("kind", ffi::null_pointer());
/// assert_eq!(e.message(Lang::En), "invalid kind: must not be NULL");
/// assert_eq!(ffi::null_pointer().ru, "не должен быть NULL");
/// ```
pub fn null_pointer() -> Text {
    Text::new(
        "NULL болмауы керек",
        "не должен быть NULL",
        "must not be NULL",
    )
}

/// A string argument that is not UTF-8.
///
/// ```
/// assert_eq!(kazcustoms_core::messages::ffi::not_utf8().en, "is not valid UTF-8");
/// ```
pub fn not_utf8() -> Text {
    Text::new(
        "жарамды UTF-8 емес",
        "не является корректной строкой UTF-8",
        "is not valid UTF-8",
    )
}

/// A panic caught at the boundary; `what` is the panic's message (`?` when
/// it has none).
///
/// ```
/// let t = kazcustoms_core::messages::ffi::panic("boom");
/// assert_eq!(t.en, "internal error in kazcustoms (panic): boom");
/// assert!(t.kk.ends_with("boom") && t.ru.ends_with("boom"));
/// ```
pub fn panic(what: &str) -> Text {
    Text::new(
        format!("kazcustoms ішкі қатесі (panic): {what}"),
        format!("внутренняя ошибка kazcustoms (panic): {what}"),
        format!("internal error in kazcustoms (panic): {what}"),
    )
}

/// A handle left unusable by an earlier panic (its lock is poisoned).
///
/// ```
/// assert!(kazcustoms_core::messages::ffi::poisoned().en.contains("panic"));
/// ```
pub fn poisoned() -> Text {
    Text::new(
        "дескриптор бұрынғы ішкі қатеден (panic) кейін жарамсыз",
        "дескриптор непригоден после прежней внутренней ошибки (panic)",
        "the handle is unusable after an earlier internal error (panic)",
    )
}

/// A result that cannot be handed to C as a string because it holds a NUL
/// character.
///
/// ```
/// assert_eq!(kazcustoms_core::messages::ffi::nul_in_result().en, "the result contains a NUL character");
/// ```
pub fn nul_in_result() -> Text {
    Text::new(
        "нәтижеде NUL таңбасы бар",
        "результат содержит символ NUL",
        "the result contains a NUL character",
    )
}

/// A date given as year, month and day that is not a calendar date.
///
/// ```
/// let t = kazcustoms_core::messages::ffi::not_a_date(2026, 2, 30);
/// assert_eq!(t.en, "2026-02-30 is not a calendar date");
/// assert_eq!(t.ru, "2026-02-30 не является календарной датой");
/// ```
pub fn not_a_date(year: i32, month: u32, day: u32) -> Text {
    let (y, m, d) = (year, month, day);
    Text::new(
        format!("{y:04}-{m:02}-{d:02} күнтізбелік күн емес"),
        format!("{y:04}-{m:02}-{d:02} не является календарной датой"),
        format!("{y:04}-{m:02}-{d:02} is not a calendar date"),
    )
}

/// No working day is representable after `date` (the last days chrono can
/// hold).
///
/// ```
/// let t = kazcustoms_core::messages::ffi::no_working_day_after(chrono::NaiveDate::MAX);
/// assert!(t.en.starts_with("the calendar has no working day after"));
/// ```
pub fn no_working_day_after(date: NaiveDate) -> Text {
    Text::new(
        format!("{date} күнінен кейін күнтізбеде жұмыс күні жоқ"),
        format!("после {date} в календаре нет рабочих дней"),
        format!("the calendar has no working day after {date}"),
    )
}

/// The mark of fulfilment of a guarantee obligation needs exactly one of
/// the short declaration and the cargo customs declaration.
///
/// ```
/// let t = kazcustoms_core::messages::ffi::one_fulfilment();
/// assert!(t.en.contains("short_declaration") && t.en.contains("customs_declaration"));
/// ```
pub fn one_fulfilment() -> Text {
    Text::new(
        "short_declaration немесе customs_declaration біреуі ғана берілуі керек",
        "нужно указать ровно одно: short_declaration или customs_declaration",
        "give exactly one of short_declaration and customs_declaration",
    )
}

/// The mark closing a returned guarantee obligation exists in Kazakh and
/// Russian only.
///
/// ```
/// assert!(kazcustoms_core::messages::ffi::return_mark_lang().en.contains("(kk)"));
/// ```
pub fn return_mark_lang() -> Text {
    Text::new(
        "белгі қазақ (kk) немесе орыс (ru) тілінде ғана",
        "отметка только на казахском (kk) или русском (ru)",
        "the mark is in Kazakh (kk) or Russian (ru) only",
    )
}
