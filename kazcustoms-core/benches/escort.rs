//! Benchmarks of customs-escort validation (target ≤ 3 µs, release build):
//! the base escort of `tests/vectors/escort.json` (one vehicle under way)
//! with its convoy grown to 20 vehicles and two teams, typed
//! (`EscortDocument::validate`: the decision's fields, the fee against the
//! МРП, the plan-task, the teams, the shared number) and from JSON text
//! (`validate_json`, parsing included).
//!
//! `cargo bench -p kazcustoms-core --bench escort -- --warm-up-time 1 --measurement-time 2`

use std::hint::black_box;

use criterion::{criterion_main, Criterion};
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::escort::EscortDocument;
use kazcustoms_core::Context;

/// The options of the benchmarks: the vectors' reference date and directory.
const OPTIONS: &str = r#"{"reference": "2026-11-22", "offices": ["15101", "39001", "47101", "50101", "55201", "58101", "62001"]}"#;

/// The base escort with 20 vehicles (the team in the first and the last)
/// and two teams (⌈20/10⌉).
fn twenty_vehicles() -> String {
    let vectors: serde_json::Value =
        serde_json::from_str(include_str!("../tests/vectors/escort.json"))
            .expect("the vectors are JSON");
    let mut doc = vectors["valid"][0]["document"].clone();
    let vehicle = doc["convoy"][0].clone();
    let convoy: Vec<serde_json::Value> = (0..20)
        .map(|i| {
            let mut v = vehicle.clone();
            v["number"] = format!("{}ABC56", 100 + i).into();
            v["team_aboard"] = (i == 0 || i == 19).into();
            v
        })
        .collect();
    doc["convoy"] = convoy.into();
    let team = doc["plan_task"]["teams"][0].clone();
    doc["plan_task"]["teams"] = vec![team.clone(), team].into();
    doc.to_string()
}

fn bench(c: &mut Criterion) {
    let json = twenty_vehicles();
    let escort: EscortDocument = serde_json::from_str(&json).expect("the document reads");
    let ctx = Context::from_json(OPTIONS).expect("options read");
    let report = escort.validate(&ctx).expect("validates");
    assert!(report.violations().is_empty(), "{:?}", report.rule_ids());
    c.bench_function("escort/validate typed, 20 vehicles", |b| {
        b.iter(|| black_box(&escort).validate(black_box(&ctx)))
    });
    c.bench_function("escort/validate_json, 20 vehicles", |b| {
        b.iter(|| validate_json("escort", black_box(&json), OPTIONS))
    });
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    use super::bench;
    criterion::criterion_group!(benches, bench);
}
criterion_main!(group::benches);
