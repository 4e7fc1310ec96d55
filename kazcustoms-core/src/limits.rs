//! The resource limits a validation keeps to: the size of a document's JSON
//! text, how deeply it nests, how many repeated entries (goods items, sheets,
//! journal rows) it holds, and how many violations one report carries.
//!
//! Each has a default that no real document comes near and can be raised
//! (or lowered) by the caller with the `limits` member of the options:
//! `{"limits": {"input_bytes": 67108864, "items": 50000, "depth": 128,
//! "violations": 100000}}`. A document over a limit is an input error naming
//! the limit and the option that raises it; a report over its limit is cut,
//! and says so (see [`crate::Report::found`]).

use serde::Deserialize;

use crate::error::{Error, Input};
use crate::text::Text;

/// The limits of one validation. [`Limits::default`] gives the documented
/// defaults.
///
/// ```
/// use kazcustoms_core::limits::Limits;
/// let l = Limits::default();
/// assert_eq!((l.input_bytes, l.items, l.depth, l.violations), (16 << 20, 10_000, 64, 10_000));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest document JSON text, in bytes (default 16 MiB).
    pub input_bytes: usize,
    /// The most repeated entries a document holds (default 10 000): goods
    /// items and sheets of a DCD, goods of a short declaration; see each
    /// kind's [`crate::documents::Document::items`]; at most [`MAX_ITEMS`].
    pub items: usize,
    /// The deepest nesting of arrays and objects in a document's JSON text
    /// (default 64, at most [`MAX_DEPTH`]).
    pub depth: usize,
    /// The most violations one report carries (default 10 000); the report
    /// keeps the first ones found and the count of all.
    pub violations: usize,
}

/// The deepest nesting a limit may allow: the JSON parser's own limit.
pub const MAX_DEPTH: usize = 128;

/// The most entries a limit may allow (10^7): sheet and item ordinals, and
/// sums over the items of values within their ranges, then always fit the
/// library's integers (see [`crate::quantity`]).
pub const MAX_ITEMS: usize = 10_000_000;

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            input_bytes: 16 << 20,
            items: 10_000,
            depth: 64,
            violations: 10_000,
        }
    }
}

/// The `limits` member of the options: each member optional.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct LimitsJson {
    #[serde(default)]
    input_bytes: Option<u64>,
    #[serde(default)]
    items: Option<u64>,
    #[serde(default)]
    depth: Option<u64>,
    #[serde(default)]
    violations: Option<u64>,
}

impl LimitsJson {
    /// The limits, the defaults for members not given.
    pub(crate) fn into_limits(self) -> Result<Limits, Error> {
        let d = Limits::default();
        let depth = at_most(
            one(self.depth, d.depth, "depth")?,
            MAX_DEPTH,
            "depth",
            ["ұя салу", "вложенности", "nesting"],
        )?;
        let items = at_most(
            one(self.items, d.items, "items")?,
            MAX_ITEMS,
            "items",
            ["жазбалар", "записей", "entries"],
        )?;
        Ok(Limits {
            input_bytes: one(self.input_bytes, d.input_bytes, "input_bytes")?,
            items,
            depth,
            violations: one(self.violations, d.violations, "violations")?,
        })
    }
}

/// `value` of the limit `name` when it is at most `max`; `what` names the
/// limit in the words of "the {what} limit is at most {max}".
fn at_most(value: usize, max: usize, name: &str, what: [&str; 3]) -> Result<usize, Error> {
    if value <= max {
        return Ok(value);
    }
    let [kk, ru, en] = what;
    Err(Error::invalid_document(
        Input::Options,
        format!("options.limits.{name}"),
        Text::new(
            format!("{kk} шегі {max}-ден аспауы керек"),
            format!("предел {ru} не может превышать {max}"),
            format!("the {en} limit is at most {max}"),
        ),
    ))
}

/// One limit given in the options: at least 1.
fn one(given: Option<u64>, default: usize, name: &str) -> Result<usize, Error> {
    match given {
        None => Ok(default),
        Some(n) if n >= 1 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        Some(_) => Err(Error::invalid_document(
            Input::Options,
            format!("options.limits.{name}"),
            Text::new(
                "шек кемінде 1 болуы керек",
                "предел должен быть не меньше 1",
                "a limit is at least 1",
            ),
        )),
    }
}

/// The deepest nesting of arrays and objects in JSON text: brackets and
/// braces outside strings, counted in one pass. Text that is not JSON gets a
/// figure too (the parser reports what is wrong with it).
///
/// The text of a string (half of a document's bytes, its names and codes)
/// is skipped with `memchr` to the next quote or backslash rather than byte
/// by byte: the pass cost a third of `validate_json` on the 100-item DCD
/// bench document when it looked at every byte.
///
/// ```
/// use kazcustoms_core::limits::deepest_nesting;
/// assert_eq!(deepest_nesting(br#"{"a": [1, "[[[\"{"], "b": {}}"#), 2);
/// assert_eq!(deepest_nesting(b"[[]]"), 2);
/// assert_eq!(deepest_nesting(br#""\\" [ "#), 1);
/// assert_eq!(deepest_nesting(b"]]]"), 0);
/// ```
pub fn deepest_nesting(json: &[u8]) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut at = 0;
    while let Some(&b) = json.get(at) {
        at += 1;
        match b {
            b'"' => {
                // Inside a string: on to its closing quote, stepping over
                // each escape (the byte after a backslash).
                while let Some(rest) = json.get(at..) {
                    match memchr::memchr2(b'"', b'\\', rest) {
                        None => at = json.len(),
                        Some(i) if rest.get(i) == Some(&b'\\') => {
                            at += i + 2;
                            continue;
                        }
                        Some(i) => at += i + 1,
                    }
                    break;
                }
            }
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

impl Limits {
    /// Checks a document's JSON text against the size and nesting limits
    /// before it is parsed: one pass over the bytes (see
    /// [`deepest_nesting`]).
    ///
    /// # Errors
    ///
    /// `InvalidDocument` about `document` naming the limit passed.
    ///
    /// ```
    /// use kazcustoms_core::limits::Limits;
    /// let l = Limits { depth: 2, ..Limits::default() };
    /// assert!(l.check_text(r#"{"a": [1, "[[["]}"#).is_ok());
    /// let err = l.check_text(r#"{"a": [[1]]}"#).unwrap_err();
    /// assert!(err.to_string().contains("limits.depth"));
    /// ```
    pub fn check_text(&self, json: &str) -> Result<(), Error> {
        self.check_size(json)?;
        let deepest = deepest_nesting(json.as_bytes());
        if deepest > self.depth {
            return Err(over(
                "depth",
                deepest,
                self.depth,
                ["деңгей", "уровней", "levels"],
            ));
        }
        Ok(())
    }

    /// Checks a document's JSON text against the size limit alone.
    ///
    /// # Errors
    ///
    /// `InvalidDocument` about `document` naming the limit `input_bytes`.
    ///
    /// ```
    /// use kazcustoms_core::limits::Limits;
    /// let l = Limits { input_bytes: 4, ..Limits::default() };
    /// assert!(l.check_size("[[]]").is_ok());
    /// assert!(l.check_size("[[ ]]").unwrap_err().to_string().contains("limits.input_bytes"));
    /// ```
    pub fn check_size(&self, json: &str) -> Result<(), Error> {
        if json.len() > self.input_bytes {
            return Err(over(
                "input_bytes",
                json.len(),
                self.input_bytes,
                ["байт", "байт", "bytes"],
            ));
        }
        Ok(())
    }

    /// Checks the number of repeated entries a document holds.
    ///
    /// # Errors
    ///
    /// `InvalidDocument` about `document` naming the limit `items`.
    ///
    /// ```
    /// use kazcustoms_core::limits::Limits;
    /// let l = Limits { items: 3, ..Limits::default() };
    /// assert!(l.check_items(3).is_ok());
    /// assert!(l.check_items(4).unwrap_err().to_string().contains("limits.items"));
    /// ```
    pub fn check_items(&self, items: usize) -> Result<(), Error> {
        if items > self.items {
            return Err(over(
                "items",
                items,
                self.items,
                ["жазба", "записей", "entries"],
            ));
        }
        Ok(())
    }
}

/// The input error for a document over the limit `name`.
fn over(name: &str, found: usize, limit: usize, unit: [&str; 3]) -> Error {
    let [kk, ru, en] = unit;
    Error::invalid_document(
        Input::Document,
        Input::Document.name(),
        Text::new(
            format!("{found} {kk}, шек {limit} (options limits.{name} шекті арттырады)"),
            format!("{found} {ru}, предел {limit} (параметр limits.{name} его повышает)"),
            format!("{found} {en}, over the limit of {limit} (the option limits.{name} raises it)"),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::deepest_nesting;

    /// The byte-by-byte count `deepest_nesting` replaced, as the reference.
    fn byte_by_byte(json: &[u8]) -> usize {
        let (mut depth, mut deepest) = (0usize, 0usize);
        let (mut in_string, mut escaped) = (false, false);
        for &b in json {
            if in_string {
                match b {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        deepest
    }

    #[test]
    fn nesting_is_counted_as_byte_by_byte() {
        // Every text of up to 6 bytes over the bytes that matter.
        let alphabet = b"\"\\[]{}a";
        let mut texts: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..6 {
            let longer: Vec<Vec<u8>> = texts
                .iter()
                .filter(|t| t.len() == texts.last().map_or(0, Vec::len))
                .flat_map(|t| {
                    alphabet.iter().map(move |&b| {
                        let mut t = t.clone();
                        t.push(b);
                        t
                    })
                })
                .collect();
            texts.extend(longer);
        }
        assert!(texts.len() > 100_000);
        for t in &texts {
            assert_eq!(
                deepest_nesting(t),
                byte_by_byte(t),
                "{:?}",
                String::from_utf8_lossy(t)
            );
        }
    }
}
