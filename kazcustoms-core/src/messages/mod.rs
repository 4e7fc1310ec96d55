//! Messages about the boundary of a binding (a NULL pointer in C, a Python
//! value of the wrong type), in Kazakh, Russian and English. The bindings
//! write no message text of their own: every text they show comes from the
//! core, from a rule, an [`Error`](crate::Error), or from here. A leaf
//! module: it uses only [`crate::text`] and [`crate::names`].

pub mod encoding;
pub mod ffi;
pub mod python;
pub mod shape;
