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
//! The rules and the readings chosen where the source is open are listed in
//! [`ShortDeclaration::validate`]'s module (`validate.rs`) and the README.

pub(crate) mod check;
mod copies;
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
