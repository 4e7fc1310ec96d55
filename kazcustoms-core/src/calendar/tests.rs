use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn all_days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |x| *x <= to)
}

#[test]
fn statutory_plan_of_2026() {
    let plan = rule::plan(2026, Some(d(2026, 5, 27)));
    let days = |v: Vec<u32>| -> Vec<NaiveDate> {
        v.into_iter()
            .map(|o| NaiveDate::from_yo_opt(2026, o + 1).unwrap())
            .collect()
    };
    let moved = days(plan.moved.iter().map(|m| m.0).collect());
    assert_eq!(
        moved,
        [
            d(2026, 3, 9),
            d(2026, 3, 24),
            d(2026, 3, 25),
            d(2026, 5, 11),
            d(2026, 10, 26)
        ]
    );
    let holidays = days(plan.holidays.iter().map(|h| h.0).collect());
    assert!(holidays.contains(&d(2026, 5, 27)));
    assert!(
        !holidays.contains(&d(2026, 8, 30)),
        "no 30 August from 2026"
    );
    assert!(
        !holidays.contains(&d(2026, 3, 15)),
        "15 March only from 2027"
    );
    assert_eq!(holidays.len(), 14);
}

#[test]
fn statutory_moves_of_2013_to_2019_are_those_the_sources_name() {
    // The days off the law moved (a holiday on a Saturday or Sunday), as the
    // notes of each year in data.rs cite them: 7 May from 2013, 6 July,
    // 1 December and 17 December are holidays in all of these years.
    let expected: [(i32, &[(u32, u32)]); 7] = [
        (2013, &[(3, 25), (7, 8), (12, 2)]),
        (2014, &[(3, 10), (3, 24), (3, 25), (7, 7), (9, 1)]),
        (2015, &[(3, 9), (3, 24), (3, 25), (5, 11), (8, 31)]),
        (2016, &[(1, 4), (5, 2), (5, 10), (12, 19)]),
        (2017, &[(1, 3), (5, 8), (12, 18), (12, 19)]),
        (2018, &[(12, 3), (12, 18)]),
        (2019, &[(3, 25), (7, 8), (12, 2)]),
    ];
    for (year, days) in expected {
        let y = builtin_years().iter().find(|v| v.year == year).unwrap();
        let plan = rule::plan(year, Some(y.kurban_ait));
        let mut moved: Vec<NaiveDate> = plan
            .moved
            .iter()
            .map(|m| NaiveDate::from_yo_opt(year, m.0 + 1).unwrap())
            .collect();
        moved.sort();
        let want: Vec<NaiveDate> = days.iter().map(|&(m, day)| d(year, m, day)).collect();
        assert_eq!(moved, want, "{year}");
        let holidays: Vec<NaiveDate> = plan
            .holidays
            .iter()
            .map(|h| NaiveDate::from_yo_opt(year, h.0 + 1).unwrap())
            .collect();
        for (m, day) in [(5, 7), (7, 6), (12, 1), (12, 16), (12, 17)] {
            assert!(holidays.contains(&d(year, m, day)), "{year}-{m}-{day}");
        }
        assert!(
            !holidays.contains(&d(year, 10, 25)),
            "no Republic Day in {year}"
        );
        // 15 fixed-date days (1-2 and 7 Jan, 8 and 21-23 Mar, 1, 7 and 9 May,
        // 6 Jul, 30 Aug, 1 and 16-17 Dec) and Kurban Ait.
        assert_eq!(holidays.len(), 16, "{year}");
    }
}

#[test]
fn religious_holidays_do_not_move_but_others_move_off_them() {
    // Christmas on Sunday 7 January 2024: no move.
    let plan = rule::plan(2024, None);
    assert!(plan.moved.iter().all(|m| m.1 != d(2024, 1, 7).ordinal0()));
    // A made-up Kurban Ait on Monday 1 May 2028 pushes Unity Day to 2 May.
    let plan = rule::plan(2028, Some(d(2028, 5, 1)));
    let moved: Vec<u32> = plan.moved.iter().map(|m| m.0).collect();
    assert!(moved.contains(&d(2028, 5, 2).ordinal0()), "{moved:?}");
    // Kurban Ait on a Saturday is not moved.
    let plan = rule::plan(2022, Some(d(2022, 7, 9)));
    assert!(plan.moved.iter().all(|m| m.1 != d(2022, 7, 9).ordinal0()));
}

#[test]
fn weekday_count_matches_a_walk() {
    let base = d(2000, 1, 3);
    for from in all_days(d(1999, 12, 20), d(2000, 2, 10)) {
        for to in all_days(from, d(2000, 3, 1)) {
            let walk = all_days(from, to)
                .skip(1)
                .filter(|x| !is_weekend(*x))
                .count() as i64;
            assert_eq!(
                weekdays_through(to) - weekdays_through(from),
                walk,
                "{from} {to}"
            );
        }
    }
    assert_eq!(weekdays_through(base) - weekdays_through(base), 0);
    let early = d(-5, 3, 1);
    assert_eq!(
        weekdays_through(early + chrono::Days::new(7)) - weekdays_through(early),
        5
    );
}

#[test]
fn bits_agree_with_day_kind_everywhere() {
    for cal in [WorkingCalendar::kazakhstan(), WorkingCalendar::statutory()] {
        for date in all_days(d(2012, 12, 25), d(2100, 1, 7)) {
            assert_eq!(
                cal.is_working_day(date),
                cal.day_kind(date).is_working(),
                "{date}: {:?}",
                cal.day_kind(date)
            );
        }
    }
}

#[test]
fn counts_and_steps_agree_with_a_walk() {
    let cal = WorkingCalendar::kazakhstan();
    // Running count against a walk from the anchor, every day of the range.
    let mut count = 0i64;
    for date in all_days(d(2013, 1, 1), d(2099, 12, 31)) {
        if cal.is_working_day(date) {
            count += 1;
        }
        assert_eq!(cal.rank(date), count, "{date}");
    }
    // Outside the range: weekdays.
    assert_eq!(
        cal.working_days_between(d(2012, 12, 24), d(2012, 12, 31)),
        5
    );
    assert_eq!(cal.working_days_between(d(2099, 12, 31), d(2100, 1, 7)), 5);
    // add_working_days against stepping with next_working_day.
    for start in all_days(d(2019, 12, 1), d(2027, 1, 31)).step_by(3) {
        let mut walk = start;
        for n in 0..30u32 {
            assert_eq!(
                cal.add_working_days(start, n).unwrap(),
                walk,
                "{start} + {n}"
            );
            walk = cal.next_working_day(walk);
        }
    }
}

#[test]
fn end_of_range() {
    let cal = WorkingCalendar::kazakhstan();
    let total = cal.cum[YEARS];
    let first = d(2013, 1, 1);
    // 2013-01-01 is a holiday: rank 0 on it.
    assert_eq!(cal.rank(first), 0);
    let last_working = cal.add_working_days(d(2012, 12, 31) + chrono::Days::new(1), total);
    assert!(last_working.is_ok());
    let lw = last_working.unwrap();
    assert_eq!(lw.year(), 2099);
    assert!(cal.add_working_days(lw, 1).is_err());
    assert_eq!(cal.add_working_days(lw, 0).unwrap(), lw);
    // next_working_day crosses out of the range into weekdays.
    assert_eq!(cal.next_working_day(d(2099, 12, 31)), d(2100, 1, 1));
    assert_eq!(cal.next_working_day(d(2012, 12, 28)), d(2012, 12, 31));
    assert_eq!(cal.next_working_day(d(2012, 12, 31)), d(2013, 1, 3));
}

#[test]
fn builtin_moves_swap_a_statutory_day_off_and_working_day() {
    let statutory = WorkingCalendar::statutory();
    let mut seen = 0;
    for y in builtin_years() {
        assert_eq!(y.kurban_ait.year(), y.year);
        assert!(!y.notes.is_empty());
        for m in y.moves {
            seen += 1;
            assert_eq!(m.day_off.year(), y.year, "{}", m.day_off);
            // Only the decree of December 2013 reaches across the year end.
            if m.working.year() != y.year {
                assert_eq!((m.working, m.day_off), (d(2013, 12, 28), d(2014, 1, 3)));
            }
            assert!(!statutory.is_working_day(m.working), "{}", m.working);
            assert!(statutory.is_working_day(m.day_off), "{}", m.day_off);
            assert!(!m.act.en.is_empty() && !m.act.ru.is_empty() && !m.act.kk.is_empty());
        }
    }
    assert_eq!(seen, 24);
    let years: Vec<i32> = builtin_years().iter().map(|y| y.year).collect();
    assert_eq!(years, VERIFIED_YEARS);
}

#[test]
fn overrides_recompute_one_year_and_the_counts_after_it() {
    let mut cal = WorkingCalendar::kazakhstan();
    let before = cal.working_days_between(d(2026, 12, 31), d(2099, 12, 31));
    let total_2027 = cal.working_days_between(d(2026, 12, 31), d(2027, 12, 31));
    cal.add_day_off(d(2027, 1, 8), Text::new("a", "b", "c"))
        .unwrap();
    cal.add_working_day(d(2027, 1, 9)).unwrap();
    cal.add_day_off(d(2027, 6, 1), Text::new("a", "b", "c"))
        .unwrap();
    assert_eq!(
        cal.working_days_between(d(2026, 12, 31), d(2027, 12, 31)),
        total_2027 - 1
    );
    assert_eq!(
        cal.working_days_between(d(2026, 12, 31), d(2099, 12, 31)),
        before - 1
    );
    assert_eq!(
        cal.day_kind(d(2027, 1, 8)),
        DayKind::MovedDayOff(Text::new("a", "b", "c"))
    );
    assert!(cal.remove_override(d(2027, 6, 1)));
    assert_eq!(
        cal.working_days_between(d(2026, 12, 31), d(2099, 12, 31)),
        before
    );
    assert_eq!(cal.remove_kurban_ait(2026), Some(d(2026, 5, 27)));
    assert!(cal.is_working_day(d(2026, 5, 27)));
    assert_eq!(cal.remove_kurban_ait(2026), None);
    assert!(cal
        .add_day_off(d(2100, 1, 4), Text::new("a", "b", "c"))
        .is_err());
    assert!(cal.set_kurban_ait(2012, d(2012, 10, 26)).is_err());
}

#[test]
fn day_kinds_name_their_reason() {
    let cal = WorkingCalendar::kazakhstan();
    let kind = cal.day_kind(d(2024, 5, 8));
    let text = kind.text().unwrap();
    assert!(text.en.contains("04.05.2024"), "{}", text.en);
    assert!(text.ru.contains("17 апреля 2024"), "{}", text.ru);
    let kind = cal.day_kind(d(2026, 3, 25));
    assert_eq!(
        kind.text().unwrap().en,
        "day off moved from 22.03.2026: Nauryz fell on a day off"
    );
    // The moved day off of 9 May 2020 was made a working day by the decree.
    assert_eq!(cal.day_kind(d(2020, 5, 11)), DayKind::MovedWorkingDay);
    assert_eq!(cal.day_kind(d(2020, 5, 9)).as_str(), "holiday");
    assert_eq!(cal.day_kind(d(2012, 12, 29)), DayKind::Weekend);
    assert_eq!(cal.day_kind(d(2100, 1, 1)), DayKind::Working);
}

#[test]
fn overrides_json_is_checked_before_anything_changes() {
    let mut cal = WorkingCalendar::kazakhstan();
    let o = CalendarOverrides::from_json(
        r#"{"days_off": ["2027-01-08"], "working_days": ["2027-01-08"]}"#,
    )
    .unwrap();
    assert!(o.apply(&mut cal).is_err());
    assert!(cal.is_working_day(d(2027, 1, 8)));
    let o = CalendarOverrides::from_json(r#"{"kurban_ait": {"2027": "2028-05-17"}}"#).unwrap();
    assert!(o.apply(&mut cal).is_err());
    let o = CalendarOverrides::from_json(
        r#"{"days_off": ["2027-01-08"], "working_days": ["2100-01-01"]}"#,
    )
    .unwrap();
    assert!(o.apply(&mut cal).is_err());
    assert!(cal.is_working_day(d(2027, 1, 8)));
    assert!(CalendarOverrides::from_json(r#"{"kurban_ait": {"x": "2027-05-17"}}"#).is_err());
    assert!(CalendarOverrides::from_json("[]").is_err());
    assert_eq!(
        CalendarOverrides::from_json("{}").unwrap(),
        CalendarOverrides::default()
    );
}

#[test]
fn clone_is_independent_and_default_is_builtin() {
    let a = WorkingCalendar::default();
    let mut b = a.clone();
    b.add_working_day(d(2026, 3, 21)).unwrap();
    assert!(!a.is_working_day(d(2026, 3, 21)));
    assert!(b.is_working_day(d(2026, 3, 21)));
    assert_eq!(a, WorkingCalendar::kazakhstan());
    assert!(format!("{a:?}").contains("verified"));
}
