//! The project's own statement and expression types: the subset of Python the engine runs.
//! Nothing outside `script/` sees the parser's types.

use std::rc::Rc;

use num_bigint::BigInt;

/// A byte range of the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    /// 1-based line the statement starts on (its line as a step).
    pub line: usize,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `import io` / `import io as x`: binds `name` to the io module.
    ImportIo {
        name: Name,
    },
    /// `from io import BytesIO, SEEK_END as e`: (attribute, name bound).
    FromIo {
        names: Vec<(Rc<str>, Name)>,
    },
    /// `a = b = value`: targets assigned left to right.
    Assign {
        targets: Vec<Target>,
        value: Box<Expr>,
    },
    /// `a += value` and friends, on a name or an item.
    AugAssign {
        target: Target,
        op: BinOp,
        value: Box<Expr>,
    },
    Expr(Box<Expr>),
    /// `del a, b[0]`: targets deleted left to right.
    Del(Vec<Target>),
    /// `with e1 [as t1], e2 [as t2]:` (items nest left to right).
    With {
        items: Vec<(Expr, Option<Target>)>,
        body: Vec<Stmt>,
    },
    Pass,
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        /// `elif` is an `If` alone in here.
        orelse: Vec<Stmt>,
    },
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Target,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    Def(Rc<FuncDef>),
    Return(Option<Box<Expr>>),
    /// `global`/`nonlocal`: resolved while lowering; nothing to do when run.
    Declare,
}

/// An `except` clause.
#[derive(Clone, Debug)]
pub struct Handler {
    pub ty: Option<Expr>,
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
    pub line: usize,
}

/// Where a name lives, decided while lowering (as CPython's compiler decides it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The module's namespace (top level, or declared `global`), then builtins.
    Global,
    /// A local of the running function.
    Local,
    /// A local of an enclosing function (a closure's cell), or `nonlocal`.
    Free,
    /// A comprehension's own variable.
    Comp,
}

#[derive(Clone, Debug)]
pub struct Name {
    pub id: Rc<str>,
    pub scope: Scope,
    /// Where a global name was last found in the globals (a guess checked on each use, so
    /// a loop's loads and stores skip hashing the name).
    pub slot: std::cell::Cell<u32>,
}

#[derive(Clone, Debug)]
pub enum Target {
    Name(Name),
    Item {
        obj: Box<Expr>,
        key: Box<Key>,
    },
    /// `a, *b, c = ...`: the targets, and which one is starred.
    Unpack {
        items: Vec<Target>,
        star: Option<usize>,
        span: Span,
    },
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: Rc<str>,
    pub default: Option<Expr>,
}

/// A function's parameters, in CPython's order.
#[derive(Clone, Debug, Default)]
pub struct Params {
    /// Positional-only then positional-or-keyword parameters.
    pub positional: Vec<Param>,
    pub posonly: usize,
    pub vararg: Option<Rc<str>>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Rc<str>>,
}

/// A `def` or a `lambda`.
#[derive(Debug)]
pub struct FuncDef {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub params: Params,
    pub body: Vec<Stmt>,
    /// 1-based line of the `def` (or the lambda).
    pub line: usize,
    /// A lambda's body is one expression, returned.
    pub lambda: Option<Expr>,
    /// The name binds a variable in the enclosing scope (None for a lambda).
    pub bind: Option<Name>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Pow,
    Div,
    FloorDiv,
    Mod,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Pow => "** or pow()",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// A comparison operator (`a < b`, `x in y`, `p is q`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// One argument of a call: positional, `*iterable`, `name=value` or `**mapping`.
#[derive(Clone, Debug)]
pub enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(Rc<str>, Expr),
    StarStar(Expr),
}

/// An item of a list, tuple or set display: `x` or `*xs`.
#[derive(Clone, Debug)]
pub enum Elt {
    One(Expr),
    Star(Expr),
}

/// A part of an f-string.
#[derive(Clone, Debug)]
pub enum FPart {
    Lit(Rc<str>),
    Field {
        value: Expr,
        /// `!r`, `!s`, `!a`.
        conversion: Option<char>,
        /// The format spec, itself an f-string (`{x:{width}}`).
        spec: Vec<FPart>,
    },
}

/// `for target in iter if cond...` of a comprehension.
#[derive(Clone, Debug)]
pub struct CompFor {
    pub target: Target,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    /// A generator expression, run eagerly into an iterator.
    Gen,
    Dict,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Name(Name),
    Attr(Box<Expr>, Rc<str>),
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    Subscript(Box<Expr>, Box<Key>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnOp, Box<Expr>),
    /// `a < b <= c`: chained, each operand evaluated once, stopping at the first false.
    Compare {
        left: Box<Expr>,
        ops: Vec<(CmpOp, Expr)>,
    },
    /// `a and b` (true) / `a or b` (false), with Python's short-circuit values.
    BoolOp {
        and: bool,
        values: Vec<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    List(Vec<Elt>),
    Tuple(Vec<Elt>),
    Set(Vec<Elt>),
    /// `{k: v, **m}`: None as key for `**m`.
    Dict(Vec<(Option<Expr>, Expr)>),
    FString(Vec<FPart>),
    Lambda(Rc<FuncDef>),
    Comp {
        kind: CompKind,
        /// The element (for a dict: the key) and, for a dict, the value.
        elt: Box<Expr>,
        value: Option<Box<Expr>>,
        generators: Vec<CompFor>,
    },
    /// `(x := value)`.
    Named(Name, Box<Expr>),
}

#[derive(Clone, Debug)]
pub enum Key {
    Index(Expr),
    Slice(Option<Expr>, Option<Expr>, Option<Expr>),
}
