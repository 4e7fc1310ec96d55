//! Why a journal refused to issue a number (`JOURNAL.*`).

use std::fmt;

use chrono::NaiveDate;

use crate::numbers::NumberKind;
use crate::rules::Rule;
use crate::text::{Lang, Text};

/// A journal refused to issue a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournalError {
    pub(crate) kind: NumberKind,
    pub(crate) fault: JournalFault,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum JournalFault {
    Full { year: i32, max: u32 },
    Backdated { date: NaiveDate, last: NaiveDate },
}

impl JournalError {
    /// The kind of number the journal issues.
    pub const fn kind(&self) -> NumberKind {
        self.kind
    }

    /// `JOURNAL.FULL` or `JOURNAL.BACKDATED`.
    pub const fn rule(&self) -> Rule {
        match self.fault {
            JournalFault::Full { .. } => Rule::JournalFull,
            JournalFault::Backdated { .. } => Rule::JournalBackdated,
        }
    }

    /// The message in all three languages.
    pub fn text(&self) -> Text {
        let kind = self.kind.title();
        let detail = match self.fault {
            JournalFault::Full { year, max } => Text::new(
                format!("{year} жылғы журнал толды: {max} соңғы нөмір"),
                format!("журнал {year} года заполнен: {max} — последний номер"),
                format!("the {year} journal is full: {max} is the last sequence"),
            ),
            JournalFault::Backdated { date, last } => Text::new(
                format!("{date} күні соңғы берілген {last} күнінен ерте"),
                format!("дата {date} раньше последней выданной {last}"),
                format!("{date} is earlier than the last issued date {last}"),
            ),
        };
        Text::new(
            format!("{} журналы: {}", kind.kk, detail.kk),
            format!("журнал ({}): {}", kind.ru, detail.ru),
            format!("{} journal: {}", kind.en, detail.en),
        )
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.text().get(lang).to_owned()
    }
}

impl fmt::Display for JournalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.rule().id(), self.text().en)
    }
}

impl std::error::Error for JournalError {}
