//! [`Str`]: the text of a document field, borrowed from the input where the
//! input allows it. A leaf module: it knows nothing of the documents.
//!
//! Reading the 100-item DCD bench document from JSON text copied each of
//! its strings into a `String` of its own: an allocation, a copy and a free
//! per description, code and column 44 line, a quarter of the reading. A
//! [`Str`] read from JSON text (serde_json's `from_str`) points into the text
//! instead; a string with an escape (`\"`, `\u0416`), which must be decoded,
//! and a string read from native values (the Python binding's dicts) are
//! owned. Either way it reads as a `&str`.
//!
//! Why a type of its own rather than `Cow<'a, str>` with `#[serde(borrow)]`:
//! serde borrows a `Cow` only where it is the field's whole type, never
//! inside `Option` or `Vec` (where the document's strings are), and it
//! documents `Cow`'s own `Deserialize` as always owned.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The text of a field: borrowed from the input it was read from where
/// possible, else owned. Compares, hashes, orders, prints and serializes as
/// the `str` it holds; its JSON Schema is a string's.
///
/// ```
/// use kazcustoms_core::borrowed::Str;
/// let json = r#"["8413703000", "\"quoted\""]"#;
/// let read: Vec<Str<'_>> = serde_json::from_str(json).unwrap();
/// assert_eq!(read[0], "8413703000");
/// assert!(read[0].is_borrowed()); // points into `json`
/// assert_eq!(&*read[1], "\"quoted\"");
/// assert!(!read[1].is_borrowed()); // an escape had to be decoded
/// let owned: Str<'static> = read[0].clone().into_owned();
/// assert_eq!(owned.len(), 10);
/// ```
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Str<'a>(Cow<'a, str>);

impl<'a> Str<'a> {
    /// The text, as a `&str`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the text points into the input it was read from.
    pub fn is_borrowed(&self) -> bool {
        matches!(self.0, Cow::Borrowed(_))
    }

    /// The same text, owned: free of the input's lifetime.
    pub fn into_owned(self) -> Str<'static> {
        Str(Cow::Owned(self.0.into_owned()))
    }
}

impl Deref for Str<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Str<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Str<'_> {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl<'a> From<&'a str> for Str<'a> {
    fn from(s: &'a str) -> Str<'a> {
        Str(Cow::Borrowed(s))
    }
}

impl From<String> for Str<'_> {
    fn from(s: String) -> Self {
        Str(Cow::Owned(s))
    }
}

impl From<Str<'_>> for String {
    fn from(s: Str<'_>) -> String {
        s.0.into_owned()
    }
}

impl PartialEq<str> for Str<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Str<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Str<'_> {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl Serialize for Str<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    /// Reads a string as `String` reads it (the same errors, `expected a
    /// string`), keeping a borrowed one borrowed.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Str<'a>, D::Error> {
        d.deserialize_str(StrVisitor)
    }
}

/// The visitor of [`Str`]'s `Deserialize`.
struct StrVisitor;

impl<'de> serde::de::Visitor<'de> for StrVisitor {
    type Value = Str<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `String`'s words, so that errors read as they did.
        f.write_str("a string")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Str<'de>, E> {
        Ok(Str(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Str<'de>, E> {
        Ok(Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Str<'de>, E> {
        Ok(Str(Cow::Owned(v)))
    }

    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Str<'de>, E> {
        // As `String` reads bytes: when they are UTF-8.
        match std::str::from_utf8(v) {
            Ok(s) => Ok(Str(Cow::Owned(s.to_owned()))),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(v), &self)),
        }
    }

    fn visit_borrowed_bytes<E: serde::de::Error>(self, v: &'de [u8]) -> Result<Str<'de>, E> {
        match std::str::from_utf8(v) {
            Ok(s) => Ok(Str(Cow::Borrowed(s))),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(v), &self)),
        }
    }
}

impl JsonSchema for Str<'_> {
    fn inline_schema() -> bool {
        <String as JsonSchema>::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        <String as JsonSchema>::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        <String as JsonSchema>::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <String as JsonSchema>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::Str;

    #[test]
    fn reads_fail_as_a_string_fails() {
        for json in ["5", "null", "[]", "{}", "true", "\"\\ud800\""] {
            let ours = serde_json::from_str::<Str<'_>>(json)
                .unwrap_err()
                .to_string();
            let string = serde_json::from_str::<String>(json)
                .unwrap_err()
                .to_string();
            assert_eq!(ours, string, "{json}");
        }
    }

    #[test]
    fn strings_are_borrowed_unless_escaped() {
        let json = r#"{"a": "ЖБҚ", "b": "a\nb"}"#;
        let m: std::collections::BTreeMap<Str<'_>, Str<'_>> = serde_json::from_str(json).unwrap();
        assert!(m.keys().all(Str::is_borrowed));
        assert!(m.get("a").is_some_and(|v| v.is_borrowed() && *v == "ЖБҚ"));
        assert!(m.get("b").is_some_and(|v| !v.is_borrowed() && *v == "a\nb"));
        let v = serde_json::json!("x");
        let s: Str<'_> = serde::Deserialize::deserialize(&v).unwrap();
        assert_eq!(s, "x");
    }

    #[test]
    fn the_schema_is_a_strings() {
        assert_eq!(
            schemars::schema_for!(Option<Str<'static>>),
            schemars::schema_for!(Option<String>)
        );
    }
}
