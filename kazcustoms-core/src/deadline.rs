//! The delivery deadline rule: 2000 km per month (SPEC §2; R1 §19, §38,
//! DCD column 50, TIR voucher box 20).
//!
//! The source texts give the rate but no arithmetic. This module is the
//! library's definition, documented as such:
//!
//! * the distance is converted to whole metres (rounded to nearest) and every
//!   step after that is integer arithmetic, so no floating-point rounding can
//!   move a date;
//! * [`Convention::Calendar`] (default): `floor(km / 2000)` calendar months are
//!   added (end of month clamps: 31 Jan + 1 month = 28/29 Feb), and the rest
//!   `r` adds `ceil(r × 30 / 2000)` days;
//! * [`Convention::ThirtyDay`]: `ceil(km × 30 / 2000)` days are added;
//! * the result is the last date on which delivery is still in time.
//!
//! A distance that is not finite, not above zero, or that rounds to zero
//! metres is an input error; so is a deadline beyond the supported calendar
//! (year 262 143).

use chrono::{Days, Months, NaiveDate};

use crate::report::{Report, Text, Violation};
use crate::rules::Rule;
use crate::Error;

/// Metres in the 2000 km that make one month.
const METRES_PER_MONTH: u64 = 2_000_000;
/// Days a month counts for in the day part of the rule.
const DAYS_PER_MONTH: u64 = 30;

crate::named_enum! {
    /// How a distance is turned into a term.
    ///
    /// ```
    /// use kazcustoms_core::Convention;
    /// assert_eq!("thirty_day".parse::<Convention>().unwrap(), Convention::ThirtyDay);
    /// assert!("monthly".parse::<Convention>().is_err());
    /// ```
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Convention: "convention", ["есептеу тәсілі", "способ расчёта", "convention"] {
        /// Whole calendar months per 2000 km, then 30-day months for the rest.
        #[default]
        Calendar = "calendar",
        /// 30 days per 2000 km throughout.
        ThirtyDay = "thirty_day",
    }
}

/// A carriage distance in whole metres (at least one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Distance {
    metres: u64,
}

impl Distance {
    /// A distance given in kilometres, rounded to the nearest metre.
    ///
    /// # Errors
    ///
    /// An input error for NaN, an infinity, zero, a negative distance, a
    /// distance under half a metre (it rounds to zero), or one above
    /// [`crate::quantity::DISTANCE_KM`] (100 000 km: no carriage route is
    /// longer).
    ///
    /// ```
    /// use kazcustoms_core::Distance;
    /// assert_eq!(Distance::from_km(0.5).unwrap().metres(), 500);
    /// assert_eq!(Distance::from_km(1.0005).unwrap().metres(), 1001);
    /// assert!(Distance::from_km(-1.0).is_err());
    /// assert!(Distance::from_km(f64::NAN).is_err());
    /// assert!(Distance::from_km(100_000.0).is_ok());
    /// assert!(Distance::from_km(100_000.001).is_err());
    /// ```
    pub fn from_km(km: f64) -> Result<Distance, Error> {
        if !km.is_finite() || km <= 0.0 {
            return Err(bad_distance(
                format!("{km}"),
                Text::new(
                    "шекті оң сан болуы керек",
                    "должно быть конечным положительным числом",
                    "must be a finite number above zero",
                ),
            ));
        }
        if km > crate::quantity::DISTANCE_KM.max {
            return Err(too_far(km));
        }
        let metres = (km * 1000.0).round();
        // At most 10^8 metres, an integer-valued double: the conversion is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Distance::from_metres(metres as u64)
    }

    /// A distance in whole metres.
    ///
    /// # Errors
    ///
    /// An input error for zero metres or more than 100 000 km.
    ///
    /// ```
    /// use kazcustoms_core::Distance;
    /// assert!(Distance::from_metres(100_000_000).is_ok());
    /// assert!(Distance::from_metres(100_000_001).is_err());
    /// ```
    pub fn from_metres(metres: u64) -> Result<Distance, Error> {
        if metres > MAX_METRES {
            return Err(too_far(metres as f64 / 1000.0));
        }
        if metres == 0 {
            return Err(bad_distance(
                "0 m".to_owned(),
                Text::new(
                    "кемінде бір метр болуы керек",
                    "должно быть не меньше одного метра",
                    "must be at least one metre",
                ),
            ));
        }
        Ok(Distance { metres })
    }

    /// The distance in whole metres.
    pub const fn metres(self) -> u64 {
        self.metres
    }
}

/// [`crate::quantity::DISTANCE_KM`]'s upper bound in metres.
const MAX_METRES: u64 = 100_000_000;

fn too_far(km: f64) -> Error {
    let range = crate::quantity::DISTANCE_KM;
    bad_distance(
        crate::names::quote(&km.to_string()),
        Text::new(
            format!("{range} км аралығынан тыс"),
            format!("вне диапазона {range} км"),
            format!("is outside the range {range} km"),
        ),
    )
}

fn bad_distance(value: String, why: Text) -> Error {
    Error::invalid_argument(
        "distance_km",
        Text::new(
            format!("қашықтық {value} {}", why.kk),
            format!("расстояние {value} {}", why.ru),
            format!("distance {value} {}", why.en),
        ),
    )
}

fn out_of_range() -> Error {
    Error::invalid_argument(
        "distance_km",
        Text::new(
            "мерзім қолдау көрсетілетін күнтізбеден тыс",
            "срок выходит за пределы поддерживаемого календаря",
            "the deadline is beyond the supported calendar",
        ),
    )
}

/// The last date on which delivery over `distance` from `start` is in time.
///
/// # Errors
///
/// An input error when the deadline would be beyond the supported calendar.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{delivery_deadline, Convention, Distance};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let km = Distance::from_km(3000.0).unwrap();
/// assert_eq!(delivery_deadline(d(2026, 1, 31), km, Convention::Calendar).unwrap(), d(2026, 3, 15));
/// assert_eq!(delivery_deadline(d(2026, 1, 31), km, Convention::ThirtyDay).unwrap(), d(2026, 3, 17));
/// ```
pub fn delivery_deadline(
    start: NaiveDate,
    distance: Distance,
    convention: Convention,
) -> Result<NaiveDate, Error> {
    // Checked arithmetic throughout; a distance is at most 10^8 metres, so
    // none of it fails, but none of it could wrap either.
    let m = u128::from(distance.metres);
    let per_month = u128::from(METRES_PER_MONTH);
    let days_for = |metres: u128| {
        metres
            .checked_mul(u128::from(DAYS_PER_MONTH))
            .map(|x| x.div_ceil(per_month))
    };
    let (months, days) = match convention {
        Convention::Calendar => (
            m.checked_div(per_month),
            m.checked_rem(per_month).and_then(days_for),
        ),
        Convention::ThirtyDay => (Some(0), days_for(m)),
    };
    let months = months
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(out_of_range)?;
    let days = days
        .and_then(|n| u64::try_from(n).ok())
        .ok_or_else(out_of_range)?;
    start
        .checked_add_months(Months::new(months))
        .and_then(|d| d.checked_add_days(Days::new(days)))
        .ok_or_else(out_of_range)
}

/// Checks a proposed deadline against the rule: later than the limit is
/// `TERM.LIMIT`, earlier than the start is `TERM.BEFORE_START`. Both are
/// reported on the field `deadline` with source `R1 §19`.
///
/// # Errors
///
/// As [`delivery_deadline`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{check_deadline, Convention, Distance};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let km = Distance::from_km(2000.0).unwrap();
/// let report = check_deadline(d(2026, 3, 1), km, d(2026, 4, 2), Convention::Calendar).unwrap();
/// assert_eq!(report.rule_ids(), ["TERM.LIMIT"]);
/// assert!(check_deadline(d(2026, 3, 1), km, d(2026, 4, 1), Convention::Calendar).unwrap().ok());
/// ```
pub fn check_deadline(
    start: NaiveDate,
    distance: Distance,
    proposed: NaiveDate,
    convention: Convention,
) -> Result<Report, Error> {
    let limit = delivery_deadline(start, distance, convention)?;
    let mut report = Report::new();
    if proposed < start {
        report.push(Violation::new(
            Rule::TermBeforeStart,
            "deadline",
            Text::new(
                format!("мерзім {proposed} бастапқы күннен {start} бұрын"),
                format!("срок {proposed} раньше даты начала {start}"),
                format!("deadline {proposed} is earlier than the start date {start}"),
            ),
        ));
    } else if proposed > limit {
        let km = distance.metres as f64 / 1000.0;
        report.push(Violation::new(
            Rule::TermLimit,
            "deadline",
            Text::new(
                format!("мерзім {proposed} шектен {limit} кейін ({km} км, айына 2000 км, {convention})"),
                format!("срок {proposed} позже предельного {limit} ({km} км, 2000 км в месяц, {convention})"),
                format!("deadline {proposed} is later than the limit {limit} ({km} km at 2000 km per month, {convention})"),
            ),
        ));
    }
    Ok(report)
}

crate::names::serde_by_name!(Convention);
