//! Benchmarks of the working-day calendar: "n working days after" (the
//! target: 250 working days ≤ 2 µs in a release build), the next working
//! day, counting working days between two dates, testing one day, and making
//! the calendar.
//!
//! `cargo bench -p kazcustoms-core --bench calendar -- --warm-up-time 1 --measurement-time 2`

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_main, Criterion};
use kazcustoms_core::calendar::WorkingCalendar;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn add(c: &mut Criterion) {
    let cal = WorkingCalendar::kazakhstan();
    let mut group = c.benchmark_group("add_working_days");
    for (name, start, n) in [
        ("2_from_nauryz_2026", d(2026, 3, 20), 2),
        ("250_from_2024_05_03", d(2024, 5, 3), 250),
        ("250_from_2026_12_20", d(2026, 12, 20), 250),
        ("2500_from_2020_01_01", d(2020, 1, 1), 2500),
    ] {
        assert!(cal.add_working_days(start, n).is_ok());
        group.bench_function(name, |b| {
            b.iter(|| cal.add_working_days(black_box(start), black_box(n)))
        });
    }
    group.finish();
}

fn other(c: &mut Criterion) {
    let cal = WorkingCalendar::kazakhstan();
    let mut group = c.benchmark_group("calendar");
    group.bench_function("next_working_day/nauryz_2026", |b| {
        b.iter(|| cal.next_working_day(black_box(d(2026, 3, 20))))
    });
    group.bench_function("working_days_between/one_year", |b| {
        b.iter(|| cal.working_days_between(black_box(d(2023, 12, 31)), black_box(d(2024, 12, 31))))
    });
    group.bench_function("is_working_day", |b| {
        b.iter(|| cal.is_working_day(black_box(d(2024, 5, 4))))
    });
    group.bench_function("day_kind/moved_day_off", |b| {
        b.iter(|| cal.day_kind(black_box(d(2026, 3, 24))))
    });
    group.bench_function("kazakhstan/clone_of_builtin", |b| {
        b.iter(WorkingCalendar::kazakhstan)
    });
    group.bench_function("statutory/build", |b| b.iter(WorkingCalendar::statutory));
    group.finish();
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    use super::{add, other};
    criterion::criterion_group!(benches, add, other);
}
criterion_main!(group::benches);
