//! Reading JSON (and any serde data format) into the library's types, with
//! the path of the offending field when the input cannot be read: the one
//! place every document, option, calendar change, journal entry and saved
//! state is read. A leaf module: it knows the error type and nothing of the
//! documents.

use std::fmt::Display;

use serde::{Deserialize, Deserializer};

use crate::error::{Error, Input};
use crate::limits::Limits;
use crate::messages::shape as msg;
use crate::shape::Shape;
use crate::text::Text;

/// Reads `json` into `T`, turning a failure into `InvalidDocument` with the
/// JSON path of the offending field (prefixed by `root`).
pub(crate) fn from_json_at<'a, T: Deserialize<'a>>(
    json: &'a str,
    input: Input,
) -> Result<T, Error> {
    // A document is a JSON object; serde would also read a positional array
    // into a struct whose fields all have defaults, which is never meant.
    if !json.trim_start().starts_with('{') {
        let reason = match serde_json::from_str::<serde::de::IgnoredAny>(json) {
            Err(e) => {
                let text = e.to_string();
                let (code, location) = split_location(&text);
                (msg::not_json(code), crate::shape::location_text(location))
            }
            Ok(_) => (
                msg::expected_object(json_type_of(json)),
                Text::new("", "", ""),
            ),
        };
        return Err(Error::invalid_document_at(
            input,
            input.name(),
            reason.0,
            &reason.1,
        ));
    }
    read_json_at(json, input)
}

/// Reads `json` into `T` (any JSON value), turning a failure into
/// `InvalidDocument` with the JSON path of the offending field. A saved
/// state or journal entries (inputs `state`, `entries`) with a key that
/// repeats in one object is refused first (see [`refuse_duplicate_keys`]).
pub(crate) fn read_json_at<'a, T: Deserialize<'a>>(
    json: &'a str,
    input: Input,
) -> Result<T, Error> {
    if matches!(input, Input::State | Input::Entries) {
        refuse_duplicate_keys(json, input)?;
    }
    // The fast path reads without tracking paths; only a failed read is read
    // again to find the path of the offending field.
    if let Ok(value) = serde_json::from_str(json) {
        return Ok(value);
    }
    let de = &mut serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| invalid_at(input, &e))?;
    // The first read failed, but the value read: what failed is text after it.
    de.end().map_err(|e| {
        let text = e.to_string();
        let (_, location) = split_location(&text);
        Error::invalid_document_at(
            input,
            input.name(),
            msg::not_json("trailing characters"),
            &crate::shape::location_text(location),
        )
    })?;
    Ok(value)
}

/// `InvalidDocument` at the first key of `json` that repeats in its object,
/// e.g. `state.journal.last_sequence`.
///
/// Reading: JSON leaves repeated names open (RFC 8259 §4: "should be
/// unique") and serde keeps the last value of a map; a saved state or a
/// journal written by this library never repeats one, so a repeated key
/// means the text was edited, and which value was meant cannot be known.
/// Text that is not JSON passes here and is reported by the typed read.
/// One pass over the text, borrowing the keys: linear in its size.
pub(crate) fn refuse_duplicate_keys(json: &str, input: Input) -> Result<(), Error> {
    let mut keys = Vec::new();
    let mut found = None;
    let mut de = serde_json::Deserializer::from_str(json);
    let walk = Walk {
        keys: &mut keys,
        found: &mut found,
    };
    if serde::de::DeserializeSeed::deserialize(walk, &mut de).is_ok() {
        return Ok(());
    }
    let Some(mut segments) = found else {
        return Ok(());
    };
    segments.reverse();
    let key = match segments.last() {
        Some(Segment::Key(k)) => crate::names::quote(k),
        _ => String::new(),
    };
    let mut path = input.name().to_owned();
    for s in &segments {
        match s {
            Segment::Key(k) => {
                path.push('.');
                path.push_str(k);
            }
            Segment::Index(i) => {
                path.push('[');
                path.push_str(&i.to_string());
                path.push(']');
            }
        }
    }
    Err(Error::invalid_document(
        input,
        path,
        Text::new(
            format!("{key} кілті бір объектіде екі рет кездеседі: қай мәні дұрыс екені белгісіз"),
            format!("ключ {key} повторяется в одном объекте: какое из значений верно, неизвестно"),
            format!(
                "the key {key} appears twice in one object: which value is meant cannot be known"
            ),
        ),
    ))
}

/// A step of the path to a repeated key.
enum Segment<'de> {
    Key(std::borrow::Cow<'de, str>),
    Index(usize),
}

/// A walk over a JSON value that fails at the first key repeated in an
/// object. `keys` holds the keys of the objects being walked (each object's
/// after its parent's); `found` receives the path, innermost first, as the
/// walk unwinds.
struct Walk<'a, 'de> {
    keys: &'a mut Vec<std::borrow::Cow<'de, str>>,
    found: &'a mut Option<Vec<Segment<'de>>>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Walk<'_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

/// A key, borrowed from the text where it has no escapes.
struct Key;

impl<'de> serde::de::DeserializeSeed<'de> for Key {
    type Value = std::borrow::Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Key {
    type Value = std::borrow::Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(v))
    }
}

/// Objects with more keys than this are checked with a set, smaller ones
/// by comparing with each key before.
const LINEAR_KEYS: usize = 16;

impl<'de> serde::de::Visitor<'de> for Walk<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Walk { keys, found } = self;
        let mut i = 0;
        loop {
            let walk = Walk {
                keys: &mut *keys,
                found: &mut *found,
            };
            match seq.next_element_seed(walk) {
                Ok(Some(())) => i += 1,
                Ok(None) => return Ok(()),
                Err(e) => {
                    if let Some(path) = found.as_mut() {
                        path.push(Segment::Index(i));
                    }
                    return Err(e);
                }
            }
        }
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Walk { keys, found } = self;
        let start = keys.len();
        let mut set: Option<std::collections::HashSet<std::borrow::Cow<'de, str>>> = None;
        while let Some(key) = map.next_key_seed(Key)? {
            let repeated = match &mut set {
                Some(set) => !set.insert(key.clone()),
                None => {
                    let before = &keys[start..];
                    let repeated = before.contains(&key);
                    if !repeated && before.len() >= LINEAR_KEYS {
                        let mut all: std::collections::HashSet<_> =
                            before.iter().cloned().collect();
                        all.insert(key.clone());
                        set = Some(all);
                    }
                    repeated
                }
            };
            if repeated {
                *found = Some(vec![Segment::Key(key)]);
                return Err(serde::de::Error::custom("repeated key"));
            }
            let at = keys.len();
            keys.push(key);
            let walk = Walk {
                keys: &mut *keys,
                found: &mut *found,
            };
            if let Err(e) = map.next_value_seed(walk) {
                if let Some(path) = found.as_mut() {
                    path.extend(keys.get(at).cloned().map(Segment::Key));
                }
                return Err(e);
            }
        }
        keys.truncate(start);
        Ok(())
    }
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
    let (kind, reason) = crate::shape::serde_reason(inner);
    let location = crate::shape::location_text(location);
    let mut error = Error::invalid_document_at(input, path, reason, &location);
    if let Error::InvalidDocument { problems, .. } = &mut error {
        if let Some(first) = problems.first_mut() {
            first.kind = kind;
        }
    }
    error
}

/// The JSON type of the value `json` (valid JSON) starts with, for a
/// message.
fn json_type_of(json: &str) -> Text {
    let name = match json.trim_start().bytes().next() {
        Some(b'[') => "array",
        Some(b'"') => "string",
        Some(b'n') => "null",
        Some(b't' | b'f') => "boolean",
        _ => "number",
    };
    msg::type_name(name).unwrap_or_else(|| Text::new(name, name, name))
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
    use super::{refuse_duplicate_keys, split_location};
    use crate::error::Input;

    fn repeated(json: &str) -> Option<String> {
        refuse_duplicate_keys(json, Input::State)
            .err()
            .map(|e| e.path().unwrap_or_default().to_owned())
    }

    #[test]
    fn a_repeated_key_is_found_where_it_is() {
        assert_eq!(repeated(r#"{"a": 1, "b": 2}"#), None);
        assert_eq!(repeated(r#"{"a": 1, "a": 2}"#).as_deref(), Some("state.a"));
        // the same key in two objects is no repetition
        assert_eq!(
            repeated(r#"{"x": {"a": 1}, "y": {"a": 1}, "a": [{"a": 1}, {"a": 2}]}"#),
            None
        );
        assert_eq!(
            repeated(r#"{"x": [1, {"b": 1}, {"c": [{}, {"d": 1, "d": 1}]}]}"#).as_deref(),
            Some("state.x[2].c[1].d")
        );
        // an escaped key is the key it spells
        assert_eq!(
            repeated(r#"{"ab": 1, "a\u0062": 2}"#).as_deref(),
            Some("state.ab")
        );
        // objects with many keys (checked with a set)
        let many: Vec<String> = (0..40).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}}}", many.join(","));
        assert_eq!(repeated(&text), None);
        let text = format!("{{{}, \"k3\": 0}}", many.join(","));
        assert_eq!(repeated(&text).as_deref(), Some("state.k3"));
        let text = format!("[{{{}, \"k39\": 0}}]", many.join(","));
        assert_eq!(repeated(&text).as_deref(), Some("state[0].k39"));
        // text that is not JSON is left to the typed read
        for text in ["", "{", r#"{"a": 1,, "a": 2}"#, "[1, 2", "nul"] {
            assert_eq!(repeated(text), None, "{text:?}");
        }
        let deep = "[".repeat(10_000);
        assert_eq!(repeated(&deep), None);
    }

    #[test]
    fn a_repeated_key_is_named_in_three_languages() {
        let e =
            refuse_duplicate_keys(r#"[{"number": 1, "number": 1}]"#, Input::Entries).unwrap_err();
        assert_eq!(e.input(), Some(Input::Entries));
        assert_eq!(e.path(), Some("entries[0].number"));
        let t = e.text();
        assert!(
            t.kk.contains("\"number\"")
                && t.ru.contains("\"number\"")
                && t.en.contains("\"number\"")
        );
        assert!(t.kk != t.ru && t.ru != t.en);
    }

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
                let (_, reason) = crate::shape::serde_reason(&first);
                Error::invalid_document(input, input.name(), reason)
            }
        }),
    }
}

/// Something a document can be read from; `'de` is the lifetime of the
/// input, which a document read from it may borrow its strings from (see
/// [`crate::borrowed::Str`]).
pub trait DocumentReader<'de> {
    /// Reads the document as `T`.
    ///
    /// # Errors
    ///
    /// `InvalidDocument` with the path of the offending field.
    fn read<T: Deserialize<'de>>(self) -> Result<T, Error>;

    /// Reads the document as `T` within `limits`: a reader of text checks
    /// its size and nesting first (see [`Limits::check_text`]); a reader of
    /// native values (the Python binding's) reads as [`DocumentReader::read`].
    ///
    /// # Errors
    ///
    /// As [`DocumentReader::read`], and `InvalidDocument` for a text over a
    /// limit.
    fn read_within<T: Deserialize<'de> + schemars::JsonSchema>(
        self,
        limits: &Limits,
    ) -> Result<T, Error>
    where
        Self: Sized,
    {
        let _ = limits;
        self.read()
    }

    /// As [`DocumentReader::read_within`], and when the document cannot be
    /// read, with every field that cannot be read: the reader reads the
    /// document again as a JSON value and checks it with the [`Shape`]
    /// `shape` gives (the document kind's, see [`crate::shape`]). The
    /// successful read is that of `read_within`; `shape` is called only on
    /// the error path. A reader that cannot read its input as a JSON value
    /// gives the first problem alone (this default).
    ///
    /// # Errors
    ///
    /// As [`DocumentReader::read_within`], with [`Error::problems`] listing
    /// every problem found.
    fn read_shaped<T: Deserialize<'de> + schemars::JsonSchema>(
        self,
        limits: &Limits,
        shape: &dyn Fn() -> Option<&'static Shape>,
    ) -> Result<T, Error>
    where
        Self: Sized,
    {
        let _ = shape;
        self.read_within(limits)
    }
}

/// `error`, raised reading a document, with the problems `shape` finds in
/// `value` (the same document read as a JSON value, when it could be): see
/// [`DocumentReader::read_shaped`]. Errors of other inputs, and documents
/// whose JSON value could not be read, are returned as they are.
pub fn with_problems(
    error: Error,
    value: Option<&serde_json::Value>,
    shape: &dyn Fn() -> Option<&'static Shape>,
) -> Error {
    if error.input() != Some(Input::Document) {
        return error;
    }
    match (value, shape()) {
        (Some(value), Some(shape)) if value.is_object() => {
            crate::shape::refine(error, value, shape)
        }
        _ => error,
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

impl<'a> DocumentReader<'a> for JsonReader<'a> {
    /// Reads the document, its strings borrowed from the text where they
    /// have no escapes.
    fn read<T: Deserialize<'a>>(self) -> Result<T, Error> {
        from_json_at(self.json, Input::Document)
    }

    /// Checks the size and nesting of the text, then reads.
    fn read_within<T: Deserialize<'a> + schemars::JsonSchema>(
        self,
        limits: &Limits,
    ) -> Result<T, Error> {
        limits.check_text(self.json)?;
        self.read()
    }

    /// As `read_within`, but the nesting is counted only when it could
    /// matter. The text of a document that reads as `T` nests no deeper
    /// than `T`'s JSON Schema ([`Shape::depth`]: every array and object of
    /// the text is read into an array or object of `T`, which refuses
    /// unknown members and has no free-form value); so when that depth is
    /// within the limit, the count (a pass over the whole text, a quarter
    /// of `validate_json` on the 100-item DCD) is made only for a text that
    /// does not read, and its error comes first as before. A text that
    /// does not read is read again as a JSON value, for every problem.
    fn read_shaped<T: Deserialize<'a> + schemars::JsonSchema>(
        self,
        limits: &Limits,
        shape: &dyn Fn() -> Option<&'static Shape>,
    ) -> Result<T, Error> {
        let depth = shape().and_then(Shape::depth);
        let read = if depth.is_none_or(|d| d > limits.depth) {
            // A text over a limit is refused as it is, never read again.
            limits.check_text(self.json)?;
            self.read()
        } else {
            limits.check_size(self.json)?;
            self.read().or_else(|e| {
                limits.check_text(self.json)?;
                Err(e)
            })
        };
        read.map_err(|e| {
            // Error path only: the text read again, as a JSON value.
            let value = serde_json::from_str::<serde_json::Value>(self.json).ok();
            with_problems(e, value.as_ref(), shape)
        })
    }
}

/// The deepest nesting of arrays and objects a JSON text read as `T` can
/// have, from `T`'s JSON Schema; `None` when it has no bound (a free-form
/// value, a recursive type, or a schema this does not understand). It
/// generates `T`'s schema each time: the registry keeps each kind's depth
/// in its [`Shape`], made once per kind.
///
/// ```
/// use kazcustoms_core::json::schema_depth;
/// assert_eq!(schema_depth::<Vec<Vec<u8>>>(), Some(2));
/// assert_eq!(schema_depth::<kazcustoms_core::dcd::Dcd<'_>>(), Some(7));
/// assert_eq!(schema_depth::<serde_json::Value>(), None);
/// ```
pub fn schema_depth<T: schemars::JsonSchema>() -> Option<usize> {
    let schema = schemars::SchemaGenerator::default()
        .into_root_schema_for::<T>()
        .to_value();
    crate::shape::value_depth(&schema, &schema, &mut Vec::new())
}

#[cfg(test)]
mod depth_tests {
    use crate::documents::{validate_json, DocumentKind};
    use crate::shape::value_depth;

    #[test]
    fn every_kind_nests_within_the_default_limit() {
        for kind in DocumentKind::ALL {
            let schema = kind.schema();
            let depth = value_depth(&schema, &schema, &mut Vec::new());
            assert!(
                depth.is_some_and(|d| (2..=crate::limits::Limits::default().depth).contains(&d)),
                "{kind:?}: {depth:?}"
            );
        }
    }

    #[test]
    fn a_text_too_deep_is_refused_whether_it_reads_or_not() {
        let deep = format!("{{\"sheets\": {}{}}}", "[".repeat(70), "]".repeat(70));
        let err = validate_json("dcd", &deep, "").unwrap_err();
        assert!(err.to_string().contains("limits.depth"), "{err}");
        // a document that reads, under a limit below its kind's depth
        let text = r#"{"sheets": [{"items": [{"documents": []}]}]}"#;
        assert!(validate_json("dcd", text, "").is_ok());
        let err = validate_json("dcd", text, r#"{"limits": {"depth": 5}}"#).unwrap_err();
        assert!(err.to_string().contains("limits.depth"), "{err}");
        assert!(validate_json("dcd", text, r#"{"limits": {"depth": 6}}"#).is_ok());
    }
}
