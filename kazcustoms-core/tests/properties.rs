//! Property tests of the core: parsing never panics and round-trips,
//! `normalize` is total and idempotent, the deadline grows with the
//! distance, and a journal shared between threads never repeats or skips a
//! number.

use std::collections::HashSet;
use std::sync::Arc;
use std::thread;

use chrono::{Datelike, Days, NaiveDate};
use kazcustoms_core::{
    check_deadline, delivery_deadline, normalize, parse_number, Convention, Distance, Journal,
    NumberKind, OfficeDirectory, ParseOptions, Rule,
};
use proptest::prelude::*;

fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn directory() -> OfficeDirectory {
    OfficeDirectory::new(["50101", "50102", "62001", "59001", "03101"]).expect("directory")
}

fn any_kind() -> impl Strategy<Value = NumberKind> {
    prop::sample::select(NumberKind::ALL.to_vec())
}

/// A string of exactly the kind's length over the alphabet `0123456789/-`.
fn shaped(kind: NumberKind) -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "0123456789/-".chars().collect();
    prop::collection::vec(prop::sample::select(alphabet), kind.text_len())
        .prop_map(|cs| cs.into_iter().collect())
}

/// Parses with and without the office directory; neither may panic, and a
/// number that is accepted formats back to the same text.
fn parse_both_ways(kind: NumberKind, text: &str) -> Result<(), TestCaseError> {
    let dir = directory();
    let plain = ParseOptions::new(reference());
    for opts in [plain, plain.with_offices(&dir)] {
        match parse_number(kind, text, &opts) {
            Ok(n) => {
                prop_assert_eq!(n.to_string(), text);
                prop_assert_eq!(n.kind(), kind);
                prop_assert!(n.date() <= opts.reference);
                prop_assert!(n.sequence() >= 1);
            }
            Err(e) => {
                prop_assert_eq!(e.kind(), kind);
                prop_assert!(e.to_string().starts_with(e.rule().id()));
            }
        }
    }
    Ok(())
}

/// A date in the ten years the year digit can reach from the reference date
/// (2017-01-01 ..= 2026-11-22).
fn recent_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2017, 1, 1).expect("date");
    let span = (reference() - first).num_days() as u64;
    (0..=span).prop_map(move |d| first + Days::new(d))
}

fn ddmmy(d: NaiveDate) -> String {
    format!("{:02}{:02}{}", d.day(), d.month(), d.year() % 10)
}

/// A valid number of `kind`, built from its groups, with the groups it
/// must read back: (text, date, sequence, office, prefix, recipient, licence).
type Built = (
    String,
    NaiveDate,
    u32,
    Option<u32>,
    Option<u32>,
    Option<u32>,
    Option<u32>,
);

fn valid_number(kind: NumberKind) -> impl Strategy<Value = Built> {
    let max = kind.max_sequence();
    (
        recent_date(),
        1..=max,
        1u32..=99_999,
        1u32..=999,
        1u32..=9_999,
        0u32..=999_999,
    )
        .prop_map(move |(date, seq, office, prefix, recipient, licence)| {
            let dm = ddmmy(date);
            match kind {
                NumberKind::Dcd | NumberKind::Security => (
                    format!("{office:05}/{dm}/{seq:05}"),
                    date,
                    seq,
                    Some(office),
                    None,
                    None,
                    None,
                ),
                NumberKind::ShortDeclaration => (
                    format!("{office:05}/{dm}/{seq:06}"),
                    date,
                    seq,
                    Some(office),
                    None,
                    None,
                    None,
                ),
                NumberKind::Guarantee => (
                    format!("{recipient:04}/{prefix:03}/{dm}/{seq:04}"),
                    date,
                    seq,
                    None,
                    Some(prefix),
                    Some(recipient),
                    None,
                ),
                NumberKind::Tsw => (
                    format!("{licence:06}/{dm}/{seq:06}"),
                    date,
                    seq,
                    None,
                    None,
                    None,
                    Some(licence),
                ),
                NumberKind::Escort => (
                    format!("{seq:04}-{office:05}-{dm}"),
                    date,
                    seq,
                    Some(office),
                    None,
                    None,
                    None,
                ),
            }
        })
}

fn any_valid_number() -> impl Strategy<Value = (NumberKind, Built)> {
    any_kind().prop_flat_map(|k| valid_number(k).prop_map(move |b| (k, b)))
}

/// Full-width forms of ASCII digits and `/`, as typed on some keyboards.
fn widen(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(0xFF10 + (c as u32 - '0' as u32)).unwrap_or(c),
            '/' => '\u{FF0F}',
            '-' => '\u{2013}',
            _ => c,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn parse_never_panics_on_any_string(kind in any_kind(), text in any::<String>()) {
        parse_both_ways(kind, &text)?;
    }

    #[test]
    fn parse_never_panics_on_non_ascii(kind in any_kind(), text in "\\PC{0,40}") {
        parse_both_ways(kind, &text)?;
    }

    #[test]
    fn parse_never_panics_on_shaped_strings(
        (kind, text) in any_kind().prop_flat_map(|k| shaped(k).prop_map(move |s| (k, s)))
    ) {
        parse_both_ways(kind, &text)?;
    }

    #[test]
    fn valid_numbers_round_trip((kind, built) in any_valid_number()) {
        let (text, date, seq, office, prefix, recipient, licence) = built;
        let n = parse_number(kind, &text, &ParseOptions::new(reference()))
            .map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(n.to_string(), text.clone());
        prop_assert_eq!(n.date(), date);
        prop_assert_eq!(n.sequence(), seq);
        prop_assert_eq!(n.office().map(|c| c.value()), office);
        prop_assert_eq!(n.office_prefix().map(|c| c.value()), prefix);
        prop_assert_eq!(n.recipient().map(|c| c.value()), recipient);
        prop_assert_eq!(n.licence().map(|c| c.value()), licence);
        // normalize leaves a strict number alone and repairs a widened one.
        prop_assert_eq!(normalize(&text), text.clone());
        let typed = format!(" {} ", widen(&text));
        prop_assert_eq!(normalize(&typed), text.clone());
        // The same number with a zero sequence is NUM.SEQUENCE (its date is
        // not in the future and its other groups are not zero).
        let w = usize::from(kind.sequence_width());
        let zeros = "0".repeat(w);
        let zeroed = if kind == NumberKind::Escort {
            format!("{zeros}{}", &text[w..])
        } else {
            format!("{}{zeros}", &text[..text.len() - w])
        };
        let err = parse_number(kind, &zeroed, &ParseOptions::new(reference()))
            .err()
            .ok_or_else(|| TestCaseError::fail(format!("{zeroed} accepted")))?;
        prop_assert_eq!(err.rule(), Rule::NumSequence);
    }

    #[test]
    fn normalize_is_total_and_idempotent(text in any::<String>()) {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone());
        prop_assert_eq!(once.trim(), once.as_str());
    }

    #[test]
    fn normalize_is_idempotent_on_non_ascii(text in "\\PC{0,40}") {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn deadline_grows_with_distance(
        start in recent_date(),
        a in 1u64..=100_000_000,
        b in 1u64..=100_000_000,
    ) {
        let (lo, hi) = (a.min(b), a.max(b));
        let near = Distance::from_metres(lo).expect("distance");
        let far = Distance::from_metres(hi).expect("distance");
        for convention in [Convention::Calendar, Convention::ThirtyDay] {
            let d_near = delivery_deadline(start, near, convention).expect("deadline");
            let d_far = delivery_deadline(start, far, convention).expect("deadline");
            prop_assert!(d_near <= d_far, "{convention}: {lo} m -> {d_near}, {hi} m -> {d_far}");
            prop_assert!(d_near > start);
            // The limit is in time, the day after it is not.
            prop_assert!(check_deadline(start, near, d_near, convention).expect("check").ok());
            let late = d_near.succ_opt().expect("date");
            prop_assert_eq!(
                check_deadline(start, near, late, convention).expect("check").rule_ids(),
                vec!["TERM.LIMIT"]
            );
        }
    }

    #[test]
    fn deadline_grows_with_km(start in recent_date(), a in 0.0005f64..=1.0e5, b in 0.0005f64..=1.0e5) {
        let (lo, hi) = (a.min(b), a.max(b));
        let near = Distance::from_km(lo).expect("distance");
        let far = Distance::from_km(hi).expect("distance");
        prop_assert!(near <= far);
        for convention in [Convention::Calendar, Convention::ThirtyDay] {
            let d_near = delivery_deadline(start, near, convention).expect("deadline");
            let d_far = delivery_deadline(start, far, convention).expect("deadline");
            prop_assert!(d_near <= d_far);
        }
    }

    #[test]
    fn deadline_never_panics(
        days in -100_000_000i32..100_000_000,
        km in any::<f64>(),
    ) {
        if let Some(start) = NaiveDate::from_num_days_from_ce_opt(days) {
            if let Ok(d) = Distance::from_km(km) {
                prop_assert!(km.is_finite() && km > 0.0);
                for convention in [Convention::Calendar, Convention::ThirtyDay] {
                    if let Ok(deadline) = delivery_deadline(start, d, convention) {
                        prop_assert!(deadline > start);
                    }
                    let _ = check_deadline(start, d, start, convention);
                }
            } else {
                // Only a distance that rounds to 0 m or is above 100 000 km
                // (the range of a distance, crate::quantity) may be refused.
                prop_assert!(!km.is_finite() || km * 1000.0 < 0.5 || km > 1.0e5);
            }
        }
    }

    /// A journal behaves like the model of SPEC §1: +1 within a year, 1 on a
    /// new year, refusal for an earlier date or past the width, and a refusal
    /// changes nothing.
    #[test]
    fn journal_follows_the_model(
        kind in any_kind(),
        start_seq in prop_oneof![Just(0u32), 1u32..=20, Just(u32::MAX)],
        steps in prop::collection::vec(0u64..=800, 1..40),
    ) {
        let first = NaiveDate::from_ymd_opt(2025, 1, 1).expect("date");
        let issuer = if kind == NumberKind::Tsw { "1234567" } else { "50101" };
        let recipient = (kind == NumberKind::Guarantee).then_some("0042");
        let max = kind.max_sequence();
        // Start empty, a little way in, or three short of full.
        let (journal, mut last) = if start_seq == 0 {
            (Journal::new(kind, issuer).expect("journal"), None)
        } else {
            let seq = if start_seq == u32::MAX { max - 3 } else { start_seq };
            let json = format!(
                r#"{{"format":1,"kind":"{kind}","issuer":"{issuer}","last_sequence":{seq},"last_date":"2025-01-01"}}"#
            );
            (Journal::from_json(&json).expect("state"), Some((seq, first)))
        };
        for offset in steps {
            let date = first + Days::new(offset);
            let before = journal.to_json();
            let expected = match last {
                Some((_, d)) if date < d => Err(Rule::JournalBackdated),
                Some((s, d)) if d.year() == date.year() => {
                    if s + 1 > max { Err(Rule::JournalFull) } else { Ok(s + 1) }
                }
                _ => Ok(1),
            };
            match (journal.issue(date, recipient), expected) {
                (Ok(n), Ok(seq)) => {
                    prop_assert_eq!(n.sequence(), seq);
                    prop_assert_eq!(n.date(), date);
                    // What a journal issues parses back as the same number.
                    let again = parse_number(kind, &n.to_string(), &ParseOptions::new(date))
                        .map_err(|e| TestCaseError::fail(format!("{n}: {e}")))?;
                    prop_assert_eq!(again, n);
                    last = Some((seq, date));
                }
                (Err(e), Err(rule)) => {
                    prop_assert_eq!(e.rule(), Some(rule));
                    prop_assert_eq!(journal.to_json(), before);
                }
                (got, want) => {
                    return Err(TestCaseError::fail(format!("{date}: got {got:?}, expected {want:?}")));
                }
            }
        }
        let resumed = Journal::from_json(&journal.to_json()).expect("resume");
        prop_assert_eq!(resumed.state(), journal.state());
    }
}

/// Issues `per_thread` numbers from each of `threads` threads on one journal
/// and returns every sequence issued and the number of refusals.
fn hammer(journal: &Arc<Journal>, threads: usize, per_thread: usize) -> (Vec<u32>, Vec<Rule>) {
    let date = NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let recipient = (journal.kind() == NumberKind::Guarantee).then_some("0042");
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let journal = Arc::clone(journal);
            thread::spawn(move || {
                let mut issued = Vec::with_capacity(per_thread);
                let mut refused = Vec::new();
                for _ in 0..per_thread {
                    match journal.issue(date, recipient) {
                        Ok(n) => issued.push(n.sequence()),
                        Err(e) => refused.push(e.rule().expect("a rule")),
                    }
                }
                (issued, refused)
            })
        })
        .collect();
    let mut all = Vec::with_capacity(threads * per_thread);
    let mut refusals = Vec::new();
    for h in handles {
        let (issued, refused) = h.join().expect("thread");
        // Each thread sees its own numbers strictly increasing.
        assert!(issued.windows(2).all(|w| w[0] < w[1]));
        all.extend(issued);
        refusals.extend(refused);
    }
    all.sort_unstable();
    (all, refusals)
}

#[test]
fn concurrent_issues_have_no_duplicate_and_no_gap() {
    let journal = Arc::new(Journal::new(NumberKind::ShortDeclaration, "50101").expect("journal"));
    let (all, refused) = hammer(&journal, 8, 10_000);
    assert!(refused.is_empty(), "refusals: {refused:?}");
    assert_eq!(all.len(), 80_000);
    let unique: HashSet<u32> = all.iter().copied().collect();
    assert_eq!(unique.len(), all.len(), "a number was issued twice");
    assert_eq!(
        all,
        (1..=80_000).collect::<Vec<u32>>(),
        "a number was skipped"
    );
    assert_eq!(
        journal.last_issued(),
        Some((80_000, NaiveDate::from_ymd_opt(2026, 6, 1).expect("date")))
    );
}

#[test]
fn concurrent_issues_stop_exactly_at_full() {
    // 8 x 1,500 = 12,000 requests against a guarantee journal of 9,999.
    let journal = Arc::new(Journal::new(NumberKind::Guarantee, "62001").expect("journal"));
    let (all, refused) = hammer(&journal, 8, 1_500);
    assert_eq!(all, (1..=9_999).collect::<Vec<u32>>());
    assert_eq!(refused.len(), 12_000 - 9_999);
    assert!(refused.iter().all(|r| *r == Rule::JournalFull));
}

/// The first wrong byte of a text of the right length, read slot by slot
/// from the kind's pattern (letters are digits, anything else a literal
/// separator): the English detail the error must give.
fn first_format_fault(kind: NumberKind, text: &str) -> Option<String> {
    for (i, (b, p)) in text.bytes().zip(kind.pattern().bytes()).enumerate() {
        if p.is_ascii_alphabetic() {
            if !b.is_ascii_digit() {
                return Some(format!("expected a digit at position {}", i + 1));
            }
        } else if b != p {
            return Some(format!(
                "expected separator '{}' at position {}",
                char::from(p),
                i + 1
            ));
        }
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// `NUM.FORMAT` names the first wrong byte, as a slot-by-slot reading
    /// of the pattern would; a text of the right shape is never `NUM.FORMAT`.
    #[test]
    fn format_fault_names_the_first_wrong_byte(
        (kind, text) in any_kind().prop_flat_map(|k| shaped(k).prop_map(move |s| (k, s)))
    ) {
        let result = parse_number(kind, &text, &ParseOptions::new(reference()));
        match (first_format_fault(kind, &text), result) {
            (Some(detail), Err(e)) => {
                prop_assert_eq!(e.rule(), Rule::NumFormat);
                prop_assert!(e.to_string().contains(&detail), "{}: {} lacks {}", text, e, detail);
            }
            (Some(detail), Ok(n)) => {
                return Err(TestCaseError::fail(format!("{text} accepted as {n}, expected {detail}")));
            }
            (None, Err(e)) => prop_assert_ne!(e.rule(), Rule::NumFormat),
            (None, Ok(_)) => {}
        }
    }
}
