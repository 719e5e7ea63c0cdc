//! The engine's session: the prompt's namespace and state, running statements one at a time
//! and recording what each one did.

use std::rc::{Rc, Weak};

use crate::model::error::{ExcType, PyErr};
use crate::model::stream::{Edit, Stream};
use crate::model::value::{Module, ObjId, Value};
use crate::model::view::{Origin, Source, View};

use super::ast::{Span, Stmt};
use super::lower::{LineIndex, Program};

/// Settings of a session.
#[derive(Clone, Debug)]
pub struct Config {
    /// Largest size a stream (or a bytes object) may grow to before `MemoryError`.
    pub max_size: usize,
    /// Record each stream edit so steps can be undone and redone without buffer copies.
    pub journal: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_size: 1 << 30,
            journal: false,
        }
    }
}

/// A stream's observable state at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StreamSnap {
    pub size: usize,
    pub pos: i64,
    pub closed: bool,
    pub exports: usize,
}

impl StreamSnap {
    pub fn of(s: &Stream) -> Self {
        StreamSnap {
            size: s.size(),
            pos: s.pos(),
            closed: s.closed(),
            exports: s.exports(),
        }
    }
}

/// What one statement did to one stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StreamChange {
    pub stream: ObjId,
    pub before: StreamSnap,
    pub after: StreamSnap,
    /// Byte edits, in order (only when the session journals).
    pub edits: Vec<Edit>,
}

impl StreamChange {
    /// Offsets written by this step, as half-open ranges in the stream.
    pub fn written(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.edits
            .iter()
            .filter(|e| !e.new.is_empty())
            .map(|e| (e.offset, e.offset + e.new.len()))
    }
}

/// The error a statement ended with.
#[derive(Clone, Debug)]
pub struct StepError {
    /// The line the prompt prints: `BufferError: Existing exports of data: ...`.
    pub line: String,
    pub ty: ExcType,
    /// For the exports BufferError: the stream it was about.
    pub stream: Option<ObjId>,
    /// The stream operation that raised it, when one did (`close()`, `write()`, ...).
    pub operation: Option<&'static str>,
}

/// The record of one executed top-level statement.
#[derive(Clone, Debug)]
pub struct Step {
    pub span: Span,
    /// 1-based first and last line of the statement.
    pub line: usize,
    pub end_line: usize,
    /// The echo: `>>> first line` and `... ` continuation lines, joined by `\n`.
    pub echo: String,
    /// What the statement printed (displayed values and print()), each line ending in `\n`.
    pub output: String,
    pub error: Option<StepError>,
    pub changes: Vec<StreamChange>,
}

impl Step {
    /// The statement's transcript: echo, output, then the error line.
    pub fn transcript(&self) -> String {
        let mut s = String::with_capacity(self.echo.len() + self.output.len() + 2);
        s.push_str(&self.echo);
        s.push('\n');
        s.push_str(&self.output);
        if let Some(e) = &self.error {
            s.push_str(&e.line);
            s.push('\n');
        }
        s
    }

    pub fn change_of(&self, stream: ObjId) -> Option<&StreamChange> {
        self.changes.iter().find(|c| c.stream == stream)
    }
}

/// Who keeps a view (and so its export) alive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Root {
    /// A name in the script's namespace.
    Name(Rc<str>),
    /// The prompt's `_`, the last displayed value.
    Underscore,
    /// The prompt's last error (an AttributeError keeps its object).
    LastError,
}

impl Root {
    pub fn describe(&self) -> String {
        match self {
            Root::Name(n) => format!("the name `{n}`"),
            Root::Underscore => "`_` (the last shown value)".into(),
            Root::LastError => "the last error".into(),
        }
    }
}

/// One live view of an export, and who reaches it.
#[derive(Clone, Debug)]
pub struct ViewInfo {
    pub id: ObjId,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub readonly: bool,
    /// Source offsets covered, lowest and highest (inclusive), if not empty.
    pub span: Option<(usize, usize)>,
    /// `b[2:5]`-style description of the bytes it covers.
    pub range: String,
    pub holders: Vec<Root>,
    /// True for a slice or `memoryview(view)` rather than the getbuffer() view itself.
    pub derived: bool,
}

/// One live export: a getbuffer()/memoryview() family.
#[derive(Clone, Debug)]
pub struct ExportInfo {
    pub family: ObjId,
    /// The stream exported, for getbuffer() families.
    pub stream: Option<ObjId>,
    /// A name the exported object is known by (`b`), or a description.
    pub label: String,
    pub origin: Origin,
    pub views: Vec<ViewInfo>,
}

impl ExportInfo {
    /// Every root that keeps this export alive, deduplicated, in order.
    pub fn holders(&self) -> Vec<Root> {
        let mut out: Vec<Root> = Vec::new();
        for v in &self.views {
            for h in &v.holders {
                if !out.contains(h) {
                    out.push(h.clone());
                }
            }
        }
        out
    }
}

/// The engine: one interactive-prompt session.
pub struct Session {
    pub(super) config: Config,
    /// The module namespace, in insertion order (as the prompt's globals dict).
    pub(super) globals: Vec<(Rc<str>, Value)>,
    /// `builtins._`.
    pub(super) underscore: Option<Value>,
    /// `sys.last_value`.
    pub(super) last_error: Option<PyErr>,
    /// Output of the statement being run.
    pub(super) out: String,
    /// Source and line of the statement being run, for export origins.
    pub(super) source: Rc<str>,
    lines: LineIndex,
    pub(super) cur_line: usize,
    pub(super) cur_text: String,
    /// Every stream made, weakly, to report changes.
    pub(super) streams: Vec<Weak<Stream>>,
}

impl Default for Session {
    fn default() -> Self {
        Session::new(Config::default())
    }
}

impl Session {
    pub fn new(config: Config) -> Session {
        Session {
            config,
            globals: vec![
                (Rc::from("__name__"), Value::str("__main__")),
                (Rc::from("__builtins__"), Value::Module(Module::Builtins)),
            ],
            underscore: None,
            last_error: None,
            out: String::new(),
            source: Rc::from(""),
            lines: LineIndex::default(),
            cur_line: 0,
            cur_text: String::new(),
            streams: Vec::new(),
        }
    }

    /// Runs every top-level statement of `program`.
    pub fn run_program(&mut self, program: &Program) -> Vec<Step> {
        program
            .body
            .iter()
            .map(|s| self.run_statement(&program.source, s))
            .collect()
    }

    /// Runs one top-level statement the way the prompt does and records it.
    pub fn run_statement(&mut self, source: &Rc<str>, stmt: &Stmt) -> Step {
        if !Rc::ptr_eq(&self.source, source) {
            self.source = source.clone();
            self.lines = LineIndex::new(source);
        }
        let (line, _) = self.lines.line_col(source, stmt.span.start);
        let (end_line, _) = self.lines.line_col(source, stmt.span.end);
        let echo = echo(source, stmt.span);
        self.cur_line = line;
        self.cur_text = segment(source, stmt.span).trim().to_string();
        let before = self.snapshot();
        self.out.clear();
        let result = self.exec(stmt);
        let error = match result {
            Ok(()) => None,
            Err(e) => {
                let info = StepError {
                    line: e.line(),
                    ty: e.ty,
                    stream: e.stream,
                    operation: e.operation,
                };
                if e.ty != ExcType::Unsupported {
                    // The prompt keeps the last error, dropping the one before.
                    self.last_error = Some(e);
                }
                Some(info)
            }
        };
        let changes = self.changes(before);
        Step {
            span: stmt.span,
            line,
            end_line,
            echo,
            output: std::mem::take(&mut self.out),
            error,
            changes,
        }
    }

    pub(super) fn origin(&self) -> Origin {
        Origin {
            line: self.cur_line,
            text: self.cur_text.clone(),
        }
    }

    pub(super) fn new_stream(&mut self, data: Vec<u8>) -> Rc<Stream> {
        let s = Stream::new(data, self.config.max_size, self.config.journal);
        if self.streams.len() > 64 {
            self.streams.retain(|w| w.strong_count() > 0);
        }
        self.streams.push(Rc::downgrade(&s));
        s
    }

    fn snapshot(&self) -> Vec<(ObjId, StreamSnap)> {
        self.streams
            .iter()
            .filter_map(Weak::upgrade)
            .map(|s| (s.id, StreamSnap::of(&s)))
            .collect()
    }

    fn changes(&mut self, before: Vec<(ObjId, StreamSnap)>) -> Vec<StreamChange> {
        let before: std::collections::HashMap<ObjId, StreamSnap> = before.into_iter().collect();
        let mut out = Vec::new();
        for s in self.streams.iter().filter_map(Weak::upgrade) {
            let after = StreamSnap::of(&s);
            let edits = s.take_journal();
            let prior = before.get(&s.id).copied();
            let before = prior.unwrap_or(StreamSnap {
                size: 0,
                pos: 0,
                closed: false,
                exports: 0,
            });
            if prior.is_none() || before != after || !edits.is_empty() {
                out.push(StreamChange {
                    stream: s.id,
                    before,
                    after,
                    edits,
                });
            }
        }
        out
    }

    // ----- what the UI reads -----

    /// Every stream made in this session that is still alive.
    pub fn live_streams(&self) -> impl Iterator<Item = Rc<Stream>> + '_ {
        self.streams.iter().filter_map(Weak::upgrade)
    }

    /// The names bound in the script's namespace, in order (without `__name__` and
    /// `__builtins__`).
    pub fn names(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.globals.iter().skip(2).map(|(n, v)| (&**n, v))
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.globals
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v)
    }

    /// The stream bound to `name`, if any.
    pub fn stream(&self, name: &str) -> Option<Rc<Stream>> {
        match self.get(name) {
            Some(Value::Stream(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// Streams reachable from the prompt, with a name for each (`b`, or how it is reached).
    pub fn streams(&self) -> Vec<(String, Rc<Stream>)> {
        let mut out: Vec<(String, Rc<Stream>)> = Vec::new();
        let mut push = |label: String, s: &Rc<Stream>| {
            if !out.iter().any(|(_, o)| Rc::ptr_eq(o, s)) {
                out.push((label, s.clone()));
            }
        };
        for (name, v) in self.names() {
            if let Value::Stream(s) = v {
                push(name.to_string(), s);
            }
        }
        for (root, v) in self.roots() {
            for_each_view(v, &mut |view| {
                if let Source::Stream(s) = &view.family.source {
                    push(format!("<stream of a view held by {}>", root.describe()), s);
                }
            });
        }
        out
    }

    /// Everything that can keep an object alive: names, `_`, the last error's objects.
    pub fn roots(&self) -> Vec<(Root, &Value)> {
        let mut roots: Vec<(Root, &Value)> = self
            .names()
            .map(|(n, v)| (Root::Name(Rc::from(n)), v))
            .collect();
        if let Some(u) = &self.underscore {
            roots.push((Root::Underscore, u));
        }
        let mut err = self.last_error.as_ref();
        while let Some(e) = err {
            if let Some(o) = e.obj.as_deref() {
                roots.push((Root::LastError, o));
            }
            err = e.context.as_deref();
        }
        roots
    }

    /// The live exports, each with its views and who holds them.
    pub fn exports(&self) -> Vec<ExportInfo> {
        use std::collections::HashMap;
        let mut out: Vec<ExportInfo> = Vec::new();
        // Look-ups by identity, so the cost stays linear in the number of views.
        let mut families: HashMap<ObjId, usize> = HashMap::new();
        let mut views_at: HashMap<ObjId, (usize, usize)> = HashMap::new();
        let mut stream_names: HashMap<ObjId, String> = HashMap::new();
        for (name, v) in self.names() {
            if let Value::Stream(s) = v {
                stream_names.entry(s.id).or_insert_with(|| name.to_string());
            }
        }
        for (root, value) in self.roots() {
            for_each_view(value, &mut |view: &Rc<View>| {
                if view.is_released() {
                    return;
                }
                let fam = &view.family;
                let idx = *families.entry(fam.id).or_insert_with(|| {
                    let (stream, label) = match &fam.source {
                        Source::Stream(s) => (
                            Some(s.id),
                            stream_names
                                .get(&s.id)
                                .cloned()
                                .unwrap_or_else(|| "<BytesIO>".to_string()),
                        ),
                        Source::ByteArray(_) => (None, "bytearray".to_string()),
                        Source::Bytes(_) => (None, "bytes".to_string()),
                    };
                    out.push(ExportInfo {
                        family: fam.id,
                        stream,
                        label,
                        origin: fam.origin.borrow().clone(),
                        views: Vec::new(),
                    });
                    out.len() - 1
                });
                match views_at.get(&view.id) {
                    Some(&(e, i)) => {
                        let holders = &mut out[e].views[i].holders;
                        if !holders.contains(&root) {
                            holders.push(root.clone());
                        }
                    }
                    None => {
                        let info = ViewInfo {
                            id: view.id,
                            start: view.start,
                            step: view.step,
                            len: view.len,
                            readonly: view.readonly,
                            span: view.span(),
                            range: describe_range(&out[idx].label, view),
                            holders: vec![root.clone()],
                            derived: view.start != 0
                                || view.step != 1
                                || view.len != fam.source.len(),
                        };
                        out[idx].views.push(info);
                        views_at.insert(view.id, (idx, out[idx].views.len() - 1));
                    }
                }
            });
        }
        out
    }

    /// The live exports of one stream.
    pub fn exports_of(&self, stream: ObjId) -> Vec<ExportInfo> {
        self.exports()
            .into_iter()
            .filter(|e| e.stream == Some(stream))
            .collect()
    }
}

fn describe_range(label: &str, v: &View) -> String {
    match v.span() {
        None => format!("{label}[{}:{}] (empty)", v.start, v.start),
        Some((lo, hi)) if v.step == 1 => format!("{label}[{lo}:{}]", hi + 1),
        Some(_) => {
            let first = v.offset(0);
            let last = v.offset(v.len - 1) as isize;
            let stop = last + v.step.signum();
            if stop < 0 {
                format!("{label}[{first}::{}]", v.step)
            } else {
                format!("{label}[{first}:{stop}:{}]", v.step)
            }
        }
    }
}

/// Calls `f` on every view a value holds (a view, a bound method's view, items of lists
/// and tuples, however deep), without recursion.
fn for_each_view(v: &Value, f: &mut dyn FnMut(&Rc<View>)) {
    let mut seen: std::collections::HashSet<*const ()> = std::collections::HashSet::new();
    let mut stack: Vec<Value> = vec![v.clone()];
    while let Some(v) = stack.pop() {
        match &v {
            Value::View(view) => f(view),
            Value::Method(m) => stack.push(m.recv.clone()),
            Value::List(items) => {
                let key = Rc::as_ptr(items) as *const ();
                if seen.insert(key) {
                    stack.extend(
                        items
                            .borrow()
                            .iter()
                            .rev()
                            .filter(|v| can_hold_view(v))
                            .cloned(),
                    );
                }
            }
            Value::Tuple(items) => {
                let key = Rc::as_ptr(items) as *const ();
                if seen.insert(key) {
                    stack.extend(items.iter().rev().filter(|v| can_hold_view(v)).cloned());
                }
            }
            Value::Dict(d) | Value::DictView(d, _) => {
                let key = Rc::as_ptr(d) as *const ();
                if seen.insert(key) {
                    for (k, v) in d.items().into_iter().rev() {
                        stack.extend([v, k].into_iter().filter(can_hold_view));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Whether a value is or may contain a view (only these are worth walking into).
fn can_hold_view(v: &Value) -> bool {
    matches!(
        v,
        Value::View(_)
            | Value::Method(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::DictView(..)
    )
}

/// The source text of a span, as `ast.get_source_segment` gives it.
pub fn segment(source: &str, span: Span) -> &str {
    let end = span.end.min(source.len());
    let start = span.start.min(end);
    source.get(start..end).unwrap_or("")
}

/// The prompt echo of a statement: `>>> ` + its first line stripped, then `... ` + each
/// further line as written (Python's `str.splitlines` rules).
pub fn echo(source: &str, span: Span) -> String {
    let text = segment(source, span);
    let lines = py_splitlines(text);
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(">>> ");
    out.push_str(lines.first().map(|l| l.trim()).unwrap_or(""));
    for l in lines.iter().skip(1) {
        out.push_str("\n... ");
        out.push_str(l);
    }
    out
}

/// `str.splitlines()` without keepends.
fn py_splitlines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            out.push(&text[start..i]);
            let mut next = i + c.len_utf8();
            if c == '\r'
                && let Some(&(j, '\n')) = chars.peek()
            {
                chars.next();
                next = j + 1;
            }
            start = next;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echo_follows_the_prompt() {
        let src = "with b as f:\n    f.read()\n\n    f.closed";
        let span = Span {
            start: 0,
            end: src.len(),
        };
        assert_eq!(
            echo(src, span),
            ">>> with b as f:\n...     f.read()\n... \n...     f.closed"
        );
        assert_eq!(py_splitlines("a\r\nb\x0cc"), vec!["a", "b", "c"]);
    }
}
