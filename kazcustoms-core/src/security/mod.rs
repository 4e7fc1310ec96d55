//! The security document — ҚРҚ / ДПОУ, the document confirming security of
//! payment of customs payments and taxes (R3 §1–§18, annexes 1–2; SPEC
//! §11): drawn up by the payer in two copies for one consignment moved
//! under internal transit, registered by the office only once the security
//! is provided, numbered from the office's security-document journal (kind
//! `security`), presented at departure, and closed by a conclusion on use
//! that is the basis for returning or offsetting the security.
//!
//! # JSON shape
//!
//! The document of `validate("security", …)` (every member optional; a
//! member not listed is an input error):
//!
//! ```json
//! {
//!   "number": "62001/12106/00088",
//!   "state": "issued",
//!   "office": {"name": "Т/П «ЖАЙСАҢ»", "code": "62001"},
//!   "application": {"date": "2026-10-09", "purpose": "ВТТ ДО Т/П «АҚТӨБЕ-ЦОТО»", "registration_card": true},
//!   "participant": {"name": "ТОО «АСМ»", "details": "Г. АКТОБЕ, УЛ. ЖАНКОЖА БАТЫРА 1", "resident": true},
//!   "tax_number": "061800012345",
//!   "contract": "17/2026",
//!   "recipient": "ТОО «АСМ»",
//!   "carrier": "ТОО «ЖАЙСАҢ ТРАНС»",
//!   "total_invoice_value": 52000.0,
//!   "currency": "USD",
//!   "goods": [{"name": "ТРУБЫ", "commodity_code": "7305319000", "invoice_value_kzt": 24960000.0,
//!              "weight_kg": 20174.0, "payment_type": "ПОШЛИНА", "rate": "5%", "amount": 1248000.0}],
//!   "total": 1248000.0,
//!   "security_type": "7.2",
//!   "security_document": "БГ-0042/2026",
//!   "purpose": "ВТТ ДО Т/П «АҚТӨБЕ-ЦОТО»",
//!   "provided": {"date": "2026-10-09"},
//!   "copies": 2,
//!   "payer_signatures": {"head": true, "accountant": true, "sealed": true},
//!   "certified": {"name": "СЕРІКОВ Н.А.", "personal_seal": "0412", "signed": true},
//!   "approved": {"name": "ӘБДІРОВ Қ.С.", "deputy": false, "signed": true, "emblem_seal": true},
//!   "journal": {"number": 88, "payer": "ТОО «АСМ»", "tax_number": "061800012345", "contract": "17/2026",
//!               "invoice_value": 24960000.0, "security_amount": 1300000.0, "security_type": "7.2"},
//!   "departure": [{"dcd_number": "62001/13106/00317", "weight_kg": 20174.0, "invoice_value": 52000.0,
//!                  "currency": "840", "delivery_date": "2026-10-20",
//!                  "officer": {"personal_seal": "0311", "signed": true}}],
//!   "conclusion": {"certificate_number": "0042", "text": "ПАЙДАЛАНЫЛДЫ", "officer": {"personal_seal": "0412", "signed": true}},
//!   "return_application": {"kind": "return", "date": "2026-10-25", "office": {"code": "62001"}, "original_attached": true}
//! }
//! ```
//!
//! * `state` is one of the lifecycle's ([`SecurityState`]); what the
//!   document must carry grows with it: from `registered` the number, the
//!   certifications of §8–§9, the provided security and the journal row;
//!   from `presented_at_departure` the reverse side; from
//!   `delivery_confirmed` the certificate number of the conclusion; from
//!   `conclusion_entered` the conclusion's text, seal and signature and
//!   the return or offset application. A mark of a later state is
//!   `SEC.STATE`.
//! * `journal` is the document's row of annex 2 ([`SecurityEntry`]), as in
//!   the journal `security_documents`.
//!
//! # Readings
//!
//! Where the source leaves a point open, the reading an inspector would
//! defend:
//! * **The security amount** (`SEC.AMOUNT`): the form has no amount field;
//!   the amount is the journal's column 8 ("security amount, tenge"), so it
//!   is read from the document's journal row and must be at least the total
//!   of the pre-calculated payments, the sum of the item 8 amounts (exact in
//!   hundredths). A derived rule, as the notes say.
//! * **Item 6** is in the contract currency and is not compared with the
//!   table, whose invoice values are in tenge; journal column 7 (tenge) is
//!   compared with the table's sum.
//! * **Item 8**: every column of a row is required (name, commodity code,
//!   invoice value, weight, payment type, rate, amount); rows are numbered
//!   by their place. A value outside its range (an amount outside 0 to
//!   10^13, a weight not above 0 or above 10^9 kg; [`crate::quantity`]) is
//!   `SEC.8.RANGE` and takes no part in the sums; item 6 is `SEC.6.RANGE`,
//!   the journal's column 8 `SEC.AMOUNT.RANGE`, the reverse's weight and
//!   value `SEC.REVERSE.RANGE`. The total must equal the sum in hundredths.
//! * **Item 9** (`SEC.TYPE`): "strike out as appropriate" leaves one type;
//!   the value is exactly one label `7.1`–`7.4` (as the form numbers them
//!   under item 9) or its name (`pledge`, `bank_guarantee`, `deposit`,
//!   `insurance`); anything else, two labels included, is `SEC.TYPE`.
//! * **§7 signatures** (`SEC.PAYER.SIGNED`): the text names the head and the
//!   *accountant* (not the chief accountant) and the seal; all three.
//! * **§8–§9** (`SEC.OFFICER.CERTIFIED`, `SEC.HEAD.SIGNED`): the two
//!   "Тексерiлдi" lines of the form are the department officer of §8
//!   (name, personal numbered seal, signature) and the head of the office
//!   or the person replacing the head (§9: name, signature, emblem seal).
//! * **§4** (`SEC.NOT_PROVIDED`): registered only after the security is
//!   provided — the date it was provided is required from `registered` on
//!   and may not be after the registration date (the date of the number).
//! * **§6** (`SEC.CARD`): only a participant marked `resident` needs the
//!   registration card copy.
//! * **§10** (`SEC.JOURNAL`): a registered document has a number and a
//!   journal row whose No is the number's sequence and whose columns 2, 4,
//!   5, 7 and 9 are the form's (payer = item 1's name, trimmed texts, amounts
//!   in hundredths, the type by its label or name).
//! * **The registering office** (`SEC.OFFICE`, new): its code, where given,
//!   is the office code of the number (§11).
//! * **§3** (`SEC.CONSIGNMENT`): the reverse may show one DCD; two different
//!   DCD numbers on it are two consignments. A reverse DCD No that is not
//!   in the `dcd` pattern is `SEC.REVERSE.DCD_MATCH` (another `NUM.*` fault
//!   under its own rule).
//! * **§16–§18**: the application is filed with the office whose code is in
//!   the number (`SEC.RETURN.OFFICE`; by name only against the registering
//!   office's name), with the original (`SEC.RETURN.ORIGINAL`; a document
//!   in `conclusion_entered` or later without an application is this rule);
//!   the conclusion carries the delivery certificate No (`SEC.RETURN.CONCLUSION`).
//!   The return or offset asked for must be the final state reached.
//! * **The lifecycle** adds to SPEC's the two states the notes ask for,
//!   `registered` (§10) and `conclusion_entered` (§18); see [`SecurityState`].
//! * **Cross-document** (`SEC.LINK.*`, new): the caller passes related
//!   documents in the option `security_documents`
//!   ([`crate::Context::security_documents`]); a DCD citing one in column 44
//!   (7C) and a delivery certificate naming one are checked against it. The
//!   related document is the one given with the number cited; when none has
//!   it and exactly one was given, that one is compared group by group
//!   (sequence `SEC.LINK.NUMBER`, date `SEC.LINK.DATE`, office
//!   `SEC.LINK.OFFICE`); the DCD's column 22 must be covered by item 6 in
//!   the same currency, or by the item 8 tenge values when it is in tenge
//!   (`SEC.LINK.AMOUNT`; another currency is not compared).

mod journal;
pub(crate) mod link;
mod lifecycle;
mod model;
mod validate;

pub use journal::journal_table;
pub use lifecycle::SecurityState;
pub use model::{
    Application, Approval, Conclusion, DepartureRecord, GoodsRow, Officer, PayerSignatures,
    Participant, Provided, ReturnApplication, ReturnKind, SecurityDocument, SecurityEntry,
    SecurityType,
};

impl crate::documents::Document for SecurityDocument {
    const TITLE: [&'static str; 3] = [
        "Кеден төлемдері мен салықтарының төленуінің қамтамасыз етілгендігін растайтын құжат",
        "Документ, подтверждающий обеспечение уплаты таможенных платежей и налогов",
        "Security document",
    ];
    const SOURCE: &'static str = "R3 §1–§18";
    const RULES: &'static [&'static str] = &["SEC."];
    const LIFECYCLE: Option<crate::lifecycle::StateMachine> =
        Some(crate::lifecycle::StateMachine::of::<SecurityState>());

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        SecurityDocument::validate(self, context)
    }

    /// Goods rows and reverse-side rows.
    fn items(&self) -> usize {
        self.rows()
    }
}

impl crate::documents::Register for Vec<SecurityEntry> {
    /// Each "No" a sequence, once; each DCD once; marks that fit a state.
    fn check(&self) -> Result<(), crate::Error> {
        journal::check_entries(self)
    }

    fn table(&self) -> crate::tables::Table {
        journal_table(self)
    }
}
