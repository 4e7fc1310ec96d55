//! The one error taxonomy of the library.
//!
//! An [`Error`] means the call could not be answered as asked: the input could
//! not be read (not a date, a negative distance, an unknown kind) or a value
//! breaks a rule where a single answer was requested (parsing one number,
//! issuing one journal number, moving a lifecycle one step). Checks of whole
//! documents do not fail with an `Error`; they return a
//! [`Report`](crate::Report) of every violation.
//!
//! Every error has one [`ErrorClass`], and the bindings map the class, and
//! only the class, to their own form: a Python exception class, a C result
//! code. The same input therefore fails the same way in every function and
//! every language.

use std::borrow::Cow;

use crate::journal::JournalError;
use crate::names::UnknownName;
use crate::numbers::{NumberError, NumberKind};
use crate::report::Violation;
use crate::rules::Rule;
use crate::text::{Lang, Text};
use serde::Serialize;

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
    /// A structured input could not be read as what it should be (not JSON,
    /// a field of the wrong type, an unknown field): a document, the
    /// options, calendar changes, journal entries or a saved state. An input
    /// error.
    #[error("invalid {} at {path}: {}", input.name(), reason.en)]
    InvalidDocument {
        /// Which input could not be read.
        input: Input,
        /// The JSON path of the offending field, e.g.
        /// `document.sheets[0].items[2].gross_kg`; it starts with the
        /// input's root name ([`Input::name`]).
        path: String,
        /// What is wrong with it.
        reason: Text,
        /// Every field that cannot be read, in the order found: the first
        /// is the one at `path` (with `reason`), the others follow. A
        /// document read against its kind's JSON Schema lists each shape
        /// error (see [`crate::shape`]); other inputs list one. Never
        /// empty. (Boxed, so that an error stays small.)
        problems: Box<[Problem]>,
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
    /// A lifecycle refused a move (`DCD.STATE`, `GO.STATE`): the violation
    /// says which rule and why.
    #[error("{}", .0.message.en)]
    Transition(Box<Violation>),
}

crate::named_enum! {
    /// The structured input an [`Error::InvalidDocument`] is about; its name
    /// is the root of the error's path.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Input: "input", ["кіріс", "входные данные", "input"] {
        /// `document`: the document to validate.
        Document = "document",
        /// `options`: the validation context (reference date, offices, …).
        Options = "options",
        /// `calendar`: changes to the working-day calendar.
        Calendar = "calendar",
        /// `entries`: the entries of a journal to export.
        Entries = "entries",
        /// `state`: a saved state (a journal, a guarantee office).
        State = "state",
    }
}

crate::named_enum! {
    /// What is wrong with one field of an input that cannot be read (a
    /// [`Problem`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ProblemKind: "problem", ["ақау", "проблема", "problem"] {
        /// A value of the wrong JSON type: a string where a number is
        /// expected, an object where a list is.
        Type = "type",
        /// A required field is missing; the path is that of its object,
        /// the reason names the field.
        Required = "required",
        /// A field the input does not have (a misspelt or foreign name).
        UnknownField = "unknown_field",
        /// A value that is not one of the allowed ones (a state, a code).
        NotAllowed = "not_allowed",
        /// A text that is not in its format: a date not written
        /// `YYYY-MM-DD`.
        Format = "format",
        /// A number out of the range of its field (a negative count).
        Range = "range",
        /// Anything else the reader refused: text that is not JSON, a key
        /// given twice, a value out of a field's own reading.
        Unreadable = "unreadable",
    }
}

/// One field of an input that cannot be read: where, what kind of problem,
/// and why, in three languages. [`Error::problems`] lists every one of a
/// document.
///
/// ```
/// use kazcustoms_core::documents::validate_json;
/// use kazcustoms_core::ProblemKind;
/// let err = validate_json("short_declaration", r#"{"arrival_date": 7, "colour": "red"}"#, "").unwrap_err();
/// let kinds: Vec<_> = err.problems().iter().map(|p| (p.path.as_str(), p.kind)).collect();
/// assert!(kinds.contains(&("document.arrival_date", ProblemKind::Type)));
/// assert!(kinds.contains(&("document.colour", ProblemKind::UnknownField)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The path of the field, under the input's root name
    /// (`document.sheets[0].items[2].gross_kg`); for a missing field, the
    /// path of its object.
    pub path: String,
    /// What kind of problem it is.
    pub kind: ProblemKind,
    /// What is wrong, without the path, in Kazakh, Russian and English.
    pub reason: Text,
}

impl Problem {
    /// A problem at `path`; the path and the reason are bounded with
    /// [`crate::names::bound`].
    pub fn new(path: impl Into<String>, kind: ProblemKind, reason: Text) -> Problem {
        let path = path.into();
        let path = match crate::names::bound(&path) {
            std::borrow::Cow::Borrowed(_) => path,
            std::borrow::Cow::Owned(short) => short,
        };
        Problem {
            path,
            kind,
            reason: bounded(reason),
        }
    }

    /// `path: reason` in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.path, self.reason.get(lang))
    }
}

crate::named_enum! {
    /// The class of an [`Error`]: what the bindings map to a Python exception
    /// class and a C result code, one to one.
    ///
    /// | class | Python | C |
    /// |---|---|---|
    /// | `invalid_number` | `InvalidNumber` | `KAZCUSTOMS_RESULT_INVALID_NUMBER` |
    /// | `journal` | `JournalError` | `KAZCUSTOMS_RESULT_JOURNAL` |
    /// | `invalid_document` | `InvalidDocument` | `KAZCUSTOMS_RESULT_INVALID_DOCUMENT` |
    /// | `invalid_argument` | `KazcustomsError` | `KAZCUSTOMS_RESULT_INVALID_ARGUMENT` |
    /// | `transition` | `TransitionError` | `KAZCUSTOMS_RESULT_VIOLATION` |
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ErrorClass: "error", ["қате", "ошибка", "error"] {
        /// A registration number breaks a `NUM.*` rule.
        InvalidNumber = "invalid_number",
        /// A journal refused to issue a number.
        Journal = "journal",
        /// A structured input could not be read.
        InvalidDocument = "invalid_document",
        /// An argument could not be read or is out of its domain.
        InvalidArgument = "invalid_argument",
        /// A lifecycle refused a move.
        Transition = "transition",
    }
}

impl Error {
    /// An input error about `argument`.
    pub fn invalid_argument(argument: impl Into<Cow<'static, str>>, reason: Text) -> Error {
        Error::InvalidArgument {
            argument: argument.into(),
            reason: bounded(reason),
        }
    }

    /// An unreadable `input` at `path`. The path and the reason are bounded
    /// with [`crate::names::bound`], so a huge bad value (a 50 MiB key or
    /// string) never makes a huge message.
    pub fn invalid_document(input: Input, path: impl Into<String>, reason: Text) -> Error {
        Error::unreadable(
            input,
            vec![Problem::new(path, ProblemKind::Unreadable, reason)],
        )
    }

    /// An unreadable `input` with every problem found, the first being the
    /// error's path and reason. An empty list gives one problem at the
    /// input's root.
    ///
    /// ```
    /// use kazcustoms_core::{Error, Input, Problem, ProblemKind, Text};
    /// let missing = |f: &str| Problem::new("document", ProblemKind::Required, Text::new(f, f, f));
    /// let err = Error::unreadable(Input::Document, vec![missing("date"), missing("number")]);
    /// assert_eq!(err.path(), Some("document"));
    /// assert_eq!(err.problems().len(), 2);
    /// ```
    pub fn unreadable(input: Input, mut problems: Vec<Problem>) -> Error {
        if problems.is_empty() {
            problems.push(Problem::new(
                input.name(),
                ProblemKind::Unreadable,
                Text::new("оқылмады", "не прочитано", "cannot be read"),
            ));
        }
        let (path, reason) = match problems.first() {
            Some(first) => (first.path.clone(), first.reason.clone()),
            None => (input.name().to_owned(), Text::new("", "", "")),
        };
        Error::InvalidDocument {
            input,
            path,
            reason,
            problems: problems.into_boxed_slice(),
        }
    }

    /// As [`Error::invalid_document`], with `location` (where the parser
    /// stopped: " at line L column C", in each language) put after the
    /// bounded reason, whole.
    pub(crate) fn invalid_document_at(
        input: Input,
        path: impl Into<String>,
        reason: Text,
        location: &Text,
    ) -> Error {
        let mut error = Error::invalid_document(input, path, reason);
        if let Error::InvalidDocument {
            reason, problems, ..
        } = &mut error
        {
            reason.kk.push_str(&location.kk);
            reason.ru.push_str(&location.ru);
            reason.en.push_str(&location.en);
            if let Some(first) = problems.first_mut() {
                first.reason = reason.clone();
            }
        }
        error
    }

    /// The error's class, which the bindings map to their own form.
    ///
    /// ```
    /// use kazcustoms_core::documents::validate_json;
    /// use kazcustoms_core::error::ErrorClass;
    /// let err = validate_json("dcd", "not json", "").unwrap_err();
    /// assert_eq!(err.class(), ErrorClass::InvalidDocument);
    /// assert_eq!(validate_json("dcdd", "{}", "").unwrap_err().class(), ErrorClass::InvalidArgument);
    /// ```
    pub fn class(&self) -> ErrorClass {
        match self {
            Error::Number(_) => ErrorClass::InvalidNumber,
            Error::Journal(_) => ErrorClass::Journal,
            Error::InvalidDocument { .. } => ErrorClass::InvalidDocument,
            Error::InvalidArgument { .. } => ErrorClass::InvalidArgument,
            Error::Transition(_) => ErrorClass::Transition,
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
            Error::Transition(v) => Some(v.rule),
            Error::InvalidArgument { .. } | Error::InvalidDocument { .. } => None,
        }
    }

    /// The number kind the error is about, where there is one.
    pub fn kind(&self) -> Option<NumberKind> {
        match self {
            Error::Number(e) => Some(e.kind()),
            Error::Journal(e) => Some(e.kind()),
            _ => None,
        }
    }

    /// The violation of a refused lifecycle move, for a `Transition`.
    pub fn violation(&self) -> Option<&Violation> {
        match self {
            Error::Transition(v) => Some(v),
            _ => None,
        }
    }

    /// The rule ids of the error, as a report would list them: the one rule
    /// of a rule-bearing error, none for an input error.
    pub fn rule_ids(&self) -> Vec<&'static str> {
        self.rule().map(|r| r.id()).into_iter().collect()
    }

    /// The input that could not be read, for an `InvalidDocument`.
    pub fn input(&self) -> Option<Input> {
        match self {
            Error::InvalidDocument { input, .. } => Some(*input),
            _ => None,
        }
    }

    /// The JSON path of the offending field, for an `InvalidDocument`.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::InvalidDocument { path, .. } => Some(path),
            _ => None,
        }
    }

    /// Every field of the input that cannot be read, for an
    /// `InvalidDocument` (the first is the one at [`Error::path`]); empty
    /// for other errors.
    ///
    /// ```
    /// use kazcustoms_core::documents::validate_json;
    /// let text = r#"{"packages": "27", "gross_kg": 1, "consignor": 5}"#;
    /// let err = validate_json("dcd", text, "").unwrap_err();
    /// let paths: Vec<&str> = err.problems().iter().map(|p| p.path.as_str()).collect();
    /// assert_eq!(paths, ["document.packages", "document.consignor", "document.gross_kg"]);
    /// ```
    pub fn problems(&self) -> &[Problem] {
        match self {
            Error::InvalidDocument { problems, .. } => problems,
            _ => &[],
        }
    }

    /// The message in all three languages.
    pub fn text(&self) -> Text {
        Text::new(
            self.message(Lang::Kk),
            self.message(Lang::Ru),
            self.message(Lang::En),
        )
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::Number(e) => e.message(lang),
            Error::Journal(e) => e.message(lang),
            Error::Transition(v) => v.message.get(lang).to_owned(),
            Error::InvalidArgument { argument, reason } => {
                let lead = match lang {
                    Lang::Kk => "жарамсыз аргумент",
                    Lang::Ru => "недопустимый аргумент",
                    Lang::En => "invalid",
                };
                format!("{lead} {argument}: {}", reason.get(lang))
            }
            Error::InvalidDocument {
                input,
                path,
                reason,
                problems,
            } => {
                let lead = match (lang, input) {
                    (Lang::Kk, Input::Document) => "жарамсыз құжат",
                    (Lang::Kk, Input::Options) => "жарамсыз параметрлер",
                    (Lang::Kk, Input::Calendar) => "жарамсыз күнтізбе өзгерістері",
                    (Lang::Kk, Input::Entries) => "жарамсыз журнал жазбалары",
                    (Lang::Kk, Input::State) => "жарамсыз сақталған күй",
                    (Lang::Ru, Input::Document) => "недопустимый документ",
                    (Lang::Ru, Input::Options) => "недопустимые параметры",
                    (Lang::Ru, Input::Calendar) => "недопустимые изменения календаря",
                    (Lang::Ru, Input::Entries) => "недопустимые записи журнала",
                    (Lang::Ru, Input::State) => "недопустимое сохранённое состояние",
                    (Lang::En, Input::Document) => "invalid document at",
                    (Lang::En, Input::Options) => "invalid options at",
                    (Lang::En, Input::Calendar) => "invalid calendar changes at",
                    (Lang::En, Input::Entries) => "invalid journal entries at",
                    (Lang::En, Input::State) => "invalid saved state at",
                };
                let mut message = format!("{lead} {path}: {}", reason.get(lang));
                if let Some(more) = problems.get(1..).filter(|m| !m.is_empty()) {
                    message.push_str(crate::messages::shape::also(more.len()).get(lang));
                    let listed: Vec<String> = more
                        .iter()
                        .take(LISTED_PROBLEMS)
                        .map(|p| p.message(lang))
                        .collect();
                    message.push_str(&listed.join("; "));
                    if more.len() > LISTED_PROBLEMS {
                        message.push_str("; …");
                    }
                }
                message
            }
        }
    }
}

impl From<UnknownName> for Error {
    fn from(e: UnknownName) -> Error {
        let argument = e.argument;
        Error::invalid_argument(argument, Text::from(e.messages()))
    }
}

/// Where an inconsistency of a saved state or of a journal's entries is:
/// the input (`state`, `entries`) and the path of the list it is in
/// (`state.obligations`, `entries`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Place<'a> {
    /// The input read.
    pub(crate) input: Input,
    /// The path of the list, starting with the input's name.
    pub(crate) root: &'a str,
}

impl<'a> Place<'a> {
    /// The place of a list at `root` of `input`.
    pub(crate) const fn new(input: Input, root: &'a str) -> Place<'a> {
        Place { input, root }
    }

    /// The path of entry `i`: `state.obligations[3]`.
    pub(crate) fn entry(&self, i: usize) -> String {
        format!("{}[{i}]", self.root)
    }

    /// The path of a field of entry `i`: `state.obligations[3].dcd_number`.
    pub(crate) fn field(&self, i: usize, field: &str) -> String {
        format!("{}[{i}].{field}", self.root)
    }

    /// `InvalidDocument` about this input at `path`.
    pub(crate) fn error(&self, path: String, reason: Text) -> Error {
        Error::invalid_document(self.input, path, reason)
    }

    /// `InvalidDocument` at a field of entry `i`.
    pub(crate) fn at(&self, i: usize, field: &str, reason: Text) -> Error {
        self.error(self.field(i, field), reason)
    }
}

/// The first entry whose key an earlier entry has, as `(entry, earlier)`;
/// entries without a key (`None`) are passed over. Linear (a hash set).
pub(crate) fn first_repeat<K: std::hash::Hash + Eq>(
    keys: impl IntoIterator<Item = Option<K>>,
) -> Option<(usize, usize)> {
    let mut seen = std::collections::HashMap::new();
    for (i, key) in keys.into_iter().enumerate() {
        if let Some(key) = key {
            if let Some(&k) = seen.get(&key) {
                return Some((i, k));
            }
            seen.insert(key, i);
        }
    }
    None
}

/// The journal's "No" of entry `i` is a sequence (1 to `max`), or an input
/// error at `entries[i].number`.
pub(crate) fn check_sequence(place: Place<'_>, i: usize, n: u32, max: u32) -> Result<(), Error> {
    if (1..=max).contains(&n) {
        return Ok(());
    }
    Err(place.at(
        i,
        "number",
        Text::new(
            format!("№ {n} журналдың реттік нөмірі емес (1-ден {max} дейін)"),
            format!("№ {n} — не порядковый номер журнала (от 1 до {max})"),
            format!("the No {n} is not a sequence of the journal (1 to {max})"),
        ),
    ))
}

/// The registration number written in entry `i` (at `field`, quoted as
/// `q`) carries the entry's own date and No, or an input error there: a
/// journal's number is issued on the entry's date with its sequence.
pub(crate) fn number_fits_entry(
    place: Place<'_>,
    (i, field): (usize, &str),
    q: &str,
    number: (chrono::NaiveDate, u32),
    (date, no): (chrono::NaiveDate, u32),
) -> Result<(), Error> {
    let (d, s) = number;
    if d == date && s == no {
        return Ok(());
    }
    Err(place.at(
        i,
        field,
        Text::new(
            format!("{q} нөмірінің күні {d}, реттік нөмірі {s}, ал жазбада {date}, № {no}"),
            format!("номер {q} датирован {d} с порядковым номером {s}, а в записи {date}, № {no}"),
            format!("the number {q} is dated {d} with the sequence {s}, but the entry says {date}, No {no}"),
        ),
    ))
}

/// An input error at `entries[i].number`: its No is already entry `k`'s.
pub(crate) fn repeated_number(place: Place<'_>, (i, k): (usize, usize), n: u32) -> Error {
    let other = place.entry(k);
    place.at(
        i,
        "number",
        Text::new(
            format!("№ {n} {other} жазбасында бар: әр нөмір бір рет жазылады"),
            format!("№ {n} уже у записи {other}: каждый номер вносится один раз"),
            format!("the No {n} is already that of {other}: each number is written once"),
        ),
    )
}

/// The most problems after the first that [`Error::message`] lists (all
/// are in [`Error::problems`]).
const LISTED_PROBLEMS: usize = 10;

impl Serialize for ProblemKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// Each language's text bounded with [`crate::names::bound`].
fn bounded(text: Text) -> Text {
    let one = |t: String| match crate::names::bound(&t) {
        std::borrow::Cow::Borrowed(_) => t,
        std::borrow::Cow::Owned(short) => short,
    };
    Text::new(one(text.kk), one(text.ru), one(text.en))
}
