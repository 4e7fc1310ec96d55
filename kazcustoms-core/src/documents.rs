//! Reading documents from JSON and validating them by kind name: the one
//! entry point the Python and C `validate` call.

use serde::de::DeserializeOwned;

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
    // The fast path reads without tracking paths; only a failed read is read
    // again to find the path of the offending field.
    if let Ok(value) = serde_json::from_str(json) {
        return Ok(value);
    }
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." {
            root.to_owned()
        } else {
            format!("{root}.{path}")
        };
        let inner = e.into_inner();
        Error::InvalidDocument {
            path,
            reason: Text::new(
                format!("JSON оқылмады: {inner}"),
                format!("JSON не прочитан: {inner}"),
                format!("cannot read the JSON: {inner}"),
            ),
        }
    })
}

/// The document kinds that can be validated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentKind {
    /// `dcd`: the delivery control document.
    Dcd,
}

impl DocumentKind {
    /// The kind's code name.
    pub const fn name(self) -> &'static str {
        match self {
            DocumentKind::Dcd => "dcd",
        }
    }
}

impl std::str::FromStr for DocumentKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<DocumentKind, Error> {
        match s {
            "dcd" => Ok(DocumentKind::Dcd),
            _ => Err(Error::invalid_argument(
                "kind",
                Text::new(
                    format!("белгісіз құжат түрі {s:?}: dcd болуы керек"),
                    format!("неизвестный вид документа {s:?}: должен быть dcd"),
                    format!("unknown document kind {s:?}: expected dcd"),
                ),
            )),
        }
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
    match kind {
        DocumentKind::Dcd => {
            let dcd: Dcd = from_json_at(document, "document")?;
            dcd.validate(&context)
        }
    }
}
