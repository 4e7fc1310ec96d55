//! Sets the SONAME of the shared library on ELF targets:
//! `libkazcustoms.so.MAJOR`, MAJOR being this package's major version
//! (0 for every 0.x release). A program linked against the library records
//! that name (its `NEEDED` entry), so it keeps loading any later release of
//! the same major version and never one of another. The ABI policy in the
//! README says when the major version (and so the SONAME) changes: on any
//! incompatible change of the C ABI, 0.x included (the next such release is
//! 1.0.0); a compatible addition keeps it. `make install` installs the file
//! as `libkazcustoms.so.MAJOR.MINOR.PATCH` with the symlinks
//! `libkazcustoms.so.MAJOR` and `libkazcustoms.so`.

use std::env;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let family = env::var("CARGO_CFG_TARGET_FAMILY").unwrap_or_default();
    // Apple (install names) and Windows (DLLs) have no SONAME.
    let elf = family == "unix"
        && !matches!(
            os.as_str(),
            "macos" | "ios" | "tvos" | "watchos" | "visionos"
        );
    if elf {
        let major = env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_else(|_| "0".to_owned());
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libkazcustoms.so.{major}");
    }
}
