//! Arithmetic on ints, bools and floats: unary operators here; binary ones in `ops`.

use crate::model::PyResult;
use crate::model::error::type_error;
use crate::model::value::Value;

use super::ast::UnOp;
use super::session::Session;

impl Session {
    /// `-x`, `+x`, `~x` (`not x` is the evaluator's, through truth values).
    pub(super) fn unary_op(&mut self, op: UnOp, v: &Value) -> PyResult<Value> {
        let sym = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            UnOp::Invert => "~",
            UnOp::Not => "not",
        };
        match (op, v.as_int()) {
            (UnOp::Neg, Some(n)) => Ok(Value::Int(-n)),
            (UnOp::Pos, Some(n)) => Ok(Value::Int(n)),
            (UnOp::Invert, Some(n)) => Ok(Value::Int(-n - 1)),
            _ => Err(type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                v.type_name()
            ))),
        }
    }
}
