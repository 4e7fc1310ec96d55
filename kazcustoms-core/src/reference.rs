//! Reference tables of SPEC §13. (Being filled in.)

/// A transport mode code (DCD column 25).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TransportMode {
    /// The two-digit code.
    pub code: u8,
    /// The name in English.
    pub en: &'static str,
}
