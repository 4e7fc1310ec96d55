//! The options (validation context) as JSON: read, or refused with a
//! bounded message at a path under `options`; options that are read validate
//! a document of every kind without an error of their own.
#![no_main]

use kazcustoms_core::documents::validate_json;
use kazcustoms_core::{Context, DocumentKind, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Context::from_json(text) {
        Ok(_) => {
            for &kind in DocumentKind::ALL {
                match validate_json(kind.name(), "{}", text) {
                    Ok(report) => kazcustoms_fuzz::check_report(&report),
                    Err(err) => {
                        kazcustoms_fuzz::check_error(&err);
                        assert_ne!(
                            err.input(),
                            Some(Input::Options),
                            "options read once, refused later: {err}"
                        );
                    }
                }
            }
        }
        Err(err) => {
            kazcustoms_fuzz::check_error(&err);
            if let Some(path) = err.path() {
                assert!(path.starts_with("options"), "{path}");
            }
        }
    }
});
