//! The escort file as the caller gives it: the decision (annex 1), the
//! convoy, the plan-task (annex 2), the acceptance-transfer acts (annex 3),
//! the reloading acts (§23) and the escort's state. Every field of each
//! form, in the form's order.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::dcd::Office;
use crate::escort::lifecycle::EscortState;

/// A customs escort (R2): the decision and the documents drawn up under it,
/// which share one registration number (§15-1) and one journal entry (§15).
///
/// The JSON shape is in the module documentation ([`crate::escort`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EscortDocument {
    /// The escort's state (default `decided`).
    #[serde(default)]
    pub state: EscortState,
    /// The decision on customs escort (annex 1).
    #[serde(default)]
    pub decision: Option<Decision>,
    /// The escorted motor vehicles, in convoy order (first to last): the
    /// decision's "registration number ___, make ___ … goods ___" lines
    /// (annex 1, established 1 and decided 1), one per vehicle.
    #[serde(default)]
    pub convoy: Vec<EscortedVehicle>,
    /// The TIR carriage, when the goods travel under a TIR carnet (§6).
    #[serde(default)]
    pub tir: Option<TirCarriage>,
    /// The DCD the goods travel under (§14(4)).
    #[serde(default)]
    pub dcd: Option<DcdReference>,
    /// The other documents of §14 the team carries (§27(1)).
    #[serde(default)]
    pub documents: Option<CarriedDocuments>,
    /// The plan-task for the customs team (annex 2).
    #[serde(default)]
    pub plan_task: Option<PlanTask>,
    /// The team changes at acceptance-transfer points on the route (§20).
    #[serde(default)]
    pub handovers: Vec<Handover>,
    /// The acceptance-transfer act at the destination office that ends the
    /// escort (§16).
    #[serde(default)]
    pub final_act: Option<AcceptanceAct>,
    /// Reloads onto another vehicle after an accident or breakdown (§23).
    #[serde(default)]
    pub reloads: Vec<Reload>,
}

/// The decision on customs escort (R2 annex 1), its lines in the form's order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// "N__": the escort number (kind `escort`, §15-1).
    #[serde(default)]
    pub number: Option<String>,
    /// "Күні": the decision date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// "Шешiмнiң қабылданған жерi": where the decision was taken.
    #[serde(default)]
    pub place: Option<String>,
    /// Established 1: the route ("жүру бағдары") over Kazakhstan.
    #[serde(default)]
    pub route: Option<String>,
    /// Established 2: the nature and status of the goods justifying escort.
    #[serde(default)]
    pub grounds: Option<String>,
    /// Established 3: whether the office has information on the carrier's
    /// earlier shortages of goods or violations of customs rules ("бар" =
    /// `true`, "жоқ" = `false`).
    #[serde(default)]
    pub carrier_record: Option<bool>,
    /// Established 4: whether the vehicle is properly equipped.
    #[serde(default)]
    pub vehicle_equipped: Option<bool>,
    /// Established 4: whether the approval certificate for carriage under
    /// customs seals is presented.
    #[serde(default)]
    pub approval_certificate: Option<bool>,
    /// Established 5: whether security as an authorised bank's guarantee is
    /// presented.
    #[serde(default)]
    pub bank_guarantee: Option<bool>,
    /// Established 6: whether security by a deposit with the customs office
    /// is presented.
    #[serde(default)]
    pub deposit: Option<bool>,
    /// Decided 1: the office the escort starts from.
    #[serde(default)]
    pub from_office: Option<Office>,
    /// Decided 1: the office the escort goes to.
    #[serde(default)]
    pub to_office: Option<Office>,
    /// Decided 2: the escort fee.
    #[serde(default)]
    pub fee: Option<Fee>,
    /// "Кеден органының бастығы Т.А.Ә., М.О.": who took the decision.
    #[serde(default)]
    pub head: Option<Head>,
    /// "Шешiммен таныстым, келiсемiн": the carrier's acknowledgement.
    #[serde(default)]
    pub acknowledgement: Option<Acknowledgement>,
    /// "Төлендi": the date the fee was paid.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub paid_on: Option<NaiveDate>,
    /// The document confirming payment of the fee: number and date.
    #[serde(default)]
    pub payment_document: Option<PaymentDocument>,
    /// The delivery-control (ТЖББ) inspector who prepared the documents and
    /// checked the payment.
    #[serde(default)]
    pub inspector: Option<Inspector>,
}

/// The escort fee of the decision (annex 1, decided 2).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// The rate, in monthly calculation indices (МРП / АЕК).
    #[serde(default)]
    pub rate_mrp: Option<u32>,
    /// The amount, tenge.
    #[serde(default)]
    pub amount_tenge: Option<u64>,
}

crate::named_enum! {
    /// Who signs the decision as head of the office (§9).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum SignerRole: "role", ["лауазымы", "должность", "role"] {
        /// `head`: the head of the office.
        Head = "head",
        /// `acting_head`: the person acting as head.
        ActingHead = "acting_head",
        /// `other`: anyone else (a deputy, an inspector).
        Other = "other",
    }
}

/// The head of the office who took the decision (annex 1).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Head {
    /// Full name.
    #[serde(default)]
    pub name: Option<String>,
    /// Head or acting head.
    #[serde(default)]
    pub role: Option<SignerRole>,
    /// The code of the office the signer heads.
    #[serde(default)]
    pub office: Option<String>,
    /// Whether the office's seal is put ("М.О.").
    #[serde(default)]
    pub sealed: bool,
}

/// The carrier's "read and agreed" entry (annex 1).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    /// The carrier's (representative's) full name.
    #[serde(default)]
    pub name: Option<String>,
    /// Whether signed.
    #[serde(default)]
    pub signed: bool,
    /// The date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
}

/// The document confirming payment of the escort fee (annex 1; annex 4 col. 7).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentDocument {
    /// Its number.
    #[serde(default)]
    pub number: Option<String>,
    /// Its date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
}

/// The delivery-control inspector of the decision (annex 1, last line).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Inspector {
    /// Rank ("атағы").
    #[serde(default)]
    pub rank: Option<String>,
    /// Position ("лауазымы").
    #[serde(default)]
    pub position: Option<String>,
    /// Full name.
    #[serde(default)]
    pub name: Option<String>,
    /// Whether signed.
    #[serde(default)]
    pub signed: bool,
    /// Number of the personal numbered seal (ЖНМ).
    #[serde(default)]
    pub personal_seal: Option<String>,
}

/// One escorted motor vehicle of the convoy.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EscortedVehicle {
    /// State registration number.
    #[serde(default)]
    pub number: Option<String>,
    /// Make.
    #[serde(default)]
    pub make: Option<String>,
    /// The goods it carries (names).
    #[serde(default)]
    pub goods: Option<String>,
    /// Their volume (weight, packages), as written (journal col. 6).
    #[serde(default)]
    pub volume: Option<String>,
    /// Whether the goods are dangerous to life, health or the environment
    /// (chemicals, radioactive or explosive substances, …; §24).
    #[serde(default)]
    pub dangerous: bool,
    /// Whether members of the team ride in it (§22).
    #[serde(default)]
    pub team_aboard: bool,
}

/// A carriage under a TIR carnet (§6).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TirCarriage {
    /// The TIR carnet number.
    #[serde(default)]
    pub carnet: Option<String>,
    /// Whether the customs payments and taxes due on release for free
    /// circulation exceed the established guarantee amount (§6(2)).
    #[serde(default)]
    pub payments_exceed_guarantee: bool,
}

/// The DCD the goods travel under.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DcdReference {
    /// Its number (kind `dcd`).
    #[serde(default)]
    pub number: Option<String>,
    /// Its column 50 delivery deadline.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub deadline: Option<NaiveDate>,
}

/// The documents of §14(5)–(7) the team carries (§27(1)); the decision,
/// plan-task, acts and DCD are members of the escort document itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CarriedDocuments {
    /// §14(5): the travel (business-trip) certificate.
    #[serde(default)]
    pub travel_certificate: bool,
    /// §14(6): the vehicle inspection method.
    #[serde(default)]
    pub inspection_method: bool,
    /// §14(7): the invoice for the escort fee.
    #[serde(default)]
    pub fee_invoice: bool,
}

/// The plan-task for the customs team (R2 annex 2, §14(2)), in the form's order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanTask {
    /// "Бекітемін": approved by the head of the territorial customs body.
    #[serde(default)]
    pub approved: Option<Approval>,
    /// "N ___": the escort number (§15-1).
    #[serde(default)]
    pub number: Option<String>,
    /// 1 the team composition: one entry per team.
    #[serde(default)]
    pub teams: Vec<Team>,
    /// 2 weapons (make and number) or special means.
    #[serde(default)]
    pub weapons: Vec<String>,
    /// 3 working period, from – to.
    #[serde(default)]
    pub period: Option<Period>,
    /// 4 the team's route.
    #[serde(default)]
    pub route: Option<String>,
    /// 5 the trip assignment.
    #[serde(default)]
    pub trip_assignment: Option<String>,
    /// The numbers of the accompanying documents (cargo customs
    /// declaration, DCD), §14(2).
    #[serde(default)]
    pub documents: Vec<String>,
    /// "Кеден органы бөлімшесінің бастығы Т.А.Ә.": the head of the
    /// subdivision who signs.
    #[serde(default)]
    pub subdivision_head: Option<String>,
}

/// The approval of the plan-task.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The head's full name.
    #[serde(default)]
    pub name: Option<String>,
    /// The date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
}

/// The working period of the plan-task (item 3).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// From (the escort's start).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub from: Option<NaiveDate>,
    /// To.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub to: Option<NaiveDate>,
}

crate::named_enum! {
    /// The office whose officers make up a team.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum TeamOffice: "office", ["кеден органы", "таможенный орган", "office"] {
        /// `departure`: the departure office.
        Departure = "departure",
        /// `destination`: the destination office (its team comes to the
        /// departure office, §28).
        Destination = "destination",
    }
}

/// One customs team (кеден наряды) of the plan-task.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// The office the team belongs to.
    #[serde(default)]
    pub office: Option<TeamOffice>,
    /// The team leader's full name.
    #[serde(default)]
    pub leader: Option<String>,
    /// The other inspectors' surnames.
    #[serde(default)]
    pub members: Vec<String>,
    /// Whether the team is reinforced (§24).
    #[serde(default)]
    pub reinforced: bool,
    /// The state number of the team's own escorting vehicle, when it rides
    /// in one (§17; a separate vehicle, §24).
    #[serde(default)]
    pub escort_vehicle: Option<String>,
    /// When the decision was agreed with the team's office (§28),
    /// `YYYY-MM-DDTHH:MM`.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::date_time_option")]
    #[schemars(with = "Option<String>")]
    pub agreed_at: Option<NaiveDateTime>,
    /// When the team arrived at the departure office (§28),
    /// `YYYY-MM-DDTHH:MM`.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::date_time_option")]
    #[schemars(with = "Option<String>")]
    pub arrived_at: Option<NaiveDateTime>,
}

/// A team change at an acceptance-transfer point (§20).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Handover {
    /// The acceptance-transfer point.
    #[serde(default)]
    pub point: Option<TransferPoint>,
    /// The act drawn up there.
    #[serde(default)]
    pub act: Option<AcceptanceAct>,
    /// The new decision taken there.
    #[serde(default)]
    pub new_decision: Option<NewDecision>,
}

/// An acceptance-transfer point (§20).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferPoint {
    /// Its name (usually a temporary storage place).
    #[serde(default)]
    pub name: Option<String>,
    /// Whether the central customs body approved it as a point.
    #[serde(default)]
    pub approved: bool,
}

/// The new decision of a team change (§20).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDecision {
    /// Its escort number.
    #[serde(default)]
    pub number: Option<String>,
    /// Its date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
}

/// The escort acceptance-transfer act (R2 annex 3, §16), in the form's order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptanceAct {
    /// The escort number (§15-1).
    #[serde(default)]
    pub number: Option<String>,
    /// The settlement ("елдi мекеннiң атауы").
    #[serde(default)]
    pub settlement: Option<String>,
    /// The date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// "Мемлекеттiк нөмiрi": the state registration number(s).
    #[serde(default)]
    pub state_number: Option<String>,
    /// "Көлiк құралымен": the vehicles (names).
    #[serde(default)]
    pub vehicles: Option<String>,
    /// The goods travelling under customs control.
    #[serde(default)]
    pub goods: Option<String>,
    /// The team leader who handed over: office, full name, position.
    #[serde(default)]
    pub handed_over_by: Option<Officer>,
    /// The team leader who received: office, full name, position.
    #[serde(default)]
    pub received_by: Option<Officer>,
    /// The accompanying documents (Nos. of cargo customs declarations,
    /// DCDs, cargo documents, …).
    #[serde(default)]
    pub accompanying_documents: Vec<String>,
    /// "Тауар (көлiк құралы) өзгерiссiз жағдайда": whether the goods and
    /// vehicle are unchanged.
    #[serde(default)]
    pub goods_unchanged: Option<bool>,
    /// The seals the cargo compartments are sealed with (numbers).
    #[serde(default)]
    pub seals: Vec<String>,
    /// "Қосымша N ___ пломбалары салынды": the additional seals applied
    /// (an empty list: none, written so).
    #[serde(default)]
    pub additional_seals: Option<Vec<String>>,
    /// The two team leaders' signature blocks.
    #[serde(default)]
    pub signatures: Vec<Signature>,
    /// How many copies were drawn up.
    #[serde(default)]
    pub copies: Option<u32>,
}

/// A team leader as the act names them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Officer {
    /// The customs office's name.
    #[serde(default)]
    pub office: Option<String>,
    /// Full name.
    #[serde(default)]
    pub name: Option<String>,
    /// Position.
    #[serde(default)]
    pub position: Option<String>,
}

/// A team leader's signature block of the act (annex 3, last two lines).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The customs office's name.
    #[serde(default)]
    pub office: Option<String>,
    /// Position.
    #[serde(default)]
    pub position: Option<String>,
    /// Full name.
    #[serde(default)]
    pub name: Option<String>,
    /// Number of the personal numbered seal (ЖНМ).
    #[serde(default)]
    pub personal_seal: Option<String>,
    /// Whether signed.
    #[serde(default)]
    pub signed: bool,
    /// Whether certified with the office's stamp.
    #[serde(default)]
    pub stamped: bool,
}

/// A reload onto another vehicle after an accident or breakdown (§23).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reload {
    /// The vehicle the goods were taken from (state number).
    #[serde(default)]
    pub from_vehicle: Option<String>,
    /// The vehicle they were loaded onto (state number).
    #[serde(default)]
    pub to_vehicle: Option<String>,
    /// The act of the reload.
    #[serde(default)]
    pub act: Option<ReloadAct>,
}

/// The two-copy act of a reload (§23).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReloadAct {
    /// The reasons for the reload.
    #[serde(default)]
    pub reasons: Option<String>,
    /// The quantity and other particulars of the goods.
    #[serde(default)]
    pub goods: Option<String>,
    /// The old seal numbers.
    #[serde(default)]
    pub old_seals: Vec<String>,
    /// The new seal numbers.
    #[serde(default)]
    pub new_seals: Vec<String>,
    /// Whether the act records that sealing was impossible.
    #[serde(default)]
    pub sealing_impossible: bool,
    /// Whether the team leader signed.
    #[serde(default)]
    pub signed_by_leader: bool,
    /// Whether the carrier signed.
    #[serde(default)]
    pub signed_by_carrier: bool,
    /// How many copies were drawn up.
    #[serde(default)]
    pub copies: Option<u32>,
    /// Whether the second copy went to the destination office.
    #[serde(default)]
    pub copy_to_destination: bool,
}
