//! What is particular to the customs-escort vectors of
//! `tests/vectors/escort.json`: every `ESC.*` rule has an invalid case that
//! breaks it alone, the fee arithmetic is shown in the message in every
//! language, the teams of the convoys are `teams_needed`, and a registered
//! escort exports as its annex 4 journal. The common sections are walked by
//! the index harness, `document_vectors.rs`.

mod common;

use chrono::NaiveDate;
use common::{expected_rules, rules_broken_alone, Vectors};
use kazcustoms_core::documents::export_journal;
use kazcustoms_core::escort::{teams_needed, EscortDocument};
use kazcustoms_core::{Journal, Lang, NumberKind, Rule};

fn vectors() -> Vectors {
    Vectors::load("escort.json")
}

#[test]
fn every_escort_rule_has_a_case_that_breaks_it_alone() {
    let v = vectors();
    let expected = expected_rules(v.cases("invalid"));
    v.assert_catalogued(&expected);
    let alone = rules_broken_alone(v.cases("invalid"));
    let ours: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| id.starts_with("ESC."))
        .collect();
    assert_eq!(ours.len(), 25, "twenty-five ESC.* rules");
    let missing: Vec<&&str> = ours.iter().filter(|id| !alone.contains(**id)).collect();
    assert!(missing.is_empty(), "ESC rules without a case: {missing:?}");
    for id in ["NUM.FORMAT", "NUM.OFFICE", "NUM.DATE"] {
        assert!(expected.contains(id), "{id} has no escort case");
    }
}

#[test]
fn the_fee_message_shows_the_arithmetic_in_every_language() {
    let v = vectors();
    let case = v
        .cases("invalid")
        .iter()
        .find(|c| c["name"] == "fee computed with last year's МРП")
        .expect("the fee case");
    let report = v.validate(case).unwrap();
    let fee = &report.violations()[0];
    assert_eq!(fee.rule.id(), "ESC.FEE.AMOUNT");
    assert_eq!(fee.field, "decision.fee.amount_tenge");
    for lang in Lang::ALL {
        let m = fee.message.get(*lang);
        assert!(m.contains("10 × 4325 = 43250"), "{lang:?}: {m}");
        assert!(m.contains("39320"), "{lang:?}: {m}");
    }
    assert_eq!(fee.source, "R2 §13; annex 1");
}

#[test]
fn the_convoys_have_the_teams_they_need() {
    let v = vectors();
    for case in v.cases("valid") {
        let doc: EscortDocument = serde_json::from_value(case["document"].clone()).unwrap();
        let (Some(plan), Ok(n)) = (&doc.plan_task, u32::try_from(doc.convoy.len())) else {
            continue;
        };
        let need = teams_needed(n).unwrap();
        assert!(
            plan.teams.len() >= need as usize,
            "{}: {n} vehicles, {} teams",
            case["name"],
            plan.teams.len()
        );
    }
    assert_eq!(teams_needed(25).unwrap(), 3);
    assert_eq!(
        teams_needed(0).unwrap_err().class().name(),
        "invalid_argument"
    );
}

#[test]
fn a_registered_escort_exports_as_its_journal() {
    let v = vectors();
    let case = &v.cases("valid")[0];
    let mut doc: EscortDocument = serde_json::from_value(case["document"].clone()).unwrap();
    let journal = Journal::new(NumberKind::Escort, "55201").unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
    let entry = doc.register(&journal, date).unwrap();
    assert_eq!(entry.escort_number, "0001-55201-05116");
    let plan = doc.plan_task.as_ref().unwrap();
    assert_eq!(plan.number.as_deref(), Some("0001-55201-05116"));
    assert_eq!(entry.dcd_number, "55201/05116/00317");
    assert_eq!(entry.payment_document, "000417");
    let entries = serde_json::to_string(std::slice::from_ref(&entry)).unwrap();
    let csv = export_journal("escorts", &entries, "csv", Lang::Kk).unwrap();
    assert!(csv.starts_with("р/б N,"));
    assert!(csv.contains("0001-55201-05116"));
    // The same number twice, and a sequence that is not the number's.
    let twice = serde_json::to_string(&[entry.clone(), {
        let mut e = entry.clone();
        e.number = 2;
        e
    }])
    .unwrap();
    let err = export_journal("escorts", &twice, "csv", Lang::En).unwrap_err();
    assert_eq!(err.path(), Some("entries[1].escort_number"));
    let signed = r#"[{"number": 1, "leader_signed": true}]"#;
    let err = export_journal("escorts", signed, "csv", Lang::En).unwrap_err();
    assert_eq!(err.path(), Some("entries[0].leader_signed"));
    let again = r#"[{"number": 1, "date": "2026-11-05"}, {"number": 1, "date": "2026-12-01"}]"#;
    let err = export_journal("escorts", again, "csv", Lang::En).unwrap_err();
    assert_eq!(err.path(), Some("entries[1].number"));
    // A document journal of another kind is refused.
    let other = Journal::new(NumberKind::Dcd, "55201").unwrap();
    assert!(doc.register(&other, date).is_err());
}
