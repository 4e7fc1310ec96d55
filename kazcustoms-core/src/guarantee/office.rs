//! The destination office's side of guarantee obligations: the decision,
//! registration, and the lifecycle kept in its registers (R1 §11–§25).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::application::{Application, Decision};
use super::document::FulfilmentMark;
use super::lifecycle::state_violation;
use super::registers::{
    FailedEntry, FailedRecipients, Obligation, ObligationsJournal, RecipientsRegister,
};
use super::{GuaranteeState, RETURNED_KK, RETURNED_RU};
use crate::context::Context;
use crate::deadline::delivery_deadline;
use crate::journal::{Journal, JournalState};
use crate::numbers::{Code, DcdNumber, NumberKind, ShortDeclarationNumber};
use crate::report::{Text, Violation};
use crate::Error;

/// The version of the saved-state JSON of a [`GuaranteeOffice`].
pub const OFFICE_FORMAT: u32 = 1;

/// The mark of fulfilment written in the journal (annex 5 column 9).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fulfilment {
    /// The short declaration the goods were declared with on arrival.
    ShortDeclaration(ShortDeclarationNumber),
    /// The cargo customs declaration (its number as written).
    CustomsDeclaration(String),
}

impl Fulfilment {
    fn mark(&self) -> FulfilmentMark {
        match self {
            Fulfilment::ShortDeclaration(n) => FulfilmentMark {
                short_declaration: Some(n.to_string()),
                customs_declaration: None,
            },
            Fulfilment::CustomsDeclaration(n) => FulfilmentMark {
                short_declaration: None,
                customs_declaration: Some(n.clone()),
            },
        }
    }
}

/// The language of the mark closing a returned obligation (§22).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReturnMark {
    /// `ҚАЙТАРЫЛДЫ`.
    Kazakh,
    /// `ВОЗВРАЩЕНО`.
    Russian,
}

impl ReturnMark {
    /// The mark's text.
    pub const fn text(self) -> &'static str {
        match self {
            ReturnMark::Kazakh => RETURNED_KK,
            ReturnMark::Russian => RETURNED_RU,
        }
    }
}

/// What [`GuaranteeOffice::register`] did.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The decision check.
    pub decision: Decision,
    /// The recipient's number in the recipients register (the recipient is
    /// put on record whatever the decision, §15).
    pub recipient_number: Code,
    /// The obligation registered; `None` when refused.
    pub obligation: Option<Obligation>,
}

impl Outcome {
    /// The state the application went to: `registered` or `refused`.
    pub fn state(&self) -> GuaranteeState {
        if self.obligation.is_some() {
            GuaranteeState::Registered
        } else {
            GuaranteeState::Refused
        }
    }
}

/// The saved state of a [`GuaranteeOffice`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeState {
    /// Always [`OFFICE_FORMAT`].
    pub format: u32,
    /// The office's 5-digit code.
    pub office: String,
    /// The numbering journal of guarantee obligations.
    pub journal: JournalState,
    /// The recipients register (annex 4).
    pub recipients: RecipientsRegister,
    /// The guarantee-obligation journal (annex 5).
    pub obligations: ObligationsJournal,
    /// The register of recipients who failed their obligations (§20).
    pub failed: FailedRecipients,
}

/// A destination office with its registers: the recipients register
/// (annex 4), the guarantee-obligation journal (annex 5) with the numbering
/// journal behind it, and the register of failed recipients (§20).
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::guarantee::{Application, GuaranteeOffice, GuaranteeState};
/// use kazcustoms_core::{Context, DcdNumber, ParseOptions};
/// let mut office = GuaranteeOffice::new("50101").unwrap();
/// let app: Application = serde_json::from_str(r#"{
///   "recipient": {"name": "ТОО «АЛМА»", "tax_number": "060140001234"},
///   "destination_office": "50101", "application_date": "2026-02-02",
///   "attachments": {"filled_forms": 2, "registration_card": true},
///   "facts": {"registration_card": true, "own_warehouse": true},
///   "decision": {"date": "2026-02-04"},
///   "carriage": {"country_of_dispatch": "CN", "goods": "НАСОСЫ", "distance_km": 2000}}"#).unwrap();
/// let outcome = office.register(&app, &Context::default()).unwrap();
/// let ob = outcome.obligation.unwrap();
/// assert_eq!(ob.number, "0001/501/04026/0001");
/// assert_eq!(ob.valid_until, NaiveDate::from_ymd_opt(2026, 3, 4).unwrap());
/// let opts = ParseOptions::new(NaiveDate::from_ymd_opt(2026, 2, 10).unwrap());
/// let dcd = DcdNumber::parse("62001/10026/00017", &opts).unwrap();
/// let used = office.take_at_departure(&ob.number, &dcd).unwrap();
/// assert_eq!(used.state, GuaranteeState::Used);
/// // single use (§25)
/// assert_eq!(office.take_at_departure(&ob.number, &dcd).unwrap_err().rule_ids(), ["GO.STATE"]);
/// ```
#[derive(Clone, Debug)]
pub struct GuaranteeOffice {
    office: Code,
    journal: Journal,
    recipients: RecipientsRegister,
    obligations: ObligationsJournal,
    failed: FailedRecipients,
}

fn not_in_journal(number: &str) -> Error {
    refused(state_violation(
        "number",
        Text::new(
            format!("№ {number} міндеттеме бұл кеден органының журналында тіркелмеген"),
            format!("обязательство № {number} не зарегистрировано в журнале этой таможни"),
            format!("obligation No {number} is not registered in this office's journal"),
        ),
    ))
}

/// A refused step of the office's lifecycle.
fn refused(v: Violation) -> Error {
    Error::Transition(Box::new(v))
}

impl GuaranteeOffice {
    /// An office with empty registers.
    ///
    /// # Errors
    ///
    /// An input error for a code that is not 5 digits; `NUM.OFFICE` for `00000`.
    pub fn new(office: &str) -> Result<GuaranteeOffice, Error> {
        let journal = Journal::new(NumberKind::Guarantee, office)?;
        let code = Code::parse(office, 5).unwrap_or(Code::new(0, 5));
        Ok(GuaranteeOffice {
            office: code,
            journal,
            recipients: RecipientsRegister::new(),
            obligations: ObligationsJournal::new(),
            failed: FailedRecipients::new(),
        })
    }

    /// The office's 5-digit code.
    pub fn office(&self) -> Code {
        self.office
    }

    /// The recipients register (annex 4).
    pub fn recipients(&self) -> &RecipientsRegister {
        &self.recipients
    }

    /// The guarantee-obligation journal (annex 5).
    pub fn obligations(&self) -> &ObligationsJournal {
        &self.obligations
    }

    /// The register of recipients who failed their obligations (§20).
    pub fn failed(&self) -> &FailedRecipients {
        &self.failed
    }

    /// The obligation with this number.
    pub fn obligation(&self, number: &str) -> Option<&Obligation> {
        self.obligations.get(number)
    }

    fn addressed_here(&self, app: &Application) -> Result<(), Error> {
        let here = self.office.to_string();
        if app.destination_office.as_deref() != Some(here.as_str()) {
            return Err(Error::invalid_argument(
                "application",
                Text::new(
                    format!("өтініш {here} кеден органына берілмеген"),
                    format!("заявление подано не в таможню {here}"),
                    format!("the application is not addressed to the office {here}"),
                ),
            ));
        }
        Ok(())
    }

    /// The decision check of [`Application::check`], plus what this office's
    /// registers know: the recipient on its register of failures (§20), or
    /// holding an expired obligation not handed back (§21), is
    /// `GO.REFUSE.PREVIOUS`.
    ///
    /// # Errors
    ///
    /// As [`Application::check`]; an input error for an application
    /// addressed to another office.
    pub fn decide(&self, app: &Application, ctx: &Context) -> Result<Decision, Error> {
        self.addressed_here(app)?;
        let mut known = Vec::new();
        if let Some(entry) = self.recipients.find(&app.recipient) {
            for f in self.failed.of(&entry.number) {
                let n = &f.obligation;
                known.push((
                    "recipient".to_owned(),
                    Text::new(
                        format!("алушы орындамағандар тізілімінде (20-тармақ): № {n}"),
                        format!(
                            "получатель в реестре не исполнивших обязательства (пункт 20): № {n}"
                        ),
                        format!(
                            "the recipient is on the register of failed recipients (§20): No {n}"
                        ),
                    ),
                ));
            }
            for o in self.obligations.entries() {
                if o.recipient_number == entry.number && o.state == GuaranteeState::Expired {
                    let n = &o.number;
                    known.push((
                        "recipient".to_owned(),
                        Text::new(
                            format!(
                                "№ {n} міндеттеменің мерзімі өтті, ол қайтарылмаған (21-тармақ)"
                            ),
                            format!("обязательство № {n} просрочено и не возвращено (пункт 21)"),
                            format!("obligation No {n} expired and was not handed back (§21)"),
                        ),
                    ));
                }
            }
        }
        app.check_with(ctx, &known)
    }

    /// Decides the application and, where no ground of refusal stands,
    /// registers the obligation on the decision date: the recipient is put on
    /// record (§15), the obligation gets its number from the journal (§17–§18)
    /// and its validity term by the deadline rule from that date (§19).
    ///
    /// # Errors
    ///
    /// As [`GuaranteeOffice::decide`]; an input error when the decision date
    /// is missing, or (when registering) the distance is unknown; the
    /// journal's `JOURNAL.*` errors; an input error when the recipients
    /// register is full. On an error nothing is changed.
    pub fn register(&mut self, app: &Application, ctx: &Context) -> Result<Outcome, Error> {
        let decision = self.decide(app, ctx)?;
        let date = app.decision.as_ref().and_then(|d| d.date).ok_or_else(|| {
            Error::invalid_argument(
                "decision.date",
                Text::new(
                    "тіркеу үшін шешім күні керек",
                    "для регистрации нужна дата решения",
                    "registering needs the decision date",
                ),
            )
        })?;
        let register = decision.may_register();
        let term = if register {
            let distance = app.distance(ctx)?.ok_or_else(|| {
                Error::invalid_argument(
                    "distance_km",
                    Text::new(
                        "қолданылу мерзімі үшін қашықтық керек (19-тармақ)",
                        "для срока действия нужно расстояние (пункт 19)",
                        "the validity term needs the distance (§19)",
                    ),
                )
            })?;
            let term = delivery_deadline(date, distance, ctx.convention)?;
            // Probe the journal so that a refused issue changes nothing.
            self.journal.clone().issue(date, Some("0001"))?;
            Some(term)
        } else {
            None
        };
        let officer = app.decision.as_ref().and_then(|d| d.officer.clone());
        let received = app.application_date.unwrap_or(date);
        let recipient_number = self.recipients.enrol(
            &app.recipient,
            received,
            &app.additional_documents,
            officer.as_deref(),
        )?;
        let Some(valid_until) = term else {
            return Ok(Outcome {
                decision,
                recipient_number,
                obligation: None,
            });
        };
        let number = self
            .journal
            .issue(date, Some(&recipient_number.to_string()))?;
        let obligation = Obligation {
            number: number.to_string(),
            registered: date,
            recipient_number: recipient_number.to_string(),
            recipient: app
                .recipient
                .name
                .clone()
                .unwrap_or_default()
                .trim()
                .to_owned(),
            destination_office: self.office.to_string(),
            valid_until,
            carriage: app.carriage.clone(),
            state: GuaranteeState::Registered,
            dcd_number: None,
            fulfilment: None,
            returned_mark: None,
            officer,
        };
        self.obligations.push(obligation.clone());
        Ok(Outcome {
            decision,
            recipient_number,
            obligation: Some(obligation),
        })
    }

    /// Moves the obligation `number` to `to` after `check` allows it.
    fn step(
        &mut self,
        number: &str,
        to: GuaranteeState,
        check: impl FnOnce(&Obligation) -> Result<(), Error>,
        apply: impl FnOnce(&mut Obligation),
    ) -> Result<&Obligation, Error> {
        let o = self
            .obligations
            .get_mut(number)
            .ok_or_else(|| not_in_journal(number))?;
        if let Some(v) = o.state.refusal(to) {
            return Err(refused(v));
        }
        check(o)?;
        apply(o);
        o.state = to;
        Ok(o)
    }

    /// The obligation is taken at the departure office with the DCD `dcd`
    /// (§25): `registered → used`, only within its term and not before its
    /// registration (the DCD's date). One use only: a used obligation cannot
    /// be taken again.
    ///
    /// # Errors
    ///
    /// [`Error::Transition`] with one `GO.STATE` violation.
    pub fn take_at_departure(
        &mut self,
        number: &str,
        dcd: &DcdNumber,
    ) -> Result<&Obligation, Error> {
        let taken = dcd.date();
        let dcd_text = dcd.to_string();
        self.step(
            number,
            GuaranteeState::Used,
            |o| {
                let (from, until) = (o.registered, o.valid_until);
                if taken < from || taken > until {
                    return Err(refused(state_violation(
                        "dcd_number",
                        Text::new(
                            format!("ЖБҚ {taken} күні міндеттеменің {from}–{until} қолданылу мерзімінен тыс"),
                            format!("ДКД от {taken} вне срока действия обязательства {from}–{until}"),
                            format!("the DCD of {taken} is outside the obligation's validity {from}–{until}"),
                        ),
                    )));
                }
                Ok(())
            },
            |o| o.dcd_number = Some(dcd_text),
        )
    }

    /// The mark of fulfilment is written (annex 5 column 9): `used → fulfilled`.
    ///
    /// # Errors
    ///
    /// [`Error::Transition`] with one `GO.STATE` violation.
    pub fn fulfil(&mut self, number: &str, mark: &Fulfilment) -> Result<&Obligation, Error> {
        let mark = mark.mark();
        self.step(
            number,
            GuaranteeState::Fulfilled,
            |_| Ok(()),
            |o| o.fulfilment = Some(mark),
        )
    }

    /// An unused obligation's term is over on `on` (§21): `registered → expired`.
    ///
    /// # Errors
    ///
    /// [`Error::Transition`] with one `GO.STATE` violation, also when `on` is not after
    /// the validity term.
    pub fn expire(&mut self, number: &str, on: NaiveDate) -> Result<&Obligation, Error> {
        self.step(
            number,
            GuaranteeState::Expired,
            |o| term_over(o, on),
            |_| {},
        )
    }

    /// A used obligation's term is over on `on` without the mark of
    /// fulfilment: `used → failed`, and the recipient goes on the register of
    /// recipients who failed their obligations (§20), which makes
    /// `GO.REFUSE.PREVIOUS` stand against its next application.
    ///
    /// # Errors
    ///
    /// [`Error::Transition`] with one `GO.STATE` violation, also when `on` is not after
    /// the validity term.
    pub fn fail(&mut self, number: &str, on: NaiveDate) -> Result<&Obligation, Error> {
        let mut entry = None;
        self.step(
            number,
            GuaranteeState::Failed,
            |o| term_over(o, on),
            |o| {
                entry = Some(FailedEntry {
                    recipient_number: o.recipient_number.clone(),
                    recipient: o.recipient.clone(),
                    obligation: o.number.clone(),
                    dcd_number: o.dcd_number.clone(),
                    valid_until: o.valid_until,
                    entered: on,
                });
            },
        )?;
        if let Some(e) = entry {
            self.failed.push(e);
        }
        self.obligations
            .get(number)
            .ok_or_else(|| not_in_journal(number))
    }

    /// An expired, unused obligation is handed back and closed with the mark
    /// `ҚАЙТАРЫЛДЫ` / `ВОЗВРАЩЕНО` (§21–§22): `expired → returned`.
    ///
    /// # Errors
    ///
    /// [`Error::Transition`] with one `GO.STATE` violation.
    pub fn return_unused(&mut self, number: &str, mark: ReturnMark) -> Result<&Obligation, Error> {
        self.step(
            number,
            GuaranteeState::Returned,
            |_| Ok(()),
            |o| o.returned_mark = Some(mark.text().to_owned()),
        )
    }

    /// The office's saved state.
    pub fn state(&self) -> OfficeState {
        OfficeState {
            format: OFFICE_FORMAT,
            office: self.office.to_string(),
            journal: self.journal.state(),
            recipients: self.recipients.clone(),
            obligations: self.obligations.clone(),
            failed: self.failed.clone(),
        }
    }

    /// An office resumed from a saved state, verified against itself first
    /// (see the README, "Saved states"): each register is as the office's
    /// own steps keep it, and the registers agree with each other and with
    /// the numbering journal, so that no number can be issued twice.
    /// Verifying is linear in the size of the state.
    ///
    /// # Errors
    ///
    /// An input error (`InvalidDocument`, input `state`) naming the first
    /// inconsistent member, e.g. `state.obligations[3].dcd_number`, for a
    /// state this library did not write:
    ///
    /// * another format, an office code that is not one, a journal of
    ///   another kind or office, or a journal state
    ///   [`Journal::from_state`] refuses;
    /// * recipients not numbered 0001, 0002, …, or one recipient entered
    ///   twice (the same taxpayer number; the same name where one of the two
    ///   has none);
    /// * an obligation whose number does not read, or does not match its
    ///   registration date, its recipient (who must be on the register) or
    ///   this office; a term ending before it starts; a number or a
    ///   year's sequence held twice;
    /// * an obligation whose marks do not fit its state: the DCD number of
    ///   `used`, `fulfilled` and `failed` (dated within the term) and of no
    ///   other state; exactly one declaration number in the mark of
    ///   fulfilment of `fulfilled`, and no mark otherwise; `ҚАЙТАРЫЛДЫ` or
    ///   `ВОЗВРАЩЕНО` on `returned` only; never `applied` or `refused`;
    /// * the journal behind the numbers: an obligation registered after its
    ///   last date, or in that year with a sequence above its last sequence
    ///   (the next number would be issued again);
    /// * the register of failures: an entry naming no obligation of the
    ///   journal, or one not `failed`, or with another recipient, DCD or
    ///   term, or entered before the term ended; an obligation entered
    ///   twice; a `failed` obligation not entered.
    ///
    /// ```
    /// use kazcustoms_core::guarantee::GuaranteeOffice;
    /// let state = r#"{"format":1,"office":"50101",
    ///   "journal":{"format":1,"kind":"guarantee","issuer":"50101","last_sequence":1,"last_date":"2026-02-04"},
    ///   "recipients":[{"number":"0001","recipient":{"name":"ТОО «АЛМА»"},"application_date":"2026-02-02"}],
    ///   "obligations":[{"number":"0001/501/04026/0002","registered":"2026-02-04","recipient_number":"0001",
    ///     "recipient":"ТОО «АЛМА»","destination_office":"50101","valid_until":"2026-03-04",
    ///     "carriage":{},"state":"registered"}],
    ///   "failed":[]}"#;
    /// // The journal's last sequence is 1, but it holds sequence 2: the next
    /// // obligation would get number 2 again.
    /// let err = GuaranteeOffice::from_json(state).unwrap_err();
    /// assert_eq!(err.path(), Some("state.journal.last_sequence"));
    /// assert!(GuaranteeOffice::from_json(&state.replace("\"last_sequence\":1", "\"last_sequence\":2")).is_ok());
    /// ```
    pub fn from_state(state: &OfficeState) -> Result<GuaranteeOffice, Error> {
        let journal = GuaranteeOffice::verify(state)?;
        Ok(GuaranteeOffice {
            office: journal.0,
            journal: journal.1,
            recipients: state.recipients.clone(),
            obligations: state.obligations.clone(),
            failed: state.failed.clone(),
        })
    }

    /// As [`GuaranteeOffice::from_state`], and the journal's last date is
    /// not after `reference` (as [`Journal::from_state_at`]).
    ///
    /// # Errors
    ///
    /// As [`GuaranteeOffice::from_state`]; an input error at
    /// `state.journal.last_date` for a last date after `reference`.
    pub fn from_state_at(
        state: &OfficeState,
        reference: NaiveDate,
    ) -> Result<GuaranteeOffice, Error> {
        crate::journal::check_not_after(&state.journal, reference, "state.journal")?;
        GuaranteeOffice::from_state(state)
    }

    /// The office's code and journal of a saved state, after verifying it.
    fn verify(state: &OfficeState) -> Result<(Code, Journal), Error> {
        let in_state = |path: &str, text: Text| {
            Error::invalid_document(crate::Input::State, path.to_owned(), text)
        };
        if state.format != OFFICE_FORMAT {
            let f = state.format;
            return Err(in_state(
                "state.format",
                Text::new(
                    format!("{f} пішімі {OFFICE_FORMAT} емес"),
                    format!("формат {f} не {OFFICE_FORMAT}"),
                    format!("format {f} is not {OFFICE_FORMAT}"),
                ),
            ));
        }
        let office = GuaranteeOffice::new(&state.office)
            .map_err(|e| in_state("state.office", e.text()))?
            .office;
        let journal = &state.journal;
        if journal.kind != NumberKind::Guarantee.name() {
            let k = crate::names::quote(&journal.kind);
            return Err(in_state(
                "state.journal.kind",
                Text::new(
                    format!("кеден органының журналы {k} түрінде, guarantee болуы керек"),
                    format!("журнал таможни вида {k}, ожидается guarantee"),
                    format!("the office's journal is of kind {k}, expected guarantee"),
                ),
            ));
        }
        if journal.issuer != state.office {
            let (i, o) = (crate::names::quote(&journal.issuer), &state.office);
            return Err(in_state(
                "state.journal.issuer",
                Text::new(
                    format!("журналдың иесі {i} {o} кеден органы емес"),
                    format!("владелец журнала {i} — не таможня {o}"),
                    format!("the journal's issuer {i} is not the office {o}"),
                ),
            ));
        }
        let numbering = Journal::from_state_in(journal, "state.journal")?;
        super::saved::verify_office(&super::saved::OfficeParts {
            office,
            journal: (journal.last_sequence, journal.last_date),
            recipients: &state.recipients,
            obligations: &state.obligations,
            failed: &state.failed,
        })?;
        Ok((office, numbering))
    }

    /// An office resumed from a state read whole (no copy of its registers).
    fn from_owned(state: OfficeState) -> Result<GuaranteeOffice, Error> {
        let (office, journal) = GuaranteeOffice::verify(&state)?;
        Ok(GuaranteeOffice {
            office,
            journal,
            recipients: state.recipients,
            obligations: state.obligations,
            failed: state.failed,
        })
    }

    /// The saved state as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.state()).unwrap_or_default()
    }

    /// An office resumed from JSON written by [`GuaranteeOffice::to_json`].
    ///
    /// # Errors
    ///
    /// An input error for text that is not such JSON, or repeats a key in
    /// an object; otherwise as [`GuaranteeOffice::from_state`].
    pub fn from_json(json: &str) -> Result<GuaranteeOffice, Error> {
        let state: OfficeState = crate::json::from_json_at(json, crate::Input::State)?;
        GuaranteeOffice::from_owned(state)
    }

    /// As [`GuaranteeOffice::from_json`], with the check of
    /// [`GuaranteeOffice::from_state_at`]: the journal's last date is not
    /// after `reference`.
    ///
    /// # Errors
    ///
    /// As [`GuaranteeOffice::from_json`] and
    /// [`GuaranteeOffice::from_state_at`].
    pub fn from_json_at(json: &str, reference: NaiveDate) -> Result<GuaranteeOffice, Error> {
        let state: OfficeState = crate::json::from_json_at(json, crate::Input::State)?;
        crate::journal::check_not_after(&state.journal, reference, "state.journal")?;
        GuaranteeOffice::from_owned(state)
    }
}

/// `GO.STATE` unless the obligation's term is over on `on`.
fn term_over(o: &Obligation, on: NaiveDate) -> Result<(), Error> {
    let until = o.valid_until;
    if on <= until {
        return Err(refused(state_violation(
            "state",
            Text::new(
                format!("{on} күні мерзім әлі аяқталмаған ({until} дейін)"),
                format!("на {on} срок ещё не истёк (до {until})"),
                format!("on {on} the term has not ended yet (it runs until {until})"),
            ),
        )));
    }
    Ok(())
}
