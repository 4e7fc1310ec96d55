//! The lifecycle of a guarantee obligation (R1 §17–§25):
//!
//! ```text
//! applied ─┬─► registered ─┬─► used ─┬─► fulfilled
//!          │               │         └─► failed      (§20: recipient on the register of failures)
//!          │               └─► expired ──► returned  (§21–§22: mark ҚАЙТАРЫЛДЫ / ВОЗВРАЩЕНО)
//!          └─► refused
//! ```
//!
//! `failed` is the library's name for the case §20 describes without naming
//! a state: an obligation taken at departure (`used`) whose validity term
//! ended without the journal's mark of fulfilment. Every other change —
//! skipping a step, going back, staying put (§25: one use only), leaving a
//! final state — is `GO.STATE`.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::lifecycle::Lifecycle;
use crate::report::{Text, Violation};
use crate::rules::Rule;

crate::named_enum! {
    /// The state of a guarantee obligation.
    ///
    /// ```
    /// use kazcustoms_core::guarantee::GuaranteeState;
    /// assert_eq!("returned".parse::<GuaranteeState>().unwrap(), GuaranteeState::Returned);
    /// assert!("closed".parse::<GuaranteeState>().is_err());
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum GuaranteeState: "state", ["күй", "состояние", "state"] {
        /// The recipient applied to the destination office (§11); not yet decided.
        Applied = "applied",
        /// Registered in the guarantee-obligation journal with its number (§17–§18).
        Registered = "registered",
        /// Registration refused on a ground of §12 or §16. Final.
        Refused = "refused",
        /// Taken at the departure office and filed with the DCD control copy
        /// (§25); linked to that DCD's number.
        Used = "used",
        /// Fulfilled: the journal carries the mark of fulfilment, the number of
        /// the cargo customs declaration or the short declaration (annex 5
        /// column 9). Final.
        Fulfilled = "fulfilled",
        /// Used, but its term ended without the mark of fulfilment: the recipient
        /// goes on the register of recipients who failed their obligations (§20).
        /// Final.
        Failed = "failed",
        /// Not used, and its validity term has ended (§21).
        Expired = "expired",
        /// Handed back unused after expiry and closed with the mark `ҚАЙТАРЫЛДЫ`
        /// / `ВОЗВРАЩЕНО` (§21–§22). Final.
        Returned = "returned",
    }
}

impl GuaranteeState {
    /// The states that may follow this one (none for a final state).
    ///
    /// ```
    /// use kazcustoms_core::guarantee::GuaranteeState as S;
    /// assert_eq!(S::Registered.successors(), [S::Used, S::Expired]);
    /// assert!(S::Returned.successors().is_empty());
    /// ```
    pub const fn successors(self) -> &'static [GuaranteeState] {
        use GuaranteeState as S;
        match self {
            S::Applied => &[S::Registered, S::Refused],
            S::Registered => &[S::Used, S::Expired],
            S::Used => &[S::Fulfilled, S::Failed],
            S::Expired => &[S::Returned],
            S::Refused | S::Fulfilled | S::Failed | S::Returned => &[],
        }
    }

    /// Whether no state may follow this one.
    pub const fn is_final(self) -> bool {
        self.successors().is_empty()
    }

    /// Whether the obligation has a registration number in this state
    /// (every state but `applied` and `refused`).
    pub const fn is_registered(self) -> bool {
        !matches!(self, GuaranteeState::Applied | GuaranteeState::Refused)
    }

    /// Whether the obligation was taken at departure in this state (`used`,
    /// `fulfilled`, `failed`): it is linked to a DCD.
    pub const fn is_taken(self) -> bool {
        matches!(
            self,
            GuaranteeState::Used | GuaranteeState::Fulfilled | GuaranteeState::Failed
        )
    }

    /// Whether an earlier obligation in this state counts as *not fulfilled*
    /// for the refusal ground `GO.REFUSE.PREVIOUS` (R1 §16): `failed` (used
    /// and not fulfilled in its term) and `expired` (unused, its term over,
    /// not yet handed back). An unused obligation handed back after expiry
    /// (`returned`) is the exception of §21 and does not count; nor does one
    /// still within its term (`registered`, `used`).
    ///
    /// Reading: §16 excepts "the cases of §21", i.e. unused obligations that
    /// are *handed back* after expiry; an expired one the recipient still
    /// holds is not yet such a case (the form of annex 6 binds the recipient
    /// to hand it back), so it counts until it is returned.
    pub const fn counts_as_unfulfilled(self) -> bool {
        matches!(self, GuaranteeState::Failed | GuaranteeState::Expired)
    }

    /// The `GO.STATE` violation of a change not in the lifecycle, or `None`
    /// for an allowed change.
    pub(crate) fn refusal(self, to: GuaranteeState) -> Option<Violation> {
        (!self.successors().contains(&to)).then(|| self.illegal(to))
    }

    /// The `GO.STATE` violation for the change from `self` to `to`.
    pub(crate) fn illegal(self, to: GuaranteeState) -> Violation {
        let (from, into) = (self.name(), to.name());
        state_violation(
            "state",
            Text::new(
                format!("{from} → {into} өзгерісі рұқсат етілмейді"),
                format!("переход из {from} в {into} недопустим"),
                format!("it cannot go from {from} to {into}"),
            ),
        )
    }
}

/// A `GO.STATE` violation: the rule's title and the detail.
pub(crate) fn state_violation(
    field: impl Into<std::borrow::Cow<'static, str>>,
    detail: Text,
) -> Violation {
    Violation::new(
        Rule::GoState,
        field,
        super::with_detail(Rule::GoState, &detail),
    )
}

/// The lifecycle of the module docs.
///
/// ```
/// use kazcustoms_core::guarantee::GuaranteeState as S;
/// use kazcustoms_core::lifecycle::Lifecycle;
/// assert_eq!(S::Registered.transition(S::Used).unwrap(), S::Used);
/// // single use (§25): a used obligation cannot be used again
/// assert_eq!(S::Used.transition(S::Used).unwrap_err().rule().unwrap().id(), "GO.STATE");
/// // an unused obligation is returned only after it expired (§21)
/// assert!(S::Registered.transition(S::Returned).is_err());
/// ```
impl Lifecycle for GuaranteeState {
    const NAMES: &'static [&'static str] = GuaranteeState::NAMES;

    fn name(self) -> &'static str {
        GuaranteeState::name(self)
    }

    fn transition(self, to: GuaranteeState) -> Result<GuaranteeState, Error> {
        match self.refusal(to) {
            None => Ok(to),
            Some(v) => Err(Error::Transition(Box::new(v))),
        }
    }
}
