//! Office scenarios: registration, the lifecycle kept in the registers, the
//! register of failures feeding `GO.REFUSE.PREVIOUS`, tables, save/restore.

use crate::calendar::WorkingCalendar;
use chrono::NaiveDate;

use super::*;
use crate::numbers::{DcdNumber, ParseOptions, ShortDeclarationNumber};
use crate::report::Lang;
use crate::rules::Rule;
use crate::{Context, Error};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn application(name: &str, tax: &str, received: &str, decided: &str) -> Application {
    serde_json::from_value(serde_json::json!({
        "recipient": {"name": name, "address": "АЛМАТЫ", "classifier_code": "12345678", "tax_number": tax},
        "destination_office": "50101",
        "application_date": received,
        "attachments": {"filled_forms": 2, "registration_card": true,
                        "warehouse_contracts": {"held": true, "attached": true}},
        "facts": {"registration_card": true, "storage_contract": true},
        "decision": {"date": decided, "officer": "АХМЕТОВ А."},
        "carriage": {"country_of_dispatch": "CN", "departure_office": "62001",
                     "goods": "НАСОСЫ", "distance_km": 2000},
        "additional_documents": ["СПРАВКА"]
    }))
    .unwrap()
}

fn dcd(text: &str) -> DcdNumber {
    DcdNumber::parse(text, &ParseOptions::new(d(2026, 12, 31))).unwrap()
}

fn ctx() -> Context {
    Context::default()
}

#[test]
fn register_numbers_recipients_and_obligations() {
    let mut office = GuaranteeOffice::new("50101").unwrap();
    let a = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-04");
    let b = application("ТОО «БАРЫС»", "070240005678", "2026-02-03", "2026-02-05");
    let first = office.register(&a, &ctx()).unwrap();
    let second = office.register(&b, &ctx()).unwrap();
    let a2 = application("ТОО «АЛМА»", "060140001234", "2026-02-05", "2026-02-06");
    let third = office.register(&a2, &ctx()).unwrap();
    let n = |o: &Outcome| o.obligation.as_ref().unwrap().number.clone();
    assert_eq!(n(&first), "0001/501/04026/0001");
    assert_eq!(n(&second), "0002/501/05026/0002");
    // the same recipient keeps its number (§15), the journal goes on
    assert_eq!(n(&third), "0001/501/06026/0003");
    assert_eq!(office.recipients().entries().len(), 2);
    assert_eq!(office.obligations().entries().len(), 3);
    assert_eq!(first.state(), GuaranteeState::Registered);
    let ob = first.obligation.unwrap();
    assert_eq!(ob.valid_until, d(2026, 3, 4));
    assert_eq!(ob.state, GuaranteeState::Registered);
    // an obligation of the office validates as a clean document
    let ctx = Context {
        reference: Some(d(2026, 2, 10)),
        ..Context::default()
    };
    assert!(ob
        .to_document()
        .validate(&ctx)
        .unwrap()
        .violations()
        .is_empty());
}

#[test]
fn refused_applications_put_the_recipient_on_record_only() {
    let mut office = GuaranteeOffice::new("50101").unwrap();
    let mut a = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-04");
    a.facts.debt_at_check = true;
    a.facts.registration_card = false;
    let out = office.register(&a, &ctx()).unwrap();
    assert!(out.obligation.is_none());
    assert_eq!(out.state(), GuaranteeState::Refused);
    assert_eq!(
        out.decision.grounds(),
        [Rule::GoConditionCard, Rule::GoRefuseDebt]
    );
    assert_eq!(out.recipient_number.to_string(), "0001");
    assert_eq!(office.recipients().entries().len(), 1);
    assert!(office.obligations().entries().is_empty());
}

#[test]
fn a_late_review_is_reported_but_does_not_refuse() {
    let mut office = GuaranteeOffice::new("50101").unwrap();
    let a = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-06");
    let out = office.register(&a, &ctx()).unwrap();
    assert_eq!(out.decision.report.rule_ids(), ["GO.REVIEW.LATE"]);
    assert!(!out.decision.report.ok());
    assert!(out.decision.may_register());
    assert!(out.decision.grounds().is_empty());
    assert!(out.obligation.is_some());
}

#[test]
fn register_errors_change_nothing() {
    let mut office = GuaranteeOffice::new("50101").unwrap();
    // no distance
    let mut a = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-04");
    a.carriage.distance_km = None;
    assert!(matches!(
        office.register(&a, &ctx()),
        Err(Error::InvalidArgument { .. })
    ));
    // addressed to another office
    let mut b = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-04");
    b.destination_office = Some("62001".into());
    assert!(office.register(&b, &ctx()).is_err());
    // no decision date
    let mut c = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-04");
    c.decision = None;
    assert!(office.register(&c, &ctx()).is_err());
    assert!(office.recipients().entries().is_empty());
    // backdated after a registration
    let ok = application("ТОО «АЛМА»", "060140001234", "2026-02-05", "2026-02-06");
    office.register(&ok, &ctx()).unwrap();
    let early = application("ТОО «БАРЫС»", "070240005678", "2026-02-02", "2026-02-04");
    let err = office.register(&early, &ctx()).unwrap_err();
    assert_eq!(err.rule(), Some(Rule::JournalBackdated));
    assert_eq!(office.recipients().entries().len(), 1);
}

#[test]
fn lifecycle_used_fulfilled() {
    let mut office = GuaranteeOffice::new("50101").unwrap();
    let a = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-04");
    let number = office
        .register(&a, &ctx())
        .unwrap()
        .obligation
        .unwrap()
        .number;
    // not before its term is over
    let early = office.fulfil(&number, &Fulfilment::CustomsDeclaration("X".into()));
    assert_eq!(early.unwrap_err().rule_ids(), ["GO.STATE"]);
    // a DCD dated before registration, or after the term, is refused
    for bad in ["62001/03026/00001", "62001/05036/00001"] {
        let r = office.take_at_departure(&number, &dcd(bad)).unwrap_err();
        assert_eq!(r.rule_ids(), ["GO.STATE"]);
        assert_eq!(r.violation().unwrap().field, "dcd_number");
    }
    let used = office
        .take_at_departure(&number, &dcd("62001/10026/00017"))
        .unwrap();
    assert_eq!(used.dcd_number.as_deref(), Some("62001/10026/00017"));
    let sd = ShortDeclarationNumber::parse("50101/20026/000005", &ParseOptions::new(d(2026, 3, 1)))
        .unwrap();
    let done = office
        .fulfil(&number, &Fulfilment::ShortDeclaration(sd))
        .unwrap();
    assert_eq!(done.state, GuaranteeState::Fulfilled);
    assert_eq!(done.mark(), "50101/20026/000005");
    // final
    assert!(office.expire(&number, d(2026, 4, 1)).is_err());
    // unknown number
    assert_eq!(
        office
            .expire("0009/501/04026/0009", d(2026, 4, 1))
            .unwrap_err()
            .rule_ids(),
        ["GO.STATE"]
    );
    let ctx = Context {
        reference: Some(d(2026, 3, 10)),
        ..Context::default()
    };
    let doc = office.obligation(&number).unwrap().to_document();
    assert!(doc.validate(&ctx).unwrap().violations().is_empty());
}

#[test]
fn a_failed_obligation_refuses_the_next_application() {
    let mut office = GuaranteeOffice::new("50101").unwrap();
    let a = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-04");
    let number = office
        .register(&a, &ctx())
        .unwrap()
        .obligation
        .unwrap()
        .number;
    office
        .take_at_departure(&number, &dcd("62001/10026/00017"))
        .unwrap();
    // not failed while the term runs
    assert_eq!(
        office.fail(&number, d(2026, 3, 4)).unwrap_err().rule_ids(),
        ["GO.STATE"]
    );
    let failed = office.fail(&number, d(2026, 3, 5)).unwrap();
    assert_eq!(failed.state, GuaranteeState::Failed);
    assert_eq!(office.failed().entries().len(), 1);
    assert_eq!(office.failed().entries()[0].recipient_number, "0001");
    let again = application("ТОО «АЛМА»", "060140001234", "2026-03-10", "2026-03-11");
    let out = office.register(&again, &ctx()).unwrap();
    assert_eq!(out.decision.report.rule_ids(), ["GO.REFUSE.PREVIOUS"]);
    assert_eq!(out.decision.report.violations()[0].field, "recipient");
    assert!(out.obligation.is_none());
    // another recipient is not affected
    let other = application("ТОО «БАРЫС»", "070240005678", "2026-03-10", "2026-03-11");
    assert!(office
        .register(&other, &ctx())
        .unwrap()
        .obligation
        .is_some());
}

#[test]
fn an_expired_obligation_refuses_until_it_is_returned() {
    let mut office = GuaranteeOffice::new("50101").unwrap();
    let a = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-04");
    let number = office
        .register(&a, &ctx())
        .unwrap()
        .obligation
        .unwrap()
        .number;
    assert!(office.return_unused(&number, ReturnMark::Kazakh).is_err());
    assert_eq!(
        office
            .expire(&number, d(2026, 3, 4))
            .unwrap_err()
            .rule_ids(),
        ["GO.STATE"]
    );
    office.expire(&number, d(2026, 3, 5)).unwrap();
    // an expired obligation is no longer taken at departure
    assert!(office
        .take_at_departure(&number, &dcd("62001/06036/00001"))
        .is_err());
    let again = application("ТОО «АЛМА»", "060140001234", "2026-03-10", "2026-03-11");
    let decision = office.decide(&again, &ctx()).unwrap();
    assert_eq!(decision.report.rule_ids(), ["GO.REFUSE.PREVIOUS"]);
    let returned = office.return_unused(&number, ReturnMark::Russian).unwrap();
    assert_eq!(returned.returned_mark.as_deref(), Some("ВОЗВРАЩЕНО"));
    assert_eq!(returned.mark(), "ВОЗВРАЩЕНО");
    // §21: returned unused after expiry does not count
    assert!(office
        .decide(&again, &ctx())
        .unwrap()
        .report
        .violations()
        .is_empty());
    assert!(office.failed().entries().is_empty());
}

#[test]
fn tables_follow_the_annexes() {
    let mut office = GuaranteeOffice::new("50101").unwrap();
    let a = application(
        "ТОО «АЛМА, ТРЕЙД»",
        "060140001234",
        "2026-02-02",
        "2026-02-04",
    );
    let number = office
        .register(&a, &ctx())
        .unwrap()
        .obligation
        .unwrap()
        .number;
    office
        .take_at_departure(&number, &dcd("62001/10026/00017"))
        .unwrap();
    office.fail(&number, d(2026, 3, 5)).unwrap();

    let r = office.recipients().table();
    assert_eq!(r.headers.len(), 5);
    assert_eq!(
        r.headers[2].kk,
        "Алушының есепке қою туралы өтініші берілген күн"
    );
    assert_eq!(
        r.rows[0],
        [
            "0001",
            "ТОО «АЛМА, ТРЕЙД»; АЛМАТЫ; 12345678; 060140001234",
            "2026-02-02",
            "СПРАВКА",
            "АХМЕТОВ А."
        ]
    );
    let csv = r.to_csv(Lang::Ru);
    assert!(csv.starts_with("№,\"Наименование, адрес,"), "{csv}");

    let j = office.obligations().table();
    assert_eq!(j.headers.len(), 10);
    assert_eq!(
        j.headers[8].kk,
        "Орындалуы туралы белгі (жүк кедендік декларация, қысқаша декларация N)"
    );
    assert_eq!(
        j.rows[0],
        [
            "1",
            "ТОО «АЛМА, ТРЕЙД»",
            "0001/501/04026/0001",
            "CN",
            "62001",
            "НАСОСЫ",
            "2026-03-04",
            "62001/10026/00017",
            "",
            "АХМЕТОВ А."
        ]
    );
    let json: serde_json::Value = serde_json::from_str(&j.to_json(Lang::En)).unwrap();
    assert_eq!(
        json["rows"][0]["Registration number"],
        "0001/501/04026/0001"
    );

    let f = office.failed().table();
    assert_eq!(f.rows.len(), 1);
    assert_eq!(f.rows[0][3], "0001/501/04026/0001");
    assert_eq!(f.rows[0][6], "2026-03-05");
}

#[test]
fn the_office_is_saved_and_resumed_exactly() {
    let mut office = GuaranteeOffice::new("50101").unwrap();
    let a = application("ТОО «АЛМА»", "060140001234", "2026-02-02", "2026-02-04");
    let number = office
        .register(&a, &ctx())
        .unwrap()
        .obligation
        .unwrap()
        .number;
    office
        .take_at_departure(&number, &dcd("62001/10026/00017"))
        .unwrap();
    let json = office.to_json();
    let mut back = GuaranteeOffice::from_json(&json).unwrap();
    assert_eq!(back.to_json(), json);
    let b = application("ТОО «БАРЫС»", "070240005678", "2026-02-05", "2026-02-06");
    let next = back.register(&b, &ctx()).unwrap().obligation.unwrap();
    assert_eq!(next.number, "0002/501/06026/0002");
    // corrupted states are input errors
    let mut state = office.state();
    state.format = 2;
    assert!(GuaranteeOffice::from_state(&state).is_err());
    let mut state = office.state();
    state.journal.issuer = "62001".into();
    assert!(GuaranteeOffice::from_state(&state).is_err());
    let tampered = json.replace("\"number\":\"0001\"", "\"number\":\"0002\"");
    assert!(GuaranteeOffice::from_json(&tampered).is_err());
    assert!(GuaranteeOffice::from_json("[]").is_err());
}

#[test]
fn a_full_recipients_register_is_an_input_error() {
    let entries: Vec<serde_json::Value> = (1..=MAX_RECIPIENTS)
        .map(|i| {
            serde_json::json!({"number": format!("{i:04}"), "recipient": {"name": format!("R{i}")},
                               "application_date": "2026-02-02"})
        })
        .collect();
    let mut reg: RecipientsRegister = serde_json::from_value(entries.into()).unwrap();
    assert!(reg
        .verify(crate::error::Place::new(crate::Input::Entries, "entries"))
        .is_ok());
    let date = d(2026, 2, 2);
    let last = reg.entries().last().unwrap();
    assert_eq!(last.number, "9999");
    let r = Recipient {
        name: Some("ONE MORE".into()),
        ..Recipient::default()
    };
    assert!(matches!(
        reg.enrol(&r, date, &[], None),
        Err(Error::InvalidArgument { .. })
    ));
    // a known recipient still gets its number
    let known = Recipient {
        name: Some("R6".into()),
        ..Recipient::default()
    };
    assert_eq!(
        reg.enrol(&known, date, &[], None).unwrap().to_string(),
        "0006"
    );
}

#[test]
fn review_deadlines() {
    // received Friday 6 February 2026: Monday 9 and Tuesday 10
    assert_eq!(
        review_deadline(&WorkingCalendar::kazakhstan(), d(2026, 2, 6), 0).unwrap(),
        d(2026, 2, 10)
    );
    // 8 March 2026 (Sunday) moves the day off to Monday 9 March
    assert_eq!(
        review_deadline(&WorkingCalendar::kazakhstan(), d(2026, 3, 5), 0).unwrap(),
        d(2026, 3, 10)
    );
    // an extension ending on a Saturday ends on Monday
    assert_eq!(
        review_deadline(&WorkingCalendar::kazakhstan(), d(2026, 2, 4), 1).unwrap(),
        d(2026, 2, 9)
    );
    // more than 5 counts as 5
    assert_eq!(
        review_deadline(&WorkingCalendar::kazakhstan(), d(2026, 2, 2), 9).unwrap(),
        review_deadline(&WorkingCalendar::kazakhstan(), d(2026, 2, 2), 5).unwrap()
    );
    assert!(review_deadline(&WorkingCalendar::kazakhstan(), d(2012, 12, 28), 0).is_err());
}

#[test]
fn within_the_year() {
    use super::application::within_year;
    assert!(within_year(d(2025, 2, 4), d(2026, 2, 4)));
    assert!(!within_year(d(2025, 2, 3), d(2026, 2, 4)));
    assert!(within_year(d(2026, 2, 4), d(2026, 2, 4)));
    assert!(!within_year(d(2026, 2, 5), d(2026, 2, 4)));
    assert!(within_year(d(2027, 2, 28), d(2028, 2, 29)));
    assert!(!within_year(d(2027, 2, 27), d(2028, 2, 29)));
}

#[test]
fn every_violation_has_three_messages() {
    let doc: GuaranteeDocument = serde_json::from_value(serde_json::json!({
        "number": "0001/151/04026/0001", "destination_office": "50101",
        "valid_until": "2026-03-10", "carriage": {"distance_km": 2000}, "state": "returned",
        "dcd_number": "62001/10026/00017", "fulfilment": {"customs_declaration": "X"},
        "refusal_reasons": ["GO.REFUSE.DEBT"]
    }))
    .unwrap();
    let ctx = Context {
        reference: Some(d(2026, 3, 2)),
        ..Context::default()
    };
    let report = doc.validate(&ctx).unwrap();
    assert!(report.violations().len() >= 5, "{:?}", report.rule_ids());
    for v in report.violations() {
        for &lang in Lang::ALL {
            assert!(!v.message.get(lang).is_empty());
        }
        assert!(!v.source.is_empty());
    }
    let ru = report.to_json(Lang::Ru);
    assert!(
        ru.contains("недопустимый переход состояния гарантийного обязательства"),
        "{ru}"
    );
}
