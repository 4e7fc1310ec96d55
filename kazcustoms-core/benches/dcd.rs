//! Benchmarks of DCD validation: a 1-item and a 100-item document, typed
//! (`Dcd::validate`) and from JSON text (`validate_json`, parsing included).
//!
//! Run with `cargo bench -p kazcustoms-core --bench dcd`.

use std::hint::black_box;

use criterion::{criterion_main, Criterion};
use kazcustoms_core::dcd::{Context, Dcd, Forms, Sheet};
use kazcustoms_core::documents::validate_json;

const SAMPLE: &str = include_str!("../../examples/data/dcd_valid.json");
const OPTIONS: &str = r#"{"reference": "2026-11-22", "usd_rate": 470.0}"#;

/// The sample document grown to `n` items: main sheet 1 item, then
/// additional sheets of 3, with columns 3, 5, 22 and 32 kept consistent.
fn document(n: usize) -> Dcd {
    let base: Dcd = serde_json::from_str(SAMPLE).expect("the sample reads");
    let template = base.sheets[0].items[0].clone();
    let mut dcd = base.clone();
    let mut items: Vec<_> = (0..n)
        .map(|i| {
            let mut item = template.clone();
            item.item_number = Some(i as i64 + 1);
            item
        })
        .collect();
    let mut sheets = vec![Sheet {
        forms: None,
        items: items.drain(..1).collect(),
    }];
    while !items.is_empty() {
        let take = items.len().min(3);
        sheets.push(Sheet {
            forms: None,
            items: items.drain(..take).collect(),
        });
    }
    let total = sheets.len() as i64;
    if total > 1 {
        for (i, s) in sheets.iter_mut().enumerate() {
            s.forms = Some(Forms {
                sheet: i as i64 + 1,
                total,
            });
        }
    }
    dcd.sheets = sheets;
    dcd.total_items = Some(n as i64);
    let sum: f64 = dcd.items().filter_map(|(_, i)| i.invoice_value).sum();
    if let Some(inv) = dcd.invoice.as_mut() {
        inv.total = Some((sum * 100.0).round() / 100.0);
    }
    dcd
}

fn bench(c: &mut Criterion) {
    let ctx = Context::from_json(OPTIONS).expect("options read");
    for n in [1usize, 100] {
        let dcd = document(n);
        let report = dcd.validate(&ctx).expect("validates");
        assert!(report.violations().is_empty(), "{:?}", report.rule_ids());
        let json = serde_json::to_string(&dcd).expect("serializes");
        c.bench_function(&format!("dcd/validate typed, {n} items"), |b| {
            b.iter(|| black_box(&dcd).validate(black_box(&ctx)))
        });
        c.bench_function(&format!("dcd/validate_json, {n} items"), |b| {
            b.iter(|| validate_json("dcd", black_box(&json), OPTIONS))
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
