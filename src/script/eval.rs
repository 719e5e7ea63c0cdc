//! Executing statements and evaluating expressions.

use std::collections::HashMap;
use std::rc::Rc;

use crate::model::dirs;
use crate::model::error::{ExcType, PyErr, PyResult, type_error, unsupported, value_error};
use crate::model::repr::{try_repr, try_str};
use crate::model::suggest::suggest;
use crate::model::value::{Builtin, Method, Module, Value};

use super::ast::*;
use super::func::{Frame, Function, Locals};
use super::session::Session;

/// Keyword arguments of a call, in order.
type Kwargs = Vec<(Rc<str>, Value)>;

/// How a block of statements ended.
pub enum Flow {
    Next,
    Break,
    Continue,
    Return(Value),
}

/// How deep calls may nest before RecursionError: CPython's limit of 1000 frames, less the
/// frames of the prompt itself.
pub const MAX_CALL_DEPTH: usize = 996;

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
        "iter" => Value::Builtin(Builtin::Iter),
        "next" => Value::Builtin(Builtin::Next),
        "enumerate" => Value::Builtin(Builtin::Enumerate),
        "zip" => Value::Builtin(Builtin::Zip),
        "reversed" => Value::Builtin(Builtin::Reversed),
        "map" => Value::Builtin(Builtin::Map),
        "filter" => Value::Builtin(Builtin::Filter),
        "format" => Value::Builtin(Builtin::Format),
        "ascii" => Value::Builtin(Builtin::Ascii),
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
        _ => {
            return ExcType::ALL
                .iter()
                .find(|t| t.name() == name)
                .map(|t| Value::ExcClass(*t));
        }
    })
}

/// The methods of a BytesIO the engine models: one list, found by a match rather than a
/// scan (a loop asks for every method call), with the qualified name argument errors print.
macro_rules! stream_methods {
    ($($n:literal),* $(,)?) => {
        /// The modelled stream method called `name`.
        pub fn stream_method(name: &str) -> Option<&'static str> {
            match name {
                $($n => Some($n),)*
                _ => None,
            }
        }

        /// `BytesIO.<name>`: a constant for every modelled method (a call makes no string).
        pub fn stream_qualname(name: &str) -> std::borrow::Cow<'static, str> {
            match name {
                $($n => std::borrow::Cow::Borrowed(concat!("BytesIO.", $n)),)*
                other => std::borrow::Cow::Owned(format!("BytesIO.{other}")),
            }
        }
    };
}

stream_methods!(
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
    "fileno"
);

/// Methods of a memoryview the engine models.
pub const VIEW_METHODS: &[&str] = &["release", "tolist", "tobytes", "hex", "toreadonly", "cast"];

/// The exception a `raise` of `v` raises.
fn exception_of(v: Value) -> PyResult<PyErr> {
    match v {
        Value::Exception(e) => Ok((*e).clone()),
        Value::ExcClass(t) => Ok(PyErr::new(t, "")),
        _ => Err(type_error("exceptions must derive from BaseException")),
    }
}

/// A new exception object made by calling its class (`ValueError("bad", 2)`).
pub fn new_exception(ty: ExcType, args: Vec<Value>) -> PyResult<PyErr> {
    let msg = match args.as_slice() {
        [] => String::new(),
        [one] if ty == ExcType::KeyError => try_repr(one)?,
        [one] => try_str(one)?,
        many => try_repr(&Value::tuple(many.to_vec()))?,
    };
    let mut e = PyErr::new(ty, msg);
    e.args = Some(Rc::from(args));
    Ok(e)
}

impl Session {
    /// Runs statements in order until one leaves the block.
    pub(super) fn exec_block(&mut self, body: &[Stmt]) -> PyResult<Flow> {
        for s in body {
            // `global` and `nonlocal` compile to nothing: CPython has no line event for them.
            if matches!(s.kind, StmtKind::Declare) {
                continue;
            }
            match self.exec(s)? {
                Flow::Next => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Next)
    }

    /// Runs one statement: counts it against the step budget, and records it as a step
    /// once it ran (compound statements record their header's steps themselves).
    pub(super) fn exec(&mut self, stmt: &Stmt) -> PyResult<Flow> {
        self.enter_line(stmt.line)?;
        let result = self.exec_inner(stmt);
        let result = result.map_err(|mut e| {
            if e.line == 0 {
                e.line = u32::try_from(stmt.line).unwrap_or(u32::MAX);
            }
            e
        });
        // A `return` is recorded as the call's return step instead.
        if result.is_ok() && is_simple(&stmt.kind) && !matches!(stmt.kind, StmtKind::Return(_)) {
            self.line_done(stmt.line);
        }
        result
    }

    fn exec_inner(&mut self, stmt: &Stmt) -> PyResult<Flow> {
        match &stmt.kind {
            StmtKind::ImportIo { name } => {
                self.store_name(name, Value::Module(Module::Io));
            }
            StmtKind::FromIo { names } => {
                for (attr, bind) in names {
                    let v = self.getattr(Value::Module(Module::Io), attr)?;
                    self.store_name(bind, v);
                }
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(value)?;
                for t in targets {
                    self.assign(t, v.clone())?;
                }
            }
            StmtKind::AugAssign { target, op, value } => match target {
                Target::Name(name) => {
                    let left = self.load_name(name)?;
                    let right = self.eval(value)?;
                    let result = self.inplace_op(*op, left, right)?;
                    self.store_name(name, result);
                }
                Target::Item { obj, key } => {
                    let o = self.eval(obj)?;
                    let k = self.eval_key(key)?;
                    let left = self.getitem(&o, k.clone())?;
                    let right = self.eval(value)?;
                    let result = self.inplace_op(*op, left, right)?;
                    self.setitem(&o, k, &result)?;
                }
                Target::Unpack { .. } => {
                    return Err(unsupported("augmented assignment to a tuple"));
                }
            },
            StmtKind::Expr(e) => {
                let v = self.eval(e)?;
                self.display(v)?;
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::With { items, body } => return self.exec_with(stmt.line, items, body),
            StmtKind::Pass | StmtKind::Declare => {}
            StmtKind::If { test, body, orelse } => {
                let t = self.eval(test)?;
                let t = self.truthy(&t)?;
                self.line_done(stmt.line);
                return if t {
                    self.exec_block(body)
                } else {
                    self.exec_orelse(orelse)
                };
            }
            StmtKind::While { test, body, orelse } => {
                let depth = self.loop_enter(stmt.line);
                let result = self.exec_while(stmt, test, body, orelse);
                self.loop_leave(depth);
                return result;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let v = self.eval(iter)?;
                let mut it = self.iterate(&v)?;
                drop(v);
                let depth = self.loop_enter(stmt.line);
                let result = self.exec_for(stmt, target, &mut it, body, orelse);
                self.loop_leave(depth);
                return result;
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => return self.exec_try(body, handlers, orelse, finalbody),
            StmtKind::Raise { exc, cause } => {
                let Some(exc) = exc else {
                    return match self.handling.last() {
                        Some(e) => Err(e.clone()),
                        None => Err(PyErr::new(
                            ExcType::RuntimeError,
                            "No active exception to reraise",
                        )),
                    };
                };
                let v = self.eval(exc)?;
                let mut e = exception_of(v)?;
                if let Some(c) = cause {
                    let c = self.eval(c)?;
                    match c {
                        Value::None | Value::Exception(_) | Value::ExcClass(_) => {}
                        _ => {
                            return Err(type_error(
                                "exception causes must derive from BaseException",
                            ));
                        }
                    }
                }
                if e.context.is_none()
                    && let Some(h) = self.handling.last()
                {
                    e.context = Some(Box::new(h.clone()));
                }
                return Err(e);
            }
            StmtKind::Assert { test, msg } => {
                let t = self.eval(test)?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(m)?],
                        None => Vec::new(),
                    };
                    return Err(new_exception(ExcType::AssertionError, args)?);
                }
            }
            StmtKind::Def(def) => {
                let f = self.make_function(def)?;
                if let Some(bind) = &def.bind {
                    self.store_name(bind, f);
                }
            }
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => self.eval(e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
        }
        Ok(Flow::Next)
    }

    fn exec_orelse(&mut self, orelse: &[Stmt]) -> PyResult<Flow> {
        self.exec_block(orelse)
    }

    fn exec_while(
        &mut self,
        stmt: &Stmt,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> PyResult<Flow> {
        let mut first = true;
        loop {
            if !first {
                self.enter_line(stmt.line)?;
            }
            first = false;
            let t = self.eval(test)?;
            let go = self.truthy(&t)?;
            self.line_done(stmt.line);
            if !go {
                break;
            }
            self.loop_tick();
            match self.exec_block(body)? {
                Flow::Break => return Ok(Flow::Next),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Next | Flow::Continue => {}
            }
        }
        self.exec_block(orelse)
    }

    fn exec_for(
        &mut self,
        stmt: &Stmt,
        target: &Target,
        it: &mut super::iter::Iteration,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> PyResult<Flow> {
        let mut first = true;
        loop {
            if !first {
                self.enter_line(stmt.line)?;
            }
            first = false;
            let Some(item) = self.next_of(it)? else {
                break;
            };
            self.assign(target, item)?;
            self.loop_tick();
            self.line_done(stmt.line);
            match self.exec_block(body)? {
                Flow::Break => return Ok(Flow::Next),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Next | Flow::Continue => {}
            }
        }
        self.exec_block(orelse)
    }

    fn exec_try(
        &mut self,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> PyResult<Flow> {
        let mut result = match self.exec_block(body) {
            Ok(Flow::Next) => self.exec_block(orelse),
            Ok(flow) => Ok(flow),
            Err(e) if e.catchable() && !handlers.is_empty() => self.handle(e, handlers),
            Err(e) => Err(e),
        };
        if !finalbody.is_empty() {
            // A `return` that runs `finally` first: CPython's line event for the `return`
            // comes before the `finally` lines (it is not the return's step).
            if matches!(result, Ok(Flow::Return(_))) {
                let line = self.current_line();
                self.line_done(line);
            }
            // A pending exception is being handled while `finally` runs.
            let pending = result.as_ref().err().filter(|e| e.catchable()).cloned();
            if let Some(e) = &pending {
                self.handling.push(e.clone());
            }
            let fin = self.exec_block(finalbody);
            if pending.is_some() {
                self.handling.pop();
            }
            match fin {
                Ok(Flow::Next) => {}
                Ok(flow) => result = Ok(flow),
                Err(mut e) => {
                    if e.context.is_none()
                        && let Some(p) = pending
                    {
                        e.context = Some(Box::new(p));
                    }
                    result = Err(e);
                }
            }
        }
        result
    }

    /// Finds the `except` clause for `e` and runs it; `e` goes on if none matches.
    fn handle(&mut self, e: PyErr, handlers: &[Handler]) -> PyResult<Flow> {
        for h in handlers {
            let matched = match &h.ty {
                None => true,
                Some(ty) => {
                    self.enter_line(h.line)?;
                    let classes = self.eval(ty)?;
                    exception_matches(e.ty, &classes)?
                }
            };
            if !matched {
                continue;
            }
            let value = Value::Exception(Rc::new(e.clone()));
            if let Some(n) = &h.name {
                self.store_name(n, value);
            }
            self.line_done(h.line);
            self.handling.push(e);
            let r = self.exec_block(&h.body);
            let handled = self.handling.pop();
            if let Some(n) = &h.name {
                // `except E as e` unbinds `e` when the clause ends.
                let _ = self.unbind(n);
            }
            return r.map_err(|mut err| {
                if err.context.is_none()
                    && let Some(h) = handled
                    && err.catchable()
                {
                    err.context = Some(Box::new(h));
                }
                err
            });
        }
        Err(e)
    }

    fn exec_with(
        &mut self,
        line: usize,
        items: &[(Expr, Option<Target>)],
        body: &[Stmt],
    ) -> PyResult<Flow> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            self.line_done(line);
            return self.exec_block(body);
        };
        let manager = self.eval(ctx)?;
        match &manager {
            Value::Stream(s) => s.enter()?,
            Value::View(v) => v.check()?,
            other => {
                crate::model::switch::touch(crate::model::switch::Switch::WithProtocolTypeerror);
                if !crate::model::profile::current().with_protocol_typeerror {
                    // 3.10 looks `__enter__` up first, and no value here has `__exit__`.
                    return Err(PyErr::new(ExcType::AttributeError, "__enter__"));
                }
                return Err(type_error(format!(
                    "'{}' object does not support the context manager protocol",
                    other.type_name()
                )));
            }
        }
        let mut result = match target {
            Some(t) => self.assign(t, manager.clone()).map(|()| Flow::Next),
            None => Ok(Flow::Next),
        };
        if result.is_ok() {
            result = self.exec_with(line, rest, body);
        }
        // Something the engine does not model stops the run here; no exit would be faithful.
        if let Err(e) = &result
            && !e.catchable()
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
        // Only the prompt's own code shows values: not a function's body.
        if v.is_none() || !self.frames.is_empty() {
            return Ok(());
        }
        self.underscore = Some(Value::None);
        let text = try_repr(&v)?;
        self.out.push_str(&text);
        self.out.push('\n');
        self.underscore = Some(v);
        Ok(())
    }

    /// Binds a module-level name.
    pub(super) fn store(&mut self, name: &Rc<str>, v: Value) {
        self.globals.set(name, v);
    }

    pub(super) fn store_name(&mut self, n: &Name, v: Value) {
        match n.scope {
            Scope::Global => self.globals.set_at(&n.id, v, &n.slot),
            Scope::Local => match self.frames.last() {
                Some(f) => {
                    let _old = f.locals.borrow_mut().insert(n.id.clone(), v);
                }
                None => self.store(&n.id, v),
            },
            Scope::Free => {
                let Some(f) = self.frames.last() else {
                    return self.store(&n.id, v);
                };
                let cell = f
                    .func
                    .closure
                    .iter()
                    .find(|l| l.borrow().contains_key(&n.id))
                    .or_else(|| f.func.closure.first())
                    .cloned();
                match cell {
                    Some(l) => {
                        let _old = l.borrow_mut().insert(n.id.clone(), v);
                    }
                    None => {
                        let _old = f.locals.borrow_mut().insert(n.id.clone(), v);
                    }
                }
            }
            Scope::Comp => {
                let depth = self.frames.len();
                match self.comps.last_mut() {
                    Some((d, vars)) if *d == depth => {
                        let _old = vars.insert(n.id.clone(), v);
                    }
                    _ => self.store(&n.id, v),
                }
            }
        }
    }

    /// `del name`.
    fn unbind(&mut self, n: &Name) -> PyResult<()> {
        let removed = match n.scope {
            Scope::Global => self.globals.remove(&n.id),
            Scope::Local => match self.frames.last() {
                Some(f) => {
                    let old = f.locals.borrow_mut().remove(&n.id);
                    if old.is_none() {
                        return Err(unbound_local(&n.id));
                    }
                    old
                }
                None => self.globals.remove(&n.id),
            },
            Scope::Free => {
                let cell = self.frames.last().and_then(|f| {
                    f.func
                        .closure
                        .iter()
                        .find(|l| l.borrow().contains_key(&n.id))
                        .cloned()
                });
                cell.and_then(|l| l.borrow_mut().remove(&n.id))
            }
            Scope::Comp => self.comps.last_mut().and_then(|(_, v)| v.remove(&n.id)),
        };
        match removed {
            // The value is dropped here: a last reference to a view ends it.
            Some(_) => Ok(()),
            None => Err(self.name_error(&n.id)),
        }
    }

    fn delete(&mut self, t: &Target) -> PyResult<()> {
        match t {
            Target::Name(n) => self.unbind(n),
            Target::Item { obj, key } => {
                let o = self.eval(obj)?;
                let k = self.eval_key(key)?;
                self.del_item(&o, k)
            }
            Target::Unpack { items, .. } => {
                for t in items {
                    self.delete(t)?;
                }
                Ok(())
            }
        }
    }

    fn assign(&mut self, t: &Target, v: Value) -> PyResult<()> {
        match t {
            Target::Name(n) => {
                self.store_name(n, v);
                Ok(())
            }
            Target::Item { obj, key } => {
                let o = self.eval(obj)?;
                let k = self.eval_key(key)?;
                self.setitem(&o, k, &v)
            }
            Target::Unpack { items, star, .. } => {
                let values = match self.iterate(&v) {
                    Ok(mut it) => {
                        let mut out = Vec::new();
                        // Without a star, stop reading one past the count (as CPython).
                        let limit = if star.is_some() {
                            usize::MAX
                        } else {
                            items.len() + 1
                        };
                        while out.len() < limit {
                            match self.next_of(&mut it)? {
                                Some(x) => out.push(x),
                                None => break,
                            }
                        }
                        out
                    }
                    Err(e) if e.ty == ExcType::TypeError && e.msg.ends_with("is not iterable") => {
                        return Err(type_error(format!(
                            "cannot unpack non-iterable {} object",
                            v.type_name()
                        )));
                    }
                    Err(e) => return Err(e),
                };
                drop(v);
                let n = items.len();
                match star {
                    None => {
                        if values.len() < n {
                            return Err(value_error(format!(
                                "not enough values to unpack (expected {n}, got {})",
                                values.len()
                            )));
                        }
                        if values.len() > n {
                            return Err(value_error(format!(
                                "too many values to unpack (expected {n})"
                            )));
                        }
                        for (t, x) in items.iter().zip(values) {
                            self.assign(t, x)?;
                        }
                    }
                    Some(s) => {
                        let fixed = n - 1;
                        if values.len() < fixed {
                            return Err(value_error(format!(
                                "not enough values to unpack (expected at least {fixed}, got {})",
                                values.len()
                            )));
                        }
                        let mut values = values;
                        let tail = values.split_off(values.len() - (n - 1 - s));
                        let middle = values.split_off(*s);
                        for (t, x) in items[..*s].iter().zip(values) {
                            self.assign(t, x)?;
                        }
                        self.assign(&items[*s], Value::list(middle))?;
                        for (t, x) in items[s + 1..].iter().zip(tail) {
                            self.assign(t, x)?;
                        }
                    }
                }
                Ok(())
            }
        }
    }

    pub(super) fn name_error(&self, name: &str) -> PyErr {
        let mut e = self.name_error_hinted(name);
        if crate::model::stdlib_names::is_stdlib_module(
            crate::model::profile::current().version,
            name,
        ) {
            crate::model::switch::touch(crate::model::switch::Switch::ForgotImportHint);
        }
        if crate::model::profile::current().forgot_import(name) {
            e.forgot_import = true;
        }
        e
    }

    fn name_error_hinted(&self, name: &str) -> PyErr {
        let mut e = PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"));
        let mut candidates: Vec<&str> = Vec::new();
        if let Some(f) = self.frames.last() {
            let locals = f.locals.borrow();
            let mut names: Vec<Rc<str>> = locals.keys().cloned().collect();
            names.sort();
            drop(locals);
            let owned: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            if let Some(h) = suggest(name, owned.iter().map(String::as_str)) {
                e.hint = Some(h.to_string());
                return e;
            }
        }
        candidates.extend(self.globals.iter().map(|(n, _)| &**n));
        e.hint = suggest(name, candidates).map(str::to_string).or_else(|| {
            let mut builtins: Vec<&str> = dirs::BUILTINS.to_vec();
            if self.underscore.is_some() {
                builtins.push("_");
            }
            suggest(name, builtins).map(str::to_string)
        });
        e
    }

    /// A module-level name, then a builtin.
    fn load_global(&self, name: &str) -> PyResult<Value> {
        self.load_global_at(name, &std::cell::Cell::new(u32::MAX))
    }

    fn load_global_at(&self, name: &str, hint: &std::cell::Cell<u32>) -> PyResult<Value> {
        if let Some(v) = self.globals.get_at(name, hint) {
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

    pub(super) fn load_name(&self, n: &Name) -> PyResult<Value> {
        match n.scope {
            Scope::Global => self.load_global_at(&n.id, &n.slot),
            Scope::Local => match self.frames.last() {
                Some(f) => match f.locals.borrow().get(&n.id) {
                    Some(v) => Ok(v.clone()),
                    None => Err(unbound_local(&n.id)),
                },
                None => self.load_global(&n.id),
            },
            Scope::Free => {
                if let Some(f) = self.frames.last() {
                    for l in f.func.closure.iter() {
                        if let Some(v) = l.borrow().get(&n.id) {
                            return Ok(v.clone());
                        }
                    }
                    return Err(PyErr::new(
                        ExcType::NameError,
                        format!(
                            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                            n.id
                        ),
                    ));
                }
                self.load_global(&n.id)
            }
            Scope::Comp => {
                let depth = self.frames.len();
                for (d, vars) in self.comps.iter().rev() {
                    if *d != depth {
                        break;
                    }
                    if let Some(v) = vars.get(&n.id) {
                        return Ok(v.clone());
                    }
                }
                match self.frames.last() {
                    Some(f) => {
                        if let Some(v) = f.locals.borrow().get(&n.id) {
                            return Ok(v.clone());
                        }
                        self.load_global(&n.id)
                    }
                    None => self.load_global(&n.id),
                }
            }
        }
    }

    /// Makes a function object: defaults evaluated now, the enclosing calls' locals kept.
    fn make_function(&mut self, def: &Rc<FuncDef>) -> PyResult<Value> {
        let mut defaults = Vec::new();
        for p in &def.params.positional {
            if let Some(d) = &p.default {
                defaults.push(self.eval(d)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for p in &def.params.kwonly {
            if let Some(d) = &p.default {
                kwdefaults.push((p.name.clone(), self.eval(d)?));
            }
        }
        let closure: Rc<[Locals]> = match self.frames.last() {
            Some(f) => std::iter::once(f.locals.clone())
                .chain(f.func.closure.iter().cloned())
                .collect(),
            None => Rc::from(Vec::new()),
        };
        Ok(Value::Function(Rc::new(Function::new(
            def.clone(),
            defaults,
            kwdefaults,
            closure,
        ))))
    }

    /// Calls a function made by `def` or `lambda`.
    pub(super) fn call_function(
        &mut self,
        f: &Rc<Function>,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        if self.frames.len() >= MAX_CALL_DEPTH {
            return Err(PyErr::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let locals = bind_arguments(f, args, kwargs)?;
        let call_line = self.current_line();
        self.frames.push(Frame {
            func: f.clone(),
            locals: Rc::new(std::cell::RefCell::new(locals)),
            call_line,
            line: f.def.line,
        });
        let result = match &f.def.lambda {
            Some(e) => self.eval(e),
            None => match self.exec_block(&f.def.body) {
                Ok(Flow::Return(v)) => Ok(v),
                Ok(_) => Ok(Value::None),
                Err(e) => Err(e),
            },
        };
        if let Ok(v) = &result
            && f.def.lambda.is_none()
        {
            self.return_done(v);
        }
        let frame = self.frames.pop();
        // An error's traceback keeps the frame, and so its locals (a view made inside
        // stays exported while the prompt holds that error).
        let result = result.map_err(|mut e| {
            if e.catchable()
                && let Some(f) = &frame
            {
                let locals: Vec<Value> = f.locals.borrow().values().cloned().collect();
                if !locals.is_empty() {
                    let mut items: Vec<Value> = e.obj.take().map(|o| *o).into_iter().collect();
                    items.extend(locals);
                    e.obj = Some(Box::new(Value::tuple(items)));
                }
            }
            e
        });
        // Otherwise the frame's locals go here (views made inside end with it), unless a
        // closure keeps them.
        drop(frame);
        self.set_line(call_line);
        result
    }

    pub(super) fn eval(&mut self, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::None => Ok(Value::None),
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::Int(n) => Ok(Value::Int(n.clone())),
            ExprKind::Float(x) => Ok(Value::Float(*x)),
            ExprKind::Str(s) => Ok(Value::Str(s.clone())),
            ExprKind::Bytes(b) => Ok(Value::Bytes(b.clone())),
            ExprKind::Ellipsis => Err(unsupported("Ellipsis")),
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Attr(obj, name) => {
                let o = self.eval(obj)?;
                self.getattr(o, name)
            }
            ExprKind::Call { func, args } => {
                // `stream.method(...)`: called without making a bound method first.
                if let ExprKind::Attr(obj, name) = &func.kind {
                    let o = self.eval(obj)?;
                    if let Value::Stream(s) = &o
                        && let Some(m) = stream_method(name)
                    {
                        let (a, k) = self.eval_args(args)?;
                        return self.call_stream_method(s, m, a, k);
                    }
                    let f = self.getattr(o, name)?;
                    let (a, k) = self.eval_args(args)?;
                    return self.call(&f, a, k);
                }
                let f = self.eval(func)?;
                let (a, k) = self.eval_args(args)?;
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
                    result = if matches!(op, CmpOp::Is | CmpOp::IsNot)
                        && same_constant(left, right, ops.len())
                    {
                        // Equal literals of one statement are one constant object.
                        Value::Bool(*op == CmpOp::Is)
                    } else {
                        self.compare_op(*op, &a, &b)?
                    };
                    if !self.truthy(&result)? {
                        return Ok(result);
                    }
                    a = b;
                }
                Ok(result)
            }
            ExprKind::BoolOp { and, values } => {
                let mut last = Value::None;
                for (i, x) in values.iter().enumerate() {
                    last = self.eval(x)?;
                    if i + 1 == values.len() {
                        break;
                    }
                    let t = self.truthy(&last)?;
                    if t != *and {
                        break;
                    }
                }
                Ok(last)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval(test)?;
                if self.truthy(&t)? {
                    self.eval(body)
                } else {
                    self.eval(orelse)
                }
            }
            ExprKind::List(items) => Ok(Value::list(self.eval_elts(items)?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_elts(items)?)),
            ExprKind::Set(items) => {
                let items = self.eval_elts(items)?;
                self.make_set(items)
            }
            ExprKind::FString(parts) => Ok(Value::Str(Rc::from(self.fstring(parts)?))),
            ExprKind::Lambda(def) => self.make_function(def),
            ExprKind::Comp {
                kind,
                elt,
                value,
                generators,
            } => self.comprehension(*kind, elt, value.as_deref(), generators),
            ExprKind::Named(name, value) => {
                let v = self.eval(value)?;
                self.store_name(name, v.clone());
                Ok(v)
            }
            ExprKind::Dict(items) => self.eval_dict(items),
        }
    }

    fn eval_elts(&mut self, items: &[Elt]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            match x {
                Elt::One(e) => out.push(self.eval(e)?),
                Elt::Star(e) => {
                    let v = self.eval(e)?;
                    out.extend(self.collect_items(&v)?);
                }
            }
        }
        Ok(out)
    }

    /// Evaluates a call's arguments in order: positional ones (with `*it` spread) and
    /// keywords (with `**m` spread).
    fn eval_args(&mut self, args: &[Arg]) -> PyResult<(Vec<Value>, Kwargs)> {
        let mut pos = Vec::with_capacity(args.len());
        let mut kw: Vec<(Rc<str>, Value)> = Vec::new();
        for a in args {
            match a {
                Arg::Pos(e) => pos.push(self.eval(e)?),
                Arg::Star(e) => {
                    let v = self.eval(e)?;
                    match self.collect_items(&v) {
                        Ok(items) => pos.extend(items),
                        Err(err)
                            if err.ty == ExcType::TypeError
                                && err.msg.ends_with("is not iterable") =>
                        {
                            return Err(type_error(format!(
                                "Value after * must be an iterable, not {}",
                                v.type_name()
                            )));
                        }
                        Err(err) => return Err(err),
                    }
                }
                Arg::Kw(name, e) => {
                    let v = self.eval(e)?;
                    kw.push((name.clone(), v));
                }
                Arg::StarStar(e) => {
                    let m = self.eval(e)?;
                    for (k, v) in self.mapping_items(&m)? {
                        let Value::Str(k) = k else {
                            return Err(type_error("keywords must be strings"));
                        };
                        if kw.iter().any(|(n, _)| *n == k) {
                            return Err(type_error(format!(
                                "got multiple values for keyword argument '{k}'"
                            )));
                        }
                        kw.push((k, v));
                    }
                }
            }
        }
        Ok((pos, kw))
    }

    fn fstring(&mut self, parts: &[FPart]) -> PyResult<String> {
        let mut out = String::new();
        for p in parts {
            match p {
                FPart::Lit(s) => out.push_str(s),
                FPart::Field {
                    value,
                    conversion,
                    spec,
                } => {
                    let v = self.eval(value)?;
                    let spec = self.fstring(spec)?;
                    out.push_str(&crate::model::format::format_field(&v, *conversion, &spec)?);
                }
            }
        }
        Ok(out)
    }

    fn comprehension(
        &mut self,
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        generators: &[CompFor],
    ) -> PyResult<Value> {
        let Some(first) = generators.first() else {
            return Ok(Value::list(Vec::new()));
        };
        let source = self.eval(&first.iter)?;
        let depth = self.frames.len();
        self.comps.push((depth, HashMap::new()));
        let mut items = Vec::new();
        let mut pairs = Vec::new();
        let r = self.comp_level(
            generators,
            0,
            source,
            &mut |s: &mut Session| -> PyResult<()> {
                let k = s.eval(elt)?;
                match value {
                    Some(v) => {
                        let v = s.eval(v)?;
                        pairs.push((k, v));
                    }
                    None => items.push(k),
                }
                Ok(())
            },
        );
        self.comps.pop();
        r?;
        match kind {
            CompKind::List => Ok(Value::list(items)),
            CompKind::Gen => Ok(self.generator_of(items)),
            CompKind::Set => self.make_set(items),
            CompKind::Dict => self.make_dict(pairs),
        }
    }

    fn comp_level(
        &mut self,
        generators: &[CompFor],
        level: usize,
        source: Value,
        emit: &mut dyn FnMut(&mut Session) -> PyResult<()>,
    ) -> PyResult<()> {
        let g = &generators[level];
        let mut it = self.iterate(&source)?;
        drop(source);
        let mut n = 0u32;
        'items: while let Some(x) = self.next_of(&mut it)? {
            n = n.wrapping_add(1);
            if n.is_multiple_of(1024) {
                self.check_interrupt()?;
            }
            self.assign(&g.target, x)?;
            for cond in &g.ifs {
                let c = self.eval(cond)?;
                if !self.truthy(&c)? {
                    continue 'items;
                }
            }
            if level + 1 == generators.len() {
                emit(self)?;
            } else {
                let inner = self.eval(&generators[level + 1].iter)?;
                self.comp_level(generators, level + 1, inner, emit)?;
            }
        }
        Ok(())
    }

    pub(super) fn eval_key(&mut self, key: &Key) -> PyResult<EvalKey> {
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
                if let Some(m) = stream_method(name) {
                    return Ok(Value::Method(Rc::new(Method { recv: o, name: m })));
                }
                if name == "peek" {
                    crate::model::switch::touch(crate::model::switch::Switch::BytesioPeek);
                }
                if name == "peek" && s.profile().bytesio_peek {
                    return Ok(Value::Method(Rc::new(Method {
                        recv: o,
                        name: "peek",
                    })));
                }
            }
            Value::View(v) => {
                if let Some(m) = method(name, VIEW_METHODS) {
                    return Ok(Value::Method(Rc::new(Method { recv: o, name: m })));
                }
                if name == "obj" {
                    v.check()?;
                    return Ok(v.family.obj_value());
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
                        "nbytes" => Value::int(v.nbytes()),
                        "readonly" => Value::Bool(v.readonly),
                        "format" => Value::str(&v.format.name()),
                        "itemsize" => Value::int(v.itemsize()),
                        "ndim" => Value::int(1),
                        "shape" => Value::tuple(vec![Value::int(n)]),
                        "strides" => Value::tuple(vec![Value::int(v.step as i64)]),
                        "suboffsets" => Value::tuple(vec![]),
                        _ => Value::Bool(v.is_contiguous()),
                    });
                }
            }
            Value::Module(Module::Io) => match name {
                "BytesIO" => return Ok(Value::Builtin(Builtin::BytesIO)),
                "SEEK_SET" => return Ok(Value::int(0)),
                "SEEK_CUR" => return Ok(Value::int(1)),
                "SEEK_END" => return Ok(Value::int(2)),
                "DEFAULT_BUFFER_SIZE" => return Ok(Value::int(8192)),
                "UnsupportedOperation" => {
                    return Ok(Value::ExcClass(ExcType::UnsupportedOperation));
                }
                _ => {}
            },
            Value::Builtin(Builtin::Bytes) if name == "fromhex" => {
                return Ok(Value::Builtin(Builtin::FromHex));
            }
            Value::Exception(e) if name == "args" => return Ok(Value::tuple(e.args())),
            Value::Function(f) => match name {
                "__name__" => return Ok(Value::Str(f.def.name.clone())),
                "__qualname__" => return Ok(Value::Str(f.def.qualname.clone())),
                _ => {}
            },
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
            Value::Module(Module::Io) => {
                crate::model::switch::touch(crate::model::switch::Switch::IoModuleNoGetattr);
                if crate::model::profile::current().io_module_no_getattr {
                    format!("module 'io' has no attribute '{name}'")
                } else {
                    // 3.10's io.__getattr__: `raise AttributeError(name)`.
                    name.to_string()
                }
            }
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

/// `except classes:` matches an exception of type `ty`.
fn exception_matches(ty: ExcType, classes: &Value) -> PyResult<bool> {
    match classes {
        Value::ExcClass(c) => Ok(ty.is_subclass_of(*c)),
        Value::Tuple(t) => {
            for c in t.iter() {
                if exception_matches(ty, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

fn unbound_local(name: &str) -> PyErr {
    crate::model::switch::touch(crate::model::switch::Switch::UnboundLocalWording);
    let msg = if crate::model::profile::current().unbound_local_wording {
        format!("cannot access local variable '{name}' where it is not associated with a value")
    } else {
        format!("local variable '{name}' referenced before assignment")
    };
    PyErr::new(ExcType::UnboundLocalError, msg)
}

/// `x is y` of two equal literals in one comparison: CPython keeps one constant for both.
fn same_constant(left: &Expr, right: &Expr, nops: usize) -> bool {
    if nops != 1 {
        return false;
    }
    match (&left.kind, &right.kind) {
        (ExprKind::Int(a), ExprKind::Int(b)) => a == b,
        (ExprKind::Str(a), ExprKind::Str(b)) => a == b,
        (ExprKind::Bytes(a), ExprKind::Bytes(b)) => a == b,
        (ExprKind::Float(a), ExprKind::Float(b)) => a.to_bits() == b.to_bits(),
        _ => false,
    }
}

/// Whether a statement is one line's work (recorded as a step once it ran), rather than a
/// block that records its header and body itself.
fn is_simple(k: &StmtKind) -> bool {
    !matches!(
        k,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
    )
}

/// Binds a call's arguments to a function's parameters, with CPython's messages.
fn bind_arguments(
    f: &Function,
    args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
) -> PyResult<HashMap<Rc<str>, Value>> {
    let p = &f.def.params;
    let qual = &f.def.qualname;
    let npos = p.positional.len();
    let mut locals: HashMap<Rc<str>, Value> = HashMap::with_capacity(npos + p.kwonly.len() + 2);
    let nargs = args.len();
    let mut extra = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        if i < npos {
            locals.insert(p.positional[i].name.clone(), a);
        } else {
            extra.push(a);
        }
    }
    if !extra.is_empty() && p.vararg.is_none() {
        let ndefaults = f.defaults.len();
        let kwonly_given = kwargs
            .iter()
            .filter(|(k, _)| p.kwonly.iter().any(|q| q.name == *k))
            .count();
        let takes = if ndefaults > 0 {
            format!("from {} to {npos}", npos - ndefaults)
        } else {
            npos.to_string()
        };
        let plural = if npos == 1 && ndefaults == 0 { "" } else { "s" };
        let was = if nargs == 1 { "was" } else { "were" };
        let extra_kw = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {kwonly_given} keyword-only argument{})",
                if nargs == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        return Err(type_error(format!(
            "{qual}() takes {takes} positional argument{plural} but {nargs}{extra_kw} {was} given"
        )));
    }
    if let Some(v) = &p.vararg {
        locals.insert(v.clone(), Value::tuple(extra));
    }
    let mut extra_kw: Vec<(Rc<str>, Value)> = Vec::new();
    let mut posonly_as_kw: Vec<Rc<str>> = Vec::new();
    for (k, v) in kwargs {
        let pos_index = p.positional.iter().position(|q| q.name == k);
        match pos_index {
            Some(i) if i < p.posonly => {
                if p.kwarg.is_some() {
                    extra_kw.push((k, v));
                } else {
                    posonly_as_kw.push(k);
                }
                continue;
            }
            Some(_) => {}
            None => {
                if !p.kwonly.iter().any(|q| q.name == k) {
                    if p.kwarg.is_some() {
                        extra_kw.push((k, v));
                        continue;
                    }
                    let mut msg = format!("{qual}() got an unexpected keyword argument '{k}'");
                    crate::model::switch::touch(crate::model::switch::Switch::UnexpectedKeyword);
                    if crate::model::profile::current().unexpected_keyword {
                        // 3.13 (gh-107944): the closest name that can be passed by keyword.
                        let names = p.positional[p.posonly..]
                            .iter()
                            .chain(p.kwonly.iter())
                            .map(|q| &*q.name);
                        if let Some(h) = crate::model::suggest::suggest(&k, names) {
                            msg.push_str(&format!(". Did you mean '{h}'?"));
                        }
                    }
                    return Err(type_error(msg));
                }
            }
        }
        if locals.contains_key(&k) {
            return Err(type_error(format!(
                "{qual}() got multiple values for argument '{k}'"
            )));
        }
        locals.insert(k, v);
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<String> = posonly_as_kw.iter().map(|n| n.to_string()).collect();
        return Err(type_error(format!(
            "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
            names.join(", ")
        )));
    }
    // Defaults fill the last positional parameters.
    let first_default = npos - f.defaults.len();
    let mut missing = Vec::new();
    for (i, q) in p.positional.iter().enumerate() {
        if !locals.contains_key(&q.name) {
            if i >= first_default {
                locals.insert(q.name.clone(), f.defaults[i - first_default].clone());
            } else {
                missing.push(q.name.clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(qual, "positional", &missing));
    }
    let mut missing_kw = Vec::new();
    for q in &p.kwonly {
        if !locals.contains_key(&q.name) {
            match f.kwdefaults.iter().find(|(n, _)| *n == q.name) {
                Some((_, d)) => {
                    locals.insert(q.name.clone(), d.clone());
                }
                None => missing_kw.push(q.name.clone()),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(missing_error(qual, "keyword-only", &missing_kw));
    }
    if let Some(kw) = &p.kwarg {
        let pairs: Vec<(Value, Value)> = extra_kw
            .into_iter()
            .map(|(k, v)| (Value::Str(k), v))
            .collect();
        locals.insert(kw.clone(), super::bridge::dict_from_pairs(pairs)?);
    }
    Ok(locals)
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`.
fn missing_error(qual: &str, kind: &str, names: &[Rc<str>]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    type_error(format!(
        "{qual}() missing {} required {kind} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    ))
}

/// An evaluated subscript key.
#[derive(Clone)]
pub enum EvalKey {
    Index(Value),
    Slice(crate::model::view::SliceArgs),
}
