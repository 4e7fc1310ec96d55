//! The Rust harness of the document vector files: every file the index
//! (`tests/vectors/index.json`) lists under `documents`, walked section by
//! section (format 1, see `tests/vectors/README.md`):
//!
//! - `valid`: `documents::validate_json` gives an empty report;
//! - `invalid`: the report's rule set is exactly `rules`, and every
//!   violation has a message in each language and a source (a `GO.*`
//!   message is the rule's title followed by a detail);
//! - `input_errors`: an error of the class `error` (`ErrorClass::name`),
//!   and for `invalid_document` of the input `input` at exactly `path`;
//! - `lifecycle`: the generic `documents::transition` through `states`
//!   refuses first the move into `states[fails_at]`, with exactly `rules`.
//!
//! A new vector file listed in the index runs here without new code. Every
//! test collects all failing cases and reports them together.

mod common;

use std::collections::BTreeSet;

use common::{name, rule_set, want_rules, Failures, Vectors};
use kazcustoms_core::documents::{self, DocumentKind};
use kazcustoms_core::{ErrorClass, Input, Lang, Report};
use serde_json::Value;

/// Runs `check` on every case of `section` of every document file; fails
/// once with every failure, and if no file has a case.
fn each_case(section: &str, mut check: impl FnMut(&Vectors, &Value, &mut Failures)) {
    let mut failures = Failures::default();
    let mut total = 0;
    for v in Vectors::all() {
        for case in v.cases(section) {
            total += 1;
            check(&v, case, &mut failures);
        }
    }
    failures.finish("the indexed document files", section, total);
}

/// A case's name with its file and kind.
fn label(v: &Vectors, case: &Value) -> String {
    format!("{} {} ({})", v.file, name(case), v.kind(case))
}

/// Every violation has a message in each language and a source; a `GO.*`
/// message starts with the rule's title, followed by a detail.
fn messages_ok(report: &Report) -> Result<(), String> {
    for x in report.violations() {
        for &lang in Lang::ALL {
            let text = x.message.get(lang);
            if text.trim().is_empty() {
                return Err(format!("{}: empty {lang} message", x.rule));
            }
            if x.rule.id().starts_with("GO.") {
                let title = x.rule.title();
                let title = title.get(lang);
                if !text.starts_with(title) || text.len() <= title.len() + 2 {
                    return Err(format!(
                        "{}: the {lang} message {text:?} is not its title and a detail",
                        x.rule
                    ));
                }
            }
        }
        if x.source.is_empty() {
            return Err(format!("{}: no source", x.rule));
        }
    }
    Ok(())
}

#[test]
fn valid_documents_have_an_empty_report() {
    each_case("valid", |v, case, f| {
        f.valid(&label(v, case), None, v.validate(case));
    });
}

#[test]
fn invalid_documents_report_exactly_their_rules() {
    each_case("invalid", |v, case, f| {
        let want = want_rules(case, "rules");
        let report = f.rules(&label(v, case), None, &want, v.validate(case));
        // The messages are checked once the rules are right.
        if let Some(report) = report.filter(|r| rule_set(r) == want) {
            if let Err(e) = messages_ok(&report) {
                f.push(format!("{}: {e}", label(v, case)));
            }
        }
    });
}

#[test]
fn input_errors_name_the_class_input_and_path() {
    each_case("input_errors", |v, case, f| {
        let mut named = case.clone();
        named["name"] = Value::String(label(v, case));
        f.input_error(&named, v.validate(case));
    });
}

#[test]
fn lifecycle_sequences() {
    each_case("lifecycle", |v, s, f| {
        let kind = v.kind(s);
        let states: Vec<&str> = s["states"]
            .as_array()
            .expect("states")
            .iter()
            .map(|x| x.as_str().expect("a state is a string"))
            .collect();
        let fails_at = s["fails_at"].as_u64().map(|i| i as usize);
        let want = want_rules(s, "rules");
        let mut current = states[0];
        let mut got = (None, Vec::new());
        for (i, next) in states.iter().enumerate().skip(1) {
            match documents::transition(kind, current, next) {
                Ok(moved) if moved == *next => current = moved,
                Ok(moved) => {
                    f.push(format!("{}: moved to {moved}, not {next}", label(v, s)));
                    break;
                }
                Err(e) => {
                    if e.class() != ErrorClass::Transition {
                        f.push(format!(
                            "{}: step {i}: not a transition error: {e:?}",
                            label(v, s)
                        ));
                    }
                    got = (
                        Some(i),
                        e.rule().map(|r| r.id().to_owned()).into_iter().collect(),
                    );
                    break;
                }
            }
        }
        if got != (fails_at, want.clone()) {
            f.push(format!(
                "{}: expected a refusal at {fails_at:?} with {want:?}, got {got:?}",
                label(v, s)
            ));
        }
    });
}

/// Every document file has the format's sections, every case a known kind,
/// every input error its class (and input and path for `invalid_document`),
/// and no vector file of `tests/vectors` is missing from the index.
#[test]
fn the_index_lists_every_file_in_format_1() {
    let classes: BTreeSet<&str> = ErrorClass::ALL.iter().map(|c| c.name()).collect();
    let inputs: BTreeSet<&str> = Input::ALL.iter().map(|i| i.name()).collect();
    for v in Vectors::all() {
        assert_eq!(v.json["format"], 1, "{}: format", v.file);
        v.json["kind"]
            .as_str()
            .and_then(|k| k.parse::<DocumentKind>().ok())
            .unwrap_or_else(|| panic!("{}: the file's kind is not a document kind", v.file));
        assert!(v.json["options"].is_object(), "{}: options", v.file);
        for section in ["valid", "invalid", "input_errors", "lifecycle"] {
            for case in v.cases(section) {
                let kind = v.kind(case);
                assert!(
                    kind.parse::<DocumentKind>().is_ok(),
                    "{}: {}: unknown kind {kind}",
                    v.file,
                    name(case)
                );
            }
        }
        for case in v.cases("input_errors") {
            let class = case["error"].as_str().unwrap_or_default();
            assert!(
                classes.contains(class),
                "{}: {}: error {class:?}",
                v.file,
                name(case)
            );
            if class == "invalid_document" {
                let input = case["input"].as_str().unwrap_or_default();
                assert!(
                    inputs.contains(input),
                    "{}: {}: input {input:?}",
                    v.file,
                    name(case)
                );
                assert!(case["path"].is_string(), "{}: {}: path", v.file, name(case));
            }
            assert!(
                case.get("document").is_some() != case.get("document_text").is_some(),
                "{}: {}: document or document_text",
                v.file,
                name(case)
            );
        }
    }
    let index = common::index();
    let mut listed = BTreeSet::new();
    for (key, files) in index.as_object().expect("index.json is an object") {
        if key == "format" {
            continue;
        }
        for f in files.as_array().expect("a list of files") {
            listed.insert(f.as_str().expect("a file name").to_owned());
        }
    }
    let dir: std::path::PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "vectors"]
        .iter()
        .collect();
    for entry in std::fs::read_dir(&dir).expect("tests/vectors") {
        let file = entry
            .expect("an entry")
            .file_name()
            .into_string()
            .expect("UTF-8");
        if file.ends_with(".json") && file != "index.json" {
            assert!(listed.contains(&file), "index.json does not list {file}");
        }
    }
}

/// Every document kind of the registry has valid and invalid vectors, and
/// every kind with a lifecycle has sequences that succeed and that fail.
#[test]
fn every_document_kind_has_vectors() {
    let mut seen: BTreeSet<(String, &str)> = BTreeSet::new();
    for v in Vectors::all() {
        for section in ["valid", "invalid", "input_errors"] {
            for case in v.cases(section) {
                seen.insert((v.kind(case).to_owned(), section));
            }
        }
        for s in v.cases("lifecycle") {
            let outcome = if s["fails_at"].is_null() {
                "lifecycle ok"
            } else {
                "lifecycle refused"
            };
            seen.insert((v.kind(s).to_owned(), outcome));
        }
    }
    for kind in DocumentKind::ALL {
        let mut want = vec!["valid", "invalid", "input_errors"];
        if kind.lifecycle().is_some() {
            want.extend(["lifecycle ok", "lifecycle refused"]);
        }
        for section in want {
            assert!(
                seen.contains(&(kind.name().to_owned(), section)),
                "no {section} vector of {}",
                kind.name()
            );
        }
    }
}

/// Options that cannot be read are an input error of the options, in some
/// file.
#[test]
fn option_errors_are_vectors() {
    let n = Vectors::all()
        .iter()
        .flat_map(|v| v.cases("input_errors").to_vec())
        .filter(|c| c["input"] == "options")
        .count();
    assert!(n >= 2, "only {n} input errors of the options");
}
