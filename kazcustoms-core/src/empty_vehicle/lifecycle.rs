//! The lifecycle of an empty foreign vehicle's import certificate:
//! `issued → arrived → exited`, with `overdue` once the term of temporary
//! import has passed while the vehicle is still in Kazakhstan.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::lifecycle::Lifecycle;
use crate::report::{Text, Violation};
use crate::rules::Rule;

crate::named_enum! {
    /// The state of an empty vehicle's import certificate.
    ///
    /// ```
    /// use kazcustoms_core::empty_vehicle::EmptyVehicleState;
    /// assert_eq!("arrived".parse::<EmptyVehicleState>().unwrap(), EmptyVehicleState::Arrived);
    /// assert!("closed".parse::<EmptyVehicleState>().is_err());
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum EmptyVehicleState: "state", ["күй", "состояние", "state"] {
        /// Issued at the place of entry and registered in the journal (§37, §39).
        Issued = "issued",
        /// Arrived at the destination office within Kazakhstan (§38).
        Arrived = "arrived",
        /// Left Kazakhstan (field 14, the place of exit).
        Exited = "exited",
        /// Still in Kazakhstan after the term of temporary import (field 13):
        /// the breach the form's warning speaks of.
        Overdue = "overdue",
    }
}

impl EmptyVehicleState {
    /// Whether the lifecycle allows the move from this state to `to`.
    pub const fn allows(self, to: EmptyVehicleState) -> bool {
        use EmptyVehicleState::{Arrived, Exited, Issued, Overdue};
        matches!(
            (self, to),
            (Issued, Arrived) | (Issued, Overdue) | (Arrived, Exited) | (Arrived, Overdue) | (Overdue, Exited)
        )
    }
}

/// `issued → arrived → exited`; `issued` or `arrived` → `overdue` →
/// `exited`. No other move (no step back, no staying put, no exit before
/// arriving at the destination office).
///
/// ```
/// use kazcustoms_core::empty_vehicle::EmptyVehicleState as S;
/// use kazcustoms_core::lifecycle::Lifecycle;
/// assert_eq!(S::Issued.transition(S::Arrived).unwrap(), S::Arrived);
/// let err = S::Issued.transition(S::Exited).unwrap_err();
/// assert_eq!(err.rule().unwrap().id(), "EV.STATE");
/// ```
impl Lifecycle for EmptyVehicleState {
    const NAMES: &'static [&'static str] = EmptyVehicleState::NAMES;

    fn name(self) -> &'static str {
        EmptyVehicleState::name(self)
    }

    fn transition(self, to: EmptyVehicleState) -> Result<EmptyVehicleState, Error> {
        if self.allows(to) {
            return Ok(to);
        }
        let (from, into) = (self.name(), to.name());
        Err(Error::Transition(Box::new(Violation::new(
            Rule::EvState,
            "state",
            Text::new(
                format!("куәлік күйі {from} → {into} өзгерісі рұқсат етілмейді"),
                format!("переход свидетельства из состояния {from} в {into} недопустим"),
                format!("a certificate cannot go from {from} to {into}"),
            ),
        ))))
    }
}
