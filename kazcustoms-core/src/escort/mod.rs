//! Customs escort of goods and vehicles (R2 §1–§29, annexes 1–4; SPEC §10):
//! the decision on escort (annex 1), the plan-task for the customs team
//! (annex 2), the acceptance-transfer acts (annex 3), the reloading acts
//! (§23), their one shared number (§15-1, kind `escort`) and the escort
//! journal (annex 4).
//!
//! One document kind, `escort`, holds the decision and the documents drawn
//! up under it: they carry one number (§15-1), are registered as one
//! journal entry (§15), and the checks that matter are between them (the
//! plan-task's period against the payment and the DCD deadline, a team
//! change's act and new decision, the final act against the state). As
//! separate kinds each would need the others to be checked.
//!
//! # JSON shape
//!
//! The document of `validate("escort", …)` (every member optional; a
//! member not listed is an input error):
//!
//! ```json
//! {
//!   "state": "under_way",
//!   "decision": {
//!     "number": "0012-50101-05116", "date": "2026-11-05", "place": "Т/П «ЖАЙСАҢ»",
//!     "route": "ЖАЙСАҢ – АҚТӨБЕ", "grounds": "ПОДАКЦИЗНЫЕ ТОВАРЫ",
//!     "carrier_record": false, "vehicle_equipped": true, "approval_certificate": true,
//!     "bank_guarantee": false, "deposit": false,
//!     "from_office": {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"},
//!     "to_office": {"name": "Т/П «АҚТӨБЕ-ЦОТО»", "code": "15101"},
//!     "fee": {"rate_mrp": 10, "amount_tenge": 43250},
//!     "head": {"name": "САРИЕВ К.Т.", "role": "head", "office": "55201", "sealed": true},
//!     "acknowledgement": {"name": "ТЕМИРОВ Б.К.", "signed": true, "date": "2026-11-05"},
//!     "paid_on": "2026-11-05",
//!     "payment_document": {"number": "000417", "date": "2026-11-05"},
//!     "inspector": {"rank": "...", "position": "...", "name": "...", "signed": true, "personal_seal": "0217"}
//!   },
//!   "convoy": [{"number": "777OPN56", "make": "VOLVO FH", "goods": "ТРУБЫ", "volume": "20 Т",
//!               "dangerous": false, "team_aboard": true}],
//!   "tir": {"carnet": "XA12345678", "payments_exceed_guarantee": true},
//!   "dcd": {"number": "55201/05116/00317", "deadline": "2026-11-09"},
//!   "documents": {"travel_certificate": true, "inspection_method": true, "fee_invoice": true},
//!   "plan_task": {
//!     "approved": {"name": "...", "date": "2026-11-05"}, "number": "0012-50101-05116",
//!     "teams": [{"office": "departure", "leader": "...", "members": ["..."], "reinforced": false,
//!                "escort_vehicle": null, "agreed_at": "2026-11-05T10:00", "arrived_at": null}],
//!     "weapons": ["ПМ № 1234"], "period": {"from": "2026-11-06", "to": "2026-11-07"},
//!     "route": "...", "trip_assignment": "...", "documents": ["55201/05116/00317"],
//!     "subdivision_head": "..."
//!   },
//!   "handovers": [{"point": {"name": "СВХ ...", "approved": true}, "act": {…},
//!                  "new_decision": {"number": "0013-50101-06116", "date": "2026-11-06"}}],
//!   "final_act": {"number": "...", "settlement": "...", "date": "...", "state_number": "...",
//!                 "vehicles": "...", "goods": "...",
//!                 "handed_over_by": {"office": "...", "name": "...", "position": "..."},
//!                 "received_by": {"office": "...", "name": "...", "position": "..."},
//!                 "accompanying_documents": ["..."], "goods_unchanged": true,
//!                 "seals": ["..."], "additional_seals": [],
//!                 "signatures": [{"office": "...", "position": "...", "name": "...",
//!                                 "personal_seal": "0217", "signed": true, "stamped": false}, …],
//!                 "copies": 2},
//!   "reloads": [{"from_vehicle": "...", "to_vehicle": "...",
//!                "act": {"reasons": "...", "goods": "...", "old_seals": ["..."], "new_seals": ["..."],
//!                        "sealing_impossible": false, "signed_by_leader": true,
//!                        "signed_by_carrier": true, "copies": 2, "copy_to_destination": true}}]
//! }
//! ```
//!
//! * `state` is `decided` (default), `fee_paid`, `under_way`, `handed_over`
//!   or `completed` ([`EscortState`]); `decision.head.role` is `head`,
//!   `acting_head` or `other`; a team's `office` is `departure` or
//!   `destination`; `agreed_at` / `arrived_at` are `YYYY-MM-DDTHH:MM`.
//! * The fee's `rate_mrp` and `amount_tenge` are whole numbers (a negative
//!   or fractional one is an input error).
//!
//! # Readings
//!
//! Where R2 leaves a point open, the reading an inspector would defend:
//! * **Fee** (§13, `ESC.FEE.AMOUNT`): the rate is the one written on the
//!   decision (R2 gives none); the amount is rate × the МРП for fees in
//!   force on the decision date ([`crate::reference::escort_fee`]), not the
//!   year's first value. A decision date the МРП table does not cover is an
//!   input error (the amount cannot be checked); a rate of 0 is a violation.
//! * **Payment** (§11–§12): paid on or after the decision date and on or
//!   before the plan-task's first working day (`ESC.FEE.TIMING`); a state
//!   from `fee_paid` on with no payment date is `ESC.FEE.UNPAID`.
//! * **Signer** (§9): the head or acting head (`role`), of an office (its
//!   code) that is the decision's from or to office when both codes are
//!   given.
//! * **Carrier's acknowledgement** (§7): required once the fee is paid.
//! * **TIR grounds** (§6): ground (1) is the decision's "established 3"
//!   answered "бар" (`carrier_record: true`); ground (2) is
//!   `tir.payments_exceed_guarantee` ("the established guarantee amount",
//!   not "per carnet", notes §5).
//! * **Term** (§10, `ESC.TERM`): the escort must end — the plan-task's last
//!   working day, and the act at destination — on or before the DCD's
//!   column 50 deadline.
//! * **Teams** (§22): a convoy of n motor vehicles needs ⌈n/10⌉ teams
//!   ([`teams_needed`], the library's reading of the cap of 10 vehicles per
//!   team); `ESC.TEAM.POSITIONS` (a warning) when the first or the last
//!   vehicle has no team member aboard, unless every team rides its own
//!   escorting vehicle.
//! * **Dangerous goods** (§24): every team reinforced and riding its own
//!   escorting vehicle — not one of the convoy and not aboard a vehicle with
//!   dangerous goods. R2 fixes no headcount, so "reinforced" is the
//!   plan-task's word, not a count.
//! * **Destination team** (§28): at most 24 hours from `agreed_at` to
//!   `arrived_at`.
//! * **Number** (§15-1): the plan-task and every acceptance-transfer act
//!   carry the decision's number; a team change's new decision has one of
//!   its own. Decisions dated before 20 May 2005 (before §15-1) are not
//!   checked against the pattern.
//! * **Acts** (§16, annex 3): every field, two copies, two signatures each
//!   certified by a stamp or a personal seal; an empty list of additional
//!   seals means "none applied" and is a filled field. The §16 defect
//!   (roles swapped in its last sentence) does not matter here: the act
//!   names who handed over and who received.
//! * **Lifecycle** (`ESC.STATE`): `decided → fee_paid → under_way`, then
//!   `under_way → handed_over → under_way` for each team change and
//!   `under_way` or `handed_over` → `completed`; records that do not fit
//!   the state (a hand-over or reload before the escort is under way, a
//!   final act before it is completed) are `ESC.STATE` in the report.
//! * **Documents** (§14, `ESC.DOCS`): the DCD always; the travel
//!   certificate, inspection method and fee invoice once under way.

mod journal;
mod lifecycle;
mod model;
mod validate;

pub use journal::{escort_journal_table, EscortEntry};
pub use lifecycle::EscortState;
pub use model::{
    AcceptanceAct, Acknowledgement, Approval, CarriedDocuments, DcdReference, Decision,
    EscortDocument, EscortedVehicle, Fee, Handover, Head, Inspector, NewDecision, Officer,
    PaymentDocument, Period, PlanTask, Reload, ReloadAct, Signature, SignerRole, Team, TeamOffice,
    TirCarriage, TransferPoint,
};
pub use validate::teams_needed;

impl crate::documents::Document for EscortDocument {
    const TITLE: [&'static str; 3] = [
        "Кедендік алып жүру",
        "Таможенное сопровождение",
        "Customs escort",
    ];
    const SOURCE: &'static str = "R2 §1–§29";
    const RULES: &'static [&'static str] = &["ESC."];
    const LIFECYCLE: Option<crate::lifecycle::StateMachine> =
        Some(crate::lifecycle::StateMachine::of::<EscortState>());

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        EscortDocument::validate(self, context)
    }

    /// Vehicles, teams, hand-overs and reloads.
    fn items(&self) -> usize {
        let teams = self.plan_task.as_ref().map_or(0, |p| p.teams.len());
        self.convoy
            .len()
            .saturating_add(teams)
            .saturating_add(self.handovers.len())
            .saturating_add(self.reloads.len())
    }
}

impl crate::documents::Register for Vec<EscortEntry> {
    /// Each "No" once a year, each escort number once and fitting its
    /// entry, a signature only with a leader.
    fn check(&self) -> Result<(), crate::Error> {
        journal::check_entries(self)
    }

    fn table(&self) -> crate::tables::Table {
        escort_journal_table(self)
    }
}
