//! The shared short-declaration vectors of `tests/vectors/short_declaration.json`
//! (see its README), checked against `documents::validate_json`: valid
//! documents give an empty report, each invalid document reports exactly its
//! set of rule ids, text that is not a short declaration is an
//! `InvalidDocument` error at the expected path, and the next working day
//! after each arrival is the hand-derived one.
//!
//! Every test collects all failing cases and reports them together.

use std::collections::BTreeSet;
use std::path::PathBuf;

use chrono::NaiveDate;
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::short_declaration::ShortDeclaration;
use kazcustoms_core::{Error, Lang, Report, Rule};
use serde_json::{Map, Value};

const FILE: &str = "short_declaration.json";

fn vectors() -> Value {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "tests", "vectors", FILE]
        .iter()
        .collect();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn cases<'a>(v: &'a Value, section: &str) -> &'a [Value] {
    v[section]
        .as_array()
        .unwrap_or_else(|| panic!("{FILE}: {section} is not an array"))
}

fn name(case: &Value) -> &str {
    case["name"].as_str().expect("every case has a name")
}

/// The file's options with the case's keys overriding, as JSON text; a
/// member set to `null` means "not given".
fn options(v: &Value, case: &Value) -> String {
    let mut merged: Map<String, Value> = v["options"]
        .as_object()
        .expect("options is an object")
        .clone();
    if let Some(own) = case.get("options").and_then(Value::as_object) {
        for (k, x) in own {
            merged.insert(k.clone(), x.clone());
        }
    }
    merged.retain(|_, x| !x.is_null());
    Value::Object(merged).to_string()
}

fn rule_set(report: &Report) -> Vec<String> {
    let set: BTreeSet<&str> = report.rule_ids().into_iter().collect();
    set.into_iter().map(str::to_owned).collect()
}

fn validate(v: &Value, case: &Value) -> Result<Report, Error> {
    validate_json(
        "short_declaration",
        &case["document"].to_string(),
        &options(v, case),
    )
}

fn finish(section: &str, total: usize, failures: Vec<String>) {
    assert!(total > 0, "{FILE}: no {section} cases were read");
    if !failures.is_empty() {
        panic!(
            "{} of {total} {section} cases in {FILE} failed:\n\n{}",
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
                // Every violation has a message in each language and a source.
                for x in report.violations() {
                    if x.message.kk.is_empty()
                        || x.message.ru.is_empty()
                        || x.message.en.is_empty()
                        || x.source.is_empty()
                    {
                        failures.push(format!(
                            "{}: {} lacks a message or source",
                            name(case),
                            x.rule
                        ));
                    }
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
        match validate_json("short_declaration", text, &options(&v, case)) {
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

#[test]
fn next_working_day_after_arrival() {
    let v = vectors();
    let all = cases(&v, "deadlines");
    let mut failures = Vec::new();
    let date = |x: &Value| -> NaiveDate {
        x.as_str()
            .and_then(|s| s.parse().ok())
            .expect("an ISO date")
    };
    for case in all {
        let arrival = date(&case["arrival"]);
        let want = date(&case["next_working_day"]);
        let sd = ShortDeclaration {
            arrival_date: Some(arrival),
            ..ShortDeclaration::default()
        };
        let got = sd.filing_deadline(&kazcustoms_core::calendar::WorkingCalendar::kazakhstan());
        if got != Some(want) {
            failures.push(format!(
                "arrival {arrival}: expected {want}, got {got:?} ({})",
                case["note"].as_str().unwrap_or_default()
            ));
        }
    }
    finish("deadlines", all.len(), failures);
}

#[test]
fn every_short_declaration_rule_has_an_invalid_case() {
    let v = vectors();
    let expected: BTreeSet<&str> = cases(&v, "invalid")
        .iter()
        .flat_map(|c| c["rules"].as_array().expect("rules").iter())
        .map(|r| r.as_str().expect("rule id"))
        .collect();
    for id in &expected {
        assert!(
            Rule::from_id(id).is_some(),
            "{FILE} names a rule that is not in the catalogue: {id}"
        );
    }
    let sd: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| id.starts_with("SD."))
        .collect();
    // SD.<n>.REQUIRED for 1–12 and 14–17: sixteen of them, all in the catalogue.
    let required = sd.iter().filter(|id| id.ends_with(".REQUIRED")).count();
    assert_eq!(
        required,
        16 + 2,
        "SD.<n>.REQUIRED ×16, SD.DECLARANT/OFFICER.REQUIRED"
    );
    let missing: Vec<&&str> = sd.iter().filter(|id| !expected.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "SD rules without an invalid case: {missing:?}"
    );
    for id in [
        "NUM.FORMAT",
        "NUM.DATE",
        "NUM.OFFICE",
        "NUM.SEQUENCE",
        "NUM.FUTURE",
    ] {
        assert!(expected.contains(id), "no invalid case expects {id}");
    }
    // Each SD.* rule has a case that breaks it alone.
    let alone: BTreeSet<&str> = cases(&v, "invalid")
        .iter()
        .filter_map(|c| match c["rules"].as_array().expect("rules").as_slice() {
            [only] => only.as_str(),
            _ => None,
        })
        .collect();
    let not_alone: Vec<&&str> = sd.iter().filter(|id| !alone.contains(*id)).collect();
    assert!(
        not_alone.is_empty(),
        "SD rules never broken alone: {not_alone:?}"
    );
}

/// The base document registered in a fresh journal of office 15101: its
/// number, and its annex 8 row in the annex's column order (hand-written).
#[test]
fn registration_and_annex_8_row() {
    use kazcustoms_core::short_declaration::{copies, journal_table};
    use kazcustoms_core::{Journal, NumberKind, ParseOptions};

    let v = vectors();
    let mut sd: ShortDeclaration =
        serde_json::from_value(cases(&v, "valid")[0]["document"].clone()).expect("reads");
    sd.number = None;
    let journal = Journal::new(NumberKind::ShortDeclaration, "15101").expect("journal");
    let day = NaiveDate::from_ymd_opt(2026, 10, 19).expect("date");
    let entry = sd.register(&journal, day).expect("registered");
    assert_eq!(sd.number.as_deref(), Some("15101/19106/000001"));
    assert_eq!(entry.number, 1);
    let second = sd.register(&journal, day).expect("registered again");
    assert_eq!(second.number, 2);
    assert_eq!(sd.number.as_deref(), Some("15101/19106/000002"));
    // A journal of another kind is an input error; so is a backdated issue.
    let dcd_journal = Journal::new(NumberKind::Dcd, "15101").expect("journal");
    assert!(matches!(
        sd.register(&dcd_journal, day),
        Err(Error::InvalidArgument { .. })
    ));
    let earlier = NaiveDate::from_ymd_opt(2026, 10, 16).expect("date");
    assert_eq!(
        sd.register(&journal, earlier).unwrap_err().rule(),
        Some(Rule::JournalBackdated)
    );
    // The row read back from the number equals the row of registration.
    let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"));
    assert_eq!(sd.journal_entry(&opts).expect("entry"), second);

    let table = journal_table(&[entry]);
    let row: Vec<&str> = table.rows[0].iter().map(String::as_str).collect();
    assert_eq!(
        row,
        [
            "1",
            "000417/19106/000058",
            "55201/14106/00317",
            "ТОО «АКТОБЕСТРОЙМОНТАЖ», 030006, Г. АКТОБЕ, УЛ. МАРЕСЬЕВА, 95",
            "ТРУБЫ СТАЛЬНЫЕ ЭЛЕКТРОСВАРНЫЕ 530Х8 ММ; ОТВОДЫ КРУТОИЗОГНУТЫЕ 90° 530Х10 ММ; ЗАДВИЖКИ КЛИНОВЫЕ СТАЛЬНЫЕ ДУ 500",
            "ТОО «ЖАЙСАҢ ТРАНС», 030000, Г. АКТОБЕ, УЛ. САНКИБАЙ БАТЫРА, 22",
            "АВТОМОБИЛЬНЫЙ (30) VOLVO FH / ПОЛУПРИЦЕП 777OPN56 / АК 4521 56",
            "27",
            "20174",
            "3160400.00",
            "643",
            "СВХ ТОО «АКТОБЕ-ТЕРМИНАЛ», 030006, Г. АКТОБЕ, УЛ. МАРЕСЬЕВА, 95",
            "19.12.2026",
            "",
            "",
        ]
    );
    assert_eq!(table.headers.len(), 15);
    for lang in Lang::ALL {
        assert!(table.headers.iter().all(|h| !h.get(lang).is_empty()));
    }
    assert_eq!(
        table.headers[14].en,
        "Number of the declaration (DCD) allowing release from the warehouse"
    );

    let copies = copies();
    assert_eq!(
        copies.iter().map(|c| c.number).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert!(copies[1].destination.en.contains("carrier"));
    assert!(copies[2].destination.kk.contains("УСҚ"));
}
