//! The registry of document kinds: every document the library reads is
//! listed once, in [`registry!`](crate::documents) below, and everything a
//! caller or a binding enumerates is derived from that list: the
//! [`DocumentKind`] names, the dispatch of [`validate`], the JSON Schemas,
//! the column tables, the lifecycles and the journals that can be exported.
//!
//! Adding a document kind is its module (a type implementing [`Document`]),
//! one line here, its rules in [`crate::rules`] and its vectors
//! (`docs/adding-a-document.md`).
//!
//! A document is read by a [`DocumentReader`]: [`JsonReader`] for JSON text
//! (C, Rust), or a binding's own reader over its native values (the Python
//! binding reads a `dict` directly, with [`crate::json::read_document`]).
//! Either way a document that cannot be read is `InvalidDocument` with the
//! path of the offending field, and a document that is read gets a report
//! of every violation.

use serde::de::DeserializeOwned;

use crate::columns::Column;
use crate::context::Context;
use crate::error::{Error, Input};
use crate::json::read_json_at;
pub use crate::json::{DocumentReader, JsonReader};
use crate::lifecycle::StateMachine;
use crate::limits::Limits;
use crate::report::Report;
use crate::shape::Shape;
use crate::tables::{CsvOptions, Table, TableFormat};
use crate::text::{Lang, Text};
use std::sync::OnceLock;

/// The object-safe part of [`Document`]: what a [`ReadDocument`] holds.
trait CheckDocument {
    fn check(&self, context: &Context) -> Result<Report, Error>;
}

impl<T: Document> CheckDocument for T {
    fn check(&self, context: &Context) -> Result<Report, Error> {
        self.validate(context)
    }
}

/// What every document kind of the registry provides.
///
/// The trait's constants describe the kind (for the bindings, the generated
/// docs and the stubs); `validate` is its check.
pub trait Document: schemars::JsonSchema {
    /// The kind's title in Kazakh, Russian and English.
    const TITLE: [&'static str; 3];
    /// Where its rules come from, e.g. `R1 §8–§9`.
    const SOURCE: &'static str;
    /// The prefixes of the rule ids it reports as its own (e.g. `DCD.`);
    /// `docs/rules.md` lists each rule under the kind it belongs to.
    const RULES: &'static [&'static str];
    /// Its lifecycle, if it has one.
    const LIFECYCLE: Option<StateMachine> = None;

    /// Every violation of the document, with `context`.
    ///
    /// # Errors
    ///
    /// An input error found while checking (e.g. a bad distance in the
    /// document).
    fn validate(&self, context: &Context) -> Result<Report, Error>;

    /// How many repeated entries the document holds (goods items, sheets,
    /// goods of a list), counted against the `items` limit
    /// ([`crate::limits::Limits::items`]) before it is checked.
    fn items(&self) -> usize;

    /// Its column table, if the form has numbered columns the library
    /// describes.
    fn columns() -> Option<Vec<Column>> {
        None
    }
}

/// A journal (register) the library can export as a table: its entries as
/// the journal's Rust type serializes them, their check against each other,
/// and the table they make.
pub trait Register: DeserializeOwned + serde::Serialize {
    /// Verifies the entries read back against each other and against
    /// themselves, as the library keeps them (numbers each once, marks
    /// that fit a state, …): entries a caller saved and passes back are
    /// checked as a saved state is.
    ///
    /// # Errors
    ///
    /// `InvalidDocument` (input `entries`) at the first inconsistent
    /// entry's member, e.g. `entries[3].number`.
    fn check(&self) -> Result<(), Error>;

    /// The entries as the annex's table (its title and headers in three
    /// languages, a row per entry).
    fn table(&self) -> Table;
}

macro_rules! registry {
    (
        documents {
            $( $(#[$dmeta:meta])* $kind:ident = $kname:literal => $dty:ty, )*
        }
        journals {
            $( $(#[$jmeta:meta])* $journal:ident = $jname:literal => $jty:ty, of $owner:ident, )*
        }
    ) => {
        crate::named_enum! {
            /// The document kinds that can be validated.
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum DocumentKind: "kind", ["құжат түрі", "вид документа", "document kind"] {
                $( $(#[$dmeta])* $kind = $kname, )*
            }
        }

        crate::named_enum! {
            /// The journals (registers) that can be exported as tables.
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum JournalKind: "journal", ["журнал", "журнал", "journal"] {
                $( $(#[$jmeta])* $journal = $jname, )*
            }
        }

        /// A document read by [`DocumentKind::read`] and not yet checked.
        /// It is `Send` and `Sync`, so it can be checked on other threads; it may
        /// borrow from the text it was read from (`'a`: a DCD's strings
        /// without escapes), and owns its data when its reader copies
        /// (`ReadDocument<'static>`, e.g. a Python dict read with the GIL).
        pub struct ReadDocument<'a> {
            kind: DocumentKind,
            document: Box<dyn CheckDocument + Send + Sync + 'a>,
        }

        impl std::fmt::Debug for ReadDocument<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct("ReadDocument").field("kind", &self.kind).finish_non_exhaustive()
            }
        }

        impl ReadDocument<'_> {
            /// The kind of the document.
            pub const fn kind(&self) -> DocumentKind {
                self.kind
            }

            /// Every violation of the document, with `context`, the report
            /// cut at its `violations` limit, as [`DocumentKind::validate`]
            /// gives it.
            ///
            /// # Errors
            ///
            /// An input error found while checking (e.g. a bad distance in
            /// the document).
            pub fn validate(&self, context: &Context) -> Result<Report, Error> {
                let report = self.document.check(context)?;
                Ok(report.cut(context.limits.violations))
            }
        }

        impl DocumentKind {
            /// The kind's title in Kazakh, Russian and English.
            pub fn title(self) -> Text {
                let [kk, ru, en] = match self { $(DocumentKind::$kind => <$dty as Document>::TITLE,)* };
                Text::new(kk, ru, en)
            }

            /// Where its rules come from, e.g. `R1 §8–§9`.
            pub const fn source(self) -> &'static str {
                match self { $(DocumentKind::$kind => <$dty as Document>::SOURCE,)* }
            }

            /// The prefixes of the rule ids it reports as its own.
            pub const fn rules(self) -> &'static [&'static str] {
                match self { $(DocumentKind::$kind => <$dty as Document>::RULES,)* }
            }

            /// Its lifecycle, if it has one.
            pub const fn lifecycle(self) -> Option<StateMachine> {
                match self { $(DocumentKind::$kind => <$dty as Document>::LIFECYCLE,)* }
            }

            /// Validates a document of this kind read by `reader`.
            ///
            /// # Errors
            ///
            /// As [`validate`].
            pub fn validate<'de>(self, reader: impl DocumentReader<'de>, context: &Context) -> Result<Report, Error> {
                self.read(reader, &context.limits)?.validate(context)
            }

            /// Reads a document of this kind with `reader`, within
            /// `limits`, without checking it: [`ReadDocument::validate`]
            /// checks it later, on any thread (a binding reads its native
            /// values where it must, e.g. a Python dict with the GIL held,
            /// and checks the document without). Reading then validating
            /// is exactly [`DocumentKind::validate`].
            ///
            /// # Errors
            ///
            /// `InvalidDocument` (with the path) when the document cannot
            /// be read as a document of this kind, or holds more entries
            /// than the `items` limit.
            ///
            /// ```
            /// use kazcustoms_core::documents::{DocumentKind, JsonReader};
            /// use kazcustoms_core::Context;
            /// let context = Context::default();
            /// let read = DocumentKind::Dcd.read(JsonReader::new(r#"{"sheets": []}"#), &context.limits).unwrap();
            /// assert_eq!(read.kind(), DocumentKind::Dcd);
            /// let report = std::thread::spawn(move || read.validate(&Context::default())).join().unwrap().unwrap();
            /// assert!(report.rule_ids().contains(&"DCD.7.REQUIRED"));
            /// ```
            pub fn read<'de>(self, reader: impl DocumentReader<'de>, limits: &Limits) -> Result<ReadDocument<'de>, Error> {
                let document: Box<dyn CheckDocument + Send + Sync + 'de> = match self {
                    $(DocumentKind::$kind => {
                        let document = reader.read_shaped::<$dty>(limits, &|| self.shape())?;
                        limits.check_items(Document::items(&document))?;
                        Box::new(document)
                    })*
                };
                Ok(ReadDocument { kind: self, document })
            }

            /// The JSON Schema of the document, generated from its Rust type.
            pub fn schema(self) -> serde_json::Value {
                let schema = match self { $(DocumentKind::$kind => schemars::schema_for!($dty),)* };
                schema.to_value()
            }

            /// Its JSON Schema compiled for listing every field of a document
            /// that cannot be read ([`crate::shape`]): compiled on first use,
            /// once per kind. `None` only if the schema had a keyword the
            /// shape check does not know (a test compiles every kind's).
            pub fn shape(self) -> Option<&'static Shape> {
                match self {
                    $(DocumentKind::$kind => {
                        static SHAPE: OnceLock<Option<Shape>> = OnceLock::new();
                        SHAPE.get_or_init(|| Shape::compile(&self.schema()).ok()).as_ref()
                    })*
                }
            }

            /// Its column table, if it has one.
            pub fn columns(self) -> Option<Vec<Column>> {
                match self { $(DocumentKind::$kind => <$dty as Document>::columns(),)* }
            }

            /// The journals of this kind that can be exported.
            pub fn journals(self) -> impl Iterator<Item = JournalKind> {
                JournalKind::ALL.iter().copied().filter(move |j| j.document() == self)
            }
        }

        impl JournalKind {
            /// The document kind the journal belongs to.
            pub const fn document(self) -> DocumentKind {
                match self { $(JournalKind::$journal => DocumentKind::$owner,)* }
            }

            /// The entries of the journal given as JSON, read, checked with
            /// [`Register::check`] and written back as the library writes
            /// them (members in order, absent optional members written as
            /// `null`): what a caller saves, verified and in one form.
            ///
            /// # Errors
            ///
            /// `InvalidDocument` (input `entries`) with the path of the
            /// offending field: for entries that cannot be read (a key
            /// repeated in an entry included), and for entries that
            /// [`Register::check`] finds inconsistent.
            ///
            /// ```
            /// use kazcustoms_core::documents::JournalKind;
            /// let saved = JournalKind::Arrivals.entries_json("[]").unwrap();
            /// assert_eq!(saved, "[]");
            /// let twice = r#"[{"number": 7}, {"number": 7}]"#;
            /// assert!(JournalKind::ShortDeclarations.entries_json(twice).is_err());
            /// ```
            pub fn entries_json(self, entries: &str) -> Result<String, Error> {
                Ok(match self {
                    $(JournalKind::$journal => {
                        let entries = read_json_at::<$jty>(entries, Input::Entries)?;
                        Register::check(&entries)?;
                        // Serializing the entries' plain data cannot fail.
                        serde_json::to_string(&entries).unwrap_or_default()
                    })*
                })
            }

            /// The table of the journal whose entries are given as JSON (an
            /// array of entries, as the journal's Rust type serializes them).
            ///
            /// # Errors
            ///
            /// As [`entries_json`](Self::entries_json).
            ///
            /// ```
            /// use kazcustoms_core::documents::JournalKind;
            /// let twice = r#"[{"number": 7}, {"number": 7}]"#;
            /// let err = JournalKind::ShortDeclarations.table_from_json(twice).unwrap_err();
            /// assert_eq!(err.path(), Some("entries[1].number"));
            /// ```
            pub fn table_from_json(self, entries: &str) -> Result<Table, Error> {
                Ok(match self {
                    $(JournalKind::$journal => {
                        let entries = read_json_at::<$jty>(entries, Input::Entries)?;
                        Register::check(&entries)?;
                        entries.table()
                    })*
                })
            }
        }
    };
}

registry! {
    documents {
        /// `dcd`: the delivery control document.
        Dcd = "dcd" => crate::dcd::Dcd<'_>,
        /// `guarantee_application`: an application for registering a guarantee
        /// obligation with the facts of the decision (R1 §11–§16); the report
        /// is the decision check.
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let app = r#"{"recipient": {"name": "ТОО «АЛМА»"}, "destination_office": "50101",
        ///   "application_date": "2026-02-02", "attachments": {"filled_forms": 2, "registration_card": true},
        ///   "facts": {"registration_card": true, "own_warehouse": true, "debt_at_check": true},
        ///   "decision": {"date": "2026-02-04"}}"#;
        /// assert_eq!(validate_json("guarantee_application", app, "").unwrap().rule_ids(), ["GO.REFUSE.DEBT"]);
        /// ```
        GuaranteeApplication = "guarantee_application" => crate::guarantee::Application,
        /// `guarantee`: a guarantee obligation (annex 6) with its state (R1 §17–§25).
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"number": "0001/501/04026/0001", "destination_office": "50101",
        ///   "valid_until": "2026-03-05", "carriage": {"distance_km": 2000}}"#;
        /// let report = validate_json("guarantee", doc, r#"{"reference": "2026-02-10"}"#).unwrap();
        /// assert_eq!(report.rule_ids(), ["TERM.LIMIT"]);
        /// ```
        Guarantee = "guarantee" => crate::guarantee::GuaranteeDocument,
        /// `short_declaration`: the short declaration (R1 §26–§33); its JSON
        /// shape is in [`crate::short_declaration`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"previous_document": "55201/14106/0317", "goods": [{"name": "ТРУБЫ"}]}"#;
        /// let report = validate_json("short_declaration", doc, r#"{"reference": "2026-11-22"}"#).unwrap();
        /// assert!(report.rule_ids().contains(&"SD.12.FORMAT"));
        /// assert!(!report.rule_ids().contains(&"SD.6.REQUIRED"));
        /// let err = validate_json("short_declaration", r#"{"packages": -1}"#, "").unwrap_err();
        /// assert!(err.to_string().contains("document.packages"));
        /// ```
        ShortDeclaration = "short_declaration" => crate::short_declaration::ShortDeclaration,
        /// `arrival`: registering the arrival of goods under a DCD (R1
        /// §34–§35); its JSON shape is in [`crate::arrival`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"dcd": {"reference_number": "55201/14106/00317",
        ///                       "principal": {"deadline": "2026-10-16"}},
        ///              "state": "arrived",
        ///              "arrival": {"date": "2026-10-16",
        ///                          "declaration": {"kind": "cargo_customs_declaration", "number": "15101/161026/0001234"},
        ///                          "officer": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311"}}}"#;
        /// let report = validate_json("arrival", doc, r#"{"reference": "2026-11-22"}"#).unwrap();
        /// assert_eq!(report.rule_ids(), ["DCD.STATE"]);
        /// ```
        Arrival = "arrival" => crate::arrival::ArrivalDocument<'_>,
        /// `delivery_certificate`: the certificate confirming delivery (R1
        /// annex 10); its JSON shape is at [`crate::arrival::DeliveryCertificate`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"date": "2026-10-19", "number": "0042",
        ///              "destination_office": {"name": "Т/П «АҚТӨБЕ-ЦОТО»"},
        ///              "dcd_number": "55201/14106/00317",
        ///              "security": {"number": "55201/13106/00088", "date": "2026-10-14",
        ///                           "office": {"name": "Т/П «ЖАЙСАҢ»"}},
        ///              "official": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "signed": true},
        ///              "sealed": true}"#;
        /// let report = validate_json("delivery_certificate", doc, r#"{"reference": "2026-11-22"}"#).unwrap();
        /// assert_eq!(report.rule_ids(), ["CERT.SECURITY.DATE"]);
        /// ```
        DeliveryCertificate = "delivery_certificate" => crate::arrival::DeliveryCertificate,
        /// `accompanying_documents`: transport and commercial documents used
        /// as a DCD, with their inventory (R1 §49–§57, annexes 14–15); its
        /// JSON shape is at [`crate::accompanying::AccompanyingDocuments`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let report = validate_json("accompanying_documents", "{}", "").unwrap();
        /// assert_eq!(report.rule_ids(), ["PRE.BASIS", "INV.REQUIRED"]);
        /// let opts = r#"{"equipped_offices": ["55201"]}"#;
        /// let doc = r#"{"departure_office": "62001"}"#;
        /// let report = validate_json("accompanying_documents", doc, opts).unwrap();
        /// assert!(report.rule_ids().contains(&"PRE.OFFICE.EQUIPPED"));
        /// ```
        AccompanyingDocuments = "accompanying_documents" => crate::accompanying::AccompanyingDocuments,
        /// `tir_carnet`: a TIR carnet used as a DCD (R1 §58–§70); its JSON
        /// shape is in [`crate::tir`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"number": "XE 63745213", "state": "presented",
        ///   "documents": {"carnet": true, "approval_certificate": true, "transport_documents": true},
        ///   "cover": {"2": "-", "3": "-", "4": "-", "5": "-", "6": "-", "7": "-", "8": "-", "9": "-",
        ///             "10": "-", "11": "-", "12": "-", "13": "-", "14": "-", "15": "-", "yellow_sheet": true},
        ///   "sets": [{"white": {}, "green": {}}]}"#;
        /// let report = validate_json("tir_carnet", doc, "").unwrap();
        /// assert_eq!(report.rule_ids(), ["TIR.NUMBER.FORMAT"]);
        /// ```
        TirCarnet = "tir_carnet" => crate::tir::TirCarnet,
        /// `tir_delivery_certificate`: the certificate confirming delivery
        /// under a TIR carnet (R1 annex 16); its JSON shape is at
        /// [`crate::tir::TirDeliveryCertificate`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"date": "2026-10-19", "number": "0043",
        ///              "destination_office": {"name": "Т/П «АҚТӨБЕ-ЦОТО»"},
        ///              "carnet_number": "XE63745213",
        ///              "security": {"number": "55201/13106/00088", "date": "2026-10-13",
        ///                           "office": {"name": "Т/П «ЖАЙСАҢ»"}},
        ///              "official": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311"}}"#;
        /// let report = validate_json("tir_delivery_certificate", doc, r#"{"reference": "2026-11-22"}"#).unwrap();
        /// assert_eq!(report.rule_ids(), ["TIR.CERT.OFFICIAL.REQUIRED"]);
        /// ```
        TirDeliveryCertificate = "tir_delivery_certificate" => crate::tir::TirDeliveryCertificate,
        /// `escort`: a customs escort (R2): the decision, the plan-task, the
        /// acceptance-transfer and reloading acts and the escort's state; its
        /// JSON shape is in [`crate::escort`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"decision": {"date": "2026-11-05", "fee": {"rate_mrp": 10, "amount_tenge": 40000}}}"#;
        /// let report = validate_json("escort", doc, r#"{"reference": "2026-11-22"}"#).unwrap();
        /// let fee = report.violations().iter().find(|v| v.rule.id() == "ESC.FEE.AMOUNT").unwrap();
        /// assert!(fee.message.en.contains("10 × 4325 = 43250 tenge"));
        /// ```
        Escort = "escort" => crate::escort::EscortDocument,
        /// `empty_vehicle`: the import certificate for an empty foreign motor
        /// vehicle (R1 §36–§39, annex 11); its JSON shape is at
        /// [`crate::empty_vehicle::EmptyVehicleCertificate`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"blank_number": "0012345", "office": {"name": "Т/П «ЖАЙСАҢ»"},
        ///   "vehicle": {"make_model": "VOLVO FH 460", "category": "C", "year": 2019,
        ///     "engine_number": "D13K 1234567", "chassis_number": "YV2RT40A5KB123456",
        ///     "body_number": "ЖОҚ", "service_life_years": 7, "mileage_km": 612000, "engine_cc": 12780},
        ///   "owner": {"name": "ООО «ОРЕНБУРГТРАНС»", "address": "РОССИЯ, Г. ОРЕНБУРГ"},
        ///   "customs_mark": {"import_term": "2026-12-10", "restrictions": true},
        ///   "exit_place": "Т/П «ЖАЙСАҢ»", "date": "2026-11-10",
        ///   "official": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "signed": true},
        ///   "emblem_seal": true, "copies": 2, "receipt": {"signed": true},
        ///   "arrival_term": {"deadline": "2026-11-12", "distance_km": 250}}"#;
        /// let report = validate_json("empty_vehicle", doc, r#"{"reference": "2026-12-11"}"#).unwrap();
        /// assert_eq!(report.rule_ids(), ["EV.STAY.OVERDUE"]);
        /// ```
        EmptyVehicle = "empty_vehicle" => crate::empty_vehicle::EmptyVehicleCertificate,
        /// `goods_declaration_checklist`: which supporting documents accompany
        /// a goods declaration (S0); its JSON shape is at
        /// [`crate::goods_declaration::Checklist`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"filing": "paper", "electronic_form": true,
        ///   "documents": [{"category": 1}, {"category": 2}]}"#;
        /// let report = validate_json("goods_declaration_checklist", doc, "").unwrap();
        /// assert_eq!(report.rule_ids(), ["S0.DOCS.PAPER"]);
        /// ```
        GoodsDeclarationChecklist = "goods_declaration_checklist" => crate::goods_declaration::Checklist,
        /// `security`: the security document ҚРҚ / ДПОУ (R3); its JSON shape
        /// is in [`crate::security`].
        ///
        /// ```
        /// use kazcustoms_core::documents::validate_json;
        /// let doc = r#"{"number": "62001/12106/00088", "security_type": "7.5"}"#;
        /// let report = validate_json("security", doc, r#"{"reference": "2026-11-22"}"#).unwrap();
        /// assert!(report.rule_ids().contains(&"SEC.TYPE"));
        /// assert!(report.rule_ids().contains(&"SEC.JOURNAL"));
        /// ```
        Security = "security" => crate::security::SecurityDocument,
    }
    journals {
        /// `dcd_register`: the DCD registration journal (annex 2).
        DcdRegister = "dcd_register" => Vec<crate::arrival::DcdRegisterEntry>, of Dcd,
        /// `recipients`: the register of recipients (annex 4).
        Recipients = "recipients" => crate::guarantee::RecipientsRegister, of Guarantee,
        /// `guarantee_obligations`: the guarantee-obligation journal (annex 5).
        GuaranteeObligations = "guarantee_obligations" => crate::guarantee::ObligationsJournal, of Guarantee,
        /// `failed_recipients`: recipients who failed their obligations (§20).
        FailedRecipients = "failed_recipients" => crate::guarantee::FailedRecipients, of Guarantee,
        /// `short_declarations`: the short-declaration journal (annex 8).
        ShortDeclarations = "short_declarations" => Vec<crate::short_declaration::ShortDeclarationEntry>, of ShortDeclaration,
        /// `arrivals`: the journal of arrivals (annex 9).
        Arrivals = "arrivals" => Vec<crate::arrival::ArrivalEntry>, of Arrival,
        /// `escorts`: the journal of escorted goods and vehicles (R2 annex 4).
        Escorts = "escorts" => Vec<crate::escort::EscortEntry>, of Escort,
        /// `empty_vehicles`: the journal of imports of empty foreign vehicles (annex 12).
        EmptyVehicles = "empty_vehicles" => Vec<crate::empty_vehicle::EmptyVehicleEntry>, of EmptyVehicle,
        /// `security_journal`: the security-document journal (R3 annex 2).
        SecurityJournal = "security_journal" => Vec<crate::security::SecurityEntry>, of Security,
    }
}

/// Validates a document of `kind` read by `reader`, with `context`.
///
/// # Errors
///
/// `InvalidDocument` (with the path) when the document cannot be read as a
/// document of that kind; an input error from the check itself (e.g. a bad
/// distance in the document).
pub fn validate<'de>(
    kind: DocumentKind,
    reader: impl DocumentReader<'de>,
    context: &Context,
) -> Result<Report, Error> {
    kind.validate(reader, context)
}

/// Validates a document given as JSON, with the context given as JSON (empty
/// text for none). Returns the report of every violation.
///
/// # Errors
///
/// `InvalidDocument` (with the JSON path, under `document` or `options`)
/// when the document or the options cannot be read; an input error for an
/// unknown kind.
///
/// ```
/// use kazcustoms_core::documents::validate_json;
/// let report = validate_json("dcd", r#"{"sheets": []}"#, "").unwrap();
/// assert!(!report.ok());
/// assert!(report.rule_ids().contains(&"DCD.7.REQUIRED"));
/// let err = validate_json("dcd", r#"{"packages": "many"}"#, "").unwrap_err();
/// assert!(err.to_string().contains("packages"));
/// ```
pub fn validate_json(kind: &str, document: &str, options: &str) -> Result<Report, Error> {
    let kind: DocumentKind = kind.parse()?;
    let context = Context::from_json(options)?;
    kind.validate(JsonReader::new(document), &context)
}

/// An input error: `kind` has no `what` (a column table, a lifecycle).
fn lacks(kind: DocumentKind, what: [&str; 3]) -> Error {
    let [kk, ru, en] = what;
    let name = kind.name();
    Error::invalid_argument(
        "kind",
        Text::new(
            format!("{name} үшін {kk} жоқ"),
            format!("у {name} нет: {ru}"),
            format!("{name} has no {en}"),
        ),
    )
}

/// The JSON Schema of a document kind, as JSON text.
///
/// # Errors
///
/// An input error for an unknown kind.
///
/// ```
/// let schema = kazcustoms_core::documents::schema_json("short_declaration").unwrap();
/// assert!(schema.contains("\"properties\""));
/// ```
pub fn schema_json(kind: &str) -> Result<String, Error> {
    let kind: DocumentKind = kind.parse()?;
    Ok(serde_json::to_string_pretty(&kind.schema()).unwrap_or_default())
}

/// The column table of a document kind, for kinds that have one (`dcd`).
///
/// # Errors
///
/// An input error for a kind without a column table.
///
/// ```
/// use kazcustoms_core::documents::{columns, DocumentKind};
/// assert_eq!(columns(DocumentKind::Dcd).unwrap().len(), 33);
/// assert!(columns(DocumentKind::Guarantee).is_err());
/// ```
pub fn columns(kind: DocumentKind) -> Result<Vec<Column>, Error> {
    kind.columns()
        .ok_or_else(|| lacks(kind, ["бағандар кестесі", "таблицы граф", "column table"]))
}

/// The column table of a document kind named `kind`, as JSON.
///
/// # Errors
///
/// An input error for an unknown kind or one without a column table.
pub fn columns_json(kind: &str) -> Result<String, Error> {
    let columns = columns(kind.parse()?)?;
    Ok(serde_json::to_string(&columns).unwrap_or_default())
}

/// The lifecycle of the document kind named `kind`.
///
/// # Errors
///
/// An input error for an unknown kind or one without a lifecycle.
pub fn lifecycle(kind: &str) -> Result<StateMachine, Error> {
    let kind: DocumentKind = kind.parse()?;
    kind.lifecycle()
        .ok_or_else(|| lacks(kind, ["өмірлік циклі", "жизненного цикла", "lifecycle"]))
}

/// The names of the states of the document kind named `kind`, in lifecycle
/// order.
///
/// # Errors
///
/// As [`lifecycle`].
///
/// ```
/// use kazcustoms_core::documents::states;
/// assert_eq!(states("dcd").unwrap(), ["drafted", "registered", "arrived", "completed"]);
/// assert!(states("short_declaration").is_err());
/// ```
pub fn states(kind: &str) -> Result<&'static [&'static str], Error> {
    Ok(lifecycle(kind)?.states)
}

/// Moves a document of the kind named `kind` from the state named `from` to
/// the one named `to` and names the new state.
///
/// # Errors
///
/// An input error for an unknown kind or state, or a kind without a
/// lifecycle; [`Error::Transition`] (with its rule, `DCD.STATE` or
/// `GO.STATE`) for a move the lifecycle does not allow.
///
/// ```
/// use kazcustoms_core::documents::transition;
/// assert_eq!(transition("guarantee", "registered", "used").unwrap(), "used");
/// let err = transition("dcd", "drafted", "arrived").unwrap_err();
/// assert_eq!(err.rule().unwrap().id(), "DCD.STATE");
/// ```
pub fn transition(kind: &str, from: &str, to: &str) -> Result<&'static str, Error> {
    lifecycle(kind)?.transition(from, to)
}

/// Exports a journal given as JSON entries as CSV or JSON, headers in
/// `lang`: the one entry point the Python and C bindings call.
///
/// # Errors
///
/// An input error for an unknown journal or format; `InvalidDocument`
/// (input `entries`) for entries that cannot be read.
///
/// ```
/// use kazcustoms_core::documents::export_journal;
/// use kazcustoms_core::Lang;
/// let csv = export_journal("arrivals", "[]", "csv", Lang::Ru).unwrap();
/// assert!(csv.ends_with("\r\n"));
/// assert!(export_journal("arrivals", "{}", "csv", Lang::Ru).is_err());
/// ```
pub fn export_journal(
    journal: &str,
    entries: &str,
    format: &str,
    lang: Lang,
) -> Result<String, Error> {
    export_journal_with(journal, entries, format, lang, CsvOptions::default())
}

/// [`export_journal`] with the [`CsvOptions`] of a CSV export (a `;`
/// delimiter, a UTF-8 byte order mark for spreadsheet programs); a JSON
/// export ignores them.
///
/// # Errors
///
/// As [`export_journal`].
///
/// ```
/// use kazcustoms_core::documents::export_journal_with;
/// use kazcustoms_core::tables::{CsvDelimiter, CsvOptions};
/// use kazcustoms_core::Lang;
/// let excel = CsvOptions { delimiter: CsvDelimiter::Semicolon, bom: true };
/// let csv = export_journal_with("arrivals", "[]", "csv", Lang::Ru, excel).unwrap();
/// assert!(csv.starts_with('\u{feff}') && csv.contains(';') && csv.ends_with("\r\n"));
/// ```
pub fn export_journal_with(
    journal: &str,
    entries: &str,
    format: &str,
    lang: Lang,
    csv: CsvOptions,
) -> Result<String, Error> {
    let kind: JournalKind = journal.parse()?;
    let format: TableFormat = format.parse()?;
    let table = kind.table_from_json(entries)?;
    Ok(match format {
        TableFormat::Csv => table.to_csv_with(lang, csv),
        TableFormat::Json => table.to_json(lang),
    })
}

crate::names::serde_by_name!(DocumentKind, JournalKind);
