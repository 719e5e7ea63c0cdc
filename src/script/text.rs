//! Methods of str, bytes and bytearray, with CPython's argument checks and messages.

use std::rc::Rc;

use num_bigint::Sign;
use num_traits::ToPrimitive;

use crate::model::PyResult;
use crate::model::error::{exports_error, index_error, memory_error, type_error, value_error};
use crate::model::value::{
    Builtin, ByteArray, Value, as_c_int, as_ssize_t, contiguous_bytes, require_index,
};
use crate::model::{codec, format, text as t};

use super::calls::{arg_type_name, hex_sep, no_args, no_kwargs, one_arg, positional, unpack};
use super::eval::EvalKey;
use super::methods::Kwargs;
use super::ops::{byte_value, py_iter};
use super::session::Session;

const STR_METHODS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "format_map",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
];

const BYTES_METHODS: &[&str] = &[
    "capitalize",
    "center",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "find",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
];

const BYTEARRAY_METHODS: &[&str] = &[
    "append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse",
];

/// The text method `name` of `recv`, if modelled.
pub(super) fn method_name(recv: &Value, name: &str) -> Option<&'static str> {
    let find = |list: &[&'static str]| list.iter().find(|m| **m == name).copied();
    match recv {
        Value::Str(_) => find(STR_METHODS),
        Value::Bytes(_) => find(BYTES_METHODS),
        Value::ByteArray(_) => find(BYTES_METHODS).or_else(|| find(BYTEARRAY_METHODS)),
        // The class's method descriptors (`str.upper`), called with the object first.
        Value::Builtin(Builtin::Str) => find(STR_METHODS),
        Value::Builtin(Builtin::Bytes) => find(BYTES_METHODS),
        Value::Builtin(Builtin::ByteArray) => {
            find(BYTES_METHODS).or_else(|| find(BYTEARRAY_METHODS))
        }
        _ => None,
    }
}

/// `_PyEval_SliceIndex`: None, or an int clipped to the ssize_t range.
fn slice_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_int() {
            Some(n) => Ok(Some(n.to_i64().unwrap_or(if n.sign() == Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }))),
            None => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

/// The `(sub[, start[, end]])` arguments of find, count, index, startswith...
fn find_args<'a>(
    args: &'a [Value],
    kwargs: &Kwargs,
    name: &str,
    qual: &str,
) -> PyResult<(&'a Value, Option<i64>, Option<i64>)> {
    no_kwargs(kwargs, qual)?;
    if args.is_empty() || args.len() > 3 {
        // 3.13: Argument Clinic's positional check (gh-117431).
        crate::model::switch::touch(crate::model::switch::Switch::StrMethodsClinic);
        let clinic = crate::model::profile::current().str_methods_clinic;
        return Err(type_error(match (args.is_empty(), clinic) {
            (true, true) => format!("{name} expected at least 1 argument, got 0"),
            (true, false) => format!("{name}() takes at least 1 argument (0 given)"),
            (false, true) => format!("{name} expected at most 3 arguments, got {}", args.len()),
            (false, false) => {
                format!("{name}() takes at most 3 arguments ({} given)", args.len())
            }
        }));
    }
    let start = slice_index(args.get(1))?;
    let end = slice_index(args.get(2))?;
    Ok((&args[0], start, end))
}

fn must_be_str(v: &Value) -> PyResult<Vec<char>> {
    match v {
        Value::Str(s) => Ok(s.chars().collect()),
        other => Err(type_error(format!(
            "must be str, not {}",
            other.type_name()
        ))),
    }
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    contiguous_bytes(v).unwrap_or_else(|| {
        Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        )))
    })
}

/// The needle of bytes' find/count/index: a bytes-like object or a byte value.
fn byte_needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(n) = v.as_int() {
        return u8::try_from(&n)
            .map(|b| vec![b])
            .map_err(|_| value_error("byte must be in range(0, 256)"));
    }
    contiguous_bytes(v).unwrap_or_else(|| {
        Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_name()
        )))
    })
}

fn ssize_arg(v: &Value) -> PyResult<i64> {
    as_ssize_t(&require_index(v)?)
}

fn chars_to_string(c: &[char]) -> String {
    c.iter().collect()
}

/// A receiver's items: the chars of a str, or the bytes of bytes/bytearray.
enum Recv<'a> {
    Str(&'a str, Vec<char>),
    Bytes(std::borrow::Cow<'a, [u8]>, bool),
}

impl Session {
    /// `a % b` with a str, bytes or bytearray on the left: printf-style formatting.
    pub(super) fn percent_op(&self, a: &Value, b: &Value) -> PyResult<Value> {
        let cap = self.config.max_size;
        match a {
            Value::Str(s) => {
                let template: Vec<char> = s.chars().collect();
                let lookup = |m: &Value, k: &Value| self.getitem(m, EvalKey::Index(k.clone()));
                let out = format::percent_format(&template, b, format::Target::Str, cap, &lookup)?;
                Ok(Value::Str(Rc::from(chars_to_string(&out))))
            }
            Value::Bytes(_) | Value::ByteArray(_) => {
                let data = contiguous_bytes(a).unwrap_or_else(|| Ok(Vec::new()))?;
                let template: Vec<char> = data.iter().map(|&b| b as char).collect();
                let lookup = |m: &Value, k: &Value| self.getitem(m, EvalKey::Index(k.clone()));
                let out =
                    format::percent_format(&template, b, format::Target::Bytes, cap, &lookup)?;
                // Every char of a bytes result is below 256: a byte each.
                let bytes: Vec<u8> = out.into_iter().map(|c| c as u32 as u8).collect();
                Ok(if matches!(a, Value::ByteArray(_)) {
                    Value::ByteArray(ByteArray::new(bytes))
                } else {
                    Value::bytes(bytes)
                })
            }
            _ => Err(type_error(format!(
                "unsupported operand type(s) for %: '{}' and '{}'",
                a.type_name(),
                b.type_name()
            ))),
        }
    }

    fn check_items(&self, items: u128, unit: u128) -> PyResult<()> {
        if items.saturating_mul(unit) > self.config.max_size as u128 {
            Err(memory_error())
        } else {
            Ok(())
        }
    }

    pub(super) fn call_text_method(
        &mut self,
        recv: &Value,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if let Value::Builtin(class) = recv {
            let cname = class.class_name().unwrap_or("str");
            let mut args = args;
            if args.is_empty() {
                return Err(type_error(format!(
                    "unbound method {cname}.{name}() needs an argument"
                )));
            }
            let obj = args.remove(0);
            if obj.type_name() != cname {
                return Err(type_error(format!(
                    "descriptor '{name}' for '{cname}' objects doesn't apply to a '{}' object",
                    obj.type_name()
                )));
            }
            return self.call_text_method(&obj, name, args, kwargs);
        }
        if let Value::ByteArray(ba) = recv
            && BYTEARRAY_METHODS.contains(&name)
        {
            return self.call_bytearray_mutator(ba, name, args, kwargs);
        }
        let r = match recv {
            Value::Str(s) => Recv::Str(s, s.chars().collect()),
            Value::Bytes(b) => Recv::Bytes(std::borrow::Cow::Borrowed(b), false),
            Value::ByteArray(b) => {
                Recv::Bytes(std::borrow::Cow::Owned(b.data.borrow().clone()), true)
            }
            other => {
                return Err(crate::model::error::unsupported(format!(
                    "the method '{name}' of {}",
                    other.type_name()
                )));
            }
        };
        let tname = recv.type_name();
        let qual = format!("{tname}.{name}");
        match r {
            Recv::Str(s, c) => self.str_method(s, &c, name, &qual, args, kwargs),
            Recv::Bytes(d, array) => self.bytes_method(&d, array, name, &qual, args, kwargs),
        }
    }

    fn str_method(
        &mut self,
        s: &str,
        c: &[char],
        name: &'static str,
        qual: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let st = |x: String| Value::Str(Rc::from(x));
        let sl = |r: (usize, usize)| Value::str(&chars_to_string(&c[r.0..r.1]));
        let pred = |f: fn(char) -> bool| Value::Bool(!c.is_empty() && c.iter().all(|&x| f(x)));
        match name {
            "upper" | "lower" | "title" | "capitalize" | "swapcase" | "casefold" | "isalnum"
            | "isalpha" | "isascii" | "isdecimal" | "isdigit" | "isidentifier" | "islower"
            | "isnumeric" | "isprintable" | "isspace" | "istitle" | "isupper" => {
                no_args(&args, &kwargs, qual)?;
                self.check_items(c.len() as u128, 4)?;
                Ok(match name {
                    "upper" => st(t::upper(c)),
                    "lower" => st(t::lower(c)),
                    "title" => st(t::title(c)),
                    "capitalize" => st(t::capitalize(c)),
                    "swapcase" => st(t::swapcase(c)),
                    "casefold" => st(t::casefold(c)),
                    "isalnum" => pred(t::is_alnum),
                    "isalpha" => pred(t::is_alpha),
                    "isascii" => Value::Bool(s.is_ascii()),
                    "isdecimal" => pred(t::is_decimal),
                    "isdigit" => pred(t::is_digit),
                    "isnumeric" => pred(t::is_numeric),
                    "isspace" => pred(t::is_space),
                    "isprintable" => {
                        Value::Bool(c.iter().all(|&x| crate::model::repr::is_printable(x)))
                    }
                    "isidentifier" => Value::Bool(t::is_identifier(c)),
                    "istitle" => Value::Bool(t::istitle(c)),
                    "islower" => Value::Bool(t::iscase(c, false)),
                    _ => Value::Bool(t::iscase(c, true)),
                })
            }
            "encode" => {
                let a = unpack("encode", &["encoding", "errors"], 0, args, kwargs)?;
                let (enc, errors) = codec_args("encode", &a)?;
                self.check_items(codec::encoded_len_bound(s, &enc, &errors), 1)?;
                let data = codec::encode(s, &enc, &errors)?;
                Ok(Value::bytes(data))
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                let (sub, start, end) = find_args(&args, &kwargs, name, qual)?;
                if !matches!(sub, Value::Str(_)) {
                    // 3.13's Argument Clinic names the method and the argument.
                    crate::model::switch::touch(crate::model::switch::Switch::StrMethodsClinic);
                    if crate::model::profile::current().str_methods_clinic {
                        return Err(type_error(format!(
                            "{name}() argument 1 must be str, not {}",
                            arg_type_name(sub)
                        )));
                    }
                }
                let sub = must_be_str(sub)?;
                let (a, b) = t::adjust(start, end, c.len());
                if name == "count" {
                    return Ok(Value::int(t::count(c, &sub, a, b)));
                }
                let found = if name.starts_with('r') {
                    t::rfind(c, &sub, a, b)
                } else {
                    t::find(c, &sub, a, b)
                };
                match found {
                    Some(i) => Ok(Value::int(i)),
                    None if name.ends_with("index") => Err(value_error("substring not found")),
                    None => Ok(Value::int(-1)),
                }
            }
            "startswith" | "endswith" => {
                let (sub, start, end) = find_args(&args, &kwargs, name, qual)?;
                let at_end = name == "endswith";
                match sub {
                    Value::Tuple(items) => {
                        for item in items.iter() {
                            let Value::Str(p) = item else {
                                return Err(type_error(format!(
                                    "tuple for {name} must only contain str, not {}",
                                    item.type_name()
                                )));
                            };
                            let p: Vec<char> = p.chars().collect();
                            if t::tailmatch(c, &p, start, end, at_end) {
                                return Ok(Value::Bool(true));
                            }
                        }
                        Ok(Value::Bool(false))
                    }
                    Value::Str(p) => {
                        let p: Vec<char> = p.chars().collect();
                        Ok(Value::Bool(t::tailmatch(c, &p, start, end, at_end)))
                    }
                    other => Err(type_error(format!(
                        "{name} first arg must be str or a tuple of str, not {}",
                        other.type_name()
                    ))),
                }
            }
            "split" | "rsplit" => {
                let a = unpack(name, &["sep", "maxsplit"], 0, args, kwargs)?;
                let maxsplit = match &a[1] {
                    Some(m) => ssize_arg(m)?,
                    None => -1,
                };
                let sep = match &a[0] {
                    None | Some(Value::None) => None,
                    Some(Value::Str(x)) => Some(x.chars().collect::<Vec<char>>()),
                    Some(other) => {
                        return Err(type_error(format!(
                            "must be str or None, not {}",
                            other.type_name()
                        )));
                    }
                };
                let parts = match sep {
                    Some(sep) if sep.is_empty() => return Err(value_error("empty separator")),
                    Some(sep) if name == "split" => t::split(c, &sep, maxsplit),
                    Some(sep) => t::rsplit(c, &sep, maxsplit),
                    None if name == "split" => t::split_whitespace(c, t::is_space, maxsplit),
                    None => t::rsplit_whitespace(c, t::is_space, maxsplit),
                };
                Ok(Value::list(parts.into_iter().map(sl).collect()))
            }
            "splitlines" => {
                let keep = splitlines_arg(args, kwargs)?;
                let parts = t::splitlines(c, t::is_line_break, '\r', '\n', keep);
                Ok(Value::list(parts.into_iter().map(sl).collect()))
            }
            "join" => {
                let it = one_arg(&args, &kwargs, qual)?;
                let mut iter = py_iter(it).map_err(|_| type_error("can only join an iterable"))?;
                let mut out = String::new();
                let mut i = 0usize;
                while let Some(item) = iter.next_item()? {
                    let Value::Str(x) = &item else {
                        return Err(type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            item.type_name()
                        )));
                    };
                    if i > 0 {
                        out.push_str(s);
                    }
                    self.check_items((out.len() + x.len()) as u128, 1)?;
                    out.push_str(x);
                    i += 1;
                }
                Ok(st(out))
            }
            "strip" | "lstrip" | "rstrip" => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 0, 1)?;
                let chars: Option<Vec<char>> = match args.first() {
                    None | Some(Value::None) => None,
                    Some(Value::Str(x)) => Some(x.chars().collect()),
                    Some(_) => {
                        return Err(type_error(format!("{name} arg must be None or str")));
                    }
                };
                let (l, r) = (name != "rstrip", name != "lstrip");
                let range = match &chars {
                    None => t::strip_range(c, t::is_space, l, r),
                    Some(set) => t::strip_range(c, |x| set.contains(&x), l, r),
                };
                Ok(sl(range))
            }
            "replace" => {
                // 3.13 (gh-106487): `count` may be a keyword, and Argument Clinic words
                // the counts.
                crate::model::switch::touch(crate::model::switch::Switch::StrMethodsClinic);
                let mut args = args;
                if crate::model::profile::current().str_methods_clinic {
                    let mut rest = Vec::new();
                    let mut count = None;
                    for (k, v) in kwargs {
                        if &*k == "count" && count.is_none() {
                            count = Some(v);
                        } else {
                            rest.push((k, v));
                        }
                    }
                    if !rest.is_empty() {
                        let keys: Kwargs = rest;
                        no_kwargs(&keys, qual)?;
                    }
                    let total = args.len() + usize::from(count.is_some());
                    if args.len() < 2 {
                        return Err(type_error(format!(
                            "replace() takes at least 2 positional arguments ({} given)",
                            args.len()
                        )));
                    }
                    if total > 3 {
                        return Err(type_error(format!(
                            "replace() takes at most 3 arguments ({total} given)"
                        )));
                    }
                    args.extend(count);
                } else {
                    no_kwargs(&kwargs, qual)?;
                    positional(&args, name, 2, 3)?;
                }
                let arg = |i: usize| -> PyResult<Vec<char>> {
                    match &args[i] {
                        Value::Str(x) => Ok(x.chars().collect()),
                        other => Err(type_error(format!(
                            "replace() argument {} must be str, not {}",
                            i + 1,
                            arg_type_name(other)
                        ))),
                    }
                };
                let old = arg(0)?;
                let new = arg(1)?;
                let count = match args.get(2) {
                    Some(n) => ssize_arg(n)?,
                    None => -1,
                };
                self.check_items(t::replace_len(c, &old, new.len(), count), 4)?;
                Ok(st(chars_to_string(&t::replace(c, &old, &new, count))))
            }
            "zfill" => {
                let w = ssize_arg(one_arg(&args, &kwargs, qual)?)?;
                let w = w.max(0) as u128;
                self.check_items(w, 4)?;
                Ok(st(chars_to_string(&t::zfill(c, w as usize, '0', '+', '-'))))
            }
            "ljust" | "rjust" | "center" => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 1, 2)?;
                let w = ssize_arg(&args[0])?;
                let fill = match args.get(1) {
                    None => ' ',
                    Some(Value::Str(f)) => {
                        let mut it = f.chars();
                        match (it.next(), it.next()) {
                            (Some(ch), None) => ch,
                            _ => {
                                return Err(type_error(
                                    "The fill character must be exactly one character long",
                                ));
                            }
                        }
                    }
                    Some(other) => {
                        return Err(type_error(format!(
                            "The fill character must be a unicode character, not {}",
                            other.type_name()
                        )));
                    }
                };
                let w = w.max(0) as u128;
                self.check_items(w, 4)?;
                let how = match name {
                    "ljust" => '<',
                    "rjust" => '>',
                    _ => '^',
                };
                let (l, r) = t::pad_amounts(c.len(), w as usize, how);
                let mut out = String::new();
                out.try_reserve_exact(s.len() + (l + r) * fill.len_utf8())
                    .map_err(|_| memory_error())?;
                out.extend(std::iter::repeat_n(fill, l));
                out.push_str(s);
                out.extend(std::iter::repeat_n(fill, r));
                Ok(st(out))
            }
            "partition" | "rpartition" => {
                let sep = must_be_str(one_arg(&args, &kwargs, qual)?)?;
                if sep.is_empty() {
                    return Err(value_error("empty separator"));
                }
                let n = c.len();
                let parts = if name == "partition" {
                    match t::find(c, &sep, 0, n) {
                        Some(i) => [(0, i), (i, i + sep.len()), (i + sep.len(), n)],
                        None => [(0, n), (n, n), (n, n)],
                    }
                } else {
                    match t::rfind(c, &sep, 0, n) {
                        Some(i) => [(0, i), (i, i + sep.len()), (i + sep.len(), n)],
                        None => [(0, 0), (0, 0), (0, n)],
                    }
                };
                Ok(Value::tuple(parts.into_iter().map(sl).collect()))
            }
            "removeprefix" | "removesuffix" => {
                let a = one_arg(&args, &kwargs, qual)?;
                let Value::Str(p) = a else {
                    return Err(type_error(format!(
                        "{name}() argument must be str, not {}",
                        arg_type_name(a)
                    )));
                };
                let out = if name == "removeprefix" {
                    s.strip_prefix(&**p).unwrap_or(s)
                } else {
                    s.strip_suffix(&**p).unwrap_or(s)
                };
                Ok(Value::str(out))
            }
            "expandtabs" => {
                let tabsize = expandtabs_arg(args, kwargs)?;
                let cap = self.config.max_size / 4;
                let out = t::expandtabs(c, tabsize, '\t', '\n', '\r', ' ', cap)
                    .ok_or_else(memory_error)?;
                Ok(st(chars_to_string(&out)))
            }
            "format" => {
                let text = format::str_format(s, &args, &kwargs, self.config.max_size)?;
                Ok(st(text))
            }
            "format_map" => {
                let mapping = one_arg(&args, &kwargs, "str.format_map")?;
                let lookup = |m: &Value, k: &Value| self.getitem(m, EvalKey::Index(k.clone()));
                let text = format::str_format_map(s, mapping, &lookup, self.config.max_size)?;
                Ok(st(text))
            }
            _ => Err(crate::model::error::unsupported(format!(
                "the method str.{name}"
            ))),
        }
    }

    fn bytes_method(
        &mut self,
        d: &[u8],
        array: bool,
        name: &'static str,
        qual: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let wrap = |v: Vec<u8>| {
            if array {
                Value::ByteArray(ByteArray::new(v))
            } else {
                Value::bytes(v)
            }
        };
        let sl = |r: (usize, usize)| wrap(d[r.0..r.1].to_vec());
        let pred = |f: fn(&u8) -> bool| Value::Bool(!d.is_empty() && d.iter().all(f));
        match name {
            "upper" | "lower" | "title" | "capitalize" | "swapcase" | "isalnum" | "isalpha"
            | "isascii" | "isdigit" | "islower" | "isspace" | "istitle" | "isupper" => {
                no_args(&args, &kwargs, qual)?;
                Ok(match name {
                    "upper" => wrap(d.to_ascii_uppercase()),
                    "lower" => wrap(d.to_ascii_lowercase()),
                    "title" => wrap(t::bytes_title(d)),
                    "capitalize" => wrap(t::bytes_capitalize(d)),
                    "swapcase" => wrap(t::bytes_swapcase(d)),
                    "isalnum" => pred(u8::is_ascii_alphanumeric),
                    "isalpha" => pred(u8::is_ascii_alphabetic),
                    "isascii" => Value::Bool(d.is_ascii()),
                    "isdigit" => pred(u8::is_ascii_digit),
                    "isspace" => pred(|b| t::is_byte_space(*b)),
                    "istitle" => Value::Bool(t::bytes_istitle(d)),
                    "islower" => Value::Bool(
                        d.iter().any(u8::is_ascii_lowercase)
                            && !d.iter().any(u8::is_ascii_uppercase),
                    ),
                    _ => Value::Bool(
                        d.iter().any(u8::is_ascii_uppercase)
                            && !d.iter().any(u8::is_ascii_lowercase),
                    ),
                })
            }
            "decode" => {
                let a = unpack("decode", &["encoding", "errors"], 0, args, kwargs)?;
                let (enc, errors) = codec_args("decode", &a)?;
                self.check_items(codec::decoded_len_bound(d, &enc, &errors), 1)?;
                let text = codec::decode(d, &enc, &errors)?;
                Ok(Value::Str(Rc::from(text)))
            }
            "hex" => {
                let a = unpack("hex", &["sep", "bytes_per_sep"], 0, args, kwargs)?;
                let per = match &a[1] {
                    Some(p) => as_c_int(&require_index(p)?)? as i64,
                    None => 1,
                };
                let sep = match &a[0] {
                    None => None,
                    Some(sep) => Some(hex_sep(sep)?),
                };
                self.check_items(d.len() as u128, 3)?;
                Ok(Value::str(&crate::model::view::hex_with_sep(d, sep, per)))
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                let (sub, start, end) = find_args(&args, &kwargs, name, qual)?;
                let sub = byte_needle(sub)?;
                let (a, b) = t::adjust(start, end, d.len());
                if name == "count" {
                    return Ok(Value::int(t::count(d, &sub, a, b)));
                }
                let found = if name.starts_with('r') {
                    t::rfind(d, &sub, a, b)
                } else {
                    t::find(d, &sub, a, b)
                };
                match found {
                    Some(i) => Ok(Value::int(i)),
                    None if name.ends_with("index") => Err(value_error("subsection not found")),
                    None => Ok(Value::int(-1)),
                }
            }
            "startswith" | "endswith" => {
                let (sub, start, end) = find_args(&args, &kwargs, name, qual)?;
                let at_end = name == "endswith";
                match sub {
                    Value::Tuple(items) => {
                        for item in items.iter() {
                            let p = bytes_arg(item)?;
                            if t::tailmatch(d, &p, start, end, at_end) {
                                return Ok(Value::Bool(true));
                            }
                        }
                        Ok(Value::Bool(false))
                    }
                    other => match contiguous_bytes(other) {
                        Some(p) => Ok(Value::Bool(t::tailmatch(d, &p?, start, end, at_end))),
                        None => Err(type_error(format!(
                            "{name} first arg must be bytes or a tuple of bytes, not {}",
                            other.type_name()
                        ))),
                    },
                }
            }
            "split" | "rsplit" => {
                let a = unpack(name, &["sep", "maxsplit"], 0, args, kwargs)?;
                let maxsplit = match &a[1] {
                    Some(m) => ssize_arg(m)?,
                    None => -1,
                };
                let sep = match &a[0] {
                    None | Some(Value::None) => None,
                    Some(x) => Some(bytes_arg(x)?),
                };
                let space = |b: u8| t::is_byte_space(b);
                let parts = match sep {
                    Some(sep) if sep.is_empty() => return Err(value_error("empty separator")),
                    Some(sep) if name == "split" => t::split(d, &sep, maxsplit),
                    Some(sep) => t::rsplit(d, &sep, maxsplit),
                    None if name == "split" => t::split_whitespace(d, space, maxsplit),
                    None => t::rsplit_whitespace(d, space, maxsplit),
                };
                Ok(Value::list(parts.into_iter().map(sl).collect()))
            }
            "splitlines" => {
                let keep = splitlines_arg(args, kwargs)?;
                let parts = t::splitlines(d, |b| b == b'\n' || b == b'\r', b'\r', b'\n', keep);
                Ok(Value::list(parts.into_iter().map(sl).collect()))
            }
            "join" => {
                let it = one_arg(&args, &kwargs, qual)?;
                let mut iter = py_iter(it).map_err(|_| type_error("can only join an iterable"))?;
                let mut out = Vec::new();
                let mut i = 0usize;
                while let Some(item) = iter.next_item()? {
                    let Some(x) = contiguous_bytes(&item) else {
                        return Err(type_error(format!(
                            "sequence item {i}: expected a bytes-like object, {} found",
                            item.type_name()
                        )));
                    };
                    let x = x?;
                    if i > 0 {
                        out.extend_from_slice(d);
                    }
                    self.check_items((out.len() + x.len()) as u128, 1)?;
                    out.extend_from_slice(&x);
                    i += 1;
                }
                Ok(wrap(out))
            }
            "strip" | "lstrip" | "rstrip" => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 0, 1)?;
                let set: Option<Vec<u8>> = match args.first() {
                    None | Some(Value::None) => None,
                    Some(x) => Some(bytes_arg(x)?),
                };
                let (l, r) = (name != "rstrip", name != "lstrip");
                let range = match &set {
                    None => t::strip_range(d, t::is_byte_space, l, r),
                    Some(set) => t::strip_range(d, |x| set.contains(&x), l, r),
                };
                Ok(sl(range))
            }
            "replace" => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 2, 3)?;
                let old = bytes_arg(&args[0])?;
                let new = bytes_arg(&args[1])?;
                let count = match args.get(2) {
                    Some(n) => ssize_arg(n)?,
                    None => -1,
                };
                self.check_items(t::replace_len(d, &old, new.len(), count), 1)?;
                Ok(wrap(t::replace(d, &old, &new, count)))
            }
            "zfill" => {
                let w = ssize_arg(one_arg(&args, &kwargs, qual)?)?;
                let w = w.max(0) as u128;
                self.check_items(w, 1)?;
                Ok(wrap(t::zfill(d, w as usize, b'0', b'+', b'-')))
            }
            "ljust" | "rjust" | "center" => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 1, 2)?;
                let w = ssize_arg(&args[0])?;
                let fill = match args.get(1) {
                    None => b' ',
                    Some(Value::Bytes(f)) if f.len() == 1 => f[0],
                    Some(Value::ByteArray(f)) if f.data.borrow().len() == 1 => f.data.borrow()[0],
                    Some(other) => {
                        return Err(type_error(format!(
                            "{name}() argument 2 must be a byte string of length 1, not {}",
                            arg_type_name(other)
                        )));
                    }
                };
                let w = w.max(0) as u128;
                self.check_items(w, 1)?;
                let how = match name {
                    "ljust" => '<',
                    "rjust" => '>',
                    _ => '^',
                };
                let (l, r) = t::pad_amounts(d.len(), w as usize, how);
                let mut out = Vec::with_capacity(d.len() + l + r);
                out.extend(std::iter::repeat_n(fill, l));
                out.extend_from_slice(d);
                out.extend(std::iter::repeat_n(fill, r));
                Ok(wrap(out))
            }
            "partition" | "rpartition" => {
                let sep_obj = one_arg(&args, &kwargs, qual)?;
                let sep = bytes_arg(sep_obj)?;
                if sep.is_empty() {
                    return Err(value_error("empty separator"));
                }
                let n = d.len();
                let found = if name == "partition" {
                    t::find(d, &sep, 0, n)
                } else {
                    t::rfind(d, &sep, 0, n)
                };
                let parts = match found {
                    Some(i) => [(0, i), (i, i + sep.len()), (i + sep.len(), n)],
                    None if name == "partition" => [(0, n), (n, n), (n, n)],
                    None => [(0, 0), (0, 0), (0, n)],
                };
                let mut items: Vec<Value> = parts.into_iter().map(sl).collect();
                // bytes.partition hands back the separator object itself when it is found.
                if !array && found.is_some() {
                    items[1] = sep_obj.clone();
                }
                Ok(Value::tuple(items))
            }
            "removeprefix" | "removesuffix" => {
                let p = bytes_arg(one_arg(&args, &kwargs, qual)?)?;
                let out = if name == "removeprefix" {
                    d.strip_prefix(&p[..]).unwrap_or(d)
                } else {
                    d.strip_suffix(&p[..]).unwrap_or(d)
                };
                Ok(wrap(out.to_vec()))
            }
            "expandtabs" => {
                let tabsize = expandtabs_arg(args, kwargs)?;
                let out =
                    t::expandtabs(d, tabsize, b'\t', b'\n', b'\r', b' ', self.config.max_size)
                        .ok_or_else(memory_error)?;
                Ok(wrap(out))
            }
            _ => Err(crate::model::error::unsupported(format!(
                "the method bytes.{name}"
            ))),
        }
    }

    /// The methods that change a bytearray in place.
    fn call_bytearray_mutator(
        &mut self,
        ba: &Rc<ByteArray>,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let qual = format!("bytearray.{name}");
        let exported = || ba.exports.get() > 0;
        match name {
            "append" => {
                let b = byte_value(one_arg(&args, &kwargs, &qual)?)?;
                if exported() {
                    return Err(exports_error());
                }
                self.check_items(ba.data.borrow().len() as u128 + 1, 1)?;
                ba.data.borrow_mut().push(b);
                Ok(Value::None)
            }
            "extend" => {
                let src = one_arg(&args, &kwargs, &qual)?;
                let data = match contiguous_bytes(src) {
                    Some(d) => d?,
                    None => {
                        if matches!(src, Value::Str(_)) {
                            crate::model::switch::touch(
                                crate::model::switch::Switch::BytearrayExtendStr,
                            );
                            if crate::model::profile::current().bytearray_extend_str {
                                return Err(type_error(
                                    "expected iterable of integers; got: 'str'",
                                ));
                            }
                        }
                        let mut it = py_iter(src).map_err(|_| {
                            type_error(format!("can't extend bytearray with {}", src.type_name()))
                        })?;
                        let mut out = Vec::new();
                        while let Some(x) = it.next_item()? {
                            out.push(byte_value(&x)?);
                        }
                        out
                    }
                };
                if data.is_empty() {
                    return Ok(Value::None);
                }
                if exported() {
                    return Err(exports_error());
                }
                self.check_items(ba.data.borrow().len() as u128 + data.len() as u128, 1)?;
                ba.data.borrow_mut().extend_from_slice(&data);
                Ok(Value::None)
            }
            "pop" => {
                no_kwargs(&kwargs, &qual)?;
                positional(&args, name, 0, 1)?;
                let index = match args.first() {
                    Some(i) => ssize_arg(i)?,
                    None => -1,
                };
                let n = ba.data.borrow().len() as i64;
                if n == 0 {
                    return Err(index_error("pop from empty bytearray"));
                }
                let i = if index < 0 { index + n } else { index };
                if i < 0 || i >= n {
                    return Err(index_error("pop index out of range"));
                }
                if exported() {
                    return Err(exports_error());
                }
                let b = ba.data.borrow_mut().remove(i as usize);
                Ok(Value::int(b))
            }
            "insert" => {
                no_kwargs(&kwargs, &qual)?;
                positional(&args, name, 2, 2)?;
                let index = ssize_arg(&args[0])?;
                let b = byte_value(&args[1])?;
                if exported() {
                    return Err(exports_error());
                }
                let n = ba.data.borrow().len() as i64;
                self.check_items(n as u128 + 1, 1)?;
                let i = if index < 0 {
                    (index + n).max(0)
                } else {
                    index.min(n)
                };
                ba.data.borrow_mut().insert(i as usize, b);
                Ok(Value::None)
            }
            "remove" => {
                let b = byte_value(one_arg(&args, &kwargs, &qual)?)?;
                let pos = ba.data.borrow().iter().position(|&x| x == b);
                let Some(pos) = pos else {
                    return Err(value_error("value not found in bytearray"));
                };
                if exported() {
                    return Err(exports_error());
                }
                ba.data.borrow_mut().remove(pos);
                Ok(Value::None)
            }
            "clear" => {
                no_args(&args, &kwargs, &qual)?;
                if ba.data.borrow().is_empty() {
                    return Ok(Value::None);
                }
                if exported() {
                    return Err(exports_error());
                }
                ba.data.borrow_mut().clear();
                Ok(Value::None)
            }
            "reverse" => {
                no_args(&args, &kwargs, &qual)?;
                ba.data.borrow_mut().reverse();
                Ok(Value::None)
            }
            _ => {
                no_args(&args, &kwargs, &qual)?;
                Ok(Value::ByteArray(ByteArray::new(ba.data.borrow().clone())))
            }
        }
    }
}

/// The `encoding` and `errors` arguments of encode/decode.
fn codec_args(fname: &str, a: &[Option<Value>]) -> PyResult<(String, String)> {
    let get = |i: usize, pname: &str, default: &str| -> PyResult<String> {
        match &a[i] {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => {
                if s.contains('\0') {
                    return Err(value_error("embedded null character"));
                }
                Ok(s.to_string())
            }
            Some(other) => Err(type_error(format!(
                "{fname}() argument '{pname}' must be str, not {}",
                arg_type_name(other)
            ))),
        }
    };
    Ok((get(0, "encoding", "utf-8")?, get(1, "errors", "strict")?))
}

fn splitlines_arg(args: Vec<Value>, kwargs: Kwargs) -> PyResult<bool> {
    let a = unpack("splitlines", &["keepends"], 0, args, kwargs)?;
    Ok(match &a[0] {
        Some(k) => as_c_int(&require_index(k)?)? != 0,
        None => false,
    })
}

fn expandtabs_arg(args: Vec<Value>, kwargs: Kwargs) -> PyResult<i64> {
    let a = unpack("expandtabs", &["tabsize"], 0, args, kwargs)?;
    Ok(match &a[0] {
        Some(k) => as_c_int(&require_index(k)?)? as i64,
        None => 8,
    })
}
