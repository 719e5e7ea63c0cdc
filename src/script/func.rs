//! Functions made by `def` and `lambda`, and the frames of running calls.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::model::value::{ObjId, Value, new_id};

use super::ast::FuncDef;

/// A function's local variables, shared with the closures made inside it.
pub type Locals = Rc<RefCell<HashMap<Rc<str>, Value>>>;

/// A function object.
#[derive(Debug)]
pub struct Function {
    pub id: ObjId,
    pub def: Rc<FuncDef>,
    /// Defaults of the last positional parameters, evaluated when the def ran.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// The locals of the enclosing function calls, innermost first (its closure).
    pub closure: Rc<[Locals]>,
}

impl Function {
    pub fn new(
        def: Rc<FuncDef>,
        defaults: Vec<Value>,
        kwdefaults: Vec<(Rc<str>, Value)>,
        closure: Rc<[Locals]>,
    ) -> Function {
        Function {
            id: new_id(),
            def,
            defaults,
            kwdefaults,
            closure,
        }
    }
}

/// A running call.
pub struct Frame {
    pub func: Rc<Function>,
    pub locals: Locals,
    /// The line the call was made from.
    pub call_line: usize,
    /// The line running in this frame.
    pub line: usize,
}

/// A frame as a step shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameInfo {
    /// The function's qualified name (`f`, `outer.<locals>.inner`, `<lambda>`).
    pub name: Rc<str>,
    pub call_line: usize,
    pub line: usize,
}
