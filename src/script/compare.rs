//! Comparisons (`== != < <= > >=`, `in`, `is`) and truth values, as CPython decides them.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::model::PyResult;
use crate::model::dict::{Dict, DictViewKind, hash_key};
use crate::model::error::{ExcType, PyErr, type_error, value_error};
use crate::model::float::cmp_int_float;
use crate::model::value::{Value, any_buffer_bytes};
use crate::model::view::Format;

use super::ast::CmpOp;
use super::ops::py_iter;
use super::session::Session;

/// How deep containers may nest while being compared.
const MAX_CMP_DEPTH: usize = 990;

fn recursion_error() -> PyErr {
    PyErr::new(
        ExcType::RecursionError,
        "maximum recursion depth exceeded in comparison",
    )
}

/// `a is b`: identity. Objects by pointer; None and bools are singletons; ints are
/// identical when equal and in CPython's small-int cache (-5..=256); short strings and
/// bytes as CPython interns them.
pub(crate) fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => {
            x == y && *x >= BigInt::from(-5) && *x <= BigInt::from(256)
        }
        (Value::Str(x), Value::Str(y)) => {
            Rc::ptr_eq(x, y)
                || (x == y
                    && (x.chars().count() <= 1
                        || x.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')))
        }
        (Value::Bytes(x), Value::Bytes(y)) => Rc::ptr_eq(x, y) || (x == y && x.len() <= 1),
        (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y) || (x.is_empty() && y.is_empty()),
        (Value::ByteArray(x), Value::ByteArray(y)) => Rc::ptr_eq(x, y),
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y),
        (Value::Range(x), Value::Range(y)) => Rc::ptr_eq(x, y),
        (Value::Set(x), Value::Set(y)) => Rc::ptr_eq(x, y),
        (Value::Stream(x), Value::Stream(y)) => Rc::ptr_eq(x, y),
        (Value::View(x), Value::View(y)) => Rc::ptr_eq(x, y),
        (Value::BytesIOBuffer(x), Value::BytesIOBuffer(y)) => Rc::ptr_eq(x, y),
        (Value::Method(x), Value::Method(y)) => Rc::ptr_eq(x, y),
        (Value::Module(x), Value::Module(y)) => x == y,
        (Value::Builtin(x), Value::Builtin(y)) => x == y,
        (Value::Type(x), Value::Type(y)) => x == y,
        (Value::Function(x), Value::Function(y)) => Rc::ptr_eq(x, y),
        (Value::Exception(x), Value::Exception(y)) => Rc::ptr_eq(x, y),
        (Value::ExcClass(x), Value::ExcClass(y)) => x == y,
        (Value::Iter(x), Value::Iter(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// The contents of a bytes-like value as `==` sees them (None for a released view or a
/// value without a buffer).
fn buffer_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::View(view) if view.is_released() => None,
        _ => any_buffer_bytes(v).and_then(|r| r.ok()),
    }
}

/// The `==` operator: `py_eq` without its identity shortcut for a cast view, whose
/// `memory_richcompare` compares items (a view of NaNs is unequal to itself).
fn eq_op(a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::View(x), Value::View(y)) = (a, b)
        && Rc::ptr_eq(x, y)
        && !x.is_released()
        && x.format != Format::B
    {
        return items_eq(a, b, 0);
    }
    py_eq(a, b)
}

/// The items of a live bytes-like value, unpacked (bytes and bytearray as 'B').
fn buffer_items(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::View(view) => view.items(),
        _ => Ok(buffer_of(v)
            .unwrap_or_default()
            .into_iter()
            .map(Value::int)
            .collect()),
    }
}

/// `memory_richcompare` for views of other formats: equal shapes, then equal items.
fn items_eq(a: &Value, b: &Value, depth: usize) -> PyResult<bool> {
    let (x, y) = (buffer_items(a)?, buffer_items(b)?);
    if x.len() != y.len() {
        return Ok(false);
    }
    // Two '?' views compare their C `_Bool`s, that is their bytes (b'\x02' is not b'\x01').
    if let (Value::View(p), Value::View(q)) = (a, b)
        && p.format.ch == b'?'
        && q.format.ch == b'?'
    {
        return Ok(p.to_vec()? == q.to_vec()?);
    }
    for (p, q) in x.iter().zip(&y) {
        if !eq_in(p, q, depth + 1)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn is_bytes_like(v: &Value) -> bool {
    matches!(v, Value::Bytes(_) | Value::ByteArray(_) | Value::View(_))
}

/// `a == b` (`PyObject_RichCompareBool`: identity first).
pub(crate) fn py_eq(a: &Value, b: &Value) -> PyResult<bool> {
    eq_in(a, b, 0)
}

fn eq_in(a: &Value, b: &Value, depth: usize) -> PyResult<bool> {
    if is_same(a, b) {
        return Ok(true);
    }
    if depth > MAX_CMP_DEPTH {
        return Err(recursion_error());
    }
    Ok(match (a, b) {
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Float(x), _) if b.is_int() => {
            cmp_int_float(&b.as_int().unwrap_or_default(), *x) == Some(Ordering::Equal)
        }
        (_, Value::Float(y)) if a.is_int() => {
            cmp_int_float(&a.as_int().unwrap_or_default(), *y) == Some(Ordering::Equal)
        }
        _ if a.is_int() && b.is_int() => a.as_int() == b.as_int(),
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Set(x), Value::Set(y)) => {
            x.len() == y.len() && x.keyed_items().iter().all(|(k, _, _)| y.contains(k))
        }
        _ if is_bytes_like(a) && is_bytes_like(b) => {
            // A released view equals only itself.
            match (buffer_of(a), buffer_of(b)) {
                (Some(x), Some(y)) => match (a, b) {
                    (Value::View(x), _) | (_, Value::View(x)) if x.format != Format::B => {
                        // Cast views: the same shape, then items compared unpacked.
                        return items_eq(a, b, depth);
                    }
                    _ => x == y,
                },
                _ => false,
            }
        }
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_eq(&x, &y, depth)?
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(x, y, depth)?,
        (Value::Dict(x), Value::Dict(y)) => {
            if x.len() != y.len() {
                return Ok(false);
            }
            for (hk, _, v) in x.keyed_items() {
                match y.get(&hk) {
                    Some(w) => {
                        if !eq_in(&v, &w, depth + 1)? {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            true
        }
        (Value::Range(x), Value::Range(y)) => x.canonical() == y.canonical(),
        (Value::DictView(x, kx), Value::DictView(y, ky))
            if *kx != DictViewKind::Values && *ky != DictViewKind::Values =>
        {
            // Set-like views: equal as sets.
            let xs = view_items(x, *kx);
            let ys = view_items(y, *ky);
            if xs.len() != ys.len() {
                return Ok(false);
            }
            for item in &xs {
                if !view_contains(y, *ky, item)? {
                    return Ok(false);
                }
            }
            true
        }
        (Value::Method(x), Value::Method(y)) => is_same(&x.recv, &y.recv) && x.name == y.name,
        _ => false,
    })
}

fn view_items(d: &Dict, kind: DictViewKind) -> Vec<Value> {
    d.items()
        .into_iter()
        .map(|(k, v)| match kind {
            DictViewKind::Keys => k,
            DictViewKind::Values => v,
            DictViewKind::Items => Value::tuple(vec![k, v]),
        })
        .collect()
}

/// `item in view`.
fn view_contains(d: &Dict, kind: DictViewKind, item: &Value) -> PyResult<bool> {
    match kind {
        DictViewKind::Keys => Ok(d.contains(&hash_key(item)?)),
        DictViewKind::Items => {
            let Value::Tuple(t) = item else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match d.get(&hash_key(&t[0])?) {
                Some(v) => py_eq(&v, &t[1]),
                None => Ok(false),
            }
        }
        DictViewKind::Values => {
            for (_, v) in d.items() {
                if py_eq(&v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn seq_eq(x: &[Value], y: &[Value], depth: usize) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (p, q) in x.iter().zip(y) {
        if !eq_in(p, q, depth + 1)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn not_supported(op: CmpOp, a: &Value, b: &Value) -> PyErr {
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

fn apply(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        _ => false,
    }
}

/// `a < b` and friends (`op` one of `< <= > >=`), or CPython's TypeError.
pub(crate) fn py_order(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    order_in(op, a, b, 0)
}

fn order_in(op: CmpOp, a: &Value, b: &Value, depth: usize) -> PyResult<bool> {
    if depth > MAX_CMP_DEPTH {
        return Err(recursion_error());
    }
    let flip = |o: Option<Ordering>| o.map(Ordering::reverse);
    let numeric = match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        (Value::Float(x), _) if b.is_int() => {
            Some(flip(cmp_int_float(&b.as_int().unwrap_or_default(), *x)))
        }
        (_, Value::Float(y)) if a.is_int() => {
            Some(cmp_int_float(&a.as_int().unwrap_or_default(), *y))
        }
        _ if a.is_int() && b.is_int() => Some(a.as_int().partial_cmp(&b.as_int())),
        _ => None,
    };
    if let Some(o) = numeric {
        return Ok(o.is_some_and(|o| apply(op, o)));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(apply(op, x.cmp(y))),
        (Value::Bytes(x), Value::Bytes(y)) => Ok(apply(op, x.cmp(y))),
        // bytearray compares with any buffer, on either side; bytes and memoryview only
        // with each other through bytearray.
        _ if (matches!(a, Value::ByteArray(_)) && is_bytes_like(b))
            || (matches!(b, Value::ByteArray(_)) && is_bytes_like(a)) =>
        {
            match (buffer_of(a), buffer_of(b)) {
                (Some(x), Some(y)) => Ok(apply(op, x.cmp(&y))),
                _ => Err(not_supported(op, a, b)),
            }
        }
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_order(op, &x, &y, depth)
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_order(op, x, y, depth),
        (Value::DictView(x, kx), Value::DictView(y, ky))
            if *kx != DictViewKind::Values && *ky != DictViewKind::Values =>
        {
            // Set-like views order by inclusion.
            let subset = |p: &Dict, kp, q: &Dict, kq| -> PyResult<bool> {
                for item in view_items(p, kp) {
                    if !view_contains(q, kq, &item)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let (n, m) = (x.len(), y.len());
            Ok(match op {
                CmpOp::Lt => n < m && subset(x, *kx, y, *ky)?,
                CmpOp::LtE => n <= m && subset(x, *kx, y, *ky)?,
                CmpOp::Gt => n > m && subset(y, *ky, x, *kx)?,
                _ => n >= m && subset(y, *ky, x, *kx)?,
            })
        }
        _ => Err(not_supported(op, a, b)),
    }
}

fn seq_order(op: CmpOp, x: &[Value], y: &[Value], depth: usize) -> PyResult<bool> {
    for (p, q) in x.iter().zip(y) {
        if !eq_in(p, q, depth + 1)? {
            return order_in(op, p, q, depth + 1);
        }
    }
    Ok(apply(op, x.len().cmp(&y.len())))
}

/// `item in container`.
pub(crate) fn py_contains(container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.contains(&**sub)),
            other => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                other.type_name()
            ))),
        },
        Value::Bytes(_) | Value::ByteArray(_) => {
            let hay = any_buffer_bytes(container)
                .and_then(|r| r.ok())
                .unwrap_or_default();
            if let Some(n) = item.as_int() {
                let b =
                    u8::try_from(&n).map_err(|_| value_error("byte must be in range(0, 256)"))?;
                return Ok(hay.contains(&b));
            }
            match any_buffer_bytes(item) {
                Some(needle) => {
                    let needle = needle?;
                    Ok(needle.is_empty()
                        || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
                }
                None => Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    item.type_name()
                ))),
            }
        }
        Value::List(l) => {
            let items = l.borrow().clone();
            for x in &items {
                if py_eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.iter() {
                if py_eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Dict(d) | Value::Set(d) => Ok(d.contains(&hash_key(item)?)),
        Value::DictView(d, kind) => view_contains(d, *kind, item),
        Value::Range(r) => {
            if let (Some(n), false) = (item.as_int(), matches!(item, Value::Float(_))) {
                return Ok(r.contains_int(&n));
            }
            let mut it = crate::model::range::RangeIter::new(r);
            while let Some(x) = it.next_value() {
                if py_eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => {
            let mut it = py_iter(other).map_err(|e| {
                if e.ty == ExcType::TypeError {
                    type_error(format!(
                        "argument of type '{}' is not iterable",
                        other.type_name()
                    ))
                } else {
                    e
                }
            })?;
            while let Some(x) = it.next_item()? {
                if py_eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// `bool(v)`, for every kind of value.
pub(crate) fn truth(v: &Value) -> PyResult<bool> {
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
        Value::Dict(d) | Value::DictView(d, _) | Value::Set(d) => !d.is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::View(view) => {
            view.check()?;
            view.len > 0
        }
        _ => true,
    })
}

impl Session {
    /// `bool(v)`.
    pub(super) fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        truth(v)
    }

    /// One comparison `a op b`; its result (usually a bool).
    pub(super) fn compare_op(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Eq => eq_op(a, b)?,
            CmpOp::NotEq => !eq_op(a, b)?,
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => py_order(op, a, b)?,
            CmpOp::In => py_contains(b, a)?,
            CmpOp::NotIn => !py_contains(b, a)?,
            CmpOp::Is => is_same(a, b),
            CmpOp::IsNot => !is_same(a, b),
        }))
    }
}
