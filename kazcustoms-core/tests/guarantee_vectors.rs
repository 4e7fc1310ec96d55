//! What is particular to the guarantee vectors of
//! `tests/vectors/guarantee.json` (see its README): the lifecycle allows
//! exactly the transitions of SPEC §4 (the table of all pairs of states),
//! and every `GO.*` rule has an invalid case. The file's common sections are
//! walked by the index harness, `document_vectors.rs`.

mod common;

use std::collections::BTreeSet;

use common::{expected_rules, rules_broken_alone, Failures, Vectors};
use kazcustoms_core::guarantee::GuaranteeState;
use kazcustoms_core::lifecycle::Lifecycle;
use kazcustoms_core::Rule;
use serde_json::Value;

fn vectors() -> Vectors {
    Vectors::load("guarantee.json")
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
    let all = v.cases("transitions");
    let mut failures = Failures::default();
    let mut seen = BTreeSet::new();
    for t in all {
        let (from, to) = (state(&t["from"]), state(&t["to"]));
        seen.insert((from, to));
        let ok = t["ok"].as_bool().expect("ok is a boolean");
        match (from.transition(to), ok) {
            (Ok(s), true) if s == to => {}
            (Err(e), false) if e.rule().map(|r| r.id()) == Some("GO.STATE") => {}
            (got, _) => failures.push(format!("{from} → {to}: expected ok={ok}, got {got:?}")),
        }
    }
    assert_eq!(
        seen.len(),
        GuaranteeState::ALL.len() * GuaranteeState::ALL.len(),
        "the transitions list every pair of states"
    );
    failures.finish(&v.file, "transitions", all.len());
}

#[test]
fn every_guarantee_rule_has_an_invalid_case() {
    let v = vectors();
    let mut expected = expected_rules(v.cases("invalid"));
    expected.extend(expected_rules(v.cases("lifecycle")));
    v.assert_catalogued(&expected);
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
    let alone = rules_broken_alone(v.cases("invalid"));
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
