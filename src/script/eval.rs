//! Executing statements and evaluating expressions.

use std::rc::Rc;

use crate::model::dirs;
use crate::model::error::{ExcType, PyErr, PyResult, type_error, unsupported};
use crate::model::repr::try_repr;
use crate::model::suggest::suggest;
use crate::model::value::{Builtin, Method, Module, Value};

use super::ast::*;
use super::session::Session;

/// The builtins the engine models, by name.
pub fn builtin_value(name: &str) -> Option<Value> {
    Some(match name {
        "print" => Value::Builtin(Builtin::Print),
        "len" => Value::Builtin(Builtin::Len),
        "bytes" => Value::Builtin(Builtin::Bytes),
        "bytearray" => Value::Builtin(Builtin::ByteArray),
        "memoryview" => Value::Builtin(Builtin::MemoryView),
        "type" => Value::Builtin(Builtin::Type),
        "isinstance" => Value::Builtin(Builtin::IsInstance),
        "repr" => Value::Builtin(Builtin::Repr),
        "str" => Value::Builtin(Builtin::Str),
        "list" => Value::Builtin(Builtin::List),
        "hex" => Value::Builtin(Builtin::Hex),
        "int" => Value::Type("int"),
        "bool" => Value::Type("bool"),
        "tuple" => Value::Type("tuple"),
        "float" => Value::Type("float"),
        "dict" => Value::Type("dict"),
        "range" => Value::Type("range"),
        "abs" => Value::Builtin(Builtin::Abs),
        "divmod" => Value::Builtin(Builtin::Divmod),
        "round" => Value::Builtin(Builtin::Round),
        "bin" => Value::Builtin(Builtin::Bin),
        "oct" => Value::Builtin(Builtin::Oct),
        "ord" => Value::Builtin(Builtin::Ord),
        "chr" => Value::Builtin(Builtin::Chr),
        "min" => Value::Builtin(Builtin::Min),
        "max" => Value::Builtin(Builtin::Max),
        "sum" => Value::Builtin(Builtin::Sum),
        "sorted" => Value::Builtin(Builtin::Sorted),
        "any" => Value::Builtin(Builtin::Any),
        "all" => Value::Builtin(Builtin::All),
        "id" => Value::Builtin(Builtin::Id),
        "callable" => Value::Builtin(Builtin::Callable),
        "getattr" => Value::Builtin(Builtin::Getattr),
        "hasattr" => Value::Builtin(Builtin::Hasattr),
        "pow" => Value::Builtin(Builtin::Pow),
        "hash" => Value::Builtin(Builtin::Hash),
        _ => return None,
    })
}

/// Methods of a BytesIO the engine models.
pub const STREAM_METHODS: &[&str] = &[
    "read",
    "read1",
    "readline",
    "readlines",
    "readinto",
    "write",
    "writelines",
    "seek",
    "tell",
    "truncate",
    "getvalue",
    "getbuffer",
    "close",
    "flush",
    "isatty",
    "readable",
    "writable",
    "seekable",
    "fileno",
];

/// Methods of a memoryview the engine models.
pub const VIEW_METHODS: &[&str] = &["release", "tolist", "tobytes", "hex", "toreadonly"];

impl Session {
    pub(super) fn exec(&mut self, stmt: &Stmt) -> PyResult<()> {
        match &stmt.kind {
            StmtKind::ImportIo { name } => {
                self.store(name, Value::Module(Module::Io));
                Ok(())
            }
            StmtKind::FromIoImportBytesIO { name } => {
                self.store(name, Value::Builtin(Builtin::BytesIO));
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(value)?;
                for t in targets {
                    self.assign(t, v.clone())?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => match target {
                Target::Name(name) => {
                    let left = self.load(name)?;
                    let right = self.eval(value)?;
                    let result = self.inplace_op(*op, left, right)?;
                    self.store(name, result);
                    Ok(())
                }
                Target::Item { obj, key } => {
                    let o = self.eval(obj)?;
                    let k = self.eval_key(key)?;
                    let left = self.getitem(&o, k.clone())?;
                    let right = self.eval(value)?;
                    let result = self.inplace_op(*op, left, right)?;
                    self.setitem(&o, k, &result)
                }
            },
            StmtKind::Expr(e) => {
                let v = self.eval(e)?;
                self.display(v)
            }
            StmtKind::Del(names) => {
                for (name, _) in names {
                    match self.globals.iter().position(|(n, _)| n == name) {
                        Some(i) => {
                            // The value is dropped here: a last reference to a view ends it.
                            self.globals.remove(i);
                        }
                        None => return Err(self.name_error(name)),
                    }
                }
                Ok(())
            }
            StmtKind::With { items, body } => self.exec_with(items, body),
            StmtKind::Pass => Ok(()),
        }
    }

    fn exec_with(&mut self, items: &[(Expr, Option<Target>)], body: &[Stmt]) -> PyResult<()> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            for s in body {
                self.exec(s)?;
            }
            return Ok(());
        };
        let manager = self.eval(ctx)?;
        match &manager {
            Value::Stream(s) => s.enter()?,
            Value::View(v) => v.check()?,
            other => {
                return Err(type_error(format!(
                    "'{}' object does not support the context manager protocol",
                    other.type_name()
                )));
            }
        }
        let mut result = match target {
            Some(t) => self.assign(t, manager.clone()),
            None => Ok(()),
        };
        if result.is_ok() {
            result = self.exec_with(rest, body);
        }
        // Something the engine does not model stops the run here; no exit would be faithful.
        if let Err(e) = &result
            && e.ty == ExcType::Unsupported
        {
            return result;
        }
        let exit = match &manager {
            Value::Stream(s) => s.close().map_err(|mut e| {
                e.operation = Some("the with block's close()");
                e
            }),
            Value::View(v) => {
                v.release();
                Ok(())
            }
            _ => Ok(()),
        };
        drop(manager);
        match exit {
            Ok(()) => result,
            Err(mut e) => {
                e.context = result.err().map(Box::new);
                Err(e)
            }
        }
    }

    /// The prompt's display hook: repr of a non-None value, which also becomes `_`.
    pub(super) fn display(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        self.underscore = Some(Value::None);
        let text = try_repr(&v)?;
        self.out.push_str(&text);
        self.out.push('\n');
        self.underscore = Some(v);
        Ok(())
    }

    pub(super) fn store(&mut self, name: &Rc<str>, v: Value) {
        match self.globals.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => {
                // The old value is dropped after the new one is in place, as in CPython.
                let _old = std::mem::replace(&mut slot.1, v);
            }
            None => self.globals.push((name.clone(), v)),
        }
    }

    fn assign(&mut self, t: &Target, v: Value) -> PyResult<()> {
        match t {
            Target::Name(n) => {
                self.store(n, v);
                Ok(())
            }
            Target::Item { obj, key } => {
                let o = self.eval(obj)?;
                let k = self.eval_key(key)?;
                self.setitem(&o, k, &v)
            }
        }
    }

    pub(super) fn name_error(&self, name: &str) -> PyErr {
        let mut e = PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"));
        let globals = self.globals.iter().map(|(n, _)| &**n);
        e.hint = suggest(name, globals).map(str::to_string).or_else(|| {
            let mut builtins: Vec<&str> = dirs::BUILTINS.to_vec();
            if self.underscore.is_some() {
                builtins.push("_");
            }
            suggest(name, builtins).map(str::to_string)
        });
        e
    }

    fn load(&self, name: &str) -> PyResult<Value> {
        if let Some((_, v)) = self.globals.iter().find(|(n, _)| &**n == name) {
            return Ok(v.clone());
        }
        if name == "_"
            && let Some(u) = &self.underscore
        {
            return Ok(u.clone());
        }
        match builtin_value(name) {
            Some(v) => Ok(v),
            None if dirs::BUILTINS.contains(&name) => {
                Err(unsupported(format!("the builtin '{name}'")))
            }
            None => Err(self.name_error(name)),
        }
    }

    pub(super) fn eval(&mut self, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::None => Ok(Value::None),
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::Int(n) => Ok(Value::Int(n.clone())),
            ExprKind::Float(x) => Ok(Value::Float(*x)),
            ExprKind::Str(s) => Ok(Value::Str(s.clone())),
            ExprKind::Bytes(b) => Ok(Value::Bytes(b.clone())),
            ExprKind::Name(n) => self.load(n),
            ExprKind::Attr(obj, name) => {
                let o = self.eval(obj)?;
                self.getattr(o, name)
            }
            ExprKind::Call { func, args, kwargs } => {
                let f = self.eval(func)?;
                let mut a = Vec::with_capacity(args.len());
                for x in args {
                    a.push(self.eval(x)?);
                }
                let mut k = Vec::with_capacity(kwargs.len());
                for (name, x) in kwargs {
                    k.push((name.clone(), self.eval(x)?));
                }
                self.call(&f, a, k)
            }
            ExprKind::Subscript(obj, key) => {
                let o = self.eval(obj)?;
                let k = self.eval_key(key)?;
                self.getitem(&o, k)
            }
            ExprKind::Bin(op, l, r) => {
                let a = self.eval(l)?;
                let b = self.eval(r)?;
                self.binary_op(*op, &a, &b)
            }
            ExprKind::Unary(UnOp::Not, x) => {
                let v = self.eval(x)?;
                Ok(Value::Bool(!self.truthy(&v)?))
            }
            ExprKind::Unary(op, x) => {
                let v = self.eval(x)?;
                self.unary_op(*op, &v)
            }
            ExprKind::Compare { left, ops } => {
                let mut a = self.eval(left)?;
                let mut result = Value::Bool(true);
                for (op, right) in ops {
                    let b = self.eval(right)?;
                    result = self.compare_op(*op, &a, &b)?;
                    if !self.truthy(&result)? {
                        return Ok(result);
                    }
                    a = b;
                }
                Ok(result)
            }
            ExprKind::List(items) => {
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    out.push(self.eval(x)?);
                }
                Ok(Value::list(out))
            }
            ExprKind::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    out.push(self.eval(x)?);
                }
                Ok(Value::tuple(out))
            }
            ExprKind::Dict(items) => self.eval_dict(items),
        }
    }

    fn eval_key(&mut self, key: &Key) -> PyResult<EvalKey> {
        Ok(match key {
            Key::Index(e) => EvalKey::Index(self.eval(e)?),
            Key::Slice(a, b, c) => {
                let mut part = |p: &Option<Expr>| -> PyResult<Value> {
                    match p {
                        Some(x) => self.eval(x),
                        None => Ok(Value::None),
                    }
                };
                let start = part(a)?;
                let stop = part(b)?;
                let step = part(c)?;
                EvalKey::Slice(crate::model::view::SliceArgs { start, stop, step })
            }
        })
    }

    /// Attribute lookup: modelled attributes, else AttributeError with CPython's hint, or
    /// "unsupported" for real attributes the engine does not model.
    pub(super) fn getattr(&mut self, o: Value, name: &str) -> PyResult<Value> {
        let method = |name: &str, list: &[&'static str]| -> Option<&'static str> {
            list.iter().find(|m| **m == name).copied()
        };
        if let Some(m) = super::methods::method_name(&o, name) {
            return Ok(Value::Method(Rc::new(Method { recv: o, name: m })));
        }
        if let Some(v) = super::collections::value_attribute(&o, name) {
            return Ok(v);
        }
        match &o {
            Value::Stream(s) => {
                if name == "closed" {
                    return Ok(Value::Bool(s.closed()));
                }
                if let Some(m) = method(name, STREAM_METHODS) {
                    return Ok(Value::Method(Rc::new(Method { recv: o, name: m })));
                }
            }
            Value::View(v) => {
                if let Some(m) = method(name, VIEW_METHODS) {
                    return Ok(Value::Method(Rc::new(Method { recv: o, name: m })));
                }
                const PROPS: &[&str] = &[
                    "nbytes",
                    "readonly",
                    "format",
                    "itemsize",
                    "ndim",
                    "shape",
                    "strides",
                    "suboffsets",
                    "contiguous",
                    "c_contiguous",
                    "f_contiguous",
                ];
                if PROPS.contains(&name) {
                    v.check()?;
                    let n = v.len;
                    return Ok(match name {
                        "nbytes" => Value::int(n),
                        "readonly" => Value::Bool(v.readonly),
                        "format" => Value::str("B"),
                        "itemsize" | "ndim" => Value::int(1),
                        "shape" => Value::tuple(vec![Value::int(n)]),
                        "strides" => Value::tuple(vec![Value::int(v.step as i64)]),
                        "suboffsets" => Value::tuple(vec![]),
                        _ => Value::Bool(v.is_contiguous()),
                    });
                }
            }
            Value::Module(Module::Io) if name == "BytesIO" => {
                return Ok(Value::Builtin(Builtin::BytesIO));
            }
            Value::Builtin(Builtin::Bytes) if name == "fromhex" => {
                return Ok(Value::Builtin(Builtin::FromHex));
            }
            _ => {}
        }
        if let Some(class) = o.as_class_name()
            && matches!(name, "__name__" | "__qualname__")
        {
            // `io.BytesIO.__name__` is 'BytesIO': the part after the module.
            return Ok(Value::str(class.rsplit('.').next().unwrap_or(class)));
        }
        let dir = o.dir();
        if o.has_attribute(name) {
            return Err(unsupported(format!(
                "the attribute '{name}' of a {} object",
                o.type_name()
            )));
        }
        let msg = match &o {
            Value::Module(Module::Io) => format!("module 'io' has no attribute '{name}'"),
            Value::Module(Module::Builtins) => {
                format!("module 'builtins' has no attribute '{name}'")
            }
            _ if o.as_class_name().is_some() => {
                let tname = o.as_class_name().unwrap_or("type");
                format!("type object '{tname}' has no attribute '{name}'")
            }
            _ => format!("'{}' object has no attribute '{name}'", o.type_name()),
        };
        let mut e = PyErr::new(ExcType::AttributeError, msg);
        e.hint = suggest(name, dir.iter().copied()).map(str::to_string);
        e.obj = Some(Box::new(o));
        Err(e)
    }
}

/// An evaluated subscript key.
#[derive(Clone)]
pub enum EvalKey {
    Index(Value),
    Slice(crate::model::view::SliceArgs),
}
