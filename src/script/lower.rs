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
    /// CPython's IndentationError (a SyntaxError's subclass).
    Indentation,
    Unsupported,
    /// The run went past its step budget.
    Stopped,
}

/// Why the engine refused a statement, as data: the UI and the CPython fallback read this,
/// never the message. Its `Display` is the `run` CLI's English wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// `import zipfile`: a module other than io.
    ImportedModule(String),
    /// `from gzip import ...`: importing from a module other than io.
    ImportedFrom(String),
    /// `from io import X` for an X the engine does not model.
    ImportedName(String),
    /// Anything else outside the subset, as the engine names it (`decorators`).
    Construct(String),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::ImportedModule(m) => write!(f, "the module '{m}' (only io is modelled)"),
            Refusal::ImportedFrom(m) => write!(f, "importing from '{m}' (only io is modelled)"),
            Refusal::ImportedName(n) => write!(
                f,
                "importing '{n}' from io (the engine models {})",
                IO_NAMES.join(", ")
            ),
            Refusal::Construct(what) => f.write_str(what),
        }
    }
}

impl From<&str> for Refusal {
    fn from(what: &str) -> Refusal {
        Refusal::Construct(what.to_string())
    }
}

impl From<String> for Refusal {
    fn from(what: String) -> Refusal {
        Refusal::Construct(what)
    }
}

/// A script that cannot run: where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    pub kind: ErrorKind,
    /// 1-based line and column (in characters).
    pub line: usize,
    pub col: usize,
    /// A SyntaxError's message (CPython's), the step budget's, or a refusal's wording.
    pub message: String,
    /// For [`ErrorKind::Unsupported`]: why, as data.
    pub refusal: Option<Refusal>,
}

impl ScriptError {
    /// The engine refuses what starts at `line`:`col`.
    pub fn refused(line: usize, col: usize, why: Refusal) -> ScriptError {
        ScriptError {
            kind: ErrorKind::Unsupported,
            line,
            col,
            message: why.to_string(),
            refusal: Some(why),
        }
    }

    /// A SyntaxError at `line`:`col`, with CPython's message.
    pub fn syntax(line: usize, col: usize, message: String) -> ScriptError {
        ScriptError {
            kind: ErrorKind::Syntax,
            line,
            col,
            message,
            refusal: None,
        }
    }

    /// The module a refused import names (`zipfile`): what only CPython runs.
    pub fn imported_module(&self) -> Option<&str> {
        match &self.refusal {
            Some(Refusal::ImportedModule(m) | Refusal::ImportedFrom(m)) if !m.is_empty() => Some(m),
            _ => None,
        }
    }
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::Syntax => write!(
                f,
                "{}:{}: SyntaxError: {}",
                self.line, self.col, self.message
            ),
            ErrorKind::Indentation => write!(
                f,
                "{}:{}: IndentationError: {}",
                self.line, self.col, self.message
            ),
            ErrorKind::Unsupported => {
                write!(
                    f,
                    "{}:{}: unsupported: {}",
                    self.line, self.col, self.message
                )
            }
            ErrorKind::Stopped => {
                write!(f, "{}:{}: stopped: {}", self.line, self.col, self.message)
            }
        }
    }
}

/// A parsed script: the source (newlines normalized) and its top-level statements.
///
/// A program may be one piece of a longer text (a statement typed in a session): `source`
/// is the piece, which starts at byte `base` and after `lines_before` lines of the whole
/// text, and every span and line number in `body` is the whole text's.
#[derive(Clone, Debug)]
pub struct Program {
    pub source: Rc<str>,
    pub base: usize,
    pub lines_before: usize,
    pub body: Vec<Stmt>,
}

impl Program {
    /// The text of a span of the whole text (empty when it lies outside this piece).
    pub fn segment(&self, span: Span) -> &str {
        let local = Span {
            start: span.start.saturating_sub(self.base),
            end: span.end.saturating_sub(self.base),
        };
        super::session::segment(&self.source, local)
    }
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

    /// The text of 1-based line `n` of `source`, without its newline.
    pub fn line_text<'s>(&self, source: &'s str, n: usize) -> &'s str {
        let Some(&start) = n.checked_sub(1).and_then(|i| self.starts.get(i)) else {
            return "";
        };
        let end = self
            .starts
            .get(n)
            .map_or(source.len(), |&e| e.saturating_sub(1));
        source.get(start..end.max(start)).unwrap_or("")
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

/// The error for a script that is not UTF-8: `FILE:LINE:COL` of the first bad byte (the
/// column counts the characters before it on its line), then CPython's message, which names
/// the line.
pub fn not_utf8(file: &str, bytes: &[u8]) -> String {
    let at = match std::str::from_utf8(bytes) {
        Ok(_) => return format!("{file}:1:1: SyntaxError: not UTF-8"),
        Err(e) => e.valid_up_to(),
    };
    let valid = String::from_utf8_lossy(&bytes[..at]);
    let valid = normalize_newlines(&valid);
    let (line, col) = line_col(&valid, valid.len());
    format!(
        "{file}:{line}:{col}: SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file \
         {file} on line {line}, but no encoding declared; see \
         https://peps.python.org/pep-0263/ for details",
        bytes[at]
    )
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
    parse(source, true, 0, 0)
}

/// Parses a statement typed at the app's prompt. Earlier statements of the session are not
/// part of its text, so names they bound are unknown here: builtins are left to the run-time
/// check, which sees the session's names.
pub fn parse_statement(source: &str) -> Result<Program, ScriptError> {
    parse(source, false, 0, 0)
}

/// Parses a statement typed at the app's prompt that continues a session's text of
/// `base` bytes and `lines_before` lines: only the new text is read, so a statement costs
/// the same however long the session is, and its spans and lines are the session's.
pub fn parse_statement_at(
    text: &str,
    base: usize,
    lines_before: usize,
) -> Result<Program, ScriptError> {
    parse(text, false, base, lines_before)
}

fn parse(
    source: &str,
    check_builtins: bool,
    base: usize,
    lines_before: usize,
) -> Result<Program, ScriptError> {
    parse_local(source, check_builtins, base, lines_before).map_err(|mut e| {
        e.line += lines_before;
        e
    })
}

fn parse_local(
    source: &str,
    check_builtins: bool,
    base: usize,
    lines_before: usize,
) -> Result<Program, ScriptError> {
    let source: Rc<str> = Rc::from(normalize_newlines(source));
    if let Some(at) = too_deep_brackets(&source) {
        let (line, col) = line_col(&source, at);
        return Err(ScriptError {
            kind: ErrorKind::Syntax,
            line,
            col,
            message: "too many nested parentheses".into(),
            refusal: None,
        });
    }
    let options = rustpython_ruff_python_parser::ParseOptions::from(
        rustpython_ruff_python_parser::Mode::Module,
    )
    // The syntax of the version the thread's session behaves as.
    .with_target_version(rast::PythonVersion {
        major: 3,
        minor: crate::model::profile::current().parser_minor(),
    });
    let parsed = rustpython_ruff_python_parser::parse(&source, options.clone())
        .and_then(|p| p.try_into_module().ok_or_else(unreachable_mode_error))
        .map_err(|e| {
            let at = e.location.start().to_usize();
            // A bad escape in a literal: CPython's codec message, line and column.
            let cpython = match &e.error {
                rustpython_ruff_python_parser::ParseErrorType::Lexical(lex) => {
                    super::escapes::cpython_error(&source, at, lex, options)
                }
                _ => None,
            };
            if let Some((line, col, message)) = cpython {
                return ScriptError::syntax(line, col, message);
            }
            // Otherwise CPython's tokenizer's error, or its parser's wording of ruff's.
            let (line, col) = line_col(&source, at);
            let c = super::syntax::cpython_error(&source, at, &e.error.to_string(), line, col);
            ScriptError {
                kind: match c.class {
                    super::syntax::Class::Syntax => ErrorKind::Syntax,
                    super::syntax::Class::Indentation => ErrorKind::Indentation,
                },
                line: c.line,
                col: c.col,
                message: c.message,
                refusal: None,
            }
        })?;
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        let (line, col) = line_col(&source, e.range.start().to_usize());
        return Err(ScriptError {
            kind: ErrorKind::Syntax,
            line,
            col,
            message: e.to_string(),
            refusal: None,
        });
    }
    let module = parsed.into_syntax();
    let mut lw = Lowerer {
        source: &source,
        lines: LineIndex::new(&source),
        bound: HashSet::new(),
        loads: Vec::new(),
        depth: 0,
        scopes: Vec::new(),
        loop_depth: 0,
        base,
        lines_before,
    };
    let body = lw.block(&module.body)?;
    if check_builtins {
        lw.check_builtins()?;
    }
    Ok(Program {
        source,
        base,
        lines_before,
        body,
    })
}

fn unreachable_mode_error() -> rustpython_ruff_python_parser::ParseError {
    rustpython_ruff_python_parser::ParseError {
        error: rustpython_ruff_python_parser::ParseErrorType::OtherError(
            "not a module".to_string(),
        ),
        location: TextRange::default(),
    }
}

/// A scope being lowered: a function's (its locals and declarations) or a comprehension's.
enum LScope {
    Function {
        locals: HashSet<Rc<str>>,
        globals: HashSet<Rc<str>>,
        nonlocals: HashSet<Rc<str>>,
        qualname: Rc<str>,
    },
    Comp {
        vars: HashSet<Rc<str>>,
    },
}

struct Lowerer<'a> {
    source: &'a str,
    lines: LineIndex,
    /// Names the script binds anywhere (assignment, with, import).
    bound: HashSet<Rc<str>>,
    /// Names the script reads, with where.
    loads: Vec<(Rc<str>, Span)>,
    /// Current expression nesting, bounded so evaluation never recurses too deep.
    depth: usize,
    /// Enclosing functions and comprehensions, innermost last (empty at module level).
    scopes: Vec<LScope>,
    /// Loops around the statement being lowered (in the current function).
    loop_depth: usize,
    /// Where the text starts in the whole text (see [`Program`]).
    base: usize,
    lines_before: usize,
}

/// A range of the text being parsed (for slicing it).
fn span(r: TextRange) -> Span {
    Span {
        start: r.start().to_usize(),
        end: r.end().to_usize(),
    }
}

/// The names a function body binds (its locals, before `global`/`nonlocal`), and those
/// declarations; nested functions and classes are not entered, comprehensions keep theirs.
#[derive(Default)]
struct Bindings {
    bound: HashSet<Rc<str>>,
    globals: HashSet<Rc<str>>,
    nonlocals: HashSet<Rc<str>>,
}

impl Bindings {
    fn target(&mut self, t: &rast::Expr) {
        match t {
            rast::Expr::Name(n) => {
                self.bound.insert(Rc::from(n.id.as_str()));
            }
            rast::Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            rast::Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
            rast::Expr::Starred(s) => self.target(&s.value),
            _ => {}
        }
    }

    fn block(&mut self, body: &[rast::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &rast::Stmt) {
        match s {
            rast::Stmt::Assign(a) => a.targets.iter().for_each(|t| self.target(t)),
            rast::Stmt::AugAssign(a) => self.target(&a.target),
            rast::Stmt::AnnAssign(a) => self.target(&a.target),
            rast::Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
            rast::Stmt::For(f) => {
                self.target(&f.target);
                self.block(&f.body);
                self.block(&f.orelse);
            }
            rast::Stmt::While(w) => {
                self.block(&w.body);
                self.block(&w.orelse);
            }
            rast::Stmt::If(i) => {
                self.block(&i.body);
                for c in &i.elif_else_clauses {
                    self.block(&c.body);
                }
            }
            rast::Stmt::With(w) => {
                for item in &w.items {
                    if let Some(t) = &item.optional_vars {
                        self.target(t);
                    }
                }
                self.block(&w.body);
            }
            rast::Stmt::Try(t) => {
                self.block(&t.body);
                for h in &t.handlers {
                    let rast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bound.insert(Rc::from(n.id.as_str()));
                    }
                    self.block(&h.body);
                }
                self.block(&t.orelse);
                self.block(&t.finalbody);
            }
            rast::Stmt::FunctionDef(f) => {
                self.bound.insert(Rc::from(f.name.id.as_str()));
            }
            rast::Stmt::ClassDef(c) => {
                self.bound.insert(Rc::from(c.name.id.as_str()));
            }
            rast::Stmt::Import(imp) => {
                for a in &imp.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    let first = n.id.as_str().split('.').next().unwrap_or("");
                    self.bound.insert(Rc::from(first));
                }
            }
            rast::Stmt::ImportFrom(imp) => {
                for a in &imp.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.bound.insert(Rc::from(n.id.as_str()));
                }
            }
            rast::Stmt::Global(g) => {
                for n in &g.names {
                    self.globals.insert(Rc::from(n.id.as_str()));
                }
            }
            rast::Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.nonlocals.insert(Rc::from(n.id.as_str()));
                }
            }
            _ => {}
        }
        // Walrus targets bind in the function too.
        struct Walrus<'b>(&'b mut HashSet<Rc<str>>);
        impl<'v> rast::visitor::Visitor<'v> for Walrus<'_> {
            fn visit_stmt(&mut self, s: &'v rast::Stmt) {
                if !matches!(s, rast::Stmt::FunctionDef(_) | rast::Stmt::ClassDef(_)) {
                    rast::visitor::walk_stmt(self, s);
                }
            }
            fn visit_expr(&mut self, e: &'v rast::Expr) {
                match e {
                    rast::Expr::Named(n) => {
                        if let rast::Expr::Name(t) = &*n.target {
                            self.0.insert(Rc::from(t.id.as_str()));
                        }
                        rast::visitor::walk_expr(self, e);
                    }
                    rast::Expr::Lambda(_) => {}
                    _ => rast::visitor::walk_expr(self, e),
                }
            }
        }
        if !matches!(
            s,
            rast::Stmt::For(_)
                | rast::Stmt::While(_)
                | rast::Stmt::If(_)
                | rast::Stmt::With(_)
                | rast::Stmt::Try(_)
                | rast::Stmt::FunctionDef(_)
                | rast::Stmt::ClassDef(_)
        ) {
            rast::visitor::Visitor::visit_stmt(&mut Walrus(&mut self.bound), s);
        }
    }
}

impl Lowerer<'_> {
    fn unsupported<T>(&self, range: TextRange, why: impl Into<Refusal>) -> Result<T, ScriptError> {
        let (line, col) = line_col(self.source, range.start().to_usize());
        Err(ScriptError::refused(line, col, why.into()))
    }

    fn syntax<T>(&self, range: TextRange, what: impl Into<String>) -> Result<T, ScriptError> {
        let (line, col) = line_col(self.source, range.start().to_usize());
        Err(ScriptError::syntax(line, col, what.into()))
    }

    /// The whole text's line of a range.
    fn line_of(&self, r: TextRange) -> usize {
        self.lines.line_col(self.source, r.start().to_usize()).0 + self.lines_before
    }

    /// The whole text's span of a range.
    fn span(&self, r: TextRange) -> Span {
        let s = span(r);
        Span {
            start: s.start + self.base,
            end: s.end + self.base,
        }
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
                return Err(ScriptError::refused(
                    line,
                    col,
                    Refusal::Construct(format!("the builtin '{name}'")),
                ));
            }
        }
        Ok(())
    }

    /// Where a name read or written here lives.
    fn resolve(&self, id: &str) -> Scope {
        let mut first_function = true;
        for sc in self.scopes.iter().rev() {
            match sc {
                LScope::Comp { vars } => {
                    if vars.contains(id) {
                        return Scope::Comp;
                    }
                }
                LScope::Function {
                    locals,
                    globals,
                    nonlocals,
                    ..
                } => {
                    if first_function {
                        if globals.contains(id) {
                            return Scope::Global;
                        }
                        if nonlocals.contains(id) {
                            return Scope::Free;
                        }
                        if locals.contains(id) {
                            return Scope::Local;
                        }
                        first_function = false;
                    } else {
                        if globals.contains(id) {
                            return Scope::Global;
                        }
                        if locals.contains(id) || nonlocals.contains(id) {
                            return Scope::Free;
                        }
                    }
                }
            }
        }
        Scope::Global
    }

    fn name(&mut self, id: &str) -> Name {
        let id: Rc<str> = Rc::from(id);
        let scope = self.resolve(&id);
        Name {
            id,
            scope,
            slot: std::cell::Cell::new(u32::MAX),
        }
    }

    fn bind_name(&mut self, id: &str) -> Name {
        let n = self.name(id);
        if n.scope == Scope::Global {
            self.bound.insert(n.id.clone());
        }
        n
    }

    fn in_function(&self) -> bool {
        self.scopes
            .iter()
            .any(|s| matches!(s, LScope::Function { .. }))
    }

    fn block(&mut self, body: &[rast::Stmt]) -> Result<Vec<Stmt>, ScriptError> {
        body.iter().map(|s| self.stmt(s)).collect()
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
                        Refusal::ImportedModule(alias.name.id.to_string()),
                    );
                }
                let name = self.bind_name(alias.asname.as_ref().unwrap_or(&alias.name).id.as_str());
                StmtKind::ImportIo { name }
            }
            rast::Stmt::ImportFrom(imp) => {
                let module = imp.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                if module != "io" || imp.level != 0 {
                    return self.unsupported(imp.range, Refusal::ImportedFrom(module.to_string()));
                }
                let mut names = Vec::new();
                for alias in &imp.names {
                    let attr = alias.name.id.as_str();
                    if !IO_NAMES.contains(&attr) {
                        return self
                            .unsupported(alias.range, Refusal::ImportedName(attr.to_string()));
                    }
                    let bind =
                        self.bind_name(alias.asname.as_ref().unwrap_or(&alias.name).id.as_str());
                    names.push((Rc::from(attr), bind));
                }
                StmtKind::FromIo { names }
            }
            rast::Stmt::Assign(a) => {
                let value = Box::new(self.expr(&a.value)?);
                let targets = a
                    .targets
                    .iter()
                    .map(|t| self.target(t))
                    .collect::<Result<Vec<_>, _>>()?;
                StmtKind::Assign { targets, value }
            }
            rast::Stmt::AnnAssign(a) => match &a.value {
                Some(v) => {
                    let value = Box::new(self.expr(v)?);
                    StmtKind::Assign {
                        targets: vec![self.target(&a.target)?],
                        value,
                    }
                }
                None => StmtKind::Pass,
            },
            rast::Stmt::AugAssign(a) => {
                let op = self.binop(a.op);
                if let rast::Expr::Name(n) = &*a.target {
                    self.loads.push((Rc::from(n.id.as_str()), span(n.range)));
                }
                if matches!(&*a.target, rast::Expr::Tuple(_) | rast::Expr::List(_)) {
                    return self.syntax(
                        a.target.range(),
                        "'tuple' is an illegal expression for augmented assignment",
                    );
                }
                StmtKind::AugAssign {
                    target: self.target(&a.target)?,
                    op,
                    value: Box::new(self.expr(&a.value)?),
                }
            }
            rast::Stmt::Expr(e) => StmtKind::Expr(Box::new(self.expr(&e.value)?)),
            rast::Stmt::Delete(d) => {
                let mut targets = Vec::new();
                for t in &d.targets {
                    targets.push(self.target(t)?);
                }
                StmtKind::Del(targets)
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
                let body = self.block(&w.body)?;
                StmtKind::With { items, body }
            }
            rast::Stmt::Pass(_) => StmtKind::Pass,
            rast::Stmt::If(i) => {
                let test = Box::new(self.expr(&i.test)?);
                let body = self.block(&i.body)?;
                // elif/else clauses, folded right to left into nested ifs.
                let mut orelse: Vec<Stmt> = Vec::new();
                for clause in i.elif_else_clauses.iter().rev() {
                    let cbody = self.block(&clause.body)?;
                    orelse = match &clause.test {
                        None => cbody,
                        Some(t) => {
                            let test = Box::new(self.expr(t)?);
                            vec![Stmt {
                                kind: StmtKind::If {
                                    test,
                                    body: cbody,
                                    orelse,
                                },
                                span: self.span(clause.range),
                                line: self.line_of(clause.range),
                            }]
                        }
                    };
                }
                StmtKind::If { test, body, orelse }
            }
            rast::Stmt::While(w) => {
                let test = Box::new(self.expr(&w.test)?);
                self.loop_depth += 1;
                let body = self.block(&w.body);
                self.loop_depth -= 1;
                let body = body?;
                let orelse = self.block(&w.orelse)?;
                StmtKind::While { test, body, orelse }
            }
            rast::Stmt::For(f) => {
                if f.is_async {
                    return self.unsupported(f.range, "async for");
                }
                let iter = Box::new(self.expr(&f.iter)?);
                let target = self.target(&f.target)?;
                self.loop_depth += 1;
                let body = self.block(&f.body);
                self.loop_depth -= 1;
                let body = body?;
                let orelse = self.block(&f.orelse)?;
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                }
            }
            rast::Stmt::Break(b) => {
                if self.loop_depth == 0 {
                    return self.syntax(b.range, "'break' outside loop");
                }
                StmtKind::Break
            }
            rast::Stmt::Continue(c) => {
                if self.loop_depth == 0 {
                    return self.syntax(c.range, "'continue' not properly in loop");
                }
                StmtKind::Continue
            }
            rast::Stmt::Try(t) => {
                if t.is_star {
                    return self.unsupported(t.range, "except*");
                }
                let body = self.block(&t.body)?;
                let mut handlers = Vec::new();
                for h in &t.handlers {
                    let rast::ExceptHandler::ExceptHandler(h) = h;
                    let ty = match &h.type_ {
                        Some(e) => Some(self.expr(e)?),
                        None => None,
                    };
                    let name = h.name.as_ref().map(|n| self.bind_name(n.id.as_str()));
                    handlers.push(Handler {
                        ty,
                        name,
                        body: self.block(&h.body)?,
                        line: self.line_of(h.range),
                    });
                }
                let orelse = self.block(&t.orelse)?;
                let finalbody = self.block(&t.finalbody)?;
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }
            }
            rast::Stmt::Raise(r) => StmtKind::Raise {
                exc: match &r.exc {
                    Some(e) => Some(Box::new(self.expr(e)?)),
                    None => None,
                },
                cause: match &r.cause {
                    Some(e) => Some(Box::new(self.expr(e)?)),
                    None => None,
                },
            },
            rast::Stmt::Assert(a) => StmtKind::Assert {
                test: Box::new(self.expr(&a.test)?),
                msg: match &a.msg {
                    Some(e) => Some(Box::new(self.expr(e)?)),
                    None => None,
                },
            },
            rast::Stmt::FunctionDef(f) => {
                if f.is_async {
                    return self.unsupported(f.range, "async functions");
                }
                if let Some(d) = f.decorator_list.first() {
                    return self.unsupported(d.range, "decorators");
                }
                if let Some(y) = find_yield(&f.body) {
                    return self.unsupported(y, "generators (yield)");
                }
                let bind = self.bind_name(f.name.id.as_str());
                let def = self.function(
                    f.name.id.as_str(),
                    &f.parameters,
                    FnBody::Block(&f.body),
                    f.range,
                    Some(bind),
                )?;
                StmtKind::Def(def)
            }
            rast::Stmt::Return(r) => {
                if !self.in_function() {
                    return self.syntax(r.range, "'return' outside function");
                }
                StmtKind::Return(match &r.value {
                    Some(e) => Some(Box::new(self.expr(e)?)),
                    None => None,
                })
            }
            rast::Stmt::Global(g) => {
                for n in &g.names {
                    self.bound.insert(Rc::from(n.id.as_str()));
                }
                StmtKind::Declare
            }
            rast::Stmt::Nonlocal(g) => {
                if !self.in_function() {
                    return self
                        .syntax(g.range, "nonlocal declaration not allowed at module level");
                }
                StmtKind::Declare
            }
            other => {
                let what = match other {
                    rast::Stmt::ClassDef(_) => "class definitions",
                    rast::Stmt::Match(_) => "match statements",
                    rast::Stmt::TypeAlias(_) => "type aliases",
                    _ => "this statement",
                };
                return self.unsupported(other.range(), what);
            }
        };
        Ok(Stmt {
            kind,
            span: self.span(s.range()),
            line: self.line_of(s.range()),
        })
    }

    /// Lowers a function (a `def` body or a lambda's expression) in a scope of its own.
    fn function(
        &mut self,
        name: &str,
        params: &rast::Parameters,
        body: FnBody<'_>,
        range: TextRange,
        bind: Option<Name>,
    ) -> Result<Rc<FuncDef>, ScriptError> {
        // Defaults are evaluated where the def runs: lower them in the enclosing scope.
        let lower_param =
            |lw: &mut Self, p: &rast::ParameterWithDefault| -> Result<Param, ScriptError> {
                Ok(Param {
                    name: Rc::from(p.parameter.name.id.as_str()),
                    default: match &p.default {
                        Some(d) => Some(lw.expr(d)?),
                        None => None,
                    },
                })
            };
        let mut lp = Params::default();
        for p in params.posonlyargs.iter().chain(params.args.iter()) {
            lp.positional.push(lower_param(self, p)?);
        }
        lp.posonly = params.posonlyargs.len();
        lp.vararg = params.vararg.as_ref().map(|p| Rc::from(p.name.id.as_str()));
        for p in &params.kwonlyargs {
            lp.kwonly.push(lower_param(self, p)?);
        }
        lp.kwarg = params.kwarg.as_ref().map(|p| Rc::from(p.name.id.as_str()));

        let mut b = Bindings::default();
        match body {
            FnBody::Block(stmts) => b.block(stmts),
            FnBody::Lambda(e) => {
                b.stmt(&rast::Stmt::Expr(rast::StmtExpr {
                    node_index: Default::default(),
                    range: e.range(),
                    value: Box::new(e.clone()),
                }));
            }
        }
        let mut locals = b.bound;
        for p in lp
            .positional
            .iter()
            .chain(lp.kwonly.iter())
            .map(|p| &p.name)
            .chain(lp.vararg.iter())
            .chain(lp.kwarg.iter())
        {
            locals.insert(p.clone());
        }
        for g in b.globals.iter().chain(b.nonlocals.iter()) {
            locals.remove(g);
        }
        let parent_qual = self.scopes.iter().rev().find_map(|s| match s {
            LScope::Function { qualname, .. } => Some(qualname.clone()),
            _ => None,
        });
        let qualname: Rc<str> = match parent_qual {
            Some(q) => Rc::from(format!("{q}.<locals>.{name}")),
            None => Rc::from(name),
        };
        self.scopes.push(LScope::Function {
            locals,
            globals: b.globals,
            nonlocals: b.nonlocals,
            qualname: qualname.clone(),
        });
        let saved_loops = std::mem::replace(&mut self.loop_depth, 0);
        let lowered = match body {
            FnBody::Block(stmts) => self.block(stmts).map(|b| (b, None)),
            FnBody::Lambda(e) => self.expr(e).map(|e| (Vec::new(), Some(e))),
        };
        self.loop_depth = saved_loops;
        self.scopes.pop();
        let (body, lambda) = lowered?;
        Ok(Rc::new(FuncDef {
            name: Rc::from(name),
            qualname,
            params: lp,
            body,
            line: self.line_of(range),
            lambda,
            bind,
        }))
    }

    fn target(&mut self, t: &rast::Expr) -> Result<Target, ScriptError> {
        match t {
            rast::Expr::Name(n) => Ok(Target::Name(self.bind_name(n.id.as_str()))),
            rast::Expr::Subscript(s) => Ok(Target::Item {
                obj: Box::new(self.expr(&s.value)?),
                key: Box::new(self.key(&s.slice)?),
            }),
            rast::Expr::Attribute(a) => self.unsupported(a.range, "assignment to an attribute"),
            rast::Expr::Tuple(_) | rast::Expr::List(_) => {
                let elts = match t {
                    rast::Expr::Tuple(x) => &x.elts,
                    rast::Expr::List(x) => &x.elts,
                    _ => unreachable!("matched above"),
                };
                let mut items = Vec::new();
                let mut star = None;
                for (i, e) in elts.iter().enumerate() {
                    if let rast::Expr::Starred(s) = e {
                        if star.is_some() {
                            return self
                                .syntax(s.range, "multiple starred expressions in assignment");
                        }
                        star = Some(i);
                        items.push(self.target(&s.value)?);
                    } else {
                        items.push(self.target(e)?);
                    }
                }
                Ok(Target::Unpack {
                    items,
                    star,
                    span: self.span(t.range()),
                })
            }
            rast::Expr::Starred(s) => self.syntax(
                s.range,
                "starred assignment target must be in a list or tuple",
            ),
            other => self.unsupported(other.range(), "this assignment target"),
        }
    }

    fn binop(&self, op: rast::Operator) -> BinOp {
        match op {
            rast::Operator::Add => BinOp::Add,
            rast::Operator::Sub => BinOp::Sub,
            rast::Operator::Mult => BinOp::Mul,
            rast::Operator::Pow => BinOp::Pow,
            rast::Operator::Div => BinOp::Div,
            rast::Operator::FloorDiv => BinOp::FloorDiv,
            rast::Operator::Mod => BinOp::Mod,
            rast::Operator::LShift => BinOp::LShift,
            rast::Operator::RShift => BinOp::RShift,
            rast::Operator::BitAnd => BinOp::BitAnd,
            rast::Operator::BitOr => BinOp::BitOr,
            rast::Operator::BitXor => BinOp::BitXor,
            rast::Operator::MatMult => BinOp::MatMul,
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
            return Err(ScriptError::syntax(
                line,
                col,
                "expression nested too deeply".into(),
            ));
        }
        self.depth += 1;
        let result = self.expr_inner(e);
        self.depth -= 1;
        result
    }

    fn elts(&mut self, elts: &[rast::Expr]) -> Result<Vec<Elt>, ScriptError> {
        elts.iter()
            .map(|x| match x {
                rast::Expr::Starred(s) => Ok(Elt::Star(self.expr(&s.value)?)),
                x => Ok(Elt::One(self.expr(x)?)),
            })
            .collect()
    }

    fn str_literal(&self, value: &str, range: TextRange) -> Result<Rc<str>, ScriptError> {
        let text = &self.source[span(range).start..span(range).end];
        let lower = text.to_ascii_lowercase();
        if value.contains('\u{fffd}')
            && !text.contains('\u{fffd}')
            && !lower.contains("\\ufffd")
            && !lower.contains("\\u0000fffd")
        {
            // A lone surrogate (`"\ud800"`): Python's str holds it, Rust's cannot.
            return self.unsupported(range, "lone surrogates in str literals");
        }
        Ok(Rc::from(value))
    }

    fn fstring_parts(
        &mut self,
        elements: &[rast::InterpolatedStringElement],
        out: &mut Vec<FPart>,
    ) -> Result<(), ScriptError> {
        for el in elements {
            match el {
                rast::InterpolatedStringElement::Literal(l) => {
                    out.push(FPart::Lit(self.str_literal(&l.value, l.range)?));
                }
                rast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(d) = &i.debug_text {
                        // `{x=}`: the expression's text, then repr unless a conversion or
                        // spec says otherwise.
                        let text = &self.source
                            [span(i.expression.range()).start..span(i.expression.range()).end];
                        out.push(FPart::Lit(Rc::from(format!(
                            "{}{}{}",
                            d.leading, text, d.trailing
                        ))));
                    }
                    let conversion = match i.conversion {
                        rast::ConversionFlag::None => {
                            if i.debug_text.is_some() && i.format_spec.is_none() {
                                Some('r')
                            } else {
                                None
                            }
                        }
                        rast::ConversionFlag::Str => Some('s'),
                        rast::ConversionFlag::Repr => Some('r'),
                        rast::ConversionFlag::Ascii => Some('a'),
                    };
                    let mut spec = Vec::new();
                    if let Some(fs) = &i.format_spec {
                        self.fstring_parts(&fs.elements, &mut spec)?;
                    }
                    out.push(FPart::Field {
                        value: self.expr(&i.expression)?,
                        conversion,
                        spec,
                    });
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        kind: CompKind,
        elt: &rast::Expr,
        value: Option<&rast::Expr>,
        generators: &[rast::Comprehension],
    ) -> Result<ExprKind, ScriptError> {
        // The first iterable is evaluated in the enclosing scope; the rest inside.
        let mut vars = HashSet::new();
        for g in generators {
            let mut b = Bindings::default();
            b.target(&g.target);
            vars.extend(b.bound);
        }
        let mut gens = Vec::new();
        let first_iter = match generators.first() {
            Some(g) => self.expr(&g.iter)?,
            None => return self.syntax(TextRange::default(), "empty comprehension"),
        };
        self.scopes.push(LScope::Comp { vars });
        let result = (|| {
            for (i, g) in generators.iter().enumerate() {
                if g.is_async {
                    return self.unsupported(g.range, "async comprehensions");
                }
                let iter = if i == 0 {
                    first_iter.clone()
                } else {
                    self.expr(&g.iter)?
                };
                let target = self.target(&g.target)?;
                let ifs = g
                    .ifs
                    .iter()
                    .map(|x| self.expr(x))
                    .collect::<Result<Vec<_>, _>>()?;
                gens.push(CompFor { target, iter, ifs });
            }
            let elt = Box::new(self.expr(elt)?);
            let value = match value {
                Some(v) => Some(Box::new(self.expr(v)?)),
                None => None,
            };
            Ok(ExprKind::Comp {
                kind,
                elt,
                value,
                generators: gens,
            })
        })();
        self.scopes.pop();
        result
    }

    fn expr_inner(&mut self, e: &rast::Expr) -> Result<Expr, ScriptError> {
        let kind = match e {
            rast::Expr::NoneLiteral(_) => ExprKind::None,
            rast::Expr::BooleanLiteral(b) => ExprKind::Bool(b.value),
            rast::Expr::EllipsisLiteral(_) => ExprKind::Ellipsis,
            rast::Expr::NumberLiteral(n) => match &n.value {
                rast::Number::Int(i) => ExprKind::Int(self.int_literal(i, n.range)?),
                rast::Number::Float(x) => ExprKind::Float(*x),
                rast::Number::Complex { .. } => {
                    return self.unsupported(n.range, "complex numbers");
                }
            },
            rast::Expr::StringLiteral(s) => {
                ExprKind::Str(self.str_literal(s.value.to_str(), s.range)?)
            }
            rast::Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                ExprKind::Bytes(Rc::from(data))
            }
            rast::Expr::FString(f) => {
                let mut parts = Vec::new();
                for part in f.value.iter() {
                    match part {
                        rast::FStringPart::Literal(l) => {
                            parts.push(FPart::Lit(self.str_literal(&l.value, l.range)?));
                        }
                        rast::FStringPart::FString(fs) => {
                            self.fstring_parts(&fs.elements, &mut parts)?;
                        }
                    }
                }
                ExprKind::FString(parts)
            }
            rast::Expr::Name(n) => {
                let name = self.name(n.id.as_str());
                self.loads.push((name.id.clone(), span(n.range)));
                ExprKind::Name(name)
            }
            rast::Expr::Attribute(a) => {
                ExprKind::Attr(Box::new(self.expr(&a.value)?), Rc::from(a.attr.id.as_str()))
            }
            rast::Expr::Call(c) => {
                let func = Box::new(self.expr(&c.func)?);
                // Positional and keyword arguments in source order, as CPython evaluates them.
                let mut items: Vec<(usize, Arg)> = Vec::new();
                for a in c.arguments.args.iter() {
                    let at = a.range().start().to_usize();
                    let arg = match a {
                        rast::Expr::Starred(s) => Arg::Star(self.expr(&s.value)?),
                        a => Arg::Pos(self.expr(a)?),
                    };
                    items.push((at, arg));
                }
                for k in c.arguments.keywords.iter() {
                    let at = k.range.start().to_usize();
                    let arg = match &k.arg {
                        Some(name) => Arg::Kw(Rc::from(name.id.as_str()), self.expr(&k.value)?),
                        None => Arg::StarStar(self.expr(&k.value)?),
                    };
                    items.push((at, arg));
                }
                items.sort_by_key(|(at, _)| *at);
                ExprKind::Call {
                    func,
                    args: items.into_iter().map(|(_, a)| a).collect(),
                }
            }
            rast::Expr::Subscript(s) => ExprKind::Subscript(
                Box::new(self.expr(&s.value)?),
                Box::new(self.key(&s.slice)?),
            ),
            rast::Expr::BinOp(b) => {
                let op = self.binop(b.op);
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
            rast::Expr::BoolOp(b) => ExprKind::BoolOp {
                and: matches!(b.op, rast::BoolOp::And),
                values: b
                    .values
                    .iter()
                    .map(|x| self.expr(x))
                    .collect::<Result<_, _>>()?,
            },
            rast::Expr::If(i) => ExprKind::IfExp {
                test: Box::new(self.expr(&i.test)?),
                body: Box::new(self.expr(&i.body)?),
                orelse: Box::new(self.expr(&i.orelse)?),
            },
            rast::Expr::List(l) => ExprKind::List(self.elts(&l.elts)?),
            rast::Expr::Tuple(t) => ExprKind::Tuple(self.elts(&t.elts)?),
            rast::Expr::Set(t) => ExprKind::Set(self.elts(&t.elts)?),
            rast::Expr::Dict(d) => {
                let mut items = Vec::new();
                for item in &d.items {
                    let key = match &item.key {
                        Some(k) => Some(self.expr(k)?),
                        None => None,
                    };
                    items.push((key, self.expr(&item.value)?));
                }
                ExprKind::Dict(items)
            }
            rast::Expr::ListComp(c) => {
                self.comprehension(CompKind::List, &c.elt, None, &c.generators)?
            }
            rast::Expr::SetComp(c) => {
                self.comprehension(CompKind::Set, &c.elt, None, &c.generators)?
            }
            rast::Expr::Generator(c) => {
                self.comprehension(CompKind::Gen, &c.elt, None, &c.generators)?
            }
            rast::Expr::DictComp(c) => {
                self.comprehension(CompKind::Dict, &c.key, Some(&c.value), &c.generators)?
            }
            rast::Expr::Lambda(l) => {
                let empty = rast::Parameters {
                    range: l.range,
                    node_index: Default::default(),
                    posonlyargs: Vec::new(),
                    args: Vec::new(),
                    vararg: None,
                    kwonlyargs: Vec::new(),
                    kwarg: None,
                };
                let params = l.parameters.as_deref().unwrap_or(&empty);
                ExprKind::Lambda(self.function(
                    "<lambda>",
                    params,
                    FnBody::Lambda(&l.body),
                    l.range,
                    None,
                )?)
            }
            rast::Expr::Named(n) => {
                let rast::Expr::Name(t) = &*n.target else {
                    return self.syntax(
                        n.range,
                        "cannot use assignment expressions with this target",
                    );
                };
                let value = Box::new(self.expr(&n.value)?);
                // Inside a comprehension, the name binds in the enclosing function or module.
                let mut name = self.bind_name(t.id.as_str());
                if name.scope == Scope::Comp {
                    name.scope = Scope::Global;
                }
                ExprKind::Named(name, value)
            }
            other => {
                let what = match other {
                    rast::Expr::TString(_) => "t-strings",
                    rast::Expr::Starred(_) => "starred expressions here",
                    rast::Expr::Slice(_) => "a slice outside brackets",
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
            span: self.span(e.range()),
        })
    }
}

/// A function's body while lowering.
#[derive(Clone, Copy)]
enum FnBody<'a> {
    Block(&'a [rast::Stmt]),
    Lambda(&'a rast::Expr),
}

/// The names `from io import ...` may bring in.
pub const IO_NAMES: &[&str] = &[
    "BytesIO",
    "SEEK_SET",
    "SEEK_CUR",
    "SEEK_END",
    "DEFAULT_BUFFER_SIZE",
];

/// Where a `yield` first appears in a function body (not in nested functions).
fn find_yield(body: &[rast::Stmt]) -> Option<TextRange> {
    struct Find(Option<TextRange>);
    impl<'v> rast::visitor::Visitor<'v> for Find {
        fn visit_stmt(&mut self, s: &'v rast::Stmt) {
            if self.0.is_none()
                && !matches!(s, rast::Stmt::FunctionDef(_) | rast::Stmt::ClassDef(_))
            {
                rast::visitor::walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'v rast::Expr) {
            match e {
                rast::Expr::Yield(y) => self.0 = self.0.or(Some(y.range)),
                rast::Expr::YieldFrom(y) => self.0 = self.0.or(Some(y.range)),
                rast::Expr::Lambda(_) => {}
                _ => rast::visitor::walk_expr(self, e),
            }
        }
    }
    let mut f = Find(None);
    for s in body {
        rast::visitor::Visitor::visit_stmt(&mut f, s);
    }
    f.0
}
