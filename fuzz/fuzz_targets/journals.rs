//! Journal export for every journal of the registry (the first byte picks
//! it from `JournalKind::ALL`): entries are refused with a bounded message
//! at a path under `entries`, or export as CSV and JSON in the three
//! languages, and entries written back read back to the same text.
#![no_main]

use kazcustoms_core::documents::export_journal;
use kazcustoms_core::tables::TableFormat;
use kazcustoms_core::JournalKind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((selector, text)) = kazcustoms_fuzz::split(data) else {
        return;
    };
    let journal = kazcustoms_fuzz::pick(JournalKind::ALL, selector);
    let written = match journal.entries_json(&text) {
        Ok(w) => w,
        Err(err) => {
            kazcustoms_fuzz::check_error(&err);
            if let Some(path) = err.path() {
                assert!(path.starts_with("entries"), "{path}");
            }
            return;
        }
    };
    assert_eq!(
        journal
            .entries_json(&written)
            .expect("written entries read back"),
        written
    );
    journal
        .table_from_json(&text)
        .expect("checked entries make a table");
    for lang in kazcustoms_fuzz::LANGS {
        for format in TableFormat::ALL {
            let out = export_journal(journal.name(), &text, format.name(), lang).expect("exports");
            if *format == TableFormat::Json {
                let v: serde_json::Value = serde_json::from_str(&out).expect("JSON export is JSON");
                assert!(v.is_object() || v.is_array());
            } else {
                assert!(out.ends_with("\r\n"));
            }
        }
    }
});
