//! Methods of lists, tuples, dicts, ranges, ints and floats, with CPython's argument checks
//! and messages.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::model::PyResult;
use crate::model::dict::{Dict, DictViewKind, hash_key};
use crate::model::error::{
    ExcType, PyErr, index_error, memory_error, overflow_error, type_error, unsupported, value_error,
};
use crate::model::float::{as_integer_ratio, float_hex, is_integral};
use crate::model::repr::try_repr;
use crate::model::value::{Value, any_buffer_bytes, require_index};

use super::builtins::sort_options;
use super::calls::{no_args, no_kwargs, one_arg, positional, unpack};
use super::compare::py_eq;
use super::methods::Kwargs;
use super::ops::{key_error, py_iter};
use super::session::Session;

const LIST_METHODS: &[&str] = &[
    "append", "extend", "pop", "insert", "remove", "index", "count", "sort", "reverse", "copy",
    "clear",
];
const TUPLE_METHODS: &[&str] = &["index", "count"];
const DICT_METHODS: &[&str] = &[
    "get",
    "items",
    "keys",
    "values",
    "setdefault",
    "pop",
    "popitem",
    "update",
    "copy",
    "clear",
    "fromkeys",
];
const INT_METHODS: &[&str] = &["to_bytes", "from_bytes", "bit_length", "bit_count"];
const FLOAT_METHODS: &[&str] = &["is_integer", "hex", "as_integer_ratio"];
const RANGE_METHODS: &[&str] = &["index", "count"];

/// The method `name` of `recv`, if modelled.
pub(super) fn method_name(recv: &Value, name: &str) -> Option<&'static str> {
    let table: &[&'static str] = match recv {
        Value::List(_) => LIST_METHODS,
        Value::Tuple(_) => TUPLE_METHODS,
        Value::Dict(_) => DICT_METHODS,
        Value::Int(_) | Value::Bool(_) => INT_METHODS,
        Value::Float(_) => FLOAT_METHODS,
        Value::Range(_) => RANGE_METHODS,
        Value::Type("int") | Value::Type("bool") => &["from_bytes"],
        Value::Type("dict") => &["fromkeys"],
        _ => return None,
    };
    if matches!(recv, Value::Int(_) | Value::Bool(_)) && name == "is_integer" {
        crate::model::switch::touch(crate::model::switch::Switch::IntIsInteger);
        if crate::model::profile::current().int_is_integer {
            return Some("is_integer");
        }
    }
    table.iter().find(|m| **m == name).copied()
}

/// Data attributes of numbers and ranges (`(5).real`, `range(3).stop`).
pub(super) fn value_attribute(recv: &Value, name: &str) -> Option<Value> {
    match recv {
        Value::Int(_) | Value::Bool(_) => {
            let n = recv.as_int()?;
            match name {
                "real" | "numerator" => Some(Value::Int(n)),
                "imag" => Some(Value::int(0)),
                "denominator" => Some(Value::int(1)),
                _ => None,
            }
        }
        Value::Float(x) => match name {
            "real" => Some(Value::Float(*x)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Range(r) => match name {
            "start" => Some(Value::Int(r.start.clone())),
            "stop" => Some(Value::Int(r.stop.clone())),
            "step" => Some(Value::Int(r.step.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// An optional `start`/`stop` of `index()`: clamped like a slice index.
fn slice_bound(v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let Some(n) = v.as_int() else {
        return Err(type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    };
    let len_i = BigInt::from(len);
    let n = if n.is_negative() { n + &len_i } else { n };
    Ok(if n.is_negative() {
        0
    } else if n > len_i {
        len
    } else {
        n.to_usize().unwrap_or(len)
    })
}

/// The bytes of `int.from_bytes`'s argument (`bytes(x)` rules).
fn bytes_of(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = any_buffer_bytes(v) {
        return d;
    }
    if matches!(v, Value::Str(_)) || v.is_int() || matches!(v, Value::Float(_)) {
        return Err(type_error(format!(
            "cannot convert '{}' object to bytes",
            v.type_name()
        )));
    }
    let mut it = py_iter(v).map_err(|e| {
        if e.ty == ExcType::TypeError {
            type_error(format!(
                "cannot convert '{}' object to bytes",
                v.type_name()
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(x) = it.next_item()? {
        let n = x.as_int().ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                x.type_name()
            ))
        })?;
        out.push(u8::try_from(&n).map_err(|_| value_error("bytes must be in range(0, 256)"))?);
    }
    Ok(out)
}

fn byteorder(v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match &**s {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            if other.is_none() {
                "None"
            } else {
                other.type_name()
            }
        ))),
    }
}

/// Arguments of `to_bytes`/`from_bytes`: two positional-or-keyword, `signed` keyword-only.
fn int_bytes_args(
    fname: &str,
    first: &str,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> PyResult<(Option<Value>, Option<Value>, bool)> {
    if args.len() > 2 {
        // Before 3.11 (bpo-45155) both were required: "exactly".
        crate::model::switch::touch(crate::model::switch::Switch::ToBytesDefaults);
        let bound = if crate::model::profile::current().to_bytes_defaults {
            "at most"
        } else {
            "exactly"
        };
        return Err(type_error(format!(
            "{fname}() takes {bound} 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let mut signed = None;
    let mut rest = Vec::new();
    for (k, v) in kwargs {
        if &*k == "signed" {
            signed = Some(v);
        } else {
            rest.push((k, v));
        }
    }
    // Before 3.11 (bpo-45155) both were required: no length=1, byteorder='big'.
    crate::model::switch::touch(crate::model::switch::Switch::ToBytesDefaults);
    let required = if !crate::model::profile::current().to_bytes_defaults {
        2
    } else if first == "bytes" {
        1
    } else {
        0
    };
    let a = unpack(fname, &[first, "byteorder"], required, args, rest)?;
    let signed = match signed {
        Some(v) => super::compare::truth(&v)?,
        None => false,
    };
    Ok((a[0].clone(), a[1].clone(), signed))
}

impl Session {
    pub(super) fn call_collection_method(
        &mut self,
        recv: &Value,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        match recv {
            Value::List(l) => self.list_method(l, name, args, kwargs),
            Value::Tuple(t) => {
                let qual = format!("tuple.{name}");
                match name {
                    "count" => {
                        let x = one_arg(&args, &kwargs, &qual)?;
                        let mut n = 0;
                        for item in t.iter() {
                            if py_eq(item, x)? {
                                n += 1;
                            }
                        }
                        Ok(Value::int(n))
                    }
                    _ => {
                        no_kwargs(&kwargs, "tuple.index")?;
                        positional(&args, "index", 1, 3)?;
                        let start = slice_bound(args.get(1), t.len(), 0)?;
                        let stop = slice_bound(args.get(2), t.len(), t.len())?;
                        for i in start..stop.max(start) {
                            if py_eq(&t[i], &args[0])? {
                                return Ok(Value::int(i));
                            }
                        }
                        Err(value_error("tuple.index(x): x not in tuple"))
                    }
                }
            }
            Value::Dict(d) => self.dict_method(d, name, args, kwargs),
            Value::Type("dict") => self.dict_fromkeys(args, kwargs),
            Value::Int(_) | Value::Bool(_) | Value::Type(_) => {
                self.int_method(recv, name, args, kwargs)
            }
            Value::Float(x) => {
                let qual = format!("float.{name}");
                no_args(&args, &kwargs, &qual)?;
                match name {
                    "is_integer" => Ok(Value::Bool(is_integral(*x))),
                    "hex" => Ok(Value::str(&float_hex(*x))),
                    _ => {
                        let (n, d) = as_integer_ratio(*x)?;
                        Ok(Value::tuple(vec![Value::Int(n), Value::Int(d)]))
                    }
                }
            }
            Value::Range(r) => {
                let x = one_arg(&args, &kwargs, &format!("range.{name}"))?;
                let exact_int = x.is_int();
                let count = if exact_int {
                    let n = x.as_int().unwrap_or_default();
                    usize::from(r.contains_int(&n))
                } else {
                    let mut it = crate::model::range::RangeIter::new(r);
                    let mut c = 0;
                    while let Some(v) = it.next_value() {
                        if py_eq(&v, x)? {
                            if name == "index" {
                                let Value::Int(v) = v else { break };
                                return Ok(Value::Int((v - &r.start) / &r.step));
                            }
                            c += 1;
                        }
                    }
                    c
                };
                if name == "count" {
                    return Ok(Value::int(count));
                }
                if count == 0 {
                    return Err(value_error(format!("{} is not in range", try_repr(x)?)));
                }
                let n = x.as_int().unwrap_or_default();
                Ok(Value::Int((n - &r.start) / &r.step))
            }
            _ => Err(unsupported(format!("the method '{name}'"))),
        }
    }

    fn list_method(
        &mut self,
        l: &Rc<crate::model::value::List>,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let qual = format!("list.{name}");
        let unit = std::mem::size_of::<Value>() as u128;
        match name {
            "append" => {
                let x = one_arg(&args, &kwargs, &qual)?;
                if (l.borrow().len() as u128 + 1) * unit > self.config.max_size as u128 {
                    return Err(memory_error());
                }
                l.borrow_mut().push(x.clone());
                Ok(Value::None)
            }
            "extend" => {
                let x = one_arg(&args, &kwargs, &qual)?;
                let items = self.collect(x)?;
                if (l.borrow().len() + items.len()) as u128 * unit > self.config.max_size as u128 {
                    return Err(memory_error());
                }
                l.borrow_mut().extend(items);
                Ok(Value::None)
            }
            "pop" => {
                no_kwargs(&kwargs, &qual)?;
                positional(&args, "pop", 0, 1)?;
                let n = l.borrow().len();
                let i = match args.first() {
                    Some(v) => crate::model::value::as_ssize_t(&require_index(v)?)?,
                    None => -1,
                };
                if n == 0 {
                    return Err(index_error("pop from empty list"));
                }
                let i = if i < 0 { i + n as i64 } else { i };
                if i < 0 || i >= n as i64 {
                    return Err(index_error("pop index out of range"));
                }
                let v = l.borrow_mut().remove(i as usize);
                Ok(v)
            }
            "insert" => {
                no_kwargs(&kwargs, &qual)?;
                positional(&args, "insert", 2, 2)?;
                let i = require_index(&args[0])?;
                let n = l.borrow().len();
                if (n as u128 + 1) * unit > self.config.max_size as u128 {
                    return Err(memory_error());
                }
                let n_i = BigInt::from(n);
                let i = if i.is_negative() { i + &n_i } else { i };
                let at = if i.is_negative() {
                    0
                } else {
                    i.to_usize().unwrap_or(n).min(n)
                };
                l.borrow_mut().insert(at, args[1].clone());
                Ok(Value::None)
            }
            "remove" => {
                let x = one_arg(&args, &kwargs, &qual)?;
                let items = l.borrow().clone();
                for (i, item) in items.iter().enumerate() {
                    if py_eq(item, x)? {
                        let mut cur = l.borrow_mut();
                        if i < cur.len() {
                            let old = cur.remove(i);
                            drop(cur);
                            drop(old);
                        }
                        return Ok(Value::None);
                    }
                }
                Err(value_error("list.remove(x): x not in list"))
            }
            "index" => {
                no_kwargs(&kwargs, &qual)?;
                positional(&args, "index", 1, 3)?;
                let items = l.borrow().clone();
                let start = slice_bound(args.get(1), items.len(), 0)?;
                let stop = slice_bound(args.get(2), items.len(), items.len())?;
                for (i, item) in items.iter().enumerate().take(stop).skip(start) {
                    if py_eq(item, &args[0])? {
                        return Ok(Value::int(i));
                    }
                }
                Err(value_error(format!(
                    "{} is not in list",
                    try_repr(&args[0])?
                )))
            }
            "count" => {
                let x = one_arg(&args, &kwargs, &qual)?;
                let items = l.borrow().clone();
                let mut n = 0;
                for item in &items {
                    if py_eq(item, x)? {
                        n += 1;
                    }
                }
                Ok(Value::int(n))
            }
            "sort" => {
                if !args.is_empty() {
                    return Err(type_error("sort() takes no positional arguments"));
                }
                let (key, reverse) = sort_options(&kwargs)?;
                // While it sorts, the list looks empty, as in CPython.
                let mut items = std::mem::take(&mut *l.borrow_mut());
                let result = self.sort_items(&mut items, key.as_ref(), reverse);
                let modified = !l.borrow().is_empty();
                let old = std::mem::replace(&mut *l.borrow_mut(), items);
                drop(old);
                result?;
                if modified {
                    return Err(value_error("list modified during sort"));
                }
                Ok(Value::None)
            }
            "reverse" => {
                no_args(&args, &kwargs, &qual)?;
                l.borrow_mut().reverse();
                Ok(Value::None)
            }
            "copy" => {
                no_args(&args, &kwargs, &qual)?;
                let items = l.borrow().clone();
                Ok(Value::list(items))
            }
            _ => {
                no_args(&args, &kwargs, &qual)?;
                let old = std::mem::take(&mut *l.borrow_mut());
                drop(old);
                Ok(Value::None)
            }
        }
    }

    fn dict_method(
        &mut self,
        d: &Rc<Dict>,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let qual = format!("dict.{name}");
        match name {
            "get" | "setdefault" => {
                no_kwargs(&kwargs, &qual)?;
                positional(&args, name, 1, 2)?;
                let hk = hash_key(&args[0])?;
                let default = args.get(1).cloned().unwrap_or(Value::None);
                match d.get(&hk) {
                    Some(v) => Ok(v),
                    None => {
                        if name == "setdefault" {
                            d.insert(hk, args[0].clone(), default.clone());
                        }
                        Ok(default)
                    }
                }
            }
            "keys" | "values" | "items" => {
                no_args(&args, &kwargs, &qual)?;
                let kind = match name {
                    "keys" => DictViewKind::Keys,
                    "values" => DictViewKind::Values,
                    _ => DictViewKind::Items,
                };
                Ok(Value::DictView(d.clone(), kind))
            }
            "pop" => {
                no_kwargs(&kwargs, &qual)?;
                positional(&args, name, 1, 2)?;
                let hk = hash_key(&args[0])?;
                match d.remove(&hk) {
                    Some((_, v)) => Ok(v),
                    None => match args.get(1) {
                        Some(default) => Ok(default.clone()),
                        None => Err(key_error(args[0].clone())),
                    },
                }
            }
            "popitem" => {
                no_args(&args, &kwargs, &qual)?;
                match d.pop_last() {
                    Some((k, v)) => Ok(Value::tuple(vec![k, v])),
                    None => Err(PyErr::new(
                        ExcType::KeyError,
                        "'popitem(): dictionary is empty'",
                    )),
                }
            }
            "update" => {
                positional(&args, "update", 0, 1)?;
                if let Some(src) = args.first() {
                    self.dict_update_from(d, src)?;
                }
                for (k, v) in kwargs {
                    let key = Value::Str(k);
                    let old = d.insert(hash_key(&key)?, key, v);
                    drop(old);
                }
                Ok(Value::None)
            }
            "copy" => {
                no_args(&args, &kwargs, &qual)?;
                Ok(Value::Dict(d.copy()))
            }
            "clear" => {
                no_args(&args, &kwargs, &qual)?;
                let old = d.clear();
                drop(old);
                Ok(Value::None)
            }
            _ => self.dict_fromkeys(args, kwargs),
        }
    }

    fn dict_fromkeys(&mut self, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        no_kwargs(&kwargs, "dict.fromkeys")?;
        positional(&args, "fromkeys", 1, 2)?;
        let value = args.get(1).cloned().unwrap_or(Value::None);
        let d = Dict::new();
        let mut it = py_iter(&args[0])?;
        while let Some(k) = it.next_item()? {
            d.insert(hash_key(&k)?, k, value.clone());
            self.check_dict_size(&d)?;
        }
        Ok(Value::Dict(d))
    }

    fn int_method(
        &mut self,
        recv: &Value,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let n = recv.as_int().unwrap_or_default();
        match name {
            "bit_length" => {
                no_args(&args, &kwargs, "int.bit_length")?;
                Ok(Value::int(n.bits()))
            }
            "is_integer" => {
                no_args(&args, &kwargs, "int.is_integer")?;
                Ok(Value::Bool(true))
            }
            "bit_count" => {
                no_args(&args, &kwargs, "int.bit_count")?;
                let ones: u64 = n
                    .magnitude()
                    .iter_u64_digits()
                    .map(|d| d.count_ones() as u64)
                    .sum();
                Ok(Value::int(ones))
            }
            "to_bytes" => {
                let (length, order, signed) = int_bytes_args("to_bytes", "length", args, kwargs)?;
                let length = match length {
                    Some(v) => crate::model::value::as_ssize_t(&require_index(&v)?)?,
                    None => 1,
                };
                let little = byteorder(order.as_ref(), "to_bytes")?;
                if length < 0 {
                    return Err(value_error("length argument must be non-negative"));
                }
                if length as u64 > self.config.max_size as u64 {
                    return Err(memory_error());
                }
                if !signed && n.sign() == Sign::Minus {
                    return Err(overflow_error("can't convert negative int to unsigned"));
                }
                let length = length as usize;
                let mut bytes = n.to_signed_bytes_le();
                // Trim a sign byte an unsigned value does not need.
                if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
                    bytes.pop();
                }
                if n.is_zero() {
                    bytes.clear();
                }
                if bytes.len() > length {
                    return Err(overflow_error("int too big to convert"));
                }
                let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
                crate::model::alloc::resize(&mut bytes, length, fill)?;
                crate::model::alloc::probe(length)?;
                if !little {
                    bytes.reverse();
                }
                Ok(Value::bytes(bytes))
            }
            "from_bytes" => {
                let (data, order, signed) = int_bytes_args("from_bytes", "bytes", args, kwargs)?;
                let data = bytes_of(&data.unwrap_or(Value::None))?;
                let little = byteorder(order.as_ref(), "from_bytes")?;
                let n = if little {
                    if signed {
                        BigInt::from_signed_bytes_le(&data)
                    } else {
                        BigInt::from_bytes_le(Sign::Plus, &data)
                    }
                } else if signed {
                    BigInt::from_signed_bytes_be(&data)
                } else {
                    BigInt::from_bytes_be(Sign::Plus, &data)
                };
                // A subclass calls itself on the result: bool.from_bytes gives a bool.
                if matches!(recv, Value::Bool(_) | Value::Type("bool")) {
                    return Ok(Value::Bool(!n.is_zero()));
                }
                Ok(Value::Int(n))
            }
            _ => Err(unsupported(format!("the method int.{name}"))),
        }
    }
}
