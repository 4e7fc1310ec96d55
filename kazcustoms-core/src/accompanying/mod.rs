//! Accompanying documents used as a DCD (R1 ch. 9, §49–§57, annexes 14–15;
//! SPEC §8): at a departure office equipped to scan them, the transport and
//! commercial documents themselves stand for the DCD, with an inventory
//! (annex 15) in two copies. Chapter 9 came into force by Order No. 74 of
//! 22 February 2010.
//!
//! The JSON shape is at [`AccompanyingDocuments`]; the lifecycle is
//! [`PreState`] (`PRE.STATE`).
//!
//! # Readings
//!
//! Where the source leaves a point open, the reading an inspector would
//! defend:
//! * **The basis** (§49) is *A ∧ (B ∨ C)*: the departure office is always
//!   equipped (A, `PRE.OFFICE.EQUIPPED`, checked against the options'
//!   `equipped_offices` when the caller gives that list), and either the
//!   documents carry the §52 particulars (B) or preliminary information was
//!   filed (C). With preliminary information given, it is the basis: its
//!   thirteen annex 14 items are checked (`PRE.<item>.REQUIRED`) with the
//!   proof of filing (`PRE.PROOF`), and the documents need not carry the
//!   §52 items. Without it, the documents' particulars are checked
//!   (`PRE.DOCS.<item>.MISSING`). With neither, `PRE.BASIS`. An incomplete
//!   set of documents is reported item by item, not also as `PRE.BASIS`.
//! * **Items 11 and 13** (documents on restrictions, planned operations)
//!   are answered by a list, empty when there are none; an absent list is
//!   an unanswered item. Item 12 (accompanying documents) is a non-empty
//!   list: the waybill at least accompanies the goods.
//! * **The commodity code** (item 7) has at least six digits, written with
//!   or without spaces and dots; any other character is `…CODE.DIGITS`.
//! * **Language** (§53): a transport or commercial sheet in a language other
//!   than Kazakh (`kk`) or Russian (`ru`) needs a translation attached; a
//!   sheet whose language is not given is not judged; other papers (permits,
//!   certificates) are outside §53's "transport and commercial documents".
//! * **Sheets** (§54–§55): numbered 1, 2, … in the order presented, the
//!   first gap reported once; certified with the personal seal from
//!   `accepted` on.
//! * **The DCD number** (§50, §55): from `accepted` on, the number the
//!   software assigned is a valid `dcd` number, and the same number is
//!   written on the documents and in the inventory's header.
//! * **The inventory** (annex 15): items 1 (waybill) and 2 (invoice) are
//!   always filled (the form's note fills the others "when such documents
//!   exist"); every row's sheets are a positive count; the total equals
//!   their sum. The undertaking names the carrier, the quantity, the date
//!   and is signed, and the representative who compiled it is named. Its
//!   delivery date is checked against the 2000 km/month rule (R1 §19,
//!   `TERM.LIMIT`, `TERM.BEFORE_START` — the notes' `INV.DEADLINE`),
//!   counted from the acceptance date, when the route distance is known
//!   (`distance_km` of the document or of the options). The acceptance
//!   entries (§55) are required from `accepted` on, stamp figure 2 with
//!   signature and personal seal (§57) from `arrived` on.
//! * Not checked from the document: the information stand (§50 ¶3), the
//!   scanning itself, and the registration in the arrivals journal (§57),
//!   which is the `arrival` kind's.

mod lifecycle;
mod model;
mod validate;

pub use lifecycle::PreState;
pub use model::{
    AccompanyingDocuments, Acceptance, Compiled, Completion, GoodsLine, Inventory, InventoryRow,
    PaperKind, Particulars, Proof, Sheet, Undertaking,
};

impl crate::documents::Document for AccompanyingDocuments {
    const TITLE: [&'static str; 3] = [
        "ЖБҚ ретінде пайдаланылатын тауарға ілеспе құжаттар",
        "Товаросопроводительные документы в качестве ДКД",
        "Accompanying documents used as a DCD",
    ];
    const SOURCE: &'static str = "R1 §49–§57";
    const RULES: &'static [&'static str] = &["PRE.", "INV."];
    const LIFECYCLE: Option<crate::lifecycle::StateMachine> =
        Some(crate::lifecycle::StateMachine::of::<PreState>());

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        validate::validate(self, context)
    }

    fn items(&self) -> usize {
        let goods = |p: &Option<Particulars>| p.as_ref().map_or(0, |p| p.goods.len());
        let rows = self.inventory.as_ref().map_or(0, |i| i.rows.len());
        self.sheets
            .len()
            .saturating_add(rows)
            .saturating_add(goods(&self.documents))
            .saturating_add(goods(&self.preliminary))
    }
}
