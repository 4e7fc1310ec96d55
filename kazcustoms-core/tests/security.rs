//! The security document's journal (R3 §10–§11, annex 2) and its related
//! documents in the context: issuing numbers from the journal, the entries
//! checked as a saved state, the table in three languages, and the option
//! `security_documents`. The document rules themselves run from
//! `tests/vectors/security.json` (document_vectors.rs).

use chrono::NaiveDate;
use kazcustoms_core::documents::{export_journal, validate_json, JournalKind};
use kazcustoms_core::error::ErrorClass;
use kazcustoms_core::security::{SecurityDocument, SecurityEntry};
use kazcustoms_core::{Context, Journal, Lang, NumberKind, ParseOptions};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

fn base() -> serde_json::Value {
    let vectors: serde_json::Value =
        serde_json::from_str(include_str!("vectors/security.json")).expect("JSON");
    vectors["valid"][0]["document"].clone()
}

#[test]
fn registering_issues_the_next_number_of_the_office_journal() {
    let journal = Journal::new(NumberKind::Security, "55201").expect("journal");
    let mut first = SecurityDocument::default();
    let mut second = SecurityDocument::default();
    assert_eq!(
        first
            .register(&journal, day(10, 13))
            .expect("issued")
            .number,
        1
    );
    let entry = second.register(&journal, day(10, 14)).expect("issued");
    assert_eq!(entry.number, 2);
    assert_eq!(second.number.as_deref(), Some("55201/14106/00002"));
    // JOURNAL.BACKDATED: not earlier than the last number issued.
    let err = SecurityDocument::default()
        .register(&journal, day(10, 12))
        .unwrap_err();
    assert_eq!(err.rule().map(|r| r.id()), Some("JOURNAL.BACKDATED"));
    // Only a security journal issues security numbers.
    let other = Journal::new(NumberKind::Dcd, "55201").expect("journal");
    let err = SecurityDocument::default()
        .register(&other, day(10, 14))
        .unwrap_err();
    assert_eq!(err.class(), ErrorClass::InvalidArgument);
}

#[test]
fn the_journal_row_of_a_registered_document_is_the_forms() {
    let doc: SecurityDocument = serde_json::from_value(base()).expect("reads");
    let opts = ParseOptions::new(day(11, 22));
    let row = doc.journal_entry(&opts).expect("row");
    let saved: SecurityEntry =
        serde_json::from_value(base()["journal"].clone()).expect("journal row");
    assert_eq!(row.number, 88);
    assert_eq!(row.payer, saved.payer);
    assert_eq!(row.tax_number, saved.tax_number);
    assert_eq!(row.invoice_value, Some(20_289_768.0));
    assert_eq!(row.security_amount, Some(1_100_000.0));
    assert_eq!(row.security_type, "7.2");
    assert_eq!(row.dcd_number, "55201/14106/00317");
    assert_eq!(row.certificate_number, "0042");
    assert!(SecurityDocument::default().journal_entry(&opts).is_err());
}

#[test]
fn the_journal_exports_in_three_languages() {
    let entries = r#"[{"number": 88, "payer": "ТОО «АСМ»", "security_amount": 1100000,
                       "security_type": "bank_guarantee", "dcd_number": "55201/14106/00317"}]"#;
    let en = export_journal("security_journal", entries, "csv", Lang::En).expect("csv");
    assert!(
        en.starts_with("No,Payer,Enterprise classifier code,"),
        "{en}"
    );
    assert!(en.contains(",1100000.00,7.2,"), "{en}");
    let ru = export_journal("security_journal", entries, "csv", Lang::Ru).expect("csv");
    assert!(ru.starts_with("№ п/п,Наименование плательщика,"), "{ru}");
    let kk = export_journal("security_journal", entries, "json", Lang::Kk).expect("json");
    assert!(kk.contains("Төлеушінің атауы"), "{kk}");
    assert_eq!(
        JournalKind::SecurityJournal
            .table_from_json("[]")
            .expect("table")
            .headers
            .len(),
        14
    );
}

#[test]
fn saved_entries_are_checked_against_each_other() {
    let check = |json: &str| {
        JournalKind::SecurityJournal
            .table_from_json(json)
            .map(|_| ())
    };
    assert!(check(r#"[{"number": 1}, {"number": 2, "dcd_number": "55201/14106/00317"}]"#).is_ok());
    for (entries, path) in [
        (r#"[{"number": 7}, {"number": 7}]"#, "entries[1].number"),
        (r#"[{"number": 0}]"#, "entries[0].number"),
        (r#"[{"number": 100000}]"#, "entries[0].number"),
        (
            r#"[{"number": 1, "dcd_number": "55201/14106/00317"}, {"number": 2, "dcd_number": "55201/14106/00317"}]"#,
            "entries[1].dcd_number",
        ),
        (
            r#"[{"number": 1, "certificate_number": "0042"}]"#,
            "entries[0].certificate_number",
        ),
        (
            r#"[{"number": 1, "dcd_number": "55201/14106/00317", "conclusion": "ПАЙДАЛАНЫЛДЫ"}]"#,
            "entries[0].conclusion",
        ),
        (
            r#"[{"number": 1, "security_type": "7.5"}]"#,
            "entries[0].security_type",
        ),
        (
            r#"[{"number": 1, "security_amount": -1}]"#,
            "entries[0].security_amount",
        ),
        (
            r#"[{"number": 1, "invoice_value": 1e300}]"#,
            "entries[0].invoice_value",
        ),
    ] {
        let err = check(entries).unwrap_err();
        assert_eq!(err.class(), ErrorClass::InvalidDocument, "{entries}");
        assert_eq!(err.path(), Some(path), "{entries}");
    }
}

#[test]
fn related_documents_are_read_with_the_options() {
    let options = serde_json::json!({"reference": "2026-11-22", "security_documents": [base()]});
    let ctx = Context::from_json(&options.to_string()).expect("options");
    assert_eq!(ctx.security_documents.len(), 1);
    assert_eq!(ctx.security_documents[0].goods.len(), 20);
    // The related documents' rows count against the items limit.
    let options = serde_json::json!({"security_documents": [base()], "limits": {"items": 21}});
    let err = Context::from_json(&options.to_string()).unwrap_err();
    assert_eq!(err.path(), Some("options.security_documents"));
    // A delivery certificate naming another number than the one given.
    let cert = r#"{"date": "2026-10-19", "number": "0042",
        "destination_office": {"name": "Т/П «АҚТӨБЕ-ЦОТО»"}, "dcd_number": "55201/14106/00317",
        "security": {"number": "55201/13106/00089", "date": "2026-10-13", "office": {"name": "Т/П «ЖАЙСАҢ»"}},
        "official": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "signed": true}, "sealed": true}"#;
    let options = serde_json::json!({"reference": "2026-11-22", "security_documents": [base()]});
    let report = validate_json("delivery_certificate", cert, &options.to_string()).expect("report");
    assert_eq!(report.rule_ids(), ["SEC.LINK.NUMBER"]);
    let v = &report.violations()[0];
    assert_eq!(v.field, "security.number");
    assert!(
        v.message
            .en
            .contains("55201/13106/00089 ≠ 55201/13106/00088"),
        "{}",
        v.message.en
    );
}
