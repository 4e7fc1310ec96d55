//! The shared DCD vectors of `tests/vectors/dcd.json` (see its README),
//! checked against `documents::validate_json`: valid documents give an empty
//! report, each invalid document reports exactly its set of rule ids, and
//! text that is not a DCD is an `InvalidDocument` error at the expected path.
//!
//! Every test collects all failing cases and reports them together, each
//! named with its full report, so one run shows every disagreement.

use std::collections::BTreeSet;
use std::path::PathBuf;

use kazcustoms_core::documents::validate_json;
use kazcustoms_core::{Error, Lang, Report, Rule};
use serde_json::{Map, Value};

fn vectors() -> Value {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "tests",
        "vectors",
        "dcd.json",
    ]
    .iter()
    .collect();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn cases<'a>(v: &'a Value, section: &str) -> &'a [Value] {
    v[section]
        .as_array()
        .unwrap_or_else(|| panic!("dcd.json: {section} is not an array"))
}

fn name(case: &Value) -> &str {
    case["name"].as_str().expect("every case has a name")
}

/// The file's options with the case's keys overriding, as JSON text.
fn options(v: &Value, case: &Value) -> String {
    let mut merged: Map<String, Value> = v["options"]
        .as_object()
        .expect("dcd.json: options is an object")
        .clone();
    if let Some(own) = case.get("options").and_then(Value::as_object) {
        for (k, x) in own {
            merged.insert(k.clone(), x.clone());
        }
    }
    Value::Object(merged).to_string()
}

fn rule_set(report: &Report) -> Vec<String> {
    let set: BTreeSet<&str> = report.rule_ids().into_iter().collect();
    set.into_iter().map(str::to_owned).collect()
}

fn validate(v: &Value, case: &Value) -> Result<Report, Error> {
    let doc = case["document"].to_string();
    validate_json("dcd", &doc, &options(v, case))
}

fn finish(section: &str, total: usize, failures: Vec<String>) {
    assert!(total > 0, "dcd.json: no {section} cases were read");
    if !failures.is_empty() {
        panic!(
            "{} of {total} {section} cases in dcd.json failed:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        );
    }
}

#[test]
fn valid_documents_have_an_empty_report() {
    let v = vectors();
    let all = cases(&v, "valid");
    let mut failures = Vec::new();
    for case in all {
        match validate(&v, case) {
            Ok(report) if report.violations().is_empty() => {}
            Ok(report) => failures.push(format!(
                "{}: expected no violations, got {:?}\n{}",
                name(case),
                rule_set(&report),
                report.to_json(Lang::En)
            )),
            Err(e) => failures.push(format!("{}: unexpected error: {e}", name(case))),
        }
    }
    finish("valid", all.len(), failures);
}

#[test]
fn invalid_documents_report_exactly_their_rules() {
    let v = vectors();
    let all = cases(&v, "invalid");
    let mut failures = Vec::new();
    for case in all {
        let want: Vec<String> = case["rules"]
            .as_array()
            .expect("an invalid case lists its rules")
            .iter()
            .map(|r| r.as_str().expect("a rule id is a string").to_owned())
            .collect();
        match validate(&v, case) {
            Ok(report) => {
                let got = rule_set(&report);
                if got != want {
                    failures.push(format!(
                        "{}: expected {want:?}, got {got:?}\n{}",
                        name(case),
                        report.to_json(Lang::En)
                    ));
                }
            }
            Err(e) => failures.push(format!(
                "{}: expected {want:?}, got an error: {e}",
                name(case)
            )),
        }
    }
    finish("invalid", all.len(), failures);
}

#[test]
fn input_errors_name_the_path() {
    let v = vectors();
    let all = cases(&v, "input_errors");
    let mut failures = Vec::new();
    for case in all {
        let text = case["document_text"]
            .as_str()
            .expect("document_text is a string");
        let want = case["path"].as_str().expect("path is a string");
        match validate_json("dcd", text, &options(&v, case)) {
            Err(Error::InvalidDocument { path, .. }) if path.starts_with(want) => {}
            Err(Error::InvalidDocument { path, reason }) => failures.push(format!(
                "{}: expected a path starting with {want:?}, got {path:?} ({})",
                name(case),
                reason.en
            )),
            Err(e) => failures.push(format!(
                "{}: expected InvalidDocument at {want:?}, got another error: {e:?}",
                name(case)
            )),
            Ok(report) => failures.push(format!(
                "{}: expected InvalidDocument at {want:?}, got a report {:?}",
                name(case),
                rule_set(&report)
            )),
        }
    }
    finish("input_errors", all.len(), failures);
}

#[test]
fn every_document_rule_has_an_invalid_case() {
    let v = vectors();
    let expected: BTreeSet<&str> = cases(&v, "invalid")
        .iter()
        .flat_map(|c| c["rules"].as_array().expect("rules").iter())
        .map(|r| r.as_str().expect("rule id"))
        .collect();
    for id in &expected {
        assert!(
            Rule::from_id(id).is_some(),
            "dcd.json names a rule that is not in the catalogue: {id}"
        );
    }
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
    let case = cases(&v, "invalid")
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
