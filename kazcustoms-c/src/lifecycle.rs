//! Lifecycles: one wrapper moves any of the core's state machines (the DCD,
//! the guarantee obligation) by state names; the core decides every move.

use std::ffi::c_char;

use kazcustoms_core::guarantee::GuaranteeState;
use kazcustoms_core::lifecycle::{transition_by_name, Lifecycle, TransitionFailure};

use crate::error::kazcustoms_result;
use crate::ffi;

/// The body of every `kazcustoms_*_transition`: both names read as states
/// of `S` (INVALID_ARGUMENT otherwise), the core's move, the new state's
/// name out; a refused move is VIOLATION with the core's rule.
pub(crate) fn transition<S: Lifecycle>(
    from: *const c_char,
    to: *const c_char,
    out_state: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let from = ffi::str_arg(from, "from")?;
        let to = ffi::str_arg(to, "to")?;
        let out = ffi::out_arg(out_state, "out_state")?;
        let state = transition_by_name::<S>(from, to).map_err(|e| match e {
            TransitionFailure::Input(error) => ffi::Failure::from(error),
            TransitionFailure::Refused(report) => ffi::Failure::from(report),
        })?;
        out.write(ffi::into_c_string(state.to_owned())?);
        Ok(())
    })
}

/// Moves a guarantee obligation along its lifecycle (SPEC §4; R1 §17–§25):
/// `from` and `to` are state names, `applied`, `registered`, `refused`,
/// `used`, `fulfilled`, `failed`, `expired` or `returned`:
///
/// ```text
/// applied ─┬─► registered ─┬─► used ─┬─► fulfilled
///          │               │         └─► failed
///          │               └─► expired ──► returned
///          └─► refused
/// ```
///
/// On success `*out_state` receives the new state's name (that is, `to`),
/// a new string to be freed with kazcustoms_string_free(). Any other move
/// (skipping a step, going back, staying put — an obligation is used once,
/// §25 —, leaving a final state) fails with KAZCUSTOMS_RESULT_VIOLATION and
/// the rule `GO.STATE` as the last error's rule, with a message naming both
/// states. An unknown state name is INVALID_ARGUMENT. Works exactly like
/// kazcustoms_dcd_transition().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_transition(
    from: *const c_char,
    to: *const c_char,
    out_state: *mut *mut c_char,
) -> kazcustoms_result {
    transition::<GuaranteeState>(from, to, out_state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::Failure;
    use kazcustoms_core::dcd::DcdState;

    #[test]
    fn a_refused_guarantee_move_is_a_violation_of_go_state() {
        let failure = Failure::from(
            GuaranteeState::Used
                .transition(GuaranteeState::Used)
                .unwrap_err(),
        );
        assert_eq!(failure.code, kazcustoms_result::Violation);
        assert_eq!(failure.rule.map(|r| r.id()), Some("GO.STATE"));
    }

    #[test]
    fn names_round_trip() {
        for s in GuaranteeState::ALL {
            assert_eq!(Lifecycle::name(s).parse::<GuaranteeState>().unwrap(), s);
        }
        for s in DcdState::ALL {
            assert_eq!(Lifecycle::name(s).parse::<DcdState>().unwrap(), s);
        }
    }
}
