//! The shared guarantee-obligation vectors of `tests/vectors/guarantee.json`
//! (see its README): valid applications and obligations give an empty
//! report, each invalid one reports exactly its set of rule ids, text that
//! is not such a document is an `InvalidDocument` error at the expected
//! path, and the lifecycle allows exactly the transitions of SPEC §4.
//!
//! Every test collects all failing cases and reports them together, each
//! named with its full report, so one run shows every disagreement.

mod common;

use std::collections::BTreeSet;

use common::{
    expected_rules, name, rule_set, rules_broken_alone, want_rules, Failures, PathMatch, Vectors,
};
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::guarantee::GuaranteeState;
use kazcustoms_core::lifecycle::Lifecycle;
use kazcustoms_core::{Lang, Report, Rule};
use serde_json::Value;

fn vectors() -> Vectors {
    Vectors::load("guarantee.json")
}

fn kind(case: &Value) -> &str {
    let k = case["kind"].as_str().expect("every case has a kind");
    assert!(
        k == "guarantee_application" || k == "guarantee",
        "guarantee.json: unknown kind {k}"
    );
    k
}

/// Every `GO.*` message is the rule's title and a detail, in all three
/// languages, with a source.
fn messages_ok(report: &Report) -> Result<(), String> {
    for v in report.violations() {
        for &lang in Lang::ALL {
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

#[test]
fn valid_documents_have_an_empty_report() {
    let v = vectors();
    v.each_case("valid", |case, f| {
        f.valid(name(case), Some(kind(case)), v.validate(kind(case), case));
    });
}

#[test]
fn invalid_documents_report_exactly_their_rules() {
    let v = vectors();
    v.each_case("invalid", |case, f| {
        let want = want_rules(case, "rules");
        let report = f.rules(
            name(case),
            Some(kind(case)),
            &want,
            v.validate(kind(case), case),
        );
        // The messages are checked once the rules are right.
        if let Some(report) = report.filter(|r| rule_set(r) == want) {
            if let Err(e) = messages_ok(&report) {
                f.push(format!("{}: {e}", name(case)));
            }
        }
    });
}

#[test]
fn input_errors_name_the_path() {
    let v = vectors();
    v.each_case("input_errors", |case, f| {
        f.input_error(case, PathMatch::Exact, |text| {
            validate_json(kind(case), text, &v.options(case))
        });
    });
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
    let all = v.cases("lifecycle.transitions");
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
    failures.finish(v.file, "lifecycle.transitions", all.len());
}

#[test]
fn lifecycle_sequences() {
    let v = vectors();
    v.each_case("lifecycle.sequences", |s, f| {
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
                Err(e) => {
                    got = (Some(i), e.rule().map(|r| r.id()).into_iter().collect());
                    break;
                }
            }
        }
        if got != (fails_at, want.clone()) {
            f.push(format!(
                "{}: expected a failure at {fails_at:?} with {want:?}, got {got:?}",
                name(s)
            ));
        }
    });
}

#[test]
fn every_guarantee_rule_has_an_invalid_case() {
    let v = vectors();
    let mut expected = expected_rules(v.cases("invalid"));
    expected.extend(expected_rules(v.cases("lifecycle.sequences")));
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
