//! Methods of values other than streams and views: one place that says which object has
//! which method and where its call goes (text methods in `text`, the rest in `collections`).

use std::rc::Rc;

use crate::model::PyResult;
use crate::model::value::Value;

use super::session::Session;

pub(super) type Kwargs = Vec<(Rc<str>, Value)>;

/// The method `name` of `recv`, if the engine models it (a `&'static` name for the bound
/// method value).
pub(super) fn method_name(recv: &Value, name: &str) -> Option<&'static str> {
    super::text::method_name(recv, name).or_else(|| super::collections::method_name(recv, name))
}

impl Session {
    /// Calls a method found by [`method_name`]; None if no module models it.
    pub(super) fn call_value_method(
        &mut self,
        recv: &Value,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> Option<PyResult<Value>> {
        if super::text::method_name(recv, name).is_some() {
            return Some(self.call_text_method(recv, name, args, kwargs));
        }
        if super::collections::method_name(recv, name).is_some() {
            return Some(self.call_collection_method(recv, name, args, kwargs));
        }
        None
    }
}
