//! Saved states verified against themselves on load (README, "Saved
//! states"): a guarantee office's state edited in one place is refused as an
//! input error naming the place, and one written by the office loads. The
//! journal states and exported journals' entries are in the shared vectors
//! (`tests/vectors/journal.json`); the cases here need an office's state to
//! edit.

use chrono::NaiveDate;
use kazcustoms_core::guarantee::{Application, Fulfilment, GuaranteeOffice, ReturnMark};
use kazcustoms_core::numbers::{DcdNumber, ShortDeclarationNumber};
use kazcustoms_core::{Context, Error, ErrorClass, Input, Lang, ParseOptions};
use serde_json::{json, Value};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a date")
}

fn application(name: &str, tax: &str, decided: &str) -> Application {
    serde_json::from_value(json!({
        "recipient": {"name": name, "address": "АЛМАТЫ", "classifier_code": "12345678", "tax_number": tax},
        "destination_office": "50101",
        "application_date": decided,
        "attachments": {"filled_forms": 2, "registration_card": true,
                        "warehouse_contracts": {"held": true, "attached": true}},
        "facts": {"registration_card": true, "storage_contract": true},
        "decision": {"date": decided, "officer": "АХМЕТОВ А."},
        "carriage": {"country_of_dispatch": "CN", "departure_office": "62001",
                     "goods": "НАСОСЫ", "distance_km": 2000}
    }))
    .expect("an application")
}

fn dcd(text: &str) -> DcdNumber {
    DcdNumber::parse(text, &ParseOptions::new(d(2026, 12, 31))).expect("a DCD number")
}

/// An office with an obligation in each state the journal holds:
///
/// | # | number | recipient | state |
/// |---|---|---|---|
/// | 0 | 0001/501/04026/0001 | 0001 | fulfilled |
/// | 1 | 0002/501/05026/0002 | 0002 | failed (on the register of failures) |
/// | 2 | 0001/501/06026/0003 | 0001 | returned |
/// | 3 | 0003/501/09026/0004 | 0003 | expired |
/// | 4 | 0004/501/10026/0005 | 0004 | used |
/// | 5 | 0004/501/11026/0006 | 0004 | registered |
fn office() -> GuaranteeOffice {
    let mut office = GuaranteeOffice::new("50101").expect("an office");
    let ctx = Context::default();
    let mut numbers = Vec::new();
    for (name, tax, date) in [
        ("ТОО «АЛМА»", "060140001234", "2026-02-04"),
        ("ТОО «БАРЫС»", "070240005678", "2026-02-05"),
        ("ТОО «АЛМА»", "060140001234", "2026-02-06"),
        ("ТОО «ЖЕТІСУ»", "080340009012", "2026-02-09"),
        ("ИП «ҚАНАТ»", "090440003456", "2026-02-10"),
        ("ИП «ҚАНАТ»", "090440003456", "2026-02-11"),
    ] {
        let outcome = office
            .register(&application(name, tax, date), &ctx)
            .expect("registered");
        numbers.push(outcome.obligation.expect("not refused").number);
    }
    office
        .take_at_departure(&numbers[0], &dcd("62001/10026/00017"))
        .expect("taken");
    let sd = ShortDeclarationNumber::parse("50101/20026/000005", &ParseOptions::new(d(2026, 3, 1)))
        .expect("a short declaration number");
    office
        .fulfil(&numbers[0], &Fulfilment::ShortDeclaration(sd))
        .expect("fulfilled");
    office
        .take_at_departure(&numbers[1], &dcd("62001/11026/00018"))
        .expect("taken");
    office.fail(&numbers[1], d(2026, 3, 20)).expect("failed");
    office.expire(&numbers[2], d(2026, 3, 20)).expect("expired");
    office
        .return_unused(&numbers[2], ReturnMark::Kazakh)
        .expect("returned");
    office.expire(&numbers[3], d(2026, 3, 20)).expect("expired");
    office
        .take_at_departure(&numbers[4], &dcd("62001/12026/00019"))
        .expect("taken");
    office
}

fn state() -> Value {
    serde_json::from_str(&office().to_json()).expect("the state is JSON")
}

/// The error of loading the office's state edited by `edit`.
fn load_edited(edit: impl FnOnce(&mut Value)) -> Error {
    let mut state = state();
    edit(&mut state);
    match GuaranteeOffice::from_json(&state.to_string()) {
        Ok(_) => panic!("the edited state loaded: {state}"),
        Err(e) => e,
    }
}

/// Loading the state edited by `edit` fails at `path`, an input error about
/// the state with a message in each language.
#[track_caller]
fn refused_at(path: &str, edit: impl FnOnce(&mut Value)) {
    let err = load_edited(edit);
    assert_eq!(err.class(), ErrorClass::InvalidDocument, "{err}");
    assert_eq!(err.input(), Some(Input::State), "{err}");
    assert_eq!(err.path(), Some(path), "{err}");
    let [kk, ru, en] = [Lang::Kk, Lang::Ru, Lang::En].map(|l| err.message(l));
    assert!(kk != ru && ru != en && kk != en, "{kk} / {ru} / {en}");
}

fn obligation(state: &mut Value, i: usize) -> &mut Value {
    &mut state["obligations"][i]
}

#[test]
fn the_base_state_loads_and_saves_back_exactly() {
    let office = office();
    let json = office.to_json();
    let back = GuaranteeOffice::from_json(&json).expect("the office's own state loads");
    assert_eq!(back.to_json(), json);
    let states: Vec<&str> = office
        .obligations()
        .entries()
        .iter()
        .map(|o| o.state.name())
        .collect();
    assert_eq!(
        states,
        [
            "fulfilled",
            "failed",
            "returned",
            "expired",
            "used",
            "registered"
        ]
    );
    let back = GuaranteeOffice::from_state(&office.state()).expect("from the state too");
    assert_eq!(back.to_json(), json);
}

#[test]
fn a_journal_that_would_issue_a_number_twice_does_not_load() {
    // The journal holds sequence 6 of 2026; a journal claiming 5 would issue
    // 0004/501/11026/0006 (or another recipient's …/0006) a second time.
    refused_at("state.journal.last_sequence", |s| {
        s["journal"]["last_sequence"] = json!(5);
    });
    // A journal that has issued nothing holds no number.
    refused_at("state.journal.last_sequence", |s| {
        s["journal"]["last_sequence"] = json!(0);
        s["journal"]["last_date"] = Value::Null;
    });
    // An obligation registered after the journal's last date.
    refused_at("state.journal.last_date", |s| {
        s["journal"]["last_date"] = json!("2026-02-10");
    });
    // The next year starts again at 1: sequence 1 of 2027 cannot collide.
    let mut s = state();
    s["journal"]["last_date"] = json!("2027-01-04");
    s["journal"]["last_sequence"] = json!(1);
    let mut office = GuaranteeOffice::from_json(&s.to_string()).expect("a later year loads");
    let next = office
        .register(
            &application("ТОО «АЛМА»", "060140001234", "2027-01-05"),
            &Context::default(),
        )
        .expect("registered")
        .obligation
        .expect("not refused");
    assert_eq!(next.number, "0001/501/05017/0002");
}

#[test]
fn the_loaded_journal_goes_on_after_the_last_number() {
    let mut office = GuaranteeOffice::from_json(&office().to_json()).expect("loads");
    let next = office
        .register(
            &application("ТОО «БАРЫС-2»", "070240009999", "2026-03-02"),
            &Context::default(),
        )
        .expect("registered")
        .obligation
        .expect("not refused");
    assert_eq!(next.number, "0005/501/02036/0007");
    let numbers: std::collections::HashSet<&str> = office
        .obligations()
        .entries()
        .iter()
        .map(|o| o.number.as_str())
        .collect();
    assert_eq!(numbers.len(), 7);
}

#[test]
fn numbers_are_held_once() {
    refused_at("state.obligations[6].number", |s| {
        let copy = s["obligations"][5].clone();
        s["obligations"].as_array_mut().expect("a list").push(copy);
    });
    // Another recipient's number with the same sequence of the same year.
    refused_at("state.obligations[6].number", |s| {
        let mut copy = s["obligations"][5].clone();
        copy["number"] = json!("0001/501/11026/0006");
        copy["recipient_number"] = json!("0001");
        s["obligations"].as_array_mut().expect("a list").push(copy);
    });
}

#[test]
fn recipients_are_numbered_in_order_and_entered_once() {
    refused_at("state.recipients[2].number", |s| {
        s["recipients"][2]["number"] = json!("0004");
    });
    refused_at("state.recipients[1].recipient.tax_number", |s| {
        s["recipients"][1]["recipient"]["tax_number"] = json!(" 060140001234 ");
    });
    // The same name is the same recipient where one of the two has no
    // taxpayer number (as the office finds recipients).
    refused_at("state.recipients[1].recipient.name", |s| {
        s["recipients"][1]["recipient"]["name"] = json!("ТОО «АЛМА»");
        s["recipients"][1]["recipient"]["tax_number"] = Value::Null;
    });
    refused_at("state.recipients[2].recipient.name", |s| {
        s["recipients"][0]["recipient"]["tax_number"] = Value::Null;
        s["recipients"][2]["recipient"]["name"] = json!("ТОО «АЛМА»");
    });
    // The same name with two taxpayer numbers is two recipients.
    let mut s = state();
    s["recipients"][1]["recipient"]["name"] = json!("ТОО «АЛМА»");
    assert!(GuaranteeOffice::from_json(&s.to_string()).is_ok());
    // Every obligation's recipient is on the register.
    refused_at("state.obligations[4].recipient_number", |s| {
        s["recipients"].as_array_mut().expect("a list").pop();
    });
}

#[test]
fn each_obligation_matches_its_number() {
    refused_at("state.obligations[5].number", |s| {
        obligation(s, 5)["number"] = json!("0004/501/11026/006");
    });
    refused_at("state.obligations[5].registered", |s| {
        obligation(s, 5)["registered"] = json!("2026-02-12");
    });
    refused_at("state.obligations[5].recipient_number", |s| {
        obligation(s, 5)["recipient_number"] = json!("0001");
    });
    refused_at("state.obligations[5].destination_office", |s| {
        obligation(s, 5)["destination_office"] = json!("50102");
    });
    refused_at("state.obligations[5].number", |s| {
        obligation(s, 5)["number"] = json!("0004/502/11026/0006");
    });
    refused_at("state.obligations[5].valid_until", |s| {
        obligation(s, 5)["valid_until"] = json!("2026-02-10");
    });
}

#[test]
fn each_state_carries_the_marks_of_the_steps_into_it() {
    // applied and refused obligations are never in the journal
    for state in ["applied", "refused"] {
        refused_at("state.obligations[5].state", |s| {
            obligation(s, 5)["state"] = json!(state);
        });
    }
    // fulfilled ⇒ one declaration number
    refused_at("state.obligations[0].fulfilment", |s| {
        obligation(s, 0)["fulfilment"] = Value::Null;
    });
    refused_at("state.obligations[0].fulfilment", |s| {
        obligation(s, 0)["fulfilment"] =
            json!({"short_declaration": null, "customs_declaration": null});
    });
    refused_at("state.obligations[0].fulfilment", |s| {
        obligation(s, 0)["fulfilment"]["customs_declaration"] = json!("15101/161026/0001234");
    });
    // a mark of fulfilment ⇒ fulfilled
    refused_at("state.obligations[4].fulfilment", |s| {
        obligation(s, 4)["fulfilment"] = json!({"customs_declaration": "15101/161026/0001234"});
    });
    // taken at departure ⇔ used, fulfilled, failed; within the term
    refused_at("state.obligations[4].dcd_number", |s| {
        obligation(s, 4)["dcd_number"] = Value::Null;
    });
    refused_at("state.obligations[0].dcd_number", |s| {
        obligation(s, 0)["dcd_number"] = Value::Null;
    });
    refused_at("state.obligations[5].dcd_number", |s| {
        obligation(s, 5)["dcd_number"] = json!("62001/12026/00020");
    });
    refused_at("state.obligations[3].dcd_number", |s| {
        obligation(s, 3)["dcd_number"] = json!("62001/12026/00020");
    });
    refused_at("state.obligations[4].dcd_number", |s| {
        obligation(s, 4)["dcd_number"] = json!("62001/11036/00019"); // after the term
    });
    refused_at("state.obligations[4].dcd_number", |s| {
        obligation(s, 4)["dcd_number"] = json!("62001/09026/00019"); // before registration
    });
    refused_at("state.obligations[4].dcd_number", |s| {
        obligation(s, 4)["dcd_number"] = json!("НЕ НОМЕР");
    });
    // returned ⇔ ҚАЙТАРЫЛДЫ / ВОЗВРАЩЕНО
    refused_at("state.obligations[2].returned_mark", |s| {
        obligation(s, 2)["returned_mark"] = Value::Null;
    });
    refused_at("state.obligations[2].returned_mark", |s| {
        obligation(s, 2)["returned_mark"] = json!("RETURNED");
    });
    refused_at("state.obligations[3].returned_mark", |s| {
        obligation(s, 3)["returned_mark"] = json!("ВОЗВРАЩЕНО");
    });
    // a state the marks do not fit: fulfilled without ever being taken
    refused_at("state.obligations[5].fulfilment", |s| {
        obligation(s, 5)["state"] = json!("fulfilled");
        obligation(s, 5)["dcd_number"] = json!("62001/12026/00020");
    });
}

#[test]
fn failures_name_failed_obligations_of_the_journal() {
    // a failed obligation is on the register of failures
    refused_at("state.obligations[1].state", |s| {
        s["failed"] = json!([]);
    });
    refused_at("state.failed[0].obligation", |s| {
        s["failed"][0]["obligation"] = json!("0002/501/05026/0009");
    });
    refused_at("state.failed[0].obligation", |s| {
        s["failed"][0]["obligation"] = json!("0001/501/04026/0001");
        s["failed"][0]["recipient_number"] = json!("0001");
    });
    refused_at("state.failed[1].obligation", |s| {
        let copy = s["failed"][0].clone();
        s["failed"].as_array_mut().expect("a list").push(copy);
    });
    for (field, value) in [
        ("recipient_number", json!("0001")),
        ("recipient", json!("ТОО «АЛМА»")),
        ("dcd_number", json!("62001/11026/00099")),
        ("valid_until", json!("2026-03-06")),
    ] {
        refused_at(&format!("state.failed[0].{field}"), |s| {
            s["failed"][0][field] = value;
        });
    }
    refused_at("state.failed[0].entered", |s| {
        s["failed"][0]["entered"] = s["failed"][0]["valid_until"].clone();
    });
}

#[test]
fn the_frame_of_the_state() {
    refused_at("state.format", |s| s["format"] = json!(2));
    refused_at("state.office", |s| s["office"] = json!("5010"));
    refused_at("state.office", |s| s["office"] = json!("00000"));
    refused_at("state.journal.kind", |s| {
        s["journal"]["kind"] = json!("dcd")
    });
    refused_at("state.journal.issuer", |s| {
        s["journal"]["issuer"] = json!("50102")
    });
    refused_at("state.journal.format", |s| {
        s["journal"]["format"] = json!(0)
    });
    refused_at("state.journal.last_sequence", |s| {
        s["journal"]["last_sequence"] = json!(10_000)
    });
}

#[test]
fn a_key_given_twice_is_refused_where_it_is() {
    let json = office().to_json();
    let twice = |at: &str, extra: &str| {
        let edited = json.replacen(at, &format!("{extra}{at}"), 1);
        assert_ne!(edited, json, "{at} is in the state");
        GuaranteeOffice::from_json(&edited).expect_err("a repeated key is refused")
    };
    let err = twice(r#""office":"#, r#""office":"50101","#);
    assert_eq!(err.path(), Some("state.office"));
    // the same value twice is refused too: the text was edited
    let err = twice(r#""state":"returned""#, r#""state":"expired","#);
    assert_eq!(err.path(), Some("state.obligations[2].state"));
    assert_eq!(err.input(), Some(Input::State));
    let err = twice(r#""last_sequence""#, r#""last_sequence":9,"#);
    assert_eq!(err.path(), Some("state.journal.last_sequence"));
    assert!(err.message(Lang::En).contains("\"last_sequence\""), "{err}");
}

#[test]
fn a_reference_date_refuses_a_journal_dated_after_it() {
    let json = office().to_json();
    // the journal's last number is dated 2026-02-11
    assert!(GuaranteeOffice::from_json_at(&json, d(2026, 2, 11)).is_ok());
    let err = GuaranteeOffice::from_json_at(&json, d(2026, 2, 10)).expect_err("after it");
    assert_eq!(err.path(), Some("state.journal.last_date"));
    let state = office().state();
    assert!(GuaranteeOffice::from_state_at(&state, d(2026, 2, 11)).is_ok());
    let err = GuaranteeOffice::from_state_at(&state, d(2026, 2, 10)).expect_err("after it");
    assert_eq!(err.path(), Some("state.journal.last_date"));
}
