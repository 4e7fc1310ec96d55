//! The guarantee obligation as a document (JSON kind `guarantee`): the form
//! of annex 6 with its registration number, validity term and state, and
//! its checks — the number (`NUM.*`), the term (`TERM.*`) and the
//! consistency of the state with what the document carries (`GO.STATE`).
//!
//! Readings the source leaves open:
//! * A document without `state` is read as `registered`: the paper form
//!   itself carries no state, and a filled, numbered form is a registered one.
//! * The registration date is the date in the number (§18); the validity
//!   term is `valid_until` (the form's "until ___"), checked against the
//!   2000 km/month limit from that date (§19) when a distance is known (the
//!   document's `carriage.distance_km`, else the context's).
//! * The number's office prefix must be the first three digits of the
//!   destination office, when the document gives it: a prefix naming another
//!   office is `NUM.OFFICE`, as a prefix outside the office directory is.
//! * State consistency is judged on the context's reference date (else
//!   today): a `registered` obligation whose term is over has expired (§21);
//!   an `expired`, `failed` or `returned` one needs its term to be over. An
//!   obligation is taken at departure only within its term and not before it
//!   was registered (the DCD's date).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::application::{is_ground, Carriage, Recipient};
use super::lifecycle::state_violation;
use super::{check_office, invalid_document, GuaranteeState, RETURNED_KK, RETURNED_RU};
use crate::context::Context;
use crate::deadline::{check_deadline, Distance};
use crate::numbers::{Code, DcdNumber, GuaranteeNumber, ShortDeclarationNumber};
use crate::report::{Report, Text, Violation};
use crate::rules::Rule;
use crate::Error;

/// A guarantee obligation document (annex 6) with its state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct GuaranteeDocument {
    /// The registration number `RRRR/CCC/DDMMY/NNNN` (§18); absent before
    /// registration.
    pub number: Option<String>,
    /// The state; absent means `registered`.
    pub state: Option<GuaranteeState>,
    /// The recipient (the enterprise that undertakes to deliver).
    pub recipient: Recipient,
    /// The 5-digit code of the destination office that registered it.
    pub destination_office: Option<String>,
    /// The validity term: the last day of validity (§19).
    #[serde(deserialize_with = "crate::dates::option")]
    pub valid_until: Option<NaiveDate>,
    /// The carriage (from which office, which goods, carrier, warehouse,
    /// distance).
    pub carriage: Carriage,
    /// The DCD it was taken with at the departure office (§25; annex 5
    /// column 8); for `used`, `fulfilled`, `failed`.
    pub dcd_number: Option<String>,
    /// The mark of fulfilment (annex 5 column 9); for `fulfilled`.
    pub fulfilment: Option<FulfilmentMark>,
    /// The mark closing an unused obligation handed back: `ҚАЙТАРЫЛДЫ` or
    /// `ВОЗВРАЩЕНО` (§22); for `returned`.
    pub returned_mark: Option<String>,
    /// The grounds of refusal, as rule ids (`GO.CONDITION.*`,
    /// `GO.REFUSE.*`); for `refused`.
    pub refusal_reasons: Vec<String>,
    /// The officer who registered it.
    pub officer: Option<String>,
}

/// The mark of fulfilment: the number of the cargo customs declaration or
/// of the short declaration (annex 5 column 9). Exactly one is given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct FulfilmentMark {
    /// A short declaration number (kind `short_declaration`).
    pub short_declaration: Option<String>,
    /// A cargo customs declaration number (free text: its format is not
    /// part of these rules).
    pub customs_declaration: Option<String>,
}

fn filled(text: &Option<String>) -> bool {
    text.as_deref().is_some_and(|t| !t.trim().is_empty())
}

fn state_texts(state: GuaranteeState) -> &'static str {
    state.name()
}

impl GuaranteeDocument {
    /// The state, `registered` when absent.
    pub fn state(&self) -> GuaranteeState {
        self.state.unwrap_or(GuaranteeState::Registered)
    }

    /// The grounds of refusal as rules.
    ///
    /// # Errors
    ///
    /// `InvalidDocument` at `document.refusal_reasons[i]` for an id that is
    /// not a `GO.CONDITION.*` or `GO.REFUSE.*` rule.
    pub fn refusal_rules(&self) -> Result<Vec<Rule>, Error> {
        self.refusal_reasons
            .iter()
            .enumerate()
            .map(|(i, id)| {
                Rule::from_id(id).filter(|r| is_ground(*r)).ok_or_else(|| {
                    invalid_document(
                        &format!("document.refusal_reasons[{i}]"),
                        Text::new(
                            format!("{id:?} бас тарту негізі емес (GO.CONDITION.*, GO.REFUSE.*)"),
                            format!("{id:?} не является основанием отказа (GO.CONDITION.*, GO.REFUSE.*)"),
                            format!("{id:?} is not a ground of refusal (GO.CONDITION.*, GO.REFUSE.*)"),
                        ),
                    )
                })
            })
            .collect()
    }

    /// Checks the number, the term and the state and returns every violation.
    ///
    /// # Errors
    ///
    /// `InvalidDocument` for a bad `carriage.distance_km` or an unknown
    /// refusal reason.
    ///
    /// ```
    /// use kazcustoms_core::guarantee::GuaranteeDocument;
    /// use kazcustoms_core::Context;
    /// let ctx = Context::from_json(r#"{"reference": "2026-03-10"}"#).unwrap();
    /// let doc: GuaranteeDocument = serde_json::from_str(r#"{
    ///   "number": "0042/501/04036/0001", "destination_office": "50101",
    ///   "valid_until": "2026-04-04", "carriage": {"distance_km": 2000},
    ///   "state": "used", "dcd_number": "62001/06036/00017"}"#).unwrap();
    /// assert!(doc.validate(&ctx).unwrap().violations().is_empty());
    /// ```
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        let state = self.state();
        self.refusal_rules()?;
        let distance = self
            .carriage
            .distance_km
            .map(|km| {
                Distance::from_km(km).map_err(|e| match e {
                    Error::InvalidArgument { reason, .. } => {
                        invalid_document("document.carriage.distance_km", reason)
                    }
                    other => other,
                })
            })
            .transpose()?
            .or(ctx.distance);
        let as_of = ctx.reference_date();
        let opts = ctx.parse_options();
        let mut report = Report::new();
        let office: Option<Code> = match self.destination_office.as_deref() {
            None => None,
            Some(code) => match check_office(Some(code), ctx, "destination_office") {
                Some(v) => {
                    report.push(v);
                    None
                }
                None => Code::parse(code, 5),
            },
        };
        let s = state_texts(state);

        // The number (§18).
        let number = if !state.is_registered() {
            if filled(&self.number) {
                report.push(state_violation(
                    "number",
                    Text::new(
                        format!("{s} міндеттеменің тіркеу нөмірі болмайды"),
                        format!("у обязательства в состоянии {s} нет регистрационного номера"),
                        format!("a {s} obligation has no registration number"),
                    ),
                ));
            }
            None
        } else if !filled(&self.number) {
            report.push(missing(
                "number",
                s,
                (
                    "тіркеу нөмірі",
                    "регистрационный номер",
                    "its registration number",
                ),
            ));
            None
        } else {
            let text = self.number.as_deref().unwrap_or_default();
            match GuaranteeNumber::parse(text, &opts) {
                Err(e) => {
                    report.push(e.to_violation("number"));
                    None
                }
                Ok(n) => {
                    if let Some(code) = office {
                        let prefix = n.office_prefix();
                        if prefix.value() != code.value() / 100 {
                            report.push(Violation::new(
                                Rule::NumOffice,
                                "number",
                                super::with_detail(
                                    Rule::NumOffice,
                                    &Text::new(
                                        format!("нөмірдегі {prefix} баратын кеден органының {code} кодының алғашқы үш цифры емес"),
                                        format!("{prefix} в номере — не первые три цифры кода таможни назначения {code}"),
                                        format!("{prefix} in the number is not the first three digits of the destination office {code}"),
                                    ),
                                ),
                            ).with_source("R1 §18"));
                        }
                    }
                    Some(n)
                }
            }
        };

        // The term (§19).
        if state.is_registered() && self.valid_until.is_none() {
            report.push(missing(
                "valid_until",
                s,
                ("қолданылу мерзімі", "срок действия", "its validity term"),
            ));
        }
        if let (Some(n), Some(until)) = (number, self.valid_until) {
            let start = n.date();
            match distance {
                Some(d) => {
                    for mut v in check_deadline(start, d, until, ctx.convention)?
                        .violations()
                        .iter()
                        .cloned()
                    {
                        v.field = "valid_until".into();
                        report.push(v);
                    }
                }
                None if until < start => report.push(Violation::new(
                    Rule::TermBeforeStart,
                    "valid_until",
                    Text::new(
                        format!("мерзім {until} бастапқы күннен {start} бұрын"),
                        format!("срок {until} раньше даты начала {start}"),
                        format!("deadline {until} is earlier than the start date {start}"),
                    ),
                )),
                None => {}
            }
        }
        if let Some(until) = self.valid_until.filter(|_| state.is_registered()) {
            match state {
                GuaranteeState::Registered if as_of > until => report.push(state_violation(
                    "state",
                    Text::new(
                        format!("мерзімі {until} аяқталды: пайдаланылмаған міндеттеменің мерзімі өткен (21-тармақ)"),
                        format!("срок истёк {until}: неиспользованное обязательство просрочено (пункт 21)"),
                        format!("the term ended {until}: an unused obligation has expired (§21)"),
                    ),
                )),
                GuaranteeState::Expired | GuaranteeState::Failed | GuaranteeState::Returned
                    if as_of <= until =>
                {
                    report.push(state_violation(
                        "state",
                        Text::new(
                            format!("{s}: мерзім {until} дейін әлі жүріп жатыр ({as_of})"),
                            format!("{s}: срок ещё идёт до {until} ({as_of})"),
                            format!("{s}: the term still runs until {until} ({as_of})"),
                        ),
                    ));
                }
                _ => {}
            }
        }

        // Taken at departure (§25).
        if state.is_taken() {
            if !filled(&self.dcd_number) {
                report.push(missing(
                    "dcd_number",
                    s,
                    (
                        "ЖБҚ нөмірі",
                        "номер ДКД",
                        "the number of the DCD it was taken with",
                    ),
                ));
            } else {
                let text = self.dcd_number.as_deref().unwrap_or_default();
                match DcdNumber::parse(text, &opts) {
                    Err(e) => report.push(e.to_violation("dcd_number")),
                    Ok(dcd) => self.check_taken(&mut report, dcd.date(), number),
                }
            }
        } else if filled(&self.dcd_number) {
            report.push(state_violation(
                "dcd_number",
                Text::new(
                    format!("{s} міндеттеме жөнелтуші кеден органында алынбаған: ЖБҚ нөмірі болмайды"),
                    format!("обязательство в состоянии {s} не изымалось таможней отправления: номера ДКД нет"),
                    format!("a {s} obligation was not taken at departure: it has no DCD number"),
                ),
            ));
        }

        // The mark of fulfilment (annex 5 column 9).
        let mark = self.fulfilment.as_ref();
        let marked =
            mark.is_some_and(|m| filled(&m.short_declaration) || filled(&m.customs_declaration));
        if state == GuaranteeState::Fulfilled {
            match mark {
                Some(m) if filled(&m.short_declaration) && filled(&m.customs_declaration) => {
                    report.push(state_violation(
                        "fulfilment",
                        Text::new(
                            "орындалу белгісінде бір декларация нөмірі болады",
                            "в отметке об исполнении указывается один номер декларации",
                            "the mark of fulfilment carries one declaration number",
                        ),
                    ));
                }
                Some(m) if filled(&m.short_declaration) => {
                    let text = m.short_declaration.as_deref().unwrap_or_default();
                    if let Err(e) = ShortDeclarationNumber::parse(text, &opts) {
                        report.push(e.to_violation("fulfilment.short_declaration"));
                    }
                }
                Some(m) if filled(&m.customs_declaration) => {}
                _ => report.push(missing(
                    "fulfilment",
                    s,
                    (
                        "орындалу белгісі",
                        "отметка об исполнении",
                        "the mark of fulfilment",
                    ),
                )),
            }
        } else if marked {
            report.push(state_violation(
                "fulfilment",
                Text::new(
                    format!("{s} міндеттемеде орындалу белгісі болмайды"),
                    format!("у обязательства в состоянии {s} нет отметки об исполнении"),
                    format!("a {s} obligation has no mark of fulfilment"),
                ),
            ));
        }

        // The mark ҚАЙТАРЫЛДЫ / ВОЗВРАЩЕНО (§22).
        let returned = self.returned_mark.as_deref().map(str::trim);
        if state == GuaranteeState::Returned {
            if !matches!(returned, Some(RETURNED_KK | RETURNED_RU)) {
                let shown = returned.map_or("—".to_owned(), |t| format!("{t:?}"));
                report.push(state_violation(
                    "returned_mark",
                    Text::new(
                        format!("қайтарылған міндеттеме «{RETURNED_KK}» белгісімен жабылады: {shown}"),
                        format!("возвращённое обязательство закрывается отметкой «{RETURNED_RU}»: {shown}"),
                        format!("a returned obligation is closed with the mark {RETURNED_KK} / {RETURNED_RU}: {shown}"),
                    ),
                ));
            }
        } else if returned.is_some_and(|t| !t.is_empty()) {
            report.push(state_violation(
                "returned_mark",
                Text::new(
                    format!("{s} міндеттеме қайтарылмаған: «{RETURNED_KK}» белгісі болмайды"),
                    format!("обязательство в состоянии {s} не возвращалось: отметки «{RETURNED_RU}» нет"),
                    format!("a {s} obligation was not handed back: it has no mark {RETURNED_KK} / {RETURNED_RU}"),
                ),
            ));
        }

        // The grounds of refusal.
        if state == GuaranteeState::Refused {
            if self.refusal_reasons.is_empty() {
                report.push(missing(
                    "refusal_reasons",
                    s,
                    (
                        "бас тарту негіздері",
                        "основания отказа",
                        "the grounds of refusal",
                    ),
                ));
            }
        } else if !self.refusal_reasons.is_empty() {
            report.push(state_violation(
                "refusal_reasons",
                Text::new(
                    format!("{s} міндеттемеде бас тарту негіздері болмайды"),
                    format!("у обязательства в состоянии {s} нет оснований отказа"),
                    format!("a {s} obligation has no grounds of refusal"),
                ),
            ));
        }
        Ok(report)
    }

    fn check_taken(&self, report: &mut Report, taken: NaiveDate, number: Option<GuaranteeNumber>) {
        if let Some(n) = number {
            let registered = n.date();
            if taken < registered {
                report.push(state_violation(
                    "dcd_number",
                    Text::new(
                        format!("ЖБҚ {taken} күні, міндеттеме {registered} тіркелгенге дейін"),
                        format!("ДКД от {taken}, до регистрации обязательства {registered}"),
                        format!("the DCD is dated {taken}, before the obligation was registered {registered}"),
                    ),
                ));
            }
        }
        if let Some(until) = self.valid_until {
            if taken > until {
                report.push(state_violation(
                    "dcd_number",
                    Text::new(
                        format!(
                            "ЖБҚ {taken} күні, міндеттеменің мерзімі {until} аяқталғаннан кейін"
                        ),
                        format!("ДКД от {taken}, после окончания срока обязательства {until}"),
                        format!(
                            "the DCD is dated {taken}, after the obligation's term ended {until}"
                        ),
                    ),
                ));
            }
        }
    }
}

/// `GO.STATE`: a requisite the state needs is missing.
fn missing(field: &'static str, state: &str, what: (&str, &str, &str)) -> Violation {
    state_violation(
        field,
        Text::new(
            format!("{state} міндеттемеде {} болуы керек", what.0),
            format!(
                "у обязательства в состоянии {state} должно быть указано: {}",
                what.1
            ),
            format!("a {state} obligation carries {}", what.2),
        ),
    )
}
