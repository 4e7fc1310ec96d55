//! Benchmarks of accompanying documents used as a DCD: the base document of
//! `tests/vectors/accompanying_documents.json` (preliminary information,
//! three sheets, the inventory with its deadline check) widened to 20 goods
//! lines, typed (`Document::validate`) and from JSON text (`validate_json`,
//! parsing included).
//!
//! `cargo bench -p kazcustoms-core --bench accompanying -- --warm-up-time 1 --measurement-time 2`

use std::hint::black_box;

use criterion::{criterion_main, Criterion};
use kazcustoms_core::accompanying::AccompanyingDocuments;
use kazcustoms_core::documents::{validate_json, Document};
use kazcustoms_core::Context;

const OPTIONS: &str = r#"{"reference": "2026-11-22", "offices": ["15101", "50101", "55201", "62001"], "equipped_offices": ["55201", "62001"]}"#;

fn document(lines: usize) -> String {
    let vectors: serde_json::Value =
        serde_json::from_str(include_str!("../tests/vectors/accompanying_documents.json"))
            .expect("the vectors are JSON");
    let mut doc = vectors["valid"][0]["document"].clone();
    let line = doc["preliminary"]["goods"][0].clone();
    doc["preliminary"]["goods"] = serde_json::Value::Array(vec![line; lines]);
    doc.to_string()
}

fn bench(c: &mut Criterion) {
    let ctx = Context::from_json(OPTIONS).expect("options read");
    for lines in [1, 20] {
        let json = document(lines);
        let doc: AccompanyingDocuments = serde_json::from_str(&json).expect("the document reads");
        let report = Document::validate(&doc, &ctx).expect("validates");
        assert!(report.violations().is_empty(), "{:?}", report.rule_ids());
        c.bench_function(
            &format!("accompanying/validate typed, {lines} goods lines"),
            |b| b.iter(|| Document::validate(black_box(&doc), black_box(&ctx))),
        );
        c.bench_function(
            &format!("accompanying/validate_json, {lines} goods lines"),
            |b| b.iter(|| validate_json("accompanying_documents", black_box(&json), OPTIONS)),
        );
    }
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    criterion::criterion_group!(benches, super::bench);
}

criterion_main!(group::benches);
