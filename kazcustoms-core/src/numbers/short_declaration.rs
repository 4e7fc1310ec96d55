//! Short declaration number `OOOOO/DDMMY/NNNNNN` (R1 §28).

use std::fmt;

use chrono::NaiveDate;

use super::{number_type, scan, write_date, Code, NumberError, NumberKind, ParseOptions, Raw};
use super::{RegistrationNumber, Slot};

const LAYOUT: &[Slot] = NumberKind::ShortDeclaration.layout();

/// A short declaration number: code of the office that registered it, date,
/// sequence in the short-declaration journal (6 digits).
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{ParseOptions, ShortDeclarationNumber};
/// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
/// let n = ShortDeclarationNumber::parse("50101/01016/000123", &opts).unwrap();
/// assert_eq!(n.office().to_string(), "50101");
/// assert_eq!(n.sequence(), 123);
/// assert_eq!(n.to_string(), "50101/01016/000123");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ShortDeclarationNumber {
    date: NaiveDate,
    office: Code,
    sequence: u32,
}

impl ShortDeclarationNumber {
    pub(crate) fn from_raw(raw: &Raw) -> ShortDeclarationNumber {
        ShortDeclarationNumber {
            date: raw.date(),
            office: Code::new(raw.office, 5),
            sequence: raw.sequence,
        }
    }

    /// The code of the office that registered the short declaration.
    pub const fn office(&self) -> Code {
        self.office
    }
}

impl fmt::Display for ShortDeclarationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/", self.office)?;
        write_date(f, self.date)?;
        write!(f, "/{:06}", self.sequence)
    }
}

number_type!(
    ShortDeclarationNumber,
    NumberKind::ShortDeclaration,
    ShortDeclaration
);
