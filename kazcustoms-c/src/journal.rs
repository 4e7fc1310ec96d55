//! Journals: the registers that issue registration numbers (SPEC §1).

use std::ffi::c_char;

use kazcustoms_core::{Journal, NumberKind};

use crate::error::kazcustoms_result;
use crate::ffi;
use crate::types::{kazcustoms_date, kazcustoms_number};

/// A journal that issues numbers of one kind for one issuer (opaque). The
/// sequence grows by one within a calendar year and starts again at 1 on
/// 1 January; a number is never issued twice.
///
/// Made by kazcustoms_journal_new() or kazcustoms_journal_from_json(), freed
/// by kazcustoms_journal_free().
///
/// Thread safety: one handle may be used by several threads at once:
/// kazcustoms_journal_issue() and kazcustoms_journal_to_json() take an
/// internal lock, so no two callers get the same number and none is
/// skipped. kazcustoms_journal_free() must not run while another thread
/// still uses the handle.
pub struct kazcustoms_journal {
    inner: Journal,
}

/// Makes an empty journal of `kind` (a kind's code name, e.g. `"dcd"`) for
/// `issuer`: the 5-digit office code for every kind but `tsw`, whose issuer
/// is the warehouse licence (its digits, at least six; the last six go into
/// the number). For `guarantee` the issuer is the destination office; its
/// first three digits go into the number.
///
/// On success `*out` receives a new journal, to be freed with
/// kazcustoms_journal_free(). Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT
/// for an unknown kind or a malformed issuer, INVALID_NUMBER (`NUM.OFFICE`)
/// for the office code 00000.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_journal_new(
    kind: *const c_char,
    issuer: *const c_char,
    out: *mut *mut kazcustoms_journal,
) -> kazcustoms_result {
    ffi::call(|| {
        let kind = ffi::str_arg(kind, "kind")?;
        let issuer = ffi::str_arg(issuer, "issuer")?;
        let out = ffi::out_arg(out, "out")?;
        let kind: NumberKind = kind.parse()?;
        let inner = Journal::new(kind, issuer)?;
        out.write(ffi::into_handle(kazcustoms_journal { inner }));
        Ok(())
    })
}

/// Issues the next number of `journal`, dated `date`.
///
/// `recipient` is the recipient's 4-digit register number for a `guarantee`
/// journal and must be NULL for every other kind.
///
/// On success `*out` receives the number. Fails with
/// KAZCUSTOMS_RESULT_JOURNAL (`JOURNAL.BACKDATED`: `date` is before the
/// last issued date; `JOURNAL.FULL`: the sequence would overflow its
/// width), INVALID_NUMBER (`NUM.RECIPIENT` for recipient 0000), or
/// INVALID_ARGUMENT (recipient missing, malformed or not wanted; `date` not
/// a date). A refused issue changes nothing.
///
/// Safe to call from several threads on the same handle.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_journal_issue(
    journal: *const kazcustoms_journal,
    date: kazcustoms_date,
    recipient: *const c_char,
    out: *mut kazcustoms_number,
) -> kazcustoms_result {
    ffi::call(|| {
        let journal = ffi::ref_arg(journal, "journal")?;
        let recipient = ffi::opt_str_arg(recipient, "recipient")?;
        let out = ffi::out_arg(out, "out")?;
        let date = date.to_naive("date")?;
        let number = journal.inner.issue(date, recipient)?;
        out.write(kazcustoms_number::from(&number));
        Ok(())
    })
}

/// Saves the journal's state as JSON:
/// `{"format":1,"kind":"dcd","issuer":"50101","last_sequence":2,
/// "last_date":"2026-12-31"}`.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free(). kazcustoms_journal_from_json() resumes it.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_journal_to_json(
    journal: *const kazcustoms_journal,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let journal = ffi::ref_arg(journal, "journal")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        out.write(ffi::into_c_string(journal.inner.to_json())?);
        Ok(())
    })
}

/// Resumes a journal, exactly where it stopped, from JSON written by
/// kazcustoms_journal_to_json().
///
/// On success `*out` receives a new journal, to be freed with
/// kazcustoms_journal_free(). Fails with
/// KAZCUSTOMS_RESULT_INVALID_DOCUMENT, input `"state"`, for text that is
/// not such a state (not JSON, a key given twice, another format version,
/// an unknown kind, a malformed issuer or the issuer 00000, a sequence
/// that does not fit); kazcustoms_last_error_path() gives the path, e.g.
/// `state.kind`.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_journal_from_json(
    json: *const c_char,
    out: *mut *mut kazcustoms_journal,
) -> kazcustoms_result {
    ffi::call(|| {
        let json = ffi::str_arg(json, "json")?;
        let out = ffi::out_arg(out, "out")?;
        let inner = Journal::from_json(json)?;
        out.write(ffi::into_handle(kazcustoms_journal { inner }));
        Ok(())
    })
}

/// As kazcustoms_journal_from_json(), and the journal has issued no number
/// dated after `reference` (NULL: today): a later last date fails with
/// KAZCUSTOMS_RESULT_INVALID_DOCUMENT at `state.last_date` (such a journal
/// would refuse every number until then); INVALID_ARGUMENT when
/// `reference` is not a date.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_journal_from_json_at(
    json: *const c_char,
    reference: *const kazcustoms_date,
    out: *mut *mut kazcustoms_journal,
) -> kazcustoms_result {
    ffi::call(|| {
        let json = ffi::str_arg(json, "json")?;
        let out = ffi::out_arg(out, "out")?;
        let reference = match ffi::opt_ref(reference) {
            Some(date) => date.to_naive("reference")?,
            None => kazcustoms_core::today(),
        };
        let inner = Journal::from_json_at(json, reference)?;
        out.write(ffi::into_handle(kazcustoms_journal { inner }));
        Ok(())
    })
}

/// Frees a journal. NULL is a no-op. No other thread may still be using
/// it, and it must not be used afterwards.
#[no_mangle]
pub extern "C" fn kazcustoms_journal_free(journal: *mut kazcustoms_journal) {
    ffi::call_void(|| ffi::free_handle(journal));
}
