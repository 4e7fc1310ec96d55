//! The lifecycle of a DCD: `Drafted → Registered → Arrived → Completed`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::report::{Report, Text, Violation};
use crate::rules::Rule;

/// The state of a DCD.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DcdState {
    /// Filled, not yet registered.
    Drafted,
    /// Registered by the departure office: column 7 given, stamp C put (R1 §5–§6).
    Registered,
    /// Arrival registered by the destination office: stamp D put, arrivals
    /// journal entry made; the goods count as delivered from now (R1 §34–§35).
    Arrived,
    /// Delivery completed: the departure office informed and the control copy closed.
    Completed,
}

impl DcdState {
    /// Every state, in lifecycle order.
    pub const ALL: [DcdState; 4] = [
        DcdState::Drafted,
        DcdState::Registered,
        DcdState::Arrived,
        DcdState::Completed,
    ];

    /// The state's name: `drafted`, `registered`, `arrived`, `completed`.
    pub const fn name(self) -> &'static str {
        match self {
            DcdState::Drafted => "drafted",
            DcdState::Registered => "registered",
            DcdState::Arrived => "arrived",
            DcdState::Completed => "completed",
        }
    }

    /// The state that may follow this one, if any.
    pub const fn next(self) -> Option<DcdState> {
        match self {
            DcdState::Drafted => Some(DcdState::Registered),
            DcdState::Registered => Some(DcdState::Arrived),
            DcdState::Arrived => Some(DcdState::Completed),
            DcdState::Completed => None,
        }
    }

    /// Moves to `to`, or returns a report with one `DCD.STATE` violation for
    /// a transition not in the lifecycle (skipping a step, going back,
    /// staying put).
    ///
    /// ```
    /// use kazcustoms_core::dcd::DcdState;
    /// assert_eq!(DcdState::Drafted.transition(DcdState::Registered).unwrap(), DcdState::Registered);
    /// let report = DcdState::Drafted.transition(DcdState::Arrived).unwrap_err();
    /// assert_eq!(report.rule_ids(), ["DCD.STATE"]);
    /// ```
    pub fn transition(self, to: DcdState) -> Result<DcdState, Report> {
        if self.next() == Some(to) {
            return Ok(to);
        }
        let (from, into) = (self.name(), to.name());
        Err(Report::from_iter([Violation::new(
            Rule::DcdState,
            "state",
            Text::new(
                format!("ЖБҚ күйі {from} → {into} өзгерісі рұқсат етілмейді"),
                format!("переход ДКД из состояния {from} в {into} недопустим"),
                format!("a DCD cannot go from {from} to {into}"),
            ),
        )]))
    }
}

impl std::str::FromStr for DcdState {
    type Err = crate::Error;

    /// Reads a state's name: `drafted`, `registered`, `arrived`, `completed`.
    ///
    /// ```
    /// use kazcustoms_core::dcd::DcdState;
    /// assert_eq!("arrived".parse::<DcdState>().unwrap(), DcdState::Arrived);
    /// assert!("closed".parse::<DcdState>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<DcdState, crate::Error> {
        DcdState::ALL
            .into_iter()
            .find(|state| state.name() == s)
            .ok_or_else(|| {
                crate::Error::invalid_argument(
                    "state",
                    Text::new(
                        format!("белгісіз күй {s:?}: drafted, registered, arrived немесе completed болуы керек"),
                        format!("неизвестное состояние {s:?}: должно быть drafted, registered, arrived или completed"),
                        format!("unknown state {s:?}: expected drafted, registered, arrived or completed"),
                    ),
                )
            })
    }
}

impl fmt::Display for DcdState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}
