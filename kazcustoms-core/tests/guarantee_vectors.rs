//! The shared guarantee-obligation vectors of `tests/vectors/guarantee.json`
//! (see its README): valid applications and obligations give an empty
//! report, each invalid one reports exactly its set of rule ids, text that
//! is not such a document is an `InvalidDocument` error at the expected
//! path, and the lifecycle allows exactly the transitions of SPEC §4.
//!
//! Every test collects all failing cases and reports them together, each
//! named with its full report, so one run shows every disagreement.

use std::collections::BTreeSet;
use std::path::PathBuf;

use kazcustoms_core::documents::validate_json;
use kazcustoms_core::guarantee::GuaranteeState;
use kazcustoms_core::{Error, Lang, Report, Rule};
use serde_json::{Map, Value};

fn vectors() -> Value {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "tests",
        "vectors",
        "guarantee.json",
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
        .unwrap_or_else(|| panic!("guarantee.json: {section} is not an array"))
}

fn name(case: &Value) -> &str {
    case["name"].as_str().expect("every case has a name")
}

fn kind(case: &Value) -> &str {
    let k = case["kind"].as_str().expect("every case has a kind");
    assert!(
        k == "guarantee_application" || k == "guarantee",
        "guarantee.json: unknown kind {k}"
    );
    k
}

/// The file's options with the case's keys overriding, as JSON text.
fn options(v: &Value, case: &Value) -> String {
    let mut merged: Map<String, Value> = v["options"]
        .as_object()
        .expect("guarantee.json: options is an object")
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
    validate_json(kind(case), &doc, &options(v, case))
}

/// Every `GO.*` message is the rule's title and a detail, in all three
/// languages, with a source.
fn messages_ok(report: &Report) -> Result<(), String> {
    for v in report.violations() {
        for lang in Lang::ALL {
            let text = v.message.get(lang);
            if text.trim().is_empty() {
                return Err(format!("{}: empty {lang} message", v.rule));
            }
            if v.rule.id().starts_with("GO.") {
                let title = v.rule.title();
                let title = title.get(lang);
                if !text.starts_with(title) || text.len() <= title.len() + 2 {
                    return Err(format!(
                        "{}: the {lang} message {text:?} is not its title and a detail",
                        v.rule
                    ));
                }
            }
        }
        if v.source.is_empty() {
            return Err(format!("{}: no source", v.rule));
        }
    }
    Ok(())
}

fn finish(section: &str, total: usize, failures: Vec<String>) {
    assert!(total > 0, "guarantee.json: no {section} cases were read");
    if !failures.is_empty() {
        panic!(
            "{} of {total} {section} cases in guarantee.json failed:\n\n{}",
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
                "{} ({}): expected no violations, got {:?}\n{}",
                name(case),
                kind(case),
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
                        "{} ({}): expected {want:?}, got {got:?}\n{}",
                        name(case),
                        kind(case),
                        report.to_json(Lang::En)
                    ));
                } else if let Err(e) = messages_ok(&report) {
                    failures.push(format!("{}: {e}", name(case)));
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
        match validate_json(kind(case), text, &options(&v, case)) {
            Err(Error::InvalidDocument { path, .. }) if path == want => {}
            Err(Error::InvalidDocument { path, reason }) => failures.push(format!(
                "{}: expected the path {want:?}, got {path:?} ({})",
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

fn state(value: &Value) -> GuaranteeState {
    value
        .as_str()
        .expect("a state is a string")
        .parse()
        .expect("a state of the lifecycle")
}

#[test]
fn lifecycle_transitions() {
    let v = vectors();
    let all = v["lifecycle"]["transitions"]
        .as_array()
        .expect("lifecycle.transitions");
    let mut failures = Vec::new();
    let mut seen = BTreeSet::new();
    for t in all {
        let (from, to) = (state(&t["from"]), state(&t["to"]));
        seen.insert((from, to));
        let ok = t["ok"].as_bool().expect("ok is a boolean");
        match (from.transition(to), ok) {
            (Ok(s), true) if s == to => {}
            (Err(report), false) if report.rule_ids() == ["GO.STATE"] => {}
            (got, _) => failures.push(format!("{from} → {to}: expected ok={ok}, got {got:?}")),
        }
    }
    assert_eq!(
        seen.len(),
        GuaranteeState::ALL.len() * GuaranteeState::ALL.len(),
        "the transitions list every pair of states"
    );
    finish("lifecycle.transitions", all.len(), failures);
}

#[test]
fn lifecycle_sequences() {
    let v = vectors();
    let all = v["lifecycle"]["sequences"]
        .as_array()
        .expect("lifecycle.sequences");
    let mut failures = Vec::new();
    for s in all {
        let states: Vec<GuaranteeState> = s["states"]
            .as_array()
            .expect("states")
            .iter()
            .map(state)
            .collect();
        let fails_at = s["fails_at"].as_u64().map(|i| i as usize);
        let want: Vec<&str> = s["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .map(|r| r.as_str().expect("rule id"))
            .collect();
        let mut current = states[0];
        let mut got = (None, Vec::new());
        for (i, next) in states.iter().enumerate().skip(1) {
            match current.transition(*next) {
                Ok(s) => current = s,
                Err(report) => {
                    got = (Some(i), report.rule_ids());
                    break;
                }
            }
        }
        if got != (fails_at, want.clone()) {
            failures.push(format!(
                "{}: expected a failure at {fails_at:?} with {want:?}, got {got:?}",
                name(s)
            ));
        }
    }
    finish("lifecycle.sequences", all.len(), failures);
}

#[test]
fn every_guarantee_rule_has_an_invalid_case() {
    let v = vectors();
    let mut expected: BTreeSet<&str> = cases(&v, "invalid")
        .iter()
        .flat_map(|c| c["rules"].as_array().expect("rules").iter())
        .map(|r| r.as_str().expect("rule id"))
        .collect();
    for s in v["lifecycle"]["sequences"].as_array().expect("sequences") {
        for r in s["rules"].as_array().expect("rules") {
            expected.insert(r.as_str().expect("rule id"));
        }
    }
    for id in &expected {
        assert!(
            Rule::from_id(id).is_some(),
            "guarantee.json names a rule that is not in the catalogue: {id}"
        );
    }
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| id.starts_with("GO."))
        .filter(|id| !expected.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "GO rules without an invalid case: {missing:?}"
    );
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
    // Each GO.* rule also has a case that breaks it alone.
    let alone: BTreeSet<&str> = cases(&v, "invalid")
        .iter()
        .filter_map(|c| match c["rules"].as_array().expect("rules").as_slice() {
            [one] => one.as_str(),
            _ => None,
        })
        .collect();
    let not_alone: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| id.starts_with("GO.") && !alone.contains(id))
        .collect();
    assert!(
        not_alone.is_empty(),
        "GO rules without a case that breaks only them: {not_alone:?}"
    );
}
