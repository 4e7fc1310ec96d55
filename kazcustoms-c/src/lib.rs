//! C bindings (being written).
