//! Registering the arrival of goods under a DCD at the destination office
//! (R1 §34–§35).
//!
//! Readings the source leaves open, chosen as an inspector would defend them:
//! * **In time**: delivery counts from the moment the arrival is registered
//!   (§35), so the arrival date is the delivery date; it is in time when it
//!   is on or before the column 50 deadline (that day included, as the
//!   deadline is "the last date on which delivery is still in time", SPEC
//!   §2). Later is `ARRIVAL.OVERDUE`.
//! * **Late goods are still registered**: the office registers the arrival
//!   of goods that came late (stamp, journal, state `arrived`) and reports
//!   the lateness; the report is not `ok`, but `registered` is true. A DCD
//!   without a column 50 deadline (`DCD.50.DEADLINE`) is likewise registered,
//!   its timeliness unknown.
//! * **What blocks registration**: an illegal lifecycle move (`DCD.STATE`:
//!   only a `registered` DCD can arrive, once), no usable DCD number (column
//!   7: `DCD.7.REQUIRED` or its `NUM.*`), no arrival date, an arrival dated
//!   before the DCD was registered, no usable declaration number to write on
//!   the stamp, no officer (name and personal seal, which confirm the stamp).
//!   Then nothing is stamped or journaled and the state does not move.
//! * **Declaration number**: a short declaration number is checked as kind
//!   `short_declaration` (`ARRIVAL.DECLARATION.FORMAT` for a text not in the
//!   pattern, other `NUM.*` under their own rule); a cargo customs
//!   declaration number has no pattern in these rules and is only required.
//! * **State**: when the caller does not say, the DCD is taken to be
//!   `registered` (it carries column 7 and stamp C).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::arrival::journal::ArrivalEntry;
use crate::context::Context;
use crate::dcd::{Dcd, DcdState, StampLang};
use crate::numbers::{parse_number, NumberKind, ParseOptions, RegistrationNumber};
use crate::report::{Report, Text};
use crate::rules::Rule;
use crate::short_declaration::check::{blank, Checker};
use crate::Error;

/// Which declaration's number is written on stamp figure 2 (R1 §34).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeclarationKind {
    /// The short declaration (kind `short_declaration`).
    ShortDeclaration,
    /// The cargo customs declaration.
    CargoCustomsDeclaration,
}

/// The short declaration or cargo customs declaration number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeclarationRef {
    /// Which declaration.
    pub kind: DeclarationKind,
    /// Its number.
    #[serde(default)]
    pub number: Option<String>,
}

/// The destination office's officer who registers the arrival.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArrivalOfficer {
    /// Name (surname and initials).
    #[serde(default)]
    pub name: Option<String>,
    /// Number of the personal numbered seal that confirms the stamp.
    #[serde(default)]
    pub personal_seal: Option<String>,
}

/// What the destination office records on arrival.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arrival {
    /// The day the arrival is registered: the goods count as delivered from it (§35).
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The short declaration or cargo customs declaration number.
    #[serde(default)]
    pub declaration: Option<DeclarationRef>,
    /// The officer who registers the arrival.
    #[serde(default)]
    pub officer: Option<ArrivalOfficer>,
    /// The office's name for the stamp; the DCD's column 53 name when not given.
    #[serde(default)]
    pub office: Option<String>,
    /// The row's number ("No") in the arrivals journal, when the caller keeps it.
    #[serde(default)]
    pub journal_number: Option<u32>,
    /// The journal's "note" column.
    #[serde(default)]
    pub note: Option<String>,
}

/// The JSON document of `validate("arrival", …)`: a DCD, its current state
/// and the arrival to register.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArrivalDocument {
    /// The DCD the goods travel under.
    #[serde(default)]
    pub dcd: Dcd,
    /// Its state before the arrival; `registered` when not given.
    #[serde(default)]
    pub state: Option<DcdState>,
    /// The arrival.
    #[serde(default)]
    pub arrival: Arrival,
}

/// Stamp figure 2 (annex 3) as written on DCD copies 2 and 3 and the
/// transport documents, with the declaration number (R1 §34). Annex 3's
/// stamps exist in Kazakh and Russian.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArrivalStamp {
    /// In Kazakh.
    pub kk: String,
    /// In Russian.
    pub ru: String,
}

/// The outcome of registering an arrival.
#[derive(Clone, Debug, PartialEq)]
pub struct ArrivalRecord {
    /// Every violation found (blocking or not).
    pub report: Report,
    /// Whether the arrival was registered: stamped, journaled, state moved.
    pub registered: bool,
    /// The DCD's state after the call: `arrived` when registered, else unchanged.
    pub state: DcdState,
    /// The delivery date (§35): the arrival date, when registered.
    pub delivered_on: Option<NaiveDate>,
    /// The column 50 deadline, if the DCD has one.
    pub deadline: Option<NaiveDate>,
    /// Whether the arrival is on or before the deadline; `None` when either
    /// date is unknown.
    pub in_time: Option<bool>,
    /// The column D stamp to put on the DCD, when registered.
    pub stamp_d: Option<crate::dcd::Stamp>,
    /// The text of stamp figure 2 with the declaration number, when registered.
    pub stamp: Option<ArrivalStamp>,
    /// The arrivals journal (annex 9) row, when registered.
    pub entry: Option<ArrivalEntry>,
}

/// Rules that do not stop the office from registering the arrival.
fn blocks(rule: Rule) -> bool {
    !matches!(rule, Rule::ArrivalOverdue | Rule::Dcd50Deadline)
}

/// Registers the arrival of the goods under `dcd`, whose state is `state`
/// (R1 §34–§35): moves the DCD to `arrived` (`DCD.STATE` when that move is
/// not allowed), writes stamp figure 2 with the declaration number, makes
/// the arrivals journal row, and checks the arrival against the column 50
/// deadline (`ARRIVAL.OVERDUE`). Numbers are read with the context's
/// reference date and office directory.
///
/// ```
/// use chrono::NaiveDate;
/// use kazcustoms_core::arrival::{register_arrival, Arrival, ArrivalOfficer, DeclarationKind, DeclarationRef};
/// use kazcustoms_core::dcd::{Dcd, DcdState, Principal};
/// use kazcustoms_core::Context;
/// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
/// let dcd = Dcd {
///     reference_number: Some("55201/14106/00317".into()),
///     principal: Some(Principal { deadline: Some(d(10, 16)), ..Default::default() }),
///     ..Default::default()
/// };
/// let arrival = Arrival {
///     date: Some(d(10, 19)),
///     declaration: Some(DeclarationRef {
///         kind: DeclarationKind::ShortDeclaration,
///         number: Some("15101/19106/000123".into()),
///     }),
///     officer: Some(ArrivalOfficer { name: Some("ОРАЗОВА А.М.".into()), personal_seal: Some("0311".into()) }),
///     ..Default::default()
/// };
/// let ctx = Context { reference: Some(d(11, 22)), ..Default::default() };
/// let record = register_arrival(&dcd, DcdState::Registered, &arrival, &ctx);
/// assert!(record.registered);
/// assert_eq!(record.state, DcdState::Arrived);
/// assert_eq!(record.in_time, Some(false));
/// assert_eq!(record.report.rule_ids(), ["ARRIVAL.OVERDUE"]);
/// assert!(record.stamp.unwrap().ru.ends_with("Краткая декларация № 15101/19106/000123"));
/// ```
pub fn register_arrival(
    dcd: &Dcd,
    state: DcdState,
    arrival: &Arrival,
    ctx: &Context,
) -> ArrivalRecord {
    let reference = ctx.reference.unwrap_or_else(crate::today);
    let mut opts = ParseOptions::new(reference);
    if let Some(dir) = &ctx.offices {
        opts = opts.with_offices(dir);
    }
    let mut c = Checker::new();
    if let Err(report) = state.transition(DcdState::Arrived) {
        for v in report.violations() {
            c.report.push(v.clone().with_source("R1 §34–§35"));
        }
    }
    let dcd_number = match dcd.reference_number.as_deref() {
        None => {
            c.add(Rule::Dcd7Required, "dcd.7", None);
            None
        }
        Some(t) if t.trim().is_empty() => {
            c.add(Rule::Dcd7Required, "dcd.7", None);
            None
        }
        Some(text) => match parse_number(NumberKind::Dcd, text, &opts) {
            Ok(n) => Some(n),
            Err(e) => {
                c.report.push(e.to_violation("dcd.7"));
                None
            }
        },
    };
    match (arrival.date, dcd_number) {
        (None, _) => c.add(Rule::ArrivalDateRequired, "arrival.date", None),
        (Some(date), Some(n)) if date < n.date() => {
            let registered = n.date();
            c.add(
                Rule::ArrivalDateBeforeRegistration,
                "arrival.date",
                Some(Text::new(
                    format!("{date} < {registered}"),
                    format!("{date} < {registered}"),
                    format!("{date} < {registered}"),
                )),
            );
        }
        _ => {}
    }
    let deadline = dcd.principal.as_ref().and_then(|p| p.deadline);
    match (arrival.date, deadline) {
        (_, None) => c.add(Rule::Dcd50Deadline, "dcd.50", None),
        (Some(date), Some(limit)) if date > limit => c.add(
            Rule::ArrivalOverdue,
            "arrival.date",
            Some(Text::new(
                format!("келген күні {date}, мерзімі {limit}"),
                format!("прибытие {date}, срок {limit}"),
                format!("arrived {date}, deadline {limit}"),
            )),
        ),
        _ => {}
    }
    let declaration = check_declaration(&mut c, arrival, &opts);
    let officer = arrival.officer.clone().unwrap_or_default();
    if blank(&officer.name) || blank(&officer.personal_seal) {
        c.add(Rule::ArrivalOfficerRequired, "arrival.officer", None);
    }
    let in_time = arrival.date.zip(deadline).map(|(a, d)| a <= d);
    let registered = !c.report.violations().iter().any(|v| blocks(v.rule));
    let mut record = ArrivalRecord {
        report: c.report,
        registered,
        state,
        delivered_on: None,
        deadline,
        in_time,
        stamp_d: None,
        stamp: None,
        entry: None,
    };
    let (true, Some(date), Some((kind, number)), Some(dcd_number)) =
        (registered, arrival.date, declaration, dcd_number)
    else {
        return record;
    };
    let stamp_d = crate::dcd::Stamp {
        office: arrival.office.clone().filter(|o| !o.trim().is_empty()),
        inspector: officer.name.clone(),
        personal_seal: officer.personal_seal.clone(),
        date: Some(date),
    };
    record.state = DcdState::Arrived;
    record.delivered_on = Some(date);
    record.stamp = Some(stamp(dcd, &stamp_d, kind, &number));
    record.stamp_d = Some(stamp_d);
    record.entry = Some(ArrivalEntry::new(
        dcd,
        &dcd_number.to_string(),
        arrival,
        date,
        &number,
    ));
    record
}

/// Checks the declaration reference; returns its kind and number when usable.
fn check_declaration(
    c: &mut Checker,
    arrival: &Arrival,
    opts: &ParseOptions<'_>,
) -> Option<(DeclarationKind, String)> {
    let field = "arrival.declaration";
    let Some(d) = arrival.declaration.as_ref() else {
        c.add(Rule::ArrivalDeclarationRequired, field, None);
        return None;
    };
    let Some(text) = d.number.as_deref().filter(|t| !t.trim().is_empty()) else {
        c.add(Rule::ArrivalDeclarationRequired, field, None);
        return None;
    };
    match d.kind {
        DeclarationKind::ShortDeclaration => c
            .quoted(
                text,
                NumberKind::ShortDeclaration,
                Rule::ArrivalDeclarationFormat,
                field,
                opts,
            )
            .map(|n: RegistrationNumber| (d.kind, n.to_string())),
        DeclarationKind::CargoCustomsDeclaration => Some((d.kind, text.trim().to_owned())),
    }
}

/// Stamp figure 2 as `Dcd::stamp_figure_2` renders it for this stamp D,
/// with the declaration number written below.
fn stamp(
    dcd: &Dcd,
    stamp_d: &crate::dcd::Stamp,
    kind: DeclarationKind,
    number: &str,
) -> ArrivalStamp {
    let view = Dcd {
        destination_office: dcd.destination_office.clone(),
        stamp_d: Some(stamp_d.clone()),
        ..Dcd::default()
    };
    let (kk, ru) = match kind {
        DeclarationKind::ShortDeclaration => (
            format!("Қысқаша декларация N {number}"),
            format!("Краткая декларация № {number}"),
        ),
        DeclarationKind::CargoCustomsDeclaration => (
            format!("Жүк кедендік декларациясы N {number}"),
            format!("ГТД № {number}"),
        ),
    };
    ArrivalStamp {
        kk: format!("{}\n{kk}", view.stamp_figure_2(StampLang::Kk)),
        ru: format!("{}\n{ru}", view.stamp_figure_2(StampLang::Ru)),
    }
}

impl ArrivalDocument {
    /// The report of registering this arrival (see [`register_arrival`]).
    ///
    /// # Errors
    ///
    /// None today; the `Result` keeps the signature of the other kinds.
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        Ok(self.register(ctx).report)
    }

    /// Registers this arrival (see [`register_arrival`]).
    pub fn register(&self, ctx: &Context) -> ArrivalRecord {
        register_arrival(
            &self.dcd,
            self.state.unwrap_or(DcdState::Registered),
            &self.arrival,
            ctx,
        )
    }
}
