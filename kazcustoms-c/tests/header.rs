//! The committed header `include/kazcustoms.h` must be exactly what
//! cbindgen generates from this crate (the rustls-ffi CI check
//! `ensure-header-updated`, as a test), with two additions made here:
//!
//! - the version macros `KAZCUSTOMS_VERSION_MAJOR`, `_MINOR`, `_PATCH`
//!   and `_STRING`, written from this crate's `CARGO_PKG_VERSION*` at
//!   compile time, so the header's version cannot drift from the
//!   library's (`kazcustoms_version()` returns the same string);
//! - a C89 pass over cbindgen's output ([`c89`]): cbindgen 0.29 has no
//!   option for it and always writes `// ...` after `#endif` and the
//!   closing brace of `extern "C"`, a comma after the last enumerator
//!   (both rejected by `-std=c89 -pedantic-errors`), and tests
//!   `__STDC_VERSION__` without `defined` (a `-Wundef` warning in C89,
//!   where it is not defined). Only those three spellings change; the
//!   declarations are cbindgen's.
//!
//! `make test-c-header` then compiles the header as C89, C99, C11, C17,
//! C2x and C++11 to C++20 with `-pedantic-errors -Wall -Wextra -Werror`.
//!
//! To regenerate after changing the API:
//! `KAZCUSTOMS_UPDATE_HEADER=1 cargo test -p kazcustoms-c --test header`.

use std::path::{Path, PathBuf};

fn generate() -> String {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .expect("kazcustoms-c/cbindgen.toml is readable");
    let after = config.after_includes.take().unwrap_or_default();
    config.after_includes = Some(format!("{}{after}", version_macros()));
    let bindings = cbindgen::Builder::new()
        .with_crate(crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header");
    let mut out = Vec::new();
    bindings.write(&mut out);
    c89(&String::from_utf8(out).expect("the header is UTF-8"))
}

/// The version macros, from the version of this package (the C library's
/// version, the one `kazcustoms_version()` returns).
fn version_macros() -> String {
    format!(
        r#"
/**
 * The version of this header, the version of the kazcustoms-c package it
 * was generated from: for compile-time checks, e.g.
 * `#if KAZCUSTOMS_VERSION_MAJOR == 0 && KAZCUSTOMS_VERSION_MINOR < 2`.
 * kazcustoms_version() gives the version of the library actually loaded
 * (KAZCUSTOMS_VERSION_STRING for the library this header came with). The
 * SONAME is `libkazcustoms.so.KAZCUSTOMS_VERSION_MAJOR`; see "ABI policy"
 * in the README for what a change of each number means.
 */
#define KAZCUSTOMS_VERSION_MAJOR {major}
/** The minor version (see KAZCUSTOMS_VERSION_MAJOR). */
#define KAZCUSTOMS_VERSION_MINOR {minor}
/** The patch version (see KAZCUSTOMS_VERSION_MAJOR). */
#define KAZCUSTOMS_VERSION_PATCH {patch}
/** The version as text, e.g. "0.1.0": equal to kazcustoms_version() of the same build. */
#define KAZCUSTOMS_VERSION_STRING "{version}"

"#,
        major = env!("CARGO_PKG_VERSION_MAJOR"),
        minor = env!("CARGO_PKG_VERSION_MINOR"),
        patch = env!("CARGO_PKG_VERSION_PATCH"),
        version = env!("CARGO_PKG_VERSION"),
    )
}

/// The C89 pass over cbindgen's output (see the module documentation):
/// `#endif // X` and `}  // extern "C"` become `/* X */` comments, the
/// comma after the last enumerator of an enum goes, and
/// `__STDC_VERSION__ >= N` becomes
/// `(defined(__STDC_VERSION__) && __STDC_VERSION__ >= N)`.
fn c89(header: &str) -> String {
    let header = header.replace(
        "__STDC_VERSION__ >= 202311L",
        "(defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L)",
    );
    let lines: Vec<&str> = header.split_inclusive('\n').collect();
    let mut out = String::with_capacity(header.len());
    for (i, line) in lines.iter().enumerate() {
        let text = line.strip_suffix('\n').unwrap_or(line);
        let trimmed = text.trim_start();
        let directive_or_brace = trimmed.starts_with('#') || trimmed.starts_with('}');
        let text = match text.find("// ") {
            Some(at) if directive_or_brace => {
                format!("{}/* {} */", &text[..at], text[at + 3..].trim_end())
            }
            _ => text.to_owned(),
        };
        let closes_enum = lines.get(i + 1).is_some_and(|next| next.trim() == "};");
        let is_enumerator = !trimmed.starts_with('*') && !trimmed.starts_with("/*");
        let text = match text.strip_suffix(',') {
            Some(last) if closes_enum && is_enumerator => last.to_owned(),
            _ => text,
        };
        out.push_str(&text);
        if line.ends_with('\n') {
            out.push('\n');
        }
    }
    out
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

#[test]
fn the_c89_pass_changes_only_comments_commas_and_version_tests() {
    let cbindgen =
        "enum e\n#if defined(__cplusplus) || __STDC_VERSION__ >= 202311L\n  : uint32_t\n\
                    #endif // defined(__cplusplus) || __STDC_VERSION__ >= 202311L\n {\n    \
                    E_A = 0,\n    E_B = 1,\n};\n/**\n * see https://x,\n};\n}  // extern \"C\"\n";
    assert_eq!(
        c89(cbindgen),
        "enum e\n#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L)\n  \
         : uint32_t\n#endif /* defined(__cplusplus) || (defined(__STDC_VERSION__) && \
         __STDC_VERSION__ >= 202311L) */\n {\n    E_A = 0,\n    E_B = 1\n};\n/**\n * see https://x,\n};\n\
         }  /* extern \"C\" */\n"
    );
}

#[test]
fn the_header_has_no_cxx_comment_outside_comments_and_no_bool() {
    let header = generate();
    for (n, line) in header.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("/*") || code.starts_with('*') {
            continue;
        }
        assert!(
            !code.contains("//"),
            "line {}: a // comment is not C89: {line}",
            n + 1
        );
        assert!(
            !code
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .any(|w| w == "bool"),
            "line {}: bool needs C99 <stdbool.h>: {line}",
            n + 1
        );
    }
}
