//! What the harnesses of the shared JSON test vectors (`tests/vectors/`, see
//! its README) have in common: the index of the vector files, reading a
//! vector file and its sections, a case's name, kind and effective options,
//! the sorted rule set of a report, the checks of the valid, invalid and
//! input-error cases of a document file (walked by `document_vectors.rs`),
//! and [`Failures`], which collects every failing case of a test and panics
//! once with all of them.

// Each harness compiles this module on its own and uses only the helpers its
// file needs (the calendar and number vectors validate no documents), so in
// any one harness some of the others are unused.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::fmt::Debug;
use std::path::PathBuf;

use kazcustoms_core::documents::validate_json;
use kazcustoms_core::{Error, Lang, Report, Rule};
use serde_json::{Map, Value};

/// The JSON of `tests/vectors/<file>`.
pub fn load(file: &str) -> Value {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "vectors", file]
        .iter()
        .collect();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The index of the vector files, `tests/vectors/index.json`.
pub fn index() -> Value {
    load("index.json")
}

/// The files the index lists under `key` (`documents`, `calendar`,
/// `numbers`, `deadline`, `journal`); at least one.
pub fn indexed(key: &str) -> Vec<String> {
    let files: Vec<String> = index()[key]
        .as_array()
        .unwrap_or_else(|| panic!("index.json: {key} is not a list"))
        .iter()
        .map(|f| f.as_str().expect("a file name").to_owned())
        .collect();
    assert!(!files.is_empty(), "index.json lists no {key} file");
    files
}

/// Runs `check` on each file the index lists under `key`, with its name and
/// JSON.
pub fn each_indexed(key: &str, mut check: impl FnMut(&str, &Value)) {
    for file in indexed(key) {
        check(&file, &load(&file));
    }
}

/// A case's `name`.
pub fn name(case: &Value) -> &str {
    case["name"].as_str().expect("every case has a name")
}

/// The rule ids of a report, without duplicates, in string order.
pub fn rule_set(report: &Report) -> Vec<String> {
    let set: BTreeSet<&str> = report.rule_ids().into_iter().collect();
    set.into_iter().map(str::to_owned).collect()
}

/// The rule ids a case lists under `key`, in its order.
pub fn want_rules(case: &Value, key: &str) -> Vec<String> {
    case[key]
        .as_array()
        .unwrap_or_else(|| panic!("{}: {key} is not a list", name(case)))
        .iter()
        .map(|r| r.as_str().expect("a rule id is a string").to_owned())
        .collect()
}

/// Every rule id that some case expects in its `rules`.
pub fn expected_rules(cases: &[Value]) -> BTreeSet<&str> {
    cases
        .iter()
        .flat_map(|c| c["rules"].as_array().expect("rules").iter())
        .map(|r| r.as_str().expect("rule id"))
        .collect()
}

/// Every rule id that some case expects alone.
pub fn rules_broken_alone(cases: &[Value]) -> BTreeSet<&str> {
    cases
        .iter()
        .filter_map(|c| match c["rules"].as_array().expect("rules").as_slice() {
            [only] => only.as_str(),
            _ => None,
        })
        .collect()
}

/// A vector file of documents (format 1, see the README).
pub struct Vectors {
    /// The file's name in `tests/vectors/`, as failures name it.
    pub file: String,
    /// The file's JSON.
    pub json: Value,
}

impl Vectors {
    /// Reads `tests/vectors/<file>`.
    pub fn load(file: &str) -> Vectors {
        Vectors {
            file: file.to_owned(),
            json: load(file),
        }
    }

    /// Every document file of the index.
    pub fn all() -> Vec<Vectors> {
        indexed("documents")
            .iter()
            .map(|f| Vectors::load(f))
            .collect()
    }

    /// The document kind of a case: its own `kind`, else the file's.
    pub fn kind<'a>(&'a self, case: &'a Value) -> &'a str {
        case.get("kind")
            .unwrap_or(&self.json["kind"])
            .as_str()
            .unwrap_or_else(|| panic!("{}: {} has no kind", self.file, name(case)))
    }

    /// The cases of a section; `a.b` is the section `b` of the member `a`.
    pub fn cases(&self, section: &str) -> &[Value] {
        section
            .split('.')
            .fold(&self.json, |v, key| &v[key])
            .as_array()
            .unwrap_or_else(|| panic!("{}: {section} is not an array", self.file))
    }

    /// The file's options with the case's keys overriding, as JSON text; an
    /// option set to `null` ("not given") is left out.
    pub fn options(&self, case: &Value) -> String {
        let mut merged: Map<String, Value> = self.json["options"]
            .as_object()
            .unwrap_or_else(|| panic!("{}: options is an object", self.file))
            .clone();
        if let Some(own) = case.get("options").and_then(Value::as_object) {
            for (k, x) in own {
                merged.insert(k.clone(), x.clone());
            }
        }
        merged.retain(|_, x| !x.is_null());
        Value::Object(merged).to_string()
    }

    /// The document text of a case: its raw `document_text`, else its
    /// `document` as JSON.
    pub fn document_text(&self, case: &Value) -> String {
        match case.get("document_text") {
            Some(text) => text.as_str().expect("document_text is a string").to_owned(),
            None => case["document"].to_string(),
        }
    }

    /// Validates the case (document and options as text) as its kind.
    pub fn validate(&self, case: &Value) -> Result<Report, Error> {
        validate_json(
            self.kind(case),
            &self.document_text(case),
            &self.options(case),
        )
    }

    /// Runs `check` on every case of `section`, then fails once with every
    /// failure it found (and if the section has no case).
    pub fn each_case(&self, section: &str, mut check: impl FnMut(&Value, &mut Failures)) {
        let all = self.cases(section);
        let mut failures = Failures::default();
        for case in all {
            check(case, &mut failures);
        }
        failures.finish(&self.file, section, all.len());
    }

    /// Panics on the first of `ids` that is not in the rule catalogue.
    pub fn assert_catalogued(&self, ids: impl IntoIterator<Item = impl AsRef<str>>) {
        for id in ids {
            let id = id.as_ref();
            assert!(
                Rule::from_id(id).is_some(),
                "{} names a rule that is not in the catalogue: {id}",
                self.file
            );
        }
    }
}

/// The failures of one test, reported together when it ends.
#[derive(Default)]
pub struct Failures(Vec<String>);

impl Failures {
    /// Records a failure, already named.
    pub fn push(&mut self, failure: String) {
        self.0.push(failure);
    }

    /// Records `what` as a failure of `case` unless `ok`.
    pub fn check(&mut self, ok: bool, case: &str, what: impl FnOnce() -> String) {
        if !ok {
            self.0.push(format!("{case}: {}", what()));
        }
    }

    /// Records a failure of `case` if `got`, the value of `what`, is not `want`.
    pub fn eq<T: PartialEq + Debug>(&mut self, case: &str, what: &str, got: T, want: T) {
        if got != want {
            self.0
                .push(format!("{case}: {what}: got {got:?}, expected {want:?}"));
        }
    }

    /// A valid case: `result` must be an empty report. `kind`, where the
    /// file mixes kinds of document, follows the name of a case with a
    /// report.
    pub fn valid(&mut self, name: &str, kind: Option<&str>, result: Result<Report, Error>) {
        match result {
            Ok(report) if report.violations().is_empty() => {}
            Ok(report) => self.0.push(format!(
                "{}: expected no violations, got {:?}\n{}",
                label(name, kind),
                rule_set(&report),
                report.to_json(Lang::En)
            )),
            Err(e) => self.0.push(format!("{name}: unexpected error: {e}")),
        }
    }

    /// An invalid case: `result` must be a report whose rule set is `want`.
    /// `kind` as for [`Failures::valid`]. Returns the report, if there is
    /// one, for the harness's own checks.
    pub fn rules(
        &mut self,
        name: &str,
        kind: Option<&str>,
        want: &[String],
        result: Result<Report, Error>,
    ) -> Option<Report> {
        match result {
            Ok(report) => {
                let got = rule_set(&report);
                if got != want {
                    self.0.push(format!(
                        "{}: expected {want:?}, got {got:?}\n{}",
                        label(name, kind),
                        report.to_json(Lang::En)
                    ));
                }
                Some(report)
            }
            Err(e) => {
                self.0
                    .push(format!("{name}: expected {want:?}, got an error: {e}"));
                None
            }
        }
    }

    /// Every violation has a message in each language and a source.
    pub fn messages_and_sources(&mut self, name: &str, report: &Report) {
        for x in report.violations() {
            if x.message.kk.is_empty()
                || x.message.ru.is_empty()
                || x.message.en.is_empty()
                || x.source.is_empty()
            {
                self.0
                    .push(format!("{name}: {} lacks a message or source", x.rule));
            }
        }
    }

    /// An input-error case: `result` must be an error of the case's class
    /// (`error`, an `ErrorClass` name) and, for `invalid_document`, of its
    /// `input` at exactly its `path` (with `path_prefix`, at a path that
    /// starts with it).
    pub fn input_error(&mut self, case: &Value, result: Result<Report, Error>) {
        let name = name(case);
        let class = case["error"].as_str().expect("error is a string");
        match result {
            Err(e) => {
                let got_class = e.class().name();
                if got_class != class {
                    self.0
                        .push(format!("{name}: expected {class}, got {got_class}: {e:?}"));
                    return;
                }
                if class == "invalid_document" {
                    let input = case["input"].as_str().expect("input is a string");
                    let path = case["path"].as_str().expect("path is a string");
                    let prefix = case["path_prefix"].as_bool().unwrap_or(false);
                    let got_input = e.input().map(|i| i.name());
                    let got_path = e.path();
                    let at = got_path.is_some_and(|p| {
                        if prefix {
                            p.starts_with(path)
                        } else {
                            p == path
                        }
                    });
                    if got_input != Some(input) || !at {
                        self.0.push(format!(
                            "{name}: expected {input} at {path:?}, got {got_input:?} at {got_path:?} ({e})"
                        ));
                    }
                    // `paths`: the path of every problem, in any order.
                    if let Some(want) = case["paths"].as_array() {
                        let mut want: Vec<&str> =
                            want.iter().map(|p| p.as_str().expect("a path")).collect();
                        let mut got: Vec<&str> =
                            e.problems().iter().map(|p| p.path.as_str()).collect();
                        want.sort_unstable();
                        got.sort_unstable();
                        if got != want {
                            self.0
                                .push(format!("{name}: problems at {got:?}, expected {want:?}"));
                        }
                    }
                    for p in e.problems() {
                        let t = &p.reason;
                        if t.kk.is_empty() || t.ru.is_empty() || t.en.is_empty() || t.kk == t.ru {
                            self.0
                                .push(format!("{name}: {}: reason not in kk/ru/en: {t:?}", p.path));
                        }
                    }
                }
            }
            Ok(report) => self.0.push(format!(
                "{name}: expected {class}, got a report {:?}",
                rule_set(&report)
            )),
        }
    }

    /// Ends a test of the cases of `section` of `file`.
    pub fn finish(self, file: &str, section: &str, total: usize) {
        assert!(total > 0, "{file}: no {section} cases were read");
        self.panic_if_any(total, &format!("{section} cases in {file}"), "\n\n");
    }

    /// Ends a test of `total` checks of `file`.
    pub fn finish_checks(self, file: &str, total: usize) {
        assert!(total > 0, "{file}: no cases were read");
        self.panic_if_any(total, &format!("checks in {file}"), "\n  ");
    }

    /// Panics, if anything failed, with "N of TOTAL WHAT failed:" and every
    /// failure, each after `sep`.
    pub fn panic_if_any(&self, total: usize, what: &str, sep: &str) {
        if !self.0.is_empty() {
            panic!(
                "{} of {total} {what} failed:{sep}{}",
                self.0.len(),
                self.0.join(sep)
            );
        }
    }
}

/// A case's name, followed by its kind of document where given.
fn label(name: &str, kind: Option<&str>) -> String {
    match kind {
        Some(kind) => format!("{name} ({kind})"),
        None => name.to_owned(),
    }
}
