//! No silently wrong arithmetic (README "Numbers and their ranges"): values
//! out of their ranges are reported and never summed or converted; sums are
//! exact; the registers never copy a wrapped sum.

use chrono::NaiveDate;
use kazcustoms_core::arrival::DcdRegisterEntry;
use kazcustoms_core::dcd::{Dcd, Item, Sheet};
use kazcustoms_core::documents::validate_json;
use kazcustoms_core::error::ErrorClass;
use kazcustoms_core::{Context, ParseOptions};

fn dcd_with_items(items: Vec<Item>) -> Dcd {
    Dcd {
        reference_number: Some("55201/14106/00317".into()),
        sheets: vec![Sheet {
            items,
            ..Default::default()
        }],
        ..Default::default()
    }
}

fn item(gross: f64, net: f64, value: f64) -> Item {
    Item {
        gross_kg: Some(gross),
        net_kg: Some(net),
        invoice_value: Some(value),
        ..Default::default()
    }
}

fn opts() -> ParseOptions<'static> {
    ParseOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"))
}

/// Two gross weights near the largest double once summed to infinity and
/// cast into the register as a wrong weight: now the row is refused, naming
/// the field.
#[test]
fn the_dcd_register_refuses_weights_out_of_range_naming_the_field() {
    let dcd = dcd_with_items(vec![item(1.7e308, 10.0, 1.0), item(1.7e308, 10.0, 1.0)]);
    let err = DcdRegisterEntry::from_dcd(&dcd, "0841277", &opts()).unwrap_err();
    assert_eq!(err.class(), ErrorClass::InvalidDocument);
    assert_eq!(err.path(), Some("document.sheets[0].items[0].gross_kg"));
    let message = err.to_string();
    assert!(
        message.contains("above 1 000 000 000 kg: 1.7e308"),
        "{message}"
    );
}

#[test]
fn register_sums_are_exact() {
    // 0.1 + 0.2 kg is 0.3 kg exactly in thousandths, not 0.30000000000000004.
    let dcd = dcd_with_items(vec![item(0.1, 0.1, 1.0), item(0.2, 0.2, 2.0)]);
    let row = DcdRegisterEntry::from_dcd(&dcd, "0841277", &opts()).expect("row");
    // Tonnes: 0.3 kg rounds to 0 kg, so 0 t; a whole weight keeps its value.
    assert_eq!(row.gross_t, Some(0.0));
    let dcd = dcd_with_items(vec![
        item(1_000_000_000.0, 1.0, 1.0),
        item(999_999_999.0, 1.0, 1.0),
    ]);
    let row = DcdRegisterEntry::from_dcd(&dcd, "0841277", &opts()).expect("row");
    assert_eq!(row.gross_t, Some(1_999_999.999));
}

fn rules(doc: &Dcd, ctx: &Context) -> Vec<&'static str> {
    doc.validate(ctx).expect("report").rule_ids()
}

/// Column 42 values near ±1e300 once summed (as saturated integers) to a
/// number that matched column 22.
#[test]
fn huge_column_42_values_are_reported_not_summed() {
    let mut dcd = dcd_with_items(vec![item(10.0, 9.0, 1e300), item(10.0, 9.0, -1e300)]);
    dcd.invoice = Some(kazcustoms_core::dcd::Invoice {
        currency: Some("643".into()),
        total: Some(0.0),
    });
    let found = rules(&dcd, &Context::default());
    assert!(found.contains(&"DCD.42.RANGE"), "{found:?}");
    assert!(found.contains(&"DCD.42.NEGATIVE"), "{found:?}");
    assert!(!found.contains(&"DCD.22.TOTAL"), "{found:?}");
}

#[test]
fn column_46_is_not_converted_at_a_rate_out_of_range() {
    let mut dcd = dcd_with_items(vec![Item {
        statistical_value: Some(1.0),
        ..item(10.0, 9.0, 100.0)
    }]);
    dcd.exchange_rate = Some(1e200);
    let ctx = Context {
        usd_rate: Some(470.0),
        ..Default::default()
    };
    let found = rules(&dcd, &ctx);
    assert!(found.contains(&"DCD.23.RANGE"), "{found:?}");
    assert!(!found.contains(&"DCD.46.MISMATCH"), "{found:?}");
}

#[test]
fn options_out_of_range_are_input_errors() {
    for options in [
        r#"{"usd_rate": 1e200}"#,
        r#"{"usd_rate": 1e-9}"#,
        r#"{"distance_km": 1e6}"#,
    ] {
        let err = validate_json("dcd", "{}", options).unwrap_err();
        assert_eq!(err.class(), ErrorClass::InvalidArgument, "{options}");
        assert!(
            err.to_string().contains("outside the range"),
            "{options}: {err}"
        );
    }
    let err = validate_json("dcd", "{}", r#"{"limits": {"items": 10000001}}"#).unwrap_err();
    assert_eq!(err.path(), Some("options.limits.items"));
    assert!(validate_json("dcd", "{}", r#"{"limits": {"items": 10000000}}"#).is_ok());
}

/// The modules that compute with document values deny unchecked arithmetic
/// and lossy casts (lib.rs); that the workspace's release profile keeps
/// overflow checks is `tests/workspace.rs`.
#[test]
fn checked_arithmetic_is_enforced() {
    let lib = include_str!("../src/lib.rs");
    let start = lib
        .find("macro_rules! checked_arithmetic")
        .expect("the macro");
    let body = &lib[start..];
    let macro_end = body.find("\n}\n").expect("macro end");
    assert!(
        body[..macro_end].contains("clippy::arithmetic_side_effects")
            && body[..macro_end].contains("clippy::cast_possible_truncation"),
        "the macro denies unchecked arithmetic"
    );
    let call = &body[macro_end..];
    let call = &call[call.find("checked_arithmetic! {").expect("the call")..];
    let call = &call[..call.find("\n}").expect("call end")];
    for module in [
        "arrival",
        "dcd",
        "deadline",
        "quantity",
        "short_declaration",
    ] {
        assert!(
            call.contains(&format!("pub mod {module};")),
            "{module} is not checked"
        );
    }
}
