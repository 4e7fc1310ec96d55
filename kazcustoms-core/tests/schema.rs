//! The JSON Schema of the DCD names its fields and refuses unknown ones. The
//! committed schemas (`tests/schema/<kind>.schema.json`, every document kind)
//! are checked against the registry by `tests/generated.rs`.

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
