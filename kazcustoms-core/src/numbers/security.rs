//! Security document (ДПОУ) number `OOOOO/DDMMY/NNNNN` (R3 §11).

use std::fmt;

use chrono::NaiveDate;

use super::{number_type, scan, write_date, Code, NumberError, NumberKind, ParseOptions, Raw};
use super::{RegistrationNumber, Slot};

const LAYOUT: &[Slot] = NumberKind::Security.layout();

/// A security document number: office code, date, sequence in the
/// office's security-document journal.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{SecurityNumber, ParseOptions};
/// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
/// let n = SecurityNumber::parse("62001/29024/00007", &opts).unwrap();
/// assert_eq!(n.office().to_string(), "62001");
/// assert_eq!(n.date(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
/// assert_eq!(n.sequence(), 7);
/// assert_eq!(n.to_string(), "62001/29024/00007");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SecurityNumber {
    date: NaiveDate,
    office: Code,
    sequence: u32,
}

impl SecurityNumber {
    pub(crate) fn from_raw(raw: &Raw) -> SecurityNumber {
        SecurityNumber {
            date: raw.date(),
            office: Code::new(raw.office, 5),
            sequence: raw.sequence,
        }
    }

    /// The code of the office that registered the security document.
    pub const fn office(&self) -> Code {
        self.office
    }
}

impl fmt::Display for SecurityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/", self.office)?;
        write_date(f, self.date)?;
        write!(f, "/{:05}", self.sequence)
    }
}

number_type!(SecurityNumber, NumberKind::Security, Security);
