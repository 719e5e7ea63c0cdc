//! Python floats: CPython's repr (the shortest string that round-trips).

/// `repr(x)` of a float, as CPython prints it.
pub fn float_repr(x: f64) -> String {
    format!("{x:?}")
}
