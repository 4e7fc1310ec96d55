//! Benchmarks of security-document validation (target ≤ 3 µs, release
//! build): the base document of `tests/vectors/security.json` (the whole
//! life of a ДПОУ: item 8 with 20 goods rows and their exact sums, its
//! number, journal row, reverse side and return application), typed
//! (`SecurityDocument::validate`) and from JSON text (`validate_json`,
//! parsing included), with and without an office directory; and a DCD whose
//! column 44 (7C) is checked against the security document given.
//!
//! `cargo bench -p kazcustoms-core --bench security -- --warm-up-time 1 --measurement-time 2`

use std::hint::black_box;

use criterion::{criterion_main, Criterion};
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::security::SecurityDocument;
use kazcustoms_core::Context;

/// The options of the benchmarks: the vectors' reference date and directory.
const OPTIONS: &str = r#"{"reference": "2026-11-22", "offices": ["15101", "39001", "47101", "50101", "55201", "58101", "62001"]}"#;
const NO_DIRECTORY: &str = r#"{"reference": "2026-11-22"}"#;

fn vectors(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("the vectors are JSON")
}

fn bench(c: &mut Criterion) {
    let base =
        vectors(include_str!("../tests/vectors/security.json"))["valid"][0]["document"].clone();
    let json = base.to_string();
    let doc: SecurityDocument = serde_json::from_str(&json).expect("the base document reads");
    assert_eq!(doc.goods.len(), 20);
    for (label, options) in [("directory", OPTIONS), ("no directory", NO_DIRECTORY)] {
        let ctx = Context::from_json(options).expect("options read");
        let report = doc.validate(&ctx).expect("validates");
        assert!(report.violations().is_empty(), "{:?}", report.rule_ids());
        c.bench_function(&format!("security/validate typed, {label}"), |b| {
            b.iter(|| black_box(&doc).validate(black_box(&ctx)))
        });
    }
    c.bench_function("security/validate_json", |b| {
        b.iter(|| validate_json("security", black_box(&json), OPTIONS))
    });
    // The DCD of dcd.json whose 7C cites this document, with it given.
    let dcd =
        vectors(include_str!("../tests/vectors/dcd.json"))["valid"][0]["document"].to_string();
    let linked = format!(
        r#"{{"reference": "2026-11-22", "usd_rate": 470.5, "offices": ["15101", "27101", "30105", "39001", "47101", "50101", "50103", "55201", "58101", "58102", "62001"], "security_documents": [{json}]}}"#
    );
    let ctx = Context::from_json(&linked).expect("options read");
    let dcd_doc: kazcustoms_core::dcd::Dcd = serde_json::from_str(&dcd).expect("the DCD reads");
    let plain = Context {
        security_documents: Vec::new(),
        ..ctx.clone()
    };
    let expected = dcd_doc.validate(&plain).expect("validates").rule_ids();
    assert_eq!(
        dcd_doc.validate(&ctx).expect("validates").rule_ids(),
        expected
    );
    c.bench_function("security/dcd typed, 7C checked against it", |b| {
        b.iter(|| black_box(&dcd_doc).validate(black_box(&ctx)))
    });
    c.bench_function("security/dcd typed, no related document", |b| {
        b.iter(|| black_box(&dcd_doc).validate(black_box(&plain)))
    });
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    use super::bench;
    criterion::criterion_group!(benches, bench);
}
criterion_main!(group::benches);
