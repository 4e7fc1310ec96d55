//! `validate_json` for every document kind of the registry: the first byte
//! picks the kind from `DocumentKind::ALL` (a kind added to the registry is
//! fuzzed without a new target), the rest is the document's JSON text. A
//! report agrees with itself in the three languages and is the same when the
//! document is validated again; an error has bounded messages and, for a
//! document that cannot be read, the path of the `document` input.
#![no_main]

use kazcustoms_core::documents::validate_json;
use kazcustoms_core::{DocumentKind, Input};
use libfuzzer_sys::fuzz_target;

const OPTIONS: &str = r#"{"reference": "2026-11-22"}"#;

fuzz_target!(|data: &[u8]| {
    let Some((selector, text)) = kazcustoms_fuzz::split(data) else {
        return;
    };
    let kind = kazcustoms_fuzz::pick(DocumentKind::ALL, selector);
    match validate_json(kind.name(), &text, OPTIONS) {
        Ok(report) => {
            kazcustoms_fuzz::check_report(&report);
            let again = validate_json(kind.name(), &text, OPTIONS).expect("validates again");
            assert_eq!(again, report, "validating twice gives two reports");
        }
        Err(err) => {
            kazcustoms_fuzz::check_error(&err);
            if err.input() == Some(Input::Document) {
                let path = err.path().expect("a document error has a path");
                assert!(path.starts_with("document"), "{path}");
            }
        }
    }
});
