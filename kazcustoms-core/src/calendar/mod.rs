//! Working days of Kazakhstan (SPEC §13): which days are working days, the
//! next working day, "n working days after", and working days between two
//! dates.
//!
//! # The rule
//!
//! * Saturday and Sunday are days off.
//! * The public holidays of the Law «О праздниках в Республике Казахстан» as
//!   it stood in each year are days off: 1–2 January; 7 January (Orthodox
//!   Christmas); 8 March; 21–23 March (Nauryz); 1 May; 7 May (from 2013);
//!   9 May; 6 July; 30 August (Constitution Day, until 2025); 25 October
//!   (Republic Day, from 2022); 1 December (2012–2021); 16 December and,
//!   until 2021, 17 December; 15 March (Constitution Day, from 2027); and the
//!   first day of Kurban Ait, whose date is set every year.
//! * A holiday that falls on a day off (a Saturday, a Sunday or a religious
//!   holiday) moves the day off to the next working day after it, except
//!   7 January and Kurban Ait, which are never moved. Holidays are taken in
//!   date order, so Nauryz 2026 (Saturday 21 to Monday 23 March) gives days
//!   off on Tuesday 24 and Wednesday 25 March.
//! * Each year a decree of the Government (from 2024, an order of the Minister
//!   of Labour) may move days off: a Saturday becomes a working day and a
//!   bridge day becomes a day off. The calendar holds these moves for the
//!   verified years.
//!
//! # Readings (where the rule needed one)
//!
//! * **25 October 2022.** SPEC says Republic Day is a holiday "from 2023".
//!   The law of 29 September 2022 restored it before 25 October 2022, which
//!   was a day off (with a decree making Monday 24 October a bridge day), so
//!   the calendar counts it from 2022. The same law ended 1 December as a
//!   holiday, so 1 December 2022 is a working day, and Independence Day is
//!   16 December alone from 2022.
//! * **Constitution Day 2026.** The new Constitution adopted at the
//!   referendum of 15 March 2026 makes 15 March Constitution Day; the Ministry
//!   of Labour said 30 August is no longer a holiday from 2026 and 15 March is
//!   celebrated from 2027. So Monday 31 August 2026 is a working day, and
//!   15 March is a (moving) holiday from 2027. SPEC still lists 30 August.
//! * **A moving holiday on Kurban Ait** (or Christmas) moves like one on a
//!   Sunday: Kurban Ait is a day off too.
//!
//! # Verified years and sources
//!
//! [`builtin_years`] lists the years whose data were checked: 2013–2026.
//! For each the first day of Kurban Ait and every move made by decree or
//! order are built in, with the act and where it was read:
//!
//! | year | Kurban Ait | moves (working day → day off) | act |
//! | --- | --- | --- | --- |
//! | 2013 | 15 Oct | 4 May → 10 May; 12 Oct → 14 Oct | Decrees No. 345 (Apr 2013), No. 1068 (Oct 2013) |
//! | 2014 | 4 Oct (Sat) | 28 Dec 2013 → 3 Jan; 4 May → 2 May; 11 May → 8 May | Decrees No. 1322 (Dec 2013), No. 365 (Apr 2014) |
//! | 2015 | 24 Sep | none found | — |
//! | 2016 | 12 Sep | 5 Mar → 7 Mar | Decree No. 67 (Feb 2016) |
//! | 2017 | 1 Sep | 18 Mar → 20 Mar; 1 Jul → 7 Jul | Decree No. 5 (Jan 2017) |
//! | 2018 | 21 Aug | 3 Mar → 9 Mar; 28 Apr → 30 Apr; 5 May → 8 May; 25 Aug → 31 Aug; 29 Dec → 31 Dec | Decree No. 864 (Dec 2017) |
//! | 2019 | 11 Aug (Sun) | 4 May → 10 May | Decree No. 888 of 2018 |
//! | 2020 | 31 Jul | 5 Jan → 3 Jan; 11 May → 8 May; 20 Dec → 18 Dec | Decree No. 820 of 1 Nov 2019 |
//! | 2021 | 20 Jul | 3 Jul → 5 Jul | Decree No. 930 of 2020 |
//! | 2022 | 9 Jul | 5 Mar → 7 Mar; 27 Aug → 29 Aug; 22 Oct → 24 Oct | Decree No. 713 of 6 Oct 2021, amended Oct 2022 |
//! | 2023 | 28 Jun | 1 Jul → 7 Jul | Decree No. 326 of 25 Apr 2023 |
//! | 2024 | 16 Jun | 4 May → 8 May | Minister's order of 17 Apr 2024 |
//! | 2025 | 6 Jun | 5 Jan → 3 Jan | Minister's order of Nov 2024 |
//! | 2026 | 27 May | none (checked as of March 2026) | — |
//!
//! The decree of December 2013 moved a day off across the year end: Saturday
//! 28 December 2013 was a working day for Friday 3 January 2014. It is listed
//! under 2014 and changes both days. Where the day of signing of an act could
//! not be confirmed, the entry gives its number and month only and says so.
//! Every day of 2013–2027 is cross-checked against an independent list (the
//! `holidays` package's `KZ` calendar, in the Python tests); the days where
//! the two differ are listed there with the source that decides each.
//!
//! # Outside the verified years: before 2013, and from 2027
//!
//! Within the supported range ([`SUPPORTED_YEARS`], 2013–2099) a year that
//! is not verified — every year from 2027 on — is answered by the
//! **statutory rule only**: weekends, the fixed holidays of the law in force
//! that year (as listed above) and the moving rule. It has **no Kurban Ait**
//! unless the caller sets one with [`WorkingCalendar::set_kurban_ait`], and
//! **no decree moves** unless the caller adds them
//! ([`WorkingCalendar::add_day_off`], [`WorkingCalendar::add_working_day`],
//! or [`CalendarOverrides`]). [`WorkingCalendar::is_verified`] is `false`
//! for such a year, so a caller can tell the answer is provisional. Before
//! 2013 and after 2099 the calendar knows no holidays at all: only Saturday
//! and Sunday are days off there, and [`WorkingCalendar::add_working_days`]
//! refuses such dates.
//!
//! **2027**, what is known: the statutory rule applies; Constitution Day is
//! 15 March (a Monday in 2027) and 30 August is no longer a holiday;
//! Republic Day is 25 October; 2 January (a Saturday) moves the day off to
//! Monday 4 January, 21 March (a Sunday) to Wednesday 24 March, 1 May (a
//! Saturday) to Monday 3 May and 9 May (a Sunday) to Monday 10 May. What is
//! not known: the first day of **Kurban Ait 2027** is not fixed yet (it is set
//! each year with the clergy; astronomical estimates put it on 16 or 17 May),
//! and no order moving days off in 2027 has been published. Until they are,
//! the caller supplies them:
//!
//! ```
//! use chrono::NaiveDate;
//! use kazcustoms_core::calendar::{CalendarOverrides, WorkingCalendar};
//!
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let cal = WorkingCalendar::kazakhstan();
//! assert!(!cal.is_verified(2027));
//! assert_eq!(cal.kurban_ait(2027), None);
//! assert!(!cal.is_working_day(d(2027, 3, 15))); // Constitution Day
//! assert!(cal.is_working_day(d(2027, 8, 30))); // no longer a holiday
//! assert!(cal.is_working_day(d(2027, 5, 17))); // Kurban Ait not known
//!
//! // The caller's date (a Monday here), as the options' "calendar" member.
//! let cal = CalendarOverrides::from_json(r#"{"kurban_ait": {"2027": "2027-05-17"}}"#)?
//!     .to_calendar()?;
//! assert!(!cal.is_working_day(d(2027, 5, 17)));
//! assert!(!cal.is_verified(2027)); // still the caller's data, not verified
//! # Ok::<(), kazcustoms_core::Error>(())
//! ```
//!
//! # Design
//!
//! A [`WorkingCalendar`] is an owned value with no global mutable state. When
//! it is made it computes one 366-bit set of working days per supported year
//! and a running count of working days at the start of each year; a caller's
//! change recomputes the one year it touches. Testing a day is one bit; the
//! count between two dates is two table look-ups and popcounts; "n working
//! days after" skips whole years and 64-day words by popcount. The built-in
//! calendar is computed once per process and cloned by
//! [`WorkingCalendar::kazakhstan`].
//!
//! ```
//! use chrono::NaiveDate;
//! use kazcustoms_core::calendar::WorkingCalendar;
//!
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let cal = WorkingCalendar::kazakhstan();
//! assert!(!cal.is_working_day(d(2026, 3, 23))); // Nauryz
//! assert!(!cal.is_working_day(d(2026, 3, 24))); // for Saturday 21 March
//! assert_eq!(cal.next_working_day(d(2026, 3, 20)), d(2026, 3, 26));
//! assert_eq!(cal.add_working_days(d(2026, 3, 20), 2).unwrap(), d(2026, 3, 27));
//! assert_eq!(cal.working_days_between(d(2026, 3, 20), d(2026, 3, 31)), 4);
//! ```

mod data;
mod rule;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::RangeInclusive;
use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use data::{Act, DayMove, VerifiedYear};
use rule::Holiday;

use crate::{Error, Text};

/// The years the calendar knows the law for (holidays and the moving rule).
/// Outside them only Saturday and Sunday are days off.
pub const SUPPORTED_YEARS: RangeInclusive<i32> = FIRST_YEAR..=LAST_YEAR;

const FIRST_YEAR: i32 = 2013;
const LAST_YEAR: i32 = 2099;
const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;
/// Words of a year's bit set: 366 bits.
const WORDS: usize = 6;

/// The built-in verified years (2013–2026), in order, with their Kurban Ait
/// date, moves and sources.
///
/// ```
/// let years = kazcustoms_core::calendar::builtin_years();
/// assert_eq!(years.first().unwrap().year, 2013);
/// assert_eq!(years.last().unwrap().year, 2026);
/// assert!(years.iter().all(|y| !y.kurban_ait_source.is_empty()));
/// ```
pub fn builtin_years() -> &'static [VerifiedYear] {
    data::VERIFIED
}

/// What a day is, for a user interface.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DayKind {
    /// A working day (Monday to Friday that is nothing else).
    Working,
    /// A Saturday or a Sunday.
    Weekend,
    /// A public holiday, with its name (also when it falls on a weekend).
    Holiday(Text),
    /// A day off that is not a holiday or a weekend: moved by the law
    /// because a holiday fell on a day off, moved by a decree or order
    /// (a bridge day), or set by the caller. The text says why.
    MovedDayOff(Text),
    /// A Saturday, Sunday or moved day off that a decree, order or the
    /// caller made a working day.
    MovedWorkingDay,
}

impl DayKind {
    /// `working`, `weekend`, `holiday`, `moved_day_off` or
    /// `moved_working_day`, as in `tests/vectors/calendar.json`.
    ///
    /// ```
    /// use kazcustoms_core::calendar::DayKind;
    /// assert_eq!(DayKind::MovedWorkingDay.as_str(), "moved_working_day");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            DayKind::Working => "working",
            DayKind::Weekend => "weekend",
            DayKind::Holiday(_) => "holiday",
            DayKind::MovedDayOff(_) => "moved_day_off",
            DayKind::MovedWorkingDay => "moved_working_day",
        }
    }

    /// Whether people work on such a day.
    pub const fn is_working(&self) -> bool {
        matches!(self, DayKind::Working | DayKind::MovedWorkingDay)
    }

    /// The holiday's name or the reason for the moved day off.
    pub fn text(&self) -> Option<&Text> {
        match self {
            DayKind::Holiday(t) | DayKind::MovedDayOff(t) => Some(t),
            _ => None,
        }
    }
}

impl fmt::Display for DayKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a day was made a day off by an override.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Reason {
    /// A built-in move: `from` became a working day.
    Act { from: NaiveDate, act: &'static Act },
    /// Given by the caller.
    Caller(Text),
}

/// A day whose status is set, overriding the statutory rule.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Override {
    DayOff(Reason),
    Working,
}

/// The working-day calendar of Kazakhstan: the statutory rule, the verified
/// data of 2013–2026, and the caller's changes.
///
/// See the [module documentation](self) for the rule, the readings and what
/// it answers outside the verified years.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::calendar::WorkingCalendar;
/// use kazcustoms_core::Text;
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut cal = WorkingCalendar::kazakhstan();
/// // An order for 2027 the library does not know yet: Saturday 9 January
/// // works, Friday 8 January (after Christmas on Thursday) is a bridge day.
/// cal.add_working_day(d(2027, 1, 9)).unwrap();
/// cal.add_day_off(d(2027, 1, 8), Text::new("көпір күні", "день-мост", "bridge day")).unwrap();
/// assert!(cal.is_working_day(d(2027, 1, 9)));
/// assert!(!cal.is_working_day(d(2027, 1, 8)));
/// assert!(!cal.is_verified(2027));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct WorkingCalendar {
    // The tables are shared between clones (a clone of the built-in
    // calendar is a few reference counts) and copied on the first change.
    /// Per supported year, bit `i` set when day `i` (zero-based) is a working day.
    bits: Arc<Vec<[u64; WORDS]>>,
    /// `cum[i]`: working days in the supported years before index `i`;
    /// `cum[YEARS]` is the total.
    cum: Arc<Vec<u32>>,
    /// First day of Kurban Ait by year.
    kurban: Arc<BTreeMap<i32, NaiveDate>>,
    /// Days set as days off or working days (built-in moves and the caller's).
    overrides: Arc<BTreeMap<NaiveDate, Override>>,
    /// The verified years this calendar was made with.
    verified: &'static [i32],
}

impl fmt::Debug for WorkingCalendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WorkingCalendar")
            .field("verified", &self.verified)
            .field("kurban_ait", &self.kurban)
            .field("overrides", &self.overrides)
            .finish_non_exhaustive()
    }
}

impl Default for WorkingCalendar {
    /// The built-in calendar, [`WorkingCalendar::kazakhstan`].
    fn default() -> Self {
        WorkingCalendar::kazakhstan()
    }
}

const VERIFIED_YEARS: [i32; 14] = [
    2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
];

impl WorkingCalendar {
    /// The calendar of Kazakhstan with the built-in data: the statutory rule,
    /// and Kurban Ait and the decree moves of the verified years 2013–2026.
    ///
    /// The first call in a process computes it (about 0.2 ms); later calls
    /// clone it (well under a microsecond).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let cal = WorkingCalendar::kazakhstan();
    /// // Saturday 4 May 2024 was a working day by order; Wednesday 8 May a day off.
    /// assert!(cal.is_working_day(NaiveDate::from_ymd_opt(2024, 5, 4).unwrap()));
    /// assert!(!cal.is_working_day(NaiveDate::from_ymd_opt(2024, 5, 8).unwrap()));
    /// ```
    pub fn kazakhstan() -> WorkingCalendar {
        static BUILTIN: OnceLock<WorkingCalendar> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                let mut kurban = BTreeMap::new();
                let mut overrides = BTreeMap::new();
                for y in data::VERIFIED {
                    kurban.insert(y.year, y.kurban_ait);
                    for m in y.moves {
                        overrides.insert(m.working, Override::Working);
                        overrides.insert(
                            m.day_off,
                            Override::DayOff(Reason::Act {
                                from: m.working,
                                act: m.act,
                            }),
                        );
                    }
                }
                debug_assert!(data::VERIFIED
                    .iter()
                    .map(|y| y.year)
                    .eq(VERIFIED_YEARS.iter().copied()));
                WorkingCalendar::build(kurban, overrides, &VERIFIED_YEARS)
            })
            .clone()
    }

    /// The statutory rule alone: no Kurban Ait, no decree moves, no verified
    /// years. For a caller who supplies all the yearly data itself.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let cal = WorkingCalendar::statutory();
    /// assert!(cal.verified_years().is_empty());
    /// // Without the 2024 order, Saturday 4 May is a day off.
    /// assert!(!cal.is_working_day(NaiveDate::from_ymd_opt(2024, 5, 4).unwrap()));
    /// ```
    pub fn statutory() -> WorkingCalendar {
        WorkingCalendar::build(BTreeMap::new(), BTreeMap::new(), &[])
    }

    fn build(
        kurban: BTreeMap<i32, NaiveDate>,
        overrides: BTreeMap<NaiveDate, Override>,
        verified: &'static [i32],
    ) -> WorkingCalendar {
        let mut cal = WorkingCalendar {
            bits: Arc::new(vec![[0; WORDS]; YEARS]),
            cum: Arc::new(vec![0; YEARS + 1]),
            kurban: Arc::new(kurban),
            overrides: Arc::new(overrides),
            verified,
        };
        for index in 0..YEARS {
            let bits = cal.year_bits(FIRST_YEAR + index as i32);
            Arc::make_mut(&mut cal.bits)[index] = bits;
        }
        cal.recount(0);
        cal
    }

    /// The working-day bit set of a supported year.
    fn year_bits(&self, year: i32) -> [u64; WORDS] {
        let plan = rule::plan(year, self.kurban.get(&year).copied());
        let mut bits = [0u64; WORDS];
        for ordinal0 in 0..plan.len {
            if !plan.is_weekend(ordinal0) {
                set_bit(&mut bits, ordinal0, true);
            }
        }
        for &(ordinal0, _) in &plan.holidays {
            set_bit(&mut bits, ordinal0, false);
        }
        for &(ordinal0, _, _) in &plan.moved {
            set_bit(&mut bits, ordinal0, false);
        }
        let first = NaiveDate::from_yo_opt(year, 1).expect("a supported year");
        let last = NaiveDate::from_ymd_opt(year, 12, 31).expect("a supported year");
        for (date, o) in self.overrides.range(first..=last) {
            set_bit(&mut bits, date.ordinal0(), matches!(o, Override::Working));
        }
        bits
    }

    /// Recomputes the running counts from year index `from` on.
    fn recount(&mut self, from: usize) {
        let cum = Arc::make_mut(&mut self.cum);
        for i in from..YEARS {
            let n: u32 = self.bits[i].iter().map(|w| w.count_ones()).sum();
            cum[i + 1] = cum[i] + n;
        }
    }

    /// Recomputes one supported year after a change.
    fn refresh(&mut self, year: i32) {
        let index = year_index(year).expect("a supported year");
        let bits = self.year_bits(year);
        Arc::make_mut(&mut self.bits)[index] = bits;
        self.recount(index);
    }

    /// The years whose data (Kurban Ait, decree moves) were verified; empty
    /// for [`statutory`](Self::statutory). A caller's changes do not make a
    /// year verified.
    ///
    /// ```
    /// let cal = kazcustoms_core::calendar::WorkingCalendar::kazakhstan();
    /// assert_eq!(cal.verified_years().len(), 14);
    /// assert_eq!(cal.verified_years().first(), Some(&2013));
    /// assert!(cal.is_verified(2019) && cal.is_verified(2026) && !cal.is_verified(2027));
    /// ```
    pub fn verified_years(&self) -> &[i32] {
        self.verified
    }

    /// Whether `year` is one of the [verified years](Self::verified_years).
    pub fn is_verified(&self, year: i32) -> bool {
        self.verified.contains(&year)
    }

    /// Whether `date` is a working day.
    ///
    /// Outside [`SUPPORTED_YEARS`] only Saturday and Sunday are days off.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let cal = WorkingCalendar::kazakhstan();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(!cal.is_working_day(d(2024, 1, 7))); // Christmas on a Sunday
    /// assert!(cal.is_working_day(d(2024, 1, 8))); // ...is not moved
    /// ```
    #[inline]
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        match year_index(date.year()) {
            Some(i) => bit(&self.bits[i], date.ordinal0()),
            None => !is_weekend(date),
        }
    }

    /// The first working day strictly after `date`.
    ///
    /// # Panics
    ///
    /// Only for the last days chrono holds (year 262 142), after which no
    /// working day exists; [`checked_next_working_day`](Self::checked_next_working_day)
    /// answers `None` there.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let cal = WorkingCalendar::kazakhstan();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(cal.next_working_day(d(2025, 12, 31)), d(2026, 1, 5));
    /// assert_eq!(cal.next_working_day(d(2026, 1, 5)), d(2026, 1, 6));
    /// ```
    pub fn next_working_day(&self, date: NaiveDate) -> NaiveDate {
        self.checked_next_working_day(date)
            .expect("a working day after any date but the last few chrono can hold")
    }

    /// As [`next_working_day`](Self::next_working_day), but `None` instead of
    /// a panic for the last days chrono can represent (year 262 142), after
    /// which no working day exists.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let cal = WorkingCalendar::kazakhstan();
    /// assert_eq!(cal.checked_next_working_day(NaiveDate::MAX), None);
    /// ```
    pub fn checked_next_working_day(&self, date: NaiveDate) -> Option<NaiveDate> {
        let mut d = date;
        loop {
            d = d.succ_opt()?;
            if self.is_working_day(d) {
                return Some(d);
            }
        }
    }

    /// The date `n` working days after `date`: the `n`-th working day
    /// strictly after it. `n = 0` returns `date` itself, whether or not it is
    /// a working day (use [`next_working_day`](Self::next_working_day) to
    /// roll a day off forward). Always
    /// `working_days_between(date, result) == n`.
    ///
    /// # Errors
    ///
    /// An input error if `date` is outside [`SUPPORTED_YEARS`] or the result
    /// would be after 31 December 2099.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let cal = WorkingCalendar::kazakhstan();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let sat = d(2026, 3, 21);
    /// assert_eq!(cal.add_working_days(sat, 0).unwrap(), sat);
    /// assert_eq!(cal.add_working_days(sat, 1).unwrap(), d(2026, 3, 26));
    /// assert!(cal.add_working_days(d(2099, 12, 30), 5).is_err());
    /// assert!(cal.add_working_days(d(2012, 12, 31), 1).is_err());
    /// ```
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> Result<NaiveDate, Error> {
        let Some(index) = year_index(date.year()) else {
            return Err(out_of_range("date", date));
        };
        if n == 0 {
            return Ok(date);
        }
        let target = u64::from(self.rank_in(index, date.ordinal0())) + u64::from(n);
        if target > u64::from(self.cum[YEARS]) {
            return Err(Error::invalid_argument(
                "n",
                Text::new(
                    format!("{date} күнінен кейінгі {n} жұмыс күні 2099-12-31 күнінен асады"),
                    format!("{n} рабочих дней после {date} выходят за 2099-12-31"),
                    format!("{n} working days after {date} fall after 2099-12-31, the end of the supported range"),
                ),
            ));
        }
        // `target` fits in u32: it is at most cum[YEARS].
        let target = target as u32;
        let mut i = index;
        while self.cum[i + 1] < target {
            i += 1;
        }
        let mut k = target - self.cum[i];
        for (w, &word) in self.bits[i].iter().enumerate() {
            let c = word.count_ones();
            if k > c {
                k -= c;
                continue;
            }
            let mut word = word;
            for _ in 1..k {
                word &= word - 1;
            }
            let ordinal0 = (w as u32) * 64 + word.trailing_zeros();
            return Ok(NaiveDate::from_yo_opt(FIRST_YEAR + i as i32, ordinal0 + 1)
                .expect("a day of the year"));
        }
        unreachable!("the running counts locate the year")
    }

    /// The number of working days in `(from, to]`: after `from`, up to and
    /// including `to`. When `to` is before `from` the result is the negative
    /// of `working_days_between(to, from)`, so for any dates
    /// `between(a, b) + between(b, c) == between(a, c)`. Outside
    /// [`SUPPORTED_YEARS`] the days counted are Monday to Friday.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let cal = WorkingCalendar::kazakhstan();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(cal.working_days_between(d(2025, 12, 31), d(2026, 1, 6)), 2);
    /// assert_eq!(cal.working_days_between(d(2026, 1, 6), d(2025, 12, 31)), -2);
    /// assert_eq!(cal.working_days_between(d(2026, 1, 6), d(2026, 1, 6)), 0);
    /// // 2024 had 249 working days.
    /// assert_eq!(cal.working_days_between(d(2023, 12, 31), d(2024, 12, 31)), 249);
    /// ```
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        self.rank(to) - self.rank(from)
    }

    /// Working days in the supported years up to and including `ordinal0`
    /// of year index `i`.
    #[inline]
    fn rank_in(&self, i: usize, ordinal0: u32) -> u32 {
        let bits = &self.bits[i];
        let w = (ordinal0 / 64) as usize;
        let before: u32 = bits[..w].iter().map(|x| x.count_ones()).sum();
        let shift = ordinal0 % 64;
        let mask = if shift == 63 {
            u64::MAX
        } else {
            (1u64 << (shift + 1)) - 1
        };
        self.cum[i] + before + (bits[w] & mask).count_ones()
    }

    /// Working days in `(2012-12-31, date]`, negative before it.
    fn rank(&self, date: NaiveDate) -> i64 {
        match year_index(date.year()) {
            Some(i) => i64::from(self.rank_in(i, date.ordinal0())),
            None if date.year() < FIRST_YEAR => {
                -(weekdays_through(anchor()) - weekdays_through(date))
            }
            None => i64::from(self.cum[YEARS]) + weekdays_through(date) - weekdays_through(last()),
        }
    }

    /// What `date` is: a working day, a weekend day, a holiday (with its
    /// name), a moved day off (with the reason) or a moved working day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::{DayKind, WorkingCalendar};
    /// use kazcustoms_core::Lang;
    /// let cal = WorkingCalendar::kazakhstan();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let kind = cal.day_kind(d(2026, 3, 21));
    /// assert_eq!(kind.text().unwrap().get(Lang::En), "Nauryz");
    /// assert_eq!(cal.day_kind(d(2026, 3, 24)).as_str(), "moved_day_off");
    /// assert_eq!(cal.day_kind(d(2024, 5, 4)), DayKind::MovedWorkingDay);
    /// assert_eq!(cal.day_kind(d(2026, 3, 28)), DayKind::Weekend);
    /// ```
    pub fn day_kind(&self, date: NaiveDate) -> DayKind {
        if year_index(date.year()).is_none() {
            return if is_weekend(date) {
                DayKind::Weekend
            } else {
                DayKind::Working
            };
        }
        let plan = rule::plan(date.year(), self.kurban.get(&date.year()).copied());
        let ordinal0 = date.ordinal0();
        let holiday = plan.holiday(ordinal0);
        match self.overrides.get(&date) {
            Some(Override::Working) => return DayKind::MovedWorkingDay,
            Some(Override::DayOff(reason)) => {
                return match holiday {
                    Some(h) => DayKind::Holiday(h.name()),
                    None => DayKind::MovedDayOff(reason_text(reason)),
                };
            }
            None => {}
        }
        if let Some(h) = holiday {
            return DayKind::Holiday(h.name());
        }
        if let Some(&(_, source, h)) = plan.moved.iter().find(|m| m.0 == ordinal0) {
            let from = NaiveDate::from_yo_opt(date.year(), source + 1).expect("a day of the year");
            return DayKind::MovedDayOff(moved_text(h, from));
        }
        if plan.is_weekend(ordinal0) {
            DayKind::Weekend
        } else {
            DayKind::Working
        }
    }

    /// The first day of Kurban Ait in `year`, when known (built in for the
    /// verified years, or set by the caller).
    pub fn kurban_ait(&self, year: i32) -> Option<NaiveDate> {
        self.kurban.get(&year).copied()
    }

    /// Makes `date` a day off (a decree's bridge day, a one-off day off),
    /// replacing any earlier override of that date. `reason` is what
    /// [`day_kind`](Self::day_kind) reports.
    ///
    /// # Errors
    ///
    /// An input error if `date` is outside [`SUPPORTED_YEARS`].
    pub fn add_day_off(&mut self, date: NaiveDate, reason: Text) -> Result<(), Error> {
        check_supported("date", date)?;
        Arc::make_mut(&mut self.overrides).insert(date, Override::DayOff(Reason::Caller(reason)));
        self.refresh(date.year());
        Ok(())
    }

    /// Makes `date` a working day (a decree's working Saturday), replacing
    /// any earlier override of that date. It wins over every rule, holidays
    /// included.
    ///
    /// # Errors
    ///
    /// An input error if `date` is outside [`SUPPORTED_YEARS`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let mut cal = WorkingCalendar::kazakhstan();
    /// let sat = NaiveDate::from_ymd_opt(2027, 1, 9).unwrap();
    /// cal.add_working_day(sat).unwrap();
    /// assert!(cal.is_working_day(sat));
    /// assert!(cal.add_working_day(NaiveDate::from_ymd_opt(2100, 1, 2).unwrap()).is_err());
    /// ```
    pub fn add_working_day(&mut self, date: NaiveDate) -> Result<(), Error> {
        check_supported("date", date)?;
        Arc::make_mut(&mut self.overrides).insert(date, Override::Working);
        self.refresh(date.year());
        Ok(())
    }

    /// Sets the first day of Kurban Ait of `year` (a day off, never moved),
    /// replacing the built-in one.
    ///
    /// # Errors
    ///
    /// An input error if `date` is not in `year` or `year` is outside
    /// [`SUPPORTED_YEARS`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let mut cal = WorkingCalendar::kazakhstan();
    /// let k = NaiveDate::from_ymd_opt(2027, 5, 17).unwrap();
    /// assert!(cal.is_working_day(k));
    /// cal.set_kurban_ait(2027, k).unwrap();
    /// assert!(!cal.is_working_day(k));
    /// assert!(cal.set_kurban_ait(2028, k).is_err());
    /// ```
    pub fn set_kurban_ait(&mut self, year: i32, date: NaiveDate) -> Result<(), Error> {
        check_supported("date", date)?;
        if date.year() != year {
            return Err(Error::invalid_argument(
                "date",
                Text::new(
                    format!("Құрбан айт күні {date} {year} жылда емес"),
                    format!("дата Курбан айта {date} не в {year} году"),
                    format!("the Kurban Ait date {date} is not in {year}"),
                ),
            ));
        }
        Arc::make_mut(&mut self.kurban).insert(year, date);
        self.refresh(year);
        Ok(())
    }

    /// Forgets the first day of Kurban Ait of `year`; returns it.
    pub fn remove_kurban_ait(&mut self, year: i32) -> Option<NaiveDate> {
        let old = Arc::make_mut(&mut self.kurban).remove(&year);
        if old.is_some() {
            self.refresh(year);
        }
        old
    }

    /// Removes the override of `date`, built-in (one side of a decree move)
    /// or the caller's, so the statutory rule applies to it again; returns
    /// whether there was one.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// let mut cal = WorkingCalendar::kazakhstan();
    /// let sat = NaiveDate::from_ymd_opt(2024, 5, 4).unwrap();
    /// assert!(cal.remove_override(sat));
    /// assert!(!cal.is_working_day(sat));
    /// assert!(!cal.remove_override(sat));
    /// ```
    pub fn remove_override(&mut self, date: NaiveDate) -> bool {
        let removed = Arc::make_mut(&mut self.overrides).remove(&date).is_some();
        if removed {
            self.refresh(date.year());
        }
        removed
    }
}

/// A caller's changes to the calendar in JSON form, e.g. for the validation
/// context: `{"days_off": ["2027-01-08"], "working_days": ["2027-01-09"],
/// "kurban_ait": {"2027": "2027-05-17"}}`. Every member may be left out.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::calendar::{CalendarOverrides, WorkingCalendar};
///
/// let o = CalendarOverrides::from_json(
///     r#"{"days_off": ["2027-01-08"], "working_days": ["2027-01-09"],
///         "kurban_ait": {"2027": "2027-05-17"}}"#,
/// ).unwrap();
/// let cal = o.to_calendar().unwrap();
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert!(!cal.is_working_day(d(2027, 1, 8)));
/// assert!(cal.is_working_day(d(2027, 1, 9)));
/// assert_eq!(cal.kurban_ait(2027), Some(d(2027, 5, 17)));
/// assert!(CalendarOverrides::from_json(r#"{"days_of": []}"#).is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarOverrides {
    /// Days that become days off (a decree's bridge days).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::list")]
    pub days_off: Vec<NaiveDate>,
    /// Days that become working days (a decree's working Saturdays).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::list")]
    pub working_days: Vec<NaiveDate>,
    /// The first day of Kurban Ait by year (the JSON keys are years).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::map")]
    pub kurban_ait: BTreeMap<i32, NaiveDate>,
}

impl CalendarOverrides {
    /// Reads the overrides from their JSON form.
    ///
    /// # Errors
    ///
    /// An input error for text that is not such JSON, naming the offending
    /// field (an unknown member, a date that is not `YYYY-MM-DD`).
    pub fn from_json(json: &str) -> Result<CalendarOverrides, Error> {
        crate::json::from_json_at(json, crate::Input::Calendar)
    }

    /// Applies the overrides to `calendar`: Kurban Ait dates, then days off
    /// (with the reason "set by the caller"), then working days. Nothing is
    /// changed if any value is refused.
    ///
    /// # Errors
    ///
    /// An input error if a date is outside [`SUPPORTED_YEARS`], a Kurban Ait
    /// date is not in its year, or a date is both a day off and a working day.
    pub fn apply(&self, calendar: &mut WorkingCalendar) -> Result<(), Error> {
        for (&year, &date) in &self.kurban_ait {
            check_supported("calendar.kurban_ait", date)?;
            if date.year() != year {
                return Err(Error::invalid_argument(
                    "calendar.kurban_ait",
                    Text::new(
                        format!("Құрбан айт күні {date} {year} жылда емес"),
                        format!("дата Курбан айта {date} не в {year} году"),
                        format!("the Kurban Ait date {date} is not in {year}"),
                    ),
                ));
            }
        }
        for &date in &self.days_off {
            check_supported("calendar.days_off", date)?;
            if self.working_days.contains(&date) {
                return Err(Error::invalid_argument(
                    "calendar.working_days",
                    Text::new(
                        format!("{date} әрі демалыс, әрі жұмыс күні ретінде берілген"),
                        format!("{date} указан и выходным, и рабочим днём"),
                        format!("{date} is given both as a day off and as a working day"),
                    ),
                ));
            }
        }
        for &date in &self.working_days {
            check_supported("calendar.working_days", date)?;
        }
        for (&year, &date) in &self.kurban_ait {
            calendar.set_kurban_ait(year, date)?;
        }
        for &date in &self.days_off {
            calendar.add_day_off(date, caller_reason())?;
        }
        for &date in &self.working_days {
            calendar.add_working_day(date)?;
        }
        Ok(())
    }

    /// The built-in calendar with these overrides applied.
    ///
    /// # Errors
    ///
    /// As [`apply`](Self::apply).
    pub fn to_calendar(&self) -> Result<WorkingCalendar, Error> {
        let mut calendar = WorkingCalendar::kazakhstan();
        self.apply(&mut calendar)?;
        Ok(calendar)
    }
}

fn caller_reason() -> Text {
    Text::new(
        "қолданушы белгілеген демалыс күні",
        "выходной день, заданный пользователем",
        "day off set by the caller",
    )
}

fn reason_text(reason: &Reason) -> Text {
    match reason {
        Reason::Caller(t) => t.clone(),
        Reason::Act { from, act } => {
            let from = from.format("%d.%m.%Y");
            Text::new(
                format!("демалыс күні {from} күнінен ауыстырылды ({})", act.kk),
                format!("день отдыха перенесён с {from} ({})", act.ru),
                format!("day off moved from {from} ({})", act.en),
            )
        }
    }
}

fn moved_text(holiday: Holiday, from: NaiveDate) -> Text {
    let name = holiday.name();
    let from = from.format("%d.%m.%Y");
    Text::new(
        format!(
            "{} ({from}) демалыс күніне сәйкес келгендіктен ауыстырылған демалыс",
            name.kk
        ),
        format!(
            "перенесённый выходной: {} ({from}) совпал с выходным днём",
            name.ru
        ),
        format!("day off moved from {from}: {} fell on a day off", name.en),
    )
}

fn year_index(year: i32) -> Option<usize> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Some((year - FIRST_YEAR) as usize)
    } else {
        None
    }
}

fn check_supported(argument: &'static str, date: NaiveDate) -> Result<(), Error> {
    match year_index(date.year()) {
        Some(_) => Ok(()),
        None => Err(out_of_range(argument, date)),
    }
}

fn out_of_range(argument: &'static str, date: NaiveDate) -> Error {
    Error::invalid_argument(
        argument,
        Text::new(
            format!("{date} күнтізбенің ауқымынан тыс (2013-01-01 – 2099-12-31)"),
            format!("{date} вне диапазона календаря (2013-01-01 – 2099-12-31)"),
            format!("{date} is outside the calendar's range 2013-01-01..=2099-12-31"),
        ),
    )
}

fn anchor() -> NaiveDate {
    NaiveDate::from_ymd_opt(FIRST_YEAR - 1, 12, 31).expect("a date")
}

fn last() -> NaiveDate {
    NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).expect("a date")
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Mondays to Fridays from 0001-01-01 (a Monday) through `date`; counted the
/// same way for earlier dates, so differences are exact.
fn weekdays_through(date: NaiveDate) -> i64 {
    let days = i64::from(date.num_days_from_ce()) - 1;
    let weeks = days.div_euclid(7);
    let rest = days.rem_euclid(7);
    weeks * 5 + (rest + 1).min(5)
}

#[inline]
fn bit(bits: &[u64; WORDS], ordinal0: u32) -> bool {
    bits[(ordinal0 / 64) as usize] >> (ordinal0 % 64) & 1 == 1
}

fn set_bit(bits: &mut [u64; WORDS], ordinal0: u32, on: bool) {
    let word = &mut bits[(ordinal0 / 64) as usize];
    let mask = 1u64 << (ordinal0 % 64);
    if on {
        *word |= mask;
    } else {
        *word &= !mask;
    }
}

#[cfg(test)]
mod tests;
