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
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Pow => "** or pow()",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
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
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
}

#[derive(Clone, Debug)]
pub enum Key {
    Index(Expr),
    Slice(Option<Expr>, Option<Expr>, Option<Expr>),
}
