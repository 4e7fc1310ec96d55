//! The lifecycles of the documents as one interface, so that callers (the
//! bindings among them) move any of them by state names the same way.
//!
//! A leaf module: each lifecycle ([`DcdState`](crate::dcd::DcdState),
//! [`GuaranteeState`](crate::guarantee::GuaranteeState)) implements
//! [`Lifecycle`] in its own module, and the document registry
//! ([`crate::documents`]) says which document has which.

use std::str::FromStr;

use crate::error::Error;
use crate::names::UnknownName;

/// A state of one of the library's lifecycles: read from its name, moved by
/// the rules of its lifecycle, named back.
///
/// ```
/// use kazcustoms_core::lifecycle::transition_by_name;
/// use kazcustoms_core::dcd::DcdState;
/// assert_eq!(transition_by_name::<DcdState>("drafted", "registered").unwrap(), "registered");
/// let err = transition_by_name::<DcdState>("drafted", "closed").unwrap_err();
/// assert_eq!(err.class().name(), "invalid_argument");
/// let err = transition_by_name::<DcdState>("drafted", "completed").unwrap_err();
/// assert_eq!(err.class().name(), "transition");
/// ```
pub trait Lifecycle: Copy + FromStr<Err = UnknownName> + 'static {
    /// The names of every state, in lifecycle order.
    const NAMES: &'static [&'static str];

    /// The state's name, e.g. `registered`.
    fn name(self) -> &'static str;

    /// Moves to `to`.
    ///
    /// # Errors
    ///
    /// [`Error::Transition`] with the lifecycle's rule (`DCD.STATE`,
    /// `GO.STATE`) for a move the lifecycle does not allow.
    fn transition(self, to: Self) -> Result<Self, Error>;
}

/// Moves a state of `S` named `from` to the one named `to` and names the
/// new state.
///
/// # Errors
///
/// An input error for an unknown name; [`Error::Transition`] for a move the
/// lifecycle does not allow.
pub fn transition_by_name<S: Lifecycle>(from: &str, to: &str) -> Result<&'static str, Error> {
    let from: S = from.parse()?;
    let to: S = to.parse()?;
    Ok(from.transition(to)?.name())
}

/// A lifecycle seen by state names only: what the registry keeps for a
/// document kind that has one.
#[derive(Clone, Copy, Debug)]
pub struct StateMachine {
    /// The names of every state, in lifecycle order.
    pub states: &'static [&'static str],
    transition: fn(&str, &str) -> Result<&'static str, Error>,
}

impl StateMachine {
    /// The state machine of `S`.
    pub const fn of<S: Lifecycle>() -> StateMachine {
        StateMachine {
            states: S::NAMES,
            transition: transition_by_name::<S>,
        }
    }

    /// Moves the state named `from` to the one named `to`.
    ///
    /// # Errors
    ///
    /// As [`transition_by_name`].
    pub fn transition(&self, from: &str, to: &str) -> Result<&'static str, Error> {
        (self.transition)(from, to)
    }
}
