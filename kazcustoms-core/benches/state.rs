//! Benchmarks of resuming a guarantee office from a large saved state: a
//! destination office after 25 years of work, 9 999 recipients (a full
//! register) and 200 000 obligations (8 000 a year, in every final state and
//! some still open, a failure entry for each failed one), about 47 MB of
//! JSON. `GuaranteeOffice::from_json` reads and verifies it; loading must be
//! linear in the size of the state (the closing note of issue 9 gives the
//! figures before and after).
//!
//! `cargo bench -p kazcustoms-core --bench state -- --warm-up-time 1 --measurement-time 10`

use std::fmt::Write as _;
use std::hint::black_box;

use chrono::{Datelike, Days, NaiveDate};
use criterion::{criterion_main, Criterion};
use kazcustoms_core::guarantee::{GuaranteeOffice, OfficeState};

const RECIPIENTS: u32 = 9_999;
const PER_YEAR: u32 = 8_000;
const FIRST_YEAR: i32 = 2001;
const YEARS: i32 = 25;

/// `DDMMY` of a date.
fn ddmmy(d: NaiveDate) -> String {
    format!("{:02}{:02}{}", d.day(), d.month(), d.year().rem_euclid(10))
}

/// The JSON of a consistent office state with `years` years of obligations.
fn office_state(years: i32) -> String {
    let mut recipients = String::new();
    for r in 1..=RECIPIENTS {
        if r > 1 {
            recipients.push(',');
        }
        let _ = write!(
            recipients,
            r#"{{"number":"{r:04}","recipient":{{"name":"R{r}","address":"ALMATY, ABAY {r}","classifier_code":"12345678","tax_number":"{:012}"}},"application_date":"2001-01-01","additional_documents":[],"officer":"АХМЕТОВ А."}}"#,
            60_014_000_000u64 + u64::from(r)
        );
    }
    let (mut obligations, mut failed) = (String::new(), String::new());
    let mut last = None;
    let mut i: u32 = 0;
    for year in FIRST_YEAR..FIRST_YEAR + years {
        let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).expect("1 January");
        for seq in 1..=PER_YEAR {
            let registered = jan1 + Days::new(u64::from((seq - 1) * 365 / PER_YEAR));
            let until = registered + Days::new(30);
            let taken = registered + Days::new(2);
            let recipient = i % RECIPIENTS + 1;
            let number = format!("{recipient:04}/501/{}/{seq:04}", ddmmy(registered));
            let dcd = format!("62001/{}/{:05}", ddmmy(taken), seq);
            let (state, dcd_number, fulfilment, returned) = match i % 10 {
                0 => (
                    "returned",
                    "null".to_owned(),
                    "null".to_owned(),
                    r#""ВОЗВРАЩЕНО""#,
                ),
                1 => ("failed", format!("{dcd:?}"), "null".to_owned(), "null"),
                2 => ("expired", "null".to_owned(), "null".to_owned(), "null"),
                3 => ("used", format!("{dcd:?}"), "null".to_owned(), "null"),
                4 | 5 => ("registered", "null".to_owned(), "null".to_owned(), "null"),
                _ => (
                    "fulfilled",
                    format!("{dcd:?}"),
                    format!(
                        r#"{{"short_declaration":"50101/{}/{:06}"}}"#,
                        ddmmy(taken + Days::new(5)),
                        seq
                    ),
                    "null",
                ),
            };
            if !obligations.is_empty() {
                obligations.push(',');
            }
            let _ = write!(
                obligations,
                r#"{{"number":"{number}","registered":"{registered}","recipient_number":"{recipient:04}","recipient":"R{recipient}","destination_office":"50101","valid_until":"{until}","carriage":{{}},"state":"{state}""#
            );
            for (field, value) in [("dcd_number", &dcd_number), ("fulfilment", &fulfilment)] {
                if value != "null" {
                    let _ = write!(obligations, r#","{field}":{value}"#);
                }
            }
            if returned != "null" {
                let _ = write!(obligations, r#","returned_mark":{returned}"#);
            }
            obligations.push('}');
            if state == "failed" {
                if !failed.is_empty() {
                    failed.push(',');
                }
                let _ = write!(
                    failed,
                    r#"{{"recipient_number":"{recipient:04}","recipient":"R{recipient}","obligation":"{number}","dcd_number":"{dcd}","valid_until":"{until}","entered":"{}"}}"#,
                    until + Days::new(1)
                );
            }
            last = Some((seq, registered));
            i += 1;
        }
    }
    let (seq, date) = last.expect("at least one year");
    format!(
        r#"{{"format":1,"office":"50101","journal":{{"format":1,"kind":"guarantee","issuer":"50101","last_sequence":{seq},"last_date":"{date}"}},"recipients":[{recipients}],"obligations":[{obligations}],"failed":[{failed}]}}"#
    )
}

fn bench(c: &mut Criterion) {
    let json = office_state(YEARS);
    let office = GuaranteeOffice::from_json(&json).expect("the state is consistent");
    assert_eq!(office.obligations().entries().len(), 200_000);
    eprintln!("office state: {} bytes", json.len());
    let mut group = c.benchmark_group("state");
    group.sample_size(10);
    group.bench_function("guarantee office from_json, 200 000 obligations", |b| {
        b.iter(|| GuaranteeOffice::from_json(black_box(&json)))
    });
    // Half the years: linear loading takes half the time.
    let half = office_state(YEARS / 2);
    assert!(GuaranteeOffice::from_json(&half).is_ok());
    eprintln!("half the office state: {} bytes", half.len());
    group.bench_function("guarantee office from_json, 96 000 obligations", |b| {
        b.iter(|| GuaranteeOffice::from_json(black_box(&half)))
    });
    // The parts: reading the JSON into the saved state (serde alone), and
    // resuming from the state read (verifying it, copying the registers).
    group.bench_function("office state serde_json::from_str alone", |b| {
        b.iter(|| serde_json::from_str::<OfficeState>(black_box(&json)))
    });
    let state = office.state();
    group.bench_function("guarantee office from_state", |b| {
        b.iter(|| GuaranteeOffice::from_state(black_box(&state)))
    });
    group.finish();
}

/// The benchmark group (in a module of its own: the macro's function has no
/// doc comment, and the workspace denies missing docs).
mod group {
    use super::bench;
    criterion::criterion_group!(benches, bench);
}
criterion_main!(group::benches);
