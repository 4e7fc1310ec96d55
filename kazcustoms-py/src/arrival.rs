//! The arrival of goods under a DCD at the destination office (R1 §34–§35):
//! `register_arrival` and its `ArrivalRecord`.

use chrono::NaiveDate;
use kazcustoms_core as kc;
use kc::arrival::ArrivalDocument;
use kc::Lang;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::context::context_of;
use crate::documents::{json_value, Document};
use crate::{lang_of, OrRaise, Parsed, Report};

/// The outcome of registering an arrival (register_arrival).
///
/// Frozen. Its dicts (`stamp`, `stamp_d`, `entry`) are new on every read.
#[pyclass(module = "kazcustoms", name = "ArrivalRecord", frozen)]
pub(crate) struct ArrivalRecord {
    inner: kc::arrival::ArrivalRecord,
    lang: Lang,
    report: Py<Report>,
}

#[pymethods]
impl ArrivalRecord {
    /// Every violation found, blocking or not, in the record's language.
    #[getter]
    fn report(&self, py: Python<'_>) -> Py<Report> {
        self.report.clone_ref(py)
    }

    /// Whether the arrival was registered: stamped, journaled, the DCD moved
    /// to 'arrived'. Late goods are registered (ARRIVAL.OVERDUE is
    /// reported); DCD.STATE, no usable DCD or declaration number, no date or
    /// no officer block the registration.
    #[getter]
    fn registered(&self) -> bool {
        self.inner.registered
    }

    /// The DCD's state after the call: 'arrived' when registered, else the
    /// state it had.
    #[getter]
    fn state(&self) -> &'static str {
        self.inner.state.name()
    }

    /// The delivery date (§35): the arrival date, when registered.
    #[getter]
    fn delivered_on(&self) -> Option<NaiveDate> {
        self.inner.delivered_on
    }

    /// The column 50 deadline, if the DCD has one.
    #[getter]
    fn deadline(&self) -> Option<NaiveDate> {
        self.inner.deadline
    }

    /// Whether the arrival is on or before the deadline; None when either
    /// date is unknown.
    #[getter]
    fn in_time(&self) -> Option<bool> {
        self.inner.in_time
    }

    /// The text of stamp figure 2 with the declaration number, when
    /// registered: a new dict {'kk': …, 'ru': …} (annex 3's stamps exist in
    /// Kazakh and Russian), lines separated by '\n'.
    #[getter]
    fn stamp<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.inner
            .stamp
            .as_ref()
            .map(|s| {
                let d = PyDict::new(py);
                d.set_item("kk", &s.kk)?;
                d.set_item("ru", &s.ru)?;
                Ok(d)
            })
            .transpose()
    }

    /// The column D stamp to put on the DCD, when registered: a new dict in
    /// the document's shape {'office', 'inspector', 'personal_seal', 'date'}
    /// (the date an ISO str), ready for document['stamp_d'].
    #[getter]
    fn stamp_d<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .stamp_d
            .as_ref()
            .map(|s| json_value(py, s))
            .transpose()
    }

    /// The arrivals journal (annex 9) row, when registered: a new dict in
    /// the entry shape export_journal('arrivals', [entry, …]) reads (dates
    /// as ISO str).
    #[getter]
    fn entry<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .entry
            .as_ref()
            .map(|e| json_value(py, e))
            .transpose()
    }

    /// The language of the report's messages: 'kk', 'ru' or 'en'.
    #[getter]
    fn lang(&self) -> &'static str {
        self.lang.code()
    }

    /// The record as JSON, exactly as the core (and the C layer) writes it.
    fn to_json(&self) -> String {
        self.inner.to_json(self.lang)
    }

    fn __repr__(&self) -> String {
        let rules: Vec<String> = self
            .inner
            .report
            .rule_ids()
            .iter()
            .map(|id| format!("'{id}'"))
            .collect();
        format!(
            "<ArrivalRecord registered={} state='{}' in_time={} rules=[{}]>",
            if self.inner.registered {
                "True"
            } else {
                "False"
            },
            self.inner.state.name(),
            match self.inner.in_time {
                Some(true) => "True",
                Some(false) => "False",
                None => "None",
            },
            rules.join(", ")
        )
    }
}

/// Registers the arrival of goods under a DCD at the destination office
/// (R1 §34–§35): moves the DCD to 'arrived' (DCD.STATE when it cannot),
/// writes stamp figure 2 with the declaration number, makes the arrivals
/// journal (annex 9) row, and checks the arrival against the column 50
/// deadline (ARRIVAL.OVERDUE).
///
/// `document` is the document of validate('arrival', …), a dict or a str of
/// JSON: {'dcd': {…}, 'state': 'registered', 'arrival': {'date', 'declaration':
/// {'kind', 'number'}, 'officer': {'name', 'personal_seal'}, 'office',
/// 'journal_number', 'note'}}. The other keywords are validate's context,
/// read and refused as validate reads and refuses them; numbers are read
/// with `reference` and `offices`. The record's report is the one
/// validate('arrival', document) gives.
///
/// Raises InvalidDocument (with `.input` and `.path`) for a document or
/// options that cannot be read, KazcustomsError for a value out of its
/// domain, TypeError as validate does.
#[pyfunction]
#[pyo3(
    signature = (document, *, lang = Parsed::ok(Lang::En), **context),
    text_signature = "(document, *, lang='en', **context)"
)]
pub(crate) fn register_arrival(
    document: &Bound<'_, PyAny>,
    lang: Parsed<Lang>,
    context: Option<&Bound<'_, PyDict>>,
) -> PyResult<ArrivalRecord> {
    let py = document.py();
    let lang = lang_of(py, lang)?;
    let document = Document::of(document, lang)?;
    let context = context_of(py, context, lang)?;
    let doc: ArrivalDocument = document
        .read_kind(kc::DocumentKind::Arrival)
        .or_raise(py, lang)?;
    let inner = doc.register(&context);
    let report = Py::new(py, Report::new(py, inner.report.clone(), lang)?)?;
    Ok(ArrivalRecord {
        inner,
        lang,
        report,
    })
}
