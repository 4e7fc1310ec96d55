//! The shared test vectors of `tests/vectors/` (see its README), checked
//! against the Rust core: registration numbers and `normalize`, the delivery
//! deadline rule, journals, and the МРП by date and purpose.
//!
//! Every test collects all failing cases and reports them together, each
//! named by its file, index and content, so one run shows every disagreement.

mod common;

use std::fmt::Display;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use common::Failures;
use kazcustoms_core::{
    check_deadline, delivery_deadline, normalize, parse_number, resolve_year, Convention,
    DcdNumber, Distance, EscortNumber, GuaranteeNumber, Journal, NumberKind, OfficeDirectory,
    ParseOptions, RegistrationNumber, SecurityNumber, ShortDeclarationNumber, TswNumber,
};
use serde_json::Value;

fn date(v: &Value) -> NaiveDate {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("not a date string: {v}"));
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?}: {e}"))
}

fn opt_str(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// A short, printable label for a case: its index, kind, text (escaped and
/// cut to 60 characters) and note.
fn label(file: &str, i: usize, case: &Value, text_key: &str) -> String {
    let text = case.get(text_key).and_then(Value::as_str).unwrap_or("");
    let mut shown: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        shown.push_str(&format!("…({} chars)", text.chars().count()));
    }
    let kind = case.get("kind").and_then(Value::as_str).unwrap_or("-");
    let note = case.get("note").and_then(Value::as_str).unwrap_or("");
    format!("{file}[{i}] {kind} {shown:?} ({note})")
}

/// Parses `text` with the typed parser `T` and checks that it agrees with
/// `parse_number`, that `Display` gives back the text, that parsing the
/// display again gives the same number, that serde writes its kind, text and
/// date and reads them back, and that
/// `FromStr` (reference date today) round-trips whenever today resolves the
/// year digit the same way.
fn typed_round_trip<T>(
    f: &mut Failures,
    case: &str,
    text: &str,
    opts: &ParseOptions<'_>,
    any: &RegistrationNumber,
    parse: fn(&str, &ParseOptions<'_>) -> Result<T, kazcustoms_core::NumberError>,
) where
    T: Display + FromStr + PartialEq + std::fmt::Debug + Into<RegistrationNumber> + Copy,
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let n = match parse(text, opts) {
        Ok(n) => n,
        Err(e) => {
            f.check(false, case, || format!("typed parse failed: {e}"));
            return;
        }
    };
    f.eq(case, "typed parse == parse_number", n.into(), *any);
    f.eq(case, "typed Display", n.to_string(), text.to_owned());
    match parse(&n.to_string(), opts) {
        Ok(again) => f.eq(case, "Display then parse", again, n),
        Err(e) => f.check(false, case, || format!("reparse of Display failed: {e}")),
    }
    let stored = serde_json::json!({
        "kind": any.kind().name(),
        "number": text,
        "date": any.date().to_string(),
    });
    f.eq(
        case,
        "serde",
        serde_json::to_value(n).ok(),
        Some(stored.clone()),
    );
    f.eq(
        case,
        "serde read back",
        serde_json::from_value::<T>(stored).ok(),
        Some(n),
    );
    let today = kazcustoms_core::today();
    let digit = (any.date().year().rem_euclid(10)) as u8;
    let same_year = resolve_year(digit, today.year()) == any.date().year();
    if same_year && any.date() <= today && opts.offices.is_none() {
        match T::from_str(text) {
            Ok(m) => {
                f.eq(case, "FromStr", m, n);
                f.eq(case, "FromStr then Display", m.to_string(), text.to_owned());
            }
            Err(_) => f.check(false, case, || "FromStr failed".to_owned()),
        }
    }
}

fn code_str(c: Option<kazcustoms_core::Code>) -> Option<String> {
    c.map(|c| c.to_string())
}

#[test]
fn numbers() {
    common::each_indexed("numbers", numbers_in);
}

/// [`numbers`] of one file of the index.
fn numbers_in(file: &str, doc: &Value) {
    let reference = date(&doc["reference"]);
    let codes: Vec<&str> = doc["offices"]
        .as_array()
        .expect("offices")
        .iter()
        .map(|v| v.as_str().expect("office code"))
        .collect();
    let dir = OfficeDirectory::new(codes).expect("office directory");
    let cases = doc["cases"].as_array().expect("cases");
    let mut f = Failures::default();
    for (i, case) in cases.iter().enumerate() {
        let name = label(file, i, case, "text");
        let kind: NumberKind = case["kind"]
            .as_str()
            .and_then(|k| k.parse().ok())
            .unwrap_or_else(|| panic!("{name}: unknown kind"));
        let text = case["text"].as_str().expect("text");
        let reference = case.get("reference").map_or(reference, date);
        let mut opts = ParseOptions::new(reference);
        if case.get("use_offices").and_then(Value::as_bool) == Some(true) {
            opts = opts.with_offices(&dir);
        }
        let result = parse_number(kind, text, &opts);
        if case["valid"].as_bool() == Some(true) {
            let n = match result {
                Ok(n) => n,
                Err(e) => {
                    f.check(false, &name, || format!("expected valid, got {e}"));
                    continue;
                }
            };
            f.eq(&name, "kind", n.kind(), kind);
            f.eq(&name, "date", n.date(), date(&case["date"]));
            f.eq(
                &name,
                "sequence",
                u64::from(n.sequence()),
                case["sequence"].as_u64().expect("sequence"),
            );
            f.eq(
                &name,
                "office",
                code_str(n.office()),
                opt_str(case, "office"),
            );
            f.eq(
                &name,
                "office_prefix",
                code_str(n.office_prefix()),
                opt_str(case, "office_prefix"),
            );
            f.eq(
                &name,
                "recipient",
                code_str(n.recipient()),
                opt_str(case, "recipient"),
            );
            f.eq(
                &name,
                "licence",
                code_str(n.licence()),
                opt_str(case, "licence"),
            );
            f.eq(&name, "to_string", n.to_string(), text.to_owned());
            match kind {
                NumberKind::Dcd => {
                    typed_round_trip(&mut f, &name, text, &opts, &n, DcdNumber::parse)
                }
                NumberKind::Guarantee => {
                    typed_round_trip(&mut f, &name, text, &opts, &n, GuaranteeNumber::parse)
                }
                NumberKind::ShortDeclaration => typed_round_trip(
                    &mut f,
                    &name,
                    text,
                    &opts,
                    &n,
                    ShortDeclarationNumber::parse,
                ),
                NumberKind::Tsw => {
                    typed_round_trip(&mut f, &name, text, &opts, &n, TswNumber::parse)
                }
                NumberKind::Escort => {
                    typed_round_trip(&mut f, &name, text, &opts, &n, EscortNumber::parse)
                }
                NumberKind::Security => {
                    typed_round_trip(&mut f, &name, text, &opts, &n, SecurityNumber::parse)
                }
            }
        } else {
            let want = case["rule"].as_str().expect("rule");
            match result {
                Ok(n) => f.check(false, &name, || format!("expected {want}, parsed as {n}")),
                Err(e) => {
                    f.eq(&name, "rule", e.rule().id(), want);
                    f.eq(&name, "error kind", e.kind(), kind);
                    f.check(e.to_string().starts_with(want), &name, || {
                        format!(
                            "message {:?} does not start with the rule id",
                            e.to_string()
                        )
                    });
                }
            }
        }
    }
    f.finish_checks(file, cases.len());
}

#[test]
fn normalize_cases() {
    common::each_indexed("numbers", normalize_cases_in);
}

/// [`normalize_cases`] of one file of the index.
fn normalize_cases_in(file: &str, doc: &Value) {
    let cases = doc["normalize"].as_array().expect("normalize");
    let mut f = Failures::default();
    for (i, case) in cases.iter().enumerate() {
        let name = label("numbers.json normalize", i, case, "input");
        let input = case["input"].as_str().expect("input");
        let want = case["output"].as_str().expect("output");
        let got = normalize(input);
        f.eq(&name, "normalize", got.as_str(), want);
        f.eq(&name, "idempotent", normalize(&got), got.clone());
    }
    f.finish_checks(file, cases.len());
}

fn km(v: &Value) -> f64 {
    match v {
        Value::Number(n) => n.as_f64().expect("km"),
        Value::String(s) => match s.as_str() {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            "-Infinity" => f64::NEG_INFINITY,
            other => panic!("unknown distance string {other:?}"),
        },
        other => panic!("not a distance: {other}"),
    }
}

#[test]
fn deadlines() {
    common::each_indexed("deadline", deadlines_in);
}

/// [`deadlines`] of one file of the index.
fn deadlines_in(file: &str, doc: &Value) {
    let cases = doc["deadlines"].as_array().expect("deadlines");
    let mut f = Failures::default();
    for (i, case) in cases.iter().enumerate() {
        let name = format!("{file} deadlines[{i}] {case}");
        let start = date(&case["start"]);
        let distance = match Distance::from_km(km(&case["km"])) {
            Ok(d) => d,
            Err(e) => {
                f.check(false, &name, || format!("distance refused: {e}"));
                continue;
            }
        };
        for (convention, key) in [
            (Convention::Calendar, "calendar"),
            (Convention::ThirtyDay, "thirty_day"),
        ] {
            let want = date(&case[key]);
            match delivery_deadline(start, distance, convention) {
                Ok(got) => f.eq(&name, key, got, want),
                Err(e) => f.check(false, &name, || format!("{key}: {e}")),
            }
            // The limit itself is in time; the day after is not.
            if let Ok(report) = check_deadline(start, distance, want, convention) {
                f.check(report.ok(), &name, || format!("{key}: the limit is not ok"));
            }
            if let Some(next) = want.succ_opt() {
                if let Ok(report) = check_deadline(start, distance, next, convention) {
                    f.eq(&name, key, report.rule_ids(), vec!["TERM.LIMIT"]);
                }
            }
        }
    }
    let total = cases.len();

    let checks = doc["checks"].as_array().expect("checks");
    for (i, case) in checks.iter().enumerate() {
        let name = format!("{file} checks[{i}] {case}");
        let convention: Convention = case["convention"]
            .as_str()
            .and_then(|c| c.parse().ok())
            .unwrap_or_else(|| panic!("{name}: bad convention"));
        let want: Vec<&str> = case["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .map(|r| r.as_str().expect("rule id"))
            .collect();
        let distance = Distance::from_km(km(&case["km"])).expect("distance");
        match check_deadline(
            date(&case["start"]),
            distance,
            date(&case["proposed"]),
            convention,
        ) {
            Ok(report) => {
                f.eq(&name, "rules", report.rule_ids(), want.clone());
                f.eq(&name, "ok", report.ok(), want.is_empty());
            }
            Err(e) => f.check(false, &name, || format!("error {e}")),
        }
    }

    let bad = doc["bad_distances"].as_array().expect("bad_distances");
    for (i, v) in bad.iter().enumerate() {
        let name = format!("{file} bad_distances[{i}] {v}");
        match Distance::from_km(km(v)) {
            Ok(d) => f.check(false, &name, || format!("accepted as {} m", d.metres())),
            Err(e) => f.eq(&name, "input error (no rule)", e.rule(), None),
        }
    }
    f.finish_checks(file, total + checks.len() + bad.len());
}

fn expect_input_error(f: &mut Failures, name: &str, err: &kazcustoms_core::Error) {
    f.check(
        matches!(err, kazcustoms_core::Error::InvalidArgument { .. }),
        name,
        || format!("expected an input error, got {err}"),
    );
}

#[test]
fn journal_scenarios() {
    common::each_indexed("journal", journal_scenarios_in);
}

/// [`journal_scenarios`] of one file of the index.
fn journal_scenarios_in(file: &str, doc: &Value) {
    let scenarios = doc["scenarios"].as_array().expect("scenarios");
    let mut f = Failures::default();
    let mut total = 0;
    for (i, sc) in scenarios.iter().enumerate() {
        let sname = format!(
            "{file} scenarios[{i}] {:?}",
            sc["name"].as_str().unwrap_or("")
        );
        let journal = match sc.get("state").filter(|s| !s.is_null()) {
            Some(state) => Journal::from_json(&state.to_string()),
            None => {
                let kind: NumberKind = sc["kind"]
                    .as_str()
                    .and_then(|k| k.parse().ok())
                    .unwrap_or_else(|| panic!("{sname}: bad kind"));
                Journal::new(kind, sc["issuer"].as_str().expect("issuer"))
            }
        };
        let journal = match journal {
            Ok(j) => j,
            Err(e) => {
                f.check(false, &sname, || format!("cannot create the journal: {e}"));
                continue;
            }
        };
        if let Some(state) = sc.get("state").filter(|s| !s.is_null()) {
            let saved: Value = serde_json::from_str(&journal.to_json()).expect("to_json");
            f.eq(&sname, "resumed state", &saved, state);
        }
        for (j, step) in sc["steps"].as_array().expect("steps").iter().enumerate() {
            total += 1;
            let name = format!("{sname} step {j} {step}");
            let before = journal.to_json();
            let recipient = step.get("recipient").and_then(Value::as_str);
            let result = journal.issue(date(&step["date"]), recipient);
            if let Some(want) = step.get("expect").and_then(Value::as_str) {
                match result {
                    Ok(n) => {
                        f.eq(&name, "issued", n.to_string(), want.to_owned());
                        f.eq(&name, "kind", n.kind(), journal.kind());
                        f.eq(&name, "date", n.date(), date(&step["date"]));
                        f.eq(
                            &name,
                            "last_issued",
                            journal.last_issued(),
                            Some((n.sequence(), n.date())),
                        );
                    }
                    Err(e) => f.check(false, &name, || format!("refused: {e}")),
                }
            } else {
                match result {
                    Ok(n) => f.check(false, &name, || format!("issued {n}, expected a refusal")),
                    Err(e) => {
                        match step.get("expect_rule").and_then(Value::as_str) {
                            Some(rule) => f.eq(&name, "rule", e.rule().map(|r| r.id()), Some(rule)),
                            None => {
                                f.eq(
                                    &name,
                                    "expect_error",
                                    step["expect_error"].as_str(),
                                    Some("input"),
                                );
                                expect_input_error(&mut f, &name, &e);
                            }
                        }
                        f.eq(
                            &name,
                            "a refused step changes nothing",
                            journal.to_json(),
                            before,
                        );
                    }
                }
            }
            // Saving and resuming gives the same journal at every step.
            match Journal::from_json(&journal.to_json()) {
                Ok(resumed) => f.eq(&name, "save/resume", resumed.state(), journal.state()),
                Err(e) => f.check(false, &name, || format!("cannot resume its own state: {e}")),
            }
        }
        if let Some(want) = sc.get("final_state").filter(|s| !s.is_null()) {
            let got: Value = serde_json::from_str(&journal.to_json()).expect("to_json");
            f.eq(&sname, "final_state", &got, want);
        }
    }

    let bad_issuers = doc["bad_issuers"].as_array().expect("bad_issuers");
    for (i, case) in bad_issuers.iter().enumerate() {
        let name = label("journal.json bad_issuers", i, case, "issuer");
        let kind: NumberKind = case["kind"]
            .as_str()
            .and_then(|k| k.parse().ok())
            .unwrap_or_else(|| panic!("{name}: bad kind"));
        match Journal::new(kind, case["issuer"].as_str().expect("issuer")) {
            Ok(_) => f.check(false, &name, || "accepted".to_owned()),
            Err(e) => match case.get("expect_rule").and_then(Value::as_str) {
                Some(rule) => f.eq(&name, "rule", e.rule().map(|r| r.id()), Some(rule)),
                None => expect_input_error(&mut f, &name, &e),
            },
        }
    }

    let bad_states = doc["bad_states"].as_array().expect("bad_states");
    let want = &doc["bad_states_error"];
    let (class, input) = (want["error"].as_str(), want["input"].as_str());
    assert_eq!(
        (class, input),
        (Some("invalid_document"), Some("state")),
        "{file}: bad_states_error"
    );
    for (i, state) in bad_states.iter().enumerate() {
        let text = state.as_str().expect("a bad state is a string");
        let name = format!("{file} bad_states[{i}] {text:?}");
        match Journal::from_json(text) {
            Ok(j) => f.check(false, &name, || format!("accepted as {}", j.to_json())),
            Err(e) => f.eq(
                &name,
                "class and input",
                (Some(e.class().name()), e.input().map(|x| x.name())),
                (class, input),
            ),
        }
    }
    f.finish_checks(file, total + bad_issuers.len() + bad_states.len());
}

#[test]
fn mrp_values() {
    common::each_indexed("mrp", mrp_values_in);
}

/// [`mrp_values`] of one file of the index: every value, every input error
/// (with its message in each language naming what `message_contains`
/// lists), and the covered range and purposes the file states.
fn mrp_values_in(file: &str, doc: &Value) {
    use kazcustoms_core::reference::{mrp, mrp_ranges, MrpPurpose};
    use kazcustoms_core::Lang;

    let mut f = Failures::default();
    let values = doc["values"].as_array().expect("values");
    let errors = doc["input_errors"].as_array().expect("input_errors");
    for (i, case) in values.iter().enumerate() {
        let name = format!("{file} values[{i}] {case}");
        let purpose: MrpPurpose = case["purpose"]
            .as_str()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("{name}: not a purpose"));
        let want = case["expect"].as_u64().expect("expect");
        match mrp(date(&case["date"]), purpose) {
            Ok(got) => f.eq(&name, "МРП", u64::from(got), want),
            Err(e) => f.check(false, &name, || format!("unexpected error: {e}")),
        }
    }
    for (i, case) in errors.iter().enumerate() {
        let name = format!("{file} input_errors[{i}] {case}");
        let result = case["purpose"]
            .as_str()
            .expect("purpose is a string")
            .parse::<MrpPurpose>()
            .map_err(kazcustoms_core::Error::from)
            .and_then(|p| mrp(date(&case["date"]), p));
        match result {
            Ok(v) => f.check(false, &name, || format!("answered {v}, expected an error")),
            Err(e) => {
                f.eq(
                    &name,
                    "class",
                    e.class().name(),
                    case["error"].as_str().expect("error"),
                );
                f.eq(&name, "rule", e.rule(), None);
                let wanted = case.get("message_contains").and_then(Value::as_array);
                for lang in Lang::ALL {
                    let m = e.message(*lang);
                    f.check(!m.is_empty(), &name, || format!("no {lang} message"));
                    for part in wanted.into_iter().flatten() {
                        let part = part.as_str().expect("a string");
                        f.check(m.contains(part), &name, || {
                            format!("{lang} message {m:?} lacks {part:?}")
                        });
                    }
                }
            }
        }
    }
    // What the file says the table covers is what the table covers.
    let covers: Vec<&str> = doc["covers"]
        .as_array()
        .expect("covers")
        .iter()
        .map(|v| v.as_str().expect("a date"))
        .collect();
    let first = mrp_ranges().first().map(|r| r.from.to_string());
    let last = mrp_ranges()
        .last()
        .map(|r| format!("{}-12-31", r.from.year()));
    f.eq(
        file,
        "covers",
        vec![first, last],
        covers.iter().map(|c| Some((*c).to_owned())).collect(),
    );
    let purposes: Vec<&str> = doc["purposes"]
        .as_array()
        .expect("purposes")
        .iter()
        .map(|v| v.as_str().expect("a purpose"))
        .collect();
    f.eq(file, "purposes", purposes.as_slice(), MrpPurpose::NAMES);
    f.finish_checks(file, values.len() + errors.len());
}

#[test]
fn journal_state_and_entries_checks() {
    common::each_indexed("journal", journal_checks_in);
}

/// The `state_checks` and `entries_checks` of one journal file: each
/// state loads (and saves back the same) or is refused at its path, with a
/// reference date where the case gives one; each journal's entries export
/// or are refused at their path.
fn journal_checks_in(file: &str, doc: &Value) {
    let mut f = Failures::default();
    let states = doc["state_checks"].as_array().expect("state_checks");
    for (i, case) in states.iter().enumerate() {
        let name = format!("{file} state_checks[{i}] {:?}", case["name"]);
        let text = case["text"].as_str().expect("text");
        let loaded = match case.get("reference").filter(|r| !r.is_null()) {
            Some(r) => Journal::from_json_at(text, date(r)),
            None => Journal::from_json(text),
        };
        match (loaded, case["path"].as_str()) {
            (Ok(j), None) => {
                let back: Value = serde_json::from_str(&j.to_json()).expect("to_json");
                let given: Value = serde_json::from_str(text).expect("the text is JSON");
                f.eq(&name, "saved back", back, given);
            }
            (Ok(j), Some(path)) => f.check(false, &name, || {
                format!("accepted as {}, expected a refusal at {path}", j.to_json())
            }),
            (Err(e), want) => {
                f.eq(&name, "path", e.path(), want);
                f.eq(&name, "input", e.input().map(|i| i.name()), Some("state"));
            }
        }
    }
    let entries = doc["entries_checks"].as_array().expect("entries_checks");
    for (i, case) in entries.iter().enumerate() {
        let name = format!("{file} entries_checks[{i}] {:?}", case["name"]);
        let journal = case["journal"].as_str().expect("journal");
        let text = case["entries_text"].as_str().expect("entries_text");
        let exported = kazcustoms_core::documents::export_journal(
            journal,
            text,
            "csv",
            kazcustoms_core::Lang::En,
        );
        match (exported, case["path"].as_str()) {
            (Ok(_), None) => {}
            (Ok(_), Some(path)) => f.check(false, &name, || {
                format!("exported, expected a refusal at {path}")
            }),
            (Err(e), want) => {
                f.eq(&name, "path", e.path(), want);
                f.eq(&name, "input", e.input().map(|i| i.name()), Some("entries"));
            }
        }
    }
    f.finish_checks(file, states.len() + entries.len());
}
