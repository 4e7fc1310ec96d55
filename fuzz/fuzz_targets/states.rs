//! Saved states: a journal state and a guarantee office state, each read
//! from JSON (the first byte picks which), are refused with a bounded
//! message or reload identically: writing a state read back and reading it
//! again gives the same text, and a reloaded journal issues the number the
//! original would.
#![no_main]

use kazcustoms_core::guarantee::GuaranteeOffice;
use kazcustoms_core::{parse_number, Journal, ParseOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((selector, text)) = kazcustoms_fuzz::split(data) else {
        return;
    };
    if selector % 2 == 0 {
        let journal = match Journal::from_json(&text) {
            Ok(j) => j,
            Err(err) => return kazcustoms_fuzz::check_error(&err),
        };
        let saved = journal.to_json();
        let reloaded = Journal::from_json(&saved).expect("a written journal state reloads");
        assert_eq!(reloaded.to_json(), saved);
        if let Some((_, date)) = journal.last_issued() {
            let a = journal.issue(date, Some("0001"));
            let b = reloaded.issue(date, Some("0001"));
            match (a, b) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a, b);
                    let parsed =
                        parse_number(journal.kind(), &a.to_string(), &ParseOptions::new(date))
                            .unwrap_or_else(|e| panic!("issued {a} does not parse: {e}"));
                    assert_eq!(parsed, a);
                }
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
                (a, b) => panic!("a journal and its reload disagree: {a:?} / {b:?}"),
            }
        }
    } else {
        let office = match GuaranteeOffice::from_json(&text) {
            Ok(o) => o,
            Err(err) => return kazcustoms_fuzz::check_error(&err),
        };
        let saved = office.to_json();
        let reloaded = GuaranteeOffice::from_json(&saved).expect("a written office state reloads");
        assert_eq!(reloaded.to_json(), saved);
    }
});
