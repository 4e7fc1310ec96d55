//! Invariants shared by the fuzz targets of kazcustoms.
//!
//! Every target feeds outside input to a public entry point of
//! `kazcustoms-core` and checks what the library promises about the answer,
//! beyond "it did not crash": a report reads the same in all three languages
//! but for the message, every message is there and bounded, an error quotes
//! a bounded prefix of what it refuses.

use kazcustoms_core::{Error, Lang, Report};

/// The longest message, in bytes, an error or a violation may have. A bad
/// value is quoted as a prefix of at most 64 characters (4 bytes each at
/// most) with its length; a path is bounded by the nesting limit. Twice that
/// of every language is far above any honest message and far below what an
/// unbounded quote of a fuzzed input makes.
pub const MAX_MESSAGE: usize = 4096;

/// The three languages, in the order of the texts.
pub const LANGS: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

/// Checks an error: a message in every language, none of them empty or
/// longer than [`MAX_MESSAGE`].
pub fn check_error(error: &Error) {
    for lang in LANGS {
        let message = error.message(lang);
        assert!(
            !message.is_empty(),
            "an error without a {lang:?} message: {error:?}"
        );
        assert!(
            message.len() <= MAX_MESSAGE,
            "an unbounded {lang:?} error message ({} bytes): {}…",
            message.len(),
            message.chars().take(200).collect::<String>()
        );
    }
}

/// Checks a report: its JSON in each language is JSON, and the three agree
/// on everything but the message (rule, field, severity, source, item,
/// sheet, the count found); every message is present and bounded.
pub fn check_report(report: &Report) {
    let mut views = Vec::new();
    for lang in LANGS {
        let json: serde_json::Value =
            serde_json::from_str(&report.to_json(lang)).expect("a report's JSON is JSON");
        let mut json = json;
        let violations = json["violations"].as_array_mut().expect("violations");
        assert_eq!(violations.len(), report.violations().len());
        for v in violations.iter_mut() {
            let message = v["message"].as_str().expect("a message");
            assert!(!message.is_empty(), "an empty {lang:?} message: {v}");
            assert!(
                message.len() <= MAX_MESSAGE,
                "an unbounded {lang:?} message: {} bytes",
                message.len()
            );
            v.as_object_mut()
                .expect("a violation object")
                .remove("message");
        }
        json.as_object_mut()
            .expect("a report object")
            .remove("lang");
        views.push(json);
    }
    assert_eq!(
        views[0], views[1],
        "kk and ru reports differ beyond the message"
    );
    assert_eq!(
        views[1], views[2],
        "ru and en reports differ beyond the message"
    );
    let errors = report
        .violations()
        .iter()
        .any(|v| v.severity == kazcustoms_core::Severity::Error);
    if !report.truncated() {
        assert_eq!(report.ok(), !errors, "ok() disagrees with the severities");
    } else if errors {
        assert!(!report.ok(), "a cut report with errors is ok()");
    }
}

/// Splits a fuzz input into a selector byte and the text after it (lossy:
/// invalid UTF-8 becomes U+FFFD, so every input reaches the parser).
pub fn split(data: &[u8]) -> Option<(u8, String)> {
    let (&first, rest) = data.split_first()?;
    Some((first, String::from_utf8_lossy(rest).into_owned()))
}

/// The element of `all` the selector names (modulo its length).
pub fn pick<T: Copy>(all: &[T], selector: u8) -> T {
    all[usize::from(selector) % all.len()]
}
