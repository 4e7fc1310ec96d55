//! The numbers documents carry — weights, amounts, exchange rates, counts,
//! distances — each with a documented range, and exact arithmetic on them.
//!
//! A value outside its range is one no document can carry (a gross weight
//! of 10^308 kg, an exchange rate of 10^200): a column out of its range is a
//! violation under the column's `RANGE` rule, an option or a distance out of
//! its range is an input error. Only values within their ranges reach
//! arithmetic, and every sum is exact: amounts are summed in hundredths,
//! weights in thousandths, as integers with checked addition, so a sum is
//! never rounded away, wrapped or saturated.
//!
//! | quantity | range | fields |
//! |---|---|---|
//! | weight, kg | above 0, at most 1 000 000 000 (a million tonnes) | DCD columns 35, 38; short declaration column 8 |
//! | amount | 0 to 10 000 000 000 000 (10^13, in any currency) | DCD columns 22, 42, 46; short declaration column 10 |
//! | exchange rate | 0.000 001 to 1 000 000 | DCD column 23; the option `usd_rate` |
//! | count | 0 to 1 000 000 000 | DCD columns 4 (from 1), 6; short declaration column 7 |
//! | distance, km | above 0, at most 100 000 (two and a half times round the Earth) | `distance_km` of a DCD or a guarantee application; the option `distance_km` |
//!
//! The bounds are far beyond any real consignment and well inside what the
//! arithmetic represents exactly: 10^13 in hundredths is 10^15, under 2^53,
//! the largest integer a JSON number (an IEEE double) holds exactly.
//!
//! ```
//! use kazcustoms_core::quantity::{AMOUNT, WEIGHT_KG};
//! assert!(WEIGHT_KG.contains(1.0e9) && !WEIGHT_KG.contains(1.0e9 + 1.0));
//! assert!(!WEIGHT_KG.contains(0.0) && AMOUNT.contains(0.0));
//! assert!(!AMOUNT.contains(f64::INFINITY) && !AMOUNT.contains(f64::NAN));
//! ```

use crate::error::Error;
use crate::text::Text;

/// The range of a kind of value: from `min` (included or not) to `max`
/// (included). NaN and the infinities are in no range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    /// The lower bound.
    pub min: f64,
    /// Whether `min` itself is in the range.
    pub min_included: bool,
    /// The upper bound, included.
    pub max: f64,
}

impl Range {
    /// Whether `x` is in the range.
    ///
    /// ```
    /// use kazcustoms_core::quantity::RATE;
    /// assert!(RATE.contains(470.5) && !RATE.contains(1.0e200) && !RATE.contains(0.0));
    /// ```
    pub fn contains(&self, x: f64) -> bool {
        let above = if self.min_included {
            x >= self.min
        } else {
            x > self.min
        };
        above && x <= self.max
    }

    /// Whether `x` is a finite number no larger in magnitude than `max`: a
    /// value that can take part in arithmetic and comparisons. A negative
    /// or zero value of such a magnitude is reported under its column's own
    /// rule (`POSITIVE`, `NEGATIVE`) and still compared, so a column that
    /// follows it is not reported again.
    ///
    /// ```
    /// use kazcustoms_core::quantity::AMOUNT;
    /// assert!(AMOUNT.bounded(-961200.0) && !AMOUNT.bounded(-1.0e300) && !AMOUNT.bounded(f64::NAN));
    /// ```
    pub fn bounded(&self, x: f64) -> bool {
        x.is_finite() && x.abs() <= self.max
    }

}

/// The range as an interval: `(0, 1000000000]`.
///
/// ```
/// assert_eq!(kazcustoms_core::quantity::WEIGHT_KG.to_string(), "(0, 1000000000]");
/// ```
impl std::fmt::Display for Range {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let open = if self.min_included { '[' } else { '(' };
        write!(f, "{open}{}, {}]", self.min, self.max)
    }
}

/// A weight in kilograms: above 0, at most 10^9 kg.
pub const WEIGHT_KG: Range = Range {
    min: 0.0,
    min_included: false,
    max: 1.0e9,
};

/// An amount in a currency: 0 to 10^13.
pub const AMOUNT: Range = Range {
    min: 0.0,
    min_included: true,
    max: 1.0e13,
};

/// An exchange rate (tenge per unit of the currency): 10^-6 to 10^6.
pub const RATE: Range = Range {
    min: 1.0e-6,
    min_included: true,
    max: 1.0e6,
};

/// A distance in kilometres: above 0, at most 100 000 km.
pub const DISTANCE_KM: Range = Range {
    min: 0.0,
    min_included: false,
    max: 1.0e5,
};

/// The largest count a document carries (packages, sheets, loading lists).
pub const MAX_COUNT: i64 = 1_000_000_000;

/// Whether `n` is a count a document can carry, `0..=MAX_COUNT`.
///
/// ```
/// use kazcustoms_core::quantity::{count_in_range, MAX_COUNT};
/// assert!(count_in_range(0) && count_in_range(MAX_COUNT));
/// assert!(!count_in_range(-1) && !count_in_range(MAX_COUNT + 1));
/// ```
pub fn count_in_range(n: i64) -> bool {
    (0..=MAX_COUNT).contains(&n)
}

/// A document's number written for a message: as JSON would write it, but
/// in exponent form (`1e300`) beyond 10^15 or below 10^-6, so a value out of
/// its range stays short.
///
/// ```
/// use kazcustoms_core::quantity::written;
/// assert_eq!(written(14870.5), "14870.5");
/// assert_eq!(written(1.0e300), "1e300");
/// assert_eq!(written(-1.7e308), "-1.7e308");
/// assert_eq!(written(1.0e-7), "1e-7");
/// ```
pub fn written(x: f64) -> String {
    let a = x.abs();
    if a.is_finite() && a != 0.0 && !(1.0e-6..1.0e15).contains(&a) {
        format!("{x:e}")
    } else {
        x.to_string()
    }
}

/// The integer nearest to `x` (half away from zero), when it is within
/// ±2^63: the one conversion from a document's number to an integer.
fn nearest(x: f64) -> Option<i64> {
    // 2^63, exactly.
    const LIMIT: f64 = 9.223_372_036_854_776e18;
    let r = x.round();
    if !(r.is_finite() && r.abs() < LIMIT) {
        return None;
    }
    // `r` is an integer-valued double strictly inside the i64 range, so the
    // conversion is exact.
    #[allow(clippy::cast_possible_truncation)]
    Some(r as i64)
}

/// An exact sum of values in units of `1/scale` (hundredths for amounts,
/// thousandths for weights), with checked addition.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sum {
    units: i128,
    scale: i32,
    any: bool,
}

/// A sum that cannot be represented (a value not a finite number within
/// ±2^63 units, or a total beyond i128): the caller makes it an input error
/// naming the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unrepresentable;

impl Sum {
    /// An empty sum of amounts, in hundredths.
    pub(crate) fn hundredths() -> Sum {
        Sum {
            units: 0,
            scale: 100,
            any: false,
        }
    }

    /// An empty sum of weights, in thousandths.
    pub(crate) fn thousandths() -> Sum {
        Sum {
            units: 0,
            scale: 1000,
            any: false,
        }
    }

    /// `x` in this sum's units, rounded half away from zero.
    pub(crate) fn units_of(&self, x: f64) -> Result<i128, Unrepresentable> {
        nearest(x * f64::from(self.scale))
            .map(i128::from)
            .ok_or(Unrepresentable)
    }

    /// Adds `x`.
    pub(crate) fn add(&mut self, x: f64) -> Result<(), Unrepresentable> {
        let units = self.units_of(x)?;
        self.units = self.units.checked_add(units).ok_or(Unrepresentable)?;
        self.any = true;
        Ok(())
    }

    /// The sum in units.
    pub(crate) fn units(&self) -> i128 {
        self.units
    }

    /// Whether anything was added.
    pub(crate) fn any(&self) -> bool {
        self.any
    }

    /// The sum as a decimal number (exact in its units as far as a double
    /// holds it: within 2^53 units).
    #[allow(clippy::cast_precision_loss)]
    pub(crate) fn value(&self) -> f64 {
        self.units as f64 / f64::from(self.scale)
    }

    /// The sum written with its decimals, `-12.50`.
    pub(crate) fn written(&self) -> String {
        let sign = if self.units < 0 { "-" } else { "" };
        let u = self.units.unsigned_abs();
        if self.scale == 100 {
            format!("{sign}{}.{:02}", u / 100, u % 100)
        } else {
            format!("{sign}{}.{:03}", u / 1000, u % 1000)
        }
    }
}

/// The input error for `field` of `input`, whose value the library cannot
/// represent in a sum.
pub(crate) fn unrepresentable(input: crate::Input, field: String) -> Error {
    Error::invalid_document(
        input,
        field,
        Text::new(
            "мән сомада дәл көрсетілмейді",
            "значение не представимо точно в сумме",
            "the value cannot be represented exactly in a sum",
        ),
    )
}

/// The input error for a value out of its range in an option or an
/// argument: `what` is out of `range`.
pub(crate) fn out_of_range(argument: &'static str, value: f64, range: Range) -> Error {
    let shown = crate::names::quote(&value.to_string());
    Error::invalid_argument(
        argument,
        Text::new(
            format!("{shown} {range} аралығынан тыс"),
            format!("{shown} вне диапазона {range}"),
            format!("{shown} is outside the range {range}"),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_are_exact_and_checked() {
        let mut s = Sum::hundredths();
        assert!(!s.any());
        for x in [0.1, 0.2, 1.0e13, 1.0e13] {
            s.add(x).unwrap();
        }
        assert_eq!(s.units(), 2_000_000_000_000_030);
        assert_eq!(s.written(), "20000000000000.30");
        assert_eq!(s.add(1.0e300), Err(Unrepresentable));
        assert_eq!(s.add(f64::NAN), Err(Unrepresentable));
        let mut w = Sum::thousandths();
        w.add(-1.5).unwrap();
        assert_eq!(w.written(), "-1.500");
        assert!((w.value() + 1.5).abs() < f64::EPSILON);
    }

    #[test]
    fn nearest_refuses_what_an_integer_cannot_hold() {
        assert_eq!(nearest(2.5), Some(3));
        assert_eq!(nearest(-2.5), Some(-3));
        assert_eq!(nearest(9.3e18), None);
        assert_eq!(nearest(-9.3e18), None);
        assert_eq!(nearest(f64::INFINITY), None);
    }
}
