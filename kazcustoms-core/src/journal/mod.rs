//! Journals: the registers that issue registration numbers (SPEC §1).
//!
//! A journal belongs to one issuer (an office code, or a warehouse licence for
//! `tsw`) and numbers within a calendar year: the sequence grows by one and
//! starts again at 1 on 1 January (R1 §9 col. 7, applied to every kind).
//! A number is never issued twice; a full journal is `JOURNAL.FULL`, never a
//! wrap-around; a date before the last issued date is `JOURNAL.BACKDATED`
//! (this includes a date in an earlier year than the journal has reached).
//!
//! A [`Journal`] is `Send + Sync`: share it between threads behind an `Arc`;
//! every issue takes a short internal lock, so no two callers get the same
//! number and no sequence is skipped.

use std::sync::{Mutex, MutexGuard};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Input};
use crate::numbers::{Code, Fault, NumberError, NumberKind, Raw};
use crate::numbers::{
    DcdNumber, EscortNumber, GuaranteeNumber, RegistrationNumber, SecurityNumber,
    ShortDeclarationNumber, TswNumber,
};
use crate::text::Text;

mod error;

pub use error::JournalError;
pub(crate) use error::JournalFault;

/// The version of the saved-state JSON this library writes and reads.
pub const JOURNAL_FORMAT: u32 = 1;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct State {
    last_sequence: u32,
    last_date: Option<NaiveDate>,
}

/// A journal that issues numbers of one kind for one issuer.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{Journal, NumberKind};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let j = Journal::new(NumberKind::Dcd, "50101").unwrap();
/// assert_eq!(j.issue(d(2026, 12, 30), None).unwrap().to_string(), "50101/30126/00001");
/// assert_eq!(j.issue(d(2026, 12, 31), None).unwrap().to_string(), "50101/31126/00002");
/// // a new year starts again at 1
/// assert_eq!(j.issue(d(2027, 1, 1), None).unwrap().to_string(), "50101/01017/00001");
/// // the state is saved and resumed exactly
/// let k = Journal::from_json(&j.to_json()).unwrap();
/// assert_eq!(k.issue(d(2027, 1, 2), None).unwrap().to_string(), "50101/02017/00002");
/// ```
#[derive(Debug)]
pub struct Journal {
    kind: NumberKind,
    issuer: String,
    code: Code,
    state: Mutex<State>,
}

/// The saved state of a journal (see the README for the JSON shape).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JournalState {
    /// Always [`JOURNAL_FORMAT`].
    pub format: u32,
    /// The number kind's code name.
    pub kind: String,
    /// The issuer as given to [`Journal::new`].
    pub issuer: String,
    /// The last sequence issued in the year of `last_date` (0: none yet).
    pub last_sequence: u32,
    /// The date of the last number issued, if any.
    #[serde(default, deserialize_with = "crate::dates::option")]
    pub last_date: Option<NaiveDate>,
}

fn bad_issuer(kind: NumberKind, issuer: &str) -> Error {
    let (kk, ru, en) = match kind {
        NumberKind::Tsw => (
            "қойма лицензиясының кемінде 6 цифры",
            "не менее 6 цифр лицензии склада",
            "at least 6 digits of the warehouse licence",
        ),
        _ => (
            "кеден органының 5 таңбалы коды",
            "5-значный код таможенного органа",
            "a 5-digit customs office code",
        ),
    };
    let issuer = crate::names::quote(issuer);
    Error::invalid_argument(
        "issuer",
        Text::new(
            format!("{issuer}: {kk} болуы керек"),
            format!("{issuer}: ожидается {ru}"),
            format!("{issuer}: expected {en}"),
        ),
    )
}

impl Journal {
    /// An empty journal of `kind` for `issuer`: the office code (5 digits)
    /// for every kind but `tsw`, whose issuer is the warehouse licence (its
    /// digits, at least six; the last six go into the number). For
    /// `guarantee` the issuer is the destination office; its first three
    /// digits go into the number.
    ///
    /// # Errors
    ///
    /// An input error for a malformed issuer; `NUM.OFFICE` for an office code
    /// of all zeros, and for a `guarantee` office whose first three digits
    /// (the prefix its numbers carry) are all zeros.
    ///
    /// ```
    /// use kazcustoms_core::{Journal, NumberKind};
    /// let err = Journal::new(NumberKind::Guarantee, "00042").unwrap_err();
    /// assert_eq!(err.rule().unwrap().id(), "NUM.OFFICE");
    /// assert!(Journal::new(NumberKind::Dcd, "00042").is_ok());
    /// ```
    pub fn new(kind: NumberKind, issuer: &str) -> Result<Journal, Error> {
        let code = match kind {
            NumberKind::Tsw => {
                let b = issuer.as_bytes();
                if b.len() < 6 || !b.iter().all(u8::is_ascii_digit) {
                    return Err(bad_issuer(kind, issuer));
                }
                Code::parse(&issuer[issuer.len() - 6..], 6)
                    .ok_or_else(|| bad_issuer(kind, issuer))?
            }
            _ => {
                let code = Code::parse(issuer, 5).ok_or_else(|| bad_issuer(kind, issuer))?;
                if code.is_zero() {
                    return Err(NumberError::new(kind, Fault::OfficeZero { code }).into());
                }
                // A guarantee number carries only the office's first three
                // digits (R1 §17): an office `00042` would issue numbers with
                // the prefix `000`, which no parser accepts (NUM.OFFICE).
                let prefix = Code::new(code.value() / 100, 3);
                if kind == NumberKind::Guarantee && prefix.is_zero() {
                    return Err(NumberError::new(kind, Fault::OfficeZero { code: prefix }).into());
                }
                code
            }
        };
        Ok(Journal {
            kind,
            issuer: issuer.to_owned(),
            code,
            state: Mutex::new(State::default()),
        })
    }

    /// The kind of number this journal issues.
    pub fn kind(&self) -> NumberKind {
        self.kind
    }

    /// The issuer as given to [`Journal::new`].
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave State half-written (it
        // is assigned whole), so a poisoned lock is still consistent.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The last sequence issued and its date, if any.
    pub fn last_issued(&self) -> Option<(u32, NaiveDate)> {
        let s = *self.lock();
        s.last_date.map(|d| (s.last_sequence, d))
    }

    /// Issues the next number on `date`. A `guarantee` journal needs the
    /// recipient's 4-digit register number; other kinds take `None`.
    ///
    /// # Errors
    ///
    /// `JOURNAL.BACKDATED`, `JOURNAL.FULL`; `NUM.RECIPIENT` for recipient
    /// `0000`; an input error for a recipient that is missing, malformed, or
    /// given to a kind that has none.
    pub fn issue(
        &self,
        date: NaiveDate,
        recipient: Option<&str>,
    ) -> Result<RegistrationNumber, Error> {
        let recipient = self.recipient(recipient)?;
        let sequence = {
            let mut state = self.lock();
            let next = match state.last_date {
                Some(last) if date < last => {
                    return Err(JournalError {
                        kind: self.kind,
                        fault: JournalFault::Backdated { date, last },
                    }
                    .into())
                }
                Some(last) if last.year() == date.year() => state.last_sequence + 1,
                _ => 1,
            };
            if next > self.kind.max_sequence() {
                return Err(JournalError {
                    kind: self.kind,
                    fault: JournalFault::Full {
                        year: date.year(),
                        max: self.kind.max_sequence(),
                    },
                }
                .into());
            }
            *state = State {
                last_sequence: next,
                last_date: Some(date),
            };
            next
        };
        let raw = Raw {
            office: self.code.value(),
            prefix: self.code.value() / 100,
            recipient,
            licence: self.code.value(),
            sequence,
            date: Some(date),
        };
        Ok(match self.kind {
            NumberKind::Dcd => DcdNumber::from_raw(&raw).into(),
            NumberKind::Guarantee => GuaranteeNumber::from_raw(&raw).into(),
            NumberKind::ShortDeclaration => ShortDeclarationNumber::from_raw(&raw).into(),
            NumberKind::Tsw => TswNumber::from_raw(&raw).into(),
            NumberKind::Escort => EscortNumber::from_raw(&raw).into(),
            NumberKind::Security => SecurityNumber::from_raw(&raw).into(),
        })
    }

    fn recipient(&self, recipient: Option<&str>) -> Result<u32, Error> {
        let needs = self.kind == NumberKind::Guarantee;
        match (needs, recipient) {
            (true, Some(r)) => {
                let code = Code::parse(r, 4).ok_or_else(|| {
                    let r = crate::names::quote(r);
                    Error::invalid_argument(
                        "recipient",
                        Text::new(
                            format!("{r}: алушының 4 таңбалы нөмірі болуы керек"),
                            format!("{r}: ожидается 4-значный номер получателя"),
                            format!("{r}: expected the recipient's 4-digit register number"),
                        ),
                    )
                })?;
                if code.is_zero() {
                    return Err(NumberError::new(self.kind, Fault::RecipientZero).into());
                }
                Ok(code.value())
            }
            (true, None) => Err(Error::invalid_argument(
                "recipient",
                Text::new(
                    "кепілдік міндеттеме журналы алушының нөмірін талап етеді",
                    "журнал гарантийных обязательств требует номер получателя",
                    "a guarantee journal needs the recipient's register number",
                ),
            )),
            (false, Some(_)) => Err(Error::invalid_argument(
                "recipient",
                Text::new(
                    format!("{} нөмірінде алушы жоқ", self.kind),
                    format!("номер вида {} не содержит получателя", self.kind),
                    format!("a {} number has no recipient", self.kind),
                ),
            )),
            (false, None) => Ok(0),
        }
    }

    /// The journal's state, to be saved and restored with [`Journal::from_state`].
    pub fn state(&self) -> JournalState {
        let s = *self.lock();
        JournalState {
            format: JOURNAL_FORMAT,
            kind: self.kind.name().to_owned(),
            issuer: self.issuer.clone(),
            last_sequence: s.last_sequence,
            last_date: s.last_date,
        }
    }

    /// A journal resumed from a saved state, exactly where it stopped.
    ///
    /// # Errors
    ///
    /// An input error (`InvalidDocument`, input `state`, with the path of
    /// the offending member) for a state this library did not write:
    /// another format version, an unknown kind, a malformed issuer, a
    /// sequence beyond the kind's width, or a sequence without a date (or a
    /// date without one).
    ///
    /// ```
    /// use kazcustoms_core::{Journal, NumberKind};
    /// let mut state = Journal::new(NumberKind::Dcd, "50101").unwrap().state();
    /// state.last_sequence = 3; // a sequence without a date
    /// let err = Journal::from_state(&state).unwrap_err();
    /// assert_eq!(err.path(), Some("state.last_sequence"));
    /// ```
    pub fn from_state(state: &JournalState) -> Result<Journal, Error> {
        Journal::from_state_in(state, "state")
    }

    /// As [`Journal::from_state`], and the last date is not after
    /// `reference` (the caller's today): a journal cannot have issued a
    /// number dated after the date it is resumed on, and one that claims to
    /// would refuse every number until then (`JOURNAL.BACKDATED`).
    ///
    /// Reading: "after" is strict, as for `NUM.FUTURE`: a number issued on
    /// the reference date itself is in order. [`Journal::from_state`] has no
    /// reference date and makes no such check.
    ///
    /// # Errors
    ///
    /// As [`Journal::from_state`]; an input error at `state.last_date` for
    /// a last date after `reference`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::{Journal, NumberKind};
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let j = Journal::new(NumberKind::Dcd, "50101").unwrap();
    /// j.issue(d(2026, 3, 1), None).unwrap();
    /// assert!(Journal::from_state_at(&j.state(), d(2026, 3, 1)).is_ok());
    /// let err = Journal::from_state_at(&j.state(), d(2026, 2, 28)).unwrap_err();
    /// assert_eq!(err.path(), Some("state.last_date"));
    /// ```
    pub fn from_state_at(state: &JournalState, reference: NaiveDate) -> Result<Journal, Error> {
        let journal = Journal::from_state(state)?;
        check_not_after(state, reference, "state")?;
        Ok(journal)
    }

    /// [`Journal::from_state`] with the error paths under `root` (`state`,
    /// or `state.journal` for a guarantee office's journal).
    pub(crate) fn from_state_in(state: &JournalState, root: &str) -> Result<Journal, Error> {
        let at = |field: &str| format!("{root}.{field}");
        if state.format != JOURNAL_FORMAT {
            let f = state.format;
            return Err(Error::invalid_document(
                Input::State,
                at("format"),
                Text::new(
                    format!("{f} пішімі {JOURNAL_FORMAT} емес"),
                    format!("формат {f} не {JOURNAL_FORMAT}"),
                    format!("format {f} is not {JOURNAL_FORMAT}"),
                ),
            ));
        }
        // A kind or issuer this library would refuse as an argument makes
        // the saved state unreadable: the error names the state's field.
        let in_state =
            |field: &str, e: Error| Error::invalid_document(Input::State, at(field), e.text());
        let kind: NumberKind = state
            .kind
            .parse()
            .map_err(|e: crate::names::UnknownName| in_state("kind", e.into()))?;
        let journal = Journal::new(kind, &state.issuer).map_err(|e| in_state("issuer", e))?;
        let consistent = match state.last_date {
            None => state.last_sequence == 0,
            Some(_) => (1..=kind.max_sequence()).contains(&state.last_sequence),
        };
        if !consistent {
            let n = state.last_sequence;
            return Err(Error::invalid_document(
                Input::State,
                at("last_sequence"),
                Text::new(
                    format!("last_sequence {n} last_date пен {kind} еніне сәйкес емес"),
                    format!("last_sequence {n} не соответствует last_date и разрядности {kind}"),
                    format!("last_sequence {n} does not fit last_date and the width of {kind}"),
                ),
            ));
        }
        *journal.lock() = State {
            last_sequence: state.last_sequence,
            last_date: state.last_date,
        };
        Ok(journal)
    }

    /// The saved state as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.state()).unwrap_or_default()
    }

    /// A journal resumed from JSON written by [`Journal::to_json`].
    ///
    /// # Errors
    ///
    /// An input error for text that is not such JSON, or repeats a key in
    /// an object (`{"last_sequence": 12, "last_sequence": 3}`: which one was
    /// meant cannot be known); otherwise as [`Journal::from_state`].
    ///
    /// ```
    /// use kazcustoms_core::Journal;
    /// let text = r#"{"format":1,"kind":"dcd","issuer":"50101","last_sequence":12,"last_sequence":3,"last_date":"2026-03-01"}"#;
    /// assert_eq!(Journal::from_json(text).unwrap_err().path(), Some("state.last_sequence"));
    /// ```
    pub fn from_json(json: &str) -> Result<Journal, Error> {
        let state: JournalState = crate::json::from_json_at(json, Input::State)?;
        Journal::from_state(&state)
    }

    /// As [`Journal::from_json`], with the check of
    /// [`Journal::from_state_at`]: the last date is not after `reference`.
    ///
    /// # Errors
    ///
    /// As [`Journal::from_json`] and [`Journal::from_state_at`].
    pub fn from_json_at(json: &str, reference: NaiveDate) -> Result<Journal, Error> {
        let state: JournalState = crate::json::from_json_at(json, Input::State)?;
        Journal::from_state_at(&state, reference)
    }
}

/// An input error at `{root}.last_date` when the state's last date is after
/// `reference`.
pub(crate) fn check_not_after(
    state: &JournalState,
    reference: NaiveDate,
    root: &str,
) -> Result<(), Error> {
    match state.last_date {
        Some(last) if last > reference => Err(Error::invalid_document(
            Input::State,
            format!("{root}.last_date"),
            Text::new(
                format!("журнал соңғы нөмірді {last} күні берген, бұл анықтамалық {reference} күнінен кейін"),
                format!("журнал выдал последний номер {last}, позже опорной даты {reference}"),
                format!("the journal issued its last number on {last}, after the reference date {reference}"),
            ),
        )),
        _ => Ok(()),
    }
}

impl Clone for Journal {
    fn clone(&self) -> Journal {
        Journal {
            kind: self.kind,
            issuer: self.issuer.clone(),
            code: self.code,
            state: Mutex::new(*self.lock()),
        }
    }
}
