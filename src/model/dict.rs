//! Python dicts: insertion-ordered, keyed by a canonical form of hashable values (so
//! `1`, `1.0` and `True` are one key), and the hashing rules that decide what can be a key.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use super::error::{ExcType, PyErr, PyResult, type_error, value_error};
use super::float::integral_value;
use super::value::{Builtin, Module, Value};

/// A hashable value's canonical form: equal Python keys give equal `HKey`s.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HKey {
    None,
    Int(BigInt),
    /// A non-integral float, by its bits.
    Float(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    /// A read-only memoryview cast to 'c', or to 'b' with a byte above 127: equal only to
    /// views of that format with those bytes (a 'c' view never equals bytes).
    FormatView(u8, Rc<[u8]>),
    Tuple(Vec<HKey>),
    /// A range, by `(len, first, step)` as CPython compares ranges.
    Range(BigInt, Option<BigInt>, Option<BigInt>),
    /// An object hashed by identity.
    Id(usize),
    Builtin(Builtin),
    Type(&'static str),
    Module(Module),
    Method(usize, &'static str),
}

/// How deep tuples may nest inside a key.
const MAX_KEY_DEPTH: usize = 900;

/// The identity of an object (what `id()` and `is` use), for values that have one.
pub fn identity(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Bytes(b) => Rc::as_ptr(b) as *const u8 as usize,
        Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::ByteArray(b) => Rc::as_ptr(b) as usize,
        Value::List(l) => Rc::as_ptr(l) as usize,
        Value::Tuple(t) => Rc::as_ptr(t) as usize,
        Value::Dict(d) => Rc::as_ptr(d) as usize,
        Value::Range(r) => Rc::as_ptr(r) as usize,
        Value::DictView(d, _) => Rc::as_ptr(d) as usize + 1,
        Value::Stream(s) => Rc::as_ptr(s) as usize,
        Value::View(v) => Rc::as_ptr(v) as usize,
        Value::BytesIOBuffer(o) => Rc::as_ptr(o) as usize,
        Value::Method(m) => Rc::as_ptr(m) as usize,
        Value::Function(f) => Rc::as_ptr(f) as usize,
        Value::Exception(e) => Rc::as_ptr(e) as usize,
        Value::Iter(i) => Rc::as_ptr(i) as usize,
        _ => return None,
    })
}

/// The canonical key of `v`, or CPython's `TypeError: unhashable type: 'list'`.
pub fn hash_key(v: &Value) -> PyResult<HKey> {
    key_in(v, 0)
}

fn key_in(v: &Value, depth: usize) -> PyResult<HKey> {
    if depth > MAX_KEY_DEPTH {
        return Err(PyErr::new(
            ExcType::RecursionError,
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    Ok(match v {
        Value::None => HKey::None,
        Value::Bool(b) => HKey::Int(BigInt::from(*b as u8)),
        Value::Int(n) => HKey::Int(n.clone()),
        Value::Float(x) => match integral_value(*x) {
            Some(n) => HKey::Int(n),
            None if x.is_nan() => HKey::Float(f64::NAN.to_bits()),
            None => HKey::Float(x.to_bits()),
        },
        Value::Str(s) => HKey::Str(s.clone()),
        Value::Bytes(b) => HKey::Bytes(b.clone()),
        Value::Tuple(t) => HKey::Tuple(
            t.iter()
                .map(|x| key_in(x, depth + 1))
                .collect::<PyResult<Vec<_>>>()?,
        ),
        Value::Range(r) => {
            let (len, first, step) = r.canonical();
            HKey::Range(len, first, step)
        }
        Value::View(view) => {
            view.check()?;
            if !view.readonly {
                return Err(value_error("cannot hash writable memoryview object"));
            }
            if !view.format.is_byte() {
                return Err(value_error(
                    "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
                ));
            }
            let data = view.to_vec()?;
            match view.format.ch {
                b'c' => HKey::FormatView(b'c', Rc::from(data)),
                b'b' if data.iter().any(|&x| x > 127) => HKey::FormatView(b'b', Rc::from(data)),
                _ => HKey::Bytes(Rc::from(data)),
            }
        }
        Value::Builtin(b) => HKey::Builtin(*b),
        Value::Type(t) => HKey::Type(t),
        Value::ExcClass(t) => HKey::Type(t.name()),
        Value::Module(m) => HKey::Module(*m),
        Value::Method(m) => HKey::Method(identity(&m.recv).unwrap_or(0), m.name),
        Value::Stream(_) | Value::BytesIOBuffer(_) | Value::DictView(_, DictViewKind::Values) => {
            HKey::Id(identity(v).unwrap_or(0))
        }
        Value::List(_) | Value::Dict(_) | Value::ByteArray(_) | Value::DictView(..) => {
            return Err(type_error(format!("unhashable type: '{}'", v.type_name())));
        }
        // Kinds added later (functions, exceptions) hash by identity when they have one.
        #[allow(unreachable_patterns)]
        _ => match identity(v) {
            Some(id) => HKey::Id(id),
            None => return Err(type_error(format!("unhashable type: '{}'", v.type_name()))),
        },
    })
}

/// Which view of a dict (`d.keys()`, `d.values()`, `d.items()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

impl DictViewKind {
    pub fn type_name(self) -> &'static str {
        match self {
            DictViewKind::Keys => "dict_keys",
            DictViewKind::Values => "dict_values",
            DictViewKind::Items => "dict_items",
        }
    }
}

#[derive(Debug, Default)]
struct Inner {
    /// Entries in insertion order; removed ones leave a hole until the next compaction.
    entries: Vec<Option<(Value, Value)>>,
    index: HashMap<HKey, usize>,
    keys: Vec<Option<HKey>>,
}

/// A dict.
#[derive(Debug, Default)]
pub struct Dict {
    inner: RefCell<Inner>,
}

impl Dict {
    pub fn new() -> Rc<Dict> {
        Rc::new(Dict::default())
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, k: &HKey) -> Option<Value> {
        let inner = self.inner.borrow();
        let i = *inner.index.get(k)?;
        inner.entries[i].as_ref().map(|(_, v)| v.clone())
    }

    pub fn contains(&self, k: &HKey) -> bool {
        self.inner.borrow().index.contains_key(k)
    }

    /// `d[key] = value`: a key already there keeps its first spelling (`{1: 'a', True: 'b'}`
    /// is `{1: 'b'}`). The old value is returned, to be dropped after the borrow ends.
    pub fn insert(&self, hk: HKey, key: Value, value: Value) -> Option<Value> {
        let mut inner = self.inner.borrow_mut();
        if let Some(&i) = inner.index.get(&hk) {
            let slot = inner.entries[i].as_mut()?;
            return Some(std::mem::replace(&mut slot.1, value));
        }
        let i = inner.entries.len();
        inner.entries.push(Some((key, value)));
        inner.keys.push(Some(hk.clone()));
        inner.index.insert(hk, i);
        None
    }

    /// Removes a key, returning its entry.
    pub fn remove(&self, hk: &HKey) -> Option<(Value, Value)> {
        let mut inner = self.inner.borrow_mut();
        let i = inner.index.remove(hk)?;
        inner.keys[i] = None;
        let out = inner.entries[i].take();
        Self::maybe_compact(&mut inner);
        out
    }

    fn maybe_compact(inner: &mut Inner) {
        let live = inner.index.len();
        if inner.entries.len() > 16 && live * 2 < inner.entries.len() {
            let entries = std::mem::take(&mut inner.entries);
            let keys = std::mem::take(&mut inner.keys);
            inner.index.clear();
            for (e, k) in entries.into_iter().zip(keys) {
                if let (Some(e), Some(k)) = (e, k) {
                    inner.index.insert(k.clone(), inner.entries.len());
                    inner.entries.push(Some(e));
                    inner.keys.push(Some(k));
                }
            }
        }
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut inner = self.inner.borrow_mut();
        while let Some(last) = inner.entries.pop() {
            let k = inner.keys.pop().flatten();
            if let (Some(e), Some(k)) = (last, k) {
                inner.index.remove(&k);
                return Some(e);
            }
        }
        None
    }

    /// The entries, in order (a copy).
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .cloned()
            .collect()
    }

    /// The entries with their canonical keys, in order (a copy).
    pub fn keyed_items(&self) -> Vec<(HKey, Value, Value)> {
        let inner = self.inner.borrow();
        inner
            .entries
            .iter()
            .zip(inner.keys.iter())
            .filter_map(|(e, k)| match (e, k) {
                (Some((key, v)), Some(k)) => Some((k.clone(), key.clone(), v.clone())),
                _ => None,
            })
            .collect()
    }

    /// The entry at slot `pos` or later, and the slot after it: how iterators walk a dict.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let inner = self.inner.borrow();
        inner
            .entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|(k, v)| (i + 1, k.clone(), v.clone())))
    }

    /// Empties the dict; the old entries are returned to be dropped outside the borrow.
    pub fn clear(&self) -> Vec<(Value, Value)> {
        let mut inner = self.inner.borrow_mut();
        inner.index.clear();
        inner.keys.clear();
        std::mem::take(&mut inner.entries)
            .into_iter()
            .flatten()
            .collect()
    }

    /// A shallow copy.
    pub fn copy(&self) -> Rc<Dict> {
        let d = Dict::new();
        for (hk, k, v) in self.keyed_items() {
            d.insert(hk, k, v);
        }
        d
    }

    /// Takes every key and value out, for the iterative drop of nested containers.
    pub(crate) fn take_all(&mut self) -> Vec<Value> {
        let inner = self.inner.get_mut();
        inner.index.clear();
        inner.keys.clear();
        let mut out = Vec::new();
        for (k, v) in std::mem::take(&mut inner.entries).into_iter().flatten() {
            out.push(k);
            out.push(v);
        }
        out
    }
}

/// `dir()` of a dict view.
pub fn view_dir(kind: DictViewKind) -> &'static [&'static str] {
    const COMMON: &[&str] = &[
        "__and__",
        "__class__",
        "__contains__",
        "__delattr__",
        "__dir__",
        "__doc__",
        "__eq__",
        "__format__",
        "__ge__",
        "__getattribute__",
        "__getstate__",
        "__gt__",
        "__hash__",
        "__init__",
        "__init_subclass__",
        "__iter__",
        "__le__",
        "__len__",
        "__lt__",
        "__ne__",
        "__new__",
        "__or__",
        "__rand__",
        "__reduce__",
        "__reduce_ex__",
        "__repr__",
        "__reversed__",
        "__ror__",
        "__rsub__",
        "__rxor__",
        "__setattr__",
        "__sizeof__",
        "__str__",
        "__sub__",
        "__subclasshook__",
        "__xor__",
        "isdisjoint",
        "mapping",
    ];
    const VALUES: &[&str] = &[
        "__class__",
        "__delattr__",
        "__dir__",
        "__doc__",
        "__eq__",
        "__format__",
        "__ge__",
        "__getattribute__",
        "__getstate__",
        "__gt__",
        "__hash__",
        "__init__",
        "__init_subclass__",
        "__iter__",
        "__le__",
        "__len__",
        "__lt__",
        "__ne__",
        "__new__",
        "__reduce__",
        "__reduce_ex__",
        "__repr__",
        "__reversed__",
        "__setattr__",
        "__sizeof__",
        "__str__",
        "__subclasshook__",
        "mapping",
    ];
    match kind {
        DictViewKind::Values => VALUES,
        _ => COMMON,
    }
}
