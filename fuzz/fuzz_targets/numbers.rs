//! Numbers of every kind: a number that parses prints back exactly as it
//! was written (the parse is strict), parses again to the same number, and
//! `normalize` is idempotent; a refusal names a `NUM.*` rule and has a
//! bounded message.
#![no_main]

use chrono::NaiveDate;
use kazcustoms_core::numbers::NUMBER_RULES;
use kazcustoms_core::{normalize, parse_number, NumberKind, ParseOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let reference = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
    let options = ParseOptions::new(reference);
    let normal = normalize(text);
    assert_eq!(normalize(&normal), normal, "normalize is not idempotent");
    for &kind in NumberKind::ALL {
        for candidate in [text, normal.as_str()] {
            match parse_number(kind, candidate, &options) {
                Ok(number) => {
                    assert_eq!(
                        number.to_string(),
                        candidate,
                        "{kind:?} does not print back"
                    );
                    let again = parse_number(kind, &number.to_string(), &options)
                        .expect("a printed number parses");
                    assert_eq!(again, number);
                }
                Err(err) => {
                    assert!(NUMBER_RULES.contains(&err.rule()), "{err:?}");
                    let message = err.to_string();
                    assert!(
                        message.len() <= kazcustoms_fuzz::MAX_MESSAGE,
                        "{} bytes",
                        message.len()
                    );
                }
            }
        }
    }
});
