//! The serde forms of the values a service stores or sends: reports (every
//! report of the shared vectors, whole and cut), names (languages, number
//! kinds, conventions, document and journal kinds), rules and severities;
//! and that a stored form which disagrees with itself is refused when read.
//! (Registration numbers are checked per vector in `vectors.rs`.)

mod common;

use common::{Failures, Vectors};
use kazcustoms_core::{
    Convention, DocumentKind, JournalKind, Lang, NumberKind, Report, Rule, Severity, Violation,
};
use serde_json::{json, Value};

/// Every report of every invalid and valid vector reads back equal to itself
/// from its serde form, whole and cut at 1 and 3 violations, and its serde
/// form says what `ok`, `found` and `truncated` say.
#[test]
fn every_vector_report_reads_back_equal() {
    for vectors in Vectors::all() {
        let mut failures = Failures::default();
        let mut total = 0;
        for section in ["valid", "invalid"] {
            if vectors.json.get(section).is_none() {
                continue;
            }
            for case in vectors.cases(section) {
                let Ok(report) = vectors.validate(case) else {
                    continue;
                };
                total += 1;
                let name = common::name(case);
                for r in [report.clone(), report.clone().cut(1), report.cut(3)] {
                    let stored = serde_json::to_value(&r).expect("serializes");
                    failures.eq(name, "ok", stored["ok"].as_bool(), Some(r.ok()));
                    failures.eq(
                        name,
                        "found",
                        stored["found"].as_u64(),
                        Some(r.found() as u64),
                    );
                    failures.eq(
                        name,
                        "truncated",
                        stored["truncated"].as_bool(),
                        Some(r.truncated()),
                    );
                    let back: Result<Report, _> = serde_json::from_value(stored);
                    failures.eq(name, "read back", back.ok(), Some(r));
                }
            }
        }
        failures.finish(&vectors.file, "valid+invalid", total);
    }
}

/// A stored report whose parts disagree is refused, as is an unknown rule
/// id, an unknown severity, a message missing a language, an unknown member.
#[test]
fn an_inconsistent_stored_report_is_refused() {
    let violation = json!({
        "rule": "TERM.LIMIT", "field": "deadline", "severity": "error",
        "message": {"kk": "a", "ru": "b", "en": "c"}, "source": "SPEC §4",
        "item": null, "sheet": null
    });
    let warning = json!({
        "rule": "TERM.LIMIT", "field": "deadline", "severity": "warning",
        "message": {"kk": "a", "ru": "b", "en": "c"}, "source": "SPEC §4",
        "item": 2, "sheet": null
    });
    let read = |v: Value| serde_json::from_value::<Report>(v);
    // Consistent forms read.
    let one = read(json!({"ok": false, "found": 1, "truncated": false, "violations": [violation]}))
        .expect("consistent");
    assert_eq!(one.rule_ids(), ["TERM.LIMIT"]);
    assert!(!one.ok());
    let cut = read(json!({"ok": false, "found": 5, "truncated": true, "violations": [warning]}))
        .expect("a cut report whose error was cut away");
    assert!(!cut.ok() && cut.truncated() && cut.found() == 5);
    assert!(
        read(json!({"ok": true, "found": 1, "truncated": false, "violations": [warning]}))
            .expect("a warning")
            .ok()
    );
    // Inconsistent forms do not.
    for (why, bad) in [
        (
            "ok with an error",
            json!({"ok": true, "found": 1, "truncated": false, "violations": [violation]}),
        ),
        (
            "not ok without an error",
            json!({"ok": false, "found": 1, "truncated": false, "violations": [warning]}),
        ),
        (
            "found below kept",
            json!({"ok": false, "found": 0, "truncated": false, "violations": [violation]}),
        ),
        (
            "truncated but found = kept",
            json!({"ok": false, "found": 1, "truncated": true, "violations": [violation]}),
        ),
        (
            "found > kept, not truncated",
            json!({"ok": false, "found": 2, "truncated": false, "violations": [violation]}),
        ),
        (
            "unknown member",
            json!({"ok": true, "found": 0, "truncated": false, "violations": [], "lang": "en"}),
        ),
        (
            "missing member",
            json!({"ok": true, "found": 0, "violations": []}),
        ),
    ] {
        assert!(read(bad).is_err(), "{why}");
    }
    for (key, value) in [
        ("rule", json!("TERM.LIMITS")),
        ("severity", json!("fatal")),
        ("message", json!({"kk": "a", "ru": "b"})),
        ("item", json!(-1)),
    ] {
        let mut v = violation.clone();
        v[key] = value;
        assert!(serde_json::from_value::<Violation>(v).is_err(), "{key}");
    }
}

/// Names are written as their code names and read back; an unknown name is
/// an error naming the allowed ones; each has a JSON Schema string enum.
#[test]
fn names_are_their_code_names() {
    fn each<T>(all: &[T], names: &[&str])
    where
        T: serde::Serialize + serde::de::DeserializeOwned + schemars::JsonSchema + PartialEq,
        T: std::fmt::Debug,
    {
        for (value, name) in all.iter().zip(names) {
            assert_eq!(serde_json::to_value(value).unwrap(), json!(name));
            assert_eq!(&serde_json::from_value::<T>(json!(name)).unwrap(), value);
        }
        let err = serde_json::from_value::<T>(json!("nonesuch")).unwrap_err();
        assert!(err.to_string().contains(names[0]), "{err}");
        let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
        assert_eq!(schema["enum"], json!(names), "{schema}");
    }
    each(Lang::ALL, Lang::NAMES);
    each(NumberKind::ALL, NumberKind::NAMES);
    each(Convention::ALL, Convention::NAMES);
    each(DocumentKind::ALL, DocumentKind::NAMES);
    each(JournalKind::ALL, JournalKind::NAMES);
    each(&[Severity::Error, Severity::Warning], &["error", "warning"]);
    for rule in Rule::ALL {
        let v = serde_json::to_value(rule).unwrap();
        assert_eq!(v, json!(rule.id()));
        assert_eq!(serde_json::from_value::<Rule>(v).unwrap(), *rule);
    }
}

/// The JSON Schemas of the stored forms name their members.
#[test]
fn stored_forms_have_schemas() {
    let report = serde_json::to_value(schemars::schema_for!(Report)).unwrap();
    for key in ["ok", "found", "truncated", "violations"] {
        assert!(report["properties"].get(key).is_some(), "{report}");
    }
    let number =
        serde_json::to_value(schemars::schema_for!(kazcustoms_core::RegistrationNumber)).unwrap();
    for key in ["kind", "number", "date"] {
        assert!(number["properties"].get(key).is_some(), "{number}");
    }
}
