//! The committed header `include/kazcustoms.h` must be exactly what
//! cbindgen generates from this crate (the rustls-ffi CI check
//! `ensure-header-updated`, as a test).
//!
//! To regenerate after changing the API:
//! `KAZCUSTOMS_UPDATE_HEADER=1 cargo test -p kazcustoms-c --test header`.

use std::path::{Path, PathBuf};

fn generate() -> String {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .expect("kazcustoms-c/cbindgen.toml is readable");
    let bindings = cbindgen::Builder::new()
        .with_crate(crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header");
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).expect("the header is UTF-8")
}

fn header_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../include/kazcustoms.h")
}

#[test]
fn committed_header_is_up_to_date() {
    let generated = generate();
    let path = header_path();
    if std::env::var_os("KAZCUSTOMS_UPDATE_HEADER").is_some_and(|v| v == "1") {
        std::fs::write(&path, &generated).expect("include/kazcustoms.h is writable");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || committed.lines().count().min(generated.lines().count()) + 1,
                |i| i + 1,
            );
        panic!(
            "include/kazcustoms.h is out of date (first difference at line {line}); \
             regenerate it with KAZCUSTOMS_UPDATE_HEADER=1 cargo test -p kazcustoms-c --test header"
        );
    }
}
