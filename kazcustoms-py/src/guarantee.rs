//! The guarantee obligation (R1 §11–§25): a destination office with its
//! registers (`GuaranteeOffice`, whose `register` gives a
//! `GuaranteeOutcome`). Its lifecycle by names is `transition('guarantee',
//! …)` (`documents.rs`).

use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use kazcustoms_core as kc;
use kc::guarantee::{Application, Fulfilment, Obligation, Outcome, ReturnMark};
use kc::messages::python as msg;
use kc::numbers::{NumberKind, ParseOptions, RegistrationNumber};
use kc::Lang;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::context::context_of;
use crate::documents::{json_value, Document};
use crate::{
    lang_of, text_of, to_py_err, today, type_error, type_name, Number, OrRaise, Parsed, Report,
};

// ---------------------------------------------------------------------------
// The outcome of a registration

/// What GuaranteeOffice.register did: the decision check, the recipient's
/// number in the recipients register (the recipient is put on record
/// whatever the decision, §15) and the obligation registered, if any.
///
/// Frozen; `obligation` is a new dict on every read.
#[pyclass(module = "kazcustoms", name = "GuaranteeOutcome", frozen)]
pub(crate) struct GuaranteeOutcome {
    inner: Outcome,
    report: Py<Report>,
}

#[pymethods]
impl GuaranteeOutcome {
    /// The decision check: every violation of the conditions (§12), the
    /// refusal grounds (§16) and the review term (§14), in the language of
    /// the call.
    #[getter]
    fn report(&self, py: Python<'_>) -> Py<Report> {
        self.report.clone_ref(py)
    }

    /// The grounds of refusal found (GO.CONDITION.* and GO.REFUSE.* rule
    /// ids, each once, in the order found); empty when registered.
    /// GO.REVIEW.LATE, the office's own late review, is not a ground.
    #[getter]
    fn grounds<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.decision.grounds().iter().map(|r| r.id()))
    }

    /// 'registered' or 'refused'.
    #[getter]
    fn state(&self) -> &'static str {
        self.inner.state().name()
    }

    /// The last day of the review term (§14: 2 working days, plus the
    /// head's extension), if the working calendar covers it.
    #[getter]
    fn review_deadline(&self) -> Option<NaiveDate> {
        self.inner.decision.review_deadline
    }

    /// The date the facts were judged on (the decision date).
    #[getter]
    fn as_of(&self) -> NaiveDate {
        self.inner.decision.as_of
    }

    /// The recipient's 4-digit number in the recipients register (annex 4),
    /// the RRRR group of its obligations' numbers.
    #[getter]
    fn recipient_number(&self) -> String {
        self.inner.recipient_number.to_string()
    }

    /// The obligation's number RRRR/CCC/DDMMY/NNNN (§18); None when refused.
    #[getter]
    fn number(&self) -> Option<&str> {
        self.inner.obligation.as_ref().map(|o| o.number.as_str())
    }

    /// The last day of the obligation's validity (§19: the deadline rule
    /// from the decision date); None when refused.
    #[getter]
    fn valid_until(&self) -> Option<NaiveDate> {
        self.inner.obligation.as_ref().map(|o| o.valid_until)
    }

    /// The obligation as entered in the journal (annex 5), a new dict in
    /// the entry shape of export_journal('guarantee_obligations', …); None
    /// when refused.
    #[getter]
    fn obligation<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .obligation
            .as_ref()
            .map(|o| json_value(py, o))
            .transpose()
    }

    fn __repr__(&self) -> String {
        match &self.inner.obligation {
            Some(o) => format!(
                "<GuaranteeOutcome state='registered' number='{}' valid_until={}>",
                o.number, o.valid_until
            ),
            None => {
                let grounds: Vec<String> = self
                    .inner
                    .decision
                    .grounds()
                    .iter()
                    .map(|r| format!("'{}'", r.id()))
                    .collect();
                format!(
                    "<GuaranteeOutcome state='refused' grounds=[{}]>",
                    grounds.join(", ")
                )
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The office

/// A destination office with its registers (R1 §11–§25): the recipients
/// register (annex 4), the guarantee-obligation journal (annex 5) numbering
/// through a journal of kind 'guarantee', and the register of recipients
/// who failed their obligations (§20).
///
/// `register` decides an application and registers the obligation; the
/// obligation then moves through its lifecycle with `take_at_departure`,
/// `fulfil`, `expire`, `fail` and `return_unused` (a move not in the
/// lifecycle raises TransitionError, rule 'GO.STATE', and changes nothing).
/// The registers read as lists of dicts, the entries of export_journal.
/// `to_json` saves the office and `from_json` resumes it exactly.
///
/// Safe to share between threads: each call holds the office alone.
#[pyclass(module = "kazcustoms", name = "GuaranteeOffice", frozen)]
pub(crate) struct GuaranteeOffice {
    inner: Mutex<kc::guarantee::GuaranteeOffice>,
}

impl GuaranteeOffice {
    fn lock(&self) -> PyResult<MutexGuard<'_, kc::guarantee::GuaranteeOffice>> {
        self.inner
            .lock()
            .map_err(|_| PyRuntimeError::new_err(msg::poisoned("GuaranteeOffice").en))
    }

    /// The obligation after a lifecycle step, as a dict; a refused step is
    /// the TransitionError of every refused lifecycle move.
    fn step<'py>(
        &self,
        py: Python<'py>,
        lang: Lang,
        step: impl FnOnce(&mut kc::guarantee::GuaranteeOffice) -> Result<Obligation, kc::Error>,
    ) -> PyResult<Bound<'py, PyAny>> {
        // The obligation is copied out so that no Python code runs while
        // the office is held.
        let result = step(&mut *self.lock()?);
        match result {
            Ok(o) => json_value(py, &o),
            Err(e) => Err(to_py_err(py, e, lang)),
        }
    }
}

/// A registration number given as a `Number` of `kind` or as its text
/// (read with `reference`, default today).
fn number_arg(
    obj: &Bound<'_, PyAny>,
    kind: NumberKind,
    reference: Option<NaiveDate>,
    lang: Lang,
) -> PyResult<RegistrationNumber> {
    let py = obj.py();
    if let Ok(n) = obj.cast::<Number>() {
        let n = n.get().0;
        if n.kind() == kind {
            return Ok(n);
        }
        let reason = msg::number_of_kind(kind.name(), n.kind().name());
        return Err(to_py_err(
            py,
            kc::Error::invalid_argument("number", reason),
            lang,
        ));
    }
    let text = obj
        .cast::<PyString>()
        .map_err(|_| type_error(&msg::number_type(kind.name(), &type_name(obj)), lang))?;
    let options = ParseOptions::new(reference.unwrap_or_else(today));
    kc::parse_number(kind, &text_of(text), &options).or_raise(py, lang)
}

#[pymethods]
impl GuaranteeOffice {
    /// An office with empty registers; `office` is its 5-digit code. Raises
    /// KazcustomsError for a code that is not 5 digits (InvalidNumber,
    /// NUM.OFFICE, for 00000).
    #[new]
    #[pyo3(
        signature = (office, *, lang = Parsed::ok(Lang::En)),
        text_signature = "(office, *, lang='en')"
    )]
    fn new(office: &Bound<'_, PyString>, lang: Parsed<Lang>) -> PyResult<GuaranteeOffice> {
        let py = office.py();
        let lang = lang_of(py, lang)?;
        kc::guarantee::GuaranteeOffice::new(&text_of(office))
            .map(|o| GuaranteeOffice {
                inner: Mutex::new(o),
            })
            .or_raise(py, lang)
    }

    /// Decides an application (a dict or a str of JSON: the document of
    /// validate('guarantee_application', …)) and, where no ground of
    /// refusal stands, registers the obligation on the decision date: the
    /// recipient is put on record (§15), the obligation gets its number
    /// (§17–§18) and its validity term by the deadline rule (§19). What this
    /// office's registers know counts too: a recipient on its register of
    /// failures, or holding an expired obligation not handed back, is
    /// GO.REFUSE.PREVIOUS. The other keywords are validate's context
    /// (`distance_km` when the application has none; `calendar` for the
    /// review term), read and refused as validate reads and refuses them.
    ///
    /// Raises InvalidDocument for an application (or options) that cannot
    /// be read, KazcustomsError for one addressed to another office,
    /// without a decision date, or (when registering) without a distance;
    /// JournalError when the journal refuses the number. On an error
    /// nothing changes.
    #[pyo3(
        signature = (application, *, lang = Parsed::ok(Lang::En), **context),
        text_signature = "(self, application, *, lang='en', **context)"
    )]
    fn register(
        &self,
        application: &Bound<'_, PyAny>,
        lang: Parsed<Lang>,
        context: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<GuaranteeOutcome> {
        let py = application.py();
        let lang = lang_of(py, lang)?;
        let document = Document::of(application, lang)?;
        let context = context_of(py, context, lang)?;
        let app: Application = document.read().or_raise(py, lang)?;
        let inner = self.lock()?.register(&app, &context).or_raise(py, lang)?;
        let report = Py::new(py, Report::new(py, inner.decision.report.clone(), lang)?)?;
        Ok(GuaranteeOutcome { inner, report })
    }

    /// The obligation `number` is taken at the departure office with the DCD
    /// `dcd_number` (a Number of kind 'dcd', or its text read with
    /// `reference`, default today) (§25): registered -> used, only within
    /// its validity and not before its registration. One use only. Returns
    /// the obligation as a dict.
    #[pyo3(
        signature = (number, dcd_number, *, reference = None, lang = Parsed::ok(Lang::En)),
        text_signature = "(self, number, dcd_number, *, reference=None, lang='en')"
    )]
    fn take_at_departure<'py>(
        &self,
        number: &Bound<'py, PyString>,
        dcd_number: &Bound<'py, PyAny>,
        #[pyo3(from_py_with = crate::opt_day)] reference: Option<NaiveDate>,
        lang: Parsed<Lang>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = number.py();
        let lang = lang_of(py, lang)?;
        let dcd = match number_arg(dcd_number, NumberKind::Dcd, reference, lang)? {
            RegistrationNumber::Dcd(dcd) => dcd,
            other => return Err(of_another_kind(py, NumberKind::Dcd, other, lang)),
        };
        let number = text_of(number);
        self.step(py, lang, |office| {
            office.take_at_departure(&number, &dcd).cloned()
        })
    }

    /// The mark of fulfilment is written in the journal (annex 5 column 9):
    /// used -> fulfilled. Give exactly one of `short_declaration` (a Number
    /// of kind 'short_declaration' or its text, read with `reference`) and
    /// `customs_declaration` (the cargo customs declaration's number as
    /// written). Returns the obligation as a dict.
    #[pyo3(
        signature = (number, *, short_declaration = None, customs_declaration = None, reference = None, lang = Parsed::ok(Lang::En)),
        text_signature = "(self, number, *, short_declaration=None, customs_declaration=None, reference=None, lang='en')"
    )]
    fn fulfil<'py>(
        &self,
        number: &Bound<'py, PyString>,
        short_declaration: Option<&Bound<'py, PyAny>>,
        customs_declaration: Option<&Bound<'py, PyString>>,
        #[pyo3(from_py_with = crate::opt_day)] reference: Option<NaiveDate>,
        lang: Parsed<Lang>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = number.py();
        let lang = lang_of(py, lang)?;
        let mark = match (short_declaration, customs_declaration) {
            (Some(sd), None) => {
                let kind = NumberKind::ShortDeclaration;
                match number_arg(sd, kind, reference, lang)? {
                    RegistrationNumber::ShortDeclaration(n) => Fulfilment::ShortDeclaration(n),
                    other => return Err(of_another_kind(py, kind, other, lang)),
                }
            }
            (None, Some(cd)) => Fulfilment::CustomsDeclaration(text_of(cd).trim().to_owned()),
            _ => {
                let reason = msg::one_fulfilment();
                return Err(to_py_err(
                    py,
                    kc::Error::invalid_argument("fulfilment", reason),
                    lang,
                ));
            }
        };
        let number = text_of(number);
        self.step(py, lang, |office| office.fulfil(&number, &mark).cloned())
    }

    /// An unused obligation's term is over on `on` (§21): registered ->
    /// expired (GO.STATE also when `on` is not after the validity term).
    #[pyo3(
        signature = (number, on, *, lang = Parsed::ok(Lang::En)),
        text_signature = "(self, number, on, *, lang='en')"
    )]
    fn expire<'py>(
        &self,
        number: &Bound<'py, PyString>,
        #[pyo3(from_py_with = crate::day)] on: NaiveDate,
        lang: Parsed<Lang>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = number.py();
        let lang = lang_of(py, lang)?;
        let number = text_of(number);
        self.step(py, lang, |office| office.expire(&number, on).cloned())
    }

    /// A used obligation's term is over on `on` without the mark of
    /// fulfilment: used -> failed, and the recipient goes on the register of
    /// recipients who failed their obligations (§20), a ground of refusal
    /// (GO.REFUSE.PREVIOUS) of its next application here.
    #[pyo3(
        signature = (number, on, *, lang = Parsed::ok(Lang::En)),
        text_signature = "(self, number, on, *, lang='en')"
    )]
    fn fail<'py>(
        &self,
        number: &Bound<'py, PyString>,
        #[pyo3(from_py_with = crate::day)] on: NaiveDate,
        lang: Parsed<Lang>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = number.py();
        let lang = lang_of(py, lang)?;
        let number = text_of(number);
        self.step(py, lang, |office| office.fail(&number, on).cloned())
    }

    /// An expired, unused obligation is handed back and closed with the
    /// mark (§21–§22): expired -> returned. `mark` is 'kk' (ҚАЙТАРЫЛДЫ) or
    /// 'ru' (ВОЗВРАЩЕНО).
    #[pyo3(
        signature = (number, *, mark = Parsed::ok(Lang::Kk), lang = Parsed::ok(Lang::En)),
        text_signature = "(self, number, *, mark='kk', lang='en')"
    )]
    fn return_unused<'py>(
        &self,
        number: &Bound<'py, PyString>,
        mark: Parsed<Lang>,
        lang: Parsed<Lang>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = number.py();
        let lang = lang_of(py, lang)?;
        let mark = match mark.get(py, lang)? {
            Lang::Kk => ReturnMark::Kazakh,
            Lang::Ru => ReturnMark::Russian,
            _ => {
                let reason = msg::return_mark_lang();
                return Err(to_py_err(
                    py,
                    kc::Error::invalid_argument("mark", reason),
                    lang,
                ));
            }
        };
        let number = text_of(number);
        self.step(py, lang, |office| {
            office.return_unused(&number, mark).cloned()
        })
    }

    /// The obligation with this number as a dict, or None.
    #[pyo3(signature = (number), text_signature = "(self, number)")]
    fn obligation<'py>(
        &self,
        number: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        let found = self.lock()?.obligation(&text_of(number)).cloned();
        found.map(|o| json_value(number.py(), &o)).transpose()
    }

    /// The office's 5-digit code.
    #[getter]
    fn office(&self) -> PyResult<String> {
        Ok(self.lock()?.office().to_string())
    }

    /// The guarantee-obligation journal (annex 5), in the order of
    /// registration: a new list of dicts (export_journal('guarantee_obligations', …)).
    #[getter]
    fn obligations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let journal = self.lock()?.obligations().clone();
        json_value(py, &journal)?
            .cast_into::<PyList>()
            .map_err(Into::into)
    }

    /// The recipients register (annex 4): a new list of dicts
    /// (export_journal('recipients', …)).
    #[getter]
    fn recipients<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let register = self.lock()?.recipients().clone();
        json_value(py, &register)?
            .cast_into::<PyList>()
            .map_err(Into::into)
    }

    /// The register of recipients who failed their obligations (§20): a new
    /// list of dicts (export_journal('failed_recipients', …)).
    #[getter]
    fn failed<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let register = self.lock()?.failed().clone();
        json_value(py, &register)?
            .cast_into::<PyList>()
            .map_err(Into::into)
    }

    /// The saved state as JSON; GuaranteeOffice.from_json resumes it exactly.
    fn to_json(&self) -> PyResult<String> {
        Ok(self.lock()?.to_json())
    }

    /// An office resumed from the JSON of GuaranteeOffice.to_json, verified
    /// against itself first. Raises InvalidDocument (input 'state', with
    /// `.path` naming the inconsistent member, e.g.
    /// 'state.journal.last_sequence' for a journal that would issue a
    /// number again) for a state this library did not write; with
    /// `reference` (the caller's today), also for a journal whose last
    /// number is dated after it (path 'state.journal.last_date').
    #[staticmethod]
    #[pyo3(
        signature = (text, *, reference = None, lang = Parsed::ok(Lang::En)),
        text_signature = "(text, *, reference=None, lang='en')"
    )]
    fn from_json(
        text: &Bound<'_, PyString>,
        reference: Option<NaiveDate>,
        lang: Parsed<Lang>,
    ) -> PyResult<GuaranteeOffice> {
        let py = text.py();
        let lang = lang_of(py, lang)?;
        let text = text_of(text);
        match reference {
            Some(r) => kc::guarantee::GuaranteeOffice::from_json_at(&text, r),
            None => kc::guarantee::GuaranteeOffice::from_json(&text),
        }
        .map(|o| GuaranteeOffice {
            inner: Mutex::new(o),
        })
        .or_raise(py, lang)
    }

    fn __repr__(&self) -> PyResult<String> {
        let office = self.lock()?;
        Ok(format!(
            "<GuaranteeOffice office='{}' recipients={} obligations={}>",
            office.office(),
            office.recipients().entries().len(),
            office.obligations().entries().len()
        ))
    }
}

/// A number of the wrong kind where `number_arg` was asked for `kind` (it
/// never gives one: it checks the kind), as the input error it would be.
fn of_another_kind(py: Python<'_>, kind: NumberKind, got: RegistrationNumber, lang: Lang) -> PyErr {
    let reason = msg::number_of_kind(kind.name(), got.kind().name());
    to_py_err(py, kc::Error::invalid_argument("number", reason), lang)
}
