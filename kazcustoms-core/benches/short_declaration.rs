//! Benchmarks of short-declaration validation (target ≤ 3 µs, release
//! build): the base document of `tests/vectors/short_declaration.json`
//! (17 columns, three numbers, the `SD.LATE` working-day check), typed
//! (`ShortDeclaration::validate`) and from JSON text (`validate_json`,
//! parsing included), with and without an office directory.
//!
//! `cargo bench -p kazcustoms-core --bench short_declaration -- --warm-up-time 1 --measurement-time 2`

use std::hint::black_box;

use criterion::{criterion_main, Criterion};
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::short_declaration::ShortDeclaration;
use kazcustoms_core::Context;

/// The options of the benchmarks: the vectors' reference date and directory.
const OPTIONS: &str = r#"{"reference": "2026-11-22", "offices": ["15101", "39001", "47101", "50101", "55201", "58101", "62001"]}"#;
const NO_DIRECTORY: &str = r#"{"reference": "2026-11-22"}"#;

fn base_document() -> String {
    let vectors: serde_json::Value =
        serde_json::from_str(include_str!("../tests/vectors/short_declaration.json"))
            .expect("the vectors are JSON");
    vectors["valid"][0]["document"].to_string()
}

fn bench(c: &mut Criterion) {
    let json = base_document();
    let sd: ShortDeclaration = serde_json::from_str(&json).expect("the base document reads");
    for (label, options) in [("directory", OPTIONS), ("no directory", NO_DIRECTORY)] {
        let ctx = Context::from_json(options).expect("options read");
        let report = sd.validate(&ctx).expect("validates");
        assert!(report.violations().is_empty(), "{:?}", report.rule_ids());
        c.bench_function(&format!("short_declaration/validate typed, {label}"), |b| {
            b.iter(|| black_box(&sd).validate(black_box(&ctx)))
        });
    }
    let late = {
        let mut late = sd.clone();
        if let Some(d) = late.declarant.as_mut() {
            d.date = chrono::NaiveDate::from_ymd_opt(2026, 10, 21);
        }
        late
    };
    let ctx = Context::from_json(OPTIONS).expect("options read");
    assert_eq!(
        late.validate(&ctx).expect("validates").rule_ids(),
        ["SD.LATE"]
    );
    c.bench_function("short_declaration/validate typed, late", |b| {
        b.iter(|| black_box(&late).validate(black_box(&ctx)))
    });
    c.bench_function("short_declaration/validate_json", |b| {
        b.iter(|| validate_json("short_declaration", black_box(&json), OPTIONS))
    });
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    use super::bench;
    criterion::criterion_group!(benches, bench);
}
criterion_main!(group::benches);
