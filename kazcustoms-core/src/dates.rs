//! Dates as documents, options and saved states write them: `YYYY-MM-DD`
//! exactly. [`parse_date`] reads one; the serde readers below are put on
//! every date field the library reads with
//! `#[serde(deserialize_with = "crate::dates::…")]` (the test
//! `tests/strict_dates.rs` keeps it so). A leaf module.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

/// A date as documents, options and saved states write it: `YYYY-MM-DD`
/// exactly — four-digit year, two-digit month and day, nothing around them.
/// chrono's own reading also takes `" 2026-01-01"`, `"2026-1-1"` and
/// `"+10000-01-01"`; the library does not.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::dates::parse_date;
/// assert_eq!(parse_date("2026-01-01"), NaiveDate::from_ymd_opt(2026, 1, 1));
/// for bad in [" 2026-01-01", "2026-01-01 ", "2026-1-1", "+10000-01-01", "2026-02-30", "2026/01/01"] {
///     assert_eq!(parse_date(bad), None, "{bad:?}");
/// }
/// ```
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().ok();
    let year = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

/// A date read with [`parse_date`].
struct StrictDate(NaiveDate);

impl<'de> Deserialize<'de> for StrictDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<StrictDate, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = StrictDate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<StrictDate, E> {
                parse_date(v).map(StrictDate).ok_or_else(|| {
                    E::custom(format_args!(
                        "{} is not a date written YYYY-MM-DD",
                        crate::names::quote(v)
                    ))
                })
            }
        }
        d.deserialize_str(V)
    }
}

/// A date.
pub(crate) fn one<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    StrictDate::deserialize(d).map(|s| s.0)
}

/// A date or `null`.
pub(crate) fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<StrictDate>::deserialize(d).map(|o| o.map(|s| s.0))
}

/// A list of dates.
pub(crate) fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
    Vec::<StrictDate>::deserialize(d).map(|v| v.into_iter().map(|s| s.0).collect())
}

/// A map of dates.
pub(crate) fn map<'de, K, D>(d: D) -> Result<BTreeMap<K, NaiveDate>, D::Error>
where
    K: Deserialize<'de> + Ord,
    D: Deserializer<'de>,
{
    BTreeMap::<K, StrictDate>::deserialize(d)
        .map(|m| m.into_iter().map(|(k, s)| (k, s.0)).collect())
}

/// A date and time of day as documents write them: `YYYY-MM-DDTHH:MM`
/// exactly (the date as [`parse_date`] reads it, a `T`, hours `00`–`23`
/// and minutes `00`–`59`; no seconds, no zone: the local time of the
/// office).
///
/// ```
/// use kazcustoms_core::dates::parse_date_time;
/// let t = parse_date_time("2026-11-05T09:30").unwrap();
/// assert_eq!(t.to_string(), "2026-11-05 09:30:00");
/// for bad in ["2026-11-05 09:30", "2026-11-05T9:30", "2026-11-05T24:00", "2026-11-05T09:30:00", "2026-11-05"] {
///     assert_eq!(parse_date_time(bad), None, "{bad:?}");
/// }
/// ```
pub fn parse_date_time(text: &str) -> Option<chrono::NaiveDateTime> {
    let (date, time) = text.split_once('T')?;
    let date = parse_date(date)?;
    let b = time.as_bytes();
    if b.len() != 5 || b[2] != b':' || !b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit) {
        return None;
    }
    let hour = time[..2].parse::<u32>().ok()?;
    let minute = time[3..].parse::<u32>().ok()?;
    date.and_hms_opt(hour, minute, 0)
}

/// A date and time read with [`parse_date_time`].
struct StrictDateTime(chrono::NaiveDateTime);

impl<'de> Deserialize<'de> for StrictDateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<StrictDateTime, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = StrictDateTime;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date and time written YYYY-MM-DDTHH:MM")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<StrictDateTime, E> {
                parse_date_time(v).map(StrictDateTime).ok_or_else(|| {
                    E::custom(format_args!(
                        "{} is not a date and time written YYYY-MM-DDTHH:MM",
                        crate::names::quote(v)
                    ))
                })
            }
        }
        d.deserialize_str(V)
    }
}

/// A date and time or `null`.
pub(crate) fn date_time_option<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<chrono::NaiveDateTime>, D::Error> {
    Option::<StrictDateTime>::deserialize(d).map(|o| o.map(|s| s.0))
}
