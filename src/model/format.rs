//! `format(value, spec)` and the conversions of f-strings (a minimal form until the full
//! mini-language lands).

use super::error::{PyResult, unsupported};
use super::repr::{try_repr, try_str};
use super::value::Value;

/// `format(v, spec)`.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return try_str(v);
    }
    Err(unsupported(format!("the format spec '{spec}'")))
}

/// `!r`, `!s`, `!a` of an f-string.
pub fn convert(v: &Value, c: char) -> PyResult<String> {
    match c {
        'r' => try_repr(v),
        's' => try_str(v),
        _ => Err(unsupported("ascii()")),
    }
}
