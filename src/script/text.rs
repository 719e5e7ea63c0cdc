//! Methods of str, bytes and bytearray, with CPython's argument checks and messages.

use crate::model::PyResult;
use crate::model::error::unsupported;
use crate::model::value::Value;

use super::methods::Kwargs;
use super::session::Session;

/// The text method `name` of `recv`, if modelled.
pub(super) fn method_name(recv: &Value, name: &str) -> Option<&'static str> {
    let _ = (recv, name);
    None
}

impl Session {
    pub(super) fn call_text_method(
        &mut self,
        recv: &Value,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let _ = (recv, args, kwargs);
        Err(unsupported(format!("the method '{name}'")))
    }
}
