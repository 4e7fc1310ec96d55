//! The lifecycle of accompanying documents used as a DCD (R1 §54–§57).

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::lifecycle::Lifecycle;
use crate::report::{Text, Violation};
use crate::rules::Rule;

crate::named_enum! {
    /// Where a set of accompanying documents is (R1 §54–§57).
    ///
    /// ```
    /// use kazcustoms_core::accompanying::PreState;
    /// assert_eq!("scanned".parse::<PreState>().unwrap(), PreState::Scanned);
    /// ```
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum PreState: "state", ["күй", "состояние", "state"] {
        /// Presented at departure with the inventory in two copies (§54).
        #[default]
        Presented = "presented",
        /// Accepted: sheets certified, DCD number assigned, stamp figure 1 (§55).
        Accepted = "accepted",
        /// Documents and inventory scanned and sent to the processing centre (§50, §56).
        Scanned = "scanned",
        /// Documents and one inventory copy returned to the carrier (§56).
        Released = "released",
        /// Arrived: stamp figure 2, the arrivals journal (§57).
        Arrived = "arrived",
        /// Completed: the departure office informed (§57).
        Completed = "completed",
    }
}

impl PreState {
    /// The state that may follow this one, if any.
    pub const fn next(self) -> Option<PreState> {
        match self {
            PreState::Presented => Some(PreState::Accepted),
            PreState::Accepted => Some(PreState::Scanned),
            PreState::Scanned => Some(PreState::Released),
            PreState::Released => Some(PreState::Arrived),
            PreState::Arrived => Some(PreState::Completed),
            PreState::Completed => None,
        }
    }
}

/// One step at a time, in the order of [`PreState`].
///
/// ```
/// use kazcustoms_core::accompanying::PreState;
/// use kazcustoms_core::lifecycle::Lifecycle;
/// assert_eq!(PreState::Presented.transition(PreState::Accepted).unwrap(), PreState::Accepted);
/// let err = PreState::Presented.transition(PreState::Released).unwrap_err();
/// assert_eq!(err.rule().unwrap().id(), "PRE.STATE");
/// ```
impl Lifecycle for PreState {
    const NAMES: &'static [&'static str] = PreState::NAMES;

    fn name(self) -> &'static str {
        PreState::name(self)
    }

    fn transition(self, to: PreState) -> Result<PreState, Error> {
        if self.next() == Some(to) {
            return Ok(to);
        }
        let (from, into) = (self.name(), to.name());
        Err(Error::Transition(Box::new(Violation::new(
            Rule::PreState,
            "state",
            Text::new(
                format!("ілеспе құжаттар күйі {from} → {into} өзгерісі рұқсат етілмейді"),
                format!("переход документов из состояния {from} в {into} недопустим"),
                format!("accompanying documents cannot go from {from} to {into}"),
            ),
        ))))
    }
}
