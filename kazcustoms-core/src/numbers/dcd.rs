//! DCD reference number `OOOOO/DDMMY/NNNNN` (R1 §9 col. 7).

use std::fmt;

use chrono::NaiveDate;

use super::{number_type, scan, write_date, Code, NumberError, NumberKind, ParseOptions, Raw};
use super::{RegistrationNumber, Slot};

const LAYOUT: &[Slot] = NumberKind::Dcd.layout();

/// A DCD reference number (column 7): office code, date, sequence in the
/// departure office's DCD journal.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{DcdNumber, ParseOptions};
/// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
/// let n = DcdNumber::parse("50101/29024/00007", &opts).unwrap();
/// assert_eq!(n.office().to_string(), "50101");
/// assert_eq!(n.date(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
/// assert_eq!(n.sequence(), 7);
/// assert_eq!(n.to_string(), "50101/29024/00007");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DcdNumber {
    date: NaiveDate,
    office: Code,
    sequence: u32,
}

impl DcdNumber {
    pub(crate) fn from_raw(raw: &Raw) -> DcdNumber {
        DcdNumber {
            date: raw.date(),
            office: Code::new(raw.office, 5),
            sequence: raw.sequence,
        }
    }

    /// The code of the departure office that registered the DCD.
    pub const fn office(&self) -> Code {
        self.office
    }
}

impl fmt::Display for DcdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/", self.office)?;
        write_date(f, self.date)?;
        write!(f, "/{:05}", self.sequence)
    }
}

number_type!(DcdNumber, NumberKind::Dcd, Dcd);
