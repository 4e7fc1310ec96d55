//! The one error taxonomy of the library.
//!
//! An [`Error`] means the call could not be answered as asked: the input could
//! not be read (not a date, a negative distance, an unknown kind) or a value
//! breaks a rule where a single answer was requested (parsing one number,
//! issuing one journal number). Checks of whole documents do not fail with an
//! `Error`; they return a [`Report`](crate::Report) of every violation.

use std::borrow::Cow;

use crate::journal::JournalError;
use crate::numbers::{NumberError, NumberKind};
use crate::report::{Lang, Text};
use crate::rules::Rule;

/// Why a call could not be answered.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A registration number breaks a `NUM.*` rule.
    #[error(transparent)]
    Number(#[from] NumberError),
    /// A journal refused to issue a number (`JOURNAL.*`).
    #[error(transparent)]
    Journal(#[from] JournalError),
    /// A document could not be read as a document of its kind (not JSON, a
    /// field of the wrong type, an unknown field). An input error.
    #[error("invalid document at {path}: {}", reason.en)]
    InvalidDocument {
        /// The JSON path of the offending field, e.g. `document.sheets[0].items[2].gross_kg`.
        path: String,
        /// What is wrong with it.
        reason: Text,
    },
    /// An argument could not be read or is out of its domain (an input
    /// error; it has no rule id).
    #[error("invalid {argument}: {}", reason.en)]
    InvalidArgument {
        /// The argument's name, e.g. `distance_km`.
        argument: Cow<'static, str>,
        /// What is wrong with it.
        reason: Text,
    },
}

impl Error {
    /// An input error about `argument`.
    pub fn invalid_argument(argument: impl Into<Cow<'static, str>>, reason: Text) -> Error {
        Error::InvalidArgument {
            argument: argument.into(),
            reason,
        }
    }

    /// The rule broken, for errors that are about a rule; `None` for input errors.
    ///
    /// ```
    /// use kazcustoms_core::{parse_number, NumberKind, ParseOptions, Rule};
    /// use chrono::NaiveDate;
    /// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    /// let err = parse_number(NumberKind::Dcd, "50101/30126/00001", &opts).unwrap_err();
    /// assert_eq!(kazcustoms_core::Error::from(err).rule(), Some(Rule::NumFuture));
    /// ```
    pub fn rule(&self) -> Option<Rule> {
        match self {
            Error::Number(e) => Some(e.rule()),
            Error::Journal(e) => Some(e.rule()),
            Error::InvalidArgument { .. } | Error::InvalidDocument { .. } => None,
        }
    }

    /// The number kind the error is about, where there is one.
    pub fn kind(&self) -> Option<NumberKind> {
        match self {
            Error::Number(e) => Some(e.kind()),
            Error::Journal(e) => Some(e.kind()),
            Error::InvalidArgument { .. } | Error::InvalidDocument { .. } => None,
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::Number(e) => e.message(lang),
            Error::Journal(e) => e.message(lang),
            Error::InvalidArgument { argument, reason } => {
                let lead = match lang {
                    Lang::Kk => "жарамсыз аргумент",
                    Lang::Ru => "недопустимый аргумент",
                    Lang::En => "invalid",
                };
                format!("{lead} {argument}: {}", reason.get(lang))
            }
            Error::InvalidDocument { path, reason } => {
                let lead = match lang {
                    Lang::Kk => "жарамсыз құжат",
                    Lang::Ru => "недопустимый документ",
                    Lang::En => "invalid document at",
                };
                format!("{lead} {path}: {}", reason.get(lang))
            }
        }
    }
}
