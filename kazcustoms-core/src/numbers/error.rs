//! The error of a number that breaks a `NUM.*` rule.

use std::fmt;

use chrono::NaiveDate;

use super::{Code, NumberKind};
use crate::report::{Lang, Text, Violation};
use crate::rules::Rule;

/// Renders only the chosen language's expression.
macro_rules! pick {
    ($lang:expr, $kk:expr, $ru:expr, $en:expr $(,)?) => {
        match $lang {
            Lang::Kk => String::from($kk),
            Lang::Ru => String::from($ru),
            Lang::En => String::from($en),
        }
    };
}

/// What exactly is wrong; kept small so that a failed parse does not allocate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    Length {
        expected: usize,
        found: usize,
    },
    Separator {
        position: usize,
        expected: char,
    },
    NotDigit {
        position: usize,
    },
    Month {
        month: u32,
    },
    Day {
        day: u32,
        month: u32,
        year: i32,
    },
    OfficeZero {
        code: Code,
    },
    OfficeUnknown {
        code: Code,
    },
    RecipientZero,
    SequenceZero,
    Future {
        date: NaiveDate,
        reference: NaiveDate,
    },
}

/// A registration number that breaks a `NUM.*` rule: the first one, in the
/// precedence of SPEC §1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberError {
    kind: NumberKind,
    fault: Fault,
}

impl NumberError {
    pub(crate) const fn new(kind: NumberKind, fault: Fault) -> NumberError {
        NumberError { kind, fault }
    }

    /// The date of a number dated after the reference date (`NUM.FUTURE`).
    pub(crate) const fn future_date(&self) -> Option<NaiveDate> {
        match self.fault {
            Fault::Future { date, .. } => Some(date),
            _ => None,
        }
    }

    /// The kind of number that was being read.
    pub const fn kind(&self) -> NumberKind {
        self.kind
    }

    /// The broken rule (`NUM.FORMAT`, `NUM.DATE`, …).
    pub const fn rule(&self) -> Rule {
        match self.fault {
            Fault::Length { .. } | Fault::Separator { .. } | Fault::NotDigit { .. } => {
                Rule::NumFormat
            }
            Fault::Month { .. } | Fault::Day { .. } => Rule::NumDate,
            Fault::OfficeZero { .. } | Fault::OfficeUnknown { .. } => Rule::NumOffice,
            Fault::RecipientZero => Rule::NumRecipient,
            Fault::SequenceZero => Rule::NumSequence,
            Fault::Future { .. } => Rule::NumFuture,
        }
    }

    /// The message in `lang`, naming the kind and what is wrong. Only that
    /// language is rendered.
    pub fn message(&self, lang: Lang) -> String {
        let kind = self.kind.title_in(lang);
        let pattern = self.kind.pattern();
        let detail = match self.fault {
            Fault::Length { expected, found } => pick!(
                lang,
                format!("ұзындығы {found} таңба, {expected} болуы керек ({pattern})"),
                format!("длина {found} символов, должно быть {expected} ({pattern})"),
                format!("{found} characters long, expected {expected} ({pattern})"),
            ),
            Fault::Separator { position, expected } => pick!(
                lang,
                format!("{position}-позицияда «{expected}» бөлгіші болуы керек ({pattern})"),
                format!("в позиции {position} должен быть разделитель «{expected}» ({pattern})"),
                format!("expected separator '{expected}' at position {position} ({pattern})"),
            ),
            Fault::NotDigit { position } => pick!(
                lang,
                format!("{position}-позицияда цифр болуы керек ({pattern})"),
                format!("в позиции {position} должна быть цифра ({pattern})"),
                format!("expected a digit at position {position} ({pattern})"),
            ),
            Fault::Month { month } => pick!(
                lang,
                format!("ай {month:02} 01–12 аралығында емес"),
                format!("месяц {month:02} не в диапазоне 01–12"),
                format!("month {month:02} is not 01–12"),
            ),
            Fault::Day { day, month, year } => pick!(
                lang,
                format!("{year} жылғы {month:02} айында {day:02} күн жоқ"),
                format!("в месяце {month:02} года {year} нет дня {day:02}"),
                format!("day {day:02} does not exist in month {month:02} of {year}"),
            ),
            Fault::OfficeZero { code } => pick!(
                lang,
                format!("кеден органының коды {code} нөлдерден тұрады"),
                format!("код таможенного органа {code} состоит из нулей"),
                format!("office code {code} is all zeros"),
            ),
            Fault::OfficeUnknown { code } => pick!(
                lang,
                format!("кеден органының коды {code} анықтамалықта жоқ"),
                format!("код таможенного органа {code} отсутствует в справочнике"),
                format!("office code {code} is not in the office directory"),
            ),
            Fault::RecipientZero => pick!(
                lang,
                "алушының тізілімдегі нөмірі 0000 нөлдерден тұрады",
                "номер получателя в реестре 0000 состоит из нулей",
                "recipient number 0000 is all zeros",
            ),
            Fault::SequenceZero => pick!(
                lang,
                "реттік нөмір нөлдерден тұрады, нөмірлеу 1-ден басталады",
                "порядковый номер состоит из нулей, нумерация начинается с 1",
                "sequence is all zeros; numbering starts at 1",
            ),
            Fault::Future { date, reference } => pick!(
                lang,
                format!("тіркеу күні {date} анықтамалық күннен {reference} кейін"),
                format!("дата регистрации {date} позже опорной даты {reference}"),
                format!("registration date {date} is after the reference date {reference}"),
            ),
        };
        format!("{kind}: {detail}")
    }

    /// The message in all three languages.
    pub fn text(&self) -> Text {
        Text::new(
            self.message(Lang::Kk),
            self.message(Lang::Ru),
            self.message(Lang::En),
        )
    }

    /// This error as a violation of `field`, sourced at the number kind's
    /// definition.
    pub fn to_violation(&self, field: impl Into<std::borrow::Cow<'static, str>>) -> Violation {
        Violation::new(self.rule(), field, self.text()).with_source(self.kind.source())
    }
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.rule().id(), self.message(Lang::En))
    }
}

impl std::error::Error for NumberError {}
