//! The lifecycle of a TIR carnet used as a DCD (R1 §59–§70):
//! `presented → accepted → arrived → terminated | partially_terminated`,
//! `partially_terminated → arrived` (the rest of the goods go on to the
//! next destination office), `terminated → discharged`.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::lifecycle::Lifecycle;
use crate::report::{Text, Violation};
use crate::rules::Rule;

crate::named_enum! {
    /// The state of a TIR carnet used as a DCD.
    ///
    /// ```
    /// use kazcustoms_core::tir::TirState;
    /// assert_eq!("partially_terminated".parse::<TirState>().unwrap(), TirState::PartiallyTerminated);
    /// assert!("opened".parse::<TirState>().is_err());
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum TirState: "state", ["күй", "состояние", "state"] {
        /// Presented at the departure office with the approval certificate
        /// and the transport and commercial documents (R1 §59).
        Presented = "presented",
        /// Accepted at departure: vouchers and counterfoils filled, voucher
        /// No. 1 kept, the carnet handed back to the carrier (R1 §61–§65).
        Accepted = "accepted",
        /// Presented at the destination office (R1 §66), not yet processed.
        Arrived = "arrived",
        /// The TIR operation terminated for part of the goods at this office
        /// (box 26 less than all the packages); the rest goes on.
        PartiallyTerminated = "partially_terminated",
        /// The TIR operation terminated for all the goods (R1 §66–§68).
        Terminated = "terminated",
        /// The carriage on the territory ended: the annex 16 certificate
        /// issued, stamp figure 2 on the documents, the carnet and the
        /// documents handed back to the carrier (R1 §69–§70).
        Discharged = "discharged",
    }
}

impl TirState {
    /// Whether the lifecycle allows the move from this state to `to`.
    ///
    /// ```
    /// use kazcustoms_core::tir::TirState;
    /// assert!(TirState::PartiallyTerminated.allows(TirState::Arrived));
    /// assert!(!TirState::PartiallyTerminated.allows(TirState::Discharged));
    /// ```
    pub const fn allows(self, to: TirState) -> bool {
        matches!(
            (self, to),
            (TirState::Presented, TirState::Accepted)
                | (TirState::Accepted, TirState::Arrived)
                | (TirState::Arrived, TirState::PartiallyTerminated)
                | (TirState::Arrived, TirState::Terminated)
                | (TirState::PartiallyTerminated, TirState::Arrived)
                | (TirState::Terminated, TirState::Discharged)
        )
    }

    /// Whether the departure office has processed the carnet in this state.
    pub const fn accepted(self) -> bool {
        !matches!(self, TirState::Presented)
    }

    /// Whether the destination office has terminated the TIR operation
    /// (fully or in part) in this state.
    pub const fn terminated(self) -> bool {
        matches!(
            self,
            TirState::PartiallyTerminated | TirState::Terminated | TirState::Discharged
        )
    }

    /// The `TIR.STATE` violation of a move the lifecycle does not allow,
    /// or `None` for an allowed move.
    pub(crate) fn refusal(self, to: TirState) -> Option<Violation> {
        if self.allows(to) {
            return None;
        }
        let (from, into) = (self.name(), to.name());
        Some(Violation::new(
            Rule::TirState,
            "state",
            Text::new(
                format!("ХЖТ кітапшасының күйі {from} → {into} өзгерісі рұқсат етілмейді"),
                format!("переход книжки МДП из состояния {from} в {into} недопустим"),
                format!("a TIR carnet cannot go from {from} to {into}"),
            ),
        ))
    }
}

/// The moves of [`TirState::allows`].
///
/// ```
/// use kazcustoms_core::tir::TirState;
/// use kazcustoms_core::lifecycle::Lifecycle;
/// assert_eq!(TirState::Arrived.transition(TirState::Terminated).unwrap(), TirState::Terminated);
/// let err = TirState::Presented.transition(TirState::Arrived).unwrap_err();
/// assert_eq!(err.rule().unwrap().id(), "TIR.STATE");
/// ```
impl Lifecycle for TirState {
    const NAMES: &'static [&'static str] = TirState::NAMES;

    fn name(self) -> &'static str {
        TirState::name(self)
    }

    fn transition(self, to: TirState) -> Result<TirState, Error> {
        match self.refusal(to) {
            None => Ok(to),
            Some(v) => Err(Error::Transition(Box::new(v))),
        }
    }
}
