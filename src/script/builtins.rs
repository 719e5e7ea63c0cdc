//! The pure builtins (`abs`, `round`, `min`, `sorted`, ...) and the callable classes
//! (`int`, `float`, `bool`, `tuple`, `range`, `dict`), with CPython 3.11's checks and messages.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Num as _, Signed, ToPrimitive, Zero};

use crate::model::PyResult;
use crate::model::dict::{Dict, hash_key, identity};
use crate::model::error::{ExcType, PyErr, memory_error, type_error, unsupported, value_error};
use crate::model::float::{f64_to_int, int_to_f64, parse_float, round_digits, round_to_int};
use crate::model::range::Range;
use crate::model::repr::try_repr;
use crate::model::value::{Builtin, Value, any_buffer_bytes, as_c_int, require_index};

use super::ast::CmpOp;
use super::calls::{no_kwargs, one_arg, positional, unpack};
use super::compare::{py_order, truth};
use super::methods::Kwargs;
use super::numbers::num_divmod;
use super::ops::py_iter;
use super::session::Session;

/// Python's `str.isspace()` for the characters `int()` and `float()` strip.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// `repr(x)` cut to 200 characters, as CPython's `%.200R`.
fn repr200(v: &Value) -> String {
    let r = try_repr(v).unwrap_or_default();
    r.chars().take(200).collect()
}

/// `int(text, base)` on the text of a str or bytes: CPython's `PyLong_FromString`. None when
/// the literal is invalid.
pub(super) fn parse_int(text: &str, base: u32) -> Result<BigInt, Option<PyErr>> {
    let s = text.trim_matches(is_py_space);
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let lower = s.to_ascii_lowercase();
    let mut base = base;
    let mut digits: &str = &lower;
    let prefixed = |p: &str| lower.len() >= 2 && lower.starts_with(p);
    let mut after_prefix = false;
    if (base == 0 || base == 16) && prefixed("0x") {
        base = 16;
        digits = &lower[2..];
        after_prefix = true;
    } else if (base == 0 || base == 8) && prefixed("0o") {
        base = 8;
        digits = &lower[2..];
        after_prefix = true;
    } else if (base == 0 || base == 2) && prefixed("0b") {
        base = 2;
        digits = &lower[2..];
        after_prefix = true;
    } else if base == 0 {
        base = 10;
        // Leading zeros only for zero itself.
        if lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
            return Err(None);
        }
    }
    // An underscore may follow the prefix, else only sit between digits.
    let d = if after_prefix {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    if d.is_empty() || d.starts_with('_') || d.ends_with('_') || d.contains("__") {
        return Err(None);
    }
    if !d.chars().all(|c| c == '_' || c.is_digit(base)) {
        return Err(None);
    }
    let clean: String = d.chars().filter(|&c| c != '_').collect();
    if !base.is_power_of_two() && clean.len() > crate::model::repr::MAX_STR_DIGITS {
        return Err(Some(value_error(format!(
            "Exceeds the limit ({}) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            crate::model::repr::digit_limit(),
            clean.len()
        ))));
    }
    let n = BigInt::from_str_radix(&clean, base).map_err(|_| None)?;
    Ok(if neg { -n } else { n })
}

/// The text of a str or bytes-like argument of `int()`/`float()`, if it is one.
fn text_arg(v: &Value) -> Option<PyResult<String>> {
    match v {
        Value::Str(s) => Some(Ok(s.to_string())),
        Value::Bytes(_) | Value::ByteArray(_) | Value::View(_) => {
            let data = any_buffer_bytes(v)?;
            Some(data.map(|d| String::from_utf8_lossy(&d).into_owned()))
        }
        _ => None,
    }
}

/// The bytes of an `int()` argument as CPython quotes them in its error (`b'x'`).
fn literal_repr(v: &Value) -> String {
    match v {
        Value::Str(_) => repr200(v),
        _ => match any_buffer_bytes(v) {
            Some(Ok(d)) => repr200(&Value::bytes(d)),
            _ => repr200(v),
        },
    }
}

fn int_of_text(v: &Value, text: &str, base: u32) -> PyResult<Value> {
    match parse_int(text, base) {
        Ok(n) => Ok(Value::Int(n)),
        Err(Some(e)) => Err(e),
        Err(None) => Err(value_error(format!(
            "invalid literal for int() with base {base}: {}",
            literal_repr(v)
        ))),
    }
}

/// `float(x)`.
pub(super) fn to_float(x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) => int_to_f64(&x.as_int().unwrap_or_default()),
        _ => match text_arg(x) {
            Some(text) => {
                let text = text?;
                parse_float(text.trim_matches(is_py_space)).ok_or_else(|| {
                    value_error(format!(
                        "could not convert string to float: {}",
                        match x {
                            Value::Bytes(_) | Value::Str(_) => repr200(x),
                            Value::ByteArray(_) => literal_repr(x)
                                .strip_prefix('b')
                                .map(|r| format!("bytearray(b{r})"))
                                .unwrap_or_default(),
                            _ => repr200(x),
                        }
                    ))
                })
            }
            None => Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                x.type_name()
            ))),
        },
    }
}

impl Session {
    /// Every item of an iterable, under the memory cap.
    pub(super) fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        self.collect_items(v)
    }

    /// A dict growing from an iterable stays under the memory cap (an entry holds two
    /// values, a canonical key and an index slot).
    pub(super) fn check_dict_size(&self, d: &Dict) -> PyResult<()> {
        let entry = 4 * std::mem::size_of::<Value>() as u128;
        if d.len() as u128 * entry > self.config.max_size as u128 {
            return Err(memory_error());
        }
        Ok(())
    }

    /// `collect` for callers outside this module.
    pub(super) fn collect_values(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        self.collect(v)
    }

    /// Sorts `items` in place as `list.sort` does (stable; `key` called once per item; with
    /// `reverse`, reversed before and after so equal items keep their order). On an error
    /// the items are left as far as the sort got, as CPython leaves them.
    pub(super) fn sort_items(
        &mut self,
        items: &mut Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> PyResult<()> {
        let keys = match key {
            Some(f) => {
                let mut keys = Vec::with_capacity(items.len());
                for x in items.iter() {
                    keys.push(self.call(f, vec![x.clone()], vec![])?);
                }
                Some(keys)
            }
            None => None,
        };
        let mut pairs: Vec<(Value, Value)> = match keys {
            Some(k) => k.into_iter().zip(items.drain(..)).collect(),
            None => items.drain(..).map(|x| (x.clone(), x)).collect(),
        };
        if reverse {
            pairs.reverse();
        }
        let result = sort_pairs(&mut pairs);
        if reverse {
            pairs.reverse();
        }
        items.extend(pairs.into_iter().map(|(_, x)| x));
        result
    }

    pub(super) fn call_pure_builtin(
        &mut self,
        b: Builtin,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let name = b.function_name();
        match b {
            Builtin::Abs => {
                let x = one_arg(&args, &kwargs, name)?;
                match x {
                    Value::Float(f) => Ok(Value::Float(f.abs())),
                    _ => match x.as_int() {
                        Some(n) => Ok(Value::Int(n.abs())),
                        None => Err(type_error(format!(
                            "bad operand type for abs(): '{}'",
                            x.type_name()
                        ))),
                    },
                }
            }
            Builtin::Divmod => {
                no_kwargs(&kwargs, name)?;
                positional(&args, name, 2, 2)?;
                match num_divmod(&args[0], &args[1]) {
                    Some(r) => r.map(|(q, m)| Value::tuple(vec![q, m])),
                    None => Err(type_error(format!(
                        "unsupported operand type(s) for divmod(): '{}' and '{}'",
                        args[0].type_name(),
                        args[1].type_name()
                    ))),
                }
            }
            Builtin::Round => {
                let a = unpack("round", &["number", "ndigits"], 1, args, kwargs)?;
                let x = a[0].clone().unwrap_or(Value::None);
                let nd = match &a[1] {
                    None | Some(Value::None) => None,
                    Some(v) => Some(require_index(v)?),
                };
                match (&x, nd) {
                    (Value::Float(f), None) => round_to_int(*f).map(Value::Int),
                    (Value::Float(f), Some(n)) => {
                        let n =
                            n.to_i64()
                                .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
                        round_digits(*f, n).map(Value::Float)
                    }
                    (_, nd) if x.is_int() => {
                        let v = x.as_int().unwrap_or_default();
                        match nd {
                            Some(n) if n.is_negative() => Ok(Value::Int(round_int(&v, &(-n))?)),
                            _ => Ok(Value::Int(v)),
                        }
                    }
                    _ => Err(type_error(format!(
                        "type {} doesn't define __round__ method",
                        x.type_name()
                    ))),
                }
            }
            Builtin::Bin | Builtin::Oct => {
                let x = one_arg(&args, &kwargs, name)?;
                let n = require_index(x)?;
                let (prefix, digits) = if b == Builtin::Bin {
                    ("0b", n.magnitude().to_str_radix(2))
                } else {
                    ("0o", n.magnitude().to_str_radix(8))
                };
                let sign = if n.sign() == Sign::Minus { "-" } else { "" };
                Ok(Value::str(&format!("{sign}{prefix}{digits}")))
            }
            Builtin::Ord => {
                let x = one_arg(&args, &kwargs, name)?;
                let len_err = |n: usize| {
                    type_error(format!(
                        "ord() expected a character, but string of length {n} found"
                    ))
                };
                match x {
                    Value::Str(s) => {
                        let mut cs = s.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => Ok(Value::int(c as u32)),
                            _ => Err(len_err(s.chars().count())),
                        }
                    }
                    Value::Bytes(_) | Value::ByteArray(_) => {
                        let d = any_buffer_bytes(x).transpose()?.unwrap_or_default();
                        match d.as_slice() {
                            [c] => Ok(Value::int(*c)),
                            _ => Err(len_err(d.len())),
                        }
                    }
                    other => Err(type_error(format!(
                        "ord() expected string of length 1, but {} found",
                        other.type_name()
                    ))),
                }
            }
            Builtin::Chr => {
                let x = one_arg(&args, &kwargs, name)?;
                let n = match as_c_int(&require_index(x)?) {
                    Ok(n) => n,
                    Err(e) => {
                        crate::model::switch::touch(
                            crate::model::switch::Switch::ChrRangeValueError,
                        );
                        if crate::model::profile::current().chr_range_value_error {
                            return Err(value_error("chr() arg not in range(0x110000)"));
                        }
                        return Err(e);
                    }
                };
                if !(0..0x110000).contains(&n) {
                    return Err(value_error("chr() arg not in range(0x110000)"));
                }
                match char::from_u32(n as u32) {
                    Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
                    None => Err(unsupported("lone surrogates in str values")),
                }
            }
            Builtin::Min | Builtin::Max => self.min_max(b == Builtin::Min, args, kwargs),
            Builtin::Sum => {
                if args.is_empty() {
                    return Err(type_error(
                        "sum() takes at least 1 positional argument (0 given)",
                    ));
                }
                let a = unpack("sum", &["iterable", "start"], 1, args, kwargs)?;
                let iterable = a[0].clone().unwrap_or(Value::None);
                let mut acc = a[1].clone().unwrap_or(Value::int(0));
                match &acc {
                    Value::Str(_) => {
                        return Err(type_error(
                            "sum() can't sum strings [use ''.join(seq) instead]",
                        ));
                    }
                    Value::Bytes(_) => {
                        return Err(type_error(
                            "sum() can't sum bytes [use b''.join(seq) instead]",
                        ));
                    }
                    Value::ByteArray(_) => {
                        return Err(type_error(
                            "sum() can't sum bytearray [use b''.join(seq) instead]",
                        ));
                    }
                    _ => {}
                }
                let mut it = py_iter(&iterable)?;
                // 3.12's float loop (gh-100425): Neumaier's compensation `c`, added when
                // the loop ends or leaves for the generic one (which it never re-enters).
                let compensated = crate::model::profile::current().sum_float_compensated;
                let mut float_loop = true;
                let mut c = 0.0f64;
                while let Some(x) = it.next_item()? {
                    if compensated
                        && float_loop
                        && let Value::Float(f) = acc
                    {
                        match &x {
                            Value::Float(y) => {
                                crate::model::switch::touch(
                                    crate::model::switch::Switch::SumFloatCompensated,
                                );
                                let t = f + y;
                                if f.abs() >= y.abs() {
                                    c += (f - t) + y;
                                } else {
                                    c += (y - t) + f;
                                }
                                acc = Value::Float(t);
                                continue;
                            }
                            Value::Int(_) | Value::Bool(_) => {
                                if let Some(n) =
                                    x.as_int().and_then(|n| num_traits::ToPrimitive::to_i64(&n))
                                {
                                    acc = Value::Float(f + n as f64);
                                    continue;
                                }
                            }
                            _ => {}
                        }
                        float_loop = false;
                        if c != 0.0 && c.is_finite() {
                            acc = Value::Float(f + c);
                        }
                        c = 0.0;
                    }
                    acc = self.binary_op(super::ast::BinOp::Add, &acc, &x)?;
                }
                if let Value::Float(f) = acc
                    && c != 0.0
                    && c.is_finite()
                {
                    acc = Value::Float(f + c);
                }
                Ok(acc)
            }
            Builtin::Sorted => {
                if args.len() != 1 {
                    positional(&args, "sorted", 1, 1)?;
                }
                let (key, reverse) = sort_options(&kwargs)?;
                let mut items = self.collect(&args[0])?;
                self.sort_items(&mut items, key.as_ref(), reverse)?;
                Ok(Value::list(items))
            }
            Builtin::Any | Builtin::All => {
                let x = one_arg(&args, &kwargs, name)?;
                let want = b == Builtin::Any;
                let mut it = py_iter(x)?;
                while let Some(item) = it.next_item()? {
                    if truth(&item)? == want {
                        return Ok(Value::Bool(want));
                    }
                }
                Ok(Value::Bool(!want))
            }
            Builtin::Id => {
                let x = one_arg(&args, &kwargs, name)?;
                Ok(Value::Int(object_id(x)))
            }
            Builtin::Callable => {
                let x = one_arg(&args, &kwargs, name)?;
                Ok(Value::Bool(is_callable(x)))
            }
            Builtin::Getattr | Builtin::Hasattr => {
                no_kwargs(&kwargs, name)?;
                if b == Builtin::Getattr {
                    positional(&args, name, 2, 3)?;
                } else {
                    positional(&args, name, 2, 2)?;
                }
                let Value::Str(attr) = &args[1] else {
                    crate::model::switch::touch(crate::model::switch::Switch::AttrNameNamesType);
                    if !crate::model::profile::current().attr_name_names_type {
                        return Err(type_error(format!(
                            "{name}(): attribute name must be string"
                        )));
                    }
                    return Err(type_error(format!(
                        "attribute name must be string, not '{}'",
                        args[1].type_name()
                    )));
                };
                let obj = args[0].clone();
                let found = self.getattr(obj.clone(), attr);
                match (b, found) {
                    (Builtin::Getattr, Ok(v)) => Ok(v),
                    (Builtin::Getattr, Err(e)) if e.ty == ExcType::AttributeError => {
                        match args.get(2) {
                            Some(d) => Ok(d.clone()),
                            None => Err(e),
                        }
                    }
                    (Builtin::Getattr, Err(e)) => Err(e),
                    (_, Ok(_)) => Ok(Value::Bool(true)),
                    (_, Err(e)) if e.ty == ExcType::AttributeError => Ok(Value::Bool(false)),
                    (_, Err(e)) if e.ty == ExcType::Unsupported && obj.has_attribute(attr) => {
                        Ok(Value::Bool(true))
                    }
                    (_, Err(e)) => Err(e),
                }
            }
            Builtin::Hash => {
                let x = one_arg(&args, &kwargs, name)?;
                // The hashability errors first, as CPython raises them.
                hash_key(x)?;
                py_hash(x).map(Value::int)
            }
            Builtin::Pow => {
                let a = unpack("pow", &["base", "exp", "mod"], 2, args, kwargs)?;
                let base = a[0].clone().unwrap_or(Value::None);
                let exp = a[1].clone().unwrap_or(Value::None);
                match a[2].clone().filter(|m| !m.is_none()) {
                    None => self.binary_op(super::ast::BinOp::Pow, &base, &exp),
                    Some(m) => ternary_pow(&base, &exp, &m),
                }
            }
            _ => Err(unsupported(format!("the builtin '{name}'"))),
        }
    }

    fn min_max(&mut self, min: bool, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        let name = if min { "min" } else { "max" };
        if args.is_empty() {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        let mut key = None;
        let mut default = None;
        for (k, v) in &kwargs {
            match &**k {
                "key" => key = Some(v.clone()),
                "default" => default = Some(v.clone()),
                other => {
                    return Err(type_error(
                        crate::model::profile::current().unexpected_keyword_msg(
                            name,
                            other,
                            &["key", "default"],
                        ),
                    ));
                }
            }
        }
        if args.len() > 1 && default.is_some() {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        let key = key.filter(|k| !k.is_none());
        let mut it = if args.len() == 1 {
            py_iter(&args[0])?
        } else {
            py_iter(&Value::tuple(args))?
        };
        let op = if min { CmpOp::Lt } else { CmpOp::Gt };
        let mut best: Option<(Value, Value)> = None;
        while let Some(item) = it.next_item()? {
            let val = match &key {
                Some(f) => self.call(f, vec![item.clone()], vec![])?,
                None => item.clone(),
            };
            best = match best {
                None => Some((val, item)),
                Some((bv, bi)) => {
                    if py_order(op, &val, &bv)? {
                        Some((val, item))
                    } else {
                        Some((bv, bi))
                    }
                }
            };
        }
        match (best, default) {
            (Some((_, item)), _) => Ok(item),
            (None, Some(d)) => Ok(d),
            (None, None) => {
                crate::model::switch::touch(crate::model::switch::Switch::MinMaxEmptyWording);
                if crate::model::profile::current().min_max_empty_wording {
                    Err(value_error(format!("{name}() iterable argument is empty")))
                } else {
                    Err(value_error(format!("{name}() arg is an empty sequence")))
                }
            }
        }
    }

    /// Calling a class the engine shows as `Value::Type` (`int`, `float`, `range`, ...).
    pub(super) fn call_class(
        &mut self,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        match name {
            "int" => {
                if kwargs.is_empty() && args.len() > 2 {
                    // 3.13: int()'s positional-only check says "expected".
                    crate::model::switch::touch(crate::model::switch::Switch::StrMethodsClinic);
                    if crate::model::profile::current().str_methods_clinic {
                        return Err(type_error(format!(
                            "int expected at most 2 arguments, got {}",
                            args.len()
                        )));
                    }
                }
                if args.len() + kwargs.len() > 2 {
                    return Err(type_error(format!(
                        "int() takes at most 2 arguments ({} given)",
                        args.len() + kwargs.len()
                    )));
                }
                let mut base = None;
                for (k, v) in &kwargs {
                    if &**k == "base" {
                        if args.len() > 1 {
                            return Err(type_error(
                                "argument for int() given by name ('base') and position (2)",
                            ));
                        }
                        base = Some(v.clone());
                    } else {
                        return Err(type_error(
                            crate::model::profile::current().unexpected_keyword_msg(
                                "int",
                                k,
                                &["base"],
                            ),
                        ));
                    }
                }
                if args.len() == 2 {
                    base = Some(args[1].clone());
                }
                let Some(x) = args.first() else {
                    if base.is_some() {
                        return Err(type_error("int() missing string argument"));
                    }
                    return Ok(Value::int(0));
                };
                match base {
                    None => match x {
                        Value::Int(_) | Value::Bool(_) => {
                            Ok(Value::Int(x.as_int().unwrap_or_default()))
                        }
                        Value::Float(f) => f64_to_int(*f).map(Value::Int),
                        _ => match text_arg(x) {
                            Some(t) => int_of_text(x, &t?, 10),
                            None => Err(type_error(format!(
                                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                                x.type_name()
                            ))),
                        },
                    },
                    Some(b) => {
                        let b = require_index(&b)?;
                        let b = b.to_i64().unwrap_or(-1);
                        if (b != 0 && b < 2) || b > 36 {
                            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
                        }
                        match x {
                            Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
                                let t = text_arg(x).transpose()?.unwrap_or_default();
                                int_of_text(x, &t, b as u32)
                            }
                            _ => Err(type_error(
                                "int() can't convert non-string with explicit base",
                            )),
                        }
                    }
                }
            }
            "float" => {
                no_kwargs(&kwargs, "float")?;
                positional(&args, "float", 0, 1)?;
                match args.first() {
                    None => Ok(Value::Float(0.0)),
                    Some(x) => to_float(x).map(Value::Float),
                }
            }
            "bool" => {
                no_kwargs(&kwargs, "bool")?;
                positional(&args, "bool", 0, 1)?;
                match args.first() {
                    None => Ok(Value::Bool(false)),
                    Some(x) => Ok(Value::Bool(truth(x)?)),
                }
            }
            "tuple" => {
                no_kwargs(&kwargs, "tuple")?;
                positional(&args, "tuple", 0, 1)?;
                match args.first() {
                    None => Ok(Value::tuple(vec![])),
                    Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
                    Some(x) => Ok(Value::tuple(self.collect(x)?)),
                }
            }
            "range" => {
                no_kwargs(&kwargs, "range")?;
                positional(&args, "range", 1, 3)?;
                let ints = args
                    .iter()
                    .map(require_index)
                    .collect::<PyResult<Vec<BigInt>>>()?;
                let r = match ints.as_slice() {
                    [stop] => Range::new(BigInt::zero(), stop.clone(), BigInt::from(1))?,
                    [start, stop] => Range::new(start.clone(), stop.clone(), BigInt::from(1))?,
                    [start, stop, step] => Range::new(start.clone(), stop.clone(), step.clone())?,
                    _ => return Err(unsupported("range() with these arguments")),
                };
                Ok(Value::Range(Rc::new(r)))
            }
            "dict" => {
                positional(&args, "dict", 0, 1)?;
                let d = Dict::new();
                if let Some(src) = args.first() {
                    self.dict_update_from(&d, src)?;
                }
                for (k, v) in kwargs {
                    let key = Value::Str(k);
                    d.insert(hash_key(&key)?, key, v);
                }
                Ok(Value::Dict(d))
            }
            _ => Err(unsupported(format!("calling the class '{name}'"))),
        }
    }

    /// A dict display: keys and values evaluated left to right (`**m` merges a dict).
    pub(super) fn eval_dict(
        &mut self,
        items: &[(Option<super::ast::Expr>, super::ast::Expr)],
    ) -> PyResult<Value> {
        let d = Dict::new();
        // As CPython's BUILD_MAP: the pairs before a `**` are all evaluated, then inserted.
        let mut pending: Vec<(Value, Value)> = Vec::new();
        let flush = |d: &Rc<Dict>, pending: &mut Vec<(Value, Value)>| -> PyResult<()> {
            for (key, value) in pending.drain(..) {
                let old = d.insert(hash_key(&key)?, key, value);
                drop(old);
            }
            Ok(())
        };
        for (k, v) in items {
            match k {
                Some(k) => {
                    let key = self.eval(k)?;
                    let value = self.eval(v)?;
                    pending.push((key, value));
                }
                None => {
                    flush(&d, &mut pending)?;
                    let m = self.eval(v)?;
                    let Value::Dict(src) = &m else {
                        return Err(type_error(format!(
                            "'{}' object is not a mapping",
                            m.type_name()
                        )));
                    };
                    for (hk, key, value) in src.keyed_items() {
                        d.insert(hk, key, value);
                    }
                }
            }
        }
        flush(&d, &mut pending)?;
        Ok(Value::Dict(d))
    }

    /// `d.update(src)` for a dict or an iterable of pairs, with CPython's errors.
    pub(super) fn dict_update_from(&self, d: &Rc<Dict>, src: &Value) -> PyResult<()> {
        if let Value::Dict(other) = src {
            for (hk, k, v) in other.keyed_items() {
                d.insert(hk, k, v);
            }
            return Ok(());
        }
        let mut it = py_iter(src)?;
        let mut i = 0usize;
        while let Some(item) = it.next_item()? {
            let pair = match py_iter(&item) {
                Ok(mut p) => {
                    let mut out = Vec::new();
                    while let Some(x) = p.next_item()? {
                        out.push(x);
                        if out.len() > 2 {
                            // Count the rest without keeping it.
                            let mut n = out.len();
                            while p.next_item()?.is_some() {
                                n += 1;
                            }
                            return Err(value_error(format!(
                                "dictionary update sequence element #{i} has length {n}; 2 is required"
                            )));
                        }
                    }
                    out
                }
                Err(e) if e.ty == ExcType::TypeError => {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                Err(e) => return Err(e),
            };
            if pair.len() != 2 {
                return Err(value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            let mut pair = pair.into_iter();
            let (Some(k), Some(v)) = (pair.next(), pair.next()) else {
                continue;
            };
            let old = d.insert(hash_key(&k)?, k, v);
            drop(old);
            self.check_dict_size(d)?;
            i += 1;
        }
        Ok(())
    }
}

/// The `key=` and `reverse=` keywords of `sort()`/`sorted()`.
pub(super) fn sort_options(kwargs: &Kwargs) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kwargs {
        match &**k {
            "key" => key = Some(v.clone()).filter(|v| !v.is_none()),
            "reverse" => {
                // 3.12: Argument Clinic's `bool` is the object's truth; before, an int.
                crate::model::switch::touch(crate::model::switch::Switch::SortReverseTruth);
                reverse = if crate::model::profile::current().sort_reverse_truth {
                    super::compare::truth(v)?
                } else {
                    as_c_int(&require_index(v)?)? != 0
                };
            }
            other => {
                return Err(type_error(
                    crate::model::profile::current().unexpected_keyword_msg(
                        "sort",
                        other,
                        &["key", "reverse"],
                    ),
                ));
            }
        }
    }
    Ok((key, reverse))
}

/// `round(n, -k)` of an int: to a multiple of 10**k, ties to even.
fn round_int(n: &BigInt, k: &BigInt) -> PyResult<BigInt> {
    let Some(k) = k.to_usize() else {
        return Ok(BigInt::zero());
    };
    if k > 100_000 || (k as u64) > n.bits() {
        // 10**k is beyond the value: everything rounds to zero.
        if k as u64 > n.bits() {
            return Ok(BigInt::zero());
        }
        return Err(memory_error());
    }
    let p = num_traits::pow(BigInt::from(10), k);
    let (q, r) = super::numbers::int_divmod(n, &p)?;
    let twice = &r * 2;
    let up = twice > p || (twice == p && (&q % 2u8) != BigInt::zero());
    Ok(if up { (q + 1) * p } else { q * p })
}

/// `pow(base, exp, mod)`: ints only, a negative exponent through the modular inverse.
fn ternary_pow(base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(m)) = (base.as_int(), exp.as_int(), m.as_int()) else {
        let number = |v: &Value| v.is_int() || matches!(v, Value::Float(_));
        if number(base) && number(exp) && number(m) {
            return Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        return Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            base.type_name(),
            exp.type_name(),
            m.type_name()
        )));
    };
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    let (b, e) = if e.is_negative() {
        let inv = b
            .modinv(&modulus)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let mut r = b.modpow(&e, &modulus);
    if m.is_negative() && !r.is_zero() {
        r -= &modulus;
    }
    Ok(Value::Int(r))
}

/// CPython's `_PyHASH_MODULUS`, 2**61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(x)` for the values whose hash CPython does not randomize or take from an address:
/// numbers and tuples of them.
fn py_hash(v: &Value) -> PyResult<i64> {
    let fix = |h: i64| if h == -1 { -2 } else { h };
    let m = BigInt::from(HASH_MODULUS);
    match v {
        Value::Int(_) | Value::Bool(_) => {
            let n = v.as_int().unwrap_or_default();
            let r = (n.abs() % &m).to_i64().unwrap_or(0);
            Ok(fix(if n.is_negative() { -r } else { r }))
        }
        Value::Float(x) => {
            if x.is_infinite() {
                return Ok(if *x > 0.0 { 314_159 } else { -314_159 });
            }
            if x.is_nan() {
                return Err(unsupported(
                    "hash() of nan (CPython takes it from the address)",
                ));
            }
            let (num, den) = crate::model::float::as_integer_ratio(*x)?;
            let inv = den.modinv(&m).unwrap_or_default();
            let r = (num.abs() * inv % &m).to_i64().unwrap_or(0);
            Ok(fix(if *x < 0.0 { -r } else { r }))
        }
        Value::Tuple(t) => {
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let mut acc: u64 = P5;
            for item in t.iter() {
                let lane = py_hash(item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add((t.len() as u64) ^ (P5 ^ 3527539));
            if acc == u64::MAX {
                return Ok(1546275796);
            }
            Ok(acc as i64)
        }
        other => Err(unsupported(format!(
            "hash() of a {} (CPython randomizes it or takes it from an address)",
            other.type_name()
        ))),
    }
}

fn is_callable(v: &Value) -> bool {
    matches!(
        v,
        Value::Builtin(_)
            | Value::Method(_)
            | Value::Type(_)
            | Value::Function(_)
            | Value::ExcClass(_)
    )
}

/// `id(x)`: the object's address where it has one; a fixed number per value otherwise.
fn object_id(v: &Value) -> BigInt {
    if let Some(p) = identity(v) {
        return BigInt::from(p);
    }
    const BASE: u64 = 0x7f3a_0000_0000;
    let n: u64 = match v {
        Value::None => 0x10,
        Value::Bool(false) => 0x20,
        Value::Bool(true) => 0x30,
        Value::Int(n) => 0x1000 + n.to_u64().unwrap_or(0).wrapping_mul(32) % 0x1000_0000,
        Value::Float(x) => 0x2000_0000 + (x.to_bits() % 0x1000_0000),
        _ => 0x3000_0000,
    };
    BigInt::from(BASE + n)
}

/// One step of the sort's comparisons: `a < b` on keys.
fn lt(a: &(Value, Value), b: &(Value, Value)) -> PyResult<bool> {
    py_order(CmpOp::Lt, &a.0, &b.0)
}

/// CPython's `count_run`: the length of the run at the start, and whether it descends.
fn count_run(v: &[(Value, Value)]) -> PyResult<(usize, bool)> {
    if v.len() <= 1 {
        return Ok((v.len(), false));
    }
    let mut n = 2;
    if lt(&v[1], &v[0])? {
        while n < v.len() && lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// CPython's `binarysort`: inserts `v[start..]` into the sorted prefix `v[..start]`.
fn binary_sort(v: &mut [(Value, Value)], start: usize) -> PyResult<()> {
    let start = start.max(1);
    for i in start..v.len() {
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(&v[i], &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=i].rotate_right(1);
    }
    Ok(())
}

/// CPython's `merge_compute_minrun`.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's `powerloop`: the powersort "power" of the boundary between two runs.
fn power_loop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Sorts (key, item) pairs by key, stably, along CPython 3.11's own path: natural runs
/// (`count_run`), short ones extended by binary insertion to `minrun`, merged in powersort
/// order. A failing comparison leaves the list as CPython leaves it, save inside a merge
/// (CPython gallops there; this merges plainly, losing nothing).
fn sort_pairs(v: &mut [(Value, Value)]) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = min_run(n);
    // Pending runs: (start, len, power).
    let mut pending: Vec<(usize, usize, u32)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut run, desc) = count_run(&v[lo..])?;
        if desc {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = (n - lo).min(minrun);
            binary_sort(&mut v[lo..lo + force], run)?;
            run = force;
        }
        if let Some(&(s1, n1, _)) = pending.last() {
            let power = power_loop(s1, n1, run, n);
            while pending.len() > 1 && pending[pending.len() - 2].2 > power {
                let at = pending.len() - 2;
                merge_at(v, &mut pending, at)?;
            }
            if let Some(last) = pending.last_mut() {
                last.2 = power;
            }
        }
        pending.push((lo, run, 0));
        lo += run;
    }
    while pending.len() > 1 {
        let mut i = pending.len() - 2;
        if i > 0 && pending[i - 1].1 < pending[i + 1].1 {
            i -= 1;
        }
        merge_at(v, &mut pending, i)?;
    }
    Ok(())
}

/// Merges pending runs `i` and `i + 1`.
fn merge_at(
    v: &mut [(Value, Value)],
    pending: &mut Vec<(usize, usize, u32)>,
    i: usize,
) -> PyResult<()> {
    let (s1, n1, _) = pending[i];
    let (_, n2, p2) = pending[i + 1];
    pending[i] = (s1, n1 + n2, p2);
    pending.remove(i + 1);
    merge(&mut v[s1..s1 + n1 + n2], n1)
}

fn merge(v: &mut [(Value, Value)], mid: usize) -> PyResult<()> {
    let left: Vec<(Value, Value)> = v[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < v.len() {
        let take_right = match lt(&v[j], &left[i]) {
            Ok(b) => b,
            Err(e) => {
                // Put the rest of the left half back so no item is lost.
                for x in left[i..].iter() {
                    v[k] = x.clone();
                    k += 1;
                }
                return Err(e);
            }
        };
        if take_right {
            v[k] = v[j].clone();
            j += 1;
        } else {
            v[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i].clone();
        i += 1;
        k += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::eval::EvalKey;
    use crate::script::session::Config;

    fn session(src: &str, max_size: usize) -> Session {
        let mut s = Session::new(Config {
            max_size,
            journal: false,
            ..Config::default()
        });
        let program = crate::script::parse_program(src).expect("parses");
        for step in s.run_program(&program) {
            assert!(step.error.is_none(), "{}", step.transcript());
        }
        s
    }

    fn get(s: &Session, name: &str) -> Value {
        s.get(name).cloned().expect("bound")
    }

    fn text(v: &Value) -> String {
        try_repr(v).expect("repr")
    }

    #[test]
    fn delitem_removes_dict_keys_list_items_and_bytearray_bytes() {
        let mut s = session(
            "d = {'a': 1, 'b': 2}\nl = [0, 1, 2, 3, 4, 5]\nba = bytearray(b'abcdef')\nt = (1,)",
            1 << 30,
        );
        let d = get(&s, "d");
        s.delitem(&d, EvalKey::Index(Value::str("a")))
            .expect("deleted");
        assert_eq!(text(&d), "{'b': 2}");
        let e = s
            .delitem(&d, EvalKey::Index(Value::str("x")))
            .expect_err("missing");
        assert_eq!(e.line(), "KeyError: 'x'");
        let e = s
            .delitem(&d, EvalKey::Index(Value::list(vec![])))
            .expect_err("unhashable");
        assert_eq!(e.line(), "TypeError: unhashable type: 'list'");

        let l = get(&s, "l");
        s.delitem(&l, EvalKey::Index(Value::int(-1)))
            .expect("deleted");
        let every_other = crate::model::view::SliceArgs {
            start: Value::None,
            stop: Value::None,
            step: Value::int(2),
        };
        s.delitem(&l, EvalKey::Slice(every_other)).expect("deleted");
        assert_eq!(text(&l), "[1, 3]");
        let e = s
            .delitem(&l, EvalKey::Index(Value::int(5)))
            .expect_err("range");
        assert_eq!(e.line(), "IndexError: list assignment index out of range");

        let ba = get(&s, "ba");
        s.delitem(&ba, EvalKey::Index(Value::int(0)))
            .expect("deleted");
        assert_eq!(text(&ba), "bytearray(b'bcdef')");

        let t = get(&s, "t");
        let e = s
            .delitem(&t, EvalKey::Index(Value::int(0)))
            .expect_err("tuple");
        assert_eq!(
            e.line(),
            "TypeError: 'tuple' object doesn't support item deletion"
        );
    }

    #[test]
    fn deleting_from_an_exported_bytearray_is_refused() {
        let mut s = session("ba = bytearray(b'abc')\nm = memoryview(ba)", 1 << 30);
        let ba = get(&s, "ba");
        let e = s
            .delitem(&ba, EvalKey::Index(Value::int(0)))
            .expect_err("exported");
        assert_eq!(e.ty, ExcType::BufferError);
        let e = s
            .delitem(&ba, EvalKey::Index(Value::int(9)))
            .expect_err("index first");
        assert_eq!(e.line(), "IndexError: bytearray index out of range");
        assert_eq!(text(&ba), "bytearray(b'abc')");
    }

    #[test]
    fn a_dict_that_changes_size_fails_its_iterator() {
        let s = session("d = {'a': 1, 'b': 2}", 1 << 30);
        let d = get(&s, "d");
        let mut it = py_iter(&d).expect("iterable");
        assert_eq!(
            it.next_item().expect("ok").map(|v| text(&v)),
            Some("'a'".into())
        );
        if let Value::Dict(dict) = &d {
            dict.insert(
                hash_key(&Value::int(3)).expect("hashable"),
                Value::int(3),
                Value::None,
            );
        }
        let e = it.next_item().expect_err("changed");
        assert_eq!(
            e.line(),
            "RuntimeError: dictionary changed size during iteration"
        );
    }

    #[test]
    fn huge_ranges_stay_lazy_and_growth_from_them_hits_the_cap() {
        let s = session("r = range(10 ** 18)", 1 << 20);
        let mut it = py_iter(&get(&s, "r")).expect("iterable");
        for want in 0..3 {
            assert_eq!(
                it.next_item().expect("ok").map(|v| text(&v)),
                Some(want.to_string())
            );
        }
        let mut s = s;
        let p =
            crate::script::parse_program("dict.fromkeys(range(10 ** 12))\nlist(range(10 ** 12))")
                .expect("parses");
        let steps = s.run_program(&p);
        for step in steps.iter().take(2) {
            assert_eq!(
                step.error.as_ref().map(|e| e.ty),
                Some(ExcType::MemoryError)
            );
        }
    }
}
