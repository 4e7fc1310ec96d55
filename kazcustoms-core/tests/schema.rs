//! The committed JSON Schema of the DCD equals the one generated from the
//! types. Run with `KAZCUSTOMS_UPDATE_SCHEMA=1` to rewrite it.

use std::path::PathBuf;

#[test]
fn committed_dcd_schema_is_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/schema/dcd.schema.json");
    let fresh = kazcustoms_core::dcd::json_schema() + "\n";
    if std::env::var_os("KAZCUSTOMS_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "tests/schema/dcd.schema.json is out of date: run KAZCUSTOMS_UPDATE_SCHEMA=1 cargo test -p kazcustoms-core --test schema"
    );
}

#[test]
fn schema_names_every_top_level_field() {
    let schema: serde_json::Value =
        serde_json::from_str(&kazcustoms_core::dcd::json_schema()).unwrap();
    let props = schema["properties"].as_object().unwrap();
    for field in [
        "declaration_type",
        "reference_number",
        "sheets",
        "principal",
        "other_columns",
    ] {
        assert!(props.contains_key(field), "{field} missing from the schema");
    }
    assert_eq!(
        schema["additionalProperties"],
        serde_json::Value::Bool(false)
    );
}
