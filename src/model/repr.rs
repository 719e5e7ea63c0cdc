//! `repr()` and `str()` of values, to the letter of CPython 3.11.

use super::dict::DictViewKind;
use super::error::{PyResult, value_error};
use super::value::{Value, address};

/// CPython's limit on decimal digits when converting an int to a string.
pub const MAX_STR_DIGITS: usize = 4300;

/// The limit as the int digit-limit messages write it: `4300 digits` (3.11 on), `4300`.
pub fn digit_limit() -> String {
    super::switch::touch(super::switch::Switch::DigitLimitSaysDigits);
    if super::profile::current().digit_limit_says_digits {
        format!("{MAX_STR_DIGITS} digits")
    } else {
        MAX_STR_DIGITS.to_string()
    }
}

/// `ValueError: Exceeds the limit (4300 digits) for integer string conversion; use ...`.
pub fn digit_limit_error() -> super::error::PyErr {
    value_error(format!(
        "Exceeds the limit ({}) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        digit_limit()
    ))
}

fn int_repr(n: &num_bigint::BigInt) -> PyResult<String> {
    // Most ints fit a machine word: format them without the big-number conversion.
    if let Some(small) = num_traits::ToPrimitive::to_i64(n) {
        return Ok(small.to_string());
    }
    // 10**4300 has 14,285 bits: decide by size first, convert only near the boundary.
    let bits = n.bits();
    let too_long =
        bits > 14_286 || (bits > 14_283 && n.magnitude().to_string().len() > MAX_STR_DIGITS);
    if too_long {
        return Err(digit_limit_error());
    }
    Ok(n.to_string())
}

/// `repr(bytes)`: single quotes unless the data has `'` and no `"`.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    escape_bytes(&mut out, data, |c| c == quote);
    out.push(quote as char);
    out
}

/// `repr(bytearray)`: the quote rule of bytes, but `'` is always escaped.
pub fn bytearray_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 14);
    out.push_str("bytearray(b");
    out.push(quote);
    escape_bytes(&mut out, data, |c| c == b'\'');
    out.push(quote);
    out.push(')');
    out
}

fn escape_bytes(out: &mut String, data: &[u8], escape_quote: impl Fn(u8) -> bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if escape_quote(c) => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => {
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
            c => out.push(c as char),
        }
    }
}

/// Whether CPython's `str.isprintable()` holds for a character.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    super::printable::NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `repr(x)`, failing as CPython does: more than 4300 digits in an int (ValueError), or
/// containers nested too deep (RecursionError).
pub fn try_repr(v: &Value) -> PyResult<String> {
    let mut active = Vec::new();
    repr_in(v, &mut active)
}

/// `str(x)`: what print() shows, failing as [`try_repr`] does.
pub fn try_str(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Exception(e) => Ok(e.msg.clone()),
        other => try_repr(other),
    }
}

/// repr with CPython's guards: a list that contains itself shows as `[...]`, and nesting
/// deeper than the recursion limit raises RecursionError.
fn repr_in(v: &Value, active: &mut Vec<*const ()>) -> PyResult<String> {
    let key = match v {
        Value::List(l) => Some(std::rc::Rc::as_ptr(l) as *const ()),
        Value::Tuple(t) => Some(std::rc::Rc::as_ptr(t) as *const ()),
        Value::Dict(d) => Some(std::rc::Rc::as_ptr(d) as *const ()),
        Value::DictView(d, k) => {
            Some((std::rc::Rc::as_ptr(d) as *const u8).wrapping_add(1 + *k as usize) as *const ())
        }
        _ => None,
    };
    let Some(k) = key else {
        return repr_one(v, active);
    };
    if active.contains(&k) {
        match v {
            Value::List(_) => return Ok("[...]".into()),
            Value::Dict(_) => return Ok("{...}".into()),
            Value::DictView(..) => return Ok("...".into()),
            _ => {}
        }
    }
    if active.len() >= super::profile::current().repr_depth_limit {
        return Err(super::error::PyErr::new(
            super::error::ExcType::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    active.push(k);
    let text = repr_one(v, active);
    active.pop();
    text
}

fn repr_one(v: &Value, active: &mut Vec<*const ()>) -> PyResult<String> {
    Ok(match v {
        Value::None => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(n) => int_repr(n)?,
        Value::Float(x) => super::float::float_repr(*x),
        Value::Bytes(b) => bytes_repr(b),
        Value::ByteArray(b) => bytearray_repr(&b.data.borrow()),
        Value::Str(s) => str_repr(s),
        Value::List(items) => {
            let parts = items
                .borrow()
                .iter()
                .map(|i| repr_in(i, active))
                .collect::<PyResult<Vec<String>>>()?;
            format!("[{}]", parts.join(", "))
        }
        Value::Tuple(items) => {
            let parts = items
                .iter()
                .map(|i| repr_in(i, active))
                .collect::<PyResult<Vec<String>>>()?;
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Value::Set(d) => match d.items().as_slice() {
            [] => "set()".to_string(),
            [(k, _)] => format!("{{{}}}", repr_in(k, active)?),
            _ => return Err(super::error::unsupported("the order of a set's items")),
        },
        Value::Dict(d) => {
            let mut parts = Vec::with_capacity(d.len());
            for (k, x) in d.items() {
                parts.push(format!(
                    "{}: {}",
                    repr_in(&k, active)?,
                    repr_in(&x, active)?
                ));
            }
            format!("{{{}}}", parts.join(", "))
        }
        Value::DictView(d, kind) => {
            let mut parts = Vec::with_capacity(d.len());
            for (k, x) in d.items() {
                parts.push(match kind {
                    DictViewKind::Keys => repr_in(&k, active)?,
                    DictViewKind::Values => repr_in(&x, active)?,
                    DictViewKind::Items => {
                        format!("({}, {})", repr_in(&k, active)?, repr_in(&x, active)?)
                    }
                });
            }
            format!("{}([{}])", kind.type_name(), parts.join(", "))
        }
        Value::Range(r) => {
            if r.step == num_bigint::BigInt::from(1) {
                format!("range({}, {})", int_repr(&r.start)?, int_repr(&r.stop)?)
            } else {
                format!(
                    "range({}, {}, {})",
                    int_repr(&r.start)?,
                    int_repr(&r.stop)?,
                    int_repr(&r.step)?
                )
            }
        }
        Value::Stream(s) => format!("<_io.BytesIO object at {}>", address(s.id)),
        Value::View(view) => {
            if view.is_released() {
                format!("<released memory at {}>", address(view.id))
            } else {
                format!("<memory at {}>", address(view.id))
            }
        }
        Value::BytesIOBuffer(o) => format!("<_io._BytesIOBuffer object at {}>", address(o.id)),
        Value::Module(super::value::Module::Io) => "<module 'io' (frozen)>".into(),
        Value::Module(super::value::Module::Builtins) => "<module 'builtins' (built-in)>".into(),
        Value::Builtin(b) => b.repr(),
        Value::Type(name) => format!("<class '{name}'>"),
        Value::Function(f) => format!("<function {} at {}>", f.def.qualname, address(f.id)),
        Value::ExcClass(t) => format!("<class '{}'>", t.name()),
        Value::Iter(it) => format!("<{} object at {}>", it.type_name(), address(it.id)),
        Value::Exception(e) => {
            let args = e.args();
            let parts = args
                .iter()
                .map(|a| repr_in(a, active))
                .collect::<PyResult<Vec<String>>>()?;
            let name = e.ty.name().rsplit('.').next().unwrap_or("Exception");
            format!("{name}({})", parts.join(", "))
        }
        // Class methods are bound to their class.
        Value::Method(m)
            if m.recv.as_class_name().is_some()
                && matches!(m.name, "from_bytes" | "fromkeys" | "fromhex") =>
        {
            format!(
                "<built-in method {} of type object at 0x7f3a0e2c8640>",
                m.name
            )
        }
        Value::Method(m) if m.recv.as_class_name().is_some() => {
            let class = m.recv.as_class_name().unwrap_or("object");
            format!("<method '{}' of '{class}' objects>", m.name)
        }
        Value::Method(m) => {
            let owner = match &m.recv {
                // Class methods are bound to the class, even when looked up on an instance.
                _ if matches!(m.name, "fromkeys" | "from_bytes") => {
                    "type object at 0x7f3a0e2d0000".to_string()
                }
                Value::Stream(s) => format!("_io.BytesIO object at {}", address(s.id)),
                Value::View(v) => format!("memoryview object at {}", address(v.id)),
                other => format!("{} object at 0x7f3a0e2d0000", other.type_name()),
            };
            format!("<built-in method {} of {}>", m.name, owner)
        }
    })
}
