//! What is particular to the DCD vectors of `tests/vectors/dcd.json` (see
//! its README): every DCD rule has an invalid case, and the README demo is
//! one of them. The file's cases themselves are walked by the index harness,
//! `document_vectors.rs`.

mod common;

use common::{expected_rules, name, Vectors};
use kazcustoms_core::Rule;
use serde_json::Value;

fn vectors() -> Vectors {
    Vectors::load("dcd.json")
}

#[test]
fn every_document_rule_has_an_invalid_case() {
    let v = vectors();
    let expected = expected_rules(v.cases("invalid"));
    v.assert_catalogued(&expected);
    // DCD.STATE is a lifecycle rule, not a rule of the document's columns.
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| id.starts_with("DCD.") && *id != "DCD.STATE")
        .filter(|id| !expected.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "DCD rules without an invalid case: {missing:?}"
    );
    // Numbers quoted in the document and the column 50 deadline.
    for id in [
        "NUM.FORMAT",
        "NUM.DATE",
        "NUM.OFFICE",
        "NUM.RECIPIENT",
        "NUM.SEQUENCE",
        "NUM.FUTURE",
        "TERM.LIMIT",
        "TERM.BEFORE_START",
    ] {
        assert!(expected.contains(id), "no invalid case expects {id}");
    }
}

#[test]
fn readme_demo_is_the_vector() {
    let v = vectors();
    let file: Value = serde_json::from_str(include_str!("examples/dcd_invalid.json"))
        .expect("examples/data/dcd_invalid.json is JSON");
    let case = v
        .cases("invalid")
        .iter()
        .find(|c| name(c).starts_with("examples/data/dcd_invalid.json"))
        .expect("dcd.json has the README demo case");
    assert_eq!(
        file, case["document"],
        "examples/data/dcd_invalid.json differs from its vector; rerun make_dcd_vectors.py"
    );
    let rules = case["rules"].as_array().expect("rules").len();
    assert!((4..=6).contains(&rules), "the demo breaks {rules} rules");
}
