//! Sets, dicts and item deletion as the statement language uses them (displays,
//! comprehensions, `**` unpacking, `del x[k]`).

use crate::model::PyResult;
use crate::model::error::{type_error, unsupported};
use crate::model::value::Value;

use super::eval::EvalKey;
use super::session::Session;

impl Session {
    /// A set display or comprehension.
    pub(super) fn make_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let _ = items;
        Err(unsupported("sets"))
    }

    /// A dict display or comprehension, from its pairs in order.
    pub(super) fn make_dict(&mut self, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        super::session::dict_from_pairs(pairs)
    }

    /// The (key, value) pairs of a mapping, for `**m`.
    pub(super) fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        Err(type_error(format!(
            "'{}' object is not a mapping",
            m.type_name()
        )))
    }

    /// `del o[k]`.
    pub(super) fn del_item(&mut self, o: &Value, k: EvalKey) -> PyResult<()> {
        let _ = k;
        match o {
            Value::View(_) => Err(type_error(
                "'memoryview' object doesn't support item deletion",
            )),
            Value::Bytes(_) | Value::Str(_) | Value::Tuple(_) => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                o.type_name()
            ))),
            _ => Err(unsupported(format!(
                "deleting items of a {} object",
                o.type_name()
            ))),
        }
    }
}
