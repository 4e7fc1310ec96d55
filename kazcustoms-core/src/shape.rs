//! Every field of a document that cannot be read, found with the kind's
//! JSON Schema (the one `schemars` generates from the Rust type, committed
//! as `tests/schema/<kind>.schema.json`).
//!
//! Reading a document with serde stops at the first field it cannot read.
//! Only then, on the error path, the document is read again as a
//! `serde_json::Value` and checked against the schema by a [`Shape`],
//! which lists every shape error with its path: a value of the wrong type,
//! a required field missing, an unknown field, a value not among the
//! allowed ones, a date not written `YYYY-MM-DD`, an integer out of its
//! type's range. The successful read never comes here.
//!
//! A `Shape` is a small validator for exactly the part of JSON Schema
//! (draft 2020-12) that `schemars` emits for the library's types: `type`,
//! `properties`, `required`, `additionalProperties`, `patternProperties`,
//! `items`, `$ref` into `$defs`, `anyOf`, `oneOf`, `const`, `enum`,
//! `minimum`, `maximum` and `format` (`date`, and the integer formats
//! `uint8` … `int64`, whose ranges it checks); annotations (`description`,
//! `default`, `title`, …) are passed over. A schema with any other keyword
//! is refused when compiled ([`Shape::compile`]), so that a keyword is
//! never silently ignored; the test `every_committed_schema_compiles`
//! compiles the schema of every document kind. Why not the `jsonschema`
//! crate: it brings 34 more crates (about 55 s more of a debug build on one
//! core), reports an `Option` of a struct (schemars' `anyOf [{$ref},
//! {type: null}]`) as one error at the parent instead of the fields inside
//! it, and its messages are English, where these are written in three
//! languages (`messages::shape`).
//!
//! The problems follow the document: objects' fields in the order of the
//! value read (`serde_json` sorts keys), then the object's missing
//! required fields, list items by index. At most [`MAX_PROBLEMS`] are
//! listed.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::error::{Error, Input, Problem, ProblemKind};
use crate::messages::shape as msg;
use crate::names::quote;
use crate::text::Text;

/// The most problems listed for one input: a document with 10 000 bad
/// items gives the first 100.
pub const MAX_PROBLEMS: usize = 100;

/// Nesting beyond this (of `$ref` and `anyOf` without going into the value)
/// is not followed: a schema that refers to itself in a loop ends.
const MAX_SCHEMA_DEPTH: usize = 64;

/// The JSON types a schema allows, as bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
struct Types(u8);

/// The JSON type names, in bit order.
const TYPE_NAMES: [&str; 7] = [
    "null", "boolean", "integer", "number", "string", "array", "object",
];

impl Types {
    fn of_name(name: &str) -> Option<Types> {
        TYPE_NAMES
            .iter()
            .position(|&n| n == name)
            .map(|i| Types(1 << i))
    }

    /// The type of `v`; an integer is a number without fraction or
    /// exponent, as serde reads one (`27.0` is not an integer).
    fn of_value(v: &Value) -> Types {
        let name = match v {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        Types::of_name(name).unwrap_or_default()
    }

    /// Whether a value of type `t` (one bit) is allowed: an integer is
    /// also a number.
    fn allows(self, t: Types) -> bool {
        let number = Types::of_name("number").unwrap_or_default();
        let integer = Types::of_name("integer").unwrap_or_default();
        self.0 & t.0 != 0 || (t == integer && self.0 & number.0 != 0)
    }

    /// The names of the types allowed, `null` last ("an integer or null").
    fn names(self) -> impl Iterator<Item = &'static str> {
        let null = TYPE_NAMES.iter().take(1);
        TYPE_NAMES
            .iter()
            .skip(1)
            .chain(null)
            .filter(move |&&n| Types::of_name(n).is_some_and(|t| self.0 & t.0 != 0))
            .copied()
    }
}

/// A text or number format a schema names.
#[derive(Clone, Copy, Debug)]
enum Format {
    /// `date`: `YYYY-MM-DD` exactly ([`crate::dates::parse_date`]).
    Date,
    /// An integer format and its range: `uint32` is 0 to 4 294 967 295.
    Int(i128, i128),
}

impl Format {
    /// The format named `name`; `None` for one that is not checked
    /// (`double`, `float`: any JSON number is one).
    fn of_name(name: &str) -> Result<Option<Format>, String> {
        let int = |bits: u32, signed: bool| {
            let max = if signed {
                (1i128 << (bits - 1)) - 1
            } else {
                (1i128 << bits) - 1
            };
            let min = if signed { -(1i128 << (bits - 1)) } else { 0 };
            Some(Format::Int(min, max))
        };
        Ok(match name {
            "date" => Some(Format::Date),
            "uint8" => int(8, false),
            "uint16" => int(16, false),
            "uint32" | "uint" => int(32, false),
            "uint64" => int(64, false),
            "int8" => int(8, true),
            "int16" => int(16, true),
            "int32" | "int" => int(32, true),
            "int64" => int(64, true),
            "double" | "float" => None,
            other => return Err(format!("format {other:?} is not checked")),
        })
    }
}

/// One compiled schema.
#[derive(Debug, Default)]
struct Node {
    /// `false`: nothing is allowed.
    never: bool,
    reference: Option<usize>,
    types: Option<Types>,
    constant: Option<Value>,
    allowed: Option<Vec<Value>>,
    format: Option<Format>,
    minimum: Option<f64>,
    maximum: Option<f64>,
    properties: BTreeMap<String, usize>,
    required: Vec<String>,
    additional: Option<usize>,
    patterns: Vec<(regex_lite::Regex, usize)>,
    items: Option<usize>,
    any_of: Vec<usize>,
}

/// A document kind's JSON Schema, compiled once for checking values
/// against it ([`Shape::problems`]).
///
/// ```
/// use kazcustoms_core::shape::Shape;
/// let schema = serde_json::json!({
///     "type": "object",
///     "properties": {"count": {"type": "integer", "format": "uint32", "minimum": 0}},
///     "required": ["count"],
///     "additionalProperties": false
/// });
/// let shape = Shape::compile(&schema).unwrap();
/// let problems = shape.problems("document", &serde_json::json!({"count": -1, "x": 1}));
/// let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
/// assert_eq!(paths, ["document.count", "document.x"]);
/// assert!(Shape::compile(&serde_json::json!({"type": "string", "maxLength": 3})).is_err());
/// ```
#[derive(Debug)]
pub struct Shape {
    nodes: Vec<Node>,
    root: usize,
    /// The deepest nesting of arrays and objects a value of the schema can
    /// have (`None`: no bound), see [`Shape::depth`].
    depth: Option<usize>,
}

/// Keywords that say nothing about which values are allowed.
const ANNOTATIONS: [&str; 10] = [
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "default",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
];

impl Shape {
    /// The deepest nesting of arrays and objects a value the schema allows
    /// can have; `None` when it has no bound (a free-form value, a
    /// recursive definition). A JSON text that reads as the schema's type
    /// nests no deeper (see [`crate::json::schema_depth`]).
    pub fn depth(&self) -> Option<usize> {
        self.depth
    }

    /// Compiles `schema` (a JSON Schema as `schemars` writes it, its
    /// definitions under `$defs`).
    ///
    /// # Errors
    ///
    /// A description of the first keyword, reference, format or pattern it
    /// cannot check.
    pub fn compile(schema: &Value) -> Result<Shape, String> {
        let mut shape = Shape {
            nodes: Vec::new(),
            root: 0,
            depth: value_depth(schema, schema, &mut Vec::new()),
        };
        // Each definition gets its node first, so that references (also
        // among definitions) resolve by name.
        let mut defs = BTreeMap::new();
        if let Some(d) = schema.get("$defs") {
            let d = d.as_object().ok_or("$defs is not an object")?;
            for name in d.keys() {
                defs.insert(name.clone(), shape.push(Node::default()));
            }
            for (name, def) in d {
                let at = defs.get(name).copied().ok_or("a definition vanished")?;
                let node = shape.node(def, &defs)?;
                if let Some(slot) = shape.nodes.get_mut(at) {
                    *slot = node;
                }
            }
        }
        let root = shape.node(schema, &defs)?;
        shape.root = shape.push(root);
        Ok(shape)
    }

    fn push(&mut self, node: Node) -> usize {
        self.nodes.push(node);
        self.nodes.len().saturating_sub(1)
    }

    fn sub(&mut self, schema: &Value, defs: &BTreeMap<String, usize>) -> Result<usize, String> {
        let node = self.node(schema, defs)?;
        Ok(self.push(node))
    }

    fn node(&mut self, schema: &Value, defs: &BTreeMap<String, usize>) -> Result<Node, String> {
        let mut node = Node::default();
        let object = match schema {
            Value::Bool(b) => {
                node.never = !b;
                return Ok(node);
            }
            Value::Object(o) => o,
            _ => return Err("a schema is neither an object nor a boolean".to_owned()),
        };
        for (key, value) in object {
            match key.as_str() {
                k if ANNOTATIONS.contains(&k) => {}
                "$defs" => {}
                "type" => {
                    let names: Vec<&Value> = match value {
                        Value::Array(a) => a.iter().collect(),
                        v => vec![v],
                    };
                    let mut types = Types::default();
                    for n in names {
                        let t = n
                            .as_str()
                            .and_then(Types::of_name)
                            .ok_or_else(|| format!("unknown type {n}"))?;
                        types.0 |= t.0;
                    }
                    node.types = Some(types);
                }
                "$ref" => {
                    let name = value
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/$defs/"))
                        .ok_or_else(|| format!("reference {value} is not into $defs"))?;
                    let at = defs
                        .get(name)
                        .copied()
                        .ok_or_else(|| format!("no definition {name:?}"))?;
                    node.reference = Some(at);
                }
                "properties" => {
                    let props = value.as_object().ok_or("properties is not an object")?;
                    for (name, sub) in props {
                        let at = self.sub(sub, defs)?;
                        node.properties.insert(name.clone(), at);
                    }
                }
                "required" => {
                    let names = value.as_array().ok_or("required is not an array")?;
                    for n in names {
                        let n = n.as_str().ok_or("a required name is not a string")?;
                        node.required.push(n.to_owned());
                    }
                }
                "additionalProperties" => node.additional = Some(self.sub(value, defs)?),
                "patternProperties" => {
                    let pats = value
                        .as_object()
                        .ok_or("patternProperties is not an object")?;
                    for (pattern, sub) in pats {
                        let re = regex_lite::Regex::new(pattern).map_err(|e| e.to_string())?;
                        let at = self.sub(sub, defs)?;
                        node.patterns.push((re, at));
                    }
                }
                "items" => node.items = Some(self.sub(value, defs)?),
                "anyOf" | "oneOf" => {
                    // The schemas checked here never have two branches
                    // that a value matches both of, so oneOf is anyOf.
                    let branches = value.as_array().ok_or("anyOf is not an array")?;
                    for b in branches {
                        let at = self.sub(b, defs)?;
                        node.any_of.push(at);
                    }
                }
                "const" => node.constant = Some(value.clone()),
                "enum" => {
                    node.allowed = Some(value.as_array().ok_or("enum is not an array")?.clone());
                }
                "minimum" => node.minimum = Some(value.as_f64().ok_or("minimum is not a number")?),
                "maximum" => node.maximum = Some(value.as_f64().ok_or("maximum is not a number")?),
                "format" => {
                    node.format = Format::of_name(value.as_str().ok_or("format is not a string")?)?;
                }
                other => return Err(format!("the keyword {other:?} is not checked")),
            }
        }
        Ok(node)
    }

    /// Every problem of `value` against the schema, at most
    /// [`MAX_PROBLEMS`], with paths under `root` (`document`).
    pub fn problems(&self, root: &str, value: &Value) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut path = root.to_owned();
        self.check(self.root, value, &mut path, &mut out, 0);
        out.truncate(MAX_PROBLEMS);
        out
    }

    fn get(&self, n: usize) -> Option<&Node> {
        self.nodes.get(n)
    }

    /// The types a node allows, following its reference; all types for a
    /// node that does not say, or whose branches do not.
    fn types_of(&self, n: usize, depth: usize) -> Types {
        let all = Types(0x7f);
        let Some(node) = self.get(n) else { return all };
        if depth > MAX_SCHEMA_DEPTH {
            return all;
        }
        if let Some(t) = node.types {
            return t;
        }
        if let Some(r) = node.reference {
            return self.types_of(r, depth.saturating_add(1));
        }
        if !node.any_of.is_empty() {
            let mut t = Types::default();
            for &b in &node.any_of {
                t.0 |= self.types_of(b, depth.saturating_add(1)).0;
            }
            return t;
        }
        all
    }

    /// The constant a node (through its reference) allows alone, if any.
    fn constant_of(&self, n: usize, depth: usize) -> Option<&Value> {
        let node = self.get(n)?;
        if depth > MAX_SCHEMA_DEPTH {
            return None;
        }
        node.constant.as_ref().or_else(|| {
            node.reference
                .and_then(|r| self.constant_of(r, depth.saturating_add(1)))
        })
    }

    fn check(&self, n: usize, v: &Value, path: &mut String, out: &mut Vec<Problem>, depth: usize) {
        if out.len() >= MAX_PROBLEMS || depth > MAX_SCHEMA_DEPTH {
            return;
        }
        let Some(node) = self.get(n) else { return };
        let deeper = depth.saturating_add(1);
        if node.never {
            out.push(Problem::new(
                path.clone(),
                ProblemKind::Unreadable,
                msg::cannot_be_read(Some(describe(v)), "no value is allowed here"),
            ));
            return;
        }
        if let Some(t) = node.types {
            if !t.allows(Types::of_value(v)) {
                out.push(wrong_type(path, t, v));
                return;
            }
        }
        if let Some(r) = node.reference {
            let before = out.len();
            self.check(r, v, path, out, deeper);
            if out.len() > before {
                return;
            }
        }
        if !node.any_of.is_empty() && !self.any_of(node, v, path, out, deeper) {
            return;
        }
        if let Some(c) = &node.constant {
            if c != v {
                out.push(not_allowed(path, v, std::slice::from_ref(c)));
                return;
            }
        }
        if let Some(allowed) = &node.allowed {
            if !allowed.contains(v) {
                out.push(not_allowed(path, v, allowed));
                return;
            }
        }
        self.check_scalar(node, v, path, out);
        match v {
            Value::Object(fields) => self.check_object(node, fields, path, out, deeper),
            Value::Array(items) => {
                if let Some(item) = node.items {
                    for (i, x) in items.iter().enumerate() {
                        let len = path.len();
                        path.push('[');
                        path.push_str(&i.to_string());
                        path.push(']');
                        self.check(item, x, path, out, deeper);
                        path.truncate(len);
                        if out.len() >= MAX_PROBLEMS {
                            return;
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// The branches of `anyOf`: `true` when one of them allows `v` (and the
    /// checks of the node go on). Otherwise the problems of the branch
    /// that allows `v`'s type are the value's (for `Option<Struct>`, the
    /// struct's fields); a value of no branch's type is one type problem;
    /// a value no constant of the branches equals is one "not allowed".
    fn any_of(
        &self,
        node: &Node,
        v: &Value,
        path: &mut String,
        out: &mut Vec<Problem>,
        depth: usize,
    ) -> bool {
        let t = Types::of_value(v);
        let mut fitting = Vec::new();
        let mut types = Types::default();
        for &b in &node.any_of {
            let bt = self.types_of(b, depth);
            types.0 |= bt.0;
            if bt.allows(t) {
                fitting.push(b);
            }
        }
        if fitting.is_empty() {
            out.push(wrong_type(path, types, v));
            return false;
        }
        let mut first: Option<Vec<Problem>> = None;
        for &b in &fitting {
            let mut found = Vec::new();
            self.check(b, v, path, &mut found, depth);
            if found.is_empty() {
                return true;
            }
            first.get_or_insert(found);
        }
        let constants: Option<Vec<Value>> = fitting
            .iter()
            .map(|&b| self.constant_of(b, depth).cloned())
            .collect();
        match constants {
            Some(allowed) => out.push(not_allowed(path, v, &allowed)),
            None => {
                let room = MAX_PROBLEMS.saturating_sub(out.len());
                out.extend(first.unwrap_or_default().into_iter().take(room));
            }
        }
        false
    }

    /// `format`, `minimum` and `maximum` of a string or a number.
    fn check_scalar(&self, node: &Node, v: &Value, path: &str, out: &mut Vec<Problem>) {
        match (v, node.format) {
            (Value::String(s), Some(Format::Date)) if crate::dates::parse_date(s).is_none() => {
                out.push(Problem::new(
                    path,
                    ProblemKind::Format,
                    msg::not_in_format(&quote(s), type_text("date")),
                ));
                return;
            }
            (Value::Number(x), Some(Format::Int(min, max))) => {
                let n = x
                    .as_i64()
                    .map(i128::from)
                    .or_else(|| x.as_u64().map(i128::from));
                if let Some(n) = n {
                    if n < min || n > max {
                        out.push(Problem::new(
                            path,
                            ProblemKind::Range,
                            msg::out_of_range(
                                &x.to_string(),
                                Some(&min.to_string()),
                                Some(&max.to_string()),
                            ),
                        ));
                        return;
                    }
                }
            }
            _ => {}
        }
        if let Value::Number(x) = v {
            let f = x.as_f64().unwrap_or(f64::NAN);
            let low = node.minimum.filter(|&m| f < m);
            let high = node.maximum.filter(|&m| f > m);
            if low.is_some() || high.is_some() {
                out.push(Problem::new(
                    path,
                    ProblemKind::Range,
                    msg::out_of_range(
                        &x.to_string(),
                        node.minimum.map(|m| m.to_string()).as_deref(),
                        node.maximum.map(|m| m.to_string()).as_deref(),
                    ),
                ));
            }
        }
    }

    fn check_object(
        &self,
        node: &Node,
        fields: &serde_json::Map<String, Value>,
        path: &mut String,
        out: &mut Vec<Problem>,
        depth: usize,
    ) {
        for (key, x) in fields {
            let len = path.len();
            path.push('.');
            path.push_str(key);
            let sub = node.properties.get(key).copied().or_else(|| {
                node.patterns
                    .iter()
                    .find(|(re, _)| re.is_match(key))
                    .map(|&(_, at)| at)
            });
            match (sub, node.additional) {
                (Some(at), _) => self.check(at, x, path, out, depth),
                (None, Some(at)) if self.get(at).is_some_and(|a| a.never) => {
                    out.push(Problem::new(
                        path.clone(),
                        ProblemKind::UnknownField,
                        msg::unknown_field(&quote(key)),
                    ));
                }
                (None, Some(at)) => self.check(at, x, path, out, depth),
                (None, None) => {}
            }
            path.truncate(len);
            if out.len() >= MAX_PROBLEMS {
                return;
            }
        }
        for name in &node.required {
            if !fields.contains_key(name) && out.len() < MAX_PROBLEMS {
                out.push(Problem::new(
                    path.clone(),
                    ProblemKind::Required,
                    msg::required(&quote(name)),
                ));
            }
        }
    }
}

/// A value described for a message: its type and, for a scalar, the value
/// (a string quoted as a bounded prefix).
fn describe(v: &Value) -> Text {
    let t = TYPE_NAMES
        .iter()
        .copied()
        .find(|&n| Types::of_name(n) == Some(Types::of_value(v)))
        .unwrap_or("null");
    let literal = match v {
        Value::String(s) => Some(quote(s)),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    msg::found(type_text(t), literal.as_deref())
}

/// The name of a type or format in three languages.
fn type_text(name: &str) -> Text {
    msg::type_name(name).unwrap_or_else(|| Text::new(name, name, name))
}

/// A quoted value for a message: a string bounded, a number or other
/// scalar as JSON writes it.
fn quoted(v: &Value) -> String {
    match v {
        Value::String(s) => quote(s),
        other => crate::names::bound(&other.to_string()).into_owned(),
    }
}

fn wrong_type(path: &str, expected: Types, v: &Value) -> Problem {
    let names: Vec<Text> = expected.names().filter_map(msg::type_name).collect();
    Problem::new(
        path,
        ProblemKind::Type,
        msg::wrong_type(&names, describe(v)),
    )
}

fn not_allowed(path: &str, v: &Value, allowed: &[Value]) -> Problem {
    let allowed: Vec<String> = allowed.iter().map(quoted).collect();
    Problem::new(
        path,
        ProblemKind::NotAllowed,
        msg::not_allowed(&quoted(v), &allowed),
    )
}

/// `error`, a document that serde could not read, with every problem
/// `shape` finds in `value` (the same document read as JSON). The first
/// problem stays the one at serde's path (the error's `path()` does not
/// change), with the schema's message when the schema found one there;
/// the schema's other problems follow. When the schema finds nothing (a
/// check only the reader makes), `error` is returned as it is.
pub(crate) fn refine(error: Error, value: &Value, shape: &Shape) -> Error {
    let Error::InvalidDocument {
        input, problems, ..
    } = &error
    else {
        return error;
    };
    let input: Input = *input;
    let mut found = shape.problems(input.name(), value);
    if found.is_empty() {
        return error;
    }
    let Some(serde) = problems.first() else {
        return Error::unreadable(input, found);
    };
    let first = match found
        .iter()
        .position(|p| p.path == serde.path && p.kind != ProblemKind::Required)
        .or_else(|| found.iter().position(|p| p.path == serde.path))
    {
        Some(i) => found.remove(i),
        // Serde's own problem, without where in the text it stopped: a
        // document given as text and as native values (no lines) then
        // list the same problems in the same words.
        None => {
            let mut first = serde.clone();
            first.reason = without_location(&first.reason);
            first
        }
    };
    found.insert(0, first);
    found.truncate(MAX_PROBLEMS);
    Error::unreadable(input, found)
}

/// The text between the first two backticks of `s`, and what follows.
fn backticked(s: &str) -> Option<(&str, &str)> {
    let (_, rest) = s.split_once('`')?;
    rest.split_once('`')
}

/// A JSON type named as serde names what it expected (`u32`, `a string`,
/// `struct Consignee`), for a message; `None` for another.
fn expected_type(exp: &str) -> Option<&'static str> {
    Some(match exp {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" => "integer",
        "f32" | "f64" | "a number" => "number",
        "a string" | "a borrowed string" | "a string key" | "a character" => "string",
        "a boolean" => "boolean",
        "a sequence" | "a list" => "array",
        "a map" | "a JSON object" => "object",
        "unit" => "null",
        "a date written YYYY-MM-DD" => "date",
        "a date and time written YYYY-MM-DDTHH:MM" => "date_time",
        e if e.starts_with("struct ") => "object",
        _ => return None,
    })
}

/// The range of an integer type serde names (`u32`).
fn int_range(exp: &str) -> Option<(i128, i128)> {
    match Format::of_name(&format!(
        "{}int{}",
        if exp.starts_with('u') { "u" } else { "" },
        exp.get(1..).unwrap_or("")
    )) {
        Ok(Some(Format::Int(lo, hi))) => Some((lo, hi)),
        _ => None,
    }
}

/// A value as serde describes what it found (`string "27"`, `integer
/// \`5\``, `floating point \`2.5\``, `map`): its type and literal.
fn unexpected(unexp: &str) -> Option<(&'static str, Option<String>)> {
    let lit = |s: &str| backticked(s).map(|(v, _)| v.to_owned());
    if let Some(s) = unexp.strip_prefix("string ") {
        // serde quotes the whole string; keep a bounded prefix.
        let inner = s.strip_prefix('"').and_then(|s| s.strip_suffix('"'));
        return Some(("string", Some(quote(inner.unwrap_or(s)))));
    }
    Some(match unexp {
        u if u.starts_with("integer ") => ("integer", lit(u)),
        u if u.starts_with("floating point ") => ("number", lit(u)),
        u if u.starts_with("boolean ") => ("boolean", lit(u)),
        u if u.starts_with("character ") => ("string", lit(u).map(|c| quote(&c))),
        "unit value" | "null" => ("null", None),
        "sequence" => ("array", None),
        "map" => ("object", None),
        _ => return None,
    })
}

/// The JSON reader's (serde's) reason `inner` for a field it could not
/// read, as a problem kind and a reason in three languages, none of which
/// quotes serde's English in Kazakh or Russian. The English of a reason
/// this does not know is serde's own.
pub(crate) fn serde_reason(inner: &str) -> (ProblemKind, Text) {
    let found = |u: &str| unexpected(u).map(|(t, lit)| msg::found(type_text(t), lit.as_deref()));
    if let Some(rest) = inner.strip_prefix("invalid type: ") {
        if let Some((u, exp)) = rest.rsplit_once(", expected ") {
            if let (Some(f), Some(e)) = (found(u), expected_type(exp)) {
                return (ProblemKind::Type, msg::wrong_type(&[type_text(e)], f));
            }
            return (ProblemKind::Type, msg::cannot_be_read(found(u), inner));
        }
    }
    if let Some(rest) = inner.strip_prefix("invalid value: ") {
        if let Some((u, exp)) = rest.rsplit_once(", expected ") {
            if let (Some(("integer", Some(n))), Some((lo, hi))) = (unexpected(u), int_range(exp)) {
                let (lo, hi) = (lo.to_string(), hi.to_string());
                return (
                    ProblemKind::Range,
                    msg::out_of_range(&n, Some(&lo), Some(&hi)),
                );
            }
            return (
                ProblemKind::Unreadable,
                msg::cannot_be_read(found(u), inner),
            );
        }
    }
    if let Some(rest) = inner.strip_prefix("missing field ") {
        if let Some((f, _)) = backticked(rest) {
            return (ProblemKind::Required, msg::required(&quote(f)));
        }
    }
    if let Some(rest) = inner.strip_prefix("unknown field ") {
        if let Some((f, _)) = backticked(rest) {
            return (ProblemKind::UnknownField, msg::unknown_field(&quote(f)));
        }
    }
    if let Some(rest) = inner.strip_prefix("duplicate field ") {
        if let Some((f, _)) = backticked(rest) {
            return (ProblemKind::Unreadable, msg::duplicate_field(&quote(f)));
        }
    }
    if let Some(rest) = inner.strip_prefix("unknown variant ") {
        if let Some((v, mut tail)) = backticked(rest) {
            let mut allowed = Vec::new();
            while let Some((a, t)) = backticked(tail) {
                allowed.push(quote(a));
                tail = t;
            }
            return (
                ProblemKind::NotAllowed,
                msg::not_allowed(&quote(v), &allowed),
            );
        }
    }
    for (suffix, format) in [
        (" is not a date written YYYY-MM-DD", "date"),
        (
            " is not a date and time written YYYY-MM-DDTHH:MM",
            "date_time",
        ),
    ] {
        if let Some(v) = inner.strip_suffix(suffix) {
            return (
                ProblemKind::Format,
                msg::not_in_format(v, type_text(format)),
            );
        }
    }
    if is_syntax(inner) {
        return (ProblemKind::Unreadable, msg::not_json(inner));
    }
    (ProblemKind::Unreadable, msg::cannot_be_read(None, inner))
}

/// Whether `reason` is one of the JSON reader's syntax errors (text that is
/// not JSON), not an error of a value read.
fn is_syntax(reason: &str) -> bool {
    msg::not_json(reason).ru != msg::not_json("").ru
}

/// `reason` without the location [`location_text`] put after it, if any.
fn without_location(reason: &Text) -> Text {
    let Some(at) = reason.en.rfind(" at line ") else {
        return reason.clone();
    };
    let location = location_text(reason.en.get(at..).unwrap_or(""));
    let cut = |t: &str, l: &str| t.strip_suffix(l).unwrap_or(t).to_owned();
    Text::new(
        cut(&reason.kk, &location.kk),
        cut(&reason.ru, &location.ru),
        cut(&reason.en, &location.en),
    )
}

/// serde_json's location ` at line L column C` in three languages; empty
/// for an empty or unknown one.
pub(crate) fn location_text(location: &str) -> Text {
    let numbers = location
        .strip_prefix(" at line ")
        .and_then(|r| r.split_once(" column "))
        .and_then(|(l, c)| Some((l.parse().ok()?, c.parse().ok()?)));
    match numbers {
        Some((line, column)) => msg::location(line, column),
        None => Text::new(location, location, location),
    }
}

/// The depth of `schema` (a part of `root`), following `$ref`s into
/// `root`'s `$defs`; `seen` holds the definitions being followed (one seen
/// again is a recursion: no bound).
pub(crate) fn value_depth<'a>(
    schema: &'a serde_json::Value,
    root: &'a serde_json::Value,
    seen: &mut Vec<&'a str>,
) -> Option<usize> {
    use serde_json::Value;
    let schema = match schema {
        Value::Object(o) => o,
        // `true` is any value; `false` none (no text reads).
        Value::Bool(any) => return if *any { None } else { Some(0) },
        _ => return None,
    };
    if let Some(reference) = schema.get("$ref") {
        let name = reference.as_str()?.strip_prefix("#/$defs/")?;
        if seen.contains(&name) {
            return None;
        }
        seen.push(name);
        let depth = value_depth(root.get("$defs")?.get(name)?, root, seen);
        seen.pop();
        return depth;
    }
    let mut depth = None::<usize>;
    let mut known = false;
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = schema.get(key) {
            for branch in branches.as_array()? {
                let d = value_depth(branch, root, seen)?;
                depth = Some(depth.map_or(d, |x| x.max(d)));
            }
            known = true;
        }
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        Some(_) => return None,
        None if schema.contains_key("enum") || schema.contains_key("const") => vec!["string"],
        None if known => Vec::new(),
        None => return None,
    };
    for t in types {
        let d = match t {
            "string" | "number" | "integer" | "boolean" | "null" => 0,
            "object" => {
                let mut inner = 0;
                for p in schema
                    .get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    inner = inner.max(value_depth(p.1, root, seen)?);
                }
                let patterns = schema.get("patternProperties").and_then(Value::as_object);
                for p in patterns.into_iter().flatten() {
                    inner = inner.max(value_depth(p.1, root, seen)?);
                }
                // members not named: only of a known shape (a map), or none
                inner = inner.max(value_depth(
                    schema.get("additionalProperties")?,
                    root,
                    seen,
                )?);
                inner.checked_add(1)?
            }
            "array" => {
                let mut inner = value_depth(schema.get("items")?, root, seen)?;
                for item in schema
                    .get("prefixItems")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    inner = inner.max(value_depth(item, root, seen)?);
                }
                inner.checked_add(1)?
            }
            _ => return None,
        };
        depth = Some(depth.map_or(d, |x| x.max(d)));
    }
    depth
}

#[cfg(test)]
mod tests {
    use super::{location_text, serde_reason, Shape};
    use crate::error::ProblemKind;
    use serde_json::json;

    #[test]
    fn serde_reasons_are_said_in_three_languages() {
        let cases = [
            (
                "invalid type: string \"27\", expected u32",
                ProblemKind::Type,
                "ожидается целое число, дано: строка \"27\"",
            ),
            (
                "invalid type: floating point `27.5`, expected u32",
                ProblemKind::Type,
                "ожидается целое число, дано: число 27.5",
            ),
            (
                "invalid type: map, expected a string",
                ProblemKind::Type,
                "ожидается строка, дано: объект",
            ),
            (
                "invalid value: integer `5000000000`, expected u32",
                ProblemKind::Range,
                "5000000000 вне допустимого диапазона: не менее 0, не более 4294967295",
            ),
            (
                "invalid value: integer `-1`, expected u8",
                ProblemKind::Range,
                "-1 вне допустимого диапазона: не менее 0, не более 255",
            ),
            (
                "missing field `total`",
                ProblemKind::Required,
                "нет обязательного поля \"total\"",
            ),
            (
                "unknown field `colour`, expected one of `a`, `b`",
                ProblemKind::UnknownField,
                "неизвестное поле \"colour\": такого поля здесь нет",
            ),
            (
                "unknown variant `fax`, expected `paper` or `electronic`",
                ProblemKind::NotAllowed,
                "\"fax\" — не одно из допустимых значений: \"paper\", \"electronic\"",
            ),
            (
                "duplicate field `date`",
                ProblemKind::Unreadable,
                "поле \"date\" указано дважды",
            ),
            (
                "\"16.10.2026\" is not a date written YYYY-MM-DD",
                ProblemKind::Format,
                "\"16.10.2026\" — не дата в виде YYYY-MM-DD",
            ),
            (
                "trailing comma",
                ProblemKind::Unreadable,
                "текст не JSON: лишняя запятая",
            ),
            (
                "EOF while parsing an object",
                ProblemKind::Unreadable,
                "текст не JSON: текст кончился внутри объекта",
            ),
            (
                "no column \"0\" in a short declaration",
                ProblemKind::Unreadable,
                "не прочитано: значение этого поля недопустимо",
            ),
        ];
        for (serde, kind, ru) in cases {
            let (k, t) = serde_reason(serde);
            assert_eq!((k, t.ru.as_str()), (kind, ru), "{serde}");
            assert!(!t.kk.is_empty() && t.kk != t.ru, "{serde}: {t:?}");
        }
        // A reason of its own keeps the reader's English in English only.
        let (_, t) = serde_reason("no column \"0\" in a short declaration");
        assert_eq!(
            t.en,
            "cannot be read: no column \"0\" in a short declaration"
        );
        assert_eq!(
            location_text(" at line 3 column 7").ru,
            " (строка 3, столбец 7)"
        );
        assert_eq!(location_text("").ru, "");
        let located = serde_reason("missing field `x`").1;
        let mut with = located.clone();
        for (t, l) in [
            (&mut with.kk, " (3-жол, 7-баған)"),
            (&mut with.ru, " (строка 3, столбец 7)"),
            (&mut with.en, " at line 3 column 7"),
        ] {
            t.push_str(l);
        }
        assert_eq!(super::without_location(&with), located);
    }

    #[test]
    fn an_option_of_a_struct_is_checked_inside() {
        let schema = json!({
            "type": "object",
            "properties": {
                "office": {"anyOf": [{"$ref": "#/$defs/Office"}, {"type": "null"}]},
                "state": {"$ref": "#/$defs/State"},
                "dates": {"type": "array", "items": {"type": "string", "format": "date"}}
            },
            "additionalProperties": false,
            "$defs": {
                "Office": {"type": "object", "properties": {"code": {"type": "string"}},
                           "required": ["code"], "additionalProperties": false},
                "State": {"oneOf": [{"type": "string", "const": "a"}, {"type": "string", "const": "b"}]}
            }
        });
        let shape = Shape::compile(&schema).unwrap();
        let got = |v| {
            shape
                .problems("document", &v)
                .into_iter()
                .map(|p| (p.path, p.kind))
                .collect::<Vec<_>>()
        };
        let p = |s: &str, k| (s.to_owned(), k);
        assert_eq!(got(json!({"office": null, "state": "a", "dates": []})), []);
        assert_eq!(
            got(json!({"office": {"kod": "1"}, "state": "c", "dates": ["2026-01-01", "2026-1-1"]})),
            [
                p("document.dates[1]", ProblemKind::Format),
                p("document.office.kod", ProblemKind::UnknownField),
                p("document.office", ProblemKind::Required),
                p("document.state", ProblemKind::NotAllowed),
            ]
        );
        assert_eq!(
            got(json!({"office": 5, "state": 1})),
            [
                p("document.office", ProblemKind::Type),
                p("document.state", ProblemKind::Type),
            ]
        );
        let many: Vec<i32> = (0..500).collect();
        let text = shape.problems("document", &json!({"dates": many}));
        assert_eq!(text.len(), super::MAX_PROBLEMS);
    }
}
