//! Reading JSON (and any serde data format) into the library's types, with
//! the path of the offending field when the input cannot be read: the one
//! place every document, option, calendar change, journal entry and saved
//! state is read. A leaf module: it knows the error type and nothing of the
//! documents.

use std::fmt::Display;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::error::{Error, Input};
use crate::limits::Limits;
use crate::text::Text;

/// Reads `json` into `T`, turning a failure into `InvalidDocument` with the
/// JSON path of the offending field (prefixed by `root`).
pub(crate) fn from_json_at<T: DeserializeOwned>(json: &str, input: Input) -> Result<T, Error> {
    // A document is a JSON object; serde would also read a positional array
    // into a struct whose fields all have defaults, which is never meant.
    if !json.trim_start().starts_with('{') {
        let reason = match serde_json::from_str::<serde::de::IgnoredAny>(json) {
            Err(e) => e.to_string(),
            Ok(_) => "expected a JSON object".to_owned(),
        };
        return Err(Error::invalid_document(
            input,
            input.name(),
            Text::new(
                format!("JSON объект күтілді: {reason}"),
                format!("ожидается объект JSON: {reason}"),
                format!("expected a JSON object: {reason}"),
            ),
        ));
    }
    read_json_at(json, input)
}

/// Reads `json` into `T` (any JSON value), turning a failure into
/// `InvalidDocument` with the JSON path of the offending field.
pub(crate) fn read_json_at<T: DeserializeOwned>(json: &str, input: Input) -> Result<T, Error> {
    // The fast path reads without tracking paths; only a failed read is read
    // again to find the path of the offending field.
    if let Ok(value) = serde_json::from_str(json) {
        return Ok(value);
    }
    let de = &mut serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| invalid_at(input, &e))?;
    // The first read failed, but the value read: what failed is text after it.
    de.end().map_err(|e| {
        Error::invalid_document(
            input,
            input.name(),
            Text::new(
                format!("құжаттан кейін артық мәтін: {e}"),
                format!("лишний текст после документа: {e}"),
                format!("text after the document: {e}"),
            ),
        )
    })?;
    Ok(value)
}

/// `InvalidDocument` at the path `e` tracked, under the input's root.
fn invalid_at<E: Display>(input: Input, e: &serde_path_to_error::Error<E>) -> Error {
    let root = input.name();
    let path = e.path().to_string();
    let path = if path == "." {
        root.to_owned()
    } else if path.starts_with('[') {
        format!("{root}{path}")
    } else {
        format!("{root}.{path}")
    };
    let inner = e.inner().to_string();
    // The parser's " at line L column C" stays whole after the bounded
    // reason: a document read from text and the same document read from
    // native values (which have no lines) then give the same reason.
    let (inner, location) = split_location(&inner);
    Error::invalid_document_at(
        input,
        path,
        Text::new(
            format!("оқылмады: {inner}"),
            format!("не прочитано: {inner}"),
            format!("cannot be read: {inner}"),
        ),
        location,
    )
}

/// `message` split before a trailing ` at line L column C` (serde_json's
/// location), or whole with an empty location.
fn split_location(message: &str) -> (&str, &str) {
    let Some(at) = message.rfind(" at line ") else {
        return (message, "");
    };
    let rest = &message[at + " at line ".len()..];
    let located = rest.split_once(" column ").is_some_and(|(line, column)| {
        !line.is_empty()
            && !column.is_empty()
            && line.bytes().all(|b| b.is_ascii_digit())
            && column.bytes().all(|b| b.is_ascii_digit())
    });
    if located {
        message.split_at(at)
    } else {
        (message, "")
    }
}

#[cfg(test)]
mod tests {
    use super::split_location;

    #[test]
    fn location_is_split_only_when_it_is_one() {
        assert_eq!(
            split_location("unknown field `x` at line 1 column 33"),
            ("unknown field `x`", " at line 1 column 33")
        );
        assert_eq!(
            split_location("at line 1 column x"),
            ("at line 1 column x", "")
        );
        assert_eq!(split_location("a \" at line 2\""), ("a \" at line 2\"", ""));
        assert_eq!(split_location("no location"), ("no location", ""));
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
/// use kazcustoms_core::json::read_document;
/// let v = serde_json::json!({"packages": "many"});
/// let err = read_document::<Dcd, _>(&v, &v).unwrap_err();
/// assert!(err.to_string().contains("document.packages"));
/// ```
pub fn read_document<'de, T, D>(fast: D, with_path: D) -> Result<T, Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    read_value_at(Input::Document, fast, with_path)
}

/// As [`read_document`], for any value (a list of journal entries, calendar
/// changes, …), with the error path rooted at `input`'s name.
///
/// # Errors
///
/// `InvalidDocument` about `input`, with the path under its name.
///
/// ```
/// use kazcustoms_core::json::read_value_at;
/// use kazcustoms_core::Input;
/// let v = serde_json::json!([{"number": "one"}]);
/// let err = read_value_at::<Vec<kazcustoms_core::arrival::ArrivalEntry>, _>(Input::Entries, &v, &v)
///     .unwrap_err();
/// assert!(err.to_string().contains("entries[0].number"));
/// ```
pub fn read_value_at<'de, T, D>(input: Input, fast: D, with_path: D) -> Result<T, Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    match T::deserialize(fast) {
        Ok(value) => Ok(value),
        Err(first) => Err(match serde_path_to_error::deserialize::<_, T>(with_path) {
            Err(e) => invalid_at(input, &e),
            // Reading the same data twice gives the same answer; should the
            // second read succeed anyway, the first error is still reported.
            Ok(_) => {
                let first = first.to_string();
                Error::invalid_document(
                    input,
                    input.name(),
                    Text::new(first.clone(), first.clone(), first),
                )
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

    /// Reads the document as `T` within `limits`: a reader of text checks
    /// its size and nesting first (see [`Limits::check_text`]); a reader of
    /// native values (the Python binding's) reads as [`DocumentReader::read`].
    ///
    /// # Errors
    ///
    /// As [`DocumentReader::read`], and `InvalidDocument` for a text over a
    /// limit.
    fn read_within<T: DeserializeOwned>(self, limits: &Limits) -> Result<T, Error>
    where
        Self: Sized,
    {
        let _ = limits;
        self.read()
    }
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
        from_json_at(self.json, Input::Document)
    }

    fn read_within<T: DeserializeOwned>(self, limits: &Limits) -> Result<T, Error> {
        limits.check_text(self.json)?;
        self.read()
    }
}
