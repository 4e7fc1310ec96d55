//! Reading documents and validating them by kind: the one entry point the
//! Python and C `validate` call.
//!
//! A document is read by a [`DocumentReader`]: [`JsonReader`] for JSON text
//! (C, Rust), or a binding's own reader over its native values (the Python
//! binding reads a `dict` directly, with [`read_document`]). Either way a
//! document that cannot be read is `InvalidDocument` with the path of the
//! offending field, and a document that is read gets a report of every
//! violation.

use std::fmt::Display;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::context::Context;
use crate::dcd::Dcd;
use crate::report::{Report, Text};
use crate::Error;

/// Reads `json` into `T`, turning a failure into `InvalidDocument` with the
/// JSON path of the offending field (prefixed by `root`).
pub(crate) fn from_json_at<T: DeserializeOwned>(json: &str, root: &str) -> Result<T, Error> {
    // A document is a JSON object; serde would also read a positional array
    // into a struct whose fields all have defaults, which is never meant.
    if !json.trim_start().starts_with('{') {
        let reason = match serde_json::from_str::<serde::de::IgnoredAny>(json) {
            Err(e) => e.to_string(),
            Ok(_) => "expected a JSON object".to_owned(),
        };
        return Err(Error::InvalidDocument {
            path: root.to_owned(),
            reason: Text::new(
                format!("JSON объект күтілді: {reason}"),
                format!("ожидается объект JSON: {reason}"),
                format!("expected a JSON object: {reason}"),
            ),
        });
    }
    read_json_at(json, root)
}

/// Reads `json` into `T` (any JSON value), turning a failure into
/// `InvalidDocument` with the JSON path of the offending field.
pub(crate) fn read_json_at<T: DeserializeOwned>(json: &str, root: &str) -> Result<T, Error> {
    // The fast path reads without tracking paths; only a failed read is read
    // again to find the path of the offending field.
    if let Ok(value) = serde_json::from_str(json) {
        return Ok(value);
    }
    let de = &mut serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| invalid_at(root, &e))?;
    // The first read failed, but the value read: what failed is text after it.
    de.end().map_err(|e| Error::InvalidDocument {
        path: root.to_owned(),
        reason: Text::new(
            format!("құжаттан кейін артық мәтін: {e}"),
            format!("лишний текст после документа: {e}"),
            format!("text after the document: {e}"),
        ),
    })?;
    Ok(value)
}

/// `InvalidDocument` at the path `e` tracked, under `root`.
fn invalid_at<E: Display>(root: &str, e: &serde_path_to_error::Error<E>) -> Error {
    let path = e.path().to_string();
    let path = if path == "." {
        root.to_owned()
    } else if path.starts_with('[') {
        format!("{root}{path}")
    } else {
        format!("{root}.{path}")
    };
    let inner = e.inner();
    Error::InvalidDocument {
        path,
        reason: Text::new(
            format!("құжат оқылмады: {inner}"),
            format!("документ не прочитан: {inner}"),
            format!("cannot read the document: {inner}"),
        ),
    }
}

/// Reads a document from any serde data format: first with `fast`, and only
/// if that fails again with `with_path` (a second deserializer over the same
/// data), to name the path of the offending field under `document`.
///
/// # Errors
///
/// `InvalidDocument` with the path.
///
/// ```
/// use kazcustoms_core::dcd::Dcd;
/// use kazcustoms_core::documents::read_document;
/// let v = serde_json::json!({"packages": "many"});
/// let err = read_document::<Dcd, _>(&v, &v).unwrap_err();
/// assert!(err.to_string().contains("document.packages"));
/// ```
pub fn read_document<'de, T, D>(fast: D, with_path: D) -> Result<T, Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    read_value_at("document", fast, with_path)
}

/// As [`read_document`], for any value (a list of journal entries, calendar
/// changes, …), with the error path rooted at `root`.
///
/// # Errors
///
/// `InvalidDocument` with the path under `root`.
///
/// ```
/// use kazcustoms_core::documents::read_value_at;
/// let v = serde_json::json!([{"number": "one"}]);
/// let err = read_value_at::<Vec<kazcustoms_core::arrival::ArrivalEntry>, _>("entries", &v, &v)
///     .unwrap_err();
/// assert!(err.to_string().contains("entries[0].number"));
/// ```
pub fn read_value_at<'de, T, D>(root: &str, fast: D, with_path: D) -> Result<T, Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    match T::deserialize(fast) {
        Ok(value) => Ok(value),
        Err(first) => Err(match serde_path_to_error::deserialize::<_, T>(with_path) {
            Err(e) => invalid_at(root, &e),
            // Reading the same data twice gives the same answer; should the
            // second read succeed anyway, the first error is still reported.
            Ok(_) => {
                let first = first.to_string();
                Error::InvalidDocument {
                    path: root.to_owned(),
                    reason: Text::new(first.clone(), first.clone(), first),
                }
            }
        }),
    }
}

/// Something a document can be read from.
pub trait DocumentReader {
    /// Reads the document as `T`.
    ///
    /// # Errors
    ///
    /// `InvalidDocument` with the path of the offending field.
    fn read<T: DeserializeOwned>(self) -> Result<T, Error>;
}

/// Reads a document from JSON text; it must be a JSON object.
#[derive(Clone, Copy, Debug)]
pub struct JsonReader<'a> {
    json: &'a str,
}

impl<'a> JsonReader<'a> {
    /// A reader of this JSON text.
    pub fn new(json: &'a str) -> JsonReader<'a> {
        JsonReader { json }
    }
}

impl DocumentReader for JsonReader<'_> {
    fn read<T: DeserializeOwned>(self) -> Result<T, Error> {
        from_json_at(self.json, "document")
    }
}

/// The document kinds that can be validated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentKind {
    /// `dcd`: the delivery control document.
    Dcd,
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
    GuaranteeApplication,
    /// `guarantee`: a guarantee obligation (annex 6) with its state (R1 §17–§25).
    ///
    /// ```
    /// use kazcustoms_core::documents::validate_json;
    /// let doc = r#"{"number": "0001/501/04026/0001", "destination_office": "50101",
    ///   "valid_until": "2026-03-05", "carriage": {"distance_km": 2000}}"#;
    /// let report = validate_json("guarantee", doc, r#"{"reference": "2026-02-10"}"#).unwrap();
    /// assert_eq!(report.rule_ids(), ["TERM.LIMIT"]);
    /// ```
    Guarantee,
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
    ShortDeclaration,
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
    Arrival,
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
    DeliveryCertificate,
}

impl DocumentKind {
    /// Every kind.
    pub const ALL: &'static [DocumentKind] = &[
        DocumentKind::Dcd,
        DocumentKind::GuaranteeApplication,
        DocumentKind::Guarantee,
        DocumentKind::ShortDeclaration,
        DocumentKind::Arrival,
        DocumentKind::DeliveryCertificate,
    ];

    /// The kind's code name.
    pub const fn name(self) -> &'static str {
        match self {
            DocumentKind::Dcd => "dcd",
            DocumentKind::GuaranteeApplication => "guarantee_application",
            DocumentKind::Guarantee => "guarantee",
            DocumentKind::ShortDeclaration => "short_declaration",
            DocumentKind::Arrival => "arrival",
            DocumentKind::DeliveryCertificate => "delivery_certificate",
        }
    }
}

impl std::str::FromStr for DocumentKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<DocumentKind, Error> {
        DocumentKind::ALL
            .iter()
            .copied()
            .find(|k| k.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = DocumentKind::ALL.iter().map(|k| k.name()).collect();
                let names = names.join(", ");
                Error::invalid_argument(
                    "kind",
                    Text::new(
                        format!("белгісіз құжат түрі {s:?}: {names} болуы керек"),
                        format!("неизвестный вид документа {s:?}: должен быть {names}"),
                        format!("unknown document kind {s:?}: expected one of {names}"),
                    ),
                )
            })
    }
}

/// Validates a document of `kind` read by `reader`, with `context`.
///
/// # Errors
///
/// `InvalidDocument` (with the path) when the document cannot be read as a
/// document of that kind; an input error from the check itself (e.g. a bad
/// distance in the document).
pub fn validate(
    kind: DocumentKind,
    reader: impl DocumentReader,
    context: &Context,
) -> Result<Report, Error> {
    match kind {
        DocumentKind::Dcd => reader.read::<Dcd>()?.validate(context),
        DocumentKind::GuaranteeApplication => reader
            .read::<crate::guarantee::Application>()?
            .validate(context),
        DocumentKind::Guarantee => reader
            .read::<crate::guarantee::GuaranteeDocument>()?
            .validate(context),
        DocumentKind::ShortDeclaration => reader
            .read::<crate::short_declaration::ShortDeclaration>()?
            .validate(context),
        DocumentKind::Arrival => reader
            .read::<crate::arrival::ArrivalDocument>()?
            .validate(context),
        DocumentKind::DeliveryCertificate => reader
            .read::<crate::arrival::DeliveryCertificate>()?
            .validate(context),
    }
}

/// Validates a document given as JSON, with the context given as JSON (empty
/// text for none). Returns the report of every violation.
///
/// # Errors
///
/// `InvalidDocument` (with the JSON path) when the text is not a document of
/// that kind at all; an input error for a bad context or unknown kind.
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
    validate(kind, JsonReader::new(document), &context)
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
/// ```
pub fn columns(kind: DocumentKind) -> Result<Vec<crate::dcd::Column>, Error> {
    match kind {
        DocumentKind::Dcd => Ok(crate::dcd::columns()),
        other => Err(Error::invalid_argument(
            "kind",
            Text::new(
                format!("{} үшін бағандар кестесі жоқ", other.name()),
                format!("для {} нет таблицы граф", other.name()),
                format!("{} has no column table", other.name()),
            ),
        )),
    }
}
