//! `validate_json` for every document kind of the registry, on the first
//! valid document of its shared vectors (`tests/vectors/`, found through the
//! index) with that file's options: one figure per kind, a kind added to the
//! registry is measured with no change here. `make bench-py` compares the
//! Python binding's `validate` with these figures (bench_registry.py).
//!
//! `cargo bench -p kazcustoms-core --bench registry -- --warm-up-time 1 --measurement-time 2`

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_main, Criterion};
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::DocumentKind;
use serde_json::Value;

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The first valid document of each kind and its options (the file's, with
/// the case's own put over them), as JSON text.
fn samples() -> Vec<(DocumentKind, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let index = read(&dir.join("index.json"));
    let mut out = Vec::new();
    for &kind in DocumentKind::ALL {
        'files: for file in index["documents"].as_array().into_iter().flatten() {
            let doc = read(&dir.join(file.as_str().unwrap_or_default()));
            for case in doc["valid"].as_array().into_iter().flatten() {
                let case_kind = case["kind"]
                    .as_str()
                    .or(doc["kind"].as_str())
                    .unwrap_or_default();
                if case_kind != kind.name() {
                    continue;
                }
                let mut options = doc["options"].as_object().cloned().unwrap_or_default();
                for (k, v) in case["options"].as_object().into_iter().flatten() {
                    options.insert(k.clone(), v.clone());
                }
                options.retain(|_, v| !v.is_null());
                out.push((
                    kind,
                    case["document"].to_string(),
                    Value::Object(options).to_string(),
                ));
                break 'files;
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    for (kind, document, options) in samples() {
        let report = validate_json(kind.name(), &document, &options).expect("validates");
        assert!(
            report.violations().is_empty(),
            "{}: {:?}",
            kind.name(),
            report.rule_ids()
        );
        c.bench_function(&format!("registry/{} validate_json", kind.name()), |b| {
            b.iter(|| validate_json(kind.name(), black_box(&document), black_box(&options)))
        });
    }
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    criterion::criterion_group!(benches, super::bench);
}

criterion_main!(group::benches);
