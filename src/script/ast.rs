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
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `import io` / `import io as x`: binds `name` to the io module.
    ImportIo {
        name: Rc<str>,
    },
    /// `from io import BytesIO [as x]`.
    FromIoImportBytesIO {
        name: Rc<str>,
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
    /// `del a, b`: names deleted left to right.
    Del(Vec<(Rc<str>, Span)>),
    /// `with e1 [as t1], e2 [as t2]:` (items nest left to right).
    With {
        items: Vec<(Expr, Option<Target>)>,
        body: Vec<Stmt>,
    },
    Pass,
}

#[derive(Clone, Debug)]
pub enum Target {
    Name(Rc<str>),
    Item { obj: Box<Expr>, key: Box<Key> },
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

#[derive(Clone, Debug)]
pub enum ExprKind {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Name(Rc<str>),
    Attr(Box<Expr>, Rc<str>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        kwargs: Vec<(Rc<str>, Expr)>,
    },
    Subscript(Box<Expr>, Box<Key>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnOp, Box<Expr>),
    /// `a < b <= c`: chained, each operand evaluated once, stopping at the first false.
    Compare {
        left: Box<Expr>,
        ops: Vec<(CmpOp, Expr)>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `{k: v, **m}`: items in order; a `None` key unpacks a mapping.
    Dict(Vec<(Option<Expr>, Expr)>),
}

#[derive(Clone, Debug)]
pub enum Key {
    Index(Expr),
    Slice(Option<Expr>, Option<Expr>, Option<Expr>),
}
