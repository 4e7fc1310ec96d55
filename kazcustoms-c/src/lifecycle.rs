//! Lifecycles: the states of a document kind and its moves by state names;
//! the core's registry says which kind has which lifecycle and decides
//! every move.

use std::ffi::c_char;

use kazcustoms_core::documents::{self, DocumentKind};

use crate::error::kazcustoms_result;
use crate::ffi::{self, Failure};

/// The body of every transition function: both names read as states of
/// the kind's lifecycle, the core's move, the new state's name out.
fn transition(
    kind: &str,
    from: *const c_char,
    to: *const c_char,
    out_state: *mut *mut c_char,
) -> Result<(), Failure> {
    let from = ffi::str_arg(from, "from")?;
    let to = ffi::str_arg(to, "to")?;
    let out = ffi::out_arg(out_state, "out_state")?;
    let state = documents::transition(kind, from, to)?;
    out.write(ffi::into_c_string(state.to_owned())?);
    Ok(())
}

/// The names of the states of a document kind's lifecycle, in lifecycle
/// order, as a JSON array: for `"dcd"` `["drafted","registered","arrived",
/// "completed"]`, for `"guarantee"` `["applied","registered","refused",
/// "used","fulfilled","failed","expired","returned"]`.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free(). Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for an unknown kind or one without a lifecycle (e.g.
/// `"short_declaration"`).
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_states_json(
    kind: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let kind = ffi::str_arg(kind, "kind")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        let states = documents::states(kind)?;
        let json = serde_json::to_string(states).unwrap_or_default();
        out.write(ffi::into_c_string(json)?);
        Ok(())
    })
}

/// Moves a document of `kind` (a kind with a lifecycle: `"dcd"` or
/// `"guarantee"`, see kazcustoms_states_json()) from the state named `from`
/// to the one named `to`.
///
/// The DCD (SPEC §3) goes `drafted → registered → arrived → completed`,
/// one step at a time. The guarantee obligation (SPEC §4; R1 §17–§25):
///
/// ```text
/// applied ─┬─► registered ─┬─► used ─┬─► fulfilled
///          │               │         └─► failed
///          │               └─► expired ──► returned
///          └─► refused
/// ```
///
/// On success `*out_state` receives the new state's name (that is, `to`),
/// a new string to be freed with kazcustoms_string_free(). A move not in
/// the lifecycle (skipping a step, going back, staying put — a guarantee
/// obligation is used once, §25 —, leaving a final state) fails with
/// KAZCUSTOMS_RESULT_VIOLATION and the lifecycle's rule (`DCD.STATE`,
/// `GO.STATE`) as the last error's rule, with a message naming both states.
/// An unknown kind, a kind without a lifecycle or an unknown state name is
/// INVALID_ARGUMENT.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_transition(
    kind: *const c_char,
    from: *const c_char,
    to: *const c_char,
    out_state: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| transition(ffi::str_arg(kind, "kind")?, from, to, out_state))
}

/// kazcustoms_transition() for `"dcd"`: moves a DCD along `drafted →
/// registered → arrived → completed`; a refused move is
/// KAZCUSTOMS_RESULT_VIOLATION with the rule `DCD.STATE`.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_dcd_transition(
    from: *const c_char,
    to: *const c_char,
    out_state: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| transition(DocumentKind::Dcd.name(), from, to, out_state))
}

/// kazcustoms_transition() for `"guarantee"`: moves a guarantee obligation
/// along its lifecycle (states `applied`, `registered`, `refused`, `used`,
/// `fulfilled`, `failed`, `expired`, `returned`); a refused move is
/// KAZCUSTOMS_RESULT_VIOLATION with the rule `GO.STATE`.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_transition(
    from: *const c_char,
    to: *const c_char,
    out_state: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| transition(DocumentKind::Guarantee.name(), from, to, out_state))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_move_is_a_violation_of_the_lifecycle_rule() {
        for (kind, from, to, rule) in [
            ("guarantee", "used", "used", "GO.STATE"),
            ("dcd", "drafted", "completed", "DCD.STATE"),
        ] {
            let failure = Failure::from(documents::transition(kind, from, to).unwrap_err());
            assert_eq!(failure.code, kazcustoms_result::Violation);
            assert_eq!(failure.rule.map(|r| r.id()), Some(rule));
        }
    }

    #[test]
    fn an_unknown_state_or_kind_is_an_argument_error() {
        for (kind, from) in [
            ("dcd", "closed"),
            ("tir", "drafted"),
            ("arrival", "drafted"),
        ] {
            let failure =
                Failure::from(documents::transition(kind, from, "registered").unwrap_err());
            assert_eq!(failure.code, kazcustoms_result::InvalidArgument);
            assert_eq!(failure.rule, None);
        }
    }
}
