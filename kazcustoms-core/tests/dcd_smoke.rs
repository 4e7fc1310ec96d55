//! Smoke test of the DCD validator on the example documents.

use kazcustoms_core::documents::validate_json;
use kazcustoms_core::Lang;

#[test]
fn valid_sample_has_an_empty_report() {
    let doc = include_str!("examples/dcd_valid.json");
    let report = validate_json(
        "dcd",
        doc,
        r#"{"reference": "2026-11-22", "usd_rate": 470.0}"#,
    )
    .unwrap();
    assert!(
        report.violations().is_empty(),
        "{}",
        report.to_json(Lang::En)
    );
}

#[test]
fn text_after_the_document_is_an_input_error() {
    let err = validate_json("dcd", r#"{"packages": 1}{}"#, "").unwrap_err();
    assert!(
        matches!(err, kazcustoms_core::Error::InvalidDocument { .. }),
        "{err}"
    );
    let err = validate_json("dcd", r#"{"packages": "x"} trailing"#, "").unwrap_err();
    assert!(err.to_string().contains("document.packages"), "{err}");
}
