//! The plain C value types: a date, a number kind, a parsed number.

use std::ffi::c_char;

use chrono::{Datelike, NaiveDate};
use kazcustoms_core::messages::ffi::not_a_date;
use kazcustoms_core::{Code, NumberKind, RegistrationNumber};

use crate::ffi::Failure;

/// A calendar date (proleptic Gregorian).
///
/// As an argument it must be a real date (month 1–12, a day that exists in
/// that month and year), otherwise the call fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kazcustoms_date {
    /// The year, e.g. 2026.
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
    /// The day of the month, 1–31.
    pub day: u32,
}

impl kazcustoms_date {
    /// The date as chrono's, or an input error naming `argument`.
    pub(crate) fn to_naive(self, argument: &'static str) -> Result<NaiveDate, Failure> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day).ok_or_else(|| {
            Failure::invalid_argument(argument, not_a_date(self.year, self.month, self.day))
        })
    }
}

impl From<NaiveDate> for kazcustoms_date {
    fn from(d: NaiveDate) -> kazcustoms_date {
        kazcustoms_date {
            year: d.year(),
            month: d.month(),
            day: d.day(),
        }
    }
}

/// The kind of a registration number (SPEC §1). Functions take the kind by
/// its code name (`"dcd"`, `"guarantee"`, …); results report it as this
/// enum. kazcustoms_kind_name() gives the name back.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum kazcustoms_kind {
    /// `dcd`: DCD reference number `OOOOO/DDMMY/NNNNN` (R1 §9 col. 7).
    Dcd = 0,
    /// `guarantee`: guarantee obligation `RRRR/CCC/DDMMY/NNNN` (R1 §18).
    Guarantee = 1,
    /// `short_declaration`: `OOOOO/DDMMY/NNNNNN` (R1 §28).
    ShortDeclaration = 2,
    /// `tsw`: temporary-storage registration `LLLLLL/DDMMY/NNNNNN` (R1 §29).
    Tsw = 3,
    /// `escort`: customs escort documents `NNNN-OOOOO-DDMMY` (R2 §15-1).
    Escort = 4,
    /// `security`: security document `OOOOO/DDMMY/NNNNN` (R3 §11).
    Security = 5,
}

impl From<NumberKind> for kazcustoms_kind {
    fn from(kind: NumberKind) -> kazcustoms_kind {
        match kind {
            NumberKind::Dcd => kazcustoms_kind::Dcd,
            NumberKind::Guarantee => kazcustoms_kind::Guarantee,
            NumberKind::ShortDeclaration => kazcustoms_kind::ShortDeclaration,
            NumberKind::Tsw => kazcustoms_kind::Tsw,
            NumberKind::Escort => kazcustoms_kind::Escort,
            NumberKind::Security => kazcustoms_kind::Security,
        }
    }
}

impl kazcustoms_kind {
    /// The core's kind for a C value, if it is one.
    pub(crate) fn from_u32(value: u32) -> Option<NumberKind> {
        NumberKind::ALL
            .iter()
            .copied()
            .find(|&k| kazcustoms_kind::from(k) as u32 == value)
    }
}

/// A registration number, read by kazcustoms_parse_number() or issued by
/// kazcustoms_journal_issue(). A plain value: it owns no memory and needs
/// no free.
///
/// The groups are NUL-terminated ASCII digit strings, empty when the kind
/// has no such group: `office` for dcd, short_declaration, escort and
/// security; `office_prefix` and `recipient` for guarantee; `licence` for
/// tsw.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct kazcustoms_number {
    /// The kind of number (a kazcustoms_kind value).
    pub kind: kazcustoms_kind,
    /// The number as text, exactly as a customs document writes it,
    /// NUL-terminated (at most 19 characters).
    pub text: [c_char; 20],
    /// The registration date, its year resolved against the reference date.
    pub date: kazcustoms_date,
    /// The sequence number in the journal (starts at 1 every year).
    pub sequence: u32,
    /// The 5-digit customs office code, or empty.
    pub office: [c_char; 6],
    /// The first three digits of the destination office code (guarantee),
    /// or empty.
    pub office_prefix: [c_char; 4],
    /// The recipient's 4-digit number in the recipients register
    /// (guarantee), or empty.
    pub recipient: [c_char; 5],
    /// The last six digits of the warehouse licence (tsw), or empty.
    pub licence: [c_char; 7],
}

/// `text` as a NUL-terminated array; the core's texts are ASCII and fit
/// (see the test below), anything longer would be cut, never overflow.
fn c_array<const N: usize>(text: &str) -> [c_char; N] {
    let mut out = [0 as c_char; N];
    for (slot, &b) in out.iter_mut().zip(text.as_bytes().iter().take(N - 1)) {
        *slot = b as c_char;
    }
    out
}

fn code_array<const N: usize>(code: Option<Code>) -> [c_char; N] {
    c_array(&code.map(|c| c.to_string()).unwrap_or_default())
}

impl From<&RegistrationNumber> for kazcustoms_number {
    fn from(n: &RegistrationNumber) -> kazcustoms_number {
        kazcustoms_number {
            kind: n.kind().into(),
            text: c_array(&n.to_string()),
            date: n.date().into(),
            sequence: n.sequence(),
            office: code_array(n.office()),
            office_prefix: code_array(n.office_prefix()),
            recipient: code_array(n.recipient()),
            licence: code_array(n.licence()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_fits_the_text_array() {
        for &kind in NumberKind::ALL {
            assert!(kind.text_len() < 20, "{kind}");
        }
    }

    #[test]
    fn kinds_round_trip_through_u32() {
        for &kind in NumberKind::ALL {
            let c = kazcustoms_kind::from(kind);
            assert_eq!(kazcustoms_kind::from_u32(c as u32), Some(kind));
        }
        assert_eq!(kazcustoms_kind::from_u32(6), None);
    }
}
