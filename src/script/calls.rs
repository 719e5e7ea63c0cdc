//! Calls: builtins, the BytesIO class, and methods of streams and views, with CPython's
//! argument checks and messages.

use std::rc::Rc;

use crate::model::error::{PyResult, type_error, unsupported, value_error};
use crate::model::repr::{try_repr, try_str};
use crate::model::stream::Stream;
use crate::model::value::{
    Builtin, ByteArray, Value, any_buffer_bytes, as_c_int, as_ssize_t, optional_size, require_index,
};
use crate::model::view::{Family, Source, View};

use super::ops::{byte_value, py_iter};
use super::session::Session;

type Kwargs = Vec<(Rc<str>, Value)>;

/// `isinstance(x, classes)`: classes is a class or a tuple of them (nested tuples too),
/// checked left to right, stopping at the first match.
fn is_instance(x: &Value, classes: &Value) -> PyResult<bool> {
    if let Value::Tuple(t) = classes {
        for c in t.iter() {
            if is_instance(x, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Value::ExcClass(c) = classes {
        return Ok(matches!(x, Value::Exception(e) if e.ty.is_subclass_of(*c)));
    }
    let Some(name) = classes.as_class_name() else {
        return Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    };
    let t = x.type_name();
    Ok(t == name || (t == "bool" && name == "int"))
}

/// How the app names a stream method that raised (`close()`).
fn stream_operation(name: &str) -> &'static str {
    match name {
        "write" => "write()",
        "writelines" => "writelines()",
        "truncate" => "truncate()",
        "close" => "close()",
        _ => "this operation",
    }
}

/// How Argument Clinic's "must be X, not T" messages name a value's type: `None` for None.
pub(super) fn arg_type_name(v: &Value) -> &'static str {
    if v.is_none() { "None" } else { v.type_name() }
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A method that takes no keyword arguments (`BytesIO.read() takes no keyword arguments`).
pub(super) fn no_kwargs(kwargs: &Kwargs, qualname: &str) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{}() takes no keyword arguments",
            keyword_call_name(qualname)
        )))
    }
}

/// The name a method called with keywords has in its error. From 3.11 the call goes
/// through the method's descriptor: its qualified name (`str.find`, `_IOBase.fileno`).
/// Before, through a bound method: a METH_VARARGS method's bare name (`find`), another's
/// receiver type and name (`BytesIO.fileno`).
fn keyword_call_name(qualname: &str) -> std::borrow::Cow<'_, str> {
    let Some((class, name)) = qualname.split_once('.') else {
        return qualname.into();
    };
    let bytesio_base = matches!(class, "_IOBase" | "_BufferedIOBase");
    let varargs = matches!(class, "str" | "bytes" | "bytearray")
        && matches!(
            name,
            "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith"
        );
    if !bytesio_base && !varargs {
        return qualname.into();
    }
    crate::model::switch::touch(crate::model::switch::Switch::KeywordMethodCallUnbound);
    if crate::model::profile::current().keyword_method_call_unbound {
        qualname.into()
    } else if varargs {
        name.into()
    } else {
        format!("BytesIO.{name}").into()
    }
}

/// METH_NOARGS.
pub(super) fn no_args(args: &[Value], kwargs: &Kwargs, qualname: &str) -> PyResult<()> {
    no_kwargs(kwargs, qualname)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

/// A no-argument method of `_io` that takes its defining class from 3.12 (`getbuffer`,
/// `fileno`): Argument Clinic's `getbuffer() takes no arguments`, which 3.12 says only for
/// positional arguments (it ignores keywords) and 3.13 for keywords too.
pub(super) fn io_clinic_noargs(args: &[Value], kwargs: &Kwargs, qualname: &str) -> PyResult<()> {
    let p = crate::model::profile::current();
    crate::model::switch::touch(crate::model::switch::Switch::IoClinicNoargs);
    if !p.io_clinic_noargs {
        return no_args(args, kwargs, qualname);
    }
    let short = qualname.rsplit('.').next().unwrap_or(qualname);
    if !args.is_empty() || (!kwargs.is_empty() && p.unexpected_keyword) {
        return Err(type_error(format!("{short}() takes no arguments")));
    }
    Ok(())
}

/// METH_O.
pub(super) fn one_arg<'a>(
    args: &'a [Value],
    kwargs: &Kwargs,
    qualname: &str,
) -> PyResult<&'a Value> {
    no_kwargs(kwargs, qualname)?;
    match args {
        [a] => Ok(a),
        _ => Err(type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// `_PyArg_CheckPositional`.
pub(super) fn positional(args: &[Value], name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(type_error(format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(type_error(format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// `_PyArg_UnpackKeywords` for positional-or-keyword parameters, `minpos` of them required.
pub(super) fn unpack(
    fname: &str,
    params: &[&str],
    minpos: usize,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> PyResult<Vec<Option<Value>>> {
    let nargs = args.len();
    let maxargs = params.len();
    let total = nargs + kwargs.len();
    if total > maxargs {
        return Err(type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({total} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs)
        )));
    }
    let mut out: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    out.resize(maxargs, None);
    for (i, p) in params.iter().enumerate().skip(nargs) {
        if let Some((_, v)) = kwargs.iter().find(|(k, _)| &**k == *p) {
            out[i] = Some(v.clone());
        } else if i < minpos {
            return Err(type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    for (i, p) in params.iter().enumerate().take(nargs) {
        if kwargs.iter().any(|(k, _)| &**k == *p) {
            return Err(type_error(format!(
                "argument for {fname}() given by name ('{p}') and position ({})",
                i + 1
            )));
        }
    }
    for (k, _) in &kwargs {
        if !params.contains(&&**k) {
            return Err(type_error(
                crate::model::profile::current().unexpected_keyword_msg(fname, k, params),
            ));
        }
    }
    Ok(out)
}

/// The `readinto` target: a writable, contiguous buffer.
fn writable_len(v: &Value) -> Option<usize> {
    match v {
        Value::ByteArray(b) => Some(b.data.borrow().len()),
        Value::View(view) if !view.is_released() && !view.readonly && view.is_contiguous() => {
            Some(view.nbytes())
        }
        _ => None,
    }
}

impl Session {
    /// A BytesIO method; an error it raises names the operation for the app.
    pub(super) fn call_stream_method(
        &mut self,
        s: &Rc<Stream>,
        name: &'static str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        self.call_stream(s, name, args, kwargs).map_err(|mut e| {
            if e.stream.is_some() {
                e.operation = Some(stream_operation(name));
            }
            e
        })
    }

    pub(super) fn call(&mut self, f: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        match f {
            Value::Builtin(b) => self.call_builtin(*b, args, kwargs),
            Value::Method(m) => match &m.recv {
                Value::Stream(s) => self.call_stream_method(s, m.name, args, kwargs),
                Value::View(v) => self.call_view(v, m.name, args, kwargs),
                recv => match self.call_value_method(recv, m.name, args, kwargs) {
                    Some(r) => r,
                    None => Err(unsupported(format!("the method '{}'", m.name))),
                },
            },
            Value::Function(func) => self.call_function(func, args, kwargs),
            Value::ExcClass(t) => {
                if !kwargs.is_empty() {
                    return Err(type_error(format!(
                        "{}() takes no keyword arguments",
                        t.name()
                    )));
                }
                let e = super::eval::new_exception(*t, args)?;
                Ok(Value::Exception(Rc::new(e)))
            }
            // A getbuffer() view's `obj` has a type without a constructor.
            Value::Type(name) if *name == "_io._BytesIOBuffer" => {
                Err(type_error("cannot create '_io._BytesIOBuffer' instances"))
            }
            Value::Type(name) => self.call_class(name, args, kwargs),
            other => Err(type_error(format!(
                "'{}' object is not callable",
                other.type_name()
            ))),
        }
    }

    fn call_builtin(&mut self, b: Builtin, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        match b {
            Builtin::Print => self.print(args, kwargs),
            Builtin::Len => {
                let x = one_arg(&args, &kwargs, "len")?;
                let n = match x {
                    Value::Bytes(b) => b.len(),
                    Value::ByteArray(b) => b.data.borrow().len(),
                    Value::Str(s) => s.chars().count(),
                    Value::List(l) => l.borrow().len(),
                    Value::Tuple(t) => t.len(),
                    Value::View(v) => {
                        v.check()?;
                        v.len
                    }
                    Value::Dict(d) | Value::DictView(d, _) | Value::Set(d) => d.len(),
                    Value::Range(r) => return Ok(Value::int(r.len_ssize()?)),
                    other => {
                        return Err(type_error(format!(
                            "object of type '{}' has no len()",
                            other.type_name()
                        )));
                    }
                };
                Ok(Value::int(n))
            }
            Builtin::Bytes => {
                let a = unpack("bytes", &["source", "encoding", "errors"], 0, args, kwargs)?;
                self.make_bytes(&a, false)
            }
            Builtin::ByteArray => {
                let a = unpack(
                    "bytearray",
                    &["source", "encoding", "errors"],
                    0,
                    args,
                    kwargs,
                )?;
                self.make_bytes(&a, true)
            }
            Builtin::MemoryView => {
                let a = unpack("memoryview", &["object"], 1, args, kwargs)?;
                let obj = a.into_iter().next().flatten().unwrap_or(Value::None);
                let view = match &obj {
                    Value::Bytes(b) => {
                        View::new_root(Family::new(Source::Bytes(b.clone()), self.origin()), true)
                    }
                    Value::ByteArray(b) => View::new_root(
                        Family::new(Source::ByteArray(b.clone()), self.origin()),
                        false,
                    ),
                    Value::View(v) => v.derive()?,
                    Value::BytesIOBuffer(o) => {
                        View::new_root(Family::of_buffer_obj(o, self.origin())?, false)
                    }
                    other => {
                        return Err(type_error(format!(
                            "memoryview: a bytes-like object is required, not '{}'",
                            other.type_name()
                        )));
                    }
                };
                Ok(Value::View(view))
            }
            Builtin::BytesIO => {
                let a = unpack("BytesIO", &["initial_bytes"], 0, args, kwargs)?;
                let init = a.into_iter().next().flatten().unwrap_or(Value::None);
                let stream = self.new_stream(Vec::new());
                if !init.is_none() {
                    // As CPython's __init__: write the initial bytes, then rewind. The write
                    // stays in the journal: it is how a timeline learns the stream's content.
                    stream.write(&init)?;
                    stream.restore(0, false);
                }
                Ok(Value::Stream(stream))
            }
            Builtin::Type => {
                if args.len() == 1 {
                    no_kwargs(&kwargs, "type")?;
                }
                match args.as_slice() {
                    [x] => Ok(x.class()),
                    [_, _, _] => Err(unsupported("type() with three arguments")),
                    _ => Err(type_error("type() takes 1 or 3 arguments")),
                }
            }
            Builtin::IsInstance => {
                no_kwargs(&kwargs, "isinstance")?;
                positional(&args, "isinstance", 2, 2)?;
                Ok(Value::Bool(is_instance(&args[0], &args[1])?))
            }
            Builtin::Repr => {
                let x = one_arg(&args, &kwargs, "repr")?;
                Ok(Value::str(&try_repr(x)?))
            }
            Builtin::Str => {
                let a = unpack("str", &["object", "encoding", "errors"], 0, args, kwargs)?;
                match (&a[0], &a[1], &a[2]) {
                    (None, _, _) => Ok(Value::str("")),
                    (Some(x), None, None) => Ok(Value::str(&try_str(x)?)),
                    (Some(x), enc, err) => {
                        let text_arg =
                            |v: &Option<Value>, what: &str| -> PyResult<Option<Rc<str>>> {
                                match v {
                                    None => Ok(None),
                                    Some(Value::Str(s)) => Ok(Some(s.clone())),
                                    Some(other) => Err(type_error(format!(
                                        "str() argument '{what}' must be str, not {}",
                                        arg_type_name(other)
                                    ))),
                                }
                            };
                        let enc = text_arg(enc, "encoding")?;
                        let err = text_arg(err, "errors")?;
                        if let Value::Str(_) = x {
                            return Err(type_error("decoding str is not supported"));
                        }
                        let Some(data) = crate::model::value::contiguous_bytes(x) else {
                            return Err(type_error(format!(
                                "decoding to str: need a bytes-like object, {} found",
                                x.type_name()
                            )));
                        };
                        let text = crate::model::codec::decode(
                            &data?,
                            enc.as_deref().unwrap_or("utf-8"),
                            err.as_deref().unwrap_or("strict"),
                        )?;
                        Ok(Value::Str(Rc::from(text)))
                    }
                }
            }
            Builtin::List => {
                no_kwargs(&kwargs, "list")?;
                if args.len() > 1 {
                    return Err(type_error(format!(
                        "list expected at most 1 argument, got {}",
                        args.len()
                    )));
                }
                let items = match args.first() {
                    Some(x) => self.collect_items(x)?,
                    None => Vec::new(),
                };
                Ok(Value::list(items))
            }
            Builtin::Iter => {
                no_kwargs(&kwargs, "iter")?;
                match args.as_slice() {
                    [] => Err(type_error("iter expected at least 1 argument, got 0")),
                    [x] => self.iter_value(x),
                    [_, _] => Err(unsupported("iter() with a sentinel")),
                    more => Err(type_error(format!(
                        "iter expected at most 2 arguments, got {}",
                        more.len()
                    ))),
                }
            }
            Builtin::Next => {
                no_kwargs(&kwargs, "next")?;
                match args.as_slice() {
                    [] => Err(type_error("next expected at least 1 argument, got 0")),
                    [x] => self.next_value(x, None),
                    [x, d] => self.next_value(x, Some(d.clone())),
                    more => Err(type_error(format!(
                        "next expected at most 2 arguments, got {}",
                        more.len()
                    ))),
                }
            }
            Builtin::Enumerate => {
                let a = unpack("enumerate", &["iterable", "start"], 0, args, kwargs)?;
                let Some(it) = &a[0] else {
                    return Err(type_error(
                        "enumerate() missing required argument 'iterable'",
                    ));
                };
                let start = match &a[1] {
                    Some(s) => require_index(s)?,
                    None => num_bigint::BigInt::from(0),
                };
                self.make_enumerate(it, start)
            }
            Builtin::Zip => {
                if let Some((k, v)) = kwargs.first() {
                    if &**k != "strict" {
                        return Err(type_error(format!(
                            "zip() got an unexpected keyword argument '{k}'"
                        )));
                    }
                    if self.truthy(v)? {
                        return Err(unsupported("zip(strict=True)"));
                    }
                }
                self.make_zip(&args)
            }
            Builtin::Reversed => {
                no_kwargs(&kwargs, "reversed")?;
                match args.as_slice() {
                    [x] => self.make_reversed(x),
                    other => Err(type_error(format!(
                        "reversed expected 1 argument, got {}",
                        other.len()
                    ))),
                }
            }
            Builtin::Map => {
                no_kwargs(&kwargs, "map")?;
                if args.len() < 2 {
                    return Err(type_error("map() must have at least two arguments."));
                }
                let f = args[0].clone();
                self.make_map(f, &args[1..])
            }
            Builtin::Filter => {
                no_kwargs(&kwargs, "filter")?;
                match args.as_slice() {
                    [f, x] => self.make_filter(f.clone(), x),
                    other => Err(type_error(format!(
                        "filter expected 2 arguments, got {}",
                        other.len()
                    ))),
                }
            }
            Builtin::Hex => {
                let x = one_arg(&args, &kwargs, "hex")?;
                let n = require_index(x)?;
                let text = if n.sign() == num_bigint::Sign::Minus {
                    format!("-0x{:x}", -n)
                } else {
                    format!("0x{n:x}")
                };
                Ok(Value::str(&text))
            }
            Builtin::Abs
            | Builtin::Divmod
            | Builtin::Round
            | Builtin::Bin
            | Builtin::Oct
            | Builtin::Ord
            | Builtin::Chr
            | Builtin::Min
            | Builtin::Max
            | Builtin::Sum
            | Builtin::Sorted
            | Builtin::Any
            | Builtin::All
            | Builtin::Id
            | Builtin::Callable
            | Builtin::Getattr
            | Builtin::Hasattr
            | Builtin::Pow
            | Builtin::Hash => self.call_pure_builtin(b, args, kwargs),
            Builtin::Format => {
                no_kwargs(&kwargs, "format")?;
                positional(&args, "format", 1, 2)?;
                let spec = match args.get(1) {
                    None => Rc::from(""),
                    Some(Value::Str(s)) => s.clone(),
                    Some(other) => {
                        return Err(type_error(format!(
                            "format() argument 2 must be str, not {}",
                            other.type_name()
                        )));
                    }
                };
                let text = crate::model::format::format_value_capped(
                    &args[0],
                    &spec,
                    self.config.max_size,
                )?;
                Ok(Value::Str(Rc::from(text)))
            }
            Builtin::Ascii => {
                let x = one_arg(&args, &kwargs, "ascii")?;
                Ok(Value::Str(Rc::from(crate::model::format::ascii(x)?)))
            }
            Builtin::FromHex => {
                let s = one_arg(&args, &kwargs, "bytes.fromhex")?;
                let p = crate::model::profile::current();
                let Value::Str(s) = s else {
                    crate::model::switch::touch(crate::model::switch::Switch::FromhexBytesLike);
                    if p.fromhex_bytes_like
                        && let Ok(data) = crate::model::value::bytes_like_arg(s)
                    {
                        return from_hex_bytes(&data).map(Value::bytes);
                    }
                    let name = arg_type_name(s);
                    let what = if p.fromhex_bytes_like {
                        "str or bytes-like"
                    } else {
                        "str"
                    };
                    return Err(type_error(format!(
                        "fromhex() argument must be {what}, not {name}"
                    )));
                };
                from_hex(s).map(Value::bytes)
            }
        }
    }

    fn print(&mut self, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        // Keywords are parsed first (an unknown one fails before any value is looked at),
        // then sep is checked, then end, then file.
        let find = |name: &str| kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v);
        if let Some((k, _)) = kwargs
            .iter()
            .find(|(k, _)| !matches!(&**k, "sep" | "end" | "file" | "flush"))
        {
            return Err(type_error(
                crate::model::profile::current().unexpected_keyword_msg(
                    "print",
                    k,
                    &["sep", "end", "file", "flush"],
                ),
            ));
        }
        let text_arg = |name: &str, v: Option<&Value>, default: &str| -> PyResult<String> {
            match v {
                None | Some(Value::None) => Ok(default.to_string()),
                Some(Value::Str(s)) => Ok(s.to_string()),
                Some(other) => Err(type_error(format!(
                    "{name} must be None or a string, not {}",
                    other.type_name()
                ))),
            }
        };
        let sep = text_arg("sep", find("sep"), " ")?;
        let end = text_arg("end", find("end"), "\n")?;
        match find("file") {
            None | Some(Value::None) => {}
            Some(_) => return Err(unsupported("print(file=...)")),
        }
        // Each argument is written as soon as it is converted: a failing one leaves the
        // ones before it (and their separators) on the line.
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&sep);
            }
            let text = try_str(a)?;
            self.out.push_str(&text);
        }
        self.out.push_str(&end);
        Ok(Value::None)
    }

    /// `bytes(x)` and `bytearray(x)`.
    fn make_bytes(&mut self, a: &[Option<Value>], array: bool) -> PyResult<Value> {
        let name = if array { "bytearray" } else { "bytes" };
        let wrap = |d: Vec<u8>| {
            if array {
                Value::ByteArray(ByteArray::new(d))
            } else {
                Value::bytes(d)
            }
        };
        let (source, encoding, errors) = (&a[0], &a[1], &a[2]);
        if let Some(enc) = encoding
            && !matches!(enc, Value::Str(_))
        {
            return Err(type_error(format!(
                "{name}() argument 'encoding' must be str, not {}",
                arg_type_name(enc)
            )));
        }
        if let Some(err) = errors
            && !matches!(err, Value::Str(_))
        {
            return Err(type_error(format!(
                "{name}() argument 'errors' must be str, not {}",
                arg_type_name(err)
            )));
        }
        let Some(x) = source else {
            if encoding.is_some() || errors.is_some() {
                let what = if encoding.is_some() {
                    "encoding"
                } else {
                    "errors"
                };
                return Err(type_error(format!("{what} without a string argument")));
            }
            return Ok(wrap(Vec::new()));
        };
        if let Value::Str(text) = x {
            let (Some(Value::Str(enc)), errors) = (encoding, errors) else {
                return Err(type_error("string argument without an encoding"));
            };
            let errors = match errors {
                Some(Value::Str(e)) => e.to_string(),
                _ => "strict".to_string(),
            };
            return crate::model::codec::encode(text, enc, &errors).map(wrap);
        }
        if encoding.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        if let Some(n) = x.as_int() {
            let n = crate::model::value::index_sized(&n)?;
            if n < 0 {
                return Err(value_error("negative count"));
            }
            // PyBytesObject's header must fit too.
            if !array && n > i64::MAX - 33 {
                return Err(crate::model::error::overflow_error(
                    "byte string is too large",
                ));
            }
            if n as u64 > self.config.max_size as u64 {
                return Err(crate::model::error::memory_error());
            }
            if array {
                let mut zeros = crate::model::alloc::with_capacity(n as usize)?;
                zeros.resize(n as usize, 0);
                return Ok(wrap(zeros));
            }
            crate::model::alloc::probe(n as usize)?;
            // Straight into the shared allocation: no second copy of a large buffer.
            let zeros: Rc<[u8]> = std::iter::repeat_n(0u8, n as usize).collect();
            return Ok(Value::Bytes(zeros));
        }
        if let Some(data) = any_buffer_bytes(x) {
            return Ok(wrap(data?));
        }
        let mut it = py_iter(x).map_err(|e| {
            if e.ty == crate::model::ExcType::TypeError {
                type_error(format!(
                    "cannot convert '{}' object to {name}",
                    x.type_name()
                ))
            } else {
                e
            }
        })?;
        let mut out = Vec::new();
        while let Some(item) = it.next_item()? {
            if array {
                out.push(byte_value(&item)?);
            } else {
                let Some(n) = item.as_int() else {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        item.type_name()
                    )));
                };
                out.push(
                    u8::try_from(&n).map_err(|_| value_error("bytes must be in range(0, 256)"))?,
                );
            }
        }
        Ok(wrap(out))
    }

    fn call_stream(
        &mut self,
        s: &Rc<Stream>,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let qual = super::eval::stream_qualname(name);
        let qual: &str = &qual;
        let bytes = |d: Vec<u8>| Value::bytes(d);
        match name {
            "truncate" => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 0, 1)?;
                s.truncate_arg(args.first()).map(Value::int)
            }
            "peek" if s.profile().bytesio_peek => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 0, 1)?;
                let size = match args.first() {
                    Some(v) => optional_size(v)?,
                    None => None,
                };
                s.peek(size).map(bytes)
            }
            "read" | "read1" | "readline" => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 0, 1)?;
                let size = match args.first() {
                    Some(v) => optional_size(v)?,
                    None => None,
                };
                match name {
                    "readline" => s.readline(size).map(bytes),
                    _ => s.read(size).map(bytes),
                }
            }
            "readlines" => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 0, 1)?;
                let hint = args.first().cloned().unwrap_or(Value::None);
                let lines = s.readlines(&hint)?;
                Ok(Value::list(lines.into_iter().map(bytes).collect()))
            }
            "readinto" => {
                let target = one_arg(&args, &kwargs, qual)?;
                let Some(cap) = writable_len(target) else {
                    let t = if target.is_none() {
                        "None"
                    } else {
                        target.type_name()
                    };
                    return Err(type_error(format!(
                        "readinto() argument must be read-write bytes-like object, not {t}"
                    )));
                };
                let data = s.readinto_data(cap)?;
                let n = data.len();
                match target {
                    Value::ByteArray(b) => b.data.borrow_mut()[..n].copy_from_slice(&data),
                    Value::View(v) => v.write_prefix(&data),
                    _ => {}
                }
                Ok(Value::int(n))
            }
            "write" => {
                let b = one_arg(&args, &kwargs, qual)?;
                s.write(b).map(Value::int)
            }
            "writelines" => {
                let lines = one_arg(&args, &kwargs, qual)?;
                s.check_closed()?;
                let mut it = py_iter(lines)?;
                while let Some(item) = it.next_item()? {
                    s.write(&item)?;
                }
                Ok(Value::None)
            }
            "seek" => {
                no_kwargs(&kwargs, qual)?;
                positional(&args, name, 1, 2)?;
                let pos = as_ssize_t(&require_index(&args[0])?)?;
                let whence = match args.get(1) {
                    Some(w) => as_c_int(&require_index(w)?)?,
                    None => 0,
                };
                s.seek(pos, whence).map(Value::int)
            }
            "fileno" => {
                io_clinic_noargs(&args, &kwargs, "_IOBase.fileno")?;
                s.fileno()
            }
            "getbuffer" => {
                io_clinic_noargs(&args, &kwargs, qual)?;
                Ok(Value::View(s.getbuffer(self.origin())?))
            }
            _ => {
                no_args(&args, &kwargs, qual)?;
                match name {
                    "tell" => s.tell().map(Value::int),
                    "getvalue" => s.getvalue().map(bytes),
                    "getbuffer" => Ok(Value::View(s.getbuffer(self.origin())?)),
                    "close" => s.close().map(|_| Value::None),
                    _ => s.status(name),
                }
            }
        }
    }

    fn call_view(
        &mut self,
        v: &Rc<View>,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        match name {
            "release" => {
                no_args(&args, &kwargs, "memoryview.release")?;
                v.release();
                Ok(Value::None)
            }
            "tolist" => {
                no_args(&args, &kwargs, "memoryview.tolist")?;
                Ok(Value::list(v.items()?))
            }
            "cast" => {
                let a = unpack("cast", &["format", "shape"], 1, args, kwargs)?;
                let format = match &a[0] {
                    Some(Value::Str(s)) => s.clone(),
                    Some(other) => {
                        let t = if other.is_none() {
                            "None"
                        } else {
                            other.type_name()
                        };
                        return Err(type_error(format!(
                            "cast() argument 'format' must be str, not {t}"
                        )));
                    }
                    None => {
                        return Err(type_error(
                            "cast() missing required argument 'format' (pos 1)",
                        ));
                    }
                };
                match &a[1] {
                    None => Ok(Value::View(v.cast(&format)?)),
                    Some(shape) => Ok(Value::View(cast_shaped(v, &format, shape)?)),
                }
            }
            "toreadonly" => {
                no_args(&args, &kwargs, "memoryview.toreadonly")?;
                Ok(Value::View(v.to_readonly()?))
            }
            "tobytes" => {
                let a = unpack("tobytes", &["order"], 0, args, kwargs)?;
                let order = match &a[0] {
                    None | Some(Value::None) => None,
                    Some(Value::Str(s)) => Some(s.clone()),
                    Some(other) => {
                        return Err(type_error(format!(
                            "tobytes() argument 'order' must be str or None, not {}",
                            other.type_name()
                        )));
                    }
                };
                if let Some(o) = &order
                    && o.contains('\0')
                {
                    return Err(value_error("embedded null character"));
                }
                v.check()?;
                if let Some(o) = order
                    && !matches!(&*o, "C" | "F" | "A")
                {
                    return Err(value_error("order must be 'C', 'F' or 'A'"));
                }
                Ok(Value::bytes(v.to_vec()?))
            }
            "hex" => {
                let a = unpack("hex", &["sep", "bytes_per_sep"], 0, args, kwargs)?;
                let per = match &a[1] {
                    Some(p) => as_c_int(&require_index(p)?)? as i64,
                    None => 1,
                };
                v.check()?;
                let sep = match &a[0] {
                    None => None,
                    Some(sep) => Some(hex_sep(sep)?),
                };
                Ok(Value::str(&v.hex(sep, per)?))
            }
            _ => Err(unsupported(format!("the method memoryview.{name}"))),
        }
    }
}

/// `v.cast(format, shape)`: CPython's checks in order (`memoryview_cast_impl`,
/// `cast_to_1D`, `cast_to_ND`); a one-dimensional shape gives a 1-D view, others are
/// refused as unsupported once every check has passed.
fn cast_shaped(v: &Rc<View>, format: &str, shape: &Value) -> PyResult<Rc<View>> {
    use num_traits::{ToPrimitive, Zero};
    v.check()?;
    if !v.is_contiguous() {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if v.len == 0 {
        return Err(type_error(
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    let dims: Vec<Value> = match shape {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => return Err(type_error("shape must be a list or a tuple")),
    };
    if dims.len() > 64 {
        return Err(value_error(
            "memoryview: number of dimensions must not exceed 64",
        ));
    }
    let cast = v.cast_checks(format)?;
    let isz = cast.itemsize() as u128;
    let mut len = isz;
    for d in &dims {
        let Some(n) = (match d {
            Value::Int(_) | Value::Bool(_) => d.as_int(),
            _ => None,
        }) else {
            return Err(type_error(
                "memoryview.cast(): elements of shape must be integers",
            ));
        };
        let Some(x) = n.to_i64() else {
            return Err(crate::model::error::overflow_error(
                "Python int too large to convert to C ssize_t",
            ));
        };
        if x <= 0 || n.is_zero() {
            return Err(value_error(
                "memoryview.cast(): elements of shape must be integers > 0",
            ));
        }
        if x as u128 > i64::MAX as u128 / len {
            return Err(value_error("memoryview.cast(): product(shape) > SSIZE_MAX"));
        }
        len *= x as u128;
    }
    if len != cast.nbytes() as u128 {
        return Err(type_error(
            "memoryview: product(shape) * itemsize != buffer size",
        ));
    }
    if dims.len() != 1 {
        return Err(unsupported(format!(
            "a {}-dimensional memoryview (cast with shape={})",
            dims.len(),
            try_repr(shape)?
        )));
    }
    Ok(cast)
}

/// The `sep` argument of `hex()`: one ASCII character, as str or bytes.
pub(super) fn hex_sep(sep: &Value) -> PyResult<u8> {
    let len = match sep {
        Value::Str(s) => s.chars().count(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::View(v) => {
            v.check()?;
            v.len
        }
        other => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )));
        }
    };
    if len != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let c = match sep {
        Value::Str(s) => s.chars().next().map_or(0, |c| c as u32),
        Value::Bytes(b) => b[0] as u32,
        _ => return Err(type_error("sep must be str or bytes.")),
    };
    if c > 127 {
        return Err(value_error("sep must be ASCII."));
    }
    Ok(c as u8)
}

/// `bytes.fromhex(s)`.
fn from_hex(s: &str) -> PyResult<Vec<u8>> {
    let err = |pos: usize| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if !s.is_ascii() {
        let pos = s.chars().position(|c| !c.is_ascii()).unwrap_or(0);
        return Err(err(pos));
    }
    from_hex_bytes(s.as_bytes())
}

/// `bytes.fromhex` over ASCII text or (from 3.14) a bytes-like object's bytes. From 3.14
/// (PR #127756) a last digit without its pair is its own ValueError.
fn from_hex_bytes(b: &[u8]) -> PyResult<Vec<u8>> {
    let err = |pos: usize| {
        if pos == b.len() {
            crate::model::switch::touch(crate::model::switch::Switch::FromhexOddDigits);
        }
        if pos == b.len() && crate::model::profile::current().fromhex_odd_digits {
            return value_error("fromhex() arg must contain an even number of hexadecimal digits");
        }
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let digit = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let hi = digit(b.get(i)).ok_or_else(|| err(i))?;
        let lo = digit(b.get(i + 1)).ok_or_else(|| err(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}
