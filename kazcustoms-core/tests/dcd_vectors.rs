//! The shared DCD vectors of `tests/vectors/dcd.json` (see its README),
//! checked against `documents::validate_json`: valid documents give an empty
//! report, each invalid document reports exactly its set of rule ids, and
//! text that is not a DCD is an `InvalidDocument` error at the expected path.
//!
//! Every test collects all failing cases and reports them together, each
//! named with its full report, so one run shows every disagreement.

mod common;

use common::{expected_rules, name, want_rules, PathMatch, Vectors};
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::Rule;
use serde_json::Value;

const KIND: &str = "dcd";

fn vectors() -> Vectors {
    Vectors::load("dcd.json")
}

#[test]
fn valid_documents_have_an_empty_report() {
    let v = vectors();
    v.each_case("valid", |case, f| {
        f.valid(name(case), None, v.validate(KIND, case));
    });
}

#[test]
fn invalid_documents_report_exactly_their_rules() {
    let v = vectors();
    v.each_case("invalid", |case, f| {
        let want = want_rules(case, "rules");
        f.rules(name(case), None, &want, v.validate(KIND, case));
    });
}

#[test]
fn input_errors_name_the_path() {
    let v = vectors();
    v.each_case("input_errors", |case, f| {
        f.input_error(case, PathMatch::Prefix, |text| {
            validate_json(KIND, text, &v.options(case))
        });
    });
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
    let file: Value = serde_json::from_str(include_str!("../../examples/data/dcd_invalid.json"))
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
