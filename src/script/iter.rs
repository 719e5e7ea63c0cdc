//! Iterator objects (`iter(x)`, `enumerate`, `zip`, `map`, `filter`, `reversed`) and the
//! iteration a `for` loop or a comprehension drives.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::model::error::{ExcType, PyErr, PyResult, type_error, value_error};
use crate::model::value::{ObjId, Value, new_id};

use super::ops::{PyIter, py_iter};
use super::session::Session;

/// An iterator object: its identity, its Python type name and its state.
pub struct IterObj {
    pub id: ObjId,
    name: &'static str,
    state: RefCell<IterState>,
}

impl std::fmt::Debug for IterObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} object>", self.name)
    }
}

impl IterObj {
    pub fn new(name: &'static str, state: IterState) -> Rc<IterObj> {
        Rc::new(IterObj {
            id: new_id(),
            name,
            state: RefCell::new(state),
        })
    }

    pub fn type_name(&self) -> &'static str {
        self.name
    }

    /// The items left, taken without calling Python code: for a consumer that has no
    /// session at hand (`sum(x for x in ...)`, `dict(zip(...))`). The iterator is
    /// exhausted after. A `map()` or `filter()` with a function needs the session.
    pub fn drain_plain(&self) -> PyResult<Vec<Value>> {
        let mut state = match self.state.try_borrow_mut() {
            Ok(mut s) => std::mem::replace(&mut *s, IterState::Done),
            Err(_) => return Err(value_error("generator already executing")),
        };
        let mut out = Vec::new();
        while let Some(v) = plain_next(&mut state)? {
            out.push(v);
        }
        Ok(out)
    }

    /// The values this iterator holds on to (for the exports a view inside keeps).
    pub fn held(&self) -> Vec<Value> {
        match self.state.try_borrow() {
            Ok(s) => s.held(),
            Err(_) => Vec::new(),
        }
    }
}

/// What an iterator object does.
pub enum IterState {
    Base(PyIter),
    Enumerate(Box<Iteration>, BigInt),
    Zip(Vec<Iteration>),
    Map(Value, Vec<Iteration>),
    Filter(Value, Box<Iteration>),
    Done,
}

impl IterState {
    fn held(&self) -> Vec<Value> {
        match self {
            IterState::Base(p) => p.held(),
            IterState::Enumerate(i, _) => i.held(),
            IterState::Zip(v) => v.iter().flat_map(|i| i.held()).collect(),
            IterState::Map(f, v) => std::iter::once(f.clone())
                .chain(v.iter().flat_map(|i| i.held()))
                .collect(),
            IterState::Filter(f, i) => std::iter::once(f.clone()).chain(i.held()).collect(),
            IterState::Done => Vec::new(),
        }
    }
}

fn plain_next(state: &mut IterState) -> PyResult<Option<Value>> {
    match state {
        IterState::Base(p) => p.next_item(),
        IterState::Enumerate(inner, n) => match plain_next_of(inner)? {
            Some(v) => {
                let i = n.clone();
                *n += 1;
                Ok(Some(Value::tuple(vec![Value::Int(i), v])))
            }
            None => Ok(None),
        },
        IterState::Zip(its) => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut items = Vec::with_capacity(its.len());
            for it in its.iter_mut() {
                match plain_next_of(it)? {
                    Some(v) => items.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(Value::tuple(items)))
        }
        IterState::Map(..) | IterState::Filter(..) => Err(crate::model::error::unsupported(
            "a map() or filter() object consumed here (list() it first)",
        )),
        IterState::Done => Ok(None),
    }
}

fn plain_next_of(it: &mut Iteration) -> PyResult<Option<Value>> {
    match it {
        Iteration::Own(p) => p.next_item(),
        Iteration::Stream(s) => Ok(s.next_line()?.map(Value::bytes)),
        Iteration::Shared(o) => {
            let mut state = match o.state.try_borrow_mut() {
                Ok(mut s) => std::mem::replace(&mut *s, IterState::Done),
                Err(_) => return Err(value_error("generator already executing")),
            };
            let r = plain_next(&mut state);
            let finished = matches!(r, Ok(None));
            if let Ok(mut s) = o.state.try_borrow_mut() {
                *s = if finished { IterState::Done } else { state };
            }
            r
        }
    }
}

/// An iteration in progress: over a value directly, or advancing an iterator object
/// (which others may advance too: `next(it)` inside `for x in it`).
pub enum Iteration {
    Own(PyIter),
    Shared(Rc<IterObj>),
    /// A BytesIO iterates over its lines, advancing its own position.
    Stream(Rc<crate::model::stream::Stream>),
}

impl Iteration {
    fn held(&self) -> Vec<Value> {
        match self {
            Iteration::Own(p) => p.held(),
            Iteration::Shared(o) => vec![Value::Iter(o.clone())],
            Iteration::Stream(s) => vec![Value::Stream(s.clone())],
        }
    }
}

/// The Python type name of `iter(v)` for a value that is not its own iterator.
fn iterator_name(v: &Value) -> &'static str {
    match v {
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Bytes(_) => "bytes_iterator",
        Value::ByteArray(_) => "bytearray_iterator",
        Value::Str(s) if s.is_ascii() => "str_ascii_iterator",
        Value::Str(_) => "str_iterator",
        Value::View(_) => "memory_iterator",
        _ => match v.type_name() {
            "range" => "range_iterator",
            "dict" | "dict_keys" => "dict_keyiterator",
            "dict_values" => "dict_valueiterator",
            "dict_items" => "dict_itemiterator",
            "set" => "set_iterator",
            _ => "iterator",
        },
    }
}

impl Session {
    /// Starts iterating `v` (`iter(v)` as a `for` loop takes it).
    pub(super) fn iterate(&mut self, v: &Value) -> PyResult<Iteration> {
        Ok(match v {
            Value::Iter(o) => Iteration::Shared(o.clone()),
            Value::Stream(s) => {
                s.check_closed()?;
                Iteration::Stream(s.clone())
            }
            other => Iteration::Own(py_iter(other)?),
        })
    }

    /// The next item, or None when the iteration is over.
    pub(super) fn next_of(&mut self, it: &mut Iteration) -> PyResult<Option<Value>> {
        match it {
            Iteration::Own(p) => p.next_item(),
            Iteration::Stream(s) => Ok(s.next_line()?.map(Value::bytes)),
            Iteration::Shared(o) => self.next_obj(&o.clone()),
        }
    }

    /// `next()` of an iterator object; None when exhausted.
    pub(super) fn next_obj(&mut self, o: &Rc<IterObj>) -> PyResult<Option<Value>> {
        // The state is taken out while it runs (a mapped function may use the iterator).
        let mut state = match o.state.try_borrow_mut() {
            Ok(mut s) => std::mem::replace(&mut *s, IterState::Done),
            Err(_) => return Err(value_error("generator already executing")),
        };
        let result = self.advance(&mut state);
        let finished = matches!(result, Ok(None));
        if let Ok(mut s) = o.state.try_borrow_mut() {
            *s = if finished { IterState::Done } else { state };
        }
        result
    }

    fn advance(&mut self, state: &mut IterState) -> PyResult<Option<Value>> {
        match state {
            IterState::Base(p) => p.next_item(),
            IterState::Enumerate(inner, n) => match self.next_of(inner)? {
                Some(v) => {
                    let i = n.clone();
                    *n += 1;
                    Ok(Some(Value::tuple(vec![Value::Int(i), v])))
                }
                None => Ok(None),
            },
            IterState::Zip(its) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(its.len());
                for it in its.iter_mut() {
                    match self.next_of(it)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            IterState::Map(f, its) => {
                let f = f.clone();
                let mut args = Vec::with_capacity(its.len());
                for it in its.iter_mut() {
                    match self.next_of(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&f, args, Vec::new()).map(Some)
            }
            IterState::Filter(f, inner) => {
                let f = f.clone();
                loop {
                    let Some(v) = self.next_of(inner)? else {
                        return Ok(None);
                    };
                    let keep = if f.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&f, vec![v.clone()], Vec::new())?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Done => Ok(None),
        }
    }

    /// Every item of an iterable, in order.
    /// Every item of an iterable, in order, under the memory cap.
    pub(super) fn collect_items(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let mut it = self.iterate(v)?;
        let unit = std::mem::size_of::<Value>() as u128;
        let cap = self.config.max_size as u128;
        if let Iteration::Own(p) = &it
            && let Some(n) = p.length_hint()
            && n * unit > cap
        {
            return Err(crate::model::error::memory_error());
        }
        let mut out = Vec::new();
        while let Some(x) = self.next_of(&mut it)? {
            if out.len().is_multiple_of(4096) {
                self.check_interrupt()?;
            }
            if (out.len() as u128 + 1) * unit > cap {
                return Err(crate::model::error::memory_error());
            }
            out.push(x);
        }
        Ok(out)
    }

    /// `iter(v)`: an iterator object (a stream and an iterator are their own).
    pub(super) fn iter_value(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Iter(_) | Value::Stream(_) => v.clone(),
            other => {
                let p = py_iter(other)?;
                Value::Iter(IterObj::new(iterator_name(other), IterState::Base(p)))
            }
        })
    }

    /// `next(v[, default])`.
    pub(super) fn next_value(&mut self, v: &Value, default: Option<Value>) -> PyResult<Value> {
        let item = match v {
            Value::Iter(o) => self.next_obj(o)?,
            Value::Stream(s) => s.next_line()?.map(Value::bytes),
            other => {
                return Err(type_error(format!(
                    "'{}' object is not an iterator",
                    other.type_name()
                )));
            }
        };
        match (item, default) {
            (Some(x), _) => Ok(x),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(PyErr::new(ExcType::StopIteration, "")),
        }
    }

    pub(super) fn make_enumerate(&mut self, v: &Value, start: BigInt) -> PyResult<Value> {
        let inner = self.iterate(v)?;
        Ok(Value::Iter(IterObj::new(
            "enumerate",
            IterState::Enumerate(Box::new(inner), start),
        )))
    }

    pub(super) fn make_zip(&mut self, vs: &[Value]) -> PyResult<Value> {
        let mut its = Vec::with_capacity(vs.len());
        for v in vs {
            its.push(self.iterate(v)?);
        }
        Ok(Value::Iter(IterObj::new("zip", IterState::Zip(its))))
    }

    pub(super) fn make_map(&mut self, f: Value, vs: &[Value]) -> PyResult<Value> {
        let mut its = Vec::with_capacity(vs.len());
        for v in vs {
            its.push(self.iterate(v)?);
        }
        Ok(Value::Iter(IterObj::new("map", IterState::Map(f, its))))
    }

    pub(super) fn make_filter(&mut self, f: Value, v: &Value) -> PyResult<Value> {
        let inner = self.iterate(v)?;
        Ok(Value::Iter(IterObj::new(
            "filter",
            IterState::Filter(f, Box::new(inner)),
        )))
    }

    /// `reversed(seq)`.
    pub(super) fn make_reversed(&mut self, v: &Value) -> PyResult<Value> {
        let name = match v {
            Value::List(_) => "list_reverseiterator",
            Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::View(_) => "reversed",
            other if other.type_name() == "range" => "range_iterator",
            other if other.type_name() == "dict" => "dict_reversekeyiterator",
            other => {
                return Err(type_error(format!(
                    "'{}' object is not reversible",
                    other.type_name()
                )));
            }
        };
        let mut items = self.collect_items(v)?;
        items.reverse();
        Ok(Value::Iter(IterObj::new(
            name,
            IterState::Base(PyIter::Items(items.into_iter())),
        )))
    }

    /// A generator expression, run at once: an iterator over its results.
    pub(super) fn generator_of(&mut self, items: Vec<Value>) -> Value {
        Value::Iter(IterObj::new(
            "generator",
            IterState::Base(PyIter::Items(items.into_iter())),
        ))
    }
}
