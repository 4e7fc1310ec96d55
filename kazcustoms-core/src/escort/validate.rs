//! The checks of a customs escort (R2), every violation reported.

use std::borrow::Cow;

use chrono::{NaiveDate, TimeDelta};

use crate::check::{blank, same, show, Checker};
use crate::context::Context;
use crate::error::{Error, Input};
use crate::escort::lifecycle::EscortState;
use crate::escort::model::{
    AcceptanceAct, Decision, EscortDocument, Handover, PlanTask, Reload, SignerRole, TeamOffice,
};
use crate::numbers::{NumberKind, ParseOptions};
use crate::reference::{self, MrpPurpose};
use crate::report::{Report, Text};
use crate::rules::Rule;

/// The day the single escort number came into force (R2 §15-1, added by
/// Order No. 195 of 20 May 2005): decisions of earlier dates carry no
/// number of that pattern.
const SHARED_NUMBER_FROM: Option<NaiveDate> = NaiveDate::from_ymd_opt(2005, 5, 20);

/// At most this many motor vehicles per team (R2 §22).
pub(crate) const VEHICLES_PER_TEAM: u32 = 10;

/// How many teams a convoy of `vehicles` motor vehicles needs (R2 §22):
/// `ceil(vehicles / 10)`.
///
/// Reading: §22 only caps a team at 10 motor vehicles; that a convoy of n
/// needs ⌈n/10⌉ teams (and that this many suffice) is the library's
/// reading of the cap, not a number the text gives.
///
/// # Errors
///
/// An input error (argument `vehicles`) for 0: a convoy has at least one
/// vehicle.
///
/// ```
/// use kazcustoms_core::escort::teams_needed;
/// assert_eq!(teams_needed(1).unwrap(), 1);
/// assert_eq!(teams_needed(10).unwrap(), 1);
/// assert_eq!(teams_needed(11).unwrap(), 2);
/// assert_eq!(teams_needed(25).unwrap(), 3);
/// assert_eq!(teams_needed(u32::MAX).unwrap(), 429_496_730);
/// assert!(teams_needed(0).is_err());
/// ```
pub fn teams_needed(vehicles: u32) -> Result<u32, Error> {
    if vehicles == 0 {
        return Err(Error::invalid_argument(
            "vehicles",
            Text::new(
                "колоннада кемінде бір көлік құралы болуы керек (0 берілді)",
                "в колонне должно быть хотя бы одно транспортное средство (дано 0)",
                "a convoy has at least one vehicle (0 given)",
            ),
        ));
    }
    Ok(vehicles.div_ceil(VEHICLES_PER_TEAM))
}

/// Labels of missing entries, reported as one violation of a rule.
#[derive(Default)]
struct Missing(Vec<[&'static str; 3]>);

impl Missing {
    fn when(&mut self, missing: bool, label: [&'static str; 3]) {
        if missing {
            self.0.push(label);
        }
    }

    fn report(self, c: &mut Checker, rule: Rule, field: impl Into<Cow<'static, str>>) {
        if self.0.is_empty() {
            return;
        }
        let join = |i: usize| self.0.iter().map(|l| l[i]).collect::<Vec<_>>().join(", ");
        c.add(
            rule,
            field,
            Text::new(
                format!("жоқ: {}", join(0)),
                format!("нет: {}", join(1)),
                format!("missing: {}", join(2)),
            ),
        );
    }
}

fn none_text(t: &Option<String>) -> bool {
    blank(t)
}

fn trimmed(t: &Option<String>) -> Option<&str> {
    t.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl EscortDocument {
    /// Checks the escort against R2 and returns every violation.
    ///
    /// # Errors
    ///
    /// `InvalidDocument` at `document.decision.date` when the fee is to be
    /// checked on a date the МРП table does not cover (before 2003, after
    /// 2026): the library cannot say what the amount should be.
    ///
    /// ```
    /// use kazcustoms_core::escort::EscortDocument;
    /// use kazcustoms_core::Context;
    /// let report = EscortDocument::default().validate(&Context::default()).unwrap();
    /// assert!(report.rule_ids().contains(&"ESC.DECISION.FIELDS"));
    /// ```
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        let opts = ctx.parse_options();
        let mut c = Checker::new();
        let none = Decision::default();
        let decision = self.decision.as_ref().unwrap_or(&none);
        let number = self.check_decision(&mut c, decision, &opts)?;
        self.check_grounds(&mut c, decision);
        self.check_fee_payment(&mut c, decision);
        self.check_documents(&mut c, &opts);
        if let Some(plan) = &self.plan_task {
            self.check_plan(&mut c, plan, number);
            self.check_teams(&mut c, plan)?;
        } else if self.state.started() {
            c.add(
                Rule::EscPlanApproved,
                "plan_task",
                Text::new(
                    "алып жүру басталды, жоспар-тапсырма жоқ",
                    "сопровождение начато без план-задания",
                    "the escort has started without a plan-task",
                ),
            );
        }
        self.check_term(&mut c);
        self.check_acts(&mut c, number, &opts);
        self.check_reloads(&mut c);
        self.check_state(&mut c);
        Ok(c.report)
    }

    /// Annex 1 fields, the signer, the carrier's acknowledgement, the fee
    /// amount; returns the decision's number as written (for §15-1).
    fn check_decision<'a>(
        &self,
        c: &mut Checker,
        d: &'a Decision,
        opts: &ParseOptions<'_>,
    ) -> Result<Option<&'a str>, Error> {
        let mut m = Missing::default();
        let number = trimmed(&d.number);
        m.when(number.is_none(), ["нөмірі", "номер", "number"]);
        m.when(d.date.is_none(), ["күні", "дата", "date"]);
        m.when(none_text(&d.place), ["қабылданған жері", "место принятия", "place"]);
        m.when(
            self.convoy.is_empty()
                || self
                    .convoy
                    .iter()
                    .any(|v| blank(&v.number) || blank(&v.make)),
            [
                "көлік құралының тіркеу нөмірі, маркасы",
                "регистрационный номер, марка ТС",
                "vehicle registration number, make",
            ],
        );
        m.when(none_text(&d.route), ["жүру бағдары", "маршрут", "route"]);
        m.when(
            self.convoy.iter().any(|v| blank(&v.goods)),
            ["тауарлардың атауы", "наименование товаров", "goods"],
        );
        m.when(
            none_text(&d.grounds),
            [
                "тауарлардың сипаты мен мәртебесі",
                "характер и статус товаров",
                "nature and status of the goods",
            ],
        );
        m.when(
            d.carrier_record.is_none(),
            [
                "тасымалдаушының бұзушылықтары туралы мәлімет",
                "сведения о нарушениях перевозчика",
                "information on the carrier's violations",
            ],
        );
        m.when(
            d.vehicle_equipped.is_none(),
            ["көліктің жабдықталуы", "оборудование ТС", "vehicle equipped"],
        );
        m.when(
            d.approval_certificate.is_none(),
            [
                "рұқсат ету туралы куәлік",
                "свидетельство о допущении",
                "approval certificate",
            ],
        );
        m.when(
            d.bank_guarantee.is_none(),
            ["банк кепілдемесі", "банковская гарантия", "bank guarantee"],
        );
        m.when(d.deposit.is_none(), ["депозит", "депозит", "deposit"]);
        m.when(
            d.from_office.as_ref().is_none_or(|o| blank(&o.name)),
            [
                "қай кеден органынан",
                "от какого таможенного органа",
                "from office",
            ],
        );
        m.when(
            d.to_office.as_ref().is_none_or(|o| blank(&o.name)),
            [
                "қай кеден органына дейін",
                "до какого таможенного органа",
                "to office",
            ],
        );
        let fee = d.fee.clone().unwrap_or_default();
        m.when(fee.rate_mrp.is_none(), ["АЕК ставкасы", "ставка МРП", "rate in МРП"]);
        m.when(
            fee.amount_tenge.is_none(),
            ["алым сомасы", "сумма сбора", "fee amount"],
        );
        let head = d.head.clone().unwrap_or_default();
        m.when(
            blank(&head.name),
            ["бастықтың аты-жөні", "ФИО начальника", "head's name"],
        );
        m.when(!head.sealed, ["мөр", "печать", "office seal"]);
        if self.state != EscortState::Decided {
            let i = d.inspector.clone().unwrap_or_default();
            m.when(
                blank(&i.rank) || blank(&i.position) || blank(&i.name),
                [
                    "инспектордың атағы, лауазымы, аты-жөні",
                    "звание, должность, ФИО инспектора",
                    "inspector's rank, position, name",
                ],
            );
            m.when(
                !i.signed || blank(&i.personal_seal),
                [
                    "инспектордың қолы, ЖНМ",
                    "подпись, ЛНП инспектора",
                    "inspector's signature, personal seal",
                ],
            );
        }
        m.report(c, Rule::EscDecisionFields, "decision");

        // R2 §15-1 is in force from 20 May 2005: earlier decisions carry no
        // number of that pattern (notes, §0.2).
        let numbered = d.date.is_none_or(|date| Some(date) >= SHARED_NUMBER_FROM);
        if let (Some(text), true) = (number, numbered) {
            escort_number(c, text, "decision.number", opts);
        }

        self.check_signer(c, d, &head);
        self.check_acknowledgement(c, d);
        if let (Some(rate), Some(amount), Some(date)) = (fee.rate_mrp, fee.amount_tenge, d.date) {
            check_fee_amount(c, rate, amount, date)?;
        }
        Ok(number)
    }

    /// R2 §9: the head or acting head of the departure or destination office.
    fn check_signer(&self, c: &mut Checker, d: &Decision, head: &crate::escort::model::Head) {
        match head.role {
            None => c.add(
                Rule::EscDecisionSigner,
                "decision.head.role",
                Text::new("лауазымы көрсетілмеген", "должность не указана", "no role given"),
            ),
            Some(SignerRole::Other) => c.add(
                Rule::EscDecisionSigner,
                "decision.head.role",
                Text::new(
                    "қол қойған бастық та, міндетін атқарушы да емес",
                    "подписавший не начальник и не исполняющий обязанности",
                    "the signer is neither the head nor the acting head",
                ),
            ),
            Some(_) => {}
        }
        let code = |o: &Option<crate::dcd::Office>| {
            o.as_ref()
                .and_then(|o| o.code.as_deref())
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
        };
        let offices = [code(&d.from_office), code(&d.to_office)];
        match trimmed(&head.office) {
            None => c.add(
                Rule::EscDecisionSigner,
                "decision.head.office",
                Text::new(
                    "бастықтың кеден органы көрсетілмеген",
                    "не указана таможня начальника",
                    "the signer's office is not given",
                ),
            ),
            Some(office) => {
                let known = offices.iter().flatten().count() == 2;
                if known && !offices.iter().flatten().any(|o| o == office) {
                    c.add(
                        Rule::EscDecisionSigner,
                        "decision.head.office",
                        Text::new(
                            format!("{} — жөнелтуші де, баратын да кеден органы емес", show(office)),
                            format!("{} — не таможня отправления и не таможня назначения", show(office)),
                            format!("{} is neither the departure nor the destination office", show(office)),
                        ),
                    );
                }
            }
        }
    }

    /// R2 §7, annex 1: "read and agreed", date, name and signature; not
    /// before the decision. Required once the fee is paid (the carrier pays
    /// a decision it has acknowledged); checked whenever it is given.
    fn check_acknowledgement(&self, c: &mut Checker, d: &Decision) {
        let Some(a) = d.acknowledgement.as_ref() else {
            if self.state != EscortState::Decided {
                c.add(Rule::EscDecisionAck, "decision.acknowledgement", ());
            }
            return;
        };
        let mut m = Missing::default();
        m.when(blank(&a.name), ["аты-жөні", "ФИО", "name"]);
        m.when(!a.signed, ["қолы", "подпись", "signature"]);
        m.when(a.date.is_none(), ["күні", "дата", "date"]);
        m.report(c, Rule::EscDecisionAck, "decision.acknowledgement");
        if let (Some(ack), Some(date)) = (a.date, d.date) {
            if ack < date {
                c.add(
                    Rule::EscDecisionAck,
                    "decision.acknowledgement.date",
                    same(format!("{ack} < {date}")),
                );
            }
        }
    }

    /// R2 §6: a TIR carriage is escorted only on one of its two grounds.
    fn check_grounds(&self, c: &mut Checker, d: &Decision) {
        let Some(tir) = &self.tir else { return };
        if blank(&tir.carnet) {
            c.add(
                Rule::EscDecisionFields,
                "tir.carnet",
                Text::new(
                    "ХЖТ кітапшасының нөмірі жоқ",
                    "нет номера книжки МДП",
                    "no TIR carnet number",
                ),
            );
        }
        // Ground (1) is the decision's "established 3": information on the
        // carrier's earlier violations or shortages. An unanswered line is
        // no ground (and a missing field).
        let record = d.carrier_record == Some(true);
        if !record && !tir.payments_exceed_guarantee {
            c.add(Rule::EscTirGrounds, "tir", ());
        }
    }

    /// R2 §11–§12, annex 1: payment after the decision, before the start,
    /// with its document.
    fn check_fee_payment(&self, c: &mut Checker, d: &Decision) {
        let start = self
            .plan_task
            .as_ref()
            .and_then(|p| p.period.as_ref())
            .and_then(|p| p.from);
        match d.paid_on {
            None if self.state != EscortState::Decided => c.add(
                Rule::EscFeeUnpaid,
                "decision.paid_on",
                Text::new(
                    format!("күйі {}, төлем жоқ", self.state.name()),
                    format!("состояние {}, оплаты нет", self.state.name()),
                    format!("the state is {}, no payment is recorded", self.state.name()),
                ),
            ),
            None => {}
            Some(paid) => {
                if let Some(date) = d.date.filter(|&date| paid < date) {
                    c.add(
                        Rule::EscFeeTiming,
                        "decision.paid_on",
                        Text::new(
                            format!("{paid} төленді, шешім {date}"),
                            format!("оплачено {paid}, решение от {date}"),
                            format!("paid on {paid}, the decision is of {date}"),
                        ),
                    );
                }
                if let Some(start) = start.filter(|&start| paid > start) {
                    c.add(
                        Rule::EscFeeTiming,
                        "decision.paid_on",
                        Text::new(
                            format!("{paid} төленді, алып жүру {start} басталды"),
                            format!("оплачено {paid}, сопровождение начато {start}"),
                            format!("paid on {paid}, the escort started on {start}"),
                        ),
                    );
                }
            }
        }
        if d.paid_on.is_some() || self.state != EscortState::Decided {
            let p = d.payment_document.clone().unwrap_or_default();
            let mut m = Missing::default();
            m.when(blank(&p.number), ["нөмірі", "номер", "number"]);
            m.when(p.date.is_none(), ["күні", "дата", "date"]);
            m.report(c, Rule::EscFeePaymentDoc, "decision.payment_document");
        }
    }

    /// R2 §14(4)–(7), §27(1): the DCD always (the decision examines it);
    /// the travel certificate, inspection method and fee invoice once the
    /// team is under way (it carries them).
    fn check_documents(&self, c: &mut Checker, opts: &ParseOptions<'_>) {
        let mut m = Missing::default();
        let dcd = self.dcd.as_ref().and_then(|d| trimmed(&d.number));
        m.when(dcd.is_none(), ["ЖБҚ", "ДКД", "DCD"]);
        if self.state.started() {
            let docs = self.documents.clone().unwrap_or_default();
            m.when(
                !docs.travel_certificate,
                ["іссапарлық куәлік", "командировочное удостоверение", "travel certificate"],
            );
            m.when(
                !docs.inspection_method,
                [
                    "көлік құралын тексеру әдісі",
                    "методика осмотра ТС",
                    "vehicle inspection method",
                ],
            );
            m.when(
                !docs.fee_invoice,
                ["төлеу шоты", "счёт на оплату", "fee invoice"],
            );
        }
        m.report(c, Rule::EscDocs, "documents");
        if let Some(text) = dcd {
            c.quoted(text, NumberKind::Dcd, Rule::NumFormat, "dcd.number", opts);
        }
    }

    /// Annex 2 and §14(2): content, approval, period, the shared number.
    fn check_plan(&self, c: &mut Checker, p: &PlanTask, number: Option<&str>) {
        let mut m = Missing::default();
        m.when(
            p.teams.is_empty()
                || p
                    .teams
                    .iter()
                    .any(|t| blank(&t.leader) || t.office.is_none()),
            [
                "наряд құрамы (басшысы, кеден органы)",
                "состав наряда (руководитель, таможня)",
                "team composition (leader, office)",
            ],
        );
        m.when(
            p.weapons.iter().all(|w| w.trim().is_empty()),
            [
                "қару-жарақ, арнайы құралдар",
                "оружие, специальные средства",
                "weapons, special means",
            ],
        );
        let period = p.period.clone().unwrap_or_default();
        m.when(
            period.from.is_none() || period.to.is_none(),
            ["жұмыс уақыты", "рабочее время", "working period"],
        );
        m.when(none_text(&p.route), ["жүру бағдары", "маршрут", "route"]);
        m.when(
            none_text(&p.trip_assignment),
            ["іссапарға тапсырма", "задание на командировку", "trip assignment"],
        );
        m.when(
            p.documents.iter().all(|d| d.trim().is_empty()),
            [
                "ілеспе құжаттардың нөмірлері (ЖКД, ЖБҚ)",
                "номера сопроводительных документов (ГТД, ДКД)",
                "accompanying documents' numbers (CCD, DCD)",
            ],
        );
        m.when(
            self.convoy.is_empty(),
            [
                "алып жүрілетін көлік құралдары",
                "сопровождаемые транспортные средства",
                "escorted vehicles",
            ],
        );
        m.report(c, Rule::EscPlanContent, "plan_task");

        let approved = p.approved.clone().unwrap_or_default();
        let mut m = Missing::default();
        m.when(
            blank(&approved.name) || approved.date.is_none(),
            [
                "«Бекітемін» (бастық, күні)",
                "«Утверждаю» (начальник, дата)",
                "\"approved\" (head, date)",
            ],
        );
        m.when(
            blank(&p.subdivision_head),
            [
                "бөлімше бастығы",
                "начальник подразделения",
                "head of the subdivision",
            ],
        );
        m.report(c, Rule::EscPlanApproved, "plan_task.approved");

        if let (Some(from), Some(to)) = (period.from, period.to) {
            if from > to {
                c.add(
                    Rule::EscPlanPeriod,
                    "plan_task.period",
                    same(format!("{from} > {to}")),
                );
            }
        }
        shared_number(c, number, &p.number, "plan_task.number");
    }

    /// R2 §22, §24, §28: vehicles per team, the team's places, dangerous
    /// goods, the destination team's arrival.
    fn check_teams(&self, c: &mut Checker, p: &PlanTask) -> Result<(), Error> {
        let teams = &p.teams;
        let n = u32::try_from(self.convoy.len()).unwrap_or(u32::MAX);
        if n > 0 && !teams.is_empty() {
            let needed = teams_needed(n)?;
            let have = u32::try_from(teams.len()).unwrap_or(u32::MAX);
            if have < needed {
                c.add(
                    Rule::EscTeamSize,
                    "plan_task.teams",
                    Text::new(
                        format!("{n} көлік құралына {needed} наряд керек, берілгені {have}"),
                        format!("{n} транспортных средств требуют {needed} нарядов, дано {have}"),
                        format!("{n} vehicles need {needed} teams, {have} given"),
                    ),
                );
            }
        }
        let separate = !teams.is_empty() && teams.iter().all(|t| !blank(&t.escort_vehicle));
        // §22: the team rides in the first and the last vehicle, unless it
        // escorts in its own vehicle (§17; §24 for dangerous goods).
        if let (Some(first), Some(last), false) =
            (self.convoy.first(), self.convoy.last(), separate || teams.is_empty())
        {
            if !first.team_aboard || !last.team_aboard {
                c.add(Rule::EscTeamPositions, "convoy", ());
            }
        }
        // §24: a reinforced team, in a separate vehicle (its own escorting
        // vehicle, not one carrying the goods): the reading an inspector
        // would defend, since R2 fixes no headcount.
        if self.convoy.iter().any(|v| v.dangerous) && !teams.is_empty() {
            let mut m = Missing::default();
            m.when(
                teams.iter().any(|t| !t.reinforced),
                ["күшейтілген наряд", "усиленный наряд", "reinforced team"],
            );
            let convoy_numbers: Vec<&str> =
                self.convoy.iter().filter_map(|v| trimmed(&v.number)).collect();
            m.when(
                teams.iter().any(|t| {
                    trimmed(&t.escort_vehicle).is_none_or(|e| convoy_numbers.contains(&e))
                }) || self.convoy.iter().any(|v| v.dangerous && v.team_aboard),
                [
                    "наряд үшін жеке көлік құралы",
                    "отдельное транспортное средство наряда",
                    "separate vehicle for the team",
                ],
            );
            m.report(c, Rule::EscDangerous, "plan_task.teams");
        }
        for (i, t) in teams.iter().enumerate() {
            if t.office != Some(TeamOffice::Destination) {
                continue;
            }
            if let (Some(agreed), Some(arrived)) = (t.agreed_at, t.arrived_at) {
                let took = arrived.signed_duration_since(agreed);
                if took > TimeDelta::hours(24) {
                    let (h, min) = (took.num_hours(), took.num_minutes().rem_euclid(60));
                    c.add(
                        Rule::EscTeamLate,
                        format!("plan_task.teams[{i}].arrived_at"),
                        Text::new(
                            format!("келісілді {agreed}, келді {arrived}: {h} сағ {min} мин"),
                            format!("согласовано {agreed}, прибыл {arrived}: {h} ч {min} мин"),
                            format!("agreed {agreed}, arrived {arrived}: {h} h {min} min"),
                        ),
                    );
                }
            }
        }
        Ok(())
    }

    /// R2 §10: the escort ends on or before the DCD's column 50 deadline.
    fn check_term(&self, c: &mut Checker) {
        let Some(deadline) = self.dcd.as_ref().and_then(|d| d.deadline) else {
            return;
        };
        let planned = self
            .plan_task
            .as_ref()
            .and_then(|p| p.period.as_ref())
            .and_then(|p| p.to);
        let ends = [
            (planned, "plan_task.period.to"),
            (self.final_act.as_ref().and_then(|a| a.date), "final_act.date"),
        ];
        for (end, field) in ends {
            if let Some(end) = end.filter(|&e| e > deadline) {
                c.add(
                    Rule::EscTerm,
                    field,
                    Text::new(
                        format!("{end}, ЖБҚ мерзімі {deadline}"),
                        format!("{end}, срок ДКД {deadline}"),
                        format!("{end}, the DCD deadline is {deadline}"),
                    ),
                );
            }
        }
    }

    /// R2 §16, §20: the acts of the hand-overs and of the completion.
    fn check_acts(&self, c: &mut Checker, number: Option<&str>, opts: &ParseOptions<'_>) {
        for (i, h) in self.handovers.iter().enumerate() {
            check_handover(c, h, i, number, opts);
        }
        match &self.final_act {
            Some(act) => check_act(c, act, "final_act", number),
            None if self.state == EscortState::Completed => c.add(
                Rule::EscActRequired,
                "final_act",
                Text::new(
                    "баратын кеден органында",
                    "в таможне назначения",
                    "at the destination office",
                ),
            ),
            None => {}
        }
        if self.state == EscortState::HandedOver && self.handovers.is_empty() {
            c.add(
                Rule::EscActRequired,
                "handovers",
                Text::new(
                    "күйі handed_over, қабылдап алу-беру жазылмаған",
                    "состояние handed_over, приём-передача не записана",
                    "the state is handed_over, no hand-over is recorded",
                ),
            );
        }
    }

    /// R2 §23: each reload with its act.
    fn check_reloads(&self, c: &mut Checker) {
        for (i, r) in self.reloads.iter().enumerate() {
            check_reload(c, r, i, self.state == EscortState::Completed);
        }
    }

    /// The records fit the state (`ESC.STATE`): no hand-over, reload or
    /// final act before the escort is under way; no final act before it is
    /// completed.
    fn check_state(&self, c: &mut Checker) {
        let state = self.state.name();
        let mut found: Vec<&'static str> = Vec::new();
        if !self.state.started() {
            if !self.handovers.is_empty() {
                found.push("handovers");
            }
            if !self.reloads.is_empty() {
                found.push("reloads");
            }
        }
        if self.final_act.is_some() && self.state != EscortState::Completed {
            found.push("final_act");
        }
        if !found.is_empty() {
            let list = found.join(", ");
            c.add(
                Rule::EscState,
                "state",
                Text::new(
                    format!("{state} күйінде {list} болмайды"),
                    format!("в состоянии {state} не может быть: {list}"),
                    format!("a {state} escort cannot have {list}"),
                ),
            );
        }
    }
}

/// R2 §13, annex 1: amount = rate × the МРП for fees on the decision date,
/// the arithmetic shown in the message.
fn check_fee_amount(c: &mut Checker, rate: u32, amount: u64, date: NaiveDate) -> Result<(), Error> {
    if rate == 0 {
        c.add(
            Rule::EscFeeAmount,
            "decision.fee.rate_mrp",
            Text::new(
                "ставка 0 АЕК: алым алынбайды",
                "ставка 0 МРП: сбор не взимается",
                "a rate of 0 МРП levies no fee",
            ),
        );
        return Ok(());
    }
    let uncovered = |e: Error| {
        let t = e.text();
        Error::invalid_document(
            Input::Document,
            "document.decision.date",
            Text::new(
                format!("алымды тексеру мүмкін емес: {}", t.kk),
                format!("сбор нельзя проверить: {}", t.ru),
                format!("the fee cannot be checked: {}", t.en),
            ),
        )
    };
    let mrp = reference::mrp(date, MrpPurpose::Fees).map_err(uncovered)?;
    let due = reference::escort_fee(rate, date).map_err(uncovered)?;
    if due != amount {
        c.add(
            Rule::EscFeeAmount,
            "decision.fee.amount_tenge",
            Text::new(
                format!("{rate} × {mrp} = {due} теңге ({date} күнгі АЕК), шешімде {amount} теңге"),
                format!("{rate} × {mrp} = {due} тенге (МРП на {date}), в решении {amount} тенге"),
                format!("{rate} × {mrp} = {due} tenge (the МРП on {date}), the decision says {amount} tenge"),
            ),
        );
    }
    Ok(())
}

/// An escort number written in `field`: a text not in the pattern is
/// `NUM.FORMAT` (quoted), a number breaking another `NUM.*` rule is
/// reported under that rule.
fn escort_number(
    c: &mut Checker,
    text: &str,
    field: impl Into<Cow<'static, str>>,
    opts: &ParseOptions<'_>,
) {
    match crate::numbers::parse_number(NumberKind::Escort, text, opts) {
        Ok(_) => {}
        Err(e) if e.rule() == Rule::NumFormat => c.add(Rule::NumFormat, field, same(show(text))),
        Err(e) => c.report.push(e.to_violation(field)),
    }
}

/// R2 §15-1: a document of the escort carries the decision's number.
fn shared_number(
    c: &mut Checker,
    decision: Option<&str>,
    own: &Option<String>,
    field: impl Into<Cow<'static, str>>,
) {
    let Some(decision) = decision else { return };
    match trimmed(own) {
        None => c.add(
            Rule::EscNumberShared,
            field,
            Text::new("нөмірі жоқ", "номера нет", "no number"),
        ),
        Some(own) if own != decision => c.add(
            Rule::EscNumberShared,
            field,
            same(format!("{} ≠ {}", show(own), show(decision))),
        ),
        Some(_) => {}
    }
}

/// R2 §20: a team change at an approved point, with an act and a new decision.
fn check_handover(
    c: &mut Checker,
    h: &Handover,
    i: usize,
    number: Option<&str>,
    opts: &ParseOptions<'_>,
) {
    let at = format!("handovers[{i}]");
    let mut m = Missing::default();
    let point = h.point.clone().unwrap_or_default();
    m.when(
        blank(&point.name) || !point.approved,
        [
            "бекітілген қабылдап алу-беру пункті",
            "утверждённый пункт приёма-передачи",
            "approved acceptance-transfer point",
        ],
    );
    let new = h.new_decision.clone().unwrap_or_default();
    let new_number = trimmed(&new.number);
    m.when(
        new_number.is_none() || new.date.is_none(),
        [
            "жаңа шешім (нөмірі, күні)",
            "новое решение (номер, дата)",
            "new decision (number, date)",
        ],
    );
    m.when(
        new_number.is_some() && new_number == number,
        [
            "жаңа шешімнің өз нөмірі",
            "собственный номер нового решения",
            "a number of the new decision's own",
        ],
    );
    m.report(c, Rule::EscTeamChange, at.clone());
    if let Some(text) = new_number {
        escort_number(c, text, format!("{at}.new_decision.number"), opts);
    }
    match &h.act {
        Some(act) => check_act(c, act, &format!("{at}.act"), number),
        None => c.add(Rule::EscActRequired, format!("{at}.act"), ()),
    }
}

/// R2 §16, annex 3: every field, two copies, certified signatures, the
/// shared number.
fn check_act(c: &mut Checker, a: &AcceptanceAct, at: &str, number: Option<&str>) {
    let mut m = Missing::default();
    m.when(
        none_text(&a.settlement),
        ["елді мекен", "населённый пункт", "settlement"],
    );
    m.when(a.date.is_none(), ["күні", "дата", "date"]);
    m.when(
        none_text(&a.state_number),
        ["мемлекеттік нөмірі", "государственный номер", "state number"],
    );
    m.when(
        none_text(&a.vehicles),
        ["көлік құралдары", "транспортные средства", "vehicles"],
    );
    m.when(none_text(&a.goods), ["тауар", "товар", "goods"]);
    let officer = |o: &Option<crate::escort::model::Officer>| {
        o.as_ref()
            .is_none_or(|o| blank(&o.office) || blank(&o.name) || blank(&o.position))
    };
    m.when(
        officer(&a.handed_over_by),
        ["тапсырған наряд басшысы", "сдавший руководитель наряда", "handed over by"],
    );
    m.when(
        officer(&a.received_by),
        ["қабылдаған наряд басшысы", "принявший руководитель наряда", "received by"],
    );
    m.when(
        a.accompanying_documents.iter().all(|d| d.trim().is_empty()),
        ["ілеспе құжаттар", "сопроводительные документы", "accompanying documents"],
    );
    m.when(
        a.goods_unchanged.is_none(),
        ["тауардың жағдайы", "состояние товара", "goods unchanged"],
    );
    m.when(
        a.seals.iter().all(|s| s.trim().is_empty()),
        ["пломбалар", "пломбы", "seals"],
    );
    m.when(
        a.additional_seals.is_none(),
        ["қосымша пломбалар", "дополнительные пломбы", "additional seals"],
    );
    m.when(
        a.signatures
            .iter()
            .any(|s| blank(&s.office) || blank(&s.position) || blank(&s.name)),
        [
            "наряд басшысының кеден органы, лауазымы, аты-жөні",
            "таможня, должность, ФИО руководителя наряда",
            "team leader's office, position, name",
        ],
    );
    m.report(c, Rule::EscActFields, at.to_owned());
    if a.copies != Some(2) {
        let got = a.copies.map_or_else(|| String::from("—"), |n| n.to_string());
        c.add(Rule::EscActCopies, format!("{at}.copies"), same(got));
    }
    let certified = a
        .signatures
        .iter()
        .filter(|s| s.signed && (s.stamped || !blank(&s.personal_seal)))
        .count();
    if a.signatures.len() != 2 || certified != 2 {
        c.add(
            Rule::EscActSignatures,
            format!("{at}.signatures"),
            Text::new(
                format!("2 қолдың {certified} расталған"),
                format!("заверено {certified} из 2 подписей"),
                format!("{certified} of 2 signatures certified"),
            ),
        );
    }
    shared_number(c, number, &a.number, format!("{at}.number"));
}

/// R2 §23: the reload act with its particulars, signers and copies; the
/// second copy reaches the destination office by the escort's end.
fn check_reload(c: &mut Checker, r: &Reload, i: usize, completed: bool) {
    let at = format!("reloads[{i}]");
    let Some(a) = &r.act else {
        c.add(Rule::EscReloadAct, format!("{at}.act"), ());
        return;
    };
    let mut m = Missing::default();
    m.when(
        blank(&r.from_vehicle) || blank(&r.to_vehicle),
        ["көлік құралдары", "транспортные средства", "vehicles"],
    );
    m.when(blank(&a.reasons), ["себептері", "причины", "reasons"]);
    m.when(
        blank(&a.goods),
        [
            "тауардың мөлшері мен ерекшеліктері",
            "количество и особенности товара",
            "quantity and particulars of the goods",
        ],
    );
    m.when(
        a.old_seals.is_empty(),
        ["ескі пломбалар", "старые пломбы", "old seals"],
    );
    m.when(
        a.new_seals.is_empty() && !a.sealing_impossible,
        [
            "жаңа пломбалар немесе «пломбалау мүмкін емес»",
            "новые пломбы или «пломбирование невозможно»",
            "new seals or \"sealing impossible\"",
        ],
    );
    m.when(
        !a.signed_by_leader || !a.signed_by_carrier,
        [
            "наряд басшысы мен тасымалдаушының қолдары",
            "подписи руководителя наряда и перевозчика",
            "signatures of the team leader and the carrier",
        ],
    );
    m.when(a.copies != Some(2), ["екі дана", "два экземпляра", "two copies"]);
    m.when(
        completed && !a.copy_to_destination,
        [
            "баратын кеден органына 2-дана",
            "2-й экземпляр в таможню назначения",
            "copy 2 to the destination office",
        ],
    );
    m.report(c, Rule::EscReloadAct, format!("{at}.act"));
}
