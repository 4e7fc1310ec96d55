//! The lifecycle of a customs escort (R2 §7–§20, `ESC.STATE`):
//! `decided → fee_paid → under_way ⇄ handed_over → completed`.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::lifecycle::Lifecycle;
use crate::report::{Text, Violation};
use crate::rules::Rule;

crate::named_enum! {
    /// The state of a customs escort.
    ///
    /// ```
    /// use kazcustoms_core::escort::EscortState;
    /// assert_eq!("under_way".parse::<EscortState>().unwrap(), EscortState::UnderWay);
    /// assert_eq!(EscortState::default(), EscortState::Decided);
    /// ```
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum EscortState: "state", ["күй", "состояние", "state"] {
        /// The decision is taken (§9), binding on the carrier (§7).
        #[default]
        Decided = "decided",
        /// The escort fee is paid, after the decision and before the start (§11–§12).
        FeePaid = "fee_paid",
        /// The team escorts the goods under an approved plan-task.
        UnderWay = "under_way",
        /// The goods were handed over to another team at an acceptance-transfer
        /// point, with an act and a new decision (§20).
        HandedOver = "handed_over",
        /// The goods were handed over at the destination office with the act (§16).
        Completed = "completed",
    }
}

impl EscortState {
    /// Whether the lifecycle allows the move from this state to `to`.
    ///
    /// Reading: after a hand-over the new team escorts the goods on
    /// (`handed_over → under_way`) or delivers them at the destination
    /// office (`handed_over → completed`); a second hand-over is
    /// `under_way → handed_over` again. No move skips the payment, goes
    /// back before it, or stays put.
    ///
    /// ```
    /// use kazcustoms_core::escort::EscortState::*;
    /// assert!(Decided.allows(FeePaid) && HandedOver.allows(UnderWay));
    /// assert!(!Decided.allows(UnderWay) && !UnderWay.allows(UnderWay));
    /// ```
    pub const fn allows(self, to: EscortState) -> bool {
        use EscortState::*;
        matches!(
            (self, to),
            (Decided, FeePaid)
                | (FeePaid, UnderWay)
                | (UnderWay, HandedOver)
                | (UnderWay, Completed)
                | (HandedOver, UnderWay)
                | (HandedOver, Completed)
        )
    }

    /// Whether the escort has started in this state (its fee must be paid).
    pub const fn started(self) -> bool {
        matches!(
            self,
            EscortState::UnderWay | EscortState::HandedOver | EscortState::Completed
        )
    }

    fn refusal(self, to: EscortState) -> Option<Violation> {
        if self.allows(to) {
            return None;
        }
        let (from, into) = (self.name(), to.name());
        Some(Violation::new(
            Rule::EscState,
            "state",
            crate::check::titled(
                Rule::EscState,
                Text::new(
                    format!("{from} → {into} өзгерісі рұқсат етілмейді"),
                    format!("переход из {from} в {into} недопустим"),
                    format!("an escort cannot go from {from} to {into}"),
                ),
            ),
        ))
    }
}

/// The moves of [`EscortState::allows`].
///
/// ```
/// use kazcustoms_core::escort::EscortState;
/// use kazcustoms_core::lifecycle::Lifecycle;
/// let err = EscortState::Decided.transition(EscortState::UnderWay).unwrap_err();
/// assert_eq!(err.rule().unwrap().id(), "ESC.STATE");
/// ```
impl Lifecycle for EscortState {
    const NAMES: &'static [&'static str] = EscortState::NAMES;

    fn name(self) -> &'static str {
        EscortState::name(self)
    }

    fn transition(self, to: EscortState) -> Result<EscortState, Error> {
        match self.refusal(to) {
            None => Ok(to),
            Some(v) => Err(Error::Transition(Box::new(v))),
        }
    }
}
