//! Enums read from and written as code names (`dcd`, `ru`, `registered`):
//! one macro writes their `ALL`, `name()`, `FromStr` and `Display`, and one
//! error type, [`UnknownName`], says which name was not one of them.
//!
//! A leaf module: it uses nothing else of the crate, so every other module
//! may name its enums with it.

use std::fmt;

/// The longest prefix of a bad value an error message quotes, in characters.
pub const QUOTE_LIMIT: usize = 64;

/// `value` quoted for an error message: at most [`QUOTE_LIMIT`] characters,
/// then `…` and the value's length, so that a huge bad value never makes a
/// huge message.
///
/// ```
/// use kazcustoms_core::names::quote;
/// assert_eq!(quote("dcdd"), "\"dcdd\"");
/// let long = "x".repeat(1000);
/// assert!(quote(&long).ends_with("…\" (1000 characters)"));
/// ```
pub fn quote(value: &str) -> String {
    match value.char_indices().nth(QUOTE_LIMIT) {
        None => format!("{value:?}"),
        Some((cut, _)) => {
            let shown = format!("{:?}", &value[..cut]);
            let shown = shown.strip_suffix('"').unwrap_or(&shown);
            format!("{shown}…\" ({} characters)", value.chars().count())
        }
    }
}

/// The longest part of an error message's free text (a reason, a JSON path)
/// that is kept whole, in characters: a longer one keeps its beginning and
/// its end, which name what failed and what was expected.
pub const MESSAGE_LIMIT: usize = 512;

/// `text` bounded for an error message: unchanged when it has at most
/// [`MESSAGE_LIMIT`] characters, else its first 384 and last 64 characters
/// around `…` and the whole text's length. A reason quoting a huge value (a
/// parser's "invalid type: string \"…\"") stays small.
///
/// ```
/// use kazcustoms_core::names::{bound, MESSAGE_LIMIT};
/// assert_eq!(bound("short"), "short");
/// let long = format!("invalid type: string \"{}\", expected a number", "x".repeat(5_000_000));
/// let b = bound(&long);
/// assert!(b.chars().count() < MESSAGE_LIMIT + 40);
/// assert!(b.starts_with("invalid type: string \"xxx"));
/// assert!(b.ends_with("expected a number (5000042 characters)"));
/// ```
pub fn bound(text: &str) -> std::borrow::Cow<'_, str> {
    const HEAD: usize = 384;
    const TAIL: usize = 64;
    let Some((head_end, _)) = text.char_indices().nth(MESSAGE_LIMIT) else {
        return std::borrow::Cow::Borrowed(text);
    };
    let count = text.chars().count();
    let head_end = text.char_indices().nth(HEAD).map_or(head_end, |(i, _)| i);
    let tail_start = text
        .char_indices()
        .rev()
        .nth(TAIL - 1)
        .map_or(head_end, |(i, _)| i);
    std::borrow::Cow::Owned(format!(
        "{}…{} ({count} characters)",
        &text[..head_end],
        &text[tail_start..]
    ))
}

/// A name that is not one of an enum's code names: an input error about the
/// argument `argument`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownName {
    /// The argument the name was given for, e.g. `kind`, `lang`.
    pub argument: &'static str,
    /// What the argument names, in Kazakh, Russian and English (`құжат
    /// түрі`, `вид документа`, `document kind`).
    pub what: [&'static str; 3],
    /// The value given, quoted with [`quote`].
    pub value: String,
    /// The names that are allowed.
    pub expected: &'static [&'static str],
}

impl UnknownName {
    /// The message in Kazakh, Russian and English (in that order).
    pub fn messages(&self) -> [String; 3] {
        let expected = self.expected.join(", ");
        let [kk, ru, en] = self.what;
        let value = &self.value;
        if expected.is_empty() {
            return [
                format!("белгісіз {kk} {value}"),
                format!("{ru}: неизвестное значение {value}"),
                format!("unknown {en} {value}"),
            ];
        }
        [
            format!("белгісіз {kk} {value}: {expected} болуы керек"),
            format!("{ru}: неизвестное значение {value}, ожидается одно из: {expected}"),
            format!("unknown {en} {value}: expected one of {expected}"),
        ]
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [_, _, en] = self.messages();
        f.write_str(&en)
    }
}

impl std::error::Error for UnknownName {}

/// An enum of code names: `ALL` in order, `name()`, `FromStr` (an
/// [`UnknownName`] error) and `Display`.
///
/// ```
/// kazcustoms_core::named_enum! {
///     /// A colour.
///     #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
///     pub enum Colour: "colour", ["түс", "цвет", "colour"] {
///         /// Red.
///         Red = "red",
///         /// Green.
///         Green = "green",
///     }
/// }
/// assert_eq!("green".parse::<Colour>().unwrap(), Colour::Green);
/// assert_eq!(Colour::ALL.len(), 2);
/// assert!("blue".parse::<Colour>().unwrap_err().to_string().contains("expected one of red, green"));
/// ```
#[macro_export]
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $argument:literal, [$kk:literal, $ru:literal, $en:literal] {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )*
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Every code name, in the order of `ALL`.
            pub const NAMES: &'static [&'static str] = &[$($code),*];

            /// The code name.
            pub const fn name(self) -> &'static str {
                match self { $($name::$variant => $code,)* }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::names::UnknownName;

            fn from_str(s: &str) -> ::std::result::Result<$name, $crate::names::UnknownName> {
                match s {
                    $($code => Ok($name::$variant),)*
                    _ => Err($crate::names::UnknownName {
                        argument: $argument,
                        what: [$kk, $ru, $en],
                        value: $crate::names::quote(s),
                        expected: $name::NAMES,
                    }),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.pad(self.name())
            }
        }
    };
}

/// Serde and JSON Schema for an enum of code names (see [`named_enum!`]):
/// it is written as its code name, read back with `FromStr` (an unknown name
/// is an error naming the allowed ones), and its schema is a string `enum` of
/// `NAMES`. For the enums that values stored or sent by a service hold
/// (languages, number kinds, conventions, document and journal kinds,
/// lifecycle states).
macro_rules! serde_by_name {
    ($($name:ty),* $(,)?) => {$(
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let text = <::std::borrow::Cow<'de, str>>::deserialize(d)?;
                text.parse().map_err(::serde::de::Error::custom)
            }
        }

        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                ::schemars::json_schema!({ "type": "string", "enum": <$name>::NAMES })
            }
        }
    )*};
}
pub(crate) use serde_by_name;
