//! Every field of a document that cannot be read, with its path: the
//! schema check of `kazcustoms_core::shape` on the error path.

use kazcustoms_core::documents::{validate_json, DocumentKind};
use kazcustoms_core::shape::Shape;
use kazcustoms_core::{Lang, ProblemKind};

#[test]
fn every_committed_schema_compiles() {
    for &kind in DocumentKind::ALL {
        let shape = Shape::compile(&kind.schema());
        assert!(shape.is_ok(), "{}: {:?}", kind.name(), shape.err());
        assert!(kind.shape().is_some(), "{}", kind.name());
    }
}

fn problems(kind: &str, text: &str) -> Vec<(String, ProblemKind)> {
    let err = validate_json(kind, text, r#"{"reference": "2026-11-22"}"#).unwrap_err();
    assert_eq!(err.path(), err.problems().first().map(|p| p.path.as_str()));
    err.problems()
        .iter()
        .map(|p| (p.path.clone(), p.kind))
        .collect()
}

#[test]
fn several_bad_fields_are_all_listed() {
    let text = r#"{"packages": "27", "consignor": 5, "colour": "red",
                   "consignee": {"name": "A", "station": "684106"},
                   "principal": {"deadline": "16.10.2026"}}"#;
    let got = problems("dcd", text);
    eprintln!("{got:?}");
    assert_eq!(got.first().map(|p| p.0.as_str()), Some("document.packages"));
    for (path, kind) in [
        ("document.consignor", ProblemKind::Type),
        ("document.colour", ProblemKind::UnknownField),
        ("document.consignee.station", ProblemKind::UnknownField),
        ("document.principal.deadline", ProblemKind::Format),
    ] {
        assert!(got.contains(&(path.to_owned(), kind)), "{path}: {got:?}");
    }
}

#[test]
fn kazakh_and_russian_messages_have_no_english_of_the_reader() {
    let cases = [
        r#"{"packages": "27", "consignor": 5, "colour": "red", "principal": {"deadline": "16.10.2026"}}"#,
        r#"{"packages": 27.5}"#,
        r#"{"sheets": [{"forms": {"sheet": 2}}]}"#,
        "not json",
        "[1, 2]",
        r#"{"packages": 1,}"#,
        r#"{"packages": 1} x"#,
        r#"{"packages""#,
    ];
    for text in cases {
        let Err(err) = validate_json("dcd", text, "") else {
            panic!("{text:?} was read");
        };
        for lang in [Lang::Kk, Lang::Ru] {
            let m = err.message(lang);
            for word in [
                "invalid type",
                "invalid value",
                "expected",
                "unknown field",
                "missing field",
                "at line",
                "column",
                "found",
                "string",
                "integer",
                "EOF",
                "trailing",
            ] {
                assert!(!m.contains(word), "{text:?} {lang:?}: {word:?} in {m:?}");
            }
            for p in err.problems() {
                let r = p.reason.get(lang);
                assert!(!r.contains("expected") && !r.contains("invalid"), "{r:?}");
            }
        }
    }
}
