//! Sets, dicts and item deletion as the statement language uses them (comprehensions,
//! `**` unpacking, `del x[k]`).

use crate::model::PyResult;
use crate::model::dict::{Dict, hash_key};
use crate::model::error::type_error;
use crate::model::value::Value;

use super::eval::EvalKey;
use super::session::Session;

impl Session {
    /// A set display or comprehension.
    pub(super) fn make_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let d = Dict::new();
        for k in items {
            let hk = hash_key(&k)?;
            if !d.contains(&hk) {
                d.insert(hk, k, Value::None);
            }
        }
        Ok(Value::Set(d))
    }

    /// A dict comprehension's result, from its pairs in order.
    pub(super) fn make_dict(&mut self, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        dict_from_pairs(pairs)
    }

    /// The (key, value) pairs of a mapping, for `**m`.
    pub(super) fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        match m {
            Value::Dict(d) => Ok(d.items()),
            _ => Err(type_error(format!(
                "'{}' object is not a mapping",
                m.type_name()
            ))),
        }
    }

    /// `del o[k]`.
    pub(super) fn del_item(&mut self, o: &Value, k: EvalKey) -> PyResult<()> {
        self.delitem(o, k)
    }
}

/// A dict from key/value pairs in order (a later key replaces an earlier one's value).
pub fn dict_from_pairs(pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let d = Dict::new();
    for (k, v) in pairs {
        let hk = hash_key(&k)?;
        let old = d.insert(hk, k, v);
        drop(old);
    }
    Ok(Value::Dict(d))
}
