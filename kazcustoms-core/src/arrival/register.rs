//! Registering the arrival of goods under a DCD at the destination office
//! (R1 §34–§35). The readings chosen are in the docs of [`crate::arrival`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::arrival::journal::ArrivalEntry;
use crate::check::{blank, Checker};
use crate::context::Context;
use crate::dcd::{Dcd, DcdState, StampLang};
use crate::numbers::{parse_number, CarnetNumber, NumberKind, ParseOptions, RegistrationNumber};
use crate::report::{Report, Text};
use crate::rules::Rule;
use crate::Error;

/// Which declaration's number is written on stamp figure 2 (R1 §34).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeclarationKind {
    /// The short declaration (kind `short_declaration`).
    ShortDeclaration,
    /// The cargo customs declaration.
    CargoCustomsDeclaration,
}

/// The short declaration or cargo customs declaration number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclarationRef {
    /// Which declaration.
    pub kind: DeclarationKind,
    /// Its number.
    #[serde(default)]
    pub number: Option<String>,
}

/// The destination office's officer who registers the arrival.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Arrival {
    /// The day the arrival is registered: the goods count as delivered from it (§35).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArrivalDocument<'a> {
    /// The DCD the goods travel under.
    #[serde(default)]
    #[serde(borrow)]
    pub dcd: Dcd<'a>,
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
    let opts = ctx.parse_options();
    let mut c = Checker::new();
    if let Some(refused) = state.refusal(DcdState::Arrived) {
        c.report.push(refused.with_source("R1 §34–§35"));
    }
    let dcd_number = match dcd.reference_number.as_deref() {
        None => {
            c.add(Rule::Dcd7Required, "dcd.7", ());
            None
        }
        Some(t) if t.trim().is_empty() => {
            c.add(Rule::Dcd7Required, "dcd.7", ());
            None
        }
        // Goods under a TIR carnet used as the DCD (R1 §58) arrive under
        // the carnet's number, which carries no registration date.
        Some(text) if CarnetNumber::parse(text).is_some() => Some((text.to_owned(), None)),
        Some(text) => match parse_number(NumberKind::Dcd, text, &opts) {
            Ok(n) => Some((n.to_string(), Some(n.date()))),
            Err(e) => {
                c.report.push(e.to_violation("dcd.7"));
                None
            }
        },
    };
    let registered_on = dcd_number.as_ref().and_then(|(_, date)| *date);
    match (arrival.date, registered_on) {
        (None, _) => c.add(Rule::ArrivalDateRequired, "arrival.date", ()),
        (Some(date), Some(registered)) if date < registered => {
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
        (_, None) => c.add(Rule::Dcd50Deadline, "dcd.50", ()),
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
        c.add(Rule::ArrivalOfficerRequired, "arrival.officer", ());
    }
    // The journal row copies the DCD's sums: a value out of its range
    // (crate::quantity) cannot be copied and stops the registration.
    let totals = match super::journal::Totals::of(dcd) {
        Ok(totals) => totals,
        Err(e) => {
            let value = crate::quantity::written(e.value);
            c.add(
                e.rule,
                format!("dcd.{}", e.column),
                Some(format!("{}: {value}", e.path)),
            );
            super::journal::Totals::default()
        }
    };
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
        &dcd_number.0,
        (
            arrival.journal_number,
            arrival.officer.as_ref().and_then(|o| o.name.as_deref()),
            arrival.note.as_deref(),
        ),
        date,
        &number,
        totals,
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
        c.add(Rule::ArrivalDeclarationRequired, field, ());
        return None;
    };
    let Some(text) = d.number.as_deref().filter(|t| !t.trim().is_empty()) else {
        c.add(Rule::ArrivalDeclarationRequired, field, ());
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

/// The JSON view of an [`ArrivalRecord`] with the report in one language.
#[derive(Serialize)]
struct RecordView<'a> {
    registered: bool,
    state: DcdState,
    delivered_on: Option<NaiveDate>,
    deadline: Option<NaiveDate>,
    in_time: Option<bool>,
    stamp: Option<&'a ArrivalStamp>,
    stamp_d: Option<&'a crate::dcd::Stamp>,
    entry: Option<&'a ArrivalEntry>,
    report: crate::report::LocalizedReport<'a>,
}

impl ArrivalRecord {
    /// The record as JSON: `{"registered", "state", "delivered_on",
    /// "deadline", "in_time", "stamp": {"kk", "ru"} | null, "stamp_d": {…} |
    /// null, "entry": {…annex 9 row…} | null, "report": {…}}`, the report in
    /// the shape of [`Report::to_json`] with messages in `lang`.
    ///
    /// ```
    /// use kazcustoms_core::arrival::register_json;
    /// use kazcustoms_core::Lang;
    /// let record = register_json(r#"{"state": "drafted"}"#, r#"{"reference": "2026-11-22"}"#).unwrap();
    /// let json: serde_json::Value = serde_json::from_str(&record.to_json(Lang::En)).unwrap();
    /// assert_eq!(json["registered"], false);
    /// assert_eq!(json["state"], "drafted");
    /// assert_eq!(json["report"]["ok"], false);
    /// ```
    pub fn to_json(&self, lang: crate::report::Lang) -> String {
        let view = RecordView {
            registered: self.registered,
            state: self.state,
            delivered_on: self.delivered_on,
            deadline: self.deadline,
            in_time: self.in_time,
            stamp: self.stamp.as_ref(),
            stamp_d: self.stamp_d.as_ref(),
            entry: self.entry.as_ref(),
            report: self.report.localized(lang),
        };
        serde_json::to_string(&view).unwrap_or_default()
    }
}

/// Registers an arrival given as the JSON document of `validate("arrival",
/// …)`, with the options JSON (empty text for none); see [`register_arrival`].
///
/// # Errors
///
/// `InvalidDocument` with the JSON path when the text is not such a
/// document; an input error for bad options.
pub fn register_json(document: &str, options: &str) -> Result<ArrivalRecord, Error> {
    let context = Context::from_json(options)?;
    let doc: ArrivalDocument = crate::json::from_json_at(document, crate::Input::Document)?;
    Ok(doc.register(&context))
}

impl ArrivalDocument<'_> {
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
