//! Documents (SPEC §3) by the core's registry of document kinds, every
//! function keyed by the kind's name: `validate`, `schema`, `columns`,
//! `states`, `transition` (with `dcd_transition` and `guarantee_transition`
//! as its aliases); and the operations only a DCD has: its copies, stamps
//! and capital letters.
//!
//! A document is a `dict` (read directly by [`DictReader`], see
//! `depythonize.rs`) or JSON text (the core's `JsonReader`); both give the
//! same report, or the same `InvalidDocument` with the same path.

use std::borrow::Cow;

use kazcustoms_core as kc;
use kc::dcd::{self, Dcd, StampFigure, StampLang};
use kc::documents::{DocumentKind, DocumentReader, JsonReader, ReadDocument};
use kc::messages::python as msg;
use kc::{Context, Input, Lang, Text};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyInt, PyList, PyString, PyTuple};
use serde::Deserialize;

use crate::context::context_of;
use crate::depythonize::DictReader;
use crate::{lang_of, text_of, type_error, type_name, OrRaise, Parsed, Report};

// ---------------------------------------------------------------------------
// Reading a document

/// A document argument: a `dict`, or JSON text.
pub(crate) enum Document<'a, 'py> {
    Dict(&'a Bound<'py, PyDict>),
    Text(Cow<'a, str>),
}

impl<'a, 'py> Document<'a, 'py> {
    /// Anything but a dict or a str is a TypeError (a list is not a document
    /// either, though JSON text holding one is an InvalidDocument, as in the
    /// core).
    pub(crate) fn of(document: &'a Bound<'py, PyAny>, lang: Lang) -> PyResult<Document<'a, 'py>> {
        if let Ok(d) = document.cast::<PyDict>() {
            Ok(Document::Dict(d))
        } else if let Ok(s) = document.cast::<PyString>() {
            Ok(Document::Text(text_of(s)))
        } else {
            Err(type_error(&msg::document_type(&type_name(document)), lang))
        }
    }

    /// The document read as `T`, which may borrow the strings of a JSON
    /// text (a dict's are copied: see `depythonize.rs`).
    pub(crate) fn read<'s, T: Deserialize<'s>>(&'s self) -> Result<T, kc::Error> {
        match self {
            Document::Dict(d) => DictReader(d).read(),
            Document::Text(text) => JsonReader::new(text).read(),
        }
    }

    /// As [`Document::read`], a document of `kind`: one that cannot be
    /// read lists every field that cannot be read, as `validate` does.
    pub(crate) fn read_kind<'s, T: Deserialize<'s>>(
        &'s self,
        kind: DocumentKind,
    ) -> Result<T, kc::Error> {
        let shape = || kind.shape();
        match self {
            Document::Dict(d) => DictReader(d).read().map_err(|e| {
                let value = crate::depythonize::json_value_of(d.as_any());
                kc::json::with_problems(e, value.as_ref(), &shape)
            }),
            Document::Text(text) => JsonReader::new(text).read().map_err(|e| {
                let value = serde_json::from_str::<serde_json::Value>(text).ok();
                kc::json::with_problems(e, value.as_ref(), &shape)
            }),
        }
    }
}

/// A value of the core as the Python values `json.loads` gives for its JSON
/// (dict, list, str, int, float, bool, None; members in the core's order),
/// so that it can be handed back as a document or journal entry.
pub(crate) fn json_value<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let text = serde_json::to_string(value)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    let loads = LOADS.get_or_try_init(py, || {
        py.import("json")?.getattr("loads").map(Bound::unbind)
    })?;
    loads.bind(py).call1((text,))
}

// ---------------------------------------------------------------------------
// validate, schema

/// Validates a document of `kind` and returns the report of every
/// violation, with the column or field in `field` and, for goods columns,
/// the sheet and item (1-based). `kind` is one of DOCUMENT_KINDS: 'dcd'
/// (the delivery control document), 'guarantee_application' (an
/// application for a guarantee obligation with the facts of its decision),
/// 'guarantee' (an obligation and its state), 'short_declaration',
/// 'arrival' (registering goods arriving under a DCD; register_arrival
/// gives the stamp and journal row too) or 'delivery_certificate'.
///
/// `document` is a dict (as json.load gives it: str keys; dict, list, str,
/// int, float, bool and None values; a datetime.date reads as its ISO
/// date) or a str of JSON. It is read directly, never converted to text.
/// The other keywords are the validation context, all optional, the
/// members of the options JSON of the C kazcustoms_validate_json:
/// `reference` (date for the numbers in the document; None: today),
/// `offices` (any iterable of known str office codes), `usd_rate` (tenge
/// per US dollar, for column 46), `headings` (a mapping of 4-digit headings
/// to their general names, for DCD.31.GENERIC), `eseal_departure` /
/// `eseal_destination` (whether each office runs the automated delivery
/// control system, for DCD.50.ESEAL), `distance_km` (route distance for
/// the column 50 deadline when the document has none), `convention`
/// ('calendar' or 'thirty_day'), `calendar` (the working calendar for the
/// rules that count working days: SD.LATE, GO.REVIEW.LATE; a Calendar, or
/// its overrides as a mapping in their JSON form, the "calendar" member of
/// the C options; None: the built-in calendar), `limits`,
/// `equipped_offices` (the offices equipped to accept accompanying
/// documents as a DCD, for PRE.OFFICE.EQUIPPED), `tir_term_limit` (check a
/// TIR carnet's box 20 against the 2000 km per month limit, the library's
/// extension; off by default). `lang` is the report's
/// language.
///
/// The context is read as the options JSON is, so the same options fail
/// the same way as in C. Raises InvalidDocument (with `.input` and
/// `.path`) for a document ('document') or options ('options': an unknown
/// keyword, a str for usd_rate, a bare str for offices, a NaN, calendar
/// changes that are not their JSON form) that cannot be read,
/// KazcustomsError for an unknown kind or a value out of its domain (a
/// distance of zero, an unknown convention), TypeError for a document that
/// is neither a dict nor a str, or a keyword given a value no JSON can hold
/// (bytes, an object of some class).
#[pyfunction]
#[pyo3(
    signature = (kind, document, *, lang = Parsed::ok(Lang::En), **context),
    text_signature = "(kind, document, *, lang='en', **context)"
)]
pub(crate) fn validate(
    kind: Parsed<DocumentKind>,
    document: &Bound<'_, PyAny>,
    lang: Parsed<Lang>,
    context: Option<&Bound<'_, PyDict>>,
) -> PyResult<Report> {
    let py = document.py();
    let lang = lang_of(py, lang)?;
    let kind = kind.get(py, lang)?;
    let document = Document::of(document, lang)?;
    let context = context_of(py, context, lang)?;
    let report = match document {
        // The dict is read with the GIL held (it is Python data); the
        // document read is checked without it: other threads run meanwhile.
        Document::Dict(d) => kind
            .read(DictReader(d), &context.limits)
            .and_then(|read| py.detach(|| read.validate(&context))),
        // JSON text needs no Python while it is read and checked.
        Document::Text(text) => {
            py.detach(|| kc::documents::validate(kind, JsonReader::new(&text), &context))
        }
    };
    Report::new(py, report.or_raise(py, lang)?, lang)
}

// ---------------------------------------------------------------------------
// validate_many

/// One document of a batch as read with the GIL held, then its result.
enum Slot<'a> {
    /// A dict, read into the core's type of the document.
    Read(ReadDocument<'static>),
    /// A str of JSON, borrowed from the Python object.
    Text(Cow<'a, str>),
    /// A bytes of JSON, borrowed from the Python object.
    Bytes(&'a [u8]),
    /// The report, or why the document could not be read or checked.
    Done(Result<kc::Report, kc::Error>),
}

impl Slot<'_> {
    /// Checks the document (without Python), leaving its result.
    fn check(&mut self, kind: DocumentKind, context: &Context) {
        let result = match self {
            Slot::Read(read) => read.validate(context),
            Slot::Text(text) => kind.validate(JsonReader::new(text), context),
            Slot::Bytes(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => kind.validate(JsonReader::new(text), context),
                Err(e) => Err(kc::Error::invalid_document(
                    Input::Document,
                    Input::Document.name(),
                    msg::bytes_not_utf8(e.valid_up_to()),
                )),
            },
            Slot::Done(_) => return,
        };
        *self = Slot::Done(result);
    }
}

/// The number of threads of `threads=`: None is every core the process may
/// use (`std::thread::available_parallelism`); otherwise an int of at
/// least 1 (a bool is not a number of threads).
fn threads_of(threads: Option<&Bound<'_, PyAny>>, lang: Lang) -> PyResult<usize> {
    let Some(n) = threads.filter(|t| !t.is_none()) else {
        return Ok(std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get));
    };
    if n.is_instance_of::<PyBool>() || !n.is_instance_of::<PyInt>() {
        return Err(type_error(
            &msg::int_argument_type("threads", &type_name(n)),
            lang,
        ));
    }
    if n.lt(1)? {
        let reason = msg::threads_range(&kc::names::bound(&n.to_string()));
        return Err(crate::to_py_err(
            n.py(),
            kc::Error::invalid_argument("threads", reason),
            lang,
        ));
    }
    // More threads than a usize counts is more than there are documents.
    Ok(n.extract::<usize>().unwrap_or(usize::MAX))
}

/// Validates many documents of one `kind`, on `threads` threads, and
/// returns their reports in the order of `documents` (a list).
///
/// `documents` is any iterable (a list, a tuple, a generator, a pandas
/// Series, a numpy array of objects, a pyarrow array's `to_pylist()`) of
/// documents, each a dict (read as validate reads one), a str of JSON or
/// bytes of UTF-8 JSON; forms may be mixed. The documents are taken 256
/// at a time: the dicts are read with the GIL held, one after the other;
/// then the GIL is released and every document is checked (JSON text read
/// and checked) on `threads` threads at once, each taking a contiguous
/// share; then their reports are made. `threads=None` (the default)
/// is every core the process may use, 1 checks them all on the calling
/// thread (still without the GIL); 0, a negative number or a bool is an
/// error. The context keywords and `lang` are those of validate, one
/// context for every document.
///
/// A document that cannot be read (or checked: a bad distance in it) is
/// an input error, not a report. With `errors='raise'` (the default) the
/// error of the first such document in input order is raised (an
/// InvalidDocument, or KazcustomsError) with `.index` its position in
/// `documents`; reading stops at a dict that cannot be read, the documents
/// before it being checked first (an error in a later chunk is found after
/// the reports of the earlier ones were made, and they are dropped). With `errors='return'` its exception
/// object (with `.index`) takes the document's place in the list and every
/// other document gets its report. An entry that is none of dict, str,
/// bytes is a TypeError (with `.index`) either way, as is `documents`
/// given as one dict, str or bytes.
#[pyfunction]
#[pyo3(
    signature = (kind, documents, *, threads = None, errors = "raise", lang = Parsed::ok(Lang::En), **context),
    text_signature = "(kind, documents, *, threads=None, errors='raise', lang='en', **context)"
)]
pub(crate) fn validate_many<'py>(
    kind: Parsed<DocumentKind>,
    documents: &Bound<'py, PyAny>,
    threads: Option<&Bound<'py, PyAny>>,
    errors: &str,
    lang: Parsed<Lang>,
    context: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyList>> {
    let py = documents.py();
    let lang = lang_of(py, lang)?;
    let kind = kind.get(py, lang)?;
    let threads = threads_of(threads, lang)?;
    let raise = match errors {
        "raise" => true,
        "return" => false,
        other => {
            let reason = msg::errors_value(&kc::names::quote(other));
            return Err(crate::to_py_err(
                py,
                kc::Error::invalid_argument("errors", reason),
                lang,
            ));
        }
    };
    let context = context_of(py, context, lang)?;
    if documents.is_instance_of::<PyDict>()
        || documents.is_instance_of::<PyString>()
        || documents.is_instance_of::<PyBytes>()
    {
        return Err(type_error(
            &msg::documents_iterable(&type_name(documents)),
            lang,
        ));
    }
    let mut documents = documents.try_iter()?;
    let list = PyList::empty(py);
    let batch = Batch {
        kind,
        context: &context,
        threads,
        raise,
        lang,
    };
    let mut first = 0;
    loop {
        let objects = documents
            .by_ref()
            .take(CHUNK)
            .collect::<PyResult<Vec<Bound<'py, PyAny>>>>()?;
        batch.run(&objects, first, &list)?;
        if objects.len() < CHUNK {
            return Ok(list);
        }
        first += objects.len();
    }
}

/// How many documents of a batch are read, checked and made reports at a
/// time: the documents read and not yet checked stay few (a generator of a
/// million documents is never held whole) and stay in cache between being
/// read and being checked. (The whole batch at once was measured slower on
/// 100,000 one-item DCDs from dicts, one thread: 31.5 against 19.4 µs a
/// document for a loop of validate; 256 and 4096 were not compared under
/// the same load.)
const CHUNK: usize = 256;

/// What validate_many does with each chunk of its documents.
struct Batch<'c> {
    kind: DocumentKind,
    context: &'c Context,
    threads: usize,
    raise: bool,
    lang: Lang,
}

impl Batch<'_> {
    /// Reads `objects` (the documents from index `first` on) with the GIL
    /// held, checks them without it, and appends their reports (or, with
    /// errors='return', their errors) to `list`.
    fn run<'py>(
        &self,
        objects: &[Bound<'py, PyAny>],
        first: usize,
        list: &Bound<'py, PyList>,
    ) -> PyResult<()> {
        let py = list.py();
        let lang = self.lang;
        let mut slots = Vec::with_capacity(objects.len());
        for (index, document) in (first..).zip(objects) {
            let slot = if let Ok(d) = document.cast::<PyDict>() {
                match self.kind.read(DictReader(d), &self.context.limits) {
                    Ok(read) => Slot::Read(read),
                    Err(e) => {
                        slots.push(Slot::Done(Err(e)));
                        if self.raise {
                            // Raised once the documents before it are checked.
                            break;
                        }
                        continue;
                    }
                }
            } else if let Ok(s) = document.cast::<PyString>() {
                Slot::Text(text_of(s))
            } else if let Ok(b) = document.cast::<PyBytes>() {
                Slot::Bytes(b.as_bytes())
            } else {
                let err = type_error(&msg::batch_document_type(&type_name(document)), lang);
                err.value(py).setattr(intern!(py, "index"), index)?;
                return Err(err);
            };
            slots.push(slot);
        }
        py.detach(|| check_all(&mut slots, self.kind, self.context, self.threads));
        for (index, slot) in (first..).zip(slots) {
            match slot {
                Slot::Done(Ok(report)) => list.append(Report::new(py, report, lang)?)?,
                Slot::Done(Err(e)) => {
                    let err = crate::to_py_err(py, e, lang);
                    err.value(py).setattr(intern!(py, "index"), index)?;
                    if self.raise {
                        return Err(err);
                    }
                    list.append(err.value(py))?;
                }
                // check_all leaves every slot done.
                Slot::Read(_) | Slot::Text(_) | Slot::Bytes(_) => {}
            }
        }
        Ok(())
    }
}

/// Checks every slot, on up to `threads` threads (the calling one among
/// them), each taking a contiguous share.
fn check_all(slots: &mut [Slot<'_>], kind: DocumentKind, context: &Context, threads: usize) {
    let threads = threads.clamp(1, slots.len().max(1));
    let share = slots.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let mut shares = slots.chunks_mut(share);
        let first = shares.next();
        for rest in shares {
            scope.spawn(move || rest.iter_mut().for_each(|s| s.check(kind, context)));
        }
        if let Some(first) = first {
            first.iter_mut().for_each(|s| s.check(kind, context));
        }
    });
}

/// The JSON Schema (draft 2020-12) of a document kind, generated from the
/// core's Rust type of the document: a new dict on every call, as
/// json.loads gives it. Raises KazcustomsError for an unknown kind.
#[pyfunction]
#[pyo3(
    signature = (kind, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(kind, *, lang='en')"
)]
pub(crate) fn schema<'py>(
    py: Python<'py>,
    kind: Parsed<DocumentKind>,
    lang: Parsed<Lang>,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = lang_of(py, lang)?;
    let kind = kind.get(py, lang)?;
    json_value(py, &kind.schema())
}

// ---------------------------------------------------------------------------
// Lifecycles

/// The states of a document kind's lifecycle, in lifecycle order: 'dcd'
/// (drafted, registered, arrived, completed) or 'guarantee' (applied, …).
/// Raises KazcustomsError for an unknown kind or one without a lifecycle.
#[pyfunction]
#[pyo3(
    signature = (kind, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(kind, *, lang='en')"
)]
pub(crate) fn states<'py>(
    kind: &Bound<'py, PyString>,
    lang: Parsed<Lang>,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = kind.py();
    let lang = lang_of(py, lang)?;
    let names = kc::documents::states(&text_of(kind)).or_raise(py, lang)?;
    PyTuple::new(py, names)
}

/// Moves a document of `kind` (one with a lifecycle: 'dcd', 'guarantee')
/// from `state` to `to` and returns the new state's name (`to`).
///
/// A move the lifecycle does not have (skipping a step, going back,
/// staying put, leaving a final state) raises TransitionError with `rule`
/// the lifecycle's rule ('DCD.STATE', 'GO.STATE') and a message in `lang`
/// naming both states; an unknown kind or state name, or a kind without a
/// lifecycle, raises KazcustomsError.
#[pyfunction]
#[pyo3(
    signature = (kind, state, to, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(kind, state, to, *, lang='en')"
)]
pub(crate) fn transition(
    kind: &Bound<'_, PyString>,
    state: &Bound<'_, PyString>,
    to: &Bound<'_, PyString>,
    lang: Parsed<Lang>,
) -> PyResult<&'static str> {
    let py = kind.py();
    let lang = lang_of(py, lang)?;
    move_by_name(py, &text_of(kind), state, to, lang)
}

/// The body of `transition` and its aliases.
fn move_by_name(
    py: Python<'_>,
    kind: &str,
    state: &Bound<'_, PyString>,
    to: &Bound<'_, PyString>,
    lang: Lang,
) -> PyResult<&'static str> {
    kc::documents::transition(kind, &text_of(state), &text_of(to)).or_raise(py, lang)
}

/// transition('dcd', from_state, to_state): drafted → registered →
/// arrived → completed.
#[pyfunction]
#[pyo3(
    signature = (from_state, to_state, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(from_state, to_state, *, lang='en')"
)]
pub(crate) fn dcd_transition(
    from_state: &Bound<'_, PyString>,
    to_state: &Bound<'_, PyString>,
    lang: Parsed<Lang>,
) -> PyResult<&'static str> {
    let py = from_state.py();
    move_by_name(
        py,
        DocumentKind::Dcd.name(),
        from_state,
        to_state,
        lang_of(py, lang)?,
    )
}

/// transition('guarantee', from_state, to_state), the guarantee
/// obligation's lifecycle (R1 §17–§25):
///
///     applied -> registered | refused
///     registered -> used | expired
///     used -> fulfilled | failed        (failed: §20, term over unfulfilled)
///     expired -> returned               (§21–§22, mark ҚАЙТАРЫЛДЫ / ВОЗВРАЩЕНО)
#[pyfunction]
#[pyo3(
    signature = (from_state, to_state, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(from_state, to_state, *, lang='en')"
)]
pub(crate) fn guarantee_transition(
    from_state: &Bound<'_, PyString>,
    to_state: &Bound<'_, PyString>,
    lang: Parsed<Lang>,
) -> PyResult<&'static str> {
    let py = from_state.py();
    move_by_name(
        py,
        DocumentKind::Guarantee.name(),
        from_state,
        to_state,
        lang_of(py, lang)?,
    )
}

// ---------------------------------------------------------------------------
// The column table

/// One column of a document form, for building forms and user interfaces.
///
/// Frozen; == compares every attribute; hashable.
#[pyclass(module = "kazcustoms", name = "Column", frozen, eq)]
#[derive(PartialEq)]
pub(crate) struct Column {
    inner: dcd::Column,
}

#[pymethods]
impl Column {
    /// The column's number or letter as printed on the form: '1', '31', 'A'.
    #[getter]
    fn id(&self) -> &'static str {
        self.inner.id
    }

    /// The column's name in every language: a new dict {'kk': …, 'ru': …, 'en': …}.
    #[getter]
    fn name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        text_dict(py, &self.inner.name)
    }

    /// Who fills it: 'declarant', 'carrier_representative' or 'customs_officer'.
    #[getter]
    fn filled_by(&self) -> &'static str {
        self.inner.filled_by.name()
    }

    /// When it must carry data: 'always', 'when_additional_sheets',
    /// 'when_goods_list', 'when_escorted', 'when_available',
    /// 'at_registration' or 'on_arrival'.
    #[getter]
    fn required(&self) -> &'static str {
        self.inner.required.name()
    }

    /// Whether it repeats for every goods item (columns 31–46).
    #[getter]
    fn per_item(&self) -> bool {
        self.inner.per_item
    }

    /// The document fields that carry it, e.g. ('sheets[].items[].gross_kg',).
    #[getter]
    fn fields<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.fields)
    }

    /// Where the column is described, e.g. 'R1 §8–§9'.
    #[getter]
    fn source(&self) -> &'static str {
        self.inner.source
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.inner.id, &self.inner.name, self.inner.fields).hash(&mut h);
        h.finish()
    }

    fn __repr__(&self) -> String {
        format!(
            "<Column {} '{}' filled_by='{}' required='{}' per_item={}>",
            self.inner.id,
            self.inner.name.en,
            self.inner.filled_by.name(),
            self.inner.required.name(),
            if self.inner.per_item { "True" } else { "False" }
        )
    }
}

/// A dict {'kk': …, 'ru': …, 'en': …} of a text in every language.
pub(crate) fn text_dict<'py>(py: Python<'py>, text: &Text) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for lang in Lang::ALL.iter().copied() {
        d.set_item(lang.code(), text.get(lang))?;
    }
    Ok(d)
}

/// The column table of a document kind ('dcd': the 33 columns of R1 §8),
/// in form order. The same tuple is returned on every call. Raises
/// KazcustomsError for a kind without a column table.
#[pyfunction]
#[pyo3(
    signature = (kind, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(kind, *, lang='en')"
)]
pub(crate) fn columns<'py>(
    py: Python<'py>,
    kind: Parsed<DocumentKind>,
    lang: Parsed<Lang>,
) -> PyResult<Bound<'py, PyTuple>> {
    // The tables made so far, by kind name (a table never changes).
    static TABLES: PyOnceLock<Py<PyDict>> = PyOnceLock::new();
    let lang = lang_of(py, lang)?;
    let kind = kind.get(py, lang)?;
    let tables = TABLES.get_or_init(py, || PyDict::new(py).unbind()).bind(py);
    if let Some(table) = tables.get_item(kind.name())? {
        return Ok(table.cast_into::<PyTuple>()?);
    }
    let cols = kc::documents::columns(kind)
        .or_raise(py, lang)?
        .into_iter()
        .map(|inner| Py::new(py, Column { inner }))
        .collect::<PyResult<Vec<_>>>()?;
    // setdefault: should another thread have made the table meanwhile,
    // every caller gets the same one.
    let table = PyTuple::new(py, cols)?;
    Ok(tables
        .call_method1(intern!(py, "setdefault"), (kind.name(), table))?
        .cast_into::<PyTuple>()?)
}

// ---------------------------------------------------------------------------
// DCD: copies, stamps, lifecycle, capitals

/// One of the four copies of a DCD (R1 §7) and where it goes.
#[pyclass(module = "kazcustoms", name = "DcdCopy", frozen, eq)]
#[derive(PartialEq)]
pub(crate) struct DcdCopy(dcd::Copy);

#[pymethods]
impl DcdCopy {
    /// The copy's number, 1 to 4.
    #[getter]
    fn number(&self) -> u8 {
        self.0.number
    }

    /// Who keeps it and what happens to it, in every language: a new dict
    /// {'kk': …, 'ru': …, 'en': …}.
    #[getter]
    fn destination<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        text_dict(py, &self.0.destination)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.0.number, &self.0.destination).hash(&mut h);
        h.finish()
    }

    fn __repr__(&self) -> String {
        format!("<DcdCopy {}: {}>", self.0.number, self.0.destination.en)
    }
}

/// The four copies of a DCD (R1 §4, §7), copy 1 first.
#[pyfunction]
#[pyo3(signature = (), text_signature = "()")]
pub(crate) fn dcd_copies(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    let copies = dcd::copies()
        .into_iter()
        .map(|c| Py::new(py, DcdCopy(c)))
        .collect::<PyResult<Vec<_>>>()?;
    PyTuple::new(py, copies)
}

/// The text of a stamp of annex 3 rendered from a DCD: `figure` 1 (column
/// C, at departure: office, packages, destination, deadline, DCD number,
/// inspector, date) or 2 (column D, on arrival: office, "goods arrived",
/// inspector, date), in `lang` 'kk' or 'ru' (the stamps exist in Kazakh and
/// Russian only). Values missing from the document are blanks to fill by
/// hand; lines are separated by '\n'.
///
/// The document (a dict or a str of JSON, as for validate) is read, not
/// checked: a document that breaks rules still has stamps. Raises
/// InvalidDocument for one that cannot be read, KazcustomsError for another
/// figure or language.
#[pyfunction]
#[pyo3(signature = (document, figure, lang), text_signature = "(document, figure, lang)")]
pub(crate) fn dcd_stamp(
    document: &Bound<'_, PyAny>,
    figure: i64,
    lang: Parsed<Lang>,
) -> PyResult<String> {
    let py = document.py();
    let lang = lang_of(py, lang)?;
    let stamp_lang = StampLang::try_from(lang).or_raise(py, lang)?;
    let figure = StampFigure::try_from(figure).or_raise(py, lang)?;
    let document = Document::of(document, lang)?;
    let dcd: Dcd<'_> = document.read().or_raise(py, lang)?;
    Ok(dcd.stamp(figure, stamp_lang))
}

/// Puts text in capital letters as R1 §8 requires, Kazakh and Russian
/// letters alike ('ә' → 'Ә', 'і' → 'І', 'ё' → 'Ё'). A str that is not valid
/// Unicode (a lone surrogate) raises UnicodeEncodeError.
#[pyfunction]
#[pyo3(signature = (text, /), text_signature = "(text, /)")]
pub(crate) fn uppercase(text: &Bound<'_, PyString>) -> PyResult<String> {
    Ok(dcd::uppercase(&text.to_cow()?))
}
