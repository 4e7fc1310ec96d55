//! The report type used by the whole library: violations with their rule id,
//! field, severity, message in three languages and source reference.
//!
//! A [`Violation`] is something wrong *in a document or a value that was read*;
//! it is never used for input that could not be read at all (that is an
//! [`Error`](crate::Error)).

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};

use crate::rules::Rule;
pub use crate::rules::Severity;
pub use crate::text::{Lang, Text};

/// One broken rule.
///
/// Its serde form (for a service that stores or sends it) holds the message
/// in all three languages; [`Violation::localized`] is the one-language
/// form of the JSON report.
///
/// ```
/// use kazcustoms_core::{Rule, Text, Violation};
/// let v = Violation::new(Rule::from_id("TERM.LIMIT").unwrap(), "deadline", Text::new("kk", "ru", "en"));
/// let json = serde_json::to_string(&v).unwrap();
/// assert!(json.contains(r#""rule":"TERM.LIMIT""#));
/// assert_eq!(serde_json::from_str::<Violation>(&json).unwrap(), v);
/// assert!(serde_json::from_str::<Violation>(&json.replace("TERM.LIMIT", "TERM.LIMITS")).is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Violation {
    /// The rule that is broken (its id, e.g. `TERM.LIMIT`, is [`Rule::id`]).
    pub rule: Rule,
    /// The field or column the violation is about (`deadline`, `7`, …).
    pub field: Cow<'static, str>,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in Kazakh, Russian and English.
    pub message: Text,
    /// Where the rule comes from, e.g. `R1 §9 col. 7`. The same in every language.
    pub source: Cow<'static, str>,
    /// The goods item (1-based) the violation is about, where relevant.
    pub item: Option<u32>,
    /// The sheet (1-based) the violation is about, where relevant.
    pub sheet: Option<u32>,
}

impl Violation {
    /// A violation of `rule` on `field` with the rule's default severity and source.
    pub fn new(rule: Rule, field: impl Into<Cow<'static, str>>, message: Text) -> Violation {
        Violation {
            rule,
            field: field.into(),
            severity: rule.severity(),
            message,
            source: Cow::Borrowed(rule.source()),
            item: None,
            sheet: None,
        }
    }

    /// The same violation with another source reference.
    pub fn with_source(mut self, source: impl Into<Cow<'static, str>>) -> Violation {
        self.source = source.into();
        self
    }

    /// The violation as a JSON-serializable view with its message in `lang`.
    pub fn localized(&self, lang: Lang) -> LocalizedViolation<'_> {
        LocalizedViolation {
            violation: self,
            lang,
        }
    }
}

/// The result of a check: every violation found, not just the first.
///
/// Its serde form (for a service that stores or sends reports) is
/// language-neutral: `{"ok", "found", "truncated", "violations"}` with each
/// violation's message in all three languages ([`Violation`]). Reading it
/// back checks the report against itself: `found` is at least the number of
/// violations kept, `truncated` says whether it is more, and `ok` agrees
/// with the severities kept (a cut report may say `false` for an error cut
/// away). [`Report::to_json`] is the one-language JSON report.
///
/// ```
/// use kazcustoms_core::{documents::validate_json, Report};
/// let report = validate_json("dcd", "{}", "").unwrap();
/// let stored = serde_json::to_string(&report).unwrap();
/// assert_eq!(serde_json::from_str::<Report>(&stored).unwrap(), report);
/// let lying = stored.replacen(r#""ok":false"#, r#""ok":true"#, 1);
/// assert!(serde_json::from_str::<Report>(&lying).is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "StoredReport", try_from = "StoredReport")]
pub struct Report {
    violations: Vec<Violation>,
    /// How many violations were found, when more than the report keeps.
    found: Option<usize>,
    /// Whether a violation cut away was an error.
    cut_error: bool,
}

impl Report {
    /// An empty report.
    pub fn new() -> Report {
        Report::default()
    }

    /// Adds a violation.
    pub fn push(&mut self, violation: Violation) {
        self.violations.push(violation);
    }

    /// Every violation, in the order found (the first ones, when the report
    /// was cut: see [`Report::found`]).
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// How many violations were found: more than [`Report::violations`]
    /// holds when the report was cut at the `violations` limit
    /// ([`crate::limits::Limits::violations`]).
    ///
    /// ```
    /// use kazcustoms_core::documents::validate_json;
    /// let all = validate_json("dcd", "{}", "").unwrap();
    /// let cut = validate_json("dcd", "{}", r#"{"limits": {"violations": 2}}"#).unwrap();
    /// assert!(all.found() > 2 && !all.truncated());
    /// assert_eq!((cut.violations().len(), cut.found()), (2, all.found()));
    /// assert!(cut.truncated());
    /// assert_eq!(cut.ok(), all.ok());
    /// ```
    pub fn found(&self) -> usize {
        self.found.unwrap_or(self.violations.len())
    }

    /// Whether the report was cut at the `violations` limit.
    pub fn truncated(&self) -> bool {
        self.found.is_some()
    }

    /// The report cut to its first `limit` violations, keeping the count of
    /// all and whether any error was among them.
    pub fn cut(mut self, limit: usize) -> Report {
        if self.violations.len() > limit {
            let found = self.violations.len();
            // `ok` is about every violation found: remember an error cut
            // away when none of the first `limit` is one (otherwise the kept
            // error says it; so a stored report reads back equal).
            let is_error = |v: &Violation| v.severity == Severity::Error;
            let cut_error = self.violations[limit..].iter().any(is_error)
                && !self.violations[..limit].iter().any(is_error);
            self.violations.truncate(limit);
            self.found = Some(found);
            self.cut_error = cut_error;
        }
        self
    }

    /// `true` when no violation has severity [`Severity::Error`] (warnings allowed).
    ///
    /// ```
    /// assert!(kazcustoms_core::Report::new().ok());
    /// ```
    pub fn ok(&self) -> bool {
        !self.cut_error
            && self
                .violations
                .iter()
                .all(|v| v.severity != Severity::Error)
    }

    /// The rule ids of the violations, in order.
    pub fn rule_ids(&self) -> Vec<&'static str> {
        self.violations.iter().map(|v| v.rule.id()).collect()
    }

    /// The report as a JSON-serializable view with messages in `lang`.
    pub fn localized(&self, lang: Lang) -> LocalizedReport<'_> {
        LocalizedReport { report: self, lang }
    }

    /// The report as JSON, with `message` in `lang` (see the README for the shape).
    ///
    /// ```
    /// use kazcustoms_core::{Lang, Report};
    /// assert_eq!(Report::new().to_json(Lang::En), r#"{"ok":true,"lang":"en","found":0,"truncated":false,"violations":[]}"#);
    /// ```
    pub fn to_json(&self, lang: Lang) -> String {
        // Serializing plain strings and numbers into a String cannot fail.
        serde_json::to_string(&self.localized(lang)).unwrap_or_default()
    }
}

/// The serde form of a [`Report`].
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename = "Report")]
struct StoredReport {
    /// `true` when no violation found is an error.
    ok: bool,
    /// How many violations were found (more than `violations` holds when
    /// the report was cut).
    found: usize,
    /// Whether the report was cut at the `violations` limit.
    truncated: bool,
    /// The violations kept, in the order found.
    violations: Vec<Violation>,
}

impl From<Report> for StoredReport {
    fn from(report: Report) -> StoredReport {
        StoredReport {
            ok: report.ok(),
            found: report.found(),
            truncated: report.truncated(),
            violations: report.violations,
        }
    }
}

/// Which stored member of a report does not agree with its violations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Disagreement {
    /// `found` is below the violations kept, or `truncated` is not exactly
    /// "`found` counts more than the violations kept".
    Found,
    /// `ok` is true with an error kept, or false with none kept in a report
    /// that was not cut (a cut report may be not ok for an error cut away).
    Ok,
}

impl Disagreement {
    /// The stored member that disagrees, as its path names it.
    pub(crate) fn member(self) -> &'static str {
        match self {
            Disagreement::Found => "found",
            Disagreement::Ok => "ok",
        }
    }

    /// What disagrees, in the three languages: the one text of both
    /// stored forms' errors.
    pub(crate) fn text(self) -> crate::text::Text {
        let [kk, ru, en] = match self {
            Disagreement::Found => [
                "found пен truncated сақталған ескертулерге сәйкес емес",
                "found и truncated не согласуются с сохранёнными нарушениями",
                "found and truncated do not agree with the violations kept",
            ],
            Disagreement::Ok => [
                "ok ескертулерге сәйкес емес",
                "ok не согласуется с нарушениями",
                "ok does not agree with the violations",
            ],
        };
        crate::text::Text::new(kk, ru, en)
    }
}

impl Report {
    /// A report rebuilt from its stored members, checked against itself:
    /// the one check of both stored forms (serde's and
    /// [`crate::report_json::read_report`]'s).
    pub(crate) fn restored(
        violations: Vec<Violation>,
        ok: bool,
        found: usize,
        truncated: bool,
    ) -> Result<Report, Disagreement> {
        let kept = violations.len();
        if found < kept || truncated != (found > kept) {
            return Err(Disagreement::Found);
        }
        let kept_error = violations.iter().any(|v| v.severity == Severity::Error);
        if (ok && kept_error) || (!ok && !kept_error && !truncated) {
            return Err(Disagreement::Ok);
        }
        Ok(Report {
            violations,
            found: truncated.then_some(found),
            cut_error: truncated && !ok && !kept_error,
        })
    }
}

/// Why a stored report does not agree with itself.
#[derive(Debug)]
struct Inconsistent(Disagreement);

impl std::fmt::Display for Inconsistent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the stored report is inconsistent: {}",
            self.0.text().get(crate::text::Lang::En)
        )
    }
}

impl TryFrom<StoredReport> for Report {
    type Error = Inconsistent;

    fn try_from(stored: StoredReport) -> Result<Report, Inconsistent> {
        Report::restored(stored.violations, stored.ok, stored.found, stored.truncated)
            .map_err(Inconsistent)
    }
}

impl JsonSchema for Report {
    fn schema_name() -> Cow<'static, str> {
        "Report".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        StoredReport::json_schema(generator)
    }
}

impl FromIterator<Violation> for Report {
    fn from_iter<I: IntoIterator<Item = Violation>>(iter: I) -> Report {
        Report {
            violations: iter.into_iter().collect(),
            ..Report::default()
        }
    }
}

/// A [`Report`] seen in one language; serializes to the documented JSON shape.
#[derive(Clone, Copy, Debug)]
pub struct LocalizedReport<'a> {
    report: &'a Report,
    lang: Lang,
}

impl Serialize for LocalizedReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Report", 5)?;
        st.serialize_field("ok", &self.report.ok())?;
        st.serialize_field("lang", self.lang.code())?;
        st.serialize_field("found", &self.report.found())?;
        st.serialize_field("truncated", &self.report.truncated())?;
        let views: Vec<_> = self
            .report
            .violations
            .iter()
            .map(|v| v.localized(self.lang))
            .collect();
        st.serialize_field("violations", &views)?;
        st.end()
    }
}

/// A [`Violation`] seen in one language; serializes to the documented JSON shape.
#[derive(Clone, Copy, Debug)]
pub struct LocalizedViolation<'a> {
    violation: &'a Violation,
    lang: Lang,
}

impl Serialize for LocalizedViolation<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.violation;
        let mut m = s.serialize_map(Some(8))?;
        m.serialize_entry("rule", v.rule.id())?;
        m.serialize_entry("field", &v.field)?;
        m.serialize_entry("severity", &v.severity)?;
        m.serialize_entry("message", v.message.get(self.lang))?;
        m.serialize_entry("messages", &v.message)?;
        m.serialize_entry("source", &v.source)?;
        m.serialize_entry("item", &v.item)?;
        m.serialize_entry("sheet", &v.sheet)?;
        m.end()
    }
}
