//! Journals issuing numbers: for any issuer a journal accepts, every number
//! it issues parses back (with the reference date it was issued on) to the
//! same number, sequences grow by one within a year, and the saved state
//! reloads to a journal that issues the same next number.
#![no_main]

use chrono::{Datelike, NaiveDate};
use kazcustoms_core::{parse_number, Journal, NumberKind, ParseOptions};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    kind: u8,
    issuer: String,
    recipient: Option<String>,
    /// Days after 2000-01-01 of each issue.
    days: Vec<u16>,
}

fuzz_target!(|input: Input| {
    let kind = kazcustoms_fuzz::pick(NumberKind::ALL, input.kind);
    let journal = match Journal::new(kind, &input.issuer) {
        Ok(journal) => journal,
        Err(err) => return kazcustoms_fuzz::check_error(&err),
    };
    let start = NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date");
    let mut last: Option<(NaiveDate, u32)> = None;
    for &day in input.days.iter().take(64) {
        let date = start + chrono::Days::new(u64::from(day));
        match journal.issue(date, input.recipient.as_deref()) {
            Ok(number) => {
                let text = number.to_string();
                let parsed = parse_number(kind, &text, &ParseOptions::new(date))
                    .unwrap_or_else(|e| panic!("issued {text} does not parse: {e}"));
                assert_eq!(parsed, number);
                assert_eq!(number.date(), date);
                let (sequence, on) = journal.last_issued().expect("a number was issued");
                assert_eq!(on, date);
                if let Some((before, seq)) = last {
                    if before.year() == date.year() {
                        assert_eq!(sequence, seq + 1);
                    } else {
                        assert_eq!(sequence, 1);
                    }
                }
                last = Some((date, sequence));
                let reloaded =
                    Journal::from_json(&journal.to_json()).expect("a saved journal reloads");
                assert_eq!(reloaded.to_json(), journal.to_json());
            }
            Err(err) => kazcustoms_fuzz::check_error(&err),
        }
    }
});
