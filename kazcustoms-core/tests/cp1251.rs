//! The CP1251 conversion (`kazcustoms_core::text::cp1251_to_utf8`) against
//! `tests/vectors/cp1251.json`: every byte's character as Python's own
//! cp1251 codec gives it, the texts and the errors of the file.

mod common;

use kazcustoms_core::text::{cp1251_char, cp1251_to_utf8};
use serde_json::Value;

fn bytes_of(hex: &str) -> Vec<u8> {
    assert!(hex.len().is_multiple_of(2), "odd hex {hex:?}");
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect()
}

fn files() -> Vec<(String, Value)> {
    common::indexed("cp1251")
        .into_iter()
        .map(|f| {
            let v = common::load(&f);
            (f, v)
        })
        .collect()
}

#[test]
fn every_byte_is_the_character_of_the_reference_codec() {
    for (file, v) in files() {
        assert_eq!(v["format"], 1, "{file}");
        let chars = v["characters"].as_array().expect("characters");
        assert_eq!(chars.len(), 256, "{file}");
        for (b, want) in chars.iter().enumerate() {
            let b = u8::try_from(b).unwrap();
            let one = cp1251_to_utf8(&[b]);
            match want.as_str() {
                Some(want) => {
                    assert_eq!(one.as_deref(), Ok(want), "{file}: byte 0x{b:02X}");
                    assert_eq!(cp1251_char(b).map(String::from).as_deref(), Some(want));
                }
                None => {
                    assert!(want.is_null(), "{file}: byte 0x{b:02X}: {want}");
                    let e = one.expect_err("an undefined byte");
                    assert_eq!((e.offset(), e.byte()), (0, b), "{file}");
                    assert_eq!(cp1251_char(b), None);
                }
            }
        }
        // All the defined bytes at once, in order: one string.
        let defined: Vec<u8> = (0..=255u8)
            .filter(|&b| chars[usize::from(b)].is_string())
            .collect();
        let want: String = chars.iter().filter_map(Value::as_str).collect();
        assert_eq!(cp1251_to_utf8(&defined).unwrap(), want, "{file}");
    }
}

#[test]
fn the_texts_convert_and_the_errors_give_the_offset() {
    for (file, v) in files() {
        for t in v["texts"].as_array().expect("texts") {
            let bytes = bytes_of(t["bytes_hex"].as_str().unwrap());
            assert_eq!(
                cp1251_to_utf8(&bytes).as_deref(),
                Ok(t["text"].as_str().unwrap()),
                "{file}: {}",
                common::name(t)
            );
        }
        let errors = v["errors"].as_array().expect("errors");
        assert!(!errors.is_empty(), "{file}: no errors");
        for t in errors {
            let bytes = bytes_of(t["bytes_hex"].as_str().unwrap());
            let e = cp1251_to_utf8(&bytes).expect_err(common::name(t));
            let offset = usize::try_from(t["offset"].as_u64().unwrap()).unwrap();
            assert_eq!(e.offset(), offset, "{file}: {}", common::name(t));
            let text = e.text();
            for message in [&text.kk, &text.ru, &text.en] {
                assert!(message.contains(&offset.to_string()), "{message}");
                assert!(message.contains("0x98"), "{message}");
            }
        }
    }
}
