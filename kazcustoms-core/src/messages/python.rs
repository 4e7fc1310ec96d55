//! Messages of the Python layer's boundary: values of the wrong Python type.
