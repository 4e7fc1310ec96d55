//! The application for registering a guarantee obligation (R1 §11–§16) and
//! the decision check: conditions (§12), attachments (§13), review term
//! (§14) and refusal grounds (§16).
//!
//! Readings the source leaves open, chosen as an inspector would defend them:
//! * **Facts that must be shown** (§12: the registration card, own warehouse
//!   or storage contract) count only when the caller states them `true`;
//!   absent means not shown. **Facts that are grounds** (violations, debt,
//!   earlier failures, offence cases) count only when stated.
//! * A participant **without** a registration card is reported once, under
//!   `GO.CONDITION.CARD` (§12); `GO.REFUSE.DOCUMENTS` for the card is
//!   reported only when the participant has one and did not attach it.
//! * A **storage services contract** that meets the condition of §12 is a
//!   "contract with a warehouse owner" of §13, so its copy must be attached.
//! * "Two filled forms" (§13): fewer than two is `GO.REFUSE.DOCUMENTS`; more
//!   is harmless.
//! * **Review term** (§14): 2 working days counted from the day after
//!   receipt (the day of receipt is not counted; on a day off, counting
//!   starts from the next working day). The head's extension of "at most five
//!   days" (бес күн, without "жұмыс" — the same sentence pair says "working
//!   days" for the first term, so the omission is read as deliberate) is in
//!   **calendar days**, added after the 2 working days; an extended term
//!   ending on a day off ends on the next working day (the general rule on
//!   terms of the Civil Code). An extension stated longer than five days
//!   counts as five; an extension without a stated length counts as five.
//! * `GO.REVIEW.LATE` is the **office's** breach of §14, not a ground of
//!   refusal (the grounds of §12 and §16 are exhaustive): it is reported as
//!   an error, but [`Decision::may_register`] ignores it.
//! * **"Within the year"** (§16 offences): a rolling year ending on the
//!   decision date, its first day the same calendar date one year earlier
//!   (29 February → 28 February), both ends included. A case opened after the
//!   decision date cannot have been a ground and is ignored. Without a
//!   decision date the reference date of the context (else today) is used.
//! * **Earlier obligations** (§16, §21): see
//!   [`GuaranteeState::counts_as_unfulfilled`].

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{check_office, invalid_document, GuaranteeState};
use crate::calendar::WorkingCalendar;
use crate::check::{blank, Checker};
use crate::context::Context;
use crate::deadline::Distance;
use crate::report::{Report, Severity, Text};
use crate::rules::Rule;
use crate::Error;

/// The review term in working days (R1 §14).
pub const REVIEW_WORKING_DAYS: u32 = 2;
/// The longest extension of the review term, in calendar days (R1 §14).
pub const MAX_EXTENSION_DAYS: u32 = 5;

/// An application for registering a guarantee obligation, with the facts
/// the decision needs (JSON kind `guarantee_application`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Application {
    /// The recipient of the goods who applies (§11).
    pub recipient: Recipient,
    /// The 5-digit code of the destination office applied to (§11).
    pub destination_office: Option<String>,
    /// The date the office received the application; the review term runs
    /// from it (§14) and the recipients register records it (annex 4).
    #[serde(deserialize_with = "crate::dates::option")]
    pub application_date: Option<NaiveDate>,
    /// The documents attached (§13).
    pub attachments: Attachments,
    /// What the office established for the decision (§12, §16).
    pub facts: Facts,
    /// The decision, once taken.
    pub decision: Option<DecisionInfo>,
    /// The carriage the obligation is for, as on the filled forms (annex 6);
    /// needed to register it (annex 5, validity term §19).
    pub carriage: Carriage,
    /// Additional documents and information obtained at an additional check
    /// (annex 4, column 4).
    pub additional_documents: Vec<String>,
}

/// The recipient's requisites (annex 4, column 2; annex 6).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Recipient {
    /// Full name of the enterprise (or the natural person).
    pub name: Option<String>,
    /// Address.
    pub address: Option<String>,
    /// Code by the general classifier of enterprises and organisations (ОКПО / МҰЖК).
    pub classifier_code: Option<String>,
    /// Taxpayer registration number.
    pub tax_number: Option<String>,
}

/// The documents of §13 attached to the application.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Attachments {
    /// Filled blank forms of the obligation (annex 6): two are required.
    pub filled_forms: u32,
    /// The participant's registration card, registered at the office where
    /// the participant is located.
    pub registration_card: bool,
    /// Copies of foreign trade contracts, if the recipient has any.
    pub foreign_trade_contracts: Contracts,
    /// Copies of contracts with warehouse owners, if the recipient has any.
    pub warehouse_contracts: Contracts,
}

/// Contracts whose copies are attached "if any" (§13).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(default, deny_unknown_fields)]
pub struct Contracts {
    /// The recipient has such contracts.
    pub held: bool,
    /// Their copies are attached.
    pub attached: bool,
}

/// The facts of §12 and §16, as the office established them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Facts {
    /// The foreign-trade participant has a registration card (§12).
    pub registration_card: bool,
    /// The recipient has its own temporary storage warehouse or place (§12).
    pub own_warehouse: bool,
    /// The recipient has a contract for temporary storage services with a
    /// warehouse (§12).
    pub storage_contract: bool,
    /// Customs legislation was violated within the last year (§12).
    pub violations_last_year: bool,
    /// The recipient owes customs payments and taxes when checked (§16).
    pub debt_at_check: bool,
    /// Earlier guarantee obligations of the recipient and their states (§16).
    pub earlier_obligations: Vec<EarlierObligation>,
    /// The recipient is on the register of recipients who failed their
    /// obligations (§20).
    pub on_failed_register: bool,
    /// Administrative offence cases in customs matters against the recipient
    /// or the carrier (§16).
    pub offence_cases: Vec<OffenceCase>,
}

/// An earlier guarantee obligation of the recipient.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EarlierObligation {
    /// Its number, for the message.
    #[serde(default)]
    pub number: Option<String>,
    /// Its state.
    pub state: GuaranteeState,
}

/// An administrative offence case in customs matters (§16).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OffenceCase {
    /// Against whom it was opened.
    pub against: Party,
    /// The date it was opened.
    #[serde(deserialize_with = "crate::dates::one")]
    pub opened: NaiveDate,
    /// Its number, for the message.
    #[serde(default)]
    pub case_number: Option<String>,
}

/// The recipient or the carrier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    /// The recipient of the goods.
    Recipient,
    /// The carrier.
    Carrier,
}

impl Party {
    fn text(self) -> Text {
        match self {
            Party::Recipient => {
                Text::new("алушыға", "в отношении получателя", "against the recipient")
            }
            Party::Carrier => Text::new(
                "тасымалдаушыға",
                "в отношении перевозчика",
                "against the carrier",
            ),
        }
    }
}

/// The decision on the application (§14).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DecisionInfo {
    /// The date of the decision (and of registration, when registered).
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// The head of the office extended the review term for an additional check.
    pub extended: bool,
    /// The length of the extension in calendar days (at most 5); absent with
    /// `extended` means 5.
    pub extension_days: Option<u32>,
    /// The officer who decides and registers (annexes 4 and 5, last column).
    pub officer: Option<String>,
}

/// The carriage the obligation is for (annex 6; annex 5 columns 4–6).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Carriage {
    /// Country of dispatch.
    pub country_of_dispatch: Option<String>,
    /// The departure office (name or code).
    pub departure_office: Option<String>,
    /// The goods.
    pub goods: Option<String>,
    /// The carrier's name and address.
    pub carrier: Option<String>,
    /// The temporary storage warehouse the goods go to.
    pub warehouse: Option<String>,
    /// The route distance in km, for the validity term (§19); the context's
    /// distance is used when absent.
    pub distance_km: Option<f64>,
}

/// The outcome of the decision check: the report, and whether the office
/// may register the obligation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// Every violation found.
    pub report: Report,
    /// The last day of the review term (§14); `None` for an undecided
    /// application whose date the working calendar does not cover.
    pub review_deadline: Option<NaiveDate>,
    /// The date the facts were judged on: the decision date, else the
    /// context's reference date, else today.
    pub as_of: NaiveDate,
}

impl Decision {
    /// The grounds of refusal: the `GO.CONDITION.*` and `GO.REFUSE.*` rules
    /// broken, each once, in the order found.
    pub fn grounds(&self) -> Vec<Rule> {
        let mut out: Vec<Rule> = Vec::new();
        for v in self.report.violations() {
            if is_ground(v.rule) && !out.contains(&v.rule) {
                out.push(v.rule);
            }
        }
        out
    }

    /// Whether the office may register the obligation: no error but the
    /// office's own late review (`GO.REVIEW.LATE` is not a ground of refusal).
    pub fn may_register(&self) -> bool {
        self.report
            .violations()
            .iter()
            .all(|v| v.severity != Severity::Error || v.rule == Rule::GoReviewLate)
    }
}

/// Whether `rule` is a ground of refusal (§12 conditions, §16 grounds).
pub fn is_ground(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::GoConditionCard
            | Rule::GoConditionStorage
            | Rule::GoConditionViolations
            | Rule::GoRefuseDocuments
            | Rule::GoRefusePrevious
            | Rule::GoRefuseDebt
            | Rule::GoRefuseOffence
    )
}

/// The last day of the review term for an application received on
/// `received` (R1 §14): 2 working days, plus an extension of
/// `extension_days` calendar days (at most 5; more counts as 5), ending on a
/// working day.
///
/// # Errors
///
/// An error of the working calendar (a date beyond it).
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::calendar::WorkingCalendar;
/// use kazcustoms_core::guarantee::review_deadline;
/// let kz = WorkingCalendar::kazakhstan();
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // received Monday 2 February 2026: Tuesday and Wednesday
/// assert_eq!(review_deadline(&kz, d(2026, 2, 2), 0).unwrap(), d(2026, 2, 4));
/// // extended by 5 days: Monday 9 February
/// assert_eq!(review_deadline(&kz, d(2026, 2, 2), 5).unwrap(), d(2026, 2, 9));
/// ```
pub fn review_deadline(
    calendar: &WorkingCalendar,
    received: NaiveDate,
    extension_days: u32,
) -> Result<NaiveDate, Error> {
    let base = calendar.add_working_days(received, REVIEW_WORKING_DAYS)?;
    let extension = extension_days.min(MAX_EXTENSION_DAYS);
    if extension == 0 {
        return Ok(base);
    }
    let end = base
        .checked_add_days(Days::new(u64::from(extension)))
        .ok_or_else(beyond_calendar)?;
    Ok(if calendar.is_working_day(end) {
        end
    } else {
        calendar.next_working_day(end)
    })
}

fn beyond_calendar() -> Error {
    Error::invalid_argument(
        "date",
        Text::new(
            "күн қолдау көрсетілетін күнтізбеден тыс",
            "дата вне поддерживаемого календаря",
            "the date is beyond the supported calendar",
        ),
    )
}

/// Whether `date` lies within the year ending on `as_of` (both ends included).
pub(crate) fn within_year(date: NaiveDate, as_of: NaiveDate) -> bool {
    let start = as_of
        .checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDate::MIN);
    (start..=as_of).contains(&date)
}

impl Application {
    /// The extension of the review term in calendar days, as it counts (0 to 5).
    pub fn extension_days(&self) -> u32 {
        match &self.decision {
            Some(d) if d.extended => d
                .extension_days
                .unwrap_or(MAX_EXTENSION_DAYS)
                .min(MAX_EXTENSION_DAYS),
            _ => 0,
        }
    }

    /// The carriage distance: the application's, else the context's.
    pub(crate) fn distance(&self, ctx: &Context) -> Result<Option<Distance>, Error> {
        self.carriage
            .distance_km
            .map(|km| {
                Distance::from_km(km).map_err(|e| match e {
                    Error::InvalidArgument { reason, .. } => {
                        invalid_document("document.carriage.distance_km", reason)
                    }
                    other => other,
                })
            })
            .transpose()
            .map(|d| d.or(ctx.distance))
    }

    /// Checks the application as decided (or, without a decision, as of the
    /// context's reference date) and returns every violation.
    ///
    /// # Errors
    ///
    /// `InvalidDocument` for an application that cannot be judged: no
    /// recipient name, no application date, a decision dated before the
    /// application, an extension length without `extended`, a bad distance.
    ///
    /// ```
    /// use kazcustoms_core::guarantee::Application;
    /// use kazcustoms_core::Context;
    /// let app: Application = serde_json::from_str(r#"{
    ///   "recipient": {"name": "ТОО «АЛМА»"}, "destination_office": "50101",
    ///   "application_date": "2026-02-02",
    ///   "attachments": {"filled_forms": 2, "registration_card": true},
    ///   "facts": {"registration_card": true, "own_warehouse": true},
    ///   "decision": {"date": "2026-02-06"}}"#).unwrap();
    /// let decision = app.check(&Context::default()).unwrap();
    /// assert_eq!(decision.report.rule_ids(), ["GO.REVIEW.LATE"]);
    /// assert!(decision.may_register());
    /// ```
    pub fn check(&self, ctx: &Context) -> Result<Decision, Error> {
        self.check_with(ctx, &[])
    }

    /// [`Application::check`], returning the report only.
    ///
    /// # Errors
    ///
    /// As [`Application::check`].
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        Ok(self.check(ctx)?.report)
    }

    /// The check, with `GO.REFUSE.PREVIOUS` violations an office adds from
    /// its own registers.
    pub(crate) fn check_with(
        &self,
        ctx: &Context,
        office_failures: &[(String, Text)],
    ) -> Result<Decision, Error> {
        if blank(&self.recipient.name) {
            return Err(invalid_document(
                "document.recipient.name",
                Text::new(
                    "алушының атауы көрсетілмеген",
                    "не указано наименование получателя",
                    "the recipient's name is missing",
                ),
            ));
        }
        let Some(received) = self.application_date else {
            return Err(invalid_document(
                "document.application_date",
                Text::new(
                    "өтініш алынған күн көрсетілмеген",
                    "не указана дата получения заявления",
                    "the date the application was received is missing",
                ),
            ));
        };
        let decision = self.decision.clone().unwrap_or_default();
        if let Some(date) = decision.date {
            if date < received {
                return Err(invalid_document(
                    "document.decision.date",
                    Text::new(
                        format!("шешім күні {date} өтініш алынған күннен {received} бұрын"),
                        format!("дата решения {date} раньше даты получения заявления {received}"),
                        format!(
                            "the decision date {date} is before the application date {received}"
                        ),
                    ),
                ));
            }
        }
        if decision.extension_days.is_some() && !decision.extended {
            return Err(invalid_document(
                "document.decision.extension_days",
                Text::new(
                    "ұзарту ұзақтығы берілген, бірақ extended = false",
                    "указана продолжительность продления, но extended = false",
                    "an extension length is given but extended is false",
                ),
            ));
        }
        self.distance(ctx)?;
        let as_of = decision.date.or(ctx.reference).unwrap_or_else(crate::today);
        // A date the working calendar cannot answer for is an input error
        // about the application date.
        // (Only a decided application needs it.)
        let review_deadline = match review_deadline(&ctx.calendar, received, self.extension_days())
        {
            Ok(d) => Some(d),
            Err(_) if decision.date.is_none() => None,
            Err(Error::InvalidArgument { reason, .. }) => {
                return Err(invalid_document("document.application_date", reason))
            }
            Err(other) => return Err(other),
        };

        let mut c = Checker {
            report: Report::new(),
        };
        if let Some(v) = check_office(
            self.destination_office.as_deref(),
            ctx,
            "destination_office",
        ) {
            c.report.push(v);
        }
        self.check_conditions(&mut c);
        if let (Some(date), Some(review_deadline)) = (decision.date, review_deadline) {
            if date > review_deadline {
                let ext = self.extension_days();
                let (kk, ru, en) = if ext > 0 {
                    (
                        format!(", ұзарту {ext} күн"),
                        format!(", продление {ext} дн."),
                        format!(", extended by {ext} days"),
                    )
                } else {
                    Default::default()
                };
                c.add(
                    Rule::GoReviewLate,
                    "decision.date",
                    Text::new(
                        format!("шешім {date}, мерзім {review_deadline} аяқталды ({received} күнінен 2 жұмыс күні{kk})"),
                        format!("решение {date}, срок истёк {review_deadline} (2 рабочих дня с {received}{ru})"),
                        format!("decided {date}, the term ended {review_deadline} (2 working days from {received}{en})"),
                    ),
                );
            }
        }
        self.check_documents(&mut c);
        self.check_grounds(&mut c, as_of, office_failures);
        Ok(Decision {
            report: c.report,
            review_deadline,
            as_of,
        })
    }

    fn check_conditions(&self, c: &mut Checker) {
        let f = &self.facts;
        if !f.registration_card {
            c.add(
                Rule::GoConditionCard,
                "facts.registration_card",
                Text::new(
                    "есеп карточкасы көрсетілмеген",
                    "учётная карточка не подтверждена",
                    "no registration card is shown",
                ),
            );
        }
        if !f.own_warehouse && !f.storage_contract {
            c.add(
                Rule::GoConditionStorage,
                "facts.storage_contract",
                Text::new(
                    "өз УСҚ-сы (УСО) да, сақтау шарты да көрсетілмеген",
                    "не подтверждены ни собственный СВХ, ни договор хранения",
                    "neither an own warehouse nor a storage contract is shown",
                ),
            );
        }
        if f.violations_last_year {
            c.add(
                Rule::GoConditionViolations,
                "facts.violations_last_year",
                Text::new(
                    "соңғы жылда бұзушылықтар анықталған",
                    "за последний год установлены нарушения",
                    "violations within the last year were found",
                ),
            );
        }
    }

    fn check_documents(&self, c: &mut Checker) {
        let a = &self.attachments;
        if a.filled_forms < 2 {
            let n = a.filled_forms;
            c.add(
                Rule::GoRefuseDocuments,
                "attachments.filled_forms",
                Text::new(
                    format!("міндеттеменің толтырылған {n} бланкісі, екеуі керек"),
                    format!("заполненных бланков обязательства {n}, требуется два"),
                    format!("{n} filled forms of the obligation, two are required"),
                ),
            );
        }
        // A participant without a card is GO.CONDITION.CARD alone.
        if self.facts.registration_card && !a.registration_card {
            c.add(
                Rule::GoRefuseDocuments,
                "attachments.registration_card",
                Text::new(
                    "есеп карточкасы қоса берілмеген",
                    "не приложена учётная карточка",
                    "the registration card is not attached",
                ),
            );
        }
        if a.foreign_trade_contracts.held && !a.foreign_trade_contracts.attached {
            c.add(
                Rule::GoRefuseDocuments,
                "attachments.foreign_trade_contracts",
                Text::new(
                    "сыртқы сауда шарттарының көшірмелері қоса берілмеген",
                    "не приложены копии внешнеторговых контрактов",
                    "copies of the foreign trade contracts are not attached",
                ),
            );
        }
        // A storage services contract (§12) is a contract with a warehouse owner (§13).
        let held = a.warehouse_contracts.held || self.facts.storage_contract;
        if held && !a.warehouse_contracts.attached {
            c.add(
                Rule::GoRefuseDocuments,
                "attachments.warehouse_contracts",
                Text::new(
                    "қойма иелерімен шарттардың көшірмелері қоса берілмеген",
                    "не приложены копии договоров с владельцами складов",
                    "copies of the contracts with warehouse owners are not attached",
                ),
            );
        }
    }

    fn check_grounds(&self, c: &mut Checker, as_of: NaiveDate, office: &[(String, Text)]) {
        let f = &self.facts;
        if f.on_failed_register {
            c.add(
                Rule::GoRefusePrevious,
                "facts.on_failed_register",
                Text::new(
                    "алушы міндеттемелерін орындамағандар тізілімінде (20-тармақ)",
                    "получатель в реестре не исполнивших обязательства (пункт 20)",
                    "the recipient is on the register of failed recipients (§20)",
                ),
            );
        }
        for (i, e) in f.earlier_obligations.iter().enumerate() {
            if e.state.counts_as_unfulfilled() {
                let n = e.number.as_deref().unwrap_or("—");
                let s = e.state.name();
                c.add(
                    Rule::GoRefusePrevious,
                    format!("facts.earlier_obligations[{i}]"),
                    Text::new(
                        format!("№ {n} міндеттемесі: {s}"),
                        format!("обязательство № {n}: {s}"),
                        format!("obligation No {n}: {s}"),
                    ),
                );
            }
        }
        for (field, detail) in office {
            c.add(Rule::GoRefusePrevious, field.clone(), detail.clone());
        }
        if f.debt_at_check {
            c.add(
                Rule::GoRefuseDebt,
                "facts.debt_at_check",
                Text::new(
                    "тексеру сәтінде қарыз бар",
                    "на момент проверки есть задолженность",
                    "a debt at the time of the check",
                ),
            );
        }
        for (i, case) in f.offence_cases.iter().enumerate() {
            if within_year(case.opened, as_of) {
                let opened = case.opened;
                let n = case.case_number.as_deref().unwrap_or("—");
                let who = case.against.text();
                c.add(
                    Rule::GoRefuseOffence,
                    format!("facts.offence_cases[{i}]"),
                    Text::new(
                        format!(
                            "№ {n} іс {opened} {} қозғалған ({as_of} дейінгі жыл ішінде)",
                            who.kk
                        ),
                        format!(
                            "дело № {n} возбуждено {opened} {} (в течение года до {as_of})",
                            who.ru
                        ),
                        format!(
                            "case No {n} opened {opened} {} (within the year to {as_of})",
                            who.en
                        ),
                    ),
                );
            }
        }
    }
}
