//! What is particular to the short-declaration vectors of
//! `tests/vectors/short_declaration.json` (see its README): the next working
//! day after each arrival is the hand-derived one (`deadlines`), every `SD.*`
//! rule has an invalid case, and the registration of the base document. The
//! file's common sections are walked by the index harness,
//! `document_vectors.rs`.

mod common;

use chrono::NaiveDate;
use common::{expected_rules, rules_broken_alone, Vectors};
use kazcustoms_core::short_declaration::ShortDeclaration;
use kazcustoms_core::{Error, Lang, Rule};
use serde_json::Value;

fn vectors() -> Vectors {
    Vectors::load("short_declaration.json")
}

#[test]
fn next_working_day_after_arrival() {
    let v = vectors();
    let date = |x: &Value| -> NaiveDate {
        x.as_str()
            .and_then(|s| s.parse().ok())
            .expect("an ISO date")
    };
    v.each_case("deadlines", |case, f| {
        let arrival = date(&case["arrival"]);
        let want = date(&case["next_working_day"]);
        let sd = ShortDeclaration {
            arrival_date: Some(arrival),
            ..ShortDeclaration::default()
        };
        let got = sd.filing_deadline(&kazcustoms_core::calendar::WorkingCalendar::kazakhstan());
        if got != Some(want) {
            f.push(format!(
                "arrival {arrival}: expected {want}, got {got:?} ({})",
                case["note"].as_str().unwrap_or_default()
            ));
        }
    });
}

#[test]
fn every_short_declaration_rule_has_an_invalid_case() {
    let v = vectors();
    let expected = expected_rules(v.cases("invalid"));
    v.assert_catalogued(&expected);
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
    let alone = rules_broken_alone(v.cases("invalid"));
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
        serde_json::from_value(v.cases("valid")[0]["document"].clone()).expect("reads");
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
    for &lang in Lang::ALL {
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
