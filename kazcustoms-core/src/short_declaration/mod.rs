//! The short declaration (R1 §26–§33, annexes 7–8; SPEC §5): filed by the
//! carrier (or a person authorised for the goods) not later than the next
//! working day after the goods and vehicles arrive at the office, in three
//! copies; registered in the office's short-declaration journal, its
//! sequence there being its number (kind `short_declaration`).
//!
//! # JSON shape
//!
//! The document of `validate("short_declaration", …)` (every member
//! optional; a member not listed here is an input error):
//!
//! ```json
//! {
//!   "number": "15101/19106/000123",
//!   "tsw_number": "000417/19106/000058",
//!   "arrival_date": "2026-10-16",
//!   "consignor": {"name_address": "ООО «ОТЗ», Г. ОРЕНБУРГ", "country": "РОССИЯ"},
//!   "consignee": {"name_address": "ТОО «АСМ», Г. АКТОБЕ", "country": "КАЗАХСТАН"},
//!   "carrier": {"type": "organisation", "name_address": "ТОО «ЖАЙСАҢ ТРАНС», Г. АКТОБЕ"},
//!   "vehicle": {"mode": "30", "name": "VOLVO FH", "number": "777OPN56"},
//!   "transport_documents": [{"name": "CMR", "number": "0458812"}],
//!   "goods": [{"name": "ТРУБЫ СТАЛЬНЫЕ", "commodity_code": "7305319000"}],
//!   "goods_addition": {"date": "2026-10-19", "certified": true},
//!   "packages": 27,
//!   "weight_kg": 20174,
//!   "identification": {"count": 1, "numbers": ["ТП 0217"]},
//!   "invoice_value": 3160400.0,
//!   "currency": "643",
//!   "previous_document": "55201/14106/00317",
//!   "additional_information": null,
//!   "storage_place": {"name": "СВХ ТОО «АКТОБЕ-ТЕРМИНАЛ»", "location": "Г. АКТОБЕ",
//!                     "owner": "ТОО «АКТОБЕ-ТЕРМИНАЛ»", "placed": true},
//!   "storage_term": "2026-12-19",
//!   "customs_office": "Т/П «АҚТӨБЕ-ЦОТО»",
//!   "decision": "РАЗМЕСТИТЬ НА СВХ",
//!   "declarant": {"role": "carrier_representative", "name": "ТЕМИРОВ Б.К.", "date": "2026-10-19"},
//!   "officer": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "date": "2026-10-19"},
//!   "filled_by": {"1": "carrier_representative", "15": "customs_officer"}
//! }
//! ```
//!
//! * `carrier.type` is `organisation` (default; `name_address`),
//!   `natural_person` (`full_name`, `passport`, `residence`), `railway`,
//!   `air` or `vessel` (`trip_number`, `trip_date`: flight or voyage).
//! * `declarant.role` and the values of `filled_by` are
//!   `carrier_representative`, `driver` or `customs_officer`; the keys of
//!   `filled_by` are `"1"` to `"17"`.
//! * `packages` and `identification.count` are counts (a negative number
//!   is an input error); `declarant.date` is the filing date.
//!
//! # Readings
//!
//! Where the source leaves a point open, the reading an inspector would
//! defend:
//! * **In time** (§26, `SD.LATE`): "not later than the next working day
//!   after the goods and vehicles arrive". The deadline is the first working
//!   day strictly after the arrival day (Kazakhstan's working calendar:
//!   weekends, public holidays, days off moved by law or decree); a filing on
//!   any day up to and including it is in time. A filing on a day off
//!   *before* that working day (the Saturday after a Friday arrival, a
//!   holiday) is therefore in time — the carrier filed earlier than it had
//!   to; a filing on a day off *after* it is late. The filing date is the
//!   date of the declarant's signature (annex 7 footer); the arrival date is
//!   the document's `arrival_date`. Without either, `SD.LATE` is not checked
//!   (a missing signature date is `SD.DECLARANT.REQUIRED`).
//!   A filing dated before the arrival is not late (`SD.LATE` judges only
//!   lateness).
//! * **Who fills** (§31–§32, `SD.FILLED_BY`): columns 1–14 are the carrier's
//!   side, 15–17 the customs officer's. The driver fills 1–14 only "where
//!   there is no specially authorised person": once the declaration shows a
//!   carrier's representative (as the declarant, or as the filler of any of
//!   columns 1–14), a column 1–14 attributed to the driver, or a driver
//!   signing as declarant, is the wrong party. A customs officer never fills
//!   1–14 of a short declaration (unlike the DCD, §9) and never signs as
//!   declarant. Columns with no recorded filler are not checked.
//! * **Columns 1–2**: the party's name and legal address *and* its country
//!   (the column's title names both); the country is free text.
//! * **Column 3**: by the carrier's type — an organisation's name and legal
//!   address; a natural person's full name, passport data and residence; for
//!   the railway the word alone; for an airline the flight number and the
//!   aircraft's arrival date; for a vessel the voyage number and date.
//! * **Column 4**: the mode of transport and the vehicle's number; its name
//!   (make, vessel's name) is optional, a truck having none of note.
//! * **Column 5**: "the names of the documents and, where there is one, the
//!   number": each document needs its name; the number is optional.
//! * **Column 6** (`SD.6.ADDITION`): with more than three names the list goes
//!   on the reverse under the mark "addition to column 6", dated, signed and
//!   sealed by the officer; the mark without its date or without the
//!   officer's signature and seal is no mark. The commodity code is optional
//!   (§30: not required when the transport documents carry none) and is not
//!   checked for shape.
//! * **Column 9**: filled even when nothing is sealed (count `0`); with a
//!   count above zero the identifiers must be listed.
//! * **Columns 8, 10, 11**: a weight must be above zero (`SD.8.POSITIVE`),
//!   an invoice value not negative (`SD.10.NEGATIVE`, `0` for goods free of
//!   charge); the currency is an ISO 4217 code, numeric (`643`) or
//!   alphabetic (`RUB`), exactly as written (`SD.11.CURRENCY`; SPEC §13).
//! * **Column 12** (`SD.12.FORMAT`): a text not in the `dcd` pattern breaks
//!   `SD.12.FORMAT`; a DCD number in the pattern that breaks another `NUM.*`
//!   rule is reported under that rule, on column 12, as the DCD does for the
//!   numbers it quotes.
//! * **TSW number** (§29, `SD.TSW_NUMBER`): "must be written" — missing, or
//!   not a valid `tsw` number for any `NUM.*` reason, is `SD.TSW_NUMBER`, the
//!   number's own fault given in the message.
//! * **Column 14**: name, location and owner of the place, and the
//!   warehouse's mark that the goods were placed.
//! * **Columns 15–17 and §33**: the document checked is the registered one,
//!   so the officer's columns and certification (name, personal numbered
//!   seal, date: `SD.OFFICER.REQUIRED`) are required, as is the annex 7
//!   footer (name of the carrier's representative or driver and the date:
//!   `SD.DECLARANT.REQUIRED`). Column 15 is the last day of the storage term.
//! * **Its own number** (§27–§28) is given at registration; when present it
//!   must be a valid `short_declaration` number (`NUM.*` on `number`).

pub(crate) mod copies;
mod journal;
mod model;
mod validate;

pub use copies::copies;
pub(crate) use journal::{date_cell, money_cell, number_cell};
pub use journal::{journal_table, ShortDeclarationEntry};
pub use model::{
    Carrier, CarrierType, Declarant, Goods, GoodsAddition, Identification, Officer, Party,
    PartyCountry, SdColumn, ShortDeclaration, StoragePlace, TransportDocument, Vehicle,
};

impl crate::documents::Document for ShortDeclaration {
    const TITLE: [&'static str; 3] = [
        "Қысқа декларация",
        "Краткая декларация",
        "Short declaration",
    ];
    const SOURCE: &'static str = "R1 §26–§33";
    const RULES: &'static [&'static str] = &["SD."];

    fn validate(&self, context: &crate::Context) -> Result<crate::Report, crate::Error> {
        ShortDeclaration::validate(self, context)
    }

    /// Transport documents and goods.
    fn items(&self) -> usize {
        self.transport_documents
            .len()
            .saturating_add(self.goods.len())
    }
}

impl crate::documents::Register for Vec<ShortDeclarationEntry> {
    /// Each "No" a sequence, once (one year's journal).
    fn check(&self) -> Result<(), crate::Error> {
        journal::check_entries(self)
    }

    fn table(&self) -> crate::tables::Table {
        journal_table(self)
    }
}
