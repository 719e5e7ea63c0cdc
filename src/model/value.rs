//! Python values of the subset.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::dict::{Dict, DictViewKind};
use super::dirs;
use super::error::{PyResult, overflow_error, type_error};
use super::range::Range;
use super::stream::Stream;
use super::view::View;

/// A stable, made-up memory address for an object, shown in reprs (`<memory at 0x...>`).
/// Transcripts compare with addresses masked, so only their shape matters.
pub type ObjId = u64;

thread_local! {
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
}

/// A fresh object identity.
pub fn new_id() -> ObjId {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

/// The address printed for an object id, shaped like CPython's on 64-bit Linux.
pub fn address(id: ObjId) -> String {
    format!(
        "0x7f3a{:08x}",
        0x1000_0000u64.wrapping_add(id.wrapping_mul(0x40)) & 0xffff_ffff
    )
}

/// A `bytearray`: mutable bytes with an identity.
#[derive(Debug)]
pub struct ByteArray {
    pub id: ObjId,
    pub data: RefCell<Vec<u8>>,
    /// Live memoryview families exported from it.
    pub exports: Cell<usize>,
}

impl ByteArray {
    pub fn new(data: Vec<u8>) -> Rc<Self> {
        Rc::new(ByteArray {
            id: new_id(),
            data: RefCell::new(data),
            exports: Cell::new(0),
        })
    }
}

/// A list: mutable, shared. Dropped iteratively, so a list nested a million deep (built one
/// level per statement) does not overflow the stack when it goes.
#[derive(Debug, Default)]
pub struct List(RefCell<Vec<Value>>);

impl std::ops::Deref for List {
    type Target = RefCell<Vec<Value>>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// A tuple: immutable, shared; dropped iteratively like [`List`].
#[derive(Debug, Default)]
pub struct Tuple(Vec<Value>);

impl std::ops::Deref for Tuple {
    type Target = Vec<Value>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// Takes the items out of nested containers that are about to go, one level at a time.
fn drop_items(items: Vec<Value>) {
    let mut stack = items;
    while let Some(v) = stack.pop() {
        match v {
            Value::List(rc) => {
                if let Some(mut inner) = Rc::into_inner(rc) {
                    stack.append(inner.0.get_mut());
                }
            }
            Value::Tuple(rc) => {
                if let Some(mut inner) = Rc::into_inner(rc) {
                    stack.append(&mut inner.0);
                }
            }
            Value::Dict(rc) => {
                if let Some(mut inner) = Rc::into_inner(rc) {
                    stack.append(&mut inner.take_all());
                }
            }
            other => drop(other),
        }
    }
}

impl Drop for List {
    fn drop(&mut self) {
        drop_items(std::mem::take(self.0.get_mut()));
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        drop_items(self.take_all());
    }
}

impl Drop for Tuple {
    fn drop(&mut self) {
        drop_items(std::mem::take(&mut self.0));
    }
}

/// Modules the subset can import.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Module {
    Io,
    Builtins,
}

/// The callables the subset knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Print,
    Len,
    Bytes,
    ByteArray,
    MemoryView,
    BytesIO,
    FromHex,
    Type,
    IsInstance,
    Repr,
    Str,
    List,
    Hex,
    Iter,
    Next,
    Enumerate,
    Zip,
    Reversed,
    Map,
    Filter,
    Abs,
    Divmod,
    Round,
    Bin,
    Oct,
    Ord,
    Chr,
    Min,
    Max,
    Sum,
    Sorted,
    Any,
    All,
    Id,
    Callable,
    Getattr,
    Hasattr,
    Format,
    Ascii,
    Pow,
    Hash,
}

impl Builtin {
    pub fn repr(self) -> String {
        match self {
            Builtin::Print => "<built-in function print>".into(),
            Builtin::Len => "<built-in function len>".into(),
            Builtin::Bytes => "<class 'bytes'>".into(),
            Builtin::ByteArray => "<class 'bytearray'>".into(),
            Builtin::MemoryView => "<class 'memoryview'>".into(),
            Builtin::BytesIO => "<class '_io.BytesIO'>".into(),
            Builtin::FromHex => "<built-in method fromhex of type object at 0x7f3a0e2c8640>".into(),
            Builtin::IsInstance => "<built-in function isinstance>".into(),
            Builtin::Repr => "<built-in function repr>".into(),
            Builtin::Hex => "<built-in function hex>".into(),
            Builtin::Iter => "<built-in function iter>".into(),
            Builtin::Next => "<built-in function next>".into(),
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
            | Builtin::Hash => format!("<built-in function {}>", self.function_name()),
            Builtin::Format => "<built-in function format>".into(),
            Builtin::Ascii => "<built-in function ascii>".into(),
            Builtin::Type
            | Builtin::Str
            | Builtin::List
            | Builtin::Enumerate
            | Builtin::Zip
            | Builtin::Reversed
            | Builtin::Map
            | Builtin::Filter => {
                format!("<class '{}'>", self.class_name().unwrap_or("type"))
            }
        }
    }

    /// The name of a builtin function (`abs`).
    pub fn function_name(self) -> &'static str {
        match self {
            Builtin::Abs => "abs",
            Builtin::Divmod => "divmod",
            Builtin::Round => "round",
            Builtin::Bin => "bin",
            Builtin::Oct => "oct",
            Builtin::Ord => "ord",
            Builtin::Chr => "chr",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Sum => "sum",
            Builtin::Sorted => "sorted",
            Builtin::Any => "any",
            Builtin::All => "all",
            Builtin::Id => "id",
            Builtin::Callable => "callable",
            Builtin::Getattr => "getattr",
            Builtin::Hasattr => "hasattr",
            Builtin::Pow => "pow",
            Builtin::Hash => "hash",
            Builtin::Print => "print",
            Builtin::Len => "len",
            Builtin::IsInstance => "isinstance",
            Builtin::Repr => "repr",
            Builtin::Hex => "hex",
            Builtin::FromHex => "fromhex",
            other => other.class_name().unwrap_or("?"),
        }
    }

    fn is_type(self) -> bool {
        self.class_name().is_some()
    }

    /// The class name, for the builtins that are classes.
    pub fn class_name(self) -> Option<&'static str> {
        Some(match self {
            Builtin::Bytes => "bytes",
            Builtin::ByteArray => "bytearray",
            Builtin::MemoryView => "memoryview",
            Builtin::BytesIO => "_io.BytesIO",
            Builtin::Type => "type",
            Builtin::Str => "str",
            Builtin::List => "list",
            Builtin::Enumerate => "enumerate",
            Builtin::Zip => "zip",
            Builtin::Reversed => "reversed",
            Builtin::Map => "map",
            Builtin::Filter => "filter",
            _ => return None,
        })
    }
}

/// A method bound to its object (`b.read` without the call). It keeps the object alive.
#[derive(Debug)]
pub struct Method {
    pub recv: Value,
    pub name: &'static str,
}

/// A Python value.
#[derive(Clone, Debug)]
pub enum Value {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Bytes(Rc<[u8]>),
    ByteArray(Rc<ByteArray>),
    Str(Rc<str>),
    List(Rc<List>),
    Tuple(Rc<Tuple>),
    Dict(Rc<Dict>),
    /// A set: its items as a dict's keys. Only what cannot show their order is modelled
    /// (membership, `len`, equality, truth); a repr or iteration of two or more items is
    /// refused.
    Set(Rc<Dict>),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView(Rc<Dict>, DictViewKind),
    Range(Rc<Range>),
    Stream(Rc<Stream>),
    View(Rc<View>),
    /// `view.obj` of a getbuffer() view: an `_io._BytesIOBuffer`.
    BytesIOBuffer(Rc<super::view::BufferObj>),
    Module(Module),
    Builtin(Builtin),
    Method(Rc<Method>),
    /// A class the engine shows but cannot call (`type(1)` is `<class 'int'>`).
    Type(&'static str),
    /// A function made by `def` or `lambda`.
    Function(Rc<crate::script::func::Function>),
    /// An exception object (`except E as e`, `ValueError("x")`).
    Exception(Rc<super::error::PyErr>),
    /// An exception class (`ValueError`).
    ExcClass(super::error::ExcType),
    /// An iterator object (`iter(x)`, `enumerate(...)`, `zip(...)`).
    Iter(Rc<crate::script::iter::IterObj>),
}

impl Value {
    pub fn int(n: impl Into<BigInt>) -> Value {
        Value::Int(n.into())
    }

    pub fn bytes(data: impl Into<Rc<[u8]>>) -> Value {
        Value::Bytes(data.into())
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(List(RefCell::new(items))))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple(items)))
    }

    pub fn float(x: f64) -> Value {
        Value::Float(x)
    }

    /// CPython's `type(x).__name__` as error messages quote it (`tp_name`).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Bytes(_) => "bytes",
            Value::ByteArray(_) => "bytearray",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::DictView(_, k) => k.type_name(),
            Value::Range(_) => "range",
            Value::Stream(_) => "_io.BytesIO",
            Value::View(_) => "memoryview",
            Value::BytesIOBuffer(_) => "_io._BytesIOBuffer",
            Value::Module(_) => "module",
            Value::Builtin(b) if b.is_type() => "type",
            Value::Method(m) if m.recv.as_class_name().is_some() => "method_descriptor",
            Value::Builtin(_) | Value::Method(_) => "builtin_function_or_method",
            Value::Type(_) => "type",
            Value::Function(_) => "function",
            Value::Exception(e) => e.ty.name(),
            Value::ExcClass(_) => "type",
            Value::Iter(it) => it.type_name(),
        }
    }

    /// The names `dir(x)` lists: the candidates for an AttributeError's hint.
    pub fn dir(&self) -> &'static [&'static str] {
        match self {
            Value::None => dirs::NONE,
            Value::Bool(_) => dirs::BOOL,
            Value::Int(_) => dirs::INT,
            Value::Float(_) => dirs::FLOAT,
            Value::Bytes(_) => dirs::BYTES,
            Value::ByteArray(_) => dirs::BYTEARRAY,
            Value::Str(_) => dirs::STR,
            Value::List(_) => dirs::LIST,
            Value::Tuple(_) => dirs::TUPLE,
            Value::Dict(_) => dirs::DICT,
            Value::Set(_) => dirs::SET,
            Value::DictView(_, k) => super::dict::view_dir(*k),
            Value::Range(_) => dirs::RANGE,
            Value::Stream(s) => {
                super::switch::touch(super::switch::Switch::BytesioPeek);
                s.profile().bytesio_dir()
            }
            Value::View(_) => dirs::MEMORYVIEW,
            Value::BytesIOBuffer(_) => dirs::BYTESIO_BUFFER,
            Value::Module(Module::Io) => dirs::MODULE_IO,
            Value::Module(Module::Builtins) => dirs::BUILTINS,
            Value::Builtin(Builtin::Bytes) => dirs::TYPE_BYTES,
            Value::Builtin(Builtin::ByteArray) => dirs::TYPE_BYTEARRAY,
            Value::Builtin(Builtin::MemoryView) => dirs::TYPE_MEMORYVIEW,
            Value::Builtin(Builtin::BytesIO) => dirs::TYPE_BYTESIO,
            Value::Builtin(Builtin::Str) => dirs::STR,
            Value::Builtin(Builtin::List) => dirs::LIST,
            Value::Builtin(Builtin::Type) => dirs::TYPE_TYPE,
            Value::Builtin(_) => dirs::BUILTIN_FUNCTION,
            Value::Method(_) => dirs::BUILTIN_METHOD,
            Value::Function(_) => dirs::FUNCTION,
            Value::Exception(_) => dirs::EXCEPTION,
            Value::ExcClass(_) => dirs::TYPE_BUILTIN,
            Value::Iter(_) => dirs::BUILTIN_METHOD,
            Value::Type(name) => match *name {
                "int" => dirs::INT,
                "bool" => dirs::BOOL,
                "tuple" => dirs::TUPLE,
                "float" => dirs::FLOAT,
                "dict" => dirs::DICT,
                "range" => dirs::RANGE,
                "NoneType" => dirs::NONE,
                "module" => dirs::TYPE_MODULE,
                "type" => dirs::TYPE_TYPE,
                _ => dirs::TYPE_BUILTIN,
            },
        }
    }

    /// Whether `name` is an attribute the object really has in CPython (its `dir()`, and
    /// for a class also what every class has, such as `__name__`).
    pub fn has_attribute(&self, name: &str) -> bool {
        self.dir().contains(&name)
            || (self.as_class_name().is_some() && dirs::TYPE_TYPE.contains(&name))
    }

    /// `type(x)`: a callable class where the engine has one, else a class to show.
    pub fn class(&self) -> Value {
        match self {
            Value::Bytes(_) => Value::Builtin(Builtin::Bytes),
            Value::ByteArray(_) => Value::Builtin(Builtin::ByteArray),
            Value::View(_) => Value::Builtin(Builtin::MemoryView),
            Value::Stream(_) => Value::Builtin(Builtin::BytesIO),
            Value::Str(_) => Value::Builtin(Builtin::Str),
            Value::List(_) => Value::Builtin(Builtin::List),
            Value::Builtin(b) if b.class_name().is_some() => Value::Builtin(Builtin::Type),
            Value::Type(_) | Value::ExcClass(_) => Value::Builtin(Builtin::Type),
            Value::Exception(e) => Value::ExcClass(e.ty),
            other => Value::Type(other.type_name()),
        }
    }

    /// The class name of a class value (`bytes`, `int`), or None for a non-class.
    pub fn as_class_name(&self) -> Option<&'static str> {
        match self {
            Value::Builtin(b) => b.class_name(),
            Value::Type(n) => Some(n),
            Value::ExcClass(t) => Some(t.name()),
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The int value of an int or bool (bool is an int subclass), else None.
    pub fn as_int(&self) -> Option<BigInt> {
        match self {
            Value::Int(n) => Some(n.clone()),
            Value::Bool(b) => Some(BigInt::from(*b as u8)),
            _ => None,
        }
    }

    pub fn is_int(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Bool(_))
    }
}

/// The C `Py_ssize_t` range.
pub const SSIZE_MAX: i64 = i64::MAX;

/// `PyNumber_AsSsize_t(x, OverflowError)` on an int: the "index-sized" conversion.
pub fn index_sized(n: &BigInt) -> PyResult<i64> {
    n.to_i64()
        .ok_or_else(|| overflow_error("cannot fit 'int' into an index-sized integer"))
}

/// `PyLong_AsSsize_t`: the "C ssize_t" conversion.
pub fn as_ssize_t(n: &BigInt) -> PyResult<i64> {
    n.to_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// `_PyLong_AsInt`: the "C int" conversion.
pub fn as_c_int(n: &BigInt) -> PyResult<i32> {
    n.to_i32()
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
}

/// The "size argument" of read/read1/readline/truncate: an int or None.
/// Returns None for None.
pub fn optional_size(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        _ => match v.as_int() {
            Some(n) => index_sized(&n).map(Some),
            None => Err(type_error(format!(
                "argument should be integer or None, not '{}'",
                v.type_name()
            ))),
        },
    }
}

/// `PyLong_AsLong(v)`: `__index__`, then the "C long" range.
pub fn as_long(v: &Value) -> PyResult<i64> {
    require_index(v)?
        .to_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

/// `operator.index(v)` for an int argument ("'str' object cannot be interpreted as an integer").
pub fn require_index(v: &Value) -> PyResult<BigInt> {
    v.as_int().ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))
    })
}

/// A contiguous, read-only buffer acquired from a bytes-like object (`PyBUF_CONTIG_RO`):
/// its bytes, copied; None when `v` is not bytes-like.
pub fn contiguous_bytes(v: &Value) -> Option<PyResult<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Some(Ok(b.to_vec())),
        Value::ByteArray(b) => Some(Ok(b.data.borrow().clone())),
        Value::View(view) => Some(view.contiguous_bytes()),
        Value::BytesIOBuffer(o) => Some(o.data()),
        _ => None,
    }
}

/// Any buffer (strided views too, as `PyBUF_FULL_RO`): bytes-like values, copied.
pub fn any_buffer_bytes(v: &Value) -> Option<PyResult<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Some(Ok(b.to_vec())),
        Value::ByteArray(b) => Some(Ok(b.data.borrow().clone())),
        Value::View(view) => Some(view.to_vec()),
        Value::BytesIOBuffer(o) => Some(o.data()),
        _ => None,
    }
}

/// Bytes-like argument of write() and friends:
/// `TypeError: a bytes-like object is required, not 'T'` otherwise.
pub fn bytes_like_arg(v: &Value) -> PyResult<Vec<u8>> {
    contiguous_bytes(v).unwrap_or_else(|| {
        Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        )))
    })
}
