//! Benchmarks of DCD validation on the shared bench documents
//! `tests/bench/dcd_{1,100}_items.json` (the same inputs the Python and C
//! benchmarks use): typed (`Dcd::validate`) and from JSON text
//! (`validate_json`, parsing included).
//!
//! Run with `cargo bench -p kazcustoms-core --bench dcd`.

use std::hint::black_box;

use criterion::{criterion_main, Criterion};
use kazcustoms_core::dcd::{Context, Dcd};
use kazcustoms_core::documents::validate_json;

/// The options every DCD benchmark uses (also in the Python and C benches).
const OPTIONS: &str = r#"{"reference": "2026-11-22", "usd_rate": 470.0}"#;

fn bench(c: &mut Criterion) {
    let ctx = Context::from_json(OPTIONS).expect("options read");
    for (n, json) in [
        (1, include_str!("../tests/bench/dcd_1_items.json")),
        (100, include_str!("../tests/bench/dcd_100_items.json")),
    ] {
        let dcd: Dcd = serde_json::from_str(json).expect("the bench document reads");
        let report = dcd.validate(&ctx).expect("validates");
        assert!(report.violations().is_empty(), "{:?}", report.rule_ids());
        c.bench_function(&format!("dcd/validate typed, {n} items"), |b| {
            b.iter(|| black_box(&dcd).validate(black_box(&ctx)))
        });
        c.bench_function(&format!("dcd/validate_json, {n} items"), |b| {
            b.iter(|| validate_json("dcd", black_box(json), OPTIONS))
        });
    }
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    use super::bench;
    criterion::criterion_group!(benches, bench);
}
criterion_main!(group::benches);
