//! Reading a document straight from Python values, with serde.
//!
//! [`PyDe`] is a serde `Deserializer` over the values `json.load` gives —
//! `dict` (with `str` keys), `list` (and `tuple`), `str`, `int`, `float`,
//! `bool`, `None` — so that the core reads a `dict` exactly as it reads the
//! same document as JSON text, without the text: no `json.dumps`, no
//! intermediate value. [`DictReader`] plugs it into the core's
//! `DocumentReader` through `read_document(fast, with_path)`, which reads
//! once without tracking paths and, only when that fails, again to name the
//! path of the offending field (`document.sheets[0].items[2].gross_kg`).
//!
//! It mirrors `serde_json` wherever the two could differ, so that a dict and
//! its `json.dumps` give the same report or the same error:
//! * a `bool` is never an integer (checked before `int`);
//! * an integer beyond 64 bits is read as a float, as `serde_json` reads
//!   such a literal; a float that is not finite (`nan`, `inf`, which JSON
//!   cannot carry) is refused;
//! * a struct may be given as a list of its fields in order;
//! * nesting deeper than 128 levels is refused (`serde_json`'s limit), so
//!   that no input can exhaust the stack.
//!
//! * a `datetime.date` (exactly that type) reads as its ISO text
//!   (`2026-03-30`), the form the JSON carries; a `datetime.datetime` (its
//!   time would be lost) or a subclass of `date` is refused;
//! * a `str` holding a lone surrogate is refused, as `serde_json` refuses
//!   its escape (`"\ud800"`) in JSON text — never replaced.
//!
//! * a `decimal.Decimal` (exactly that type) reads as the JSON number its
//!   text spells: integral ones as integers, others as floats, `NaN` and
//!   infinities refused; so an integer member refuses `Decimal("1.5")` and
//!   one beyond 64 bits, never rounding it (see [`visit_decimal`]);
//! * a numpy integer scalar (`numpy.int64`, …) reads as an int, a numpy
//!   `float16`/`float32` as a float (`numpy.float64` is a `float`);
//!   `numpy.bool_` is no number, as `bool` is none.
//!
//! Any other Python value (a `set`, `bytes`, a `datetime`, a
//! `numpy.longdouble`) is refused with its type name. No Python code of the caller's runs while
//! reading: every check and conversion is on the exact built-in types or
//! their C-level slots (a date's fields through the `date` type's own
//! descriptors). Should a dict change under the reader all the same (a
//! finalizer run by the garbage collector), its iteration stops with a
//! clear error (`messages::python::dict_changed`), never a panic: the size is
//! checked before each item, as PyO3's documentation advises, and PyO3's own
//! check of the keys is caught. (Copying the items first was measured: 1.7
//! times slower on a 100-item DCD.)

use std::cell::RefCell;
use std::fmt;

use kazcustoms_core as kc;
use kc::json::{read_document, read_value_at, DocumentReader};
use kc::messages::python as msg;
use kc::{Context, Input};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::iter::BoundDictIterator;
use pyo3::types::{
    PyBool, PyDate, PyDateAccess, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType,
};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Unexpected,
    Visitor,
};
use serde::Deserialize;

/// The deepest nesting read (the recursion limit of `serde_json`).
const MAX_DEPTH: u32 = 128;

/// Why a Python value could not be read; the core adds the path.
#[derive(Debug)]
pub(crate) struct DeError(String);

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> DeError {
        DeError(msg.to_string())
    }
}

impl DeError {
    /// A reason of `messages::python`: in English, as the reasons of
    /// `serde_json` are (the core quotes it in every language).
    fn of(text: kc::Text) -> DeError {
        DeError(text.en)
    }
}

thread_local! {
    /// The type name of the first Python value of no JSON type that the
    /// read under way on this thread refused, if any.
    static NOT_JSON: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The validation context read from a dict of keyword arguments with the
/// core's `Context::read`, and the type name of the first Python value of
/// no JSON type the read refused (a `bytes`, an object of some class):
/// what, at a keyword itself, is a Python `TypeError` rather than bad
/// options.
pub(crate) fn read_context(
    kwargs: &Bound<'_, PyDict>,
) -> (Result<Context, kc::Error>, Option<String>) {
    NOT_JSON.with(|slot| slot.replace(None));
    let root = kwargs.as_any();
    let read = Context::read(PyDe::new(root.clone()), PyDe::new(root.clone()));
    let not_json = NOT_JSON.with(|slot| slot.replace(None));
    (read, not_json)
}

/// The core's `DocumentReader` over a Python `dict`.
pub(crate) struct DictReader<'a, 'py>(pub(crate) &'a Bound<'py, PyDict>);

/// The strings of the dict are copied (owned), never borrowed: see
/// [`PyDe`].
impl<'de> DocumentReader<'de> for DictReader<'_, '_> {
    fn read<T: Deserialize<'de>>(self) -> Result<T, kc::Error> {
        let root = self.0.as_any();
        read_document::<T, _>(PyDe::new(root.clone()), PyDe::new(root.clone()))
    }

    fn read_shaped<T: Deserialize<'de> + schemars::JsonSchema>(
        self,
        limits: &kc::limits::Limits,
        shape: &dyn Fn() -> Option<&'static kc::shape::Shape>,
    ) -> Result<T, kc::Error> {
        let root = self.0.as_any();
        self.read_within(limits).map_err(|e| {
            // Error path only: the dict read again, as a JSON value, for
            // every field that cannot be read.
            kc::json::with_problems(e, json_value_of(root).as_ref(), shape)
        })
    }
}

/// A Python value read as a JSON value (for the shape check of a document
/// that could not be read); `None` when it cannot be.
pub(crate) fn json_value_of(obj: &Bound<'_, PyAny>) -> Option<serde_json::Value> {
    <serde_json::Value as serde::Deserialize>::deserialize(PyDe::new(obj.clone())).ok()
}

/// Any Python value (a list of entries, calendar changes, …) read as `T`;
/// a failure is `InvalidDocument` about `input`, with the path under its
/// name (`entries[0].number`).
pub(crate) fn read_value<T: DeserializeOwned>(
    obj: &Bound<'_, PyAny>,
    input: Input,
) -> Result<T, kc::Error> {
    read_value_at::<T, _>(input, PyDe::new(obj.clone()), PyDe::new(obj.clone()))
}

/// A serde `Deserializer` over one Python value.
pub(crate) struct PyDe<'py> {
    obj: Bound<'py, PyAny>,
    depth: u32,
}

impl<'py> PyDe<'py> {
    fn new(obj: Bound<'py, PyAny>) -> PyDe<'py> {
        PyDe { obj, depth: 0 }
    }

    /// The value's type name, for an error about a value of no JSON type.
    fn type_name(&self) -> String {
        self.obj
            .get_type()
            .name()
            .map_or_else(|_| "?".to_owned(), |n| n.to_string())
    }

    /// One level deeper, or the recursion error.
    fn enter(&self) -> Result<u32, DeError> {
        if self.depth >= MAX_DEPTH {
            return Err(DeError::of(msg::recursion_limit()));
        }
        Ok(self.depth + 1)
    }

    fn visit_text<'de, V: Visitor<'de>>(
        s: &Bound<'py, PyString>,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match text_of(s)? {
            std::borrow::Cow::Borrowed(text) => visitor.visit_str(text),
            std::borrow::Cow::Owned(text) => visitor.visit_string(text),
        }
    }

    fn visit_dict<'de, V: Visitor<'de>>(
        &self,
        d: &Bound<'py, PyDict>,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let depth = self.enter()?;
        visitor.visit_map(DictAccess {
            dict: d.clone(),
            len: d.len(),
            iter: d.iter(),
            value: None,
            depth,
        })
    }

    fn visit_items<'de, V: Visitor<'de>>(
        &self,
        items: Items<'py>,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let depth = self.enter()?;
        visit_seq(items, depth, visitor)
    }

    fn visit_int<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, DeError> {
        if let Ok(i) = self.obj.extract::<i64>() {
            return visitor.visit_i64(i);
        }
        if let Ok(u) = self.obj.extract::<u64>() {
            return visitor.visit_u64(u);
        }
        // Beyond 64 bits: a float, as serde_json reads such a literal. Only
        // for a plain int: a subclass's __float__ would run Python code.
        match self.obj.cast_exact::<PyInt>().ok().and_then(float_of_int) {
            Some(f) => visitor.visit_f64(f),
            None => Err(DeError::of(msg::number_out_of_range())),
        }
    }
}

/// A `str`'s text; one holding a lone surrogate (not valid Unicode) is
/// refused, as `serde_json` refuses its escape in JSON text.
fn text_of<'a>(s: &'a Bound<'_, PyString>) -> Result<std::borrow::Cow<'a, str>, DeError> {
    s.to_cow().map_err(|_| DeError::of(msg::lone_surrogate()))
}

/// A number of a type outside the JSON ones that a document reads where it
/// has numbers (see [`other_number`]).
enum OtherNumber {
    /// Exactly a `decimal.Decimal`.
    Decimal,
    /// A numpy integer scalar (`numpy.int64`, `numpy.uint8`, …).
    NumpyInt,
    /// A numpy `float16` or `float32` (a `numpy.float64` is a `float`).
    NumpyFloat,
}

/// The types of [`OtherNumber`], found once: `decimal.Decimal`, and
/// numpy's `integer`, `float16` and `float32` once numpy is imported (a
/// numpy scalar cannot exist before; numpy is never imported here).
struct NumberTypes {
    decimal: Py<PyType>,
    numpy: PyOnceLock<Option<[Py<PyType>; 3]>>,
}

static NUMBER_TYPES: PyOnceLock<Option<NumberTypes>> = PyOnceLock::new();

/// Which [`OtherNumber`] `obj` is, if any. Only type objects are compared
/// (no method of the value runs): a subclass of `Decimal`, which could
/// change its text, is not one; `numpy.bool_` is not a number (as a `bool`
/// is not), nor is a `numpy.longdouble` (which a float would round).
fn other_number(obj: &Bound<'_, PyAny>) -> Option<OtherNumber> {
    let py = obj.py();
    let types = NUMBER_TYPES
        .get_or_init(py, || {
            let decimal = py.import("decimal").ok()?.getattr("Decimal").ok()?;
            Some(NumberTypes {
                decimal: decimal.cast_into::<PyType>().ok()?.unbind(),
                numpy: PyOnceLock::new(),
            })
        })
        .as_ref()?;
    let ty = obj.get_type();
    if ty.is(types.decimal.bind(py)) {
        return Some(OtherNumber::Decimal);
    }
    let numpy = match types.numpy.get(py) {
        Some(found) => found.as_ref(),
        None => {
            let module = py
                .import("sys")
                .and_then(|sys| sys.getattr("modules"))
                .and_then(|m| m.get_item("numpy"))
                .ok()?;
            let find = |name: &str| -> Option<Py<PyType>> {
                Some(
                    module
                        .getattr(name)
                        .ok()?
                        .cast_into::<PyType>()
                        .ok()?
                        .unbind(),
                )
            };
            let found = (|| Some([find("integer")?, find("float16")?, find("float32")?]))();
            types.numpy.get_or_init(py, || found).as_ref()
        }
    }?;
    let [integer, float16, float32] = numpy;
    if ty.is_subclass(integer.bind(py)).unwrap_or(false) {
        Some(OtherNumber::NumpyInt)
    } else if ty.is(float16.bind(py)) || ty.is(float32.bind(py)) {
        Some(OtherNumber::NumpyFloat)
    } else {
        None
    }
}

/// A `Decimal` read as the JSON number its text spells (`str(d)`, the
/// decimal module's own C code): `5` as an integer, `1.5` and `1E+2` as
/// floats (as `serde_json` reads those literals), so that an integral
/// member refuses `1.5` and an integer too large for it, never rounding
/// it; a float member reads the text as a JSON number is read. `NaN`,
/// `sNaN` and `Infinity` are refused, as a float that is not finite is.
fn visit_decimal<'de, V: Visitor<'de>>(
    obj: &Bound<'_, PyAny>,
    visitor: V,
) -> Result<V::Value, DeError> {
    let text = obj
        .str()
        .map_err(|_| DeError::of(msg::number_out_of_range()))?;
    let text = text_of(&text)?;
    match serde_json::from_str::<serde_json::Number>(&text) {
        Ok(n) => {
            if let Some(i) = n.as_i64() {
                visitor.visit_i64(i)
            } else if let Some(u) = n.as_u64() {
                visitor.visit_u64(u)
            } else {
                match n.as_f64() {
                    Some(f) => visitor.visit_f64(f),
                    None => Err(DeError::of(msg::number_out_of_range())),
                }
            }
        }
        Err(_) => {
            let expected = msg::finite_number().en;
            Err(de::Error::invalid_value(
                Unexpected::Other(&format!("Decimal('{text}')")),
                &expected.as_str(),
            ))
        }
    }
}

/// A float, which must be finite: JSON has no NaN or infinity.
fn visit_float<'de, V: Visitor<'de>>(
    f: &Bound<'_, PyFloat>,
    visitor: V,
) -> Result<V::Value, DeError> {
    let value = f.value();
    if !value.is_finite() {
        let expected = msg::finite_number().en;
        return Err(de::Error::invalid_value(
            Unexpected::Float(value),
            &expected.as_str(),
        ));
    }
    visitor.visit_f64(value)
}

/// A Python int as a finite float, if it fits.
fn float_of_int(i: &Bound<'_, PyInt>) -> Option<f64> {
    i.extract::<f64>().ok().filter(|f| f.is_finite())
}

impl<'de> de::Deserializer<'de> for PyDe<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let obj = &self.obj;
        // The exact built-in types first (a pointer comparison each), then
        // None, bool and the subclasses (a flags look-up each).
        if let Ok(s) = obj.cast_exact::<PyString>() {
            return PyDe::visit_text(s, visitor);
        }
        if let Ok(d) = obj.cast_exact::<PyDict>() {
            return self.visit_dict(d, visitor);
        }
        if let Ok(f) = obj.cast_exact::<PyFloat>() {
            return visit_float(f, visitor);
        }
        if obj.is_exact_instance_of::<PyInt>() {
            return self.visit_int(visitor);
        }
        if let Ok(list) = obj.cast_exact::<PyList>() {
            return self.visit_items(Items::List(list.clone()), visitor);
        }
        if obj.is_none() {
            return visitor.visit_unit();
        }
        if let Ok(b) = obj.cast::<PyBool>() {
            return visitor.visit_bool(b.is_true());
        }
        if let Ok(s) = obj.cast::<PyString>() {
            return PyDe::visit_text(s, visitor);
        }
        if let Ok(d) = obj.cast::<PyDict>() {
            return self.visit_dict(d, visitor);
        }
        if let Ok(f) = obj.cast::<PyFloat>() {
            return visit_float(f, visitor);
        }
        if obj.is_instance_of::<PyInt>() {
            return self.visit_int(visitor);
        }
        if let Ok(list) = obj.cast::<PyList>() {
            return self.visit_items(Items::List(list.clone()), visitor);
        }
        if let Ok(t) = obj.cast::<PyTuple>() {
            return self.visit_items(Items::Tuple(t.clone()), visitor);
        }
        // Exactly a `datetime.date` (not a `datetime.datetime`, whose time
        // would be dropped, nor a subclass, whose fields could be Python
        // code) reads as its ISO text, as the JSON form carries it.
        if let Ok(date) = obj.cast_exact::<PyDate>() {
            let (y, m, d) = (date.get_year(), date.get_month(), date.get_day());
            return visitor.visit_string(format!("{y:04}-{m:02}-{d:02}"));
        }
        match other_number(obj) {
            Some(OtherNumber::Decimal) => return visit_decimal(obj, visitor),
            Some(OtherNumber::NumpyInt) => return self.visit_int(visitor),
            Some(OtherNumber::NumpyFloat) => {
                return match obj.extract::<f64>() {
                    Ok(f) if f.is_finite() => visitor.visit_f64(f),
                    Ok(f) => Err(de::Error::invalid_value(
                        Unexpected::Float(f),
                        &msg::finite_number().en.as_str(),
                    )),
                    Err(_) => Err(DeError::of(msg::number_out_of_range())),
                };
            }
            None => {}
        }
        let name = self.type_name();
        NOT_JSON.with(|slot| {
            if let Ok(mut slot) = slot.try_borrow_mut() {
                slot.get_or_insert_with(|| name.clone());
            }
        });
        let what = msg::python_value(&name).en;
        Err(de::Error::invalid_type(Unexpected::Other(&what), &visitor))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.obj.is_none() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        // Unit variants, as a str; the document model has no other kind.
        // The variant's name is borrowed from the str, not copied.
        match self.obj.cast::<PyString>() {
            Ok(s) => match text_of(s)? {
                std::borrow::Cow::Borrowed(name) => {
                    visitor.visit_enum(IntoDeserializer::<DeError>::into_deserializer(name))
                }
                std::borrow::Cow::Owned(name) => {
                    visitor.visit_enum(IntoDeserializer::<DeError>::into_deserializer(name))
                }
            },
            Err(_) => self.deserialize_any(visitor),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        // Nothing to read: the value is skipped without walking into it.
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

/// A list or a tuple being read.
enum Items<'py> {
    List(Bound<'py, PyList>),
    Tuple(Bound<'py, PyTuple>),
}

impl<'py> Items<'py> {
    fn len(&self) -> usize {
        match self {
            Items::List(l) => l.len(),
            Items::Tuple(t) => t.len(),
        }
    }

    fn get(&self, i: usize) -> Option<Bound<'py, PyAny>> {
        match self {
            Items::List(l) => l.get_item(i).ok(),
            Items::Tuple(t) => t.get_item(i).ok(),
        }
    }
}

fn visit_seq<'de, V: Visitor<'de>>(
    items: Items<'_>,
    depth: u32,
    visitor: V,
) -> Result<V::Value, DeError> {
    let len = items.len();
    let mut access = SeqItems {
        items,
        next: 0,
        depth,
    };
    let value = visitor.visit_seq(&mut access)?;
    if access.next < len {
        // serde_json's words for an array longer than the type wants
        let expected = msg::fewer_elements().en;
        return Err(de::Error::invalid_length(len, &expected.as_str()));
    }
    Ok(value)
}

struct SeqItems<'py> {
    items: Items<'py>,
    next: usize,
    depth: u32,
}

impl<'de> SeqAccess<'de> for SeqItems<'_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        // The length is read each time (nothing can change the list while it
        // is read, but a stale length must never be trusted), and first:
        // an index past the end would cost an IndexError to make and drop.
        if self.next >= self.items.len() {
            return Ok(None);
        }
        let Some(obj) = self.items.get(self.next) else {
            return Ok(None);
        };
        self.next += 1;
        seed.deserialize(PyDe {
            obj,
            depth: self.depth,
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len().saturating_sub(self.next))
    }
}

/// A dict being read, with its size when the read began.
struct DictAccess<'py> {
    dict: Bound<'py, PyDict>,
    len: usize,
    iter: BoundDictIterator<'py>,
    value: Option<Bound<'py, PyAny>>,
    depth: u32,
}

impl<'de> MapAccess<'de> for DictAccess<'_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        // PyO3's iterator panics when the dict changed; check first, and
        // catch what only it can see (the same size, other keys).
        if self.dict.len() != self.len {
            return Err(DeError::of(msg::dict_changed()));
        }
        let next = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.iter.next()))
            .map_err(|_| DeError::of(msg::dict_changed()))?;
        let Some((key, value)) = next else {
            return Ok(None);
        };
        self.value = Some(value);
        seed.deserialize(KeyDe(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let obj = self
            .value
            .take()
            .ok_or_else(|| DeError::of(msg::value_before_key()))?;
        seed.deserialize(PyDe {
            obj,
            depth: self.depth,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

/// The integer methods of a key deserializer, each reading the str key as
/// a number.
macro_rules! int_keys {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
                self.integer(visitor)
            }
        )*
    };
}

/// A dict key: a str, as in JSON.
struct KeyDe<'py>(Bound<'py, PyAny>);

impl<'de> de::Deserializer<'de> for KeyDe<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0.cast::<PyString>() {
            Ok(s) => PyDe::visit_text(s, visitor),
            Err(_) => {
                let name = self
                    .0
                    .get_type()
                    .name()
                    .map_or_else(|_| "?".to_owned(), |n| n.to_string());
                Err(DeError::of(msg::key_type(&name)))
            }
        }
    }

    int_keys! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
    }

    serde::forward_to_deserialize_any! {
        bool f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl KeyDe<'_> {
    /// A key read as an integer (a map keyed by years): the str parsed, as
    /// `serde_json` reads the key `"2027"` of an object into an integer.
    fn integer<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let Ok(s) = self.0.cast::<PyString>() else {
            return de::Deserializer::deserialize_any(self, visitor);
        };
        let text = text_of(s)?;
        if let Ok(i) = text.parse::<i64>() {
            visitor.visit_i64(i)
        } else if let Ok(u) = text.parse::<u64>() {
            visitor.visit_u64(u)
        } else {
            Err(de::Error::invalid_value(Unexpected::Str(&text), &visitor))
        }
    }
}
