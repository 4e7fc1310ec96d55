//! # kazcustoms-core
//!
//! The Kazakhstan customs rules for goods moving under customs control, as
//! code: the six registration-number schemes and the journals that issue
//! them, the delivery deadline rule of 2000 km per month, and the report type
//! every check returns. The Python (`kazcustoms`) and C (`libkazcustoms`)
//! bindings are thin layers over this crate, so the three give the same
//! answers.
//!
//! What this crate is not: it does no I/O, keeps no global mutable state and
//! knows no customs office list (SPEC §13: none is public; the caller may
//! supply an [`OfficeDirectory`]). The one place it reads the clock is
//! [`today`], used where a caller asks for "today" as the reference date.
//!
//! Two kinds of failure are kept apart:
//! * an [`Error`] — the call cannot be answered (not a date, negative distance,
//!   unknown kind) or a single value breaks a rule (parsing one number);
//! * a [`Violation`] in a [`Report`] — a document was read and breaks a rule;
//!   every violation is reported, not just the first.
//!
//! Numbers a document carries have documented ranges ([`quantity`]): a
//! column out of its range is a violation under the column's `RANGE` rule,
//! and only values within their ranges take part in arithmetic, which is
//! exact and checked — a sum or a conversion is never wrapped, saturated or
//! rounded away. The modules that compute with document values (`dcd`,
//! `short_declaration`, `arrival`, `deadline`, `quantity`, `security`) deny
//! `clippy::arithmetic_side_effects` and the lossy casts, so an unchecked
//! operation does not compile; release builds keep `overflow-checks` on, so
//! an overflow anywhere else is a caught panic, not a wrong answer.
//!
//! ```
//! use chrono::NaiveDate;
//! use kazcustoms_core::{parse_number, NumberKind, ParseOptions};
//!
//! let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
//! let n = parse_number(NumberKind::Guarantee, "0042/501/10106/0003", &opts).unwrap();
//! assert_eq!(n.recipient().unwrap().to_string(), "0042");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

/// Declares the modules that compute with document values: each denies
/// unchecked arithmetic and lossy casts (see the crate documentation).
macro_rules! checked_arithmetic {
    ($(pub mod $name:ident;)*) => {$(
        #[deny(
            clippy::arithmetic_side_effects,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_possible_wrap
        )]
        pub mod $name;
    )*};
}

checked_arithmetic! {
    pub mod accompanying;
    pub mod arrival;
    pub mod dcd;
    pub mod deadline;
    pub mod escort;
    pub mod empty_vehicle;
    pub mod goods_declaration;
    pub mod identification;
    pub mod quantity;
    pub mod security;
    pub mod short_declaration;
    pub mod tir;
}
pub mod borrowed;
pub mod calendar;
mod check;
pub mod columns;
pub mod context;
pub mod dates;
pub mod documents;
pub mod error;
pub mod guarantee;
pub mod journal;
pub mod json;
pub mod lifecycle;
pub mod limits;
pub mod messages;
pub mod names;
pub mod numbers;
pub mod reference;
pub mod report;
pub mod report_json;
pub mod rules;
pub mod shape;
pub mod tables;
pub mod text;

/// The crate's README, whose example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub use context::Context;
pub use deadline::{check_deadline, delivery_deadline, Convention, Distance};
pub use documents::{Document, DocumentKind, JournalKind};
pub use error::{Error, ErrorClass, Input, Problem, ProblemKind};
pub use journal::{Journal, JournalError, JournalState};
pub use numbers::{
    normalize, parse_number, resolve_year, Code, DcdNumber, EscortNumber, GuaranteeNumber,
    NumberError, NumberKind, OfficeDirectory, ParseOptions, RegistrationNumber, SecurityNumber,
    ShortDeclarationNumber, TswNumber,
};
pub use report::{Report, Violation};
pub use rules::{Rule, Severity};
pub use text::{Lang, Text};

/// The library version (the crate version), e.g. `0.1.0`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Today's date on this machine's local clock: the default reference date.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
