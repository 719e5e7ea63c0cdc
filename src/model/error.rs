//! Python exceptions: CPython's type names and messages, and what an exception keeps alive.

use std::fmt;

use super::value::Value;

/// The exception types the subset can raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcType {
    BaseException,
    Exception,
    KeyboardInterrupt,
    SystemExit,
    ArithmeticError,
    ZeroDivisionError,
    AssertionError,
    LookupError,
    KeyError,
    StopIteration,
    RuntimeError,
    UnboundLocalError,
    UnicodeError,
    UnicodeEncodeError,
    UnicodeDecodeError,
    OSError,
    TypeError,
    ValueError,
    BufferError,
    OverflowError,
    IndexError,
    NameError,
    AttributeError,
    MemoryError,
    RecursionError,
    NotImplementedError,
    UnsupportedOperation,
    /// Not a Python exception: the script used something the engine does not model.
    Unsupported,
    /// Not a Python exception: the run went past its step budget (`--max-steps`).
    Budget,
}

impl ExcType {
    /// Every Python exception class the engine models (the engine's own refusals aside),
    /// looked up by the name the prompt prints.
    pub const ALL: &'static [ExcType] = &[
        ExcType::BaseException,
        ExcType::Exception,
        ExcType::KeyboardInterrupt,
        ExcType::SystemExit,
        ExcType::ArithmeticError,
        ExcType::ZeroDivisionError,
        ExcType::AssertionError,
        ExcType::LookupError,
        ExcType::KeyError,
        ExcType::StopIteration,
        ExcType::RuntimeError,
        ExcType::UnboundLocalError,
        ExcType::UnicodeError,
        ExcType::UnicodeEncodeError,
        ExcType::UnicodeDecodeError,
        ExcType::OSError,
        ExcType::TypeError,
        ExcType::ValueError,
        ExcType::BufferError,
        ExcType::OverflowError,
        ExcType::IndexError,
        ExcType::NameError,
        ExcType::AttributeError,
        ExcType::MemoryError,
        ExcType::RecursionError,
        ExcType::NotImplementedError,
        ExcType::UnsupportedOperation,
    ];

    /// The name the prompt prints before the colon.
    pub fn name(self) -> &'static str {
        match self {
            ExcType::BaseException => "BaseException",
            ExcType::Exception => "Exception",
            ExcType::KeyboardInterrupt => "KeyboardInterrupt",
            ExcType::SystemExit => "SystemExit",
            ExcType::ArithmeticError => "ArithmeticError",
            ExcType::ZeroDivisionError => "ZeroDivisionError",
            ExcType::AssertionError => "AssertionError",
            ExcType::LookupError => "LookupError",
            ExcType::KeyError => "KeyError",
            ExcType::StopIteration => "StopIteration",
            ExcType::RuntimeError => "RuntimeError",
            ExcType::UnboundLocalError => "UnboundLocalError",
            ExcType::UnicodeError => "UnicodeError",
            ExcType::UnicodeEncodeError => "UnicodeEncodeError",
            ExcType::UnicodeDecodeError => "UnicodeDecodeError",
            ExcType::OSError => "OSError",
            ExcType::TypeError => "TypeError",
            ExcType::ValueError => "ValueError",
            ExcType::BufferError => "BufferError",
            ExcType::OverflowError => "OverflowError",
            ExcType::IndexError => "IndexError",
            ExcType::NameError => "NameError",
            ExcType::AttributeError => "AttributeError",
            ExcType::MemoryError => "MemoryError",
            ExcType::RecursionError => "RecursionError",
            ExcType::NotImplementedError => "NotImplementedError",
            ExcType::UnsupportedOperation => "io.UnsupportedOperation",
            ExcType::Unsupported => "unsupported",
            ExcType::Budget => "stopped",
        }
    }

    /// The base classes of the type, nearest first (for `except` matching); the last is
    /// `BaseException`, except for `Unsupported`, which nothing catches.
    pub fn bases(self) -> &'static [ExcType] {
        use ExcType::*;
        match self {
            BaseException | Unsupported | Budget => &[],
            Exception | KeyboardInterrupt | SystemExit => &[BaseException],
            ArithmeticError | AssertionError | AttributeError | BufferError | LookupError
            | MemoryError | NameError | OSError | RuntimeError | StopIteration | TypeError
            | ValueError => &[Exception, BaseException],
            ZeroDivisionError | OverflowError => &[ArithmeticError, Exception, BaseException],
            IndexError | KeyError => &[LookupError, Exception, BaseException],
            UnboundLocalError => &[NameError, Exception, BaseException],
            RecursionError | NotImplementedError => &[RuntimeError, Exception, BaseException],
            UnicodeError => &[ValueError, Exception, BaseException],
            UnicodeEncodeError | UnicodeDecodeError => {
                &[UnicodeError, ValueError, Exception, BaseException]
            }
            // io.UnsupportedOperation derives from OSError and ValueError.
            UnsupportedOperation => &[OSError, ValueError, Exception, BaseException],
        }
    }

    /// Whether this is the engine stopping (something not modelled, or the step budget),
    /// not a Python exception.
    pub fn is_refusal(self) -> bool {
        matches!(self, ExcType::Unsupported | ExcType::Budget)
    }

    /// Whether an exception of this type is caught by `except other:`.
    pub fn is_subclass_of(self, other: ExcType) -> bool {
        !matches!(self, ExcType::Unsupported | ExcType::Budget)
            && (self == other || self.bases().contains(&other))
    }
}

/// A raised Python exception.
///
/// `obj` is what the exception object refers to and so keeps alive while the prompt holds
/// it as the last error: CPython's `AttributeError.obj`.
#[derive(Clone)]
pub struct PyErr {
    pub ty: ExcType,
    pub msg: String,
    /// The prompt's "Did you mean: 'x'?" suggestion, already chosen.
    pub hint: Option<String>,
    /// 3.12's "Did you forget to import 'x'?" after a NameError's hint (x: the name).
    pub forgot_import: bool,
    pub obj: Option<Box<Value>>,
    /// The exception being handled when this one was raised (`__context__`): a `with`
    /// exit's error keeps the body's, and with it what that one keeps alive.
    pub context: Option<Box<PyErr>>,
    /// The stream whose exports caused a BufferError, for the app's explanation.
    pub stream: Option<super::value::ObjId>,
    /// The operation that raised it (`close()`, `write()`, `the with block's close()`).
    pub operation: Option<&'static str>,
    /// The exception's `args`, when they are not just its message (`raise E(1, 2)`).
    pub args: Option<std::rc::Rc<[Value]>>,
    /// The line it was raised on, for the step record.
    pub line: u32,
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.line())
    }
}

impl PyErr {
    pub fn new(ty: ExcType, msg: impl Into<String>) -> Self {
        PyErr {
            ty,
            msg: msg.into(),
            hint: None,
            forgot_import: false,
            obj: None,
            context: None,
            stream: None,
            operation: None,
            args: None,
            line: 0,
        }
    }

    /// `e.args`: the arguments it was made with, or its message alone.
    pub fn args(&self) -> Vec<Value> {
        match &self.args {
            Some(a) => a.to_vec(),
            None if self.msg.is_empty() => Vec::new(),
            None => vec![Value::Str(std::rc::Rc::from(self.msg.as_str()))],
        }
    }

    /// Whether `except` clauses may catch it (a refusal of the engine is not Python's).
    pub fn catchable(&self) -> bool {
        !matches!(self.ty, ExcType::Unsupported | ExcType::Budget)
    }

    /// The last line of the traceback, as the interactive prompt prints it.
    pub fn line(&self) -> String {
        let mut s = String::from(self.ty.name());
        if !self.msg.is_empty() {
            s.push_str(": ");
            s.push_str(&self.msg);
        }
        if let Some(h) = &self.hint {
            s.push_str(". Did you mean: '");
            s.push_str(h);
            s.push_str("'?");
        }
        if self.forgot_import
            && let Some(m) = self
                .msg
                .strip_prefix("name '")
                .and_then(|r| r.strip_suffix("' is not defined"))
        {
            s.push_str(if self.hint.is_some() {
                " Or did you forget to import '"
            } else {
                ". Did you forget to import '"
            });
            s.push_str(m);
            s.push_str("'?");
        }
        s
    }
}

/// The message of the BufferError at the heart of the app.
pub const EXPORTS_MSG: &str = "Existing exports of data: object cannot be re-sized";
pub const CLOSED_MSG: &str = "I/O operation on closed file.";
pub const RELEASED_MSG: &str = "operation forbidden on released memoryview object";

pub type PyResult<T> = Result<T, PyErr>;

pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::TypeError, msg)
}
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::ValueError, msg)
}
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::OverflowError, msg)
}
pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::IndexError, msg)
}
pub fn closed_error() -> PyErr {
    value_error(CLOSED_MSG)
}
pub fn exports_error() -> PyErr {
    PyErr::new(ExcType::BufferError, EXPORTS_MSG)
}
pub fn released_error() -> PyErr {
    value_error(RELEASED_MSG)
}
pub fn unsupported(what: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::Unsupported, what)
}
pub fn memory_error() -> PyErr {
    PyErr::new(ExcType::MemoryError, "")
}
