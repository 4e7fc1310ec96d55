//! The one collector of violations every document's validation uses: a
//! violation's message is its rule's title with the detail appended in each
//! language, and the place (field, sheet, item, source) goes with it.

use std::borrow::Cow;

use crate::numbers::{parse_number, NumberKind, ParseOptions, RegistrationNumber};
use crate::report::{Report, Text, Violation};
use crate::rules::Rule;

/// A detail appended to a rule's title: a text in three languages, or one
/// text the same in every language (a number, a quoted value), or none.
pub(crate) enum Detail {
    /// No detail: the message is the rule's title.
    None,
    /// The same text in every language.
    Same(String),
    /// A text in each language.
    Text(Text),
}

/// What can be a [`Detail`].
pub(crate) trait IntoDetail {
    /// The detail.
    fn into_detail(self) -> Detail;
}

impl IntoDetail for () {
    fn into_detail(self) -> Detail {
        Detail::None
    }
}

impl IntoDetail for Text {
    fn into_detail(self) -> Detail {
        Detail::Text(self)
    }
}

impl IntoDetail for Option<Text> {
    fn into_detail(self) -> Detail {
        self.map_or(Detail::None, Detail::Text)
    }
}

impl IntoDetail for String {
    fn into_detail(self) -> Detail {
        Detail::Same(self)
    }
}

impl IntoDetail for Option<String> {
    fn into_detail(self) -> Detail {
        self.map_or(Detail::None, Detail::Same)
    }
}

/// The message of a violation of `rule`: its title, then `: ` and the
/// detail in each language.
pub(crate) fn titled(rule: Rule, detail: impl IntoDetail) -> Text {
    let mut message = rule.title();
    let texts = [&mut message.kk, &mut message.ru, &mut message.en];
    match detail.into_detail() {
        Detail::None => {}
        Detail::Same(d) => {
            for text in texts {
                text.push_str(": ");
                text.push_str(&d);
            }
        }
        Detail::Text(d) => {
            for (text, more) in texts.into_iter().zip([d.kk, d.ru, d.en]) {
                text.push_str(": ");
                text.push_str(&more);
            }
        }
    }
    message
}

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
        detail: impl IntoDetail,
    ) {
        self.report
            .push(Violation::new(rule, field, titled(rule, detail)));
    }

    /// As [`Checker::add`], with another source reference than the rule's.
    pub(crate) fn push(
        &mut self,
        rule: Rule,
        field: impl Into<Cow<'static, str>>,
        detail: impl IntoDetail,
        source: Option<String>,
    ) {
        let mut v = Violation::new(rule, field, titled(rule, detail));
        if let Some(source) = source {
            v = v.with_source(source);
        }
        self.report.push(v);
    }

    /// As [`Checker::add`], on a sheet and goods item (1-based) of the form.
    pub(crate) fn at(
        &mut self,
        rule: Rule,
        field: &'static str,
        detail: impl IntoDetail,
        sheet: Option<u32>,
        item: Option<u32>,
    ) {
        let mut v = Violation::new(rule, field, titled(rule, detail));
        v.sheet = sheet;
        v.item = item;
        self.report.push(v);
    }

    /// A number that breaks a `NUM.*` rule, reported under that rule on
    /// `field` (and its sheet and item).
    pub(crate) fn number_error(
        &mut self,
        err: &crate::NumberError,
        field: &'static str,
        sheet: Option<u32>,
        item: Option<u32>,
    ) {
        let mut v = err.to_violation(field);
        v.sheet = sheet;
        v.item = item;
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
        self.quoted_at(text, kind, format_rule, field, opts, (None, None))
    }

    /// As [`Checker::quoted`], on a sheet and goods item (1-based) of the form.
    pub(crate) fn quoted_at(
        &mut self,
        text: &str,
        kind: NumberKind,
        format_rule: Rule,
        field: &'static str,
        opts: &ParseOptions<'_>,
        (sheet, item): (Option<u32>, Option<u32>),
    ) -> Option<RegistrationNumber> {
        match parse_number(kind, text, opts) {
            Ok(n) => Some(n),
            Err(e) if e.rule() == Rule::NumFormat => {
                self.at(format_rule, field, Some(same(show(text))), sheet, item);
                None
            }
            Err(e) => {
                self.number_error(&e, field, sheet, item);
                None
            }
        }
    }
}

/// `true` for an absent or blank text.
pub(crate) fn blank<S: std::ops::Deref<Target = str>>(text: &Option<S>) -> bool {
    text.as_deref().is_none_or(|t| t.trim().is_empty())
}

/// A value quoted for a message: a bounded prefix (see
/// [`crate::names::quote`]).
pub(crate) fn show(text: &str) -> String {
    crate::names::quote(text)
}

/// The same text in every language (a number, a quoted value).
pub(crate) fn same(text: String) -> Text {
    Text::new(text.clone(), text.clone(), text)
}
