//! Documents (SPEC §3): `validate`, the column table, and the DCD's copies,
//! stamps, lifecycle and capital letters.
//!
//! A document is a `dict` (read directly by [`DictReader`], see
//! `depythonize.rs`) or JSON text (the core's `JsonReader`); both give the
//! same report, or the same `InvalidDocument` with the same path.

use std::borrow::Cow;
use std::collections::BTreeMap;

use kazcustoms_core as kc;
use kazcustoms_core::lifecycle::Lifecycle;
use kc::dcd::{self, Dcd, DcdState, StampFigure, StampLang};
use kc::documents::{DocumentKind, DocumentReader, JsonReader};
use kc::{Context, Convention, Lang, Text};
use pyo3::exceptions::PyTypeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyMapping, PyString, PyTuple};
use serde::de::DeserializeOwned;

use crate::depythonize::DictReader;
use crate::{
    date_of, lang_of, new_err, offices_of, text_of, to_py_err, type_name, Parsed, Report,
    TransitionError,
};

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
    pub(crate) fn of(document: &'a Bound<'py, PyAny>) -> PyResult<Document<'a, 'py>> {
        if let Ok(d) = document.cast::<PyDict>() {
            Ok(Document::Dict(d))
        } else if let Ok(s) = document.cast::<PyString>() {
            Ok(Document::Text(text_of(s)))
        } else {
            Err(PyTypeError::new_err(format!(
                "document must be a dict or a str of JSON, not {}",
                type_name(document)
            )))
        }
    }

    /// The document read as `T`.
    pub(crate) fn read<T: DeserializeOwned>(self) -> Result<T, kc::Error> {
        match self {
            Document::Dict(d) => DictReader(d).read(),
            Document::Text(text) => JsonReader::new(&text).read(),
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
// The context

/// The options of `validate` as the core's `Context`: the same members as
/// the options JSON of the C `kazcustoms_validate_json`, as keywords.
#[allow(clippy::too_many_arguments)]
pub(crate) fn context_of(
    py: Python<'_>,
    lang: Lang,
    reference: Option<&Bound<'_, PyAny>>,
    offices: Option<&Bound<'_, PyAny>>,
    usd_rate: Option<f64>,
    headings: Option<&Bound<'_, PyAny>>,
    eseal_departure: bool,
    eseal_destination: bool,
    distance_km: Option<f64>,
    convention: Convention,
    calendar: Option<&Bound<'_, PyAny>>,
) -> PyResult<Context> {
    let input = |e: kc::Error| to_py_err(py, e, lang);
    let usd_rate = usd_rate
        .map(kc::context::check_usd_rate)
        .transpose()
        .map_err(input)?;
    // Read before the context is made: a bad calendar is reported before
    // the built-in one is copied into the defaults.
    let calendar = calendar
        .map(|c| crate::calendar::calendar_arg(c, lang))
        .transpose()?;
    // Over the defaults, so that a member the core adds later keeps its
    // default here until this binding offers it (its working calendar is
    // the built-in one unless `calendar` is given).
    let mut context = Context {
        reference: reference.map(date_of).transpose()?,
        offices: offices.map(|o| offices_of(o, lang)).transpose()?,
        usd_rate,
        headings: match headings {
            Some(h) => headings_of(h)?,
            None => BTreeMap::new(),
        },
        eseal_departure,
        eseal_destination,
        distance: distance_km
            .map(kc::Distance::from_km)
            .transpose()
            .map_err(input)?,
        convention,
        lang,
        ..Context::default()
    };
    if let Some(c) = calendar {
        context.calendar = c;
    }
    Ok(context)
}

/// Heading names from a mapping of str to str.
fn headings_of(obj: &Bound<'_, PyAny>) -> PyResult<BTreeMap<String, String>> {
    let items = if let Ok(d) = obj.cast::<PyDict>() {
        d.items()
    } else if let Ok(m) = obj.cast::<PyMapping>() {
        m.items()?
    } else {
        return Err(PyTypeError::new_err(format!(
            "headings must be a mapping of str headings to str names, not {}",
            type_name(obj)
        )));
    };
    let mut out = BTreeMap::new();
    for pair in items.iter() {
        let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = pair.extract()?;
        let (Ok(k), Ok(v)) = (k.cast::<PyString>(), v.cast::<PyString>()) else {
            return Err(PyTypeError::new_err(
                "headings must map str headings to str names",
            ));
        };
        out.insert(text_of(k).into_owned(), text_of(v).into_owned());
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// validate

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
/// int, float, bool and None values) or a str of JSON. It is read directly,
/// never converted to text. The keywords are the validation context, all
/// optional: `reference` (date for the numbers in the document; None:
/// today), `offices` (known office codes), `usd_rate` (tenge per US dollar,
/// for column 46), `headings` (general names of 4-digit headings, for
/// DCD.31.GENERIC), `eseal_departure` / `eseal_destination` (whether each
/// office runs the automated delivery control system, for DCD.50.ESEAL),
/// `distance_km` (route distance for the column 50 deadline when the
/// document has none), `convention` ('calendar' or 'thirty_day'),
/// `calendar` (the working calendar for the rules that count working days:
/// SD.LATE, GO.REVIEW.LATE; a Calendar, or its overrides as a mapping in
/// their JSON form, the "calendar" member of the C options; None: the
/// built-in calendar), `lang` (the report's language).
///
/// Raises InvalidDocument (with `.path`) for a document that cannot be read
/// as one of its kind, KazcustomsError for a bad kind or option, TypeError
/// for a document that is neither a dict nor a str, or an unknown keyword.
#[pyfunction]
#[pyo3(
    signature = (
        kind, document, *, reference = None, lang = Parsed::ok(Lang::En), offices = None,
        usd_rate = None, headings = None, eseal_departure = false, eseal_destination = false,
        distance_km = None, convention = Parsed::ok(Convention::Calendar), calendar = None
    ),
    text_signature = "(kind, document, *, reference=None, lang='en', offices=None, \
                      usd_rate=None, headings=None, eseal_departure=False, \
                      eseal_destination=False, distance_km=None, convention='calendar', \
                      calendar=None)"
)]
#[allow(clippy::too_many_arguments)]
pub(crate) fn validate(
    kind: Parsed<DocumentKind>,
    document: &Bound<'_, PyAny>,
    reference: Option<&Bound<'_, PyAny>>,
    lang: Parsed<Lang>,
    offices: Option<&Bound<'_, PyAny>>,
    usd_rate: Option<f64>,
    headings: Option<&Bound<'_, PyAny>>,
    eseal_departure: bool,
    eseal_destination: bool,
    distance_km: Option<f64>,
    convention: Parsed<Convention>,
    calendar: Option<&Bound<'_, PyAny>>,
) -> PyResult<Report> {
    let py = document.py();
    let lang = lang_of(py, lang)?;
    let kind = kind.get(py, lang)?;
    let document = Document::of(document)?;
    let context = context_of(
        py,
        lang,
        reference,
        offices,
        usd_rate,
        headings,
        eseal_departure,
        eseal_destination,
        distance_km,
        convention.get(py, lang)?,
        calendar,
    )?;
    let report = match document {
        Document::Dict(d) => kc::documents::validate(kind, DictReader(d), &context),
        // JSON text needs no Python while it is read and checked: other
        // threads run meanwhile.
        Document::Text(text) => {
            py.detach(|| kc::documents::validate(kind, JsonReader::new(&text), &context))
        }
    };
    let report = report.map_err(|e| to_py_err(py, e, lang))?;
    Report::new(py, report, lang)
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
    for lang in Lang::ALL {
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
        .map_err(|e| to_py_err(py, e, lang))?
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
    let stamp_lang = StampLang::try_from(lang).map_err(|e| to_py_err(py, e, lang))?;
    let figure = StampFigure::try_from(figure).map_err(|e| to_py_err(py, e, lang))?;
    let dcd: Dcd = Document::of(document)?
        .read()
        .map_err(|e| to_py_err(py, e, lang))?;
    Ok(dcd.stamp(figure, stamp_lang))
}

/// Moves a DCD along its lifecycle drafted → registered → arrived →
/// completed and returns the new state's name (`to_state`).
///
/// A transition not in the lifecycle (skipping a step, going back, staying
/// put) raises TransitionError with `rule` 'DCD.STATE' and a message in
/// `lang` naming both states; an unknown state name raises KazcustomsError.
#[pyfunction]
#[pyo3(
    signature = (from_state, to_state, *, lang = Parsed::ok(Lang::En)),
    text_signature = "(from_state, to_state, *, lang='en')"
)]
pub(crate) fn dcd_transition(
    py: Python<'_>,
    from_state: Parsed<DcdState>,
    to_state: Parsed<DcdState>,
    lang: Parsed<Lang>,
) -> PyResult<&'static str> {
    transition(py, from_state, to_state, lang)
}

/// The body of every `*_transition`: both names read as states of `S`, the
/// core's move, the new state's name back; a refused move is the
/// TransitionError of the core's report.
pub(crate) fn transition<S: Lifecycle>(
    py: Python<'_>,
    from_state: Parsed<S>,
    to_state: Parsed<S>,
    lang: Parsed<Lang>,
) -> PyResult<&'static str> {
    let lang = lang_of(py, lang)?;
    let from = from_state.get(py, lang)?;
    let to = to_state.get(py, lang)?;
    from.transition(to)
        .map(Lifecycle::name)
        .map_err(|report| transition_err(py, &report, lang))
}

/// The TransitionError of a refused lifecycle move: the report's one
/// violation (DCD.STATE, GO.STATE), its message in `lang`.
pub(crate) fn transition_err(py: Python<'_>, report: &kc::Report, lang: Lang) -> PyErr {
    match report.violations().first() {
        Some(v) => new_err(
            py,
            &py.get_type::<TransitionError>(),
            v.message.get(lang),
            Some(v.rule.id()),
            None,
        ),
        None => pyo3::exceptions::PyRuntimeError::new_err("an empty lifecycle report"),
    }
}

/// Puts text in capital letters as R1 §8 requires, Kazakh and Russian
/// letters alike ('ә' → 'Ә', 'і' → 'І', 'ё' → 'Ё'). A str that is not valid
/// Unicode (a lone surrogate) raises UnicodeEncodeError.
#[pyfunction]
#[pyo3(signature = (text, /), text_signature = "(text, /)")]
pub(crate) fn uppercase(text: &Bound<'_, PyString>) -> PyResult<String> {
    Ok(dcd::uppercase(&text.to_cow()?))
}

/// The code names of the document kinds, and of the DCD's states.
pub(crate) fn kind_names() -> Vec<&'static str> {
    DocumentKind::ALL.iter().map(|k| k.name()).collect()
}

pub(crate) fn state_names() -> [&'static str; 4] {
    DcdState::ALL.map(DcdState::name)
}
