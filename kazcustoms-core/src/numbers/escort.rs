//! Customs escort number `NNNN-OOOOO-DDMMY` (R2 §15-1).

use std::fmt;

use chrono::NaiveDate;

use super::{number_type, scan, write_date, Code, NumberError, NumberKind, ParseOptions, Raw};
use super::{RegistrationNumber, Slot};

const LAYOUT: &[Slot] = NumberKind::Escort.layout();

/// The one number shared by the escort decision, plan-task and
/// acceptance-transfer act: sequence in the escort journal, code of the office
/// that took the decision, date.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::{EscortNumber, ParseOptions};
/// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
/// let n = EscortNumber::parse("0012-50101-05116", &opts).unwrap();
/// assert_eq!(n.sequence(), 12);
/// assert_eq!(n.office().to_string(), "50101");
/// assert_eq!(n.date(), NaiveDate::from_ymd_opt(2026, 11, 5).unwrap());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EscortNumber {
    date: NaiveDate,
    office: Code,
    sequence: u32,
}

impl EscortNumber {
    pub(crate) fn from_raw(raw: &Raw) -> EscortNumber {
        EscortNumber {
            date: raw.date(),
            office: Code::new(raw.office, 5),
            sequence: raw.sequence,
        }
    }

    /// The code of the office that took the escort decision.
    pub const fn office(&self) -> Code {
        self.office
    }
}

impl fmt::Display for EscortNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{}-", self.sequence, self.office)?;
        write_date(f, self.date)
    }
}

number_type!(EscortNumber, NumberKind::Escort, Escort);
