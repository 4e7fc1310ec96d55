//! Benchmarks of TIR carnet validation (target ≤ 5 µs typed, release
//! build): the terminated carnet of `tests/vectors/tir_carnet.json` grown to
//! 4 voucher sets and 20 goods lines (every departure and destination check
//! runs), typed (`TirCarnet::validate`) and from JSON text (`validate_json`,
//! parsing included); and the accepted carnet at departure.
//!
//! `cargo bench -p kazcustoms-core --bench tir -- --warm-up-time 1 --measurement-time 2`

use std::hint::black_box;

use criterion::{criterion_main, Criterion};
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::tir::TirCarnet;
use kazcustoms_core::Context;

/// The options of the benchmarks: the vectors' reference date and directory.
const OPTIONS: &str = r#"{"reference": "2026-11-22", "offices": ["15101", "39001", "47101", "50101", "55201", "58101", "62001"]}"#;

/// The valid vector named `name`, grown to 4 sets and 20 goods lines of
/// one package each (20 packages, as the vector declares).
fn carnet(name: &str) -> String {
    let vectors: serde_json::Value =
        serde_json::from_str(include_str!("../tests/vectors/tir_carnet.json"))
            .expect("the vectors are JSON");
    let case = vectors["valid"]
        .as_array()
        .and_then(|cases| cases.iter().find(|c| c["name"] == name))
        .expect("the vector exists");
    let mut doc = case["document"].clone();
    let other = doc["sets"][1].clone();
    let sets = doc["sets"].as_array_mut().expect("sets");
    sets.extend([other.clone(), other]);
    let goods: Vec<serde_json::Value> = (1..=20)
        .map(|i| serde_json::json!({"description": format!("ТОВАР {i}"), "packages": 1}))
        .collect();
    doc["goods"] = serde_json::Value::Array(goods);
    doc.to_string()
}

fn bench(c: &mut Criterion) {
    let ctx = Context::from_json(OPTIONS).expect("options read");
    for (label, name) in [
        (
            "terminated",
            "terminated at destination: boxes 24-28, counterfoil No. 2 boxes 1-6",
        ),
        (
            "accepted",
            "accepted at departure: two sets, the first written by the departure office",
        ),
    ] {
        let json = carnet(name);
        let carnet: TirCarnet = serde_json::from_str(&json).expect("the carnet reads");
        assert_eq!((carnet.sets.len(), carnet.goods.len()), (4, 20));
        let report = carnet.validate(&ctx).expect("validates");
        assert!(report.violations().is_empty(), "{:?}", report.rule_ids());
        c.bench_function(
            &format!("tir_carnet/validate typed, 4 sets, 20 goods, {label}"),
            |b| b.iter(|| black_box(&carnet).validate(black_box(&ctx))),
        );
        c.bench_function(
            &format!("tir_carnet/validate_json, 4 sets, 20 goods, {label}"),
            |b| b.iter(|| validate_json("tir_carnet", black_box(&json), OPTIONS)),
        );
    }
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    use super::bench;
    criterion::criterion_group!(benches, bench);
}
criterion_main!(group::benches);
