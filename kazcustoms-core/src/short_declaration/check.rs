//! A small collector of violations shared by the short declaration, the
//! arrival registration and the delivery confirmation certificate.

use std::borrow::Cow;

use crate::numbers::{parse_number, NumberKind, ParseOptions, RegistrationNumber};
use crate::report::{Report, Text, Violation};
use crate::rules::Rule;

/// Collects violations in the order found.
#[derive(Debug, Default)]
pub(crate) struct Checker {
    pub(crate) report: Report,
}

impl Checker {
    pub(crate) fn new() -> Checker {
        Checker::default()
    }

    /// A violation of `rule` on `field`, its message the rule's title with
    /// `detail` appended in each language.
    pub(crate) fn add(
        &mut self,
        rule: Rule,
        field: impl Into<Cow<'static, str>>,
        detail: Option<Text>,
    ) {
        self.push(rule, field, detail, None);
    }

    /// As [`Checker::add`], with another source reference than the rule's.
    pub(crate) fn push(
        &mut self,
        rule: Rule,
        field: impl Into<Cow<'static, str>>,
        detail: Option<Text>,
        source: Option<String>,
    ) {
        let mut message = rule.title();
        if let Some(d) = detail {
            for (text, more) in [
                (&mut message.kk, d.kk),
                (&mut message.ru, d.ru),
                (&mut message.en, d.en),
            ] {
                text.push_str(": ");
                text.push_str(&more);
            }
        }
        let mut v = Violation::new(rule, field, message);
        if let Some(source) = source {
            v = v.with_source(source);
        }
        self.report.push(v);
    }

    /// A number quoted in a field: a text not in the kind's pattern breaks
    /// `format_rule`; a number in the pattern that breaks another `NUM.*`
    /// rule is reported under that rule, on the same field (as the DCD does
    /// for the numbers quoted in its columns 9 and 44).
    pub(crate) fn quoted(
        &mut self,
        text: &str,
        kind: NumberKind,
        format_rule: Rule,
        field: &'static str,
        opts: &ParseOptions<'_>,
    ) -> Option<RegistrationNumber> {
        match parse_number(kind, text, opts) {
            Ok(n) => Some(n),
            Err(e) if e.rule() == Rule::NumFormat => {
                self.add(format_rule, field, Some(same(show(text))));
                None
            }
            Err(e) => {
                self.report.push(e.to_violation(field));
                None
            }
        }
    }
}

/// `true` for an absent or blank text.
pub(crate) fn blank(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(|t| t.trim().is_empty())
}

/// A value quoted for a message.
pub(crate) fn show(text: &str) -> String {
    format!("{text:?}")
}

/// The same text in every language (a number, a quoted value).
pub(crate) fn same(text: String) -> Text {
    Text::new(text.clone(), text.clone(), text)
}
