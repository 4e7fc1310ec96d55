//! A caller-supplied directory of customs office codes.

use super::Code;
use crate::report::Text;
use crate::Error;

/// The customs office codes a caller knows. No complete public list exists,
/// so none is bundled (SPEC §13); when a directory is given, a code not in it
/// is `NUM.OFFICE`, and so is a guarantee prefix that starts no code in it.
///
/// ```
/// use kazcustoms_core::OfficeDirectory;
/// let dir = OfficeDirectory::new(["50101", "62001"]).unwrap();
/// assert!(dir.contains(50101));
/// assert!(dir.contains_prefix(620));
/// assert!(!dir.contains_prefix(501 + 1));
/// assert!(OfficeDirectory::new(["5010"]).is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfficeDirectory {
    codes: Vec<u32>,
    prefixes: Vec<u32>,
}

impl OfficeDirectory {
    /// A directory of 5-digit office codes.
    ///
    /// # Errors
    ///
    /// An input error for a code that is not exactly five ASCII digits or is
    /// all zeros.
    pub fn new<I, S>(codes: I) -> Result<OfficeDirectory, Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut out = Vec::new();
        for code in codes {
            let text = code.as_ref();
            match Code::parse(text, 5) {
                Some(c) if !c.is_zero() => out.push(c.value()),
                _ => {
                    let text = crate::names::quote(text);
                    return Err(Error::invalid_argument(
                        "offices",
                        Text::new(
                            format!("{text} кеден органының 5 таңбалы коды емес"),
                            format!("{text} не является 5-значным кодом таможенного органа"),
                            format!("{text} is not a 5-digit customs office code"),
                        ),
                    ));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        let mut prefixes: Vec<u32> = out.iter().map(|c| c / 100).collect();
        prefixes.dedup();
        Ok(OfficeDirectory {
            codes: out,
            prefixes,
        })
    }

    /// Whether the 5-digit code (as a number) is in the directory.
    pub fn contains(&self, code: u32) -> bool {
        self.codes.binary_search(&code).is_ok()
    }

    /// Whether some code in the directory starts with these three digits.
    pub fn contains_prefix(&self, prefix: u32) -> bool {
        self.prefixes.binary_search(&prefix).is_ok()
    }

    /// The number of codes.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// Whether the directory is empty.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The codes, ascending, zero-padded.
    pub fn codes(&self) -> impl Iterator<Item = Code> + '_ {
        self.codes.iter().map(|&c| Code::new(c, 5))
    }
}
