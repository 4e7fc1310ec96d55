//! Registration of an escort (R2 §15, §15-1) and the escort journal
//! (annex 4, 12 columns) as a table.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{check_sequence, first_repeat, number_fits_entry, repeated_number, Input, Place};
use crate::escort::model::EscortDocument;
use crate::journal::Journal;
use crate::numbers::{EscortNumber, NumberKind, ParseOptions};
use crate::report::Text;
use crate::tables::Table;
use crate::Error;

/// One row of the journal of escorted goods and vehicles (R2 annex 4), in
/// the annex's column order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EscortEntry {
    /// 1 "р/б N": the sequence in the journal.
    pub number: u32,
    /// 2 the number of the escort decision, plan-task and acceptance-transfer
    /// act (kind `escort`, §15-1).
    #[serde(default)]
    pub escort_number: String,
    /// 3 the date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// 4 the DCD number.
    #[serde(default)]
    pub dcd_number: String,
    /// 5 the state number of the escorting motor vehicle.
    #[serde(default)]
    pub escort_vehicle: String,
    /// 6 the goods, their volume, and the escorted vehicle's state number.
    #[serde(default)]
    pub goods: String,
    /// 7 the payment document number.
    #[serde(default)]
    pub payment_document: String,
    /// 8 the consignor (address, name, …).
    #[serde(default)]
    pub consignor: String,
    /// 9 the consignee (address, name, …).
    #[serde(default)]
    pub consignee: String,
    /// 10 the destination office.
    #[serde(default)]
    pub destination_office: String,
    /// 11 the team leader (full name).
    #[serde(default)]
    pub team_leader: String,
    /// 12 whether the team leader signed.
    #[serde(default)]
    pub leader_signed: bool,
}

fn text(value: Option<&str>) -> String {
    value.map(str::trim).unwrap_or_default().to_owned()
}

impl EscortDocument {
    /// Registers the escort in the office's escort `journal` on `date`
    /// (R2 §15, §15-1): issues the next `escort` number, writes it on the
    /// decision, the plan-task and every acceptance-transfer act (the one
    /// shared number), and returns the annex 4 row. Columns 8 and 9
    /// (consignor, consignee) are the caller's: the escort documents do not
    /// carry them.
    ///
    /// # Errors
    ///
    /// An input error when `journal` is not an `escort` journal;
    /// `JOURNAL.BACKDATED` or `JOURNAL.FULL` from the journal.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::escort::{EscortDocument, PlanTask};
    /// use kazcustoms_core::{Journal, NumberKind};
    /// let journal = Journal::new(NumberKind::Escort, "50101").unwrap();
    /// let mut escort = EscortDocument { plan_task: Some(PlanTask::default()), ..Default::default() };
    /// let entry = escort.register(&journal, NaiveDate::from_ymd_opt(2026, 11, 5).unwrap()).unwrap();
    /// assert_eq!(entry.escort_number, "0001-50101-05116");
    /// assert_eq!(escort.plan_task.unwrap().number.as_deref(), Some("0001-50101-05116"));
    /// ```
    pub fn register(&mut self, journal: &Journal, date: NaiveDate) -> Result<EscortEntry, Error> {
        if journal.kind() != NumberKind::Escort {
            let kind = journal.kind();
            return Err(Error::invalid_argument(
                "journal",
                Text::new(
                    format!("алып жүру журналы керек, берілгені: {kind}"),
                    format!("нужен журнал сопровождения, дан журнал вида {kind}"),
                    format!("expected an escort journal, got a {kind} journal"),
                ),
            ));
        }
        let number = journal.issue(date, None)?.to_string();
        let decision = self.decision.get_or_insert_with(Default::default);
        decision.number = Some(number.clone());
        if let Some(plan) = &mut self.plan_task {
            plan.number = Some(number.clone());
        }
        let acts = self.handovers.iter_mut().filter_map(|h| h.act.as_mut());
        for act in acts.chain(self.final_act.as_mut()) {
            act.number = Some(number.clone());
        }
        self.journal_entry(&ParseOptions::new(date))
    }

    /// The annex 4 row of a registered escort: "No" the sequence of its
    /// number (read with `options`), the date that of the number.
    ///
    /// # Errors
    ///
    /// An input error when the decision has no number; the number's `NUM.*`
    /// error when it is not a valid `escort` number.
    pub fn journal_entry(&self, options: &ParseOptions<'_>) -> Result<EscortEntry, Error> {
        let decision = self.decision.clone().unwrap_or_default();
        let Some(written) = decision.number.as_deref() else {
            return Err(Error::invalid_argument(
                "number",
                Text::new(
                    "алып жүру әлі тіркелмеген: шешімнің нөмірі жоқ",
                    "сопровождение ещё не зарегистрировано: у решения нет номера",
                    "the escort is not registered yet: the decision has no number",
                ),
            ));
        };
        let number = EscortNumber::parse(written, options)?;
        let teams = self.plan_task.as_ref().map(|p| p.teams.as_slice());
        let first = teams.and_then(<[_]>::first);
        let goods = self
            .convoy
            .iter()
            .map(|v| {
                [v.goods.as_deref(), v.volume.as_deref(), v.number.as_deref()]
                    .into_iter()
                    .flatten()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect::<Vec<_>>()
            .join("; ");
        Ok(EscortEntry {
            number: number.sequence(),
            escort_number: number.to_string(),
            date: Some(number.date()),
            dcd_number: text(self.dcd.as_ref().and_then(|d| d.number.as_deref())),
            escort_vehicle: text(first.and_then(|t| t.escort_vehicle.as_deref())),
            goods,
            payment_document: text(
                decision
                    .payment_document
                    .as_ref()
                    .and_then(|p| p.number.as_deref()),
            ),
            consignor: String::new(),
            consignee: String::new(),
            destination_office: text(decision.to_office.as_ref().and_then(|o| o.name.as_deref())),
            team_leader: text(first.and_then(|t| t.leader.as_deref())),
            leader_signed: false,
        })
    }
}

/// Verifies annex 4 entries read back (input `entries`): each "No" is an
/// escort sequence (1 to 9 999), once a year (of its date); each escort
/// number is written once, and where an entry gives its date and number,
/// the number is the escort number of that date with that sequence; a
/// leader's signature (column 12) needs the leader named (column 11).
pub(crate) fn check_entries(entries: &[EscortEntry]) -> Result<(), Error> {
    let place = Place::new(Input::Entries, "entries");
    let max = NumberKind::Escort.max_sequence();
    for (i, e) in entries.iter().enumerate() {
        check_sequence(place, i, e.number, max)?;
        if e.leader_signed && e.team_leader.trim().is_empty() {
            return Err(place.at(
                i,
                "leader_signed",
                Text::new(
                    "наряд басшысының қолы бар, аты-жөні жоқ (11-баған)",
                    "есть подпись руководителя наряда, но нет его ФИО (графа 11)",
                    "the team leader's signature is marked but no leader is named (column 11)",
                ),
            ));
        }
        let written = e.escort_number.trim();
        let Some(date) = e.date.filter(|_| !written.is_empty()) else {
            continue;
        };
        let q = crate::names::quote(written);
        let n = EscortNumber::parse(written, &ParseOptions::new(date)).map_err(|err| {
            let err = err.text();
            place.at(
                i,
                "escort_number",
                Text::new(
                    format!("{q} нөмірі {date} күні оқылмайды: {}", err.kk),
                    format!("номер {q} не читается на {date}: {}", err.ru),
                    format!("the number {q} does not read on {date}: {}", err.en),
                ),
            )
        })?;
        number_fits_entry(place, (i, "escort_number"), &q, (n.date(), n.sequence()), (date, e.number))?;
    }
    let numbers = entries
        .iter()
        .map(|e| Some((e.date.map(|d| d.year()), e.number)));
    if let Some((i, k)) = first_repeat(numbers) {
        return Err(repeated_number(place, (i, k), entries[i].number));
    }
    let written = entries
        .iter()
        .map(|e| Some(e.escort_number.trim()).filter(|t| !t.is_empty()));
    if let Some((i, k)) = first_repeat(written) {
        let (q, other) = (
            crate::names::quote(entries[i].escort_number.trim()),
            place.entry(k),
        );
        return Err(place.at(
            i,
            "escort_number",
            Text::new(
                format!("{q} нөмірі {other} жазбасында бар: әр нөмір бір рет жазылады"),
                format!("номер {q} уже у записи {other}: каждый номер вносится один раз"),
                format!("the number {q} is already that of {other}: each number is written once"),
            ),
        ));
    }
    Ok(())
}

/// The escort journal (R2 annex 4) as a table, in the annex's column order
/// with headers in Kazakh, Russian and English; column 12 reads `+` for a
/// signature.
///
/// ```
/// use kazcustoms_core::escort::{escort_journal_table, EscortEntry};
/// use kazcustoms_core::Lang;
/// let e = EscortEntry { number: 12, team_leader: "АХМЕТОВ Б.".into(), leader_signed: true, ..Default::default() };
/// let t = escort_journal_table(&[e]);
/// assert_eq!(t.headers.len(), 12);
/// assert_eq!(t.rows[0][11], "+");
/// assert!(t.to_csv(Lang::En).starts_with("No,"));
/// ```
pub fn escort_journal_table(entries: &[EscortEntry]) -> Table {
    let h = |kk: &str, ru: &str, en: &str| Text::new(kk, ru, en);
    let title = h(
        "Алып жүрілетін тауарлар мен көлік құралдарының есебін жүргізу журналы (4-қосымша)",
        "Журнал учёта сопровождаемых товаров и транспортных средств (приложение 4)",
        "Journal of escorted goods and vehicles (annex 4)",
    );
    let headers = vec![
        h("р/б N", "№ п/п", "No"),
        h(
            "Кедендік алып жүру туралы шешімнің нөмірі, жоспар-тапсырма, қабылдап алу беру актісі",
            "Номер решения о таможенном сопровождении, план-задания, акта приёма-передачи",
            "No of the escort decision, plan-task, acceptance-transfer act",
        ),
        h("Күні", "Дата", "Date"),
        h(
            "Жеткізуді бақылау құжатының нөмірі",
            "Номер документа контроля доставки",
            "DCD No",
        ),
        h(
            "Алып жүретін автокөлік құралының мем. нөмірі",
            "Гос. номер сопровождающего автотранспортного средства",
            "State No of the escorting motor vehicle",
        ),
        h(
            "Тауардың атауы көлемі, көлік құралының мем. нөмірі",
            "Наименование, объём товара, гос. номер транспортного средства",
            "Goods, volume, state No of the vehicle",
        ),
        h(
            "Төлем құжатының нөмірі",
            "Номер платёжного документа",
            "Payment document No",
        ),
        h(
            "Жөнелтушінің деректері (мекен-жайы, атауы және т.б.)",
            "Данные отправителя (адрес, наименование и т.д.)",
            "Consignor (address, name, etc.)",
        ),
        h(
            "Алушының деректері (мекен-жайы, атауы және т.б.)",
            "Данные получателя (адрес, наименование и т.д.)",
            "Consignee (address, name, etc.)",
        ),
        h("Баратын кеден органы", "Таможня назначения", "Destination office"),
        h(
            "Наряд басшысы (Т.А.Ә.)",
            "Руководитель наряда (ФИО)",
            "Team leader (full name)",
        ),
        h(
            "Наряд басшысының қолы",
            "Подпись руководителя наряда",
            "Team leader's signature",
        ),
    ];
    let mut table = Table::new(title, headers);
    for e in entries {
        table.push(vec![
            e.number.to_string(),
            e.escort_number.clone(),
            e.date
                .map_or_else(String::new, |d| d.format("%d.%m.%Y").to_string()),
            e.dcd_number.clone(),
            e.escort_vehicle.clone(),
            e.goods.clone(),
            e.payment_document.clone(),
            e.consignor.clone(),
            e.consignee.clone(),
            e.destination_office.clone(),
            e.team_leader.clone(),
            if e.leader_signed { "+" } else { "" }.to_owned(),
        ]);
    }
    table
}
