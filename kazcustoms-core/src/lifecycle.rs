//! The lifecycles of the documents as one interface, so that callers (the
//! bindings among them) can move any of them by state names the same way.

use std::str::FromStr;

use crate::report::Report;
use crate::Error;

/// A state of one of the library's lifecycles (the DCD's
/// [`DcdState`](crate::dcd::DcdState), the guarantee obligation's
/// [`GuaranteeState`](crate::guarantee::GuaranteeState)): read from its
/// name, moved by the rules of its lifecycle, named back.
///
/// ```
/// use kazcustoms_core::lifecycle::transition_by_name;
/// use kazcustoms_core::dcd::DcdState;
/// assert_eq!(transition_by_name::<DcdState>("drafted", "registered").unwrap(), "registered");
/// assert!(transition_by_name::<DcdState>("drafted", "closed").is_err());
/// ```
pub trait Lifecycle: Copy + FromStr<Err = Error> {
    /// The state's name, e.g. `registered`.
    fn name(self) -> &'static str;

    /// Moves to `to`, or returns a report with the one violation of the
    /// lifecycle's rule (`DCD.STATE`, `GO.STATE`).
    ///
    /// # Errors
    ///
    /// The report, for a move the lifecycle does not allow.
    fn transition(self, to: Self) -> Result<Self, Report>;
}

/// How [`transition_by_name`] failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransitionFailure {
    /// A name is not a state of the lifecycle (an input error).
    Input(Error),
    /// The move is not allowed: the report with its rule.
    Refused(Report),
}

/// Moves a state of `S` named `from` to the one named `to` and names the
/// new state.
///
/// # Errors
///
/// [`TransitionFailure::Input`] for an unknown name,
/// [`TransitionFailure::Refused`] for a move the lifecycle does not allow.
pub fn transition_by_name<S: Lifecycle>(
    from: &str,
    to: &str,
) -> Result<&'static str, TransitionFailure> {
    let from: S = from.parse().map_err(TransitionFailure::Input)?;
    let to: S = to.parse().map_err(TransitionFailure::Input)?;
    from.transition(to)
        .map(Lifecycle::name)
        .map_err(TransitionFailure::Refused)
}

impl Lifecycle for crate::dcd::DcdState {
    fn name(self) -> &'static str {
        crate::dcd::DcdState::name(self)
    }

    fn transition(self, to: Self) -> Result<Self, Report> {
        crate::dcd::DcdState::transition(self, to)
    }
}

impl Lifecycle for crate::guarantee::GuaranteeState {
    fn name(self) -> &'static str {
        crate::guarantee::GuaranteeState::name(self)
    }

    fn transition(self, to: Self) -> Result<Self, Report> {
        crate::guarantee::GuaranteeState::transition(self, to)
    }
}
