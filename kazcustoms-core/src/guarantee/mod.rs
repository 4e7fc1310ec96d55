//! The guarantee obligation (R1 §11–§25, annexes 4–6; SPEC §4): the
//! recipient's undertaking, registered by the destination office, to deliver
//! goods moved under internal customs transit.
//!
//! * [`Application`] — the application (§11, §13) with the facts the
//!   decision needs; [`Application::check`] gives the [`Decision`]: every
//!   violation of the conditions (§12, `GO.CONDITION.*`), of the refusal
//!   grounds (§16, `GO.REFUSE.*`) and of the review term (§14,
//!   `GO.REVIEW.LATE`), and whether the office may register.
//! * [`GuaranteeOffice`] — a destination office with its registers: the
//!   recipients register (annex 4, [`RecipientsRegister`]), the obligation
//!   journal (annex 5, [`ObligationsJournal`]) numbering through a
//!   [`Journal`](crate::Journal) of kind `guarantee`, and the register of
//!   recipients who failed their obligations (§20, [`FailedRecipients`]).
//!   It registers obligations (number `RRRR/CCC/DDMMY/NNNN`, validity term by
//!   the deadline rule) and moves them through their lifecycle
//!   ([`GuaranteeState`]); each register exports as a
//!   [`Table`](crate::tables::Table).
//! * [`GuaranteeDocument`] — an obligation as a document, checked for its
//!   number (`NUM.*`), term (`TERM.*`) and state (`GO.STATE`).
//!
//! # JSON shapes
//!
//! `validate("guarantee_application", document, options)` reads an
//! [`Application`]; every member is optional except `recipient.name` and
//! `application_date` (their absence is an input error):
//!
//! ```json
//! {
//!   "recipient": {"name": "ТОО «АЛМА-ТРЕЙД»", "address": "АЛМАТЫ, АБАЯ 1",
//!                 "classifier_code": "12345678", "tax_number": "060140001234"},
//!   "destination_office": "50101",
//!   "application_date": "2026-02-02",
//!   "attachments": {"filled_forms": 2, "registration_card": true,
//!                   "foreign_trade_contracts": {"held": true, "attached": true},
//!                   "warehouse_contracts": {"held": true, "attached": true}},
//!   "facts": {"registration_card": true, "own_warehouse": false, "storage_contract": true,
//!             "violations_last_year": false, "debt_at_check": false,
//!             "earlier_obligations": [{"number": "0001/501/10015/0003", "state": "returned"}],
//!             "on_failed_register": false,
//!             "offence_cases": [{"against": "carrier", "opened": "2024-12-01", "case_number": "17"}]},
//!   "decision": {"date": "2026-02-04", "extended": false, "extension_days": null, "officer": "АХМЕТОВ А."},
//!   "carriage": {"country_of_dispatch": "CN", "departure_office": "62001", "goods": "НАСОСЫ",
//!                "carrier": "ТОО «ТРАНС»", "warehouse": "СВХ «ТЕМІР»", "distance_km": 1200},
//!   "additional_documents": ["СПРАВКА ОБ ОТСУТСТВИИ ЗАДОЛЖЕННОСТИ"]
//! }
//! ```
//!
//! `validate("guarantee", document, options)` reads a [`GuaranteeDocument`];
//! every member is optional (`state` defaults to `registered`):
//!
//! ```json
//! {
//!   "number": "0001/501/04026/0001", "state": "fulfilled",
//!   "recipient": {"name": "ТОО «АЛМА-ТРЕЙД»"}, "destination_office": "50101",
//!   "valid_until": "2026-03-04",
//!   "carriage": {"country_of_dispatch": "CN", "departure_office": "62001", "goods": "НАСОСЫ", "distance_km": 2000},
//!   "dcd_number": "62001/10026/00017",
//!   "fulfilment": {"short_declaration": "50101/20026/000005", "customs_declaration": null},
//!   "returned_mark": null, "refusal_reasons": [], "officer": "АХМЕТОВ А."
//! }
//! ```
//!
//! States: `applied`, `registered`, `refused`, `used`, `fulfilled`,
//! `failed`, `expired`, `returned` (see [`GuaranteeState`]). The options are
//! the shared [`Context`]: `reference` is the date the state
//! is judged on (and the decision's "within the year" when the application
//! has no decision date), `offices` the office directory, `distance_km` and
//! `convention` the deadline rule's.
//!
//! The readings chosen where the source is open are documented where each
//! rule is coded: [`application`](Application) (conditions, attachments,
//! review term, refusal grounds), [`GuaranteeState::counts_as_unfulfilled`]
//! (§16 with §21), [`GuaranteeDocument`] (state consistency),
//! [`RecipientsRegister::enrol`] (a full register).

mod application;
mod document;
mod lifecycle;
mod office;
mod registers;
mod registry;
mod saved;

use crate::context::Context;
use crate::numbers::Code;
use crate::report::{Text, Violation};
use crate::rules::Rule;
use crate::Error;

pub use application::{
    is_ground, review_deadline, Application, Attachments, Carriage, Contracts, Decision,
    DecisionInfo, EarlierObligation, Facts, OffenceCase, Party, Recipient, MAX_EXTENSION_DAYS,
    REVIEW_WORKING_DAYS,
};
pub use document::{FulfilmentMark, GuaranteeDocument};
pub use lifecycle::GuaranteeState;
pub use office::{Fulfilment, GuaranteeOffice, OfficeState, Outcome, ReturnMark, OFFICE_FORMAT};
pub use registers::{
    FailedEntry, FailedRecipients, Obligation, ObligationsJournal, RecipientEntry,
    RecipientsRegister, MAX_RECIPIENTS,
};

/// The mark closing a returned obligation, in Kazakh (§22).
pub const RETURNED_KK: &str = "ҚАЙТАРЫЛДЫ";
/// The mark closing a returned obligation, in Russian (§22).
pub const RETURNED_RU: &str = "ВОЗВРАЩЕНО";

/// The rule's title followed by the detail, in each language.
pub(crate) fn with_detail(rule: Rule, detail: &Text) -> Text {
    let title = rule.title();
    Text::new(
        format!("{}: {}", title.kk, detail.kk),
        format!("{}: {}", title.ru, detail.ru),
        format!("{}: {}", title.en, detail.en),
    )
}

/// `InvalidDocument` at `path`.
pub(crate) fn invalid_document(path: &str, reason: Text) -> Error {
    Error::invalid_document(crate::Input::Document, path, reason)
}

/// `NUM.OFFICE` for a destination office code that is missing, not 5 ASCII
/// digits, all zeros, or (with a directory in the context) unknown.
pub(crate) fn check_office(
    code: Option<&str>,
    ctx: &Context,
    field: &'static str,
) -> Option<Violation> {
    let detail = match code.map(|c| (c, Code::parse(c, 5))) {
        None => Text::new(
            "баратын кеден органы көрсетілмеген",
            "таможня назначения не указана",
            "the destination office is not given",
        ),
        Some((c, None)) => {
            let c = crate::names::quote(c);
            Text::new(
                format!("{c} кеден органының 5 таңбалы коды емес"),
                format!("{c} не является 5-значным кодом таможенного органа"),
                format!("{c} is not a 5-digit customs office code"),
            )
        }
        Some((_, Some(k))) if k.is_zero() => Text::new(
            format!("кеден органының коды {k} нөлдерден тұрады"),
            format!("код таможенного органа {k} состоит из нулей"),
            format!("office code {k} is all zeros"),
        ),
        Some((_, Some(k))) if ctx.offices.as_ref().is_some_and(|d| !d.contains(k.value())) => {
            Text::new(
                format!("кеден органының коды {k} анықтамалықта жоқ"),
                format!("код таможенного органа {k} отсутствует в справочнике"),
                format!("office code {k} is not in the office directory"),
            )
        }
        Some(_) => return None,
    };
    Some(
        Violation::new(
            Rule::NumOffice,
            field,
            with_detail(Rule::NumOffice, &detail),
        )
        .with_source("R1 §11"),
    )
}

#[cfg(test)]
mod tests;
