//! Benchmarks of the hot paths: parsing and validating one number of each
//! kind, rejecting an invalid one, issuing from an uncontended journal, and
//! computing a delivery deadline.
//!
//! Targets: parse ≤ 50 ns, journal issue ≤ 100 ns (release build).
//!
//! `cargo bench -p kazcustoms-core --bench core -- --warm-up-time 1 --measurement-time 2`

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{criterion_main, Criterion};
use kazcustoms_core::{
    delivery_deadline, normalize, parse_number, Convention, Distance, Journal, NumberKind,
    OfficeDirectory, ParseOptions,
};

/// One valid number of each kind at the reference date 2026-11-22.
const VALID: [(NumberKind, &str); 6] = [
    (NumberKind::Dcd, "50101/15036/00042"),
    (NumberKind::Guarantee, "0042/501/10106/0003"),
    (NumberKind::ShortDeclaration, "50101/15036/000042"),
    (NumberKind::Tsw, "000417/21116/000009"),
    (NumberKind::Escort, "0012-50101-05116"),
    (NumberKind::Security, "62001/22116/99999"),
];

fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn parse(c: &mut Criterion) {
    let opts = ParseOptions::new(reference());
    let dir = OfficeDirectory::new(["50101", "50102", "62001", "59001", "03101"]).expect("dir");
    let with_dir = opts.with_offices(&dir);
    let mut group = c.benchmark_group("parse");
    for (kind, text) in VALID {
        assert!(parse_number(kind, text, &opts).is_ok(), "{text}");
        group.bench_function(kind.name(), |b| {
            b.iter(|| parse_number(black_box(kind), black_box(text), black_box(&opts)))
        });
    }
    group.bench_function("dcd_with_directory", |b| {
        b.iter(|| {
            parse_number(
                black_box(NumberKind::Dcd),
                black_box("50101/15036/00042"),
                black_box(&with_dir),
            )
        })
    });
    for (name, text) in [
        ("invalid_format", "50101/15036/0004x"),
        ("invalid_length", "50101/15036/0042"),
        ("invalid_future", "50101/30126/00001"),
    ] {
        assert!(parse_number(NumberKind::Dcd, text, &opts).is_err());
        group.bench_function(name, |b| {
            b.iter(|| {
                parse_number(
                    black_box(NumberKind::Dcd),
                    black_box(text),
                    black_box(&opts),
                )
            })
        });
    }
    group.finish();
}

fn normalize_bench(c: &mut Criterion) {
    c.bench_function("normalize/fullwidth", |b| {
        b.iter(|| normalize(black_box(" ５０１０１／１５０３６／０００４２ ")))
    });
}

fn journal(c: &mut Criterion) {
    c.bench_function("journal/issue", |b| {
        let first = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        let mut journal = Journal::new(NumberKind::Dcd, "50101").expect("journal");
        let mut count: u64 = 0;
        let mut date = first;
        b.iter(|| {
            // The date moves on by a day every 300 issues; 99,999 a year
            // fill the journal, which is then replaced by a fresh one.
            count += 1;
            if count.is_multiple_of(300) {
                date = date + Days::new(1);
            }
            match journal.issue(black_box(date), None) {
                Ok(n) => n,
                Err(_) => {
                    journal = Journal::new(NumberKind::Dcd, "50101").expect("journal");
                    journal.issue(date, None).expect("fresh journal")
                }
            }
        })
    });
}

fn deadline(c: &mut Criterion) {
    let start = NaiveDate::from_ymd_opt(2026, 12, 20).expect("date");
    let km = Distance::from_km(4500.0).expect("distance");
    let mut group = c.benchmark_group("deadline");
    for convention in [Convention::Calendar, Convention::ThirtyDay] {
        group.bench_function(convention.name(), |b| {
            b.iter(|| delivery_deadline(black_box(start), black_box(km), black_box(convention)))
        });
    }
    group.bench_function("from_km_and_calendar", |b| {
        b.iter(|| {
            let d = Distance::from_km(black_box(4500.0))?;
            delivery_deadline(black_box(start), d, Convention::Calendar)
        })
    });
    group.finish();
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    use super::{deadline, journal, normalize_bench, parse};
    criterion::criterion_group!(benches, parse, normalize_bench, journal, deadline);
}
criterion_main!(group::benches);
