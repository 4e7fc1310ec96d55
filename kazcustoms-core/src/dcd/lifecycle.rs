//! The lifecycle of a DCD: `Drafted → Registered → Arrived → Completed`.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::lifecycle::Lifecycle;
use crate::report::{Text, Violation};
use crate::rules::Rule;

crate::named_enum! {
    /// The state of a DCD.
    ///
    /// ```
    /// use kazcustoms_core::dcd::DcdState;
    /// assert_eq!("arrived".parse::<DcdState>().unwrap(), DcdState::Arrived);
    /// assert!("closed".parse::<DcdState>().is_err());
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum DcdState: "state", ["күй", "состояние", "state"] {
        /// Filled, not yet registered.
        Drafted = "drafted",
        /// Registered by the departure office: column 7 given, stamp C put (R1 §5–§6).
        Registered = "registered",
        /// Arrival registered by the destination office: stamp D put, arrivals
        /// journal entry made; the goods count as delivered from now (R1 §34–§35).
        Arrived = "arrived",
        /// Delivery completed: the departure office informed and the control copy closed.
        Completed = "completed",
    }
}

impl DcdState {
    /// The state that may follow this one, if any.
    pub const fn next(self) -> Option<DcdState> {
        match self {
            DcdState::Drafted => Some(DcdState::Registered),
            DcdState::Registered => Some(DcdState::Arrived),
            DcdState::Arrived => Some(DcdState::Completed),
            DcdState::Completed => None,
        }
    }

    /// The `DCD.STATE` violation of a move not in the lifecycle (skipping
    /// a step, going back, staying put), or `None` for an allowed move.
    pub(crate) fn refusal(self, to: DcdState) -> Option<Violation> {
        if self.next() == Some(to) {
            return None;
        }
        let (from, into) = (self.name(), to.name());
        Some(Violation::new(
            Rule::DcdState,
            "state",
            Text::new(
                format!("ЖБҚ күйі {from} → {into} өзгерісі рұқсат етілмейді"),
                format!("переход ДКД из состояния {from} в {into} недопустим"),
                format!("a DCD cannot go from {from} to {into}"),
            ),
        ))
    }
}

/// `drafted → registered → arrived → completed`, one step at a time.
///
/// ```
/// use kazcustoms_core::dcd::DcdState;
/// use kazcustoms_core::lifecycle::Lifecycle;
/// assert_eq!(DcdState::Drafted.transition(DcdState::Registered).unwrap(), DcdState::Registered);
/// let err = DcdState::Drafted.transition(DcdState::Arrived).unwrap_err();
/// assert_eq!(err.rule().unwrap().id(), "DCD.STATE");
/// ```
impl Lifecycle for DcdState {
    const NAMES: &'static [&'static str] = DcdState::NAMES;

    fn name(self) -> &'static str {
        DcdState::name(self)
    }

    fn transition(self, to: DcdState) -> Result<DcdState, Error> {
        match self.refusal(to) {
            None => Ok(to),
            Some(v) => Err(Error::Transition(Box::new(v))),
        }
    }
}
