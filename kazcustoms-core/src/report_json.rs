//! A [`Report`] read back from its JSON: the saved form the bindings keep
//! (a pickled Python `Report` is the JSON of [`Report::to_json`]), checked
//! as a saved state is rather than trusted.

use std::borrow::Cow;

use crate::error::{Error, Input};
use crate::json::from_json_at;
use crate::report::{Report, Violation};
use crate::rules::Rule;
use crate::text::{Lang, Text};

/// The saved form [`read_report`] reads: the JSON of
/// [`Report::to_json`], member for member.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedReport {
    ok: bool,
    lang: String,
    found: usize,
    truncated: bool,
    violations: Vec<SavedViolation>,
}

/// One violation of a [`SavedReport`].
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedViolation {
    rule: String,
    field: String,
    severity: String,
    message: String,
    messages: SavedText,
    source: String,
    item: Option<u32>,
    sheet: Option<u32>,
}

/// The three translations of a [`SavedViolation`]'s message.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedText {
    kk: String,
    ru: String,
    en: String,
}

/// A saved report's member at `path` that this library would not have
/// written: `InvalidDocument` about input `state`.
fn not_written(path: String, [kk, ru, en]: [&str; 3]) -> Error {
    Error::invalid_document(Input::State, path, Text::new(kk, ru, en))
}

/// A report read back from its JSON ([`Report::to_json`], in any
/// language), with the language it was written in: the saved form the
/// bindings keep (a pickled Python `Report` is this JSON).
///
/// The text is checked as a saved state is, not trusted: every member
/// must be there and no other (a key given twice is refused), every
/// rule id must be in the catalogue with its own severity, `message`
/// must be the `messages` entry of `lang`, and `ok`, `found` and
/// `truncated` must agree with the violations (`found` counts more than
/// the violations kept only in a truncated report). A report read back
/// shows the same violations, counts and `ok` as the one written.
///
/// # Errors
///
/// `InvalidDocument` (input `state`) at the first member that is not
/// what the library writes, e.g. `state.violations[0].rule`.
///
/// ```
/// use kazcustoms_core::documents::validate_json;
/// use kazcustoms_core::report_json::read_report;
/// use kazcustoms_core::Lang;
/// let report = validate_json("dcd", "{}", r#"{"limits": {"violations": 2}}"#).unwrap();
/// let (back, lang) = read_report(&report.to_json(Lang::Ru)).unwrap();
/// assert_eq!((back.violations(), back.found(), back.ok()), (report.violations(), report.found(), report.ok()));
/// assert_eq!(lang, Lang::Ru);
/// let tampered = report.to_json(Lang::En).replacen("DCD.", "XYZ.", 1);
/// let err = read_report(&tampered).unwrap_err();
/// assert_eq!(err.path(), Some("state.violations[0].rule"));
/// ```
pub fn read_report(json: &str) -> Result<(Report, Lang), Error> {
    let saved: SavedReport = from_json_at(json, Input::State)?;
    let lang: Lang = saved.lang.parse().map_err(|_| {
        not_written(
            "state.lang".to_owned(),
            [
                "тіл kk, ru немесе en емес",
                "язык не kk, ru или en",
                "the language is not kk, ru or en",
            ],
        )
    })?;
    let mut violations = Vec::with_capacity(saved.violations.len());
    for (i, v) in saved.violations.into_iter().enumerate() {
        let at = |member: &str| format!("state.violations[{i}].{member}");
        let rule = Rule::from_id(&v.rule).ok_or_else(|| {
            not_written(
                at("rule"),
                [
                    "каталогта жоқ ереже идентификаторы",
                    "идентификатор правила, которого нет в каталоге",
                    "a rule id not in the catalogue",
                ],
            )
        })?;
        if v.severity != rule.severity().as_str() {
            return Err(not_written(
                at("severity"),
                [
                    "ереженің маңыздылығы емес",
                    "не серьёзность этого правила",
                    "not the severity of the rule",
                ],
            ));
        }
        let message = Text::new(v.messages.kk, v.messages.ru, v.messages.en);
        if v.message != message.get(lang) {
            return Err(not_written(
                at("message"),
                [
                    "хабар messages ішіндегі lang тіліндегі мәтін емес",
                    "сообщение не совпадает с текстом messages на языке lang",
                    "the message is not the text of messages in lang",
                ],
            ));
        }
        violations.push(Violation {
            rule,
            field: Cow::Owned(v.field),
            severity: rule.severity(),
            message,
            source: Cow::Owned(v.source),
            item: v.item,
            sheet: v.sheet,
        });
    }
    let report = Report::restored(violations, saved.ok, saved.found, saved.truncated).map_err(
        |disagreement| {
            Error::invalid_document(
                Input::State,
                format!("state.{}", disagreement.member()),
                disagreement.text(),
            )
        },
    )?;
    Ok((report, lang))
}

#[cfg(test)]
mod tests {
    use super::read_report;
    use crate::documents::validate_json;
    use crate::text::Lang;

    fn path_of(json: &str) -> String {
        read_report(json)
            .unwrap_err()
            .path()
            .unwrap_or_default()
            .to_owned()
    }

    #[test]
    fn every_language_reads_back_to_the_same_report() {
        let report = validate_json("dcd", "{}", "").unwrap();
        assert!(report.violations().len() > 3);
        for lang in Lang::ALL.iter().copied() {
            let (back, written) = read_report(&report.to_json(lang)).unwrap();
            assert_eq!(back, report);
            assert_eq!(written, lang);
        }
        let cut = validate_json("dcd", "{}", r#"{"limits": {"violations": 1}}"#).unwrap();
        let (back, _) = read_report(&cut.to_json(Lang::Kk)).unwrap();
        assert_eq!(
            (back.found(), back.truncated(), back.ok()),
            (cut.found(), true, false)
        );
        assert_eq!(back.violations(), cut.violations());
    }

    #[test]
    fn what_the_library_would_not_write_is_refused_where_it_is() {
        let report = validate_json("dcd", "{}", "").unwrap();
        let json = report.to_json(Lang::En);
        let first = &report.violations()[0];
        let rule = format!("\"rule\":\"{}\"", first.rule.id());
        let cases = [
            (
                json.replacen(&rule, "\"rule\":\"DCD.NOPE\"", 1),
                "state.violations[0].rule",
            ),
            (
                json.replacen("\"severity\":\"error\"", "\"severity\":\"warning\"", 1),
                "state.violations[0].severity",
            ),
            (
                json.replacen("\"message\":\"", "\"message\":\"x", 1),
                "state.violations[0].message",
            ),
            (json.replacen("\"ok\":false", "\"ok\":true", 1), "state.ok"),
            (
                json.replacen("\"truncated\":false", "\"truncated\":true", 1),
                "state.found",
            ),
            (
                json.replacen("\"lang\":\"en\"", "\"lang\":\"de\"", 1),
                "state.lang",
            ),
            (
                json.replacen("\"ok\":false", "\"ok\":false,\"ok\":false", 1),
                "state.ok",
            ),
            (
                json.replacen("\"ok\":false", "\"ok\":false,\"extra\":1", 1),
                "state.extra",
            ),
            ("[]".to_owned(), "state"),
        ];
        for (text, path) in cases {
            assert_ne!(text, json, "{path}: the edit applied");
            assert_eq!(path_of(&text), path, "{text}");
        }
        // A valid report cannot claim to be not ok, unless truncated.
        let valid = crate::Report::new().to_json(Lang::Ru);
        assert_eq!(
            path_of(&valid.replacen("\"ok\":true", "\"ok\":false", 1)),
            "state.ok"
        );
    }
}
