//! Guarantee obligation number `RRRR/CCC/DDMMY/NNNN` (R1 §18).

use std::fmt;

use chrono::NaiveDate;

use super::{number_type, scan, write_date, Code, NumberError, NumberKind, ParseOptions, Raw};
use super::{RegistrationNumber, Slot};

const LAYOUT: &[Slot] = NumberKind::Guarantee.layout();

/// A guarantee obligation number: the recipient's number in the recipients
/// register, the first three digits of the destination office code, the
/// date, and the sequence in that office's guarantee-obligation journal.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{GuaranteeNumber, ParseOptions};
/// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
/// let n = GuaranteeNumber::parse("0042/501/10106/0003", &opts).unwrap();
/// assert_eq!(n.recipient().to_string(), "0042");
/// assert_eq!(n.office_prefix().to_string(), "501");
/// assert_eq!(n.sequence(), 3);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GuaranteeNumber {
    date: NaiveDate,
    office_prefix: Code,
    recipient: Code,
    sequence: u32,
}

impl GuaranteeNumber {
    pub(crate) fn from_raw(raw: &Raw) -> GuaranteeNumber {
        GuaranteeNumber {
            date: raw.date(),
            office_prefix: Code::new(raw.prefix, 3),
            recipient: Code::new(raw.recipient, 4),
            sequence: raw.sequence,
        }
    }

    /// The recipient's number in the recipients register (annex 4).
    pub const fn recipient(&self) -> Code {
        self.recipient
    }

    /// The first three digits of the destination office code.
    pub const fn office_prefix(&self) -> Code {
        self.office_prefix
    }
}

impl fmt::Display for GuaranteeNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/", self.recipient, self.office_prefix)?;
        write_date(f, self.date)?;
        write!(f, "/{:04}", self.sequence)
    }
}

number_type!(GuaranteeNumber, NumberKind::Guarantee, Guarantee);
