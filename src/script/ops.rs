//! Operators, subscripts and iteration on values.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::model::dict::{Dict, DictViewKind, hash_key};
use crate::model::error::{
    PyResult, exports_error, index_error, memory_error, overflow_error, type_error, unsupported,
    value_error,
};
use crate::model::range::RangeIter;
use crate::model::stream::Stream;
use crate::model::value::{ByteArray, Value, any_buffer_bytes, contiguous_bytes};
use crate::model::view::{SliceArgs, normalize_index};

use super::ast::BinOp;
use super::eval::EvalKey;
use super::session::Session;

/// An iterator over a value, as `iter(x)` gives (streams iterate lazily, line by line).
pub enum PyIter {
    Items(std::vec::IntoIter<Value>),
    Lines(Rc<Stream>),
    /// A range, walked lazily.
    Range(RangeIter),
    /// A dict or one of its views, walked live: a change of size fails the next step.
    Dict {
        dict: Rc<Dict>,
        kind: DictViewKind,
        /// The next entry slot.
        pos: usize,
        /// The dict's size when the walk began, and how many items are left.
        size: usize,
        left: usize,
    },
}

impl PyIter {
    /// The values it still holds (for the exports a view among them keeps).
    pub fn held(&self) -> Vec<Value> {
        match self {
            PyIter::Items(it) => it.as_slice().to_vec(),
            PyIter::Lines(s) => vec![Value::Stream(s.clone())],
            PyIter::Range(_) => Vec::new(),
            PyIter::Dict { dict, .. } => vec![Value::Dict(dict.clone())],
        }
    }

    pub fn next_item(&mut self) -> PyResult<Option<Value>> {
        match self {
            PyIter::Items(it) => Ok(it.next()),
            PyIter::Lines(s) => Ok(s.next_line()?.map(Value::bytes)),
            PyIter::Range(r) => Ok(r.next_value()),
            PyIter::Dict {
                dict,
                kind,
                pos,
                size,
                left,
            } => {
                if dict.len() != *size {
                    // As CPython: the error once, then the iterator is exhausted.
                    *size = usize::MAX;
                    *left = 0;
                    return Err(runtime_error(
                        "dictionary changed size during iteration".into(),
                    ));
                }
                let Some((next, k, v)) = dict.entry_from(*pos) else {
                    *left = 0;
                    return Ok(None);
                };
                if *left == 0 {
                    *size = usize::MAX;
                    return Err(runtime_error(
                        "dictionary keys changed during iteration".into(),
                    ));
                }
                *left -= 1;
                *pos = next;
                Ok(Some(match kind {
                    DictViewKind::Keys => k,
                    DictViewKind::Values => v,
                    DictViewKind::Items => Value::tuple(vec![k, v]),
                }))
            }
        }
    }

    /// How many items are left, when known without walking (for the memory cap).
    pub fn length_hint(&self) -> Option<u128> {
        match self {
            PyIter::Items(it) => Some(it.len() as u128),
            PyIter::Range(r) => r.left().to_u128(),
            PyIter::Dict { left, .. } => Some(*left as u128),
            PyIter::Lines(_) => None,
        }
    }
}

fn runtime_error(msg: String) -> crate::model::PyErr {
    crate::model::PyErr::new(crate::model::ExcType::RuntimeError, msg)
}

fn dict_iter(d: &Rc<Dict>, kind: DictViewKind) -> PyIter {
    let n = d.len();
    PyIter::Dict {
        dict: d.clone(),
        kind,
        pos: 0,
        size: n,
        left: n,
    }
}

/// `iter(x)`.
pub fn py_iter(v: &Value) -> PyResult<PyIter> {
    let ints = |d: &[u8]| {
        d.iter()
            .map(|&b| Value::int(b))
            .collect::<Vec<_>>()
            .into_iter()
    };
    Ok(match v {
        Value::Iter(o) => PyIter::Items(o.drain_plain()?.into_iter()),
        Value::List(l) => PyIter::Items(l.borrow().clone().into_iter()),
        Value::Tuple(t) => PyIter::Items(t.iter().cloned().collect::<Vec<_>>().into_iter()),
        Value::Bytes(b) => PyIter::Items(ints(b)),
        Value::ByteArray(b) => PyIter::Items(ints(&b.data.borrow())),
        Value::View(view) => PyIter::Items(view.items()?.into_iter()),
        Value::Str(s) => PyIter::Items(
            s.chars()
                .map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
                .collect::<Vec<_>>()
                .into_iter(),
        ),
        Value::Stream(s) => PyIter::Lines(s.clone()),
        Value::Range(r) => PyIter::Range(RangeIter::new(r)),
        Value::Dict(d) => dict_iter(d, DictViewKind::Keys),
        Value::Set(d) if d.len() <= 1 => dict_iter(d, DictViewKind::Keys),
        Value::Set(_) => return Err(unsupported("the order of a set's items")),
        Value::DictView(d, kind) => dict_iter(d, *kind),
        other => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            )));
        }
    })
}

fn seq_index(key: &BigInt) -> PyResult<i64> {
    key.to_i64()
        .ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer"))
}

fn slice_of<T: Clone>(items: &[T], s: &SliceArgs) -> PyResult<Vec<T>> {
    let r = s.resolve(items.len())?;
    Ok((0..r.len)
        .map(|i| items[(r.start + i as i64 * r.step) as usize].clone())
        .collect())
}

/// Memory one item of a sequence takes, for the cap (a list item is a whole value).
fn item_bytes(seq: &Value) -> u128 {
    match seq {
        Value::List(_) | Value::Tuple(_) => std::mem::size_of::<Value>() as u128,
        Value::Str(_) => 4,
        _ => 1,
    }
}

/// Checks a result size against the session's cap.
fn check_size(session: &Session, n: u128) -> PyResult<()> {
    if n > session.config.max_size as u128 {
        Err(memory_error())
    } else {
        Ok(())
    }
}

impl Session {
    pub(super) fn binary_op(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op_as(op, a, b, op.symbol())
    }

    /// A binary operator; `symbol` is how errors name it (`+`, or `+=` in place).
    fn binary_op_as(&self, op: BinOp, a: &Value, b: &Value, symbol: &str) -> PyResult<Value> {
        if let (BinOp::Mod, Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)) = (op, a) {
            return self.percent_op(a, b);
        }
        if let Some(r) = self.numeric_binop(op, a, b) {
            return r;
        }
        let unsupported_operands = || {
            type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                symbol,
                a.type_name(),
                b.type_name()
            ))
        };
        let set_like = |v: &Value| {
            matches!(
                v,
                Value::DictView(_, DictViewKind::Keys | DictViewKind::Items)
            )
        };
        if matches!(
            op,
            BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::Sub
        ) && (set_like(a) || set_like(b))
        {
            // The result would be a set: refuse it, after the iterable check CPython makes.
            let other = if set_like(a) { b } else { a };
            py_iter(other)?;
            return Err(unsupported(
                "set operations on dict views (the result is a set)",
            ));
        }
        if let (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) = (op, a, b) {
            let d = x.copy();
            for (hk, k, v) in y.keyed_items() {
                d.insert(hk, k, v);
            }
            return Ok(Value::Dict(d));
        }
        match op {
            BinOp::Add => self
                .concat(a, b)
                .unwrap_or_else(|| Err(unsupported_operands())),
            BinOp::Mul => {
                if is_sequence(a) {
                    self.repeat(a, b)
                } else if is_sequence(b) {
                    self.repeat(b, a)
                } else {
                    Err(unsupported_operands())
                }
            }
            _ => Err(unsupported_operands()),
        }
    }

    /// `a + b` through the left operand's sequence concatenation, if it has one.
    fn concat(&self, a: &Value, b: &Value) -> Option<PyResult<Value>> {
        let cant = |left: &str| type_error(format!("can't concat {} to {left}", b.type_name()));
        Some(match a {
            Value::Bytes(_) | Value::ByteArray(_) => {
                let left_is_bytes = matches!(a, Value::Bytes(_));
                let other = match contiguous_bytes(b) {
                    Some(Ok(d)) => d,
                    _ => return Some(Err(cant(if left_is_bytes { "bytes" } else { "bytearray" }))),
                };
                let mut data = match a {
                    Value::ByteArray(ba) => ba.data.borrow().clone(),
                    Value::Bytes(x) => x.to_vec(),
                    _ => Vec::new(),
                };
                if let Err(e) = check_size(self, data.len() as u128 + other.len() as u128) {
                    return Some(Err(e));
                }
                data.extend_from_slice(&other);
                Ok(if left_is_bytes {
                    Value::bytes(data)
                } else {
                    Value::ByteArray(ByteArray::new(data))
                })
            }
            Value::Str(x) => match b {
                Value::Str(y) => {
                    if let Err(e) = check_size(self, (x.len() + y.len()) as u128) {
                        return Some(Err(e));
                    }
                    Ok(Value::Str(Rc::from(format!("{x}{y}"))))
                }
                _ => Err(type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    b.type_name()
                ))),
            },
            Value::List(x) => match b {
                Value::List(y) => {
                    let n = (x.borrow().len() + y.borrow().len()) as u128;
                    if let Err(e) = check_size(self, n * item_bytes(a)) {
                        return Some(Err(e));
                    }
                    let mut v = x.borrow().clone();
                    v.extend(y.borrow().iter().cloned());
                    Ok(Value::list(v))
                }
                _ => Err(type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    b.type_name()
                ))),
            },
            Value::Tuple(x) => match b {
                Value::Tuple(y) => {
                    if let Err(e) = check_size(self, (x.len() + y.len()) as u128 * item_bytes(a)) {
                        return Some(Err(e));
                    }
                    let mut v = x.to_vec();
                    v.extend(y.iter().cloned());
                    Ok(Value::tuple(v))
                }
                _ => Err(type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    b.type_name()
                ))),
            },
            _ => return None,
        })
    }

    /// `seq * n`.
    fn repeat(&self, seq: &Value, n: &Value) -> PyResult<Value> {
        let Some(count) = n.as_int() else {
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.type_name()
            )));
        };
        let count = count
            .to_i64()
            .ok_or_else(|| overflow_error("cannot fit 'int' into an index-sized integer"))?
            .max(0) as u128;
        // Length in items (characters for str), as CPython counts for its overflow checks.
        let unit = match seq {
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.data.borrow().len(),
            Value::Str(s) => s.chars().count(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            _ => 0,
        } as u128;
        if unit * count > i64::MAX as u128 {
            return Err(match seq {
                Value::Bytes(_) => overflow_error("repeated bytes are too long"),
                Value::Str(_) => overflow_error("repeated string is too long"),
                _ => memory_error(),
            });
        }
        check_size(self, unit * count * item_bytes(seq))?;
        let count = count as usize;
        use crate::model::alloc;
        Ok(match seq {
            Value::Bytes(b) => {
                // The shared buffer is a second copy: there must be room for both.
                alloc::probe(b.len().saturating_mul(count).saturating_mul(2))?;
                Value::bytes(alloc::repeat(b, count)?)
            }
            Value::ByteArray(b) => {
                Value::ByteArray(ByteArray::new(alloc::repeat(&b.data.borrow(), count)?))
            }
            Value::Str(s) => {
                alloc::probe(s.len().saturating_mul(count).saturating_mul(2))?;
                Value::Str(Rc::from(alloc::repeat_str(s, count)?))
            }
            Value::List(l) => Value::list(alloc::repeat(&l.borrow(), count)?),
            Value::Tuple(t) => Value::tuple(alloc::repeat(t, count)?),
            _ => return Err(unsupported("this repetition")),
        })
    }

    /// `x op= y` on a name: in place for bytearray, else as the binary operator.
    pub(super) fn inplace_op(&self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Value::ByteArray(ba) = &a {
            match op {
                BinOp::Add => {
                    let same = matches!(&b, Value::ByteArray(o) if Rc::ptr_eq(o, ba))
                        || matches!(&b, Value::View(v) if v.family.exports_bytearray(ba));
                    let other = match contiguous_bytes(&b) {
                        Some(Ok(d)) => d,
                        _ => {
                            return Err(type_error(format!(
                                "can't concat {} to bytearray",
                                b.type_name()
                            )));
                        }
                    };
                    // Acquiring `b`'s buffer exports `ba` itself when `b` is `ba` or a view of it.
                    if !other.is_empty() && (ba.exports.get() > 0 || same) {
                        return Err(exports_error());
                    }
                    check_size(self, ba.data.borrow().len() as u128 + other.len() as u128)?;
                    ba.data.borrow_mut().extend_from_slice(&other);
                    return Ok(a.clone());
                }
                BinOp::Mul => {
                    let r = self.repeat(&a, &b)?;
                    if let Value::ByteArray(new) = r {
                        let data = new.data.borrow().clone();
                        if data.len() != ba.data.borrow().len() && ba.exports.get() > 0 {
                            return Err(exports_error());
                        }
                        *ba.data.borrow_mut() = data;
                    }
                    return Ok(a.clone());
                }
                _ => {}
            }
        }
        if let (Value::Dict(d), BinOp::BitOr) = (&a, op) {
            self.dict_update_from(d, &b)?;
            return Ok(a.clone());
        }
        if let (Value::List(l), BinOp::Add) = (&a, op) {
            let mut it = py_iter(&b)?;
            let mut extra = Vec::new();
            while let Some(x) = it.next_item()? {
                extra.push(x);
            }
            let n = (l.borrow().len() + extra.len()) as u128;
            check_size(self, n * item_bytes(&a))?;
            l.borrow_mut().extend(extra);
            return Ok(a.clone());
        }
        // A left operand with sequence methods but no repeat (memoryview) does not let the
        // right operand repeat in place.
        if let (Value::View(_), BinOp::Mul) = (&a, op) {
            return Err(type_error(format!(
                "unsupported operand type(s) for *=: 'memoryview' and '{}'",
                b.type_name()
            )));
        }
        // From 3.12 BytesIO is a heap type (gh-101819), whose sequence methods exist and are
        // empty: the same.
        if let (Value::Stream(_), BinOp::Mul) = (&a, op)
            && matches!(
                b,
                Value::Str(_)
                    | Value::Bytes(_)
                    | Value::ByteArray(_)
                    | Value::List(_)
                    | Value::Tuple(_)
            )
        {
            crate::model::switch::touch(crate::model::switch::Switch::IoClinicNoargs);
            if crate::model::profile::current().io_clinic_noargs {
                return Err(type_error(format!(
                    "unsupported operand type(s) for *=: '{}' and '{}'",
                    a.type_name(),
                    b.type_name()
                )));
            }
        }
        if let (Value::List(l), BinOp::Mul) = (&a, op) {
            if let Value::List(new) = self.repeat(&a, &b)? {
                let items = new.borrow().clone();
                *l.borrow_mut() = items;
            }
            return Ok(a.clone());
        }
        let symbol = match op {
            BinOp::Add => "+=",
            BinOp::Sub => "-=",
            BinOp::Mul => "*=",
            BinOp::Pow => "**=",
            BinOp::Div => "/=",
            BinOp::FloorDiv => "//=",
            BinOp::Mod => "%=",
            BinOp::LShift => "<<=",
            BinOp::RShift => ">>=",
            BinOp::BitAnd => "&=",
            BinOp::BitOr => "|=",
            BinOp::BitXor => "^=",
            BinOp::MatMul => "@=",
        };
        self.binary_op_as(op, &a, &b, symbol)
    }

    pub(super) fn getitem(&self, o: &Value, key: EvalKey) -> PyResult<Value> {
        let not_int = |kind: &str, k: &Value| {
            type_error(format!(
                "{kind} indices must be integers or slices, not {}",
                k.type_name()
            ))
        };
        match o {
            Value::View(v) => match key {
                EvalKey::Index(k) => match k.as_int() {
                    Some(i) => v.getitem_index(&i),
                    None => {
                        v.check()?;
                        let i = view_tuple_key(&k)?;
                        v.getitem_index(&i)
                    }
                },
                EvalKey::Slice(s) => Ok(Value::View(v.getitem_slice(&s)?)),
            },
            Value::Bytes(b) => match key {
                EvalKey::Index(k) => match k.as_int() {
                    Some(i) => normalize_index(seq_index(&i)?, b.len())
                        .map(|i| Value::int(b[i]))
                        .ok_or_else(|| index_error("index out of range")),
                    None => Err(type_error(format!(
                        "byte indices must be integers or slices, not {}",
                        k.type_name()
                    ))),
                },
                EvalKey::Slice(s) => Ok(Value::bytes(slice_of(b, &s)?)),
            },
            Value::ByteArray(b) => {
                let data = b.data.borrow();
                match key {
                    EvalKey::Index(k) => match k.as_int() {
                        Some(i) => normalize_index(seq_index(&i)?, data.len())
                            .map(|i| Value::int(data[i]))
                            .ok_or_else(|| index_error("bytearray index out of range")),
                        None => Err(not_int("bytearray", &k)),
                    },
                    EvalKey::Slice(s) => Ok(Value::ByteArray(ByteArray::new(slice_of(&data, &s)?))),
                }
            }
            Value::Str(st) => {
                let chars: Vec<char> = st.chars().collect();
                match key {
                    EvalKey::Index(k) => match k.as_int() {
                        Some(i) => normalize_index(seq_index(&i)?, chars.len())
                            .map(|i| Value::str(chars[i].encode_utf8(&mut [0; 4])))
                            .ok_or_else(|| index_error("string index out of range")),
                        None => Err(crate::model::format::str_index_error(k.type_name())),
                    },
                    EvalKey::Slice(s) => Ok(Value::Str(Rc::from(
                        slice_of(&chars, &s)?.into_iter().collect::<String>(),
                    ))),
                }
            }
            Value::List(l) => {
                let items = l.borrow();
                match key {
                    EvalKey::Index(k) => match k.as_int() {
                        Some(i) => normalize_index(seq_index(&i)?, items.len())
                            .map(|i| items[i].clone())
                            .ok_or_else(|| index_error("list index out of range")),
                        None => Err(not_int("list", &k)),
                    },
                    EvalKey::Slice(s) => Ok(Value::list(slice_of(&items, &s)?)),
                }
            }
            Value::Tuple(t) => match key {
                EvalKey::Index(k) => match k.as_int() {
                    Some(i) => normalize_index(seq_index(&i)?, t.len())
                        .map(|i| t[i].clone())
                        .ok_or_else(|| index_error("tuple index out of range")),
                    None => Err(not_int("tuple", &k)),
                },
                EvalKey::Slice(s) => Ok(Value::tuple(slice_of(t, &s)?)),
            },
            Value::Dict(d) => match key {
                EvalKey::Index(k) => d.get(&hash_key(&k)?).ok_or_else(|| key_error(k)),
                EvalKey::Slice(s) => Err(slice_key_error(&s, false)),
            },
            Value::Range(r) => match key {
                EvalKey::Index(k) => match k.as_int() {
                    Some(i) => Ok(Value::Int(r.item(&i)?)),
                    None => Err(not_int("range", &k)),
                },
                EvalKey::Slice(s) => {
                    let part = |v: &Value| -> PyResult<Option<BigInt>> {
                        if v.is_none() {
                            return Ok(None);
                        }
                        v.as_int().map(Some).ok_or_else(|| {
                            type_error(
                                "slice indices must be integers or None or have an __index__ method",
                            )
                        })
                    };
                    let (a, b, c) = (part(&s.start)?, part(&s.stop)?, part(&s.step)?);
                    Ok(Value::Range(Rc::new(r.slice(a, b, c)?)))
                }
            },
            other => match other.as_class_name() {
                Some("type" | "list" | "dict" | "tuple") => {
                    Err(unsupported("generic aliases (a class subscripted)"))
                }
                Some(class) => {
                    crate::model::switch::touch(
                        crate::model::switch::Switch::TypeSubscriptNamesClass,
                    );
                    if crate::model::profile::current().type_subscript_names_class {
                        Err(type_error(format!("type '{class}' is not subscriptable")))
                    } else {
                        Err(type_error("'type' object is not subscriptable"))
                    }
                }
                None => Err(type_error(format!(
                    "'{}' object is not subscriptable",
                    other.type_name()
                ))),
            },
        }
    }

    /// `del obj[key]` (the statement is the evaluator's; this is the item deletion).
    #[allow(dead_code)] // until the del statement takes items
    pub(super) fn delitem(&mut self, o: &Value, key: EvalKey) -> PyResult<()> {
        match o {
            Value::Dict(d) => match key {
                EvalKey::Index(k) => match d.remove(&hash_key(&k)?) {
                    Some(old) => {
                        drop(old);
                        Ok(())
                    }
                    None => Err(key_error(k)),
                },
                EvalKey::Slice(s) => Err(slice_key_error(&s, false)),
            },
            Value::List(l) => match key {
                EvalKey::Index(k) => match k.as_int() {
                    Some(i) => {
                        let n = l.borrow().len();
                        let i = normalize_index(seq_index(&i)?, n)
                            .ok_or_else(|| index_error("list assignment index out of range"))?;
                        let old = l.borrow_mut().remove(i);
                        drop(old);
                        Ok(())
                    }
                    None => Err(type_error(format!(
                        "list indices must be integers or slices, not {}",
                        k.type_name()
                    ))),
                },
                EvalKey::Slice(s) => {
                    let n = l.borrow().len();
                    let r = s.resolve(n)?;
                    let gone = remove_slice(&mut l.borrow_mut(), r);
                    drop(gone);
                    Ok(())
                }
            },
            Value::ByteArray(b) => {
                // As CPython: an index deletes the one-item slice; deleting is assigning
                // nothing (so exports refuse a resize).
                let key = match key {
                    EvalKey::Index(k) => {
                        let Some(i) = k.as_int() else {
                            return Err(type_error(format!(
                                "bytearray indices must be integers or slices, not {}",
                                k.type_name()
                            )));
                        };
                        let n = b.data.borrow().len();
                        let i = normalize_index(seq_index(&i)?, n)
                            .ok_or_else(|| index_error("bytearray index out of range"))?;
                        EvalKey::Slice(SliceArgs {
                            start: Value::int(i),
                            stop: Value::int(i + 1),
                            step: Value::None,
                        })
                    }
                    slice => slice,
                };
                self.bytearray_setitem(b, key, &Value::bytes(Vec::new()))
            }
            Value::View(v) => {
                v.check()?;
                Err(type_error("cannot delete memory"))
            }
            other => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                other.type_name()
            ))),
        }
    }

    pub(super) fn setitem(&mut self, o: &Value, key: EvalKey, value: &Value) -> PyResult<()> {
        match o {
            Value::View(v) => match key {
                EvalKey::Index(k) => match k.as_int() {
                    Some(i) => v
                        .setitem_index(&i, value, &mut |x| self.truthy(x))
                        .map(|_| ()),
                    None => {
                        v.check()?;
                        if v.readonly {
                            return Err(type_error("cannot modify read-only memory"));
                        }
                        let i = view_tuple_key(&k)?;
                        v.setitem_index(&i, value, &mut |x| self.truthy(x))
                            .map(|_| ())
                    }
                },
                EvalKey::Slice(s) => v.setitem_slice(&s, value).map(|_| ()),
            },
            Value::ByteArray(b) => self.bytearray_setitem(b, key, value),
            Value::Dict(d) => match key {
                EvalKey::Index(k) => {
                    let hk = hash_key(&k)?;
                    let old = d.insert(hk, k, value.clone());
                    drop(old);
                    Ok(())
                }
                EvalKey::Slice(s) => Err(slice_key_error(&s, true)),
            },
            Value::List(l) => match key {
                EvalKey::Index(k) => match k.as_int() {
                    Some(i) => {
                        let mut items = l.borrow_mut();
                        let n = items.len();
                        let i = normalize_index(seq_index(&i)?, n)
                            .ok_or_else(|| index_error("list assignment index out of range"))?;
                        items[i] = value.clone();
                        Ok(())
                    }
                    None => Err(type_error(format!(
                        "list indices must be integers or slices, not {}",
                        k.type_name()
                    ))),
                },
                EvalKey::Slice(s) => {
                    let r = s.resolve(l.borrow().len())?;
                    let msg = if r.step == 1 && !simple_slice_says_extended() {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    };
                    let src = match py_iter(value) {
                        Ok(_) => self.collect_values(value)?,
                        Err(e) if e.ty == crate::model::ExcType::TypeError => {
                            return Err(type_error(msg));
                        }
                        Err(e) => return Err(e),
                    };
                    let mut items = l.borrow_mut();
                    if r.step == 1 {
                        let n = (items.len() - r.len + src.len()) as u128;
                        check_size(self, n * std::mem::size_of::<Value>() as u128)?;
                        let start = r.start.max(0) as usize;
                        let old: Vec<Value> = items.splice(start..start + r.len, src).collect();
                        drop(items);
                        drop(old);
                        Ok(())
                    } else if src.len() != r.len {
                        Err(value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            src.len(),
                            r.len
                        )))
                    } else {
                        let mut old = Vec::with_capacity(src.len());
                        for (k, x) in src.into_iter().enumerate() {
                            let i = (r.start + k as i64 * r.step) as usize;
                            old.push(std::mem::replace(&mut items[i], x));
                        }
                        drop(items);
                        drop(old);
                        Ok(())
                    }
                }
            },
            other => {
                if let (Value::Str(_) | Value::Bytes(_) | Value::Tuple(_), EvalKey::Index(k)) =
                    (other, &key)
                    && let Some(i) = k.as_int()
                {
                    seq_index(&i)?;
                }
                Err(type_error(format!(
                    "'{}' object does not support item assignment",
                    other.type_name()
                )))
            }
        }
    }

    fn bytearray_setitem(&self, b: &Rc<ByteArray>, key: EvalKey, value: &Value) -> PyResult<()> {
        match key {
            EvalKey::Index(k) => {
                let Some(i) = k.as_int() else {
                    return Err(type_error(format!(
                        "bytearray indices must be integers or slices, not {}",
                        k.type_name()
                    )));
                };
                let i = seq_index(&i)?;
                let byte = byte_value(value)?;
                let mut data = b.data.borrow_mut();
                let n = data.len();
                let i = normalize_index(i, n)
                    .ok_or_else(|| index_error("bytearray index out of range"))?;
                data[i] = byte;
                Ok(())
            }
            EvalKey::Slice(s) => {
                let r = s.resolve(b.data.borrow().len())?;
                let src: Vec<u8> = match value {
                    Value::Int(_) | Value::Bool(_) | Value::Str(_) => {
                        return Err(type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    other => match any_buffer_bytes(other) {
                        Some(r) => r?,
                        None => {
                            let mut it = py_iter(other).map_err(|_| {
                                type_error(format!(
                                    "cannot convert '{}' object to bytearray",
                                    other.type_name()
                                ))
                            })?;
                            let mut out = Vec::new();
                            while let Some(x) = it.next_item()? {
                                out.push(byte_value(&x)?);
                            }
                            out
                        }
                    },
                };
                if r.step == 1 {
                    if src.len() != r.len && b.exports.get() > 0 {
                        return Err(exports_error());
                    }
                    let start = r.start.max(0) as usize;
                    b.data
                        .borrow_mut()
                        .splice(start..start + r.len, src.iter().copied());
                    Ok(())
                } else if src.is_empty() {
                    // An extended slice assigned nothing is deleted.
                    if b.exports.get() > 0 {
                        return Err(exports_error());
                    }
                    if r.len == 0 {
                        return Ok(());
                    }
                    let mut data = b.data.borrow_mut();
                    let mut gone = vec![false; data.len()];
                    for k in 0..r.len {
                        gone[(r.start + k as i64 * r.step) as usize] = true;
                    }
                    let mut i = 0;
                    data.retain(|_| {
                        i += 1;
                        !gone[i - 1]
                    });
                    Ok(())
                } else {
                    if src.len() != r.len {
                        return Err(value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            src.len(),
                            r.len
                        )));
                    }
                    let mut data = b.data.borrow_mut();
                    for (k, byte) in src.iter().enumerate() {
                        data[(r.start + k as i64 * r.step) as usize] = *byte;
                    }
                    Ok(())
                }
            }
        }
    }
}

/// A value stored into a bytearray (`_getbytevalue`).
pub fn byte_value(v: &Value) -> PyResult<u8> {
    let Some(n) = v.as_int() else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )));
    };
    u8::try_from(&n).map_err(|_| value_error("byte must be in range(0, 256)"))
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Bytes(_) | Value::ByteArray(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_)
    )
}

/// A tuple key of a 1-D view: one index works; others fail as CPython's multi-index path.
fn view_tuple_key(k: &Value) -> PyResult<BigInt> {
    let Value::Tuple(t) = k else {
        return Err(type_error("memoryview: invalid slice key"));
    };
    let ints: Option<Vec<BigInt>> = t.iter().map(Value::as_int).collect();
    match ints {
        Some(ints) if ints.is_empty() => Err(crate::model::PyErr::new(
            crate::model::ExcType::NotImplementedError,
            "sub-views are not implemented",
        )),
        Some(ints) if ints.len() > 1 => Err(type_error(format!(
            "cannot index 1-dimension view with {}-element tuple",
            ints.len()
        ))),
        Some(mut ints) => Ok(ints.remove(0)),
        None => Err(type_error("memoryview: invalid slice key")),
    }
}

/// KeyError for a missing key: the message is the key's repr, and the error keeps the key.
pub(super) fn key_error(k: Value) -> crate::model::PyErr {
    let msg = crate::model::repr::try_repr(&k).unwrap_or_default();
    let mut e = crate::model::PyErr::new(crate::model::ExcType::KeyError, msg);
    e.obj = Some(Box::new(k));
    e
}

/// Removes the items of a resolved slice, returning them (to be dropped by the caller).
fn remove_slice<T>(items: &mut Vec<T>, r: crate::model::view::Resolved) -> Vec<T> {
    if r.len == 0 {
        return Vec::new();
    }
    if r.step == 1 {
        let start = r.start.max(0) as usize;
        return items.drain(start..start + r.len).collect();
    }
    let mut gone = vec![false; items.len()];
    for k in 0..r.len {
        gone[(r.start + k as i64 * r.step) as usize] = true;
    }
    let mut kept = Vec::with_capacity(items.len() - r.len);
    let mut out = Vec::with_capacity(r.len);
    for (i, x) in items.drain(..).enumerate() {
        if gone[i] { out.push(x) } else { kept.push(x) }
    }
    *items = kept;
    out
}

/// Whether a non-iterable assigned to a simple slice says `must assign iterable to extended
/// slice` (3.13 on) rather than `can only assign an iterable`.
fn simple_slice_says_extended() -> bool {
    crate::model::switch::touch(crate::model::switch::Switch::SliceAssignIterableWording);
    crate::model::profile::current().slice_assign_iterable_wording
}

/// A slice used as a dict key: unhashable before 3.12; from 3.12 (gh-101264) hashable, so
/// a lookup or a `del` misses (`KeyError: slice(1, 2, None)`, no slice is ever a key here)
/// and storing one is beyond the engine.
fn slice_key_error(s: &crate::model::view::SliceArgs, store: bool) -> crate::model::PyErr {
    crate::model::switch::touch(crate::model::switch::Switch::SliceHashable);
    if !crate::model::profile::current().slice_hashable {
        return type_error("unhashable type: 'slice'");
    }
    for part in [&s.start, &s.stop, &s.step] {
        if let Err(e) = hash_key(part) {
            return e;
        }
    }
    if store {
        return unsupported("slices as dict keys");
    }
    let r = |v: &Value| crate::model::repr::try_repr(v).unwrap_or_default();
    crate::model::PyErr::new(
        crate::model::ExcType::KeyError,
        format!("slice({}, {}, {})", r(&s.start), r(&s.stop), r(&s.step)),
    )
}
