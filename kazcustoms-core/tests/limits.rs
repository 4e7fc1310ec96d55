//! Bounded resources (README "Limits"): a huge bad value never makes a huge
//! message, and each limit is enforced, named and can be raised.

use kazcustoms_core::documents::validate_json;
use kazcustoms_core::error::ErrorClass;
use kazcustoms_core::Lang;

/// The longest any message of these tests may be, in characters: the bound
/// of a reason and a path plus the fixed words around them.
const SMALL: usize = 2_000;

fn message_len(err: &kazcustoms_core::Error) -> usize {
    [Lang::Kk, Lang::Ru, Lang::En]
        .iter()
        .map(|&l| err.message(l).chars().count())
        .max()
        .unwrap_or(0)
}

#[test]
fn a_fifty_mebibyte_bad_string_makes_a_small_message() {
    let huge = "x".repeat(50 << 20);
    // A string where a count belongs: the parser's reason quotes the value.
    let doc = format!(r#"{{"packages": "{huge}"}}"#);
    let err = validate_json("dcd", &doc, r#"{"limits": {"input_bytes": 67108864}}"#).unwrap_err();
    assert_eq!(err.class(), ErrorClass::InvalidDocument);
    assert_eq!(err.path(), Some("document.packages"));
    assert!(message_len(&err) < SMALL, "{}", message_len(&err));
    // The reason keeps its beginning and its end: what failed and what was
    // expected, and the length of all.
    let en = err.message(Lang::En);
    assert!(en.contains("found a string \"xxx"), "{en}");
    assert!(en.contains("characters)"), "{en}");
}

#[test]
fn a_huge_unknown_key_makes_a_small_message_and_path() {
    let key = "k".repeat(1 << 20);
    let doc = format!(r#"{{"{key}": 1}}"#);
    let err = validate_json("dcd", &doc, "").unwrap_err();
    let path = err.path().unwrap_or_default();
    assert!(
        path.starts_with("document.kkk"),
        "{}",
        &path[..20.min(path.len())]
    );
    assert!(path.chars().count() < 600, "{}", path.len());
    assert!(message_len(&err) < SMALL);
}

#[test]
fn a_huge_bad_heading_key_in_the_options_makes_a_small_message() {
    let key = "8".repeat(1 << 20);
    let opts = format!(r#"{{"headings": {{"{key}": 5}}}}"#);
    let err = validate_json("dcd", "{}", &opts).unwrap_err();
    assert_eq!(err.class(), ErrorClass::InvalidDocument);
    assert!(message_len(&err) < SMALL);
}

#[test]
fn a_huge_bad_value_in_a_violation_is_quoted_by_a_prefix() {
    // A column-1 direction that is no code: the violation quotes it.
    let direction = "Ж".repeat(100_000);
    let doc = format!(r#"{{"declaration_type": {{"direction": "{direction}"}}}}"#);
    let report = validate_json("dcd", &doc, "").unwrap();
    for v in report.violations() {
        for l in [Lang::Kk, Lang::Ru, Lang::En] {
            assert!(v.message.get(l).chars().count() < SMALL, "{}", v.rule.id());
        }
    }
    let first = &report.violations()[0];
    assert_eq!(first.rule.id(), "DCD.1.DIRECTION");
    assert!(
        first.message.en.ends_with("…\" (100000 characters)"),
        "{}",
        first.message.en
    );
}

#[test]
fn the_input_size_limit_is_enforced_and_raised() {
    let doc = format!(r#"{{"consignor": "{}"}}"#, "A".repeat(2_000));
    let err = validate_json("dcd", &doc, r#"{"limits": {"input_bytes": 1000}}"#).unwrap_err();
    assert_eq!(err.path(), Some("document"));
    assert!(err.message(Lang::En).contains("limits.input_bytes"));
    assert!(validate_json("dcd", &doc, r#"{"limits": {"input_bytes": 3000}}"#).is_ok());
}

#[test]
fn the_items_limit_counts_sheets_and_goods_items() {
    let doc = r#"{"sheets": [{"items": [{}, {}]}, {"items": [{}]}]}"#;
    // 2 sheets + 3 items
    assert!(validate_json("dcd", doc, r#"{"limits": {"items": 5}}"#).is_ok());
    let err = validate_json("dcd", doc, r#"{"limits": {"items": 4}}"#).unwrap_err();
    assert!(err.message(Lang::En).contains("5 entries"));
    assert!(err.message(Lang::Ru).contains("limits.items"));
    let sd = r#"{"goods": [{}, {}, {}]}"#;
    let err = validate_json("short_declaration", sd, r#"{"limits": {"items": 2}}"#).unwrap_err();
    assert!(err.message(Lang::Kk).contains("limits.items"));
}

#[test]
fn the_default_limits_take_a_real_document() {
    let doc = include_str!("bench/dcd_100_items.json");
    let report = validate_json("dcd", doc, "").unwrap();
    assert!(!report.truncated());
}

#[test]
fn the_violation_limit_cuts_the_report_and_says_so() {
    let all = validate_json("dcd", "{}", "").unwrap();
    assert!(all.found() > 3 && !all.truncated());
    let cut = validate_json("dcd", "{}", r#"{"limits": {"violations": 3}}"#).unwrap();
    assert_eq!(cut.violations(), &all.violations()[..3]);
    assert_eq!(cut.found(), all.found());
    assert!(cut.truncated() && !cut.ok());
    let json = cut.to_json(Lang::En);
    assert!(json.contains(&format!(r#""found":{},"truncated":true"#, all.found())));
}
