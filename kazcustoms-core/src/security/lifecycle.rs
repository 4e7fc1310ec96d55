//! The lifecycle of a security document (R3 §4–§18; SPEC §11 with the two
//! states the notes add, `registered` §10 and `conclusion_entered` §18):
//!
//! ```text
//! applied ─► registered ─► issued ─► presented_at_departure ─► delivery_confirmed
//!         ─► conclusion_entered ─┬─► returned
//!                                └─► offset_applied
//! ```
//!
//! Each move is one step forward; skipping a step, going back, staying put
//! (one document per consignment, §3: it is presented once) or leaving a
//! final state is `SEC.STATE`.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::lifecycle::Lifecycle;
use crate::report::{Text, Violation};
use crate::rules::Rule;

crate::named_enum! {
    /// The state of a security document.
    ///
    /// ```
    /// use kazcustoms_core::security::SecurityState;
    /// assert_eq!("issued".parse::<SecurityState>().unwrap(), SecurityState::Issued);
    /// assert!("closed".parse::<SecurityState>().is_err());
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum SecurityState: "state", ["күй", "состояние", "state"] {
        /// The payer applied (§5); the security is being checked (§4, §8).
        Applied = "applied",
        /// Certified (§8), signed (§9) and entered in the journal with its
        /// number (§10–§11).
        Registered = "registered",
        /// Copy 1 handed to the participant (§12).
        Issued = "issued",
        /// Presented at the departure office, which marked the opening of
        /// internal transit on its reverse (§13–§15): linked to a DCD.
        PresentedAtDeparture = "presented_at_departure",
        /// Delivery confirmed: the certificate confirming delivery is issued
        /// (its number goes in the conclusion block).
        DeliveryConfirmed = "delivery_confirmed",
        /// The officer of the registering office checked the use and entered
        /// the conclusion on the reverse (§18), on the payer's application (§16–§17).
        ConclusionEntered = "conclusion_entered",
        /// The security was returned. Final.
        Returned = "returned",
        /// The security was offset against customs payments. Final.
        OffsetApplied = "offset_applied",
    }
}

impl SecurityState {
    /// The states that may follow this one (none for a final state).
    ///
    /// ```
    /// use kazcustoms_core::security::SecurityState as S;
    /// assert_eq!(S::ConclusionEntered.successors(), [S::Returned, S::OffsetApplied]);
    /// assert!(S::Returned.successors().is_empty());
    /// ```
    pub const fn successors(self) -> &'static [SecurityState] {
        use SecurityState as S;
        match self {
            S::Applied => &[S::Registered],
            S::Registered => &[S::Issued],
            S::Issued => &[S::PresentedAtDeparture],
            S::PresentedAtDeparture => &[S::DeliveryConfirmed],
            S::DeliveryConfirmed => &[S::ConclusionEntered],
            S::ConclusionEntered => &[S::Returned, S::OffsetApplied],
            S::Returned | S::OffsetApplied => &[],
        }
    }

    /// Whether the state comes at or after `other` in the lifecycle order.
    pub(crate) fn reached(self, other: SecurityState) -> bool {
        self >= other
    }
}

/// The lifecycle of the module docs.
///
/// ```
/// use kazcustoms_core::security::SecurityState as S;
/// use kazcustoms_core::lifecycle::Lifecycle;
/// assert_eq!(S::Issued.transition(S::PresentedAtDeparture).unwrap(), S::PresentedAtDeparture);
/// // presented once (§3): not again
/// let err = S::PresentedAtDeparture.transition(S::PresentedAtDeparture).unwrap_err();
/// assert_eq!(err.rule().unwrap().id(), "SEC.STATE");
/// // no return without the conclusion of §18
/// assert!(S::DeliveryConfirmed.transition(S::Returned).is_err());
/// ```
impl Lifecycle for SecurityState {
    const NAMES: &'static [&'static str] = SecurityState::NAMES;

    fn name(self) -> &'static str {
        SecurityState::name(self)
    }

    fn transition(self, to: SecurityState) -> Result<SecurityState, Error> {
        if self.successors().contains(&to) {
            return Ok(to);
        }
        let (from, into) = (self.name(), to.name());
        let detail = Text::new(
            format!("{from} → {into} өзгерісі рұқсат етілмейді"),
            format!("переход из {from} в {into} недопустим"),
            format!("it cannot go from {from} to {into}"),
        );
        let v = Violation::new(
            Rule::SecState,
            "state",
            crate::check::titled(Rule::SecState, detail),
        );
        Err(Error::Transition(Box::new(v)))
    }
}
