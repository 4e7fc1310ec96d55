//! What is particular to the vectors of `tests/vectors/arrival.json` (see
//! its README): the typed registration of each arrival (`register_arrival`:
//! its stamp, journal row, state and timeliness, the `expect` records), the
//! DCD lifecycle scenarios through arrival (`scenarios`), the coverage of
//! the `ARRIVAL.*` and `CERT.*` rules and the annex 2 row. The file's common
//! sections (arrivals and certificates validated) are walked by the index
//! harness, `document_vectors.rs`.
//!
//! Every test collects all failing cases and reports them together.

mod common;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use common::{name, rule_set, want_rules, Failures, Vectors};
use kazcustoms_core::arrival::{arrivals_table, register_arrival, Arrival, ArrivalDocument};
use kazcustoms_core::dcd::{Dcd, DcdState};
use kazcustoms_core::lifecycle::Lifecycle;
use kazcustoms_core::{Context, Lang, Rule};
use serde_json::Value;

fn vectors() -> Vectors {
    Vectors::load("arrival.json")
}

fn date(x: &Value) -> Option<NaiveDate> {
    x.as_str().map(|s| s.parse().expect("an ISO date"))
}

/// Checks the `expect` member of an arrival case against the typed
/// registration; returns the differences.
fn check_expect(v: &Vectors, case: &Value) -> Vec<String> {
    let Some(expect) = case.get("expect") else {
        return vec!["no expect member".to_owned()];
    };
    let doc: ArrivalDocument =
        serde::Deserialize::deserialize(&case["document"]).expect("the document reads");
    let ctx = Context::from_json(&v.options(case)).expect("options read");
    let record = doc.register(&ctx);
    let mut diffs = Vec::new();
    let mut same = |what: &str, got: String, want: String| {
        if got != want {
            diffs.push(format!("{what}: expected {want}, got {got}"));
        }
    };
    same(
        "registered",
        record.registered.to_string(),
        expect["registered"].to_string(),
    );
    same(
        "state",
        record.state.name().to_owned(),
        expect["state"].as_str().unwrap_or_default().to_owned(),
    );
    same(
        "delivered_on",
        format!("{:?}", record.delivered_on),
        format!("{:?}", date(&expect["delivered_on"])),
    );
    same(
        "deadline",
        format!("{:?}", record.deadline),
        format!("{:?}", date(&expect["deadline"])),
    );
    same(
        "in_time",
        format!("{:?}", record.in_time),
        format!("{:?}", expect["in_time"].as_bool()),
    );
    same(
        "stamp present",
        record.stamp.is_some().to_string(),
        record.registered.to_string(),
    );
    same(
        "journal entry present",
        record.entry.is_some().to_string(),
        record.registered.to_string(),
    );
    if let Some(stamp) = expect.get("stamp") {
        let got = record
            .stamp
            .clone()
            .unwrap_or_else(|| kazcustoms_core::arrival::ArrivalStamp {
                kk: String::new(),
                ru: String::new(),
            });
        same(
            "stamp kk",
            format!("{:?}", got.kk),
            format!("{:?}", stamp["kk"].as_str().unwrap_or_default()),
        );
        same(
            "stamp ru",
            format!("{:?}", got.ru),
            format!("{:?}", stamp["ru"].as_str().unwrap_or_default()),
        );
    }
    if let Some(row) = expect.get("journal_row") {
        let want: Vec<String> = row
            .as_array()
            .expect("journal_row is a list")
            .iter()
            .map(|c| c.as_str().expect("a cell is a string").to_owned())
            .collect();
        let got = record
            .entry
            .as_ref()
            .map(|e| arrivals_table(std::slice::from_ref(e)).rows[0].clone())
            .unwrap_or_default();
        same("journal row", format!("{got:?}"), format!("{want:?}"));
    }
    if record.registered {
        // The stamp D to put on the DCD carries the arrival's date and officer.
        let stamp_d = record.stamp_d.clone().unwrap_or_default();
        same(
            "stamp_d date",
            format!("{:?}", stamp_d.date),
            format!("{:?}", record.delivered_on),
        );
    }
    diffs
}

/// The arrival cases (the file's own kind) of `valid` and `invalid`: each
/// has an `expect` record, and the typed registration matches it.
#[test]
fn registrations_match_their_expect() {
    let v = vectors();
    let mut failures = Failures::default();
    let mut total = 0;
    for section in ["valid", "invalid"] {
        for case in v.cases(section).iter().filter(|c| v.kind(c) == "arrival") {
            total += 1;
            for d in check_expect(&v, case) {
                failures.push(format!("{}: {d}", name(case)));
            }
        }
    }
    failures.finish(&v.file, "valid and invalid arrival", total);
}

#[test]
fn lifecycle_scenarios() {
    let v = vectors();
    let dcd: Dcd<'_> =
        serde::Deserialize::deserialize(&v.json["dcd"]).expect("the file's DCD reads");
    let ctx = Context::from_json(&v.options(&Value::Null)).expect("options read");
    v.each_case("scenarios", |scenario, f| {
        let mut state: DcdState = scenario["start"]
            .as_str()
            .expect("start")
            .parse()
            .expect("a state");
        for (i, step) in scenario["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .enumerate()
        {
            let want_rules = want_rules(step, "expect_rules");
            let want_state = step["expect_state"].as_str().expect("expect_state");
            let (got_rules, next) = if let Some(to) = step.get("to") {
                let to: DcdState = to.as_str().expect("to").parse().expect("a state");
                match Lifecycle::transition(state, to) {
                    Ok(s) => (Vec::new(), s),
                    Err(e) => (e.rule().map(|r| r.id().to_owned()).into_iter().collect(), state),
                }
            } else {
                let arrival: Arrival =
                    serde_json::from_value(step["arrive"].clone()).expect("the arrival reads");
                let record = register_arrival(&dcd, state, &arrival, &ctx);
                (rule_set(&record.report), record.state)
            };
            if got_rules != want_rules || next.name() != want_state {
                f.push(format!(
                    "{}, step {}: expected {want_rules:?} and {want_state}, got {got_rules:?} and {next}",
                    name(scenario),
                    i + 1
                ));
            }
            state = next;
        }
    });
}

#[test]
fn every_arrival_and_certificate_rule_has_an_invalid_case() {
    let v = vectors();
    let mut alone = BTreeSet::new();
    let mut expected = BTreeSet::new();
    for case in v.cases("invalid") {
        let rules = want_rules(case, "rules");
        if let [only] = rules.as_slice() {
            alone.insert(only.clone());
        }
        expected.extend(rules);
    }
    for scenario in v.cases("scenarios") {
        for step in scenario["steps"].as_array().expect("steps") {
            expected.extend(want_rules(step, "expect_rules"));
        }
    }
    v.assert_catalogued(&expected);
    let ours: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| id.starts_with("ARRIVAL.") || id.starts_with("CERT."))
        .collect();
    assert_eq!(ours.len(), 6 + 11, "six ARRIVAL.* and eleven CERT.* rules");
    let missing: Vec<&&str> = ours.iter().filter(|id| !alone.contains(**id)).collect();
    assert!(
        missing.is_empty(),
        "rules without a case that breaks them alone: {missing:?}"
    );
    for id in [
        "DCD.STATE",
        "DCD.7.REQUIRED",
        "DCD.50.DEADLINE",
        "NUM.FORMAT",
        "NUM.DATE",
        "NUM.OFFICE",
        "NUM.SEQUENCE",
        "NUM.FUTURE",
    ] {
        assert!(expected.contains(id), "no case expects {id}");
    }
}

/// The file's DCD in the DCD registration journal (annex 2), hand-written.
#[test]
fn annex_2_row_of_the_dcd() {
    use kazcustoms_core::arrival::{dcd_register_table, DcdRegisterEntry};
    use kazcustoms_core::ParseOptions;

    let v = vectors();
    let dcd: Dcd<'_> =
        serde::Deserialize::deserialize(&v.json["dcd"]).expect("the file's DCD reads");
    let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"));
    let entry = DcdRegisterEntry::from_dcd(&dcd, "0841277", &opts).expect("registered DCD");
    let table = dcd_register_table(&[entry]);
    let row: Vec<&str> = table.rows[0].iter().map(String::as_str).collect();
    assert_eq!(
        row,
        [
            "317",
            "14.10.2026",
            "0841277",
            "55201/14106/00317",
            "ООО «ОРЕНБУРГСКИЙ ТРУБНЫЙ ЗАВОД», 460048, РОССИЯ, Г. ОРЕНБУРГ, ПР. ПОБЕДЫ, 118",
            "ТОО «АКТОБЕСТРОЙМОНТАЖ», 030006, КАЗАХСТАН, Г. АКТОБЕ, УЛ. МАРЕСЬЕВА, 95",
            "ТОО «ЖАЙСАҢ ТРАНС», 030000, Г. АКТОБЕ, УЛ. САНКИБАЙ БАТЫРА, 22",
            "ТРУБЫ СТАЛЬНЫЕ ЭЛЕКТРОСВАРНЫЕ ПРЯМОШОВНЫЕ 530Х8 ММ, СТ3СП, ГОСТ 10704-91, ДЛИНА 11,7 М, 36 ШТ (7305319000); \
ОТВОДЫ КРУТОИЗОГНУТЫЕ 90° 530Х10 ММ, СТ20, ГОСТ 17375-2001, 24 ШТ (7307930000); \
ЗАДВИЖКИ КЛИНОВЫЕ СТАЛЬНЫЕ 30С41НЖ ДУ 500 РУ 16, С РУЧНЫМ ПРИВОДОМ, 4 ШТ (8481808199)",
            "27",
            "20.174 / 19.930",
            "643",
            "3160400.00",
            "Т/П «АҚТӨБЕ-ЦОТО»",
            "VOLVO FH 777OPN56 / ПОЛУПРИЦЕП АК 4521 56",
            "НУРЛАНОВ Е.С., 0217",
            "",
        ]
    );
    assert_eq!(table.headers.len(), 16);
    assert_eq!(table.headers[9].ru, "Вес брутто-нетто (тонн)");
    assert!(table
        .to_csv(Lang::Kk)
        .starts_with("№,Күні,ЖБҚ бланкісінің нөмірі,"));
    // An unregistered DCD has no row.
    assert!(DcdRegisterEntry::from_dcd(&Dcd::default(), "", &opts).is_err());
    // The arrivals journal has the fourteen columns of annex 9.
    let t = arrivals_table(&[]);
    assert_eq!(t.headers.len(), 14);
    assert_eq!(t.headers[3].en, "Short or cargo customs declaration number");
}
