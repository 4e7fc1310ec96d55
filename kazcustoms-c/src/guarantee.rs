//! The guarantee obligation at its destination office (R1 §11–§25): the
//! office handle with its registers, each function a call of the core's
//! `kazcustoms_core::guarantee::GuaranteeOffice`.

use std::ffi::c_char;
use std::sync::{Mutex, MutexGuard};

use kazcustoms_core::documents::{DocumentReader, JsonReader};
use kazcustoms_core::guarantee::{
    Application, Fulfilment, GuaranteeOffice, Obligation, Outcome, ReturnMark,
};
use kazcustoms_core::messages::ffi as messages;
use kazcustoms_core::numbers::{DcdNumber, ShortDeclarationNumber};
use kazcustoms_core::{Context, Lang, ParseOptions, Rule};

use crate::error::kazcustoms_result;
use crate::ffi::{self, Failure};
use crate::types::kazcustoms_date;

/// A destination office with its registers (opaque, R1 §11–§25): the
/// recipients register (annex 4), the guarantee-obligation journal
/// (annex 5) numbering through a journal of kind `guarantee`, and the
/// register of recipients who failed their obligations (§20).
///
/// kazcustoms_guarantee_office_register() decides an application and
/// registers the obligation; the obligation then moves through its
/// lifecycle with kazcustoms_guarantee_office_take_at_departure(),
/// `_fulfil()`, `_expire()`, `_fail()` and `_return_unused()` (a move not in
/// the lifecycle is KAZCUSTOMS_RESULT_VIOLATION, rule `GO.STATE`, and
/// changes nothing). The registers are read as JSON, the entries of
/// kazcustoms_export_journal(). kazcustoms_guarantee_office_to_json() saves
/// the office and kazcustoms_guarantee_office_from_json() resumes it
/// exactly.
///
/// Made by kazcustoms_guarantee_office_new() or
/// kazcustoms_guarantee_office_from_json(), freed by
/// kazcustoms_guarantee_office_free().
///
/// Thread safety: one handle may be used by several threads at once; each
/// call holds the office alone. kazcustoms_guarantee_office_free() must
/// not run while another thread still uses the handle.
pub struct kazcustoms_guarantee_office {
    inner: Mutex<GuaranteeOffice>,
}

impl kazcustoms_guarantee_office {
    fn new(office: GuaranteeOffice) -> *mut kazcustoms_guarantee_office {
        ffi::into_handle(kazcustoms_guarantee_office {
            inner: Mutex::new(office),
        })
    }
}

/// The office behind a handle argument, held for the call.
fn office_arg<'a>(
    office: *const kazcustoms_guarantee_office,
) -> Result<MutexGuard<'a, GuaranteeOffice>, Failure> {
    let office = ffi::ref_arg(office, "office")?;
    office.inner.lock().map_err(|_| Failure::poisoned())
}

/// The obligation as JSON: an entry of the guarantee-obligation journal.
fn obligation_json(obligation: &Obligation) -> String {
    // Plain data: serializing it cannot fail.
    serde_json::to_string(obligation).unwrap_or_default()
}

/// The reference date a number's year digit is read with: the caller's, or
/// today.
fn parse_options(reference: *const kazcustoms_date) -> Result<ParseOptions<'static>, Failure> {
    let reference = match ffi::opt_ref(reference) {
        Some(date) => date.to_naive("reference")?,
        None => kazcustoms_core::today(),
    };
    Ok(ParseOptions::new(reference))
}

/// A lifecycle step of the obligation `number`: the obligation after it as
/// JSON into `out_json`; a refused step is VIOLATION (`GO.STATE`).
fn step(
    office: *const kazcustoms_guarantee_office,
    number: *const c_char,
    out_json: *mut *mut c_char,
    step: impl FnOnce(&mut GuaranteeOffice, &str) -> Result<String, kazcustoms_core::Error>,
) -> Result<(), Failure> {
    let mut office = office_arg(office)?;
    let number = ffi::str_arg(number, "number")?;
    let out = ffi::out_arg(out_json, "out_json")?;
    let json = step(&mut office, number)?;
    out.write(ffi::into_c_string(json)?);
    Ok(())
}

/// A step on a date (`expire`, `fail`): the date read, then [`step`].
fn dated_step(
    office: *const kazcustoms_guarantee_office,
    number: *const c_char,
    on: kazcustoms_date,
    out_json: *mut *mut c_char,
    f: for<'a> fn(
        &'a mut GuaranteeOffice,
        &str,
        chrono::NaiveDate,
    )
        -> Result<&'a kazcustoms_core::guarantee::Obligation, kazcustoms_core::Error>,
) -> kazcustoms_result {
    ffi::call(|| {
        let on = on.to_naive("on")?;
        step(office, number, out_json, |o, n| {
            f(o, n, on).map(obligation_json)
        })
    })
}

/// Makes a destination office with empty registers; `office` is its
/// 5-digit code.
///
/// On success `*out` receives a new office, to be freed with
/// kazcustoms_guarantee_office_free(). Fails with
/// KAZCUSTOMS_RESULT_INVALID_ARGUMENT for a code that is not 5 digits and
/// INVALID_NUMBER (`NUM.OFFICE`) for 00000.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_new(
    office: *const c_char,
    out: *mut *mut kazcustoms_guarantee_office,
) -> kazcustoms_result {
    ffi::call(|| {
        let office = ffi::str_arg(office, "office")?;
        let out = ffi::out_arg(out, "out")?;
        let inner = GuaranteeOffice::new(office)?;
        out.write(kazcustoms_guarantee_office::new(inner));
        Ok(())
    })
}

/// Frees a guarantee office. NULL is a no-op. No other thread may still be
/// using it, and it must not be used afterwards.
#[no_mangle]
pub extern "C" fn kazcustoms_guarantee_office_free(office: *mut kazcustoms_guarantee_office) {
    ffi::call_void(|| ffi::free_handle(office));
}

/// Saves the office (its code, numbering journal and three registers) as
/// JSON; kazcustoms_guarantee_office_from_json() resumes it exactly.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_to_json(
    office: *const kazcustoms_guarantee_office,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let office = office_arg(office)?;
        let out = ffi::out_arg(out_json, "out_json")?;
        out.write(ffi::into_c_string(office.to_json())?);
        Ok(())
    })
}

/// Resumes an office from JSON written by
/// kazcustoms_guarantee_office_to_json(), verified against itself first
/// (README, "Saved states").
///
/// On success `*out` receives a new office, to be freed with
/// kazcustoms_guarantee_office_free(). Fails with
/// KAZCUSTOMS_RESULT_INVALID_DOCUMENT, input `"state"`, for text this
/// library did not write: not JSON, a key given twice, an unknown member,
/// another format version, a journal of another kind or office,
/// recipients not numbered 0001, 0002, … or entered twice, an obligation
/// that does not match its number, recipient or office or whose marks do
/// not fit its state, a journal that would issue a number again, a failure
/// entry that names no failed obligation. kazcustoms_last_error_path()
/// names the inconsistent member, e.g. `state.journal.last_sequence` or
/// `state.obligations[3].dcd_number`.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_from_json(
    json: *const c_char,
    out: *mut *mut kazcustoms_guarantee_office,
) -> kazcustoms_result {
    ffi::call(|| {
        let json = ffi::str_arg(json, "json")?;
        let out = ffi::out_arg(out, "out")?;
        let inner = GuaranteeOffice::from_json(json)?;
        out.write(kazcustoms_guarantee_office::new(inner));
        Ok(())
    })
}

/// As kazcustoms_guarantee_office_from_json(), and the office's journal
/// has issued no number dated after `reference` (NULL: today): a state
/// whose journal's last date is later fails with
/// KAZCUSTOMS_RESULT_INVALID_DOCUMENT at `state.journal.last_date`;
/// INVALID_ARGUMENT when `reference` is not a date.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_from_json_at(
    json: *const c_char,
    reference: *const kazcustoms_date,
    out: *mut *mut kazcustoms_guarantee_office,
) -> kazcustoms_result {
    ffi::call(|| {
        let json = ffi::str_arg(json, "json")?;
        let out = ffi::out_arg(out, "out")?;
        let reference = parse_options(reference)?.reference;
        let inner = GuaranteeOffice::from_json_at(json, reference)?;
        out.write(kazcustoms_guarantee_office::new(inner));
        Ok(())
    })
}

/// The outcome of a registration as JSON.
fn outcome_json(outcome: &Outcome, lang: Lang) -> String {
    let decision = &outcome.decision;
    let grounds: Vec<&str> = decision.grounds().into_iter().map(Rule::id).collect();
    let json = serde_json::json!({
        "state": outcome.state().name(),
        "grounds": grounds,
        "review_deadline": decision.review_deadline,
        "as_of": decision.as_of,
        "recipient_number": outcome.recipient_number.to_string(),
        "number": outcome.obligation.as_ref().map(|o| o.number.as_str()),
        "valid_until": outcome.obligation.as_ref().map(|o| o.valid_until),
        "obligation": outcome.obligation,
        "report": decision.report.localized(lang),
    });
    json.to_string()
}

/// Decides an application for a guarantee obligation and, where no ground
/// of refusal stands, registers the obligation on the decision date: the
/// recipient is put on record (§15, whatever the decision), the obligation
/// gets its number `RRRR/CCC/DDMMY/NNNN` (§17–§18) and its validity term by
/// the deadline rule (§19). What this office's registers know counts too:
/// a recipient on its register of failures, or holding an expired
/// obligation not handed back, is `GO.REFUSE.PREVIOUS`.
///
/// - `application_json`: the `"guarantee_application"` document of
///   kazcustoms_validate_json() (its `destination_office` must be this
///   office).
/// - `options_json`: as for kazcustoms_validate_json() (NULL or `""` for
///   the defaults): `distance_km` when the application's carriage has
///   none, `convention`, `calendar` for the review term, `lang` for the
///   report's messages.
///
/// On success `*outcome_json` receives a new string, to be freed with
/// kazcustoms_string_free(): `{"state": "registered" | "refused",
/// "grounds": ["GO.REFUSE.DEBT", …], "review_deadline": "2026-02-04" |
/// null, "as_of": "2026-02-04", "recipient_number": "0001", "number":
/// "0001/501/04026/0001" | null, "valid_until": "2026-03-04" | null,
/// "obligation": {…the journal entry…} | null, "report": {…the report of
/// kazcustoms_validate_json()…}}`. A refusal is not an error: `state` is
/// `refused` and `grounds` names the rules.
///
/// Fails with KAZCUSTOMS_RESULT_INVALID_DOCUMENT for an application
/// (input `"document"`) or options (input `"options"`) that cannot be read;
/// INVALID_ARGUMENT for an application addressed to another office,
/// without a decision date, or (when registering) without a distance;
/// JOURNAL when the journal refuses the number. On an error nothing
/// changes.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_register(
    office: *const kazcustoms_guarantee_office,
    application_json: *const c_char,
    options_json: *const c_char,
    outcome_json_out: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let mut office = office_arg(office)?;
        let application = ffi::str_arg(application_json, "application_json")?;
        let options = ffi::opt_str_arg(options_json, "options_json")?.unwrap_or("");
        let out = ffi::out_arg(outcome_json_out, "outcome_json")?;
        let context = Context::from_json(options)?;
        let application: Application = JsonReader::new(application).read()?;
        let outcome = office.register(&application, &context)?;
        out.write(ffi::into_c_string(outcome_json(&outcome, context.lang))?);
        Ok(())
    })
}

/// The obligation `number` is taken at the departure office with the DCD
/// `dcd_number` (§25): `registered → used`, only within its validity and
/// not before its registration. One use only.
///
/// - `dcd_number`: the DCD's reference number, read strictly with
///   `reference` (NULL: today) resolving its year digit, as by
///   kazcustoms_parse_number().
///
/// On success `*out_json` receives the obligation after the step, an entry
/// of the journal as kazcustoms_guarantee_office_obligations_json() lists
/// them, a new string to be freed with kazcustoms_string_free(). Fails with
/// KAZCUSTOMS_RESULT_VIOLATION (`GO.STATE`) for a step the obligation
/// cannot make (not in the journal, not registered, a DCD dated outside the
/// validity), INVALID_NUMBER for a DCD number that breaks a `NUM.*` rule,
/// INVALID_ARGUMENT for a `reference` that is not a date. On an error
/// nothing changes.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_take_at_departure(
    office: *const kazcustoms_guarantee_office,
    number: *const c_char,
    dcd_number: *const c_char,
    reference: *const kazcustoms_date,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let dcd = ffi::str_arg(dcd_number, "dcd_number")?;
        let dcd = DcdNumber::parse(dcd, &parse_options(reference)?)?;
        step(office, number, out_json, |o, n| {
            o.take_at_departure(n, &dcd).map(obligation_json)
        })
    })
}

/// The mark of fulfilment is written in the journal (annex 5 column 9):
/// `used → fulfilled`. Give exactly one of `short_declaration` (the short
/// declaration's number, read strictly with `reference`, NULL: today) and
/// `customs_declaration` (the cargo customs declaration's number as
/// written; surrounding whitespace is trimmed); the other is NULL.
///
/// On success `*out_json` receives the obligation after the step (as for
/// kazcustoms_guarantee_office_take_at_departure()). Fails with
/// KAZCUSTOMS_RESULT_VIOLATION (`GO.STATE`) for a step the obligation
/// cannot make, INVALID_NUMBER for a short declaration number that breaks a
/// `NUM.*` rule, INVALID_ARGUMENT when both or neither declaration is
/// given or `reference` is not a date. On an error nothing changes.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_fulfil(
    office: *const kazcustoms_guarantee_office,
    number: *const c_char,
    short_declaration: *const c_char,
    customs_declaration: *const c_char,
    reference: *const kazcustoms_date,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let sd = ffi::opt_str_arg(short_declaration, "short_declaration")?;
        let cd = ffi::opt_str_arg(customs_declaration, "customs_declaration")?;
        let mark = match (sd, cd) {
            (Some(sd), None) => Fulfilment::ShortDeclaration(ShortDeclarationNumber::parse(
                sd,
                &parse_options(reference)?,
            )?),
            (None, Some(cd)) => Fulfilment::CustomsDeclaration(cd.trim().to_owned()),
            _ => {
                return Err(Failure::invalid_argument(
                    "fulfilment",
                    messages::one_fulfilment(),
                ))
            }
        };
        step(office, number, out_json, |o, n| {
            o.fulfil(n, &mark).map(obligation_json)
        })
    })
}

/// An unused obligation's term is over on `on` (§21): `registered →
/// expired`.
///
/// On success `*out_json` receives the obligation after the step (as for
/// kazcustoms_guarantee_office_take_at_departure()). Fails with
/// KAZCUSTOMS_RESULT_VIOLATION (`GO.STATE`) for a step the obligation
/// cannot make, also when `on` is not after its validity term;
/// INVALID_ARGUMENT for an `on` that is not a date.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_expire(
    office: *const kazcustoms_guarantee_office,
    number: *const c_char,
    on: kazcustoms_date,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    dated_step(office, number, on, out_json, GuaranteeOffice::expire)
}

/// A used obligation's term is over on `on` without the mark of
/// fulfilment: `used → failed`, and the recipient goes on the register of
/// recipients who failed their obligations (§20), a ground of refusal
/// (`GO.REFUSE.PREVIOUS`) of its next application to this office.
///
/// On success `*out_json` receives the obligation after the step (as for
/// kazcustoms_guarantee_office_take_at_departure()). Fails like
/// kazcustoms_guarantee_office_expire().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_fail(
    office: *const kazcustoms_guarantee_office,
    number: *const c_char,
    on: kazcustoms_date,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    dated_step(office, number, on, out_json, GuaranteeOffice::fail)
}

/// An expired, unused obligation is handed back and closed with the mark
/// (§21–§22): `expired → returned`. `mark` is `"kk"` (ҚАЙТАРЫЛДЫ) or
/// `"ru"` (ВОЗВРАЩЕНО).
///
/// On success `*out_json` receives the obligation after the step (as for
/// kazcustoms_guarantee_office_take_at_departure()). Fails with
/// KAZCUSTOMS_RESULT_VIOLATION (`GO.STATE`) for a step the obligation
/// cannot make, INVALID_ARGUMENT for a `mark` other than kk or ru.
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_return_unused(
    office: *const kazcustoms_guarantee_office,
    number: *const c_char,
    mark: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let mark = match ffi::str_arg(mark, "mark")?.parse::<Lang>()? {
            Lang::Kk => ReturnMark::Kazakh,
            Lang::Ru => ReturnMark::Russian,
            Lang::En => {
                return Err(Failure::invalid_argument(
                    "mark",
                    messages::return_mark_lang(),
                ))
            }
        };
        step(office, number, out_json, |o, n| {
            o.return_unused(n, mark).map(obligation_json)
        })
    })
}

/// The obligation with this number in the office's journal, as JSON (an
/// entry as kazcustoms_guarantee_office_obligations_json() lists them).
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free(), or NULL when the journal has no obligation of
/// that number (still KAZCUSTOMS_RESULT_OK).
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_obligation(
    office: *const kazcustoms_guarantee_office,
    number: *const c_char,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let office = office_arg(office)?;
        let number = ffi::str_arg(number, "number")?;
        let out = ffi::out_arg(out_json, "out_json")?;
        let found = match office.obligation(number) {
            Some(o) => ffi::into_c_string(obligation_json(o))?,
            None => std::ptr::null_mut(),
        };
        out.write(found);
        Ok(())
    })
}

/// The body of the register exports: the register `json` makes of the
/// office, out as a new string.
fn register_json(
    office: *const kazcustoms_guarantee_office,
    out_json: *mut *mut c_char,
    json: impl FnOnce(&GuaranteeOffice) -> serde_json::Result<String>,
) -> kazcustoms_result {
    ffi::call(|| {
        let office = office_arg(office)?;
        let out = ffi::out_arg(out_json, "out_json")?;
        out.write(ffi::into_c_string(json(&office).unwrap_or_default())?);
        Ok(())
    })
}

/// The office's 5-digit code, e.g. `"50101"`.
///
/// On success `*out_code` receives a new string, to be freed with
/// kazcustoms_string_free().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_code(
    office: *const kazcustoms_guarantee_office,
    out_code: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let office = office_arg(office)?;
        let out = ffi::out_arg(out_code, "out_code")?;
        out.write(ffi::into_c_string(office.office().to_string())?);
        Ok(())
    })
}

/// The guarantee-obligation journal (annex 5) in the order of
/// registration, as a JSON array of entries: the `entries_json` of
/// kazcustoms_export_journal() for `"guarantee_obligations"`.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_obligations_json(
    office: *const kazcustoms_guarantee_office,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    register_json(office, out_json, |o| serde_json::to_string(o.obligations()))
}

/// The recipients register (annex 4), as a JSON array of entries: the
/// `entries_json` of kazcustoms_export_journal() for `"recipients"`.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_recipients_json(
    office: *const kazcustoms_guarantee_office,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    register_json(office, out_json, |o| serde_json::to_string(o.recipients()))
}

/// The register of recipients who failed their obligations (§20), as a
/// JSON array of entries: the `entries_json` of
/// kazcustoms_export_journal() for `"failed_recipients"`.
///
/// On success `*out_json` receives a new string, to be freed with
/// kazcustoms_string_free().
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_guarantee_office_failed_json(
    office: *const kazcustoms_guarantee_office,
    out_json: *mut *mut c_char,
) -> kazcustoms_result {
    register_json(office, out_json, |o| serde_json::to_string(o.failed()))
}
