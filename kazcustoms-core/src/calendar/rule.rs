//! The statutory rule: the holidays of the Law on holidays as it stood in
//! each year, and the moving rule (a holiday on a day off moves the day off
//! to the next working day, except Orthodox Christmas and Kurban Ait).

use chrono::{Datelike, NaiveDate};

use crate::Text;

/// A public holiday of the Law «О праздниках в Республике Казахстан».
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Holiday {
    NewYear,
    OrthodoxChristmas,
    WomensDay,
    ConstitutionDay,
    Nauryz,
    UnityDay,
    DefenderDay,
    VictoryDay,
    CapitalDay,
    RepublicDay,
    FirstPresidentDay,
    IndependenceDay,
    KurbanAit,
}

impl Holiday {
    /// Whether a day off that coincides with it moves to the next working
    /// day (every holiday but the two religious ones).
    pub(crate) const fn moves(self) -> bool {
        !matches!(self, Holiday::OrthodoxChristmas | Holiday::KurbanAit)
    }

    /// The holiday's name in Kazakh, Russian and English.
    pub(crate) fn name(self) -> Text {
        let (kk, ru, en) = match self {
            Holiday::NewYear => ("Жаңа жыл", "Новый год", "New Year"),
            Holiday::OrthodoxChristmas => (
                "Православиелік Рождество",
                "Православное Рождество",
                "Orthodox Christmas",
            ),
            Holiday::WomensDay => (
                "Халықаралық әйелдер күні",
                "Международный женский день",
                "International Women's Day",
            ),
            Holiday::ConstitutionDay => (
                "Қазақстан Республикасының Конституциясы күні",
                "День Конституции Республики Казахстан",
                "Constitution Day",
            ),
            Holiday::Nauryz => ("Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
            Holiday::UnityDay => (
                "Қазақстан халқының бірлігі мерекесі",
                "Праздник единства народа Казахстана",
                "Kazakhstan People's Unity Day",
            ),
            Holiday::DefenderDay => (
                "Отан қорғаушы күні",
                "День защитника Отечества",
                "Defender of the Fatherland Day",
            ),
            Holiday::VictoryDay => ("Жеңіс күні", "День Победы", "Victory Day"),
            Holiday::CapitalDay => ("Астана күні", "День столицы", "Capital Day"),
            Holiday::RepublicDay => ("Республика күні", "День Республики", "Republic Day"),
            Holiday::FirstPresidentDay => (
                "Қазақстан Республикасының Тұңғыш Президенті күні",
                "День Первого Президента Республики Казахстан",
                "First President Day",
            ),
            Holiday::IndependenceDay => {
                ("Тәуелсіздік күні", "День Независимости", "Independence Day")
            }
            Holiday::KurbanAit => (
                "Құрбан айттың бірінші күні",
                "первый день Курбан айта",
                "Kurban Ait (first day)",
            ),
        };
        Text::new(kk, ru, en)
    }
}

/// A fixed-date holiday and the years it is a day off in.
struct Fixed {
    month: u32,
    day: u32,
    holiday: Holiday,
    from: i32,
    until: i32,
}

const ALWAYS: i32 = i32::MIN;
const ONWARD: i32 = i32::MAX;

const fn fixed(month: u32, day: u32, holiday: Holiday, from: i32, until: i32) -> Fixed {
    Fixed {
        month,
        day,
        holiday,
        from,
        until,
    }
}

/// The fixed-date holidays, in calendar order, with the years of the law
/// they are days off in. Years before the supported range are never asked.
const FIXED: [Fixed; 17] = [
    fixed(1, 1, Holiday::NewYear, ALWAYS, ONWARD),
    fixed(1, 2, Holiday::NewYear, ALWAYS, ONWARD),
    fixed(1, 7, Holiday::OrthodoxChristmas, 2006, ONWARD),
    fixed(3, 8, Holiday::WomensDay, ALWAYS, ONWARD),
    // The Constitution adopted at the referendum of 15 March 2026 makes the
    // day of its adoption Constitution Day, celebrated from 2027.
    fixed(3, 15, Holiday::ConstitutionDay, 2027, ONWARD),
    fixed(3, 21, Holiday::Nauryz, 2010, ONWARD),
    fixed(3, 22, Holiday::Nauryz, 2002, ONWARD),
    fixed(3, 23, Holiday::Nauryz, 2010, ONWARD),
    fixed(5, 1, Holiday::UnityDay, ALWAYS, ONWARD),
    fixed(5, 7, Holiday::DefenderDay, 2013, ONWARD),
    fixed(5, 9, Holiday::VictoryDay, ALWAYS, ONWARD),
    fixed(7, 6, Holiday::CapitalDay, 2009, ONWARD),
    // 30 August (the 1995 Constitution) is no longer a holiday from 2026.
    fixed(8, 30, Holiday::ConstitutionDay, 1996, 2025),
    // Restored by the law of 29 September 2022, in time for 25 October 2022.
    fixed(10, 25, Holiday::RepublicDay, 2022, ONWARD),
    fixed(12, 1, Holiday::FirstPresidentDay, 2012, 2021),
    fixed(12, 16, Holiday::IndependenceDay, ALWAYS, ONWARD),
    fixed(12, 17, Holiday::IndependenceDay, 2002, 2021),
];

/// The statutory days off of one year besides Saturdays and Sundays.
#[derive(Debug)]
pub(crate) struct YearPlan {
    /// Zero-based day of year of January 1's weekday, Monday = 0.
    jan1_weekday: u32,
    /// Days in the year.
    pub(crate) len: u32,
    /// Holidays as (zero-based day of year, holiday), in date order.
    pub(crate) holidays: Vec<(u32, Holiday)>,
    /// Days off moved by the statutory rule: (zero-based day of year of the
    /// day off, zero-based day of year of the holiday it is for, holiday).
    pub(crate) moved: Vec<(u32, u32, Holiday)>,
}

impl YearPlan {
    /// Whether the zero-based day of year is a Saturday or a Sunday.
    pub(crate) fn is_weekend(&self, ordinal0: u32) -> bool {
        (self.jan1_weekday + ordinal0) % 7 >= 5
    }

    fn is_holiday(&self, ordinal0: u32) -> bool {
        self.holidays.iter().any(|&(o, _)| o == ordinal0)
    }

    /// The holiday on the zero-based day of year, if any (a moved holiday is
    /// named before Kurban Ait when both fall on the same day).
    pub(crate) fn holiday(&self, ordinal0: u32) -> Option<Holiday> {
        self.holidays
            .iter()
            .find(|&&(o, _)| o == ordinal0)
            .map(|&(_, h)| h)
    }
}

/// The statutory plan of `year`: its holidays (with Kurban Ait on
/// `kurban_ait` when known) and the days off moved by the law.
///
/// A moving holiday that falls on a Saturday, a Sunday or another (religious)
/// holiday gives a day off on the first later day that is not a Saturday,
/// Sunday, holiday or day off already moved; holidays are taken in date
/// order, so 21 and 22 March 2026 (Saturday, Sunday) give 24 and 25 March
/// (23 March is itself a holiday).
pub(crate) fn plan(year: i32, kurban_ait: Option<NaiveDate>) -> YearPlan {
    let jan1 = NaiveDate::from_yo_opt(year, 1).expect("a supported year");
    let len = if NaiveDate::from_yo_opt(year, 366).is_some() {
        366
    } else {
        365
    };
    let mut holidays: Vec<(u32, Holiday)> = Vec::with_capacity(FIXED.len() + 1);
    for f in FIXED.iter().filter(|f| f.from <= year && year <= f.until) {
        let date = NaiveDate::from_ymd_opt(year, f.month, f.day).expect("a fixed date");
        holidays.push((date.ordinal0(), f.holiday));
    }
    if let Some(k) = kurban_ait.filter(|k| k.year() == year) {
        holidays.push((k.ordinal0(), Holiday::KurbanAit));
    }
    // Stable: a fixed holiday stays before Kurban Ait on the same day.
    holidays.sort_by_key(|&(o, _)| o);
    let mut plan = YearPlan {
        jan1_weekday: jan1.weekday().num_days_from_monday(),
        len,
        holidays,
        moved: Vec::new(),
    };
    for (i, &(ordinal0, holiday)) in plan.holidays.iter().enumerate() {
        if !holiday.moves() {
            continue;
        }
        let shared = plan
            .holidays
            .iter()
            .enumerate()
            .any(|(j, &(o, _))| j != i && o == ordinal0);
        if !(plan.is_weekend(ordinal0) || shared) {
            continue;
        }
        let mut t = ordinal0 + 1;
        while t < len
            && (plan.is_weekend(t) || plan.is_holiday(t) || plan.moved.iter().any(|m| m.0 == t))
        {
            t += 1;
        }
        // The last holiday is 17 December: a moved day off always stays in
        // its year; the guard only keeps the arithmetic total.
        if t < len {
            plan.moved.push((t, ordinal0, holiday));
        }
    }
    plan
}
