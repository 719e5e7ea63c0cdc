//! Parsing with ruff's parser and lowering its tree into the project's own types.
//! Anything outside the subset is refused here, before a statement runs.

use std::collections::HashSet;
use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Num;
use rustpython_ruff_python_ast as rast;
use rustpython_ruff_text_size::{Ranged, TextRange};

use super::ast::*;
use crate::model::dirs;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Unsupported,
}

/// A script that cannot run: where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    pub kind: ErrorKind,
    /// 1-based line and column (in characters).
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::Syntax => write!(
                f,
                "{}:{}: SyntaxError: {}",
                self.line, self.col, self.message
            ),
            ErrorKind::Unsupported => {
                write!(
                    f,
                    "{}:{}: unsupported: {}",
                    self.line, self.col, self.message
                )
            }
        }
    }
}

/// A parsed script: the source (newlines normalized) and its top-level statements.
#[derive(Clone, Debug)]
pub struct Program {
    pub source: Rc<str>,
    pub body: Vec<Stmt>,
}

/// Line starts of a source, for (line, column) look-ups in logarithmic time.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based (line, column in characters) of a byte offset of `source`.
    pub fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1].min(offset);
        (line, source[start..offset].chars().count() + 1)
    }
}

/// 1-based (line, column) of a byte offset (for one look-up; [`LineIndex`] for many).
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(source).line_col(source, offset)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Universal newlines, as Python's text mode reads a file: `\r\n` and `\r` become `\n`.
pub fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// CPython's tokenizer limit on open brackets.
const MAX_PAREN_DEPTH: usize = 200;
/// How deep an expression may nest; CPython's own parser gives up around here too.
const MAX_EXPR_DEPTH: usize = 1000;

/// Finds the first bracket opened beyond CPython's limit, skipping strings and comments.
fn too_deep_brackets(source: &str) -> Option<usize> {
    let b = source.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'\'' | b'"') => {
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                let step = if triple { 3 } else { 1 };
                i += step;
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q
                        && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q)))
                    {
                        i += step - 1;
                        break;
                    }
                    if !triple && b[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_PAREN_DEPTH {
                    return Some(i);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Parses and lowers `source`. Refuses syntax errors and anything outside the subset.
pub fn parse_program(source: &str) -> Result<Program, ScriptError> {
    parse(source, true)
}

/// Parses a statement typed at the app's prompt. Earlier statements of the session are not
/// part of its text, so names they bound are unknown here: builtins are left to the run-time
/// check, which sees the session's names.
pub fn parse_statement(source: &str) -> Result<Program, ScriptError> {
    parse(source, false)
}

fn parse(source: &str, check_builtins: bool) -> Result<Program, ScriptError> {
    let source: Rc<str> = Rc::from(normalize_newlines(source));
    if let Some(at) = too_deep_brackets(&source) {
        let (line, col) = line_col(&source, at);
        return Err(ScriptError {
            kind: ErrorKind::Syntax,
            line,
            col,
            message: "too many nested parentheses".into(),
        });
    }
    let parsed = rustpython_ruff_python_parser::parse_module(&source).map_err(|e| {
        let (line, col) = line_col(&source, e.location.start().to_usize());
        ScriptError {
            kind: ErrorKind::Syntax,
            line,
            col,
            message: e.error.to_string(),
        }
    })?;
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        let (line, col) = line_col(&source, e.range.start().to_usize());
        return Err(ScriptError {
            kind: ErrorKind::Syntax,
            line,
            col,
            message: e.to_string(),
        });
    }
    let module = parsed.into_syntax();
    let mut lw = Lowerer {
        source: &source,
        bound: HashSet::new(),
        loads: Vec::new(),
        depth: 0,
    };
    let body = module
        .body
        .iter()
        .map(|s| lw.stmt(s))
        .collect::<Result<Vec<_>, _>>()?;
    if check_builtins {
        lw.check_builtins()?;
    }
    Ok(Program { source, body })
}

struct Lowerer<'a> {
    source: &'a str,
    /// Names the script binds anywhere (assignment, with, import).
    bound: HashSet<Rc<str>>,
    /// Names the script reads, with where.
    loads: Vec<(Rc<str>, Span)>,
    /// Current expression nesting, bounded so evaluation never recurses too deep.
    depth: usize,
}

fn span(r: TextRange) -> Span {
    Span {
        start: r.start().to_usize(),
        end: r.end().to_usize(),
    }
}

impl Lowerer<'_> {
    fn unsupported<T>(&self, range: TextRange, what: impl Into<String>) -> Result<T, ScriptError> {
        let (line, col) = line_col(self.source, range.start().to_usize());
        Err(ScriptError {
            kind: ErrorKind::Unsupported,
            line,
            col,
            message: what.into(),
        })
    }

    fn check_builtins(&self) -> Result<(), ScriptError> {
        for (name, sp) in &self.loads {
            let builtin = dirs::BUILTINS.contains(&&**name);
            if builtin
                && super::eval::builtin_value(name).is_none()
                && !self.bound.contains(name)
                && !matches!(&**name, "None" | "True" | "False")
            {
                let (line, col) = line_col(self.source, sp.start);
                return Err(ScriptError {
                    kind: ErrorKind::Unsupported,
                    line,
                    col,
                    message: format!("the builtin '{name}'"),
                });
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &rast::Stmt) -> Result<Stmt, ScriptError> {
        let kind = match s {
            rast::Stmt::Import(imp) => {
                if imp.names.len() != 1 {
                    return self
                        .unsupported(imp.range, "importing several modules in one statement");
                }
                let alias = &imp.names[0];
                if alias.name.id.as_str() != "io" {
                    return self.unsupported(
                        alias.range,
                        format!("the module '{}' (only io is modelled)", alias.name.id),
                    );
                }
                let name: Rc<str> =
                    Rc::from(alias.asname.as_ref().unwrap_or(&alias.name).id.as_str());
                self.bound.insert(name.clone());
                StmtKind::ImportIo { name }
            }
            rast::Stmt::ImportFrom(imp) => {
                let module = imp.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                if module != "io" || imp.level != 0 {
                    return self.unsupported(
                        imp.range,
                        format!("importing from '{module}' (only io is modelled)"),
                    );
                }
                if imp.names.len() != 1 || imp.names[0].name.id.as_str() != "BytesIO" {
                    return self.unsupported(imp.range, "importing anything but BytesIO from io");
                }
                let alias = &imp.names[0];
                let name: Rc<str> =
                    Rc::from(alias.asname.as_ref().unwrap_or(&alias.name).id.as_str());
                self.bound.insert(name.clone());
                StmtKind::FromIoImportBytesIO { name }
            }
            rast::Stmt::Assign(a) => {
                let targets = a
                    .targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<Result<Vec<_>, _>>()?;
                StmtKind::Assign {
                    targets,
                    value: Box::new(self.expr(&a.value)?),
                }
            }
            rast::Stmt::AugAssign(a) => {
                let op = self.binop(a.op, a.range)?;
                if let rast::Expr::Name(n) = &*a.target {
                    self.loads.push((Rc::from(n.id.as_str()), span(n.range)));
                }
                StmtKind::AugAssign {
                    target: self.target(&a.target)?,
                    op,
                    value: Box::new(self.expr(&a.value)?),
                }
            }
            rast::Stmt::Expr(e) => StmtKind::Expr(Box::new(self.expr(&e.value)?)),
            rast::Stmt::Delete(d) => {
                let mut names = Vec::new();
                for t in &d.targets {
                    match t {
                        rast::Expr::Name(n) => names.push((Rc::from(n.id.as_str()), span(n.range))),
                        other => {
                            return self.unsupported(other.range(), "del of anything but names");
                        }
                    }
                }
                StmtKind::Del(names)
            }
            rast::Stmt::With(w) => {
                if w.is_async {
                    return self.unsupported(w.range, "async with");
                }
                let mut items = Vec::new();
                for item in &w.items {
                    let ctx = self.expr(&item.context_expr)?;
                    let target = match &item.optional_vars {
                        Some(t) => Some(self.target(t)?),
                        None => None,
                    };
                    items.push((ctx, target));
                }
                let body = w
                    .body
                    .iter()
                    .map(|s| self.stmt(s))
                    .collect::<Result<Vec<_>, _>>()?;
                StmtKind::With { items, body }
            }
            rast::Stmt::Pass(_) => StmtKind::Pass,
            other => {
                let what = match other {
                    rast::Stmt::FunctionDef(_) => "function definitions (def)",
                    rast::Stmt::ClassDef(_) => "class definitions",
                    rast::Stmt::For(_) => "for loops",
                    rast::Stmt::While(_) => "while loops",
                    rast::Stmt::If(_) => "if statements",
                    rast::Stmt::Try(_) => "try statements",
                    rast::Stmt::Raise(_) => "raise",
                    rast::Stmt::Assert(_) => "assert",
                    rast::Stmt::Return(_) => "return",
                    rast::Stmt::Match(_) => "match statements",
                    rast::Stmt::AnnAssign(_) => "annotated assignments",
                    rast::Stmt::Global(_) | rast::Stmt::Nonlocal(_) => "global/nonlocal",
                    rast::Stmt::Break(_) | rast::Stmt::Continue(_) => "break/continue",
                    _ => "this statement",
                };
                return self.unsupported(other.range(), what);
            }
        };
        Ok(Stmt {
            kind,
            span: span(s.range()),
        })
    }

    fn target(&mut self, t: &rast::Expr) -> Result<Target, ScriptError> {
        match t {
            rast::Expr::Name(n) => {
                let name: Rc<str> = Rc::from(n.id.as_str());
                self.bound.insert(name.clone());
                Ok(Target::Name(name))
            }
            rast::Expr::Subscript(s) => Ok(Target::Item {
                obj: Box::new(self.expr(&s.value)?),
                key: Box::new(self.key(&s.slice)?),
            }),
            rast::Expr::Attribute(a) => self.unsupported(a.range, "assignment to an attribute"),
            rast::Expr::Tuple(_) | rast::Expr::List(_) => {
                self.unsupported(t.range(), "unpacking assignment")
            }
            other => self.unsupported(other.range(), "this assignment target"),
        }
    }

    fn binop(&self, op: rast::Operator, range: TextRange) -> Result<BinOp, ScriptError> {
        match op {
            rast::Operator::Add => Ok(BinOp::Add),
            rast::Operator::Sub => Ok(BinOp::Sub),
            rast::Operator::Mult => Ok(BinOp::Mul),
            rast::Operator::Pow => Ok(BinOp::Pow),
            rast::Operator::Div => Ok(BinOp::Div),
            rast::Operator::FloorDiv => Ok(BinOp::FloorDiv),
            rast::Operator::Mod => Ok(BinOp::Mod),
            rast::Operator::LShift => Ok(BinOp::LShift),
            rast::Operator::RShift => Ok(BinOp::RShift),
            rast::Operator::BitAnd => Ok(BinOp::BitAnd),
            rast::Operator::BitOr => Ok(BinOp::BitOr),
            rast::Operator::BitXor => Ok(BinOp::BitXor),
            rast::Operator::MatMult => {
                let _ = range;
                Ok(BinOp::MatMul)
            }
        }
    }

    fn key(&mut self, e: &rast::Expr) -> Result<Key, ScriptError> {
        match e {
            rast::Expr::Slice(s) => {
                let mut part = |p: &Option<Box<rast::Expr>>| -> Result<Option<Expr>, ScriptError> {
                    match p {
                        Some(x) => Ok(Some(self.expr(x)?)),
                        None => Ok(None),
                    }
                };
                let lower = part(&s.lower)?;
                let upper = part(&s.upper)?;
                let step = part(&s.step)?;
                Ok(Key::Slice(lower, upper, step))
            }
            rast::Expr::Tuple(t) if t.elts.iter().any(|e| matches!(e, rast::Expr::Slice(_))) => {
                self.unsupported(t.range, "multi-dimensional slicing")
            }
            other => Ok(Key::Index(self.expr(other)?)),
        }
    }

    fn int_literal(&self, int: &rast::Int, range: TextRange) -> Result<BigInt, ScriptError> {
        if let Some(v) = int.as_u64() {
            return Ok(BigInt::from(v));
        }
        let text: String = self.source[span(range).start..span(range).end]
            .chars()
            .filter(|&c| c != '_')
            .collect();
        let lower = text.to_ascii_lowercase();
        let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
            (d.to_string(), 16)
        } else if let Some(d) = lower.strip_prefix("0o") {
            (d.to_string(), 8)
        } else if let Some(d) = lower.strip_prefix("0b") {
            (d.to_string(), 2)
        } else {
            (lower, 10)
        };
        match BigInt::from_str_radix(&digits, radix) {
            Ok(v) => Ok(v),
            Err(_) => self.unsupported(range, "this number literal"),
        }
    }

    fn expr(&mut self, e: &rast::Expr) -> Result<Expr, ScriptError> {
        if self.depth >= MAX_EXPR_DEPTH {
            let (line, col) = line_col(self.source, e.range().start().to_usize());
            return Err(ScriptError {
                kind: ErrorKind::Syntax,
                line,
                col,
                message: "expression nested too deeply".into(),
            });
        }
        self.depth += 1;
        let result = self.expr_inner(e);
        self.depth -= 1;
        result
    }

    fn expr_inner(&mut self, e: &rast::Expr) -> Result<Expr, ScriptError> {
        let kind = match e {
            rast::Expr::NoneLiteral(_) => ExprKind::None,
            rast::Expr::BooleanLiteral(b) => ExprKind::Bool(b.value),
            rast::Expr::NumberLiteral(n) => match &n.value {
                rast::Number::Int(i) => ExprKind::Int(self.int_literal(i, n.range)?),
                rast::Number::Float(x) => ExprKind::Float(*x),
                rast::Number::Complex { .. } => {
                    return self.unsupported(n.range, "complex numbers");
                }
            },
            rast::Expr::StringLiteral(s) => {
                let value = s.value.to_str();
                let text = &self.source[span(s.range).start..span(s.range).end];
                let lower = text.to_ascii_lowercase();
                if value.contains('\u{fffd}')
                    && !text.contains('\u{fffd}')
                    && !lower.contains("\\ufffd")
                    && !lower.contains("\\u0000fffd")
                {
                    // A lone surrogate (`"\ud800"`): Python's str holds it, Rust's cannot.
                    return self.unsupported(s.range, "lone surrogates in str literals");
                }
                ExprKind::Str(Rc::from(value))
            }
            rast::Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                ExprKind::Bytes(Rc::from(data))
            }
            rast::Expr::Name(n) => {
                let name: Rc<str> = Rc::from(n.id.as_str());
                self.loads.push((name.clone(), span(n.range)));
                ExprKind::Name(name)
            }
            rast::Expr::Attribute(a) => {
                ExprKind::Attr(Box::new(self.expr(&a.value)?), Rc::from(a.attr.id.as_str()))
            }
            rast::Expr::Call(c) => {
                let func = Box::new(self.expr(&c.func)?);
                let mut args = Vec::new();
                for a in c.arguments.args.iter() {
                    if let rast::Expr::Starred(s) = a {
                        return self.unsupported(s.range, "starred arguments");
                    }
                    args.push(self.expr(a)?);
                }
                let mut kwargs = Vec::new();
                for k in c.arguments.keywords.iter() {
                    let Some(arg) = &k.arg else {
                        return self.unsupported(k.range, "** arguments");
                    };
                    kwargs.push((Rc::from(arg.id.as_str()), self.expr(&k.value)?));
                }
                ExprKind::Call { func, args, kwargs }
            }
            rast::Expr::Subscript(s) => ExprKind::Subscript(
                Box::new(self.expr(&s.value)?),
                Box::new(self.key(&s.slice)?),
            ),
            rast::Expr::BinOp(b) => {
                let op = self.binop(b.op, b.range)?;
                ExprKind::Bin(
                    op,
                    Box::new(self.expr(&b.left)?),
                    Box::new(self.expr(&b.right)?),
                )
            }
            rast::Expr::UnaryOp(u) => {
                let op = match u.op {
                    rast::UnaryOp::USub => UnOp::Neg,
                    rast::UnaryOp::UAdd => UnOp::Pos,
                    rast::UnaryOp::Not => UnOp::Not,
                    rast::UnaryOp::Invert => UnOp::Invert,
                };
                ExprKind::Unary(op, Box::new(self.expr(&u.operand)?))
            }
            rast::Expr::List(l) => ExprKind::List(
                l.elts
                    .iter()
                    .map(|x| self.expr(x))
                    .collect::<Result<_, _>>()?,
            ),
            rast::Expr::Tuple(t) => ExprKind::Tuple(
                t.elts
                    .iter()
                    .map(|x| self.expr(x))
                    .collect::<Result<_, _>>()?,
            ),
            rast::Expr::Dict(d) => {
                let mut items = Vec::with_capacity(d.items.len());
                for item in &d.items {
                    let key = match &item.key {
                        Some(k) => Some(self.expr(k)?),
                        None => None,
                    };
                    items.push((key, self.expr(&item.value)?));
                }
                ExprKind::Dict(items)
            }
            rast::Expr::Compare(c) => {
                let left = Box::new(self.expr(&c.left)?);
                let mut ops = Vec::with_capacity(c.ops.len());
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    let op = match op {
                        rast::CmpOp::Eq => CmpOp::Eq,
                        rast::CmpOp::NotEq => CmpOp::NotEq,
                        rast::CmpOp::Lt => CmpOp::Lt,
                        rast::CmpOp::LtE => CmpOp::LtE,
                        rast::CmpOp::Gt => CmpOp::Gt,
                        rast::CmpOp::GtE => CmpOp::GtE,
                        rast::CmpOp::In => CmpOp::In,
                        rast::CmpOp::NotIn => CmpOp::NotIn,
                        rast::CmpOp::Is => CmpOp::Is,
                        rast::CmpOp::IsNot => CmpOp::IsNot,
                    };
                    ops.push((op, self.expr(right)?));
                }
                ExprKind::Compare { left, ops }
            }
            other => {
                let what = match other {
                    rast::Expr::BoolOp(_) => "and/or",
                    rast::Expr::Lambda(_) => "lambda",
                    rast::Expr::If(_) => "conditional expressions",
                    rast::Expr::DictComp(_) => "dict comprehensions",
                    rast::Expr::Set(_) | rast::Expr::SetComp(_) => "sets",
                    rast::Expr::ListComp(_) | rast::Expr::Generator(_) => "comprehensions",
                    rast::Expr::FString(_) | rast::Expr::TString(_) => "f-strings",
                    rast::Expr::Named(_) => "the walrus operator",
                    rast::Expr::Starred(_) => "starred expressions",
                    rast::Expr::Slice(_) => "a slice outside brackets",
                    rast::Expr::EllipsisLiteral(_) => "Ellipsis",
                    rast::Expr::Await(_) | rast::Expr::Yield(_) | rast::Expr::YieldFrom(_) => {
                        "await/yield"
                    }
                    _ => "this expression",
                };
                return self.unsupported(other.range(), what);
            }
        };
        Ok(Expr {
            kind,
            span: span(e.range()),
        })
    }
}
