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

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::report::{Report, Text, Violation};
use crate::rules::Rule;

/// The state of a guarantee obligation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuaranteeState {
    /// The recipient applied to the destination office (§11); not yet decided.
    Applied,
    /// Registered in the guarantee-obligation journal with its number (§17–§18).
    Registered,
    /// Registration refused on a ground of §12 or §16. Final.
    Refused,
    /// Taken at the departure office and filed with the DCD control copy
    /// (§25); linked to that DCD's number.
    Used,
    /// Fulfilled: the journal carries the mark of fulfilment, the number of
    /// the cargo customs declaration or the short declaration (annex 5
    /// column 9). Final.
    Fulfilled,
    /// Used, but its term ended without the mark of fulfilment: the recipient
    /// goes on the register of recipients who failed their obligations (§20).
    /// Final.
    Failed,
    /// Not used, and its validity term has ended (§21).
    Expired,
    /// Handed back unused after expiry and closed with the mark `ҚАЙТАРЫЛДЫ`
    /// / `ВОЗВРАЩЕНО` (§21–§22). Final.
    Returned,
}

impl GuaranteeState {
    /// Every state, in lifecycle order.
    pub const ALL: [GuaranteeState; 8] = [
        GuaranteeState::Applied,
        GuaranteeState::Registered,
        GuaranteeState::Refused,
        GuaranteeState::Used,
        GuaranteeState::Fulfilled,
        GuaranteeState::Failed,
        GuaranteeState::Expired,
        GuaranteeState::Returned,
    ];

    /// The state's name: `applied`, `registered`, `refused`, `used`,
    /// `fulfilled`, `failed`, `expired`, `returned`.
    pub const fn name(self) -> &'static str {
        match self {
            GuaranteeState::Applied => "applied",
            GuaranteeState::Registered => "registered",
            GuaranteeState::Refused => "refused",
            GuaranteeState::Used => "used",
            GuaranteeState::Fulfilled => "fulfilled",
            GuaranteeState::Failed => "failed",
            GuaranteeState::Expired => "expired",
            GuaranteeState::Returned => "returned",
        }
    }

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

    /// Moves to `to`, or returns a report with one `GO.STATE` violation for
    /// a change not in the lifecycle.
    ///
    /// ```
    /// use kazcustoms_core::guarantee::GuaranteeState as S;
    /// assert_eq!(S::Registered.transition(S::Used).unwrap(), S::Used);
    /// // single use (§25): a used obligation cannot be used again
    /// assert_eq!(S::Used.transition(S::Used).unwrap_err().rule_ids(), ["GO.STATE"]);
    /// // an unused obligation is returned only after it expired (§21)
    /// assert!(S::Registered.transition(S::Returned).is_err());
    /// ```
    pub fn transition(self, to: GuaranteeState) -> Result<GuaranteeState, Report> {
        if self.successors().contains(&to) {
            return Ok(to);
        }
        Err(Report::from_iter([self.illegal(to)]))
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

impl std::str::FromStr for GuaranteeState {
    type Err = crate::Error;

    /// Reads a state's name.
    ///
    /// ```
    /// use kazcustoms_core::guarantee::GuaranteeState;
    /// assert_eq!("returned".parse::<GuaranteeState>().unwrap(), GuaranteeState::Returned);
    /// assert!("closed".parse::<GuaranteeState>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<GuaranteeState, crate::Error> {
        GuaranteeState::ALL
            .into_iter()
            .find(|state| state.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = GuaranteeState::ALL.iter().map(|s| s.name()).collect();
                let names = names.join(", ");
                crate::Error::invalid_argument(
                    "state",
                    Text::new(
                        format!("белгісіз күй {s:?}: {names} болуы керек"),
                        format!("неизвестное состояние {s:?}: должно быть одно из {names}"),
                        format!("unknown state {s:?}: expected one of {names}"),
                    ),
                )
            })
    }
}

impl fmt::Display for GuaranteeState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}
