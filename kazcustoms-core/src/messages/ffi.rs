//! Messages of the C layer's boundary: pointers, strings, buffers, panics.
