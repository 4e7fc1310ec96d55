//! The shared calendar vectors (`tests/vectors/calendar.json`, see its
//! README) checked against the Rust core, and properties of the calendar.
//!
//! Every check collects all failing cases and reports them together, each
//! named by its section, index and content.

mod common;

use chrono::{Datelike, Days, NaiveDate};
use common::Failures;
use kazcustoms_core::calendar::{CalendarOverrides, WorkingCalendar, SUPPORTED_YEARS};
use proptest::prelude::*;
use serde_json::Value;

fn date(v: &Value) -> NaiveDate {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("not a date string: {v}"));
    s.parse()
        .unwrap_or_else(|e| panic!("not a date {s:?}: {e}"))
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is not a list"))
}

/// Checks every case of the four sections of `cases` against `cal`; returns
/// the number of checks run.
fn check_sections(
    cal: &WorkingCalendar,
    cases: &Value,
    label: &str,
    failures: &mut Failures,
) -> usize {
    let mut total = 0;
    for (i, f) in list(cases, "facts").iter().enumerate() {
        total += 1;
        let d = date(&f["date"]);
        let kind = cal.day_kind(d);
        let mut problems = Vec::new();
        if Some(cal.is_working_day(d)) != f["working"].as_bool() {
            problems.push(format!("working {}", cal.is_working_day(d)));
        }
        if Some(kind.as_str()) != f["kind"].as_str() {
            problems.push(format!("kind {}", kind.as_str()));
        }
        if let Some(name) = f.get("name").and_then(Value::as_str) {
            let got = kind.text().map(|t| t.en.as_str());
            if got != Some(name) {
                problems.push(format!("name {got:?}"));
            }
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{label} facts[{i}] {f}: got {}",
                problems.join(", ")
            ));
        }
    }
    for (i, c) in list(cases, "next_working_day").iter().enumerate() {
        total += 1;
        let got = cal.next_working_day(date(&c["date"]));
        if got != date(&c["expect"]) {
            failures.push(format!("{label} next_working_day[{i}] {c}: got {got}"));
        }
    }
    for (i, c) in list(cases, "add_working_days").iter().enumerate() {
        total += 1;
        let n = c["n"].as_u64().expect("n") as u32;
        let got = cal.add_working_days(date(&c["date"]), n);
        let ok = match (&got, c.get("expect")) {
            (Ok(r), Some(e)) => *r == date(e),
            (Err(e), None) => c["expect_error"] == "input" && e.rule().is_none(),
            _ => false,
        };
        if !ok {
            failures.push(format!("{label} add_working_days[{i}] {c}: got {got:?}"));
        }
    }
    for (i, c) in list(cases, "working_days_between").iter().enumerate() {
        total += 1;
        let got = cal.working_days_between(date(&c["from"]), date(&c["to"]));
        if Some(got) != c["expect"].as_i64() {
            failures.push(format!("{label} working_days_between[{i}] {c}: got {got}"));
        }
    }
    total
}

#[test]
fn shared_vectors() {
    common::each_indexed("calendar", shared_vectors_in);
}

/// [`shared_vectors`] of one calendar file of the index.
fn shared_vectors_in(file: &str, v: &Value) {
    let cal = WorkingCalendar::kazakhstan();
    let verified: Vec<i64> = list(v, "verified_years")
        .iter()
        .map(|y| y.as_i64().unwrap())
        .collect();
    let mine: Vec<i64> = cal.verified_years().iter().map(|&y| i64::from(y)).collect();
    assert_eq!(mine, verified, "verified_years");
    let supported = list(v, "supported_years");
    assert_eq!(
        (
            supported[0].as_i64().unwrap(),
            supported[1].as_i64().unwrap()
        ),
        (
            i64::from(*SUPPORTED_YEARS.start()),
            i64::from(*SUPPORTED_YEARS.end())
        )
    );

    let mut failures = Failures::default();
    let mut total = check_sections(&cal, v, "top", &mut failures);
    for (i, case) in list(v, "overrides").iter().enumerate() {
        total += 1;
        let label = format!("overrides[{i}] ({})", case["note"]);
        let json = case["overrides"].to_string();
        let result = CalendarOverrides::from_json(&json).and_then(|o| o.to_calendar());
        match (result, case.get("expect_error")) {
            (Err(e), Some(kind)) if kind == "input" && e.rule().is_none() => {
                // The class and, for a change that cannot be read, the input.
                let want = (case["error"].as_str(), case["input"].as_str());
                let got = (Some(e.class().name()), e.input().map(|x| x.name()));
                if want != got {
                    failures.push(format!("{label}: expected {want:?}, got {got:?}: {e}"));
                }
            }
            (Ok(c), None) => total += check_sections(&c, case, &label, &mut failures),
            (got, _) => failures.push(format!("{label}: got {:?}", got.map(|_| "a calendar"))),
        }
    }
    assert!(total > 250, "{file}: only {total} checks were read");
    failures.panic_if_any(total, &format!("calendar checks of {file}"), "\n  ");
}

#[test]
fn every_verified_day_has_a_consistent_kind() {
    // For every day of the verified years, the kind and the bit agree and
    // moved days are never weekends or holidays unless overridden.
    let cal = WorkingCalendar::kazakhstan();
    let mut d = NaiveDate::from_ymd_opt(2013, 1, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    while d <= end {
        assert_eq!(cal.is_working_day(d), cal.day_kind(d).is_working(), "{d}");
        d = d + Days::new(1);
    }
}

fn supported_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2013, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2099, 12, 31).unwrap();
    let span = (last - first).num_days() as u64;
    (0..=span).prop_map(move |k| first + Days::new(k))
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2005, 1, 1).unwrap();
    (0u64..40_000).prop_map(move |k| first + Days::new(k))
}

proptest! {
    #[test]
    fn next_working_day_is_the_first_after(d in any_date()) {
        let cal = WorkingCalendar::kazakhstan();
        let next = cal.next_working_day(d);
        prop_assert!(next > d);
        prop_assert!(cal.is_working_day(next));
        let mut x = d + Days::new(1);
        while x < next {
            prop_assert!(!cal.is_working_day(x), "{} lies between {} and {}", x, d, next);
            x = x + Days::new(1);
        }
        prop_assert_eq!(cal.working_days_between(d, next), 1);
    }

    #[test]
    fn add_then_count_gives_n(d in supported_date(), n in 0u32..800) {
        let cal = WorkingCalendar::kazakhstan();
        match cal.add_working_days(d, n) {
            Ok(r) => {
                prop_assert_eq!(cal.working_days_between(d, r), i64::from(n));
                if n > 0 {
                    prop_assert!(cal.is_working_day(r));
                    prop_assert!(r > d);
                }
            }
            Err(_) => prop_assert!(d.year() >= 2096, "{} + {} refused", d, n),
        }
    }

    #[test]
    fn counting_is_additive_and_antisymmetric(a in any_date(), b in any_date(), c in any_date()) {
        let cal = WorkingCalendar::kazakhstan();
        let ab = cal.working_days_between(a, b);
        prop_assert_eq!(ab, -cal.working_days_between(b, a));
        prop_assert_eq!(ab + cal.working_days_between(b, c), cal.working_days_between(a, c));
    }

    #[test]
    fn overrides_change_only_their_day(d in supported_date()) {
        let mut cal = WorkingCalendar::kazakhstan();
        let before = WorkingCalendar::kazakhstan();
        if cal.is_working_day(d) {
            cal.add_day_off(d, kazcustoms_core::Text::new("a", "b", "c")).unwrap();
        } else {
            cal.add_working_day(d).unwrap();
        }
        prop_assert_ne!(cal.is_working_day(d), before.is_working_day(d));
        for k in 1..10u64 {
            let x = d + Days::new(k);
            prop_assert_eq!(cal.is_working_day(x), before.is_working_day(x));
        }
        let far = NaiveDate::from_ymd_opt(2099, 12, 31).unwrap();
        let first = NaiveDate::from_ymd_opt(2012, 12, 31).unwrap();
        let delta = if before.is_working_day(d) { -1 } else { 1 };
        prop_assert_eq!(cal.working_days_between(first, far), before.working_days_between(first, far) + delta);
        cal.remove_override(d);
        // A built-in move removed is still a change; a caller's is undone.
        if before.day_kind(d).as_str() != "moved_working_day" && before.day_kind(d).as_str() != "moved_day_off" {
            prop_assert_eq!(cal.is_working_day(d), before.is_working_day(d));
        }
    }
}
