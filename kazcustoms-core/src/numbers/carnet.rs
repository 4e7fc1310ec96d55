//! The TIR carnet number, as the carnet carries it (R1 §58: the carnet is
//! issued under the TIR Convention 1975, not by a Kazakh office, so its
//! number is none of the six registration-number schemes of SPEC §1).
//!
//! Reading (R1 gives no pattern; the carnet's own print is the source): up
//! to two capital Latin letters (the series, e.g. `XE`, `XZ`; older carnets
//! have none) followed by exactly eight digits, written without spaces, as
//! in `XE63745213` or `63745213`. The digits are not all zeros (a carnet is
//! never numbered 0). Nothing is trimmed or case-folded: as every number of
//! the library, the text is read exactly.

use std::fmt;

/// The number of digits of a TIR carnet number.
pub const CARNET_DIGITS: usize = 8;

/// The most letters a TIR carnet number begins with.
pub const CARNET_LETTERS: usize = 2;

/// A TIR carnet number: its series letters (0, 1 or 2) and eight digits.
///
/// ```
/// use kazcustoms_core::numbers::CarnetNumber;
/// let n = CarnetNumber::parse("XE63745213").unwrap();
/// assert_eq!((n.series(), n.digits()), ("XE", "63745213"));
/// assert_eq!(n.to_string(), "XE63745213");
/// assert!(CarnetNumber::parse("63745213").is_some());
/// assert!(CarnetNumber::parse("XE 63745213").is_none());
/// assert!(CarnetNumber::parse("xe63745213").is_none());
/// assert!(CarnetNumber::parse("XYZ63745213").is_none());
/// assert!(CarnetNumber::parse("XE6374521").is_none());
/// assert!(CarnetNumber::parse("XE00000000").is_none());
/// // A DCD number is not a carnet number.
/// assert!(CarnetNumber::parse("55201/14106/00317").is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CarnetNumber {
    text: [u8; CARNET_LETTERS + CARNET_DIGITS],
    letters: u8,
}

impl CarnetNumber {
    /// Reads `text` as a TIR carnet number; `None` when it is not one.
    pub fn parse(text: &str) -> Option<CarnetNumber> {
        let bytes = text.as_bytes();
        let letters = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
        if letters > CARNET_LETTERS || bytes.len() != letters.checked_add(CARNET_DIGITS)? {
            return None;
        }
        let digits = bytes.get(letters..)?;
        if !digits.iter().all(u8::is_ascii_digit) || digits.iter().all(|&b| b == b'0') {
            return None;
        }
        let mut out = [0u8; CARNET_LETTERS + CARNET_DIGITS];
        out.get_mut(..bytes.len())?.copy_from_slice(bytes);
        Some(CarnetNumber {
            text: out,
            letters: u8::try_from(letters).ok()?,
        })
    }

    /// The whole number as written.
    pub fn as_str(&self) -> &str {
        let len = usize::from(self.letters).saturating_add(CARNET_DIGITS);
        // Only ASCII letters and digits are ever stored.
        std::str::from_utf8(self.text.get(..len).unwrap_or_default()).unwrap_or_default()
    }

    /// The series letters (may be empty).
    pub fn series(&self) -> &str {
        self.as_str()
            .get(..usize::from(self.letters))
            .unwrap_or_default()
    }

    /// The eight digits.
    pub fn digits(&self) -> &str {
        self.as_str()
            .get(usize::from(self.letters)..)
            .unwrap_or_default()
    }
}

impl fmt::Display for CarnetNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
