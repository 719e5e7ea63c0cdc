//! Comparisons (`== != < <= > >=`, `in`, `is`) and truth values, as CPython decides them.

use crate::model::PyResult;
use crate::model::error::unsupported;
use crate::model::value::Value;

use super::ast::CmpOp;
use super::session::Session;

impl Session {
    /// `bool(v)`.
    pub(super) fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(n) => n.sign() != num_bigint::Sign::NoSign,
            Value::Float(x) => *x != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.data.borrow().is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            _ => true,
        })
    }

    /// One comparison `a op b`; its result (usually a bool).
    pub(super) fn compare_op(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let _ = (a, b);
        Err(unsupported(format!("the operator '{}'", op.symbol())))
    }
}
