//! What is particular to the vectors of issue 12 (see tests/vectors/README):
//! every `EV.*` rule but the lifecycle rule `EV.STATE` has an invalid case
//! in `empty_vehicle.json` that breaks it alone, and so do `TERM.LIMIT` and
//! `TERM.BEFORE_START` (the term of arrival); every `S0.*` rule in
//! `goods_declaration_checklist.json`; every `ID.*` rule in `dcd.json`. The
//! files' common sections are walked by `document_vectors.rs`.

mod common;

use common::{rules_broken_alone, Vectors};
use kazcustoms_core::Rule;

fn missing(file: &str, prefix: &str, except: &[&str], also: &[&str]) -> Vec<String> {
    let v = Vectors::load(file);
    let alone = rules_broken_alone(v.cases("invalid"));
    v.assert_catalogued(&alone);
    Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| id.starts_with(prefix) && !except.contains(id))
        .chain(also.iter().copied())
        .filter(|id| !alone.contains(id))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_empty_vehicle_rule_has_a_case_of_its_own() {
    let m = missing(
        "empty_vehicle.json",
        "EV.",
        &["EV.STATE"],
        &["TERM.LIMIT", "TERM.BEFORE_START"],
    );
    assert!(
        m.is_empty(),
        "rules without an invalid case of their own: {m:?}"
    );
}

#[test]
fn every_checklist_rule_has_a_case_of_its_own() {
    let m = missing("goods_declaration_checklist.json", "S0.", &[], &[]);
    assert!(
        m.is_empty(),
        "rules without an invalid case of their own: {m:?}"
    );
}

#[test]
fn every_identification_rule_has_a_case_of_its_own() {
    let m = missing("dcd.json", "ID.", &[], &[]);
    assert!(
        m.is_empty(),
        "rules without an invalid case of their own: {m:?}"
    );
}

#[test]
fn the_empty_vehicle_journal_exports_with_the_annex_headers() {
    let entries = r#"[{"number": 41, "date": "2026-11-10", "destination_office": "Т/П «АҚТӨБЕ-ЦОТО»",
        "blank_number": "0012345", "make_model": "VOLVO FH 460", "arrival_term": "2026-11-12"}]"#;
    let csv = kazcustoms_core::documents::export_journal(
        "empty_vehicles",
        entries,
        "csv",
        kazcustoms_core::Lang::Ru,
    )
    .expect("the entries are consistent");
    let mut lines = csv.lines();
    let header = lines.next().expect("a header");
    assert_eq!(
        header,
        "№,Дата,Таможня назначения,№ бланка свидетельства о ввозе порожних иностранных \
         транспортных средств,\"Марка, модель\",Регистрационный номер транспортного средства,\
         Владелец транспортного средства,ФИО водителя транспортного средства,Страна отправления \
         транспортного средства,Срок прибытия,ФИО должностного лица таможенного органа"
    );
    assert_eq!(
        lines.next(),
        Some("41,10.11.2026,Т/П «АҚТӨБЕ-ЦОТО»,0012345,VOLVO FH 460,,,,,12.11.2026,")
    );
}
