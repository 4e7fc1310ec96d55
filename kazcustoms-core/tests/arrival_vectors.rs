//! The shared vectors of `tests/vectors/arrival.json` (see its README):
//! registering arrivals under a DCD (`validate("arrival")` and the typed
//! `register_arrival`, its stamp, journal row, state and timeliness), the
//! certificates confirming delivery (`validate("delivery_certificate")`) and
//! DCD lifecycle sequences through arrival.
//!
//! Every test collects all failing cases and reports them together.

use std::collections::BTreeSet;
use std::path::PathBuf;

use chrono::NaiveDate;
use kazcustoms_core::arrival::{arrivals_table, register_arrival, Arrival, ArrivalDocument};
use kazcustoms_core::dcd::{Dcd, DcdState};
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::{Context, Error, Lang, Report, Rule};
use serde_json::{Map, Value};

const FILE: &str = "arrival.json";

fn vectors() -> Value {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "tests", "vectors", FILE]
        .iter()
        .collect();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn cases<'a>(v: &'a Value, group: &str, section: &str) -> &'a [Value] {
    v[group][section]
        .as_array()
        .unwrap_or_else(|| panic!("{FILE}: {group}.{section} is not an array"))
}

fn name(case: &Value) -> &str {
    case["name"].as_str().expect("every case has a name")
}

/// The file's options with the case's keys overriding, as JSON text.
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

fn want_rules(case: &Value, key: &str) -> Vec<String> {
    case[key]
        .as_array()
        .unwrap_or_else(|| panic!("{}: {key} is not a list", name(case)))
        .iter()
        .map(|r| r.as_str().expect("a rule id is a string").to_owned())
        .collect()
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

fn date(x: &Value) -> Option<NaiveDate> {
    x.as_str().map(|s| s.parse().expect("an ISO date"))
}

/// Checks the `expect` member of an arrival case against the typed
/// registration; returns the differences.
fn check_expect(v: &Value, case: &Value) -> Vec<String> {
    let Some(expect) = case.get("expect") else {
        return vec!["no expect member".to_owned()];
    };
    let doc: ArrivalDocument =
        serde_json::from_value(case["document"].clone()).expect("the document reads");
    let ctx = Context::from_json(&options(v, case)).expect("options read");
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

fn run_valid(v: &Value, group: &str, kind: &str, with_expect: bool) {
    let all = cases(v, group, "valid");
    let mut failures = Vec::new();
    for case in all {
        match validate_json(kind, &case["document"].to_string(), &options(v, case)) {
            Ok(report) if report.violations().is_empty() => {}
            Ok(report) => failures.push(format!(
                "{}: expected no violations, got {:?}\n{}",
                name(case),
                rule_set(&report),
                report.to_json(Lang::En)
            )),
            Err(e) => failures.push(format!("{}: unexpected error: {e}", name(case))),
        }
        if with_expect {
            for d in check_expect(v, case) {
                failures.push(format!("{}: {d}", name(case)));
            }
        }
    }
    finish(&format!("{group}.valid"), all.len(), failures);
}

fn run_invalid(v: &Value, group: &str, kind: &str, with_expect: bool) {
    let all = cases(v, group, "invalid");
    let mut failures = Vec::new();
    for case in all {
        let want = want_rules(case, "rules");
        match validate_json(kind, &case["document"].to_string(), &options(v, case)) {
            Ok(report) => {
                let got = rule_set(&report);
                if got != want {
                    failures.push(format!(
                        "{}: expected {want:?}, got {got:?}\n{}",
                        name(case),
                        report.to_json(Lang::En)
                    ));
                }
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
        if with_expect {
            for d in check_expect(v, case) {
                failures.push(format!("{}: {d}", name(case)));
            }
        }
    }
    finish(&format!("{group}.invalid"), all.len(), failures);
}

fn run_input_errors(v: &Value, group: &str, kind: &str) {
    let all = cases(v, group, "input_errors");
    let mut failures = Vec::new();
    for case in all {
        let text = case["document_text"]
            .as_str()
            .expect("document_text is a string");
        let want = case["path"].as_str().expect("path is a string");
        match validate_json(kind, text, &options(v, case)) {
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
    finish(&format!("{group}.input_errors"), all.len(), failures);
}

#[test]
fn valid_arrivals_are_registered_with_an_empty_report() {
    run_valid(&vectors(), "arrivals", "arrival", true);
}

#[test]
fn invalid_arrivals_report_exactly_their_rules() {
    run_invalid(&vectors(), "arrivals", "arrival", true);
}

#[test]
fn arrival_input_errors_name_the_path() {
    run_input_errors(&vectors(), "arrivals", "arrival");
}

#[test]
fn valid_certificates_have_an_empty_report() {
    run_valid(&vectors(), "certificates", "delivery_certificate", false);
}

#[test]
fn invalid_certificates_report_exactly_their_rules() {
    run_invalid(&vectors(), "certificates", "delivery_certificate", false);
}

#[test]
fn certificate_input_errors_name_the_path() {
    run_input_errors(&vectors(), "certificates", "delivery_certificate");
}

#[test]
fn lifecycle_sequences() {
    let v = vectors();
    let dcd: Dcd = serde_json::from_value(v["dcd"].clone()).expect("the file's DCD reads");
    let ctx = Context::from_json(&options(&v, &Value::Null)).expect("options read");
    let all = v["lifecycle"].as_array().expect("lifecycle is a list");
    let mut failures = Vec::new();
    for scenario in all {
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
                match state.transition(to) {
                    Ok(s) => (Vec::new(), s),
                    Err(report) => (rule_set(&report), state),
                }
            } else {
                let arrival: Arrival =
                    serde_json::from_value(step["arrive"].clone()).expect("the arrival reads");
                let record = register_arrival(&dcd, state, &arrival, &ctx);
                (rule_set(&record.report), record.state)
            };
            if got_rules != want_rules || next.name() != want_state {
                failures.push(format!(
                    "{}, step {}: expected {want_rules:?} and {want_state}, got {got_rules:?} and {next}",
                    name(scenario),
                    i + 1
                ));
            }
            state = next;
        }
    }
    finish("lifecycle", all.len(), failures);
}

#[test]
fn every_arrival_and_certificate_rule_has_an_invalid_case() {
    let v = vectors();
    let mut alone = BTreeSet::new();
    let mut expected = BTreeSet::new();
    for group in ["arrivals", "certificates"] {
        for case in cases(&v, group, "invalid") {
            let rules = want_rules(case, "rules");
            if let [only] = rules.as_slice() {
                alone.insert(only.clone());
            }
            expected.extend(rules);
        }
    }
    for scenario in v["lifecycle"].as_array().expect("lifecycle") {
        for step in scenario["steps"].as_array().expect("steps") {
            expected.extend(want_rules(step, "expect_rules"));
        }
    }
    for id in &expected {
        assert!(
            Rule::from_id(id).is_some(),
            "{FILE} names a rule that is not in the catalogue: {id}"
        );
    }
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
    let dcd: Dcd = serde_json::from_value(v["dcd"].clone()).expect("the file's DCD reads");
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
