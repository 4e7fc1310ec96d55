//! Temporary-storage registration number `LLLLLL/DDMMY/NNNNNN` (R1 §29).

use std::fmt;

use chrono::NaiveDate;

use super::{number_type, scan, write_date, Code, NumberError, NumberKind, ParseOptions, Raw};
use super::{RegistrationNumber, Slot};

const LAYOUT: &[Slot] = NumberKind::Tsw.layout();

/// The registration number of delivered goods in a temporary storage
/// warehouse: last six digits of the warehouse licence, date, sequence in the
/// warehouse's journal. The licence group is digits only; it carries no
/// office code, so there is no `NUM.OFFICE` check.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{ParseOptions, TswNumber};
/// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
/// let n = TswNumber::parse("000417/21116/000009", &opts).unwrap();
/// assert_eq!(n.licence().to_string(), "000417");
/// assert_eq!(n.sequence(), 9);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TswNumber {
    date: NaiveDate,
    licence: Code,
    sequence: u32,
}

impl TswNumber {
    pub(crate) fn from_raw(raw: &Raw) -> TswNumber {
        TswNumber {
            date: raw.date(),
            licence: Code::new(raw.licence, 6),
            sequence: raw.sequence,
        }
    }

    /// The last six digits of the warehouse licence (permit).
    pub const fn licence(&self) -> Code {
        self.licence
    }
}

impl fmt::Display for TswNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/", self.licence)?;
        write_date(f, self.date)?;
        write!(f, "/{:06}", self.sequence)
    }
}

number_type!(TswNumber, NumberKind::Tsw, Tsw);
