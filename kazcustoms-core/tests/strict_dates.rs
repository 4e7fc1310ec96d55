//! Dates are `YYYY-MM-DD` exactly (README "Readings chosen"): every date
//! field of a type the library reads (derives `Deserialize`) is read with
//! `crate::dates`, never chrono's lenient `FromStr`; and the readers
//! refuse what chrono would take.

use std::path::Path;

use kazcustoms_core::documents::validate_json;
use kazcustoms_core::error::ErrorClass;

/// The date fields of `Deserialize` types in `text` that lack the strict
/// reader: (line, field).
fn lenient_fields(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut derives_de = false;
    let mut in_struct = false;
    for (i, line) in lines.iter().enumerate() {
        let s = line.trim();
        if s.starts_with("#[derive(") {
            derives_de = s.contains("Deserialize");
        } else if s.contains("struct ") && s.ends_with('{') && !s.starts_with("//") {
            in_struct = derives_de;
            derives_de = false;
        } else if in_struct && s == "}" {
            in_struct = false;
        } else if in_struct && !s.starts_with("//") && s.contains("NaiveDate") && s.ends_with(',') {
            let attrs = lines[..i]
                .iter()
                .rev()
                .take_while(|l| l.trim().starts_with("#[") || l.trim().starts_with("///"));
            if !attrs.into_iter().any(|l| l.contains("crate::dates::")) {
                found.push((i + 1, s.to_owned()));
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_date_field_that_is_read_is_read_strictly() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut lenient = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("a source file");
        for (line, field) in lenient_fields(&text) {
            lenient.push(format!("{}:{line}: {field}", f.display()));
        }
    }
    assert!(
        lenient.is_empty(),
        "date fields read leniently: {lenient:#?}"
    );
}

#[test]
fn the_scanner_sees_a_lenient_field() {
    let text = "#[derive(Deserialize)]\nstruct A {\n    /// d\n    pub d: Option<NaiveDate>,\n}\n";
    assert_eq!(lenient_fields(text).len(), 1);
    let strict = "#[derive(Deserialize)]\nstruct A {\n    #[serde(default, deserialize_with = \"crate::dates::option\")]\n    pub d: Option<NaiveDate>,\n}\n";
    assert!(lenient_fields(strict).is_empty());
}

#[test]
fn dates_chrono_would_take_are_input_errors() {
    for bad in [
        " 2026-01-01",
        "2026-1-1",
        "+10000-01-01",
        "2026-01-01 ",
        "2026-01-1",
    ] {
        let doc = format!(r#"{{"principal": {{"deadline": "{bad}"}}}}"#);
        let err = validate_json("dcd", &doc, "").unwrap_err();
        assert_eq!(err.class(), ErrorClass::InvalidDocument, "{bad:?}");
        assert_eq!(err.path(), Some("document.principal.deadline"), "{bad:?}");
        let opts = format!(r#"{{"reference": "{bad}"}}"#);
        let err = validate_json("dcd", "{}", &opts).unwrap_err();
        assert_eq!(err.path(), Some("options.reference"), "{bad:?}");
        let opts = format!(r#"{{"calendar": {{"days_off": ["{bad}"]}}}}"#);
        let err = validate_json("dcd", "{}", &opts).unwrap_err();
        assert!(
            err.path()
                .is_some_and(|p| p.starts_with("options.calendar.days_off")),
            "{bad:?}"
        );
    }
    let ok = r#"{"principal": {"deadline": "2026-01-01"}}"#;
    assert!(validate_json("dcd", ok, "").is_ok());
}
