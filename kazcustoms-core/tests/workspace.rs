//! Checks of the workspace the crate is built in, not of the crate: they read
//! the workspace's `Cargo.toml`, so they are left out of the published
//! package (`exclude` in this crate's manifest), as are `generated.rs` (the
//! files generated from the registry: README, docs, stubs, schemas) and
//! `binding_messages.rs` (the bindings' sources). Every other test of the
//! crate reads only files inside it (`tests/vectors`, `tests/bench` and
//! `tests/examples` are links to the repository's shared vectors, bench
//! documents and sample documents, and `cargo package` copies what they
//! point to).

/// The release profile keeps overflow checks, so a counter that overflows is
/// a caught panic (the PANIC result in C, PanicException in Python), never a
/// wrapped wrong answer.
#[test]
fn release_profile_keeps_overflow_checks() {
    let manifest = include_str!("../../Cargo.toml");
    let release = &manifest[manifest.find("[profile.release]").expect("release profile")..];
    let release = &release[..release[1..].find("\n[").map_or(release.len(), |i| i + 1)];
    assert!(release.contains("overflow-checks = true"), "{release}");
}
