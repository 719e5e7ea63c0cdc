//! The engine's session: the prompt's namespace and state, running statements one at a time
//! and recording what each one did.

use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::error::{ExcType, PyErr, PyResult};
use crate::model::stream::{Edit, Stream};
use crate::model::value::{Module, ObjId, Value};
use crate::model::view::{Origin, Source, View};

use super::ast::{Span, Stmt};
use super::func::{Frame, FrameInfo};
use super::lower::{LineIndex, Program};

/// Settings of a session.
#[derive(Clone, Debug)]
pub struct Config {
    /// Largest size a stream (or a bytes object) may grow to before `MemoryError`.
    pub max_size: usize,
    /// Record each stream edit so steps can be undone and redone without buffer copies.
    pub journal: bool,
    /// How many lines a session may run before it stops (a runaway loop never hangs).
    pub max_steps: u64,
    /// Set from another thread to interrupt the running statement (KeyboardInterrupt).
    pub interrupt: Arc<AtomicBool>,
    /// The CPython version the session behaves as (its checks, messages and hints).
    pub python: crate::model::profile::Version,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_size: 1 << 30,
            journal: false,
            max_steps: 1_000_000,
            interrupt: Arc::new(AtomicBool::new(false)),
            python: crate::model::profile::Version::REFERENCE,
        }
    }
}

/// The module namespace: names in the order first bound (as the prompt's globals dict),
/// looked up by hash.
#[derive(Default)]
pub struct Namespace {
    slots: Vec<(Rc<str>, Option<Value>)>,
    index: HashMap<Rc<str>, usize, NameHash>,
    holes: usize,
}

/// The hash of the names a namespace looks up on every load and store: a multiply-rotate
/// hash over machine words (as rustc's own symbol tables use), several times faster than
/// the default SipHash on short identifiers.
#[derive(Clone, Copy, Debug, Default)]
pub struct NameHash;

impl std::hash::BuildHasher for NameHash {
    type Hasher = NameHasher;
    fn build_hasher(&self) -> NameHasher {
        NameHasher(0)
    }
}

#[derive(Clone, Copy, Debug)]
pub struct NameHasher(u64);

impl NameHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Namespace {
    pub fn get(&self, name: &str) -> Option<&Value> {
        let &i = self.index.get(name)?;
        self.slots[i].1.as_ref()
    }

    /// [`Namespace::get`] trying the slot `hint` first, and remembering where the name was.
    pub fn get_at(&self, name: &str, hint: &std::cell::Cell<u32>) -> Option<&Value> {
        let i = self.slot_of(name, hint)?;
        self.slots[i].1.as_ref()
    }

    /// [`Namespace::set`] trying the slot `hint` first.
    pub fn set_at(&mut self, name: &Rc<str>, v: Value, hint: &std::cell::Cell<u32>) {
        match self.slot_of(name, hint) {
            Some(i) => {
                let _old = self.slots[i].1.replace(v);
            }
            None => self.set(name, v),
        }
    }

    fn slot_of(&self, name: &str, hint: &std::cell::Cell<u32>) -> Option<usize> {
        let h = hint.get() as usize;
        // A slot holding a value is always the one the index gives for its name (a removed
        // name's slot is emptied), so a matching, bound slot needs no hashing.
        if let Some((n, Some(_))) = self.slots.get(h)
            && &**n == name
        {
            return Some(h);
        }
        let &i = self.index.get(name)?;
        hint.set(u32::try_from(i).unwrap_or(u32::MAX));
        Some(i)
    }

    pub fn set(&mut self, name: &Rc<str>, v: Value) {
        match self.index.get(name) {
            Some(&i) => {
                // The old value is dropped after the new one is in place, as in CPython.
                let _old = self.slots[i].1.replace(v);
            }
            None => {
                self.index.insert(name.clone(), self.slots.len());
                self.slots.push((name.clone(), Some(v)));
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let i = self.index.remove(name)?;
        let old = self.slots[i].1.take();
        self.holes += 1;
        if self.holes > 32 && self.holes * 2 > self.slots.len() {
            self.slots.retain(|(_, v)| v.is_some());
            self.index = self
                .slots
                .iter()
                .enumerate()
                .map(|(i, (n, _))| (n.clone(), i))
                .collect();
            self.holes = 0;
        }
        old
    }

    /// Bound names in order.
    pub fn iter(&self) -> impl Iterator<Item = (&Rc<str>, &Value)> {
        self.slots
            .iter()
            .filter_map(|(n, v)| v.as_ref().map(|v| (n, v)))
    }
}

/// What kind of moment a step records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum StepKind {
    /// A line ran (the state after it).
    #[default]
    Line,
    /// A function returned this value (its repr).
    Return(String),
    /// A library called a method of a stream while the line ran (another engine's
    /// sub-step), as data; the UI words it (`zipfile.writestr → b.write(30 bytes at 0: …)`).
    Call(CallStep),
}

/// A call a library made on a stream, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallStep {
    /// The calling library's module (`zipfile`, or `C code`) and function (`writestr`).
    pub lib: Option<String>,
    pub func: Option<String>,
    /// The stream as the call names it: `b`, `<BytesIO #2>`.
    pub receiver: String,
    /// The method (`write`).
    pub method: String,
    pub args: CallArgs,
    pub result: CallResult,
}

/// A call's arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallArgs {
    /// Their reprs, as Python writes them (`14`, `whence=0`).
    Reprs(Vec<String>),
    /// Bytes written at an offset; `head`: the first (up to 8) in hex, for a `write`.
    Bytes {
        count: usize,
        at: i64,
        head: Option<String>,
    },
}

/// What a call returned, when worth showing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum CallResult {
    #[default]
    None,
    /// A repr (`30`).
    Repr(String),
    /// Bytes read; `head`: the first (up to 8) in hex, None when not shown.
    Bytes { count: usize, head: Option<String> },
    /// A memoryview, and the stream's export count after.
    Memory { exports: usize },
    /// The call raised: the error line.
    Error(String),
}

/// A name as the names panel shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameEntry {
    /// None for a global; else the index of the frame in the step's stack.
    pub frame: Option<usize>,
    pub name: Rc<str>,
    /// A short repr.
    pub repr: Rc<str>,
    /// Whether the name holds a live view (an export).
    pub view: bool,
}

/// Receives each line step as it is recorded, with the session in that state.
pub trait StepSink {
    fn step(&mut self, session: &Session, step: Step);
    /// The top-level statement ended (its last step was the last one sent).
    fn end_top(&mut self, session: &Session) {
        let _ = session;
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
    /// The statement made the stream (`before` is then an empty, open stream).
    pub born: bool,
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
    /// The exception's message alone (what follows `Type: `; for a refusal of the engine,
    /// what it does not model).
    pub message: String,
    pub ty: ExcType,
    /// For the exports BufferError: the stream it was about.
    pub stream: Option<ObjId>,
    /// The stream operation that raised it, when one did (`close()`, `write()`, ...).
    pub operation: Option<&'static str>,
}

/// The record of one executed top-level statement, or (when a [`StepSink`] records line
/// by line) of one executed line.
#[derive(Clone, Debug, Default)]
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
    /// Index of the top-level statement this step belongs to.
    pub top: usize,
    /// The line that just ran (1-based); for a top-level record, its first line.
    pub at: usize,
    pub kind: StepKind,
    /// True for the last step of its top-level statement.
    pub ends_top: bool,
    /// The calls running, outermost first.
    pub stack: Rc<[FrameInfo]>,
    /// The innermost loop of the running frame: its line and iteration (1-based).
    pub iteration: Option<(usize, u64)>,
    /// Names bound: globals, then the running frames' locals.
    pub names: Rc<[NameEntry]>,
}

impl Step {
    /// The step's part of the transcript: the echo (on a statement's first step), what it
    /// printed, then the error line (on its last).
    pub fn transcript(&self) -> String {
        let mut s = String::with_capacity(self.echo.len() + self.output.len() + 2);
        if !self.echo.is_empty() {
            s.push_str(&self.echo);
            s.push('\n');
        }
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
    /// A local variable of a running call: the function's name, the variable's.
    Local(Rc<str>, Rc<str>),
}

/// How the screen calls a stream or an exported object: data, which the UI words
/// ([`crate::ui::i18n::Lang::label`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    /// A name bound to it (`b`).
    Name(Rc<str>),
    /// A stream no name is bound to, reached through a view this root holds.
    ViewHeldBy(Root),
    /// A stream that no name is bound to.
    Nameless,
    /// A stream that no name is bound to, by the number the CPython engine gave it.
    Numbered(u64),
    /// An exported object that is not a stream, by its type (`bytearray`, `bytes`).
    Type(Rc<str>),
}

impl Label {
    /// The Python name, when it is one.
    pub fn name(&self) -> Option<&str> {
        match self {
            Label::Name(n) => Some(n),
            _ => None,
        }
    }
}

/// The bytes a view covers, as data: what it is a view of, and the slice (`[2:5]`,
/// `[5::-1]`, `[0:6] as 'H'` for a cast view) in Python's spelling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Range {
    pub of: Label,
    pub slice: String,
    /// It covers no byte (`b[3:3]`).
    pub empty: bool,
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
    /// The bytes it covers (`b[2:5]`).
    pub range: Range,
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
    /// A name the exported object is known by (`b`), or what it is.
    pub label: Label,
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
    pub(super) globals: Namespace,
    /// The calls running, outermost first.
    pub(super) frames: Vec<Frame>,
    /// Comprehension variables: (frame depth, names), innermost last.
    pub(super) comps: Vec<(usize, HashMap<Rc<str>, Value>)>,
    /// The exceptions being handled (`except` and `finally` blocks), innermost last.
    pub(super) handling: Vec<PyErr>,
    /// Loops running: (frame depth, line, iteration), innermost last.
    loops: Vec<(usize, usize, u64)>,
    /// Lines run so far, against the step budget.
    lines_run: u64,
    /// The line running at module level.
    line: usize,
    /// Records line steps when set.
    sink: Option<Box<dyn StepSink>>,
    /// Line recording: the top-level statement, its echo until its first step, the streams'
    /// state at the last step, and the names last recorded.
    rec_top: usize,
    rec_span: Span,
    rec_echo: String,
    rec_steps: usize,
    rec_before: Vec<(ObjId, StreamSnap)>,
    rec_names: Rc<[NameEntry]>,
    rec_stack: Rc<[FrameInfo]>,
    /// `builtins._`.
    pub(super) underscore: Option<Value>,
    /// `sys.last_value`.
    pub(super) last_error: Option<PyErr>,
    /// Output of the statement being run (since its last line step, when recording).
    pub(super) out: String,
    /// Output of the statement's earlier line steps.
    all_out: String,
    /// The texts statements came from, for export origins (see [`Chunk`]).
    chunks: Vec<Chunk>,
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
    /// A new step budget (`--max-steps`) for the statements still to run.
    /// A fresh step budget: what a statement typed into a live session starts with (a
    /// script's budget counts all its lines; a session's each statement's own).
    pub fn renew_budget(&mut self) {
        self.lines_run = 0;
    }

    pub fn set_max_steps(&mut self, n: u64) {
        self.config.max_steps = n;
    }

    pub fn new(config: Config) -> Session {
        let mut globals = Namespace::default();
        globals.set(&Rc::from("__name__"), Value::str("__main__"));
        globals.set(&Rc::from("__builtins__"), Value::Module(Module::Builtins));
        Session {
            config,
            globals,
            frames: Vec::new(),
            comps: Vec::new(),
            handling: Vec::new(),
            loops: Vec::new(),
            lines_run: 0,
            line: 0,
            sink: None,
            rec_top: 0,
            rec_span: Span::default(),
            rec_echo: String::new(),
            rec_steps: 0,
            rec_before: Vec::new(),
            rec_names: Rc::from(Vec::new()),
            rec_stack: Rc::from(Vec::new()),
            underscore: None,
            last_error: None,
            out: String::new(),
            all_out: String::new(),
            chunks: Vec::new(),
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
            .map(|s| self.run_statement(program, s))
            .collect()
    }

    /// Runs one top-level statement the way the prompt does and records it. With a
    /// [`StepSink`] set, each line it runs is also sent there as a step of its own.
    pub fn run_statement(&mut self, program: &Program, stmt: &Stmt) -> Step {
        crate::model::profile::set_current(self.config.python);
        let chunk = self.chunk_of(program);
        let line = chunk.line(stmt.span.start);
        let end_line = chunk.line(stmt.span.end);
        let echo = echo(&program.source, chunk.local(stmt.span));
        self.cur_line = line;
        self.line = line;
        self.cur_text = program.segment(stmt.span).trim().to_string();
        let recording = self.sink.is_some();
        let before = self.snapshot();
        if recording {
            self.rec_span = stmt.span;
            self.rec_echo = echo.clone();
            self.rec_steps = 0;
            self.rec_before = before.clone();
        }
        self.out.clear();
        self.all_out.clear();
        self.handling.clear();
        let result = self.exec(stmt).map(|_| ());
        // A statement left by an error leaves no call or loop running.
        self.frames.clear();
        self.comps.clear();
        self.loops.clear();
        let mut err_at = None;
        let error = match result {
            Ok(()) => None,
            Err(e) => {
                err_at = Some(e.line as usize).filter(|&l| l > 0);
                let info = StepError {
                    line: e.line(),
                    message: e.msg.to_string(),
                    ty: e.ty,
                    stream: e.stream,
                    operation: e.operation,
                };
                if e.catchable() {
                    // The prompt keeps the last error, dropping the one before.
                    self.last_error = Some(e);
                }
                Some(info)
            }
        };
        if recording {
            // The statement's last step: what is left of its output and changes, and its
            // error; none when its last line's step already said everything.
            let pending = !self.out.is_empty()
                || error.is_some()
                || self.rec_steps == 0
                || self.rec_changed();
            if pending {
                let at = err_at.unwrap_or(line);
                self.emit(at, StepKind::Line, error.clone());
            }
            self.finish_top();
        }
        let mut output = std::mem::take(&mut self.all_out);
        output.push_str(&self.out);
        self.out.clear();
        let changes = if recording {
            Vec::new()
        } else {
            self.changes(before)
        };
        let step = Step {
            span: stmt.span,
            line,
            end_line,
            echo,
            output,
            error,
            changes,
            top: self.rec_top,
            at: line,
            ends_top: true,
            ..Step::default()
        };
        self.rec_top += 1;
        step
    }

    /// Records line steps through `sink` from now on.
    pub fn set_sink(&mut self, sink: Box<dyn StepSink>) {
        self.sink = Some(sink);
    }

    pub fn take_sink(&mut self) -> Option<Box<dyn StepSink>> {
        self.sink.take()
    }

    /// Whether a stream changed since the last line step.
    fn rec_changed(&self) -> bool {
        let now = self.snapshot();
        now != self.rec_before || self.live_streams().any(|s| s.has_journal())
    }

    /// Before a line runs: the step budget, an interrupt, and where we are.
    pub(super) fn enter_line(&mut self, line: usize) -> PyResult<()> {
        self.lines_run += 1;
        if self.lines_run > self.config.max_steps {
            return Err(PyErr::new(
                ExcType::Budget,
                format!(
                    "the script ran more than {} lines (--max-steps); stopped at line {line}",
                    self.config.max_steps
                ),
            ));
        }
        self.check_interrupt()?;
        self.set_line(line);
        Ok(())
    }

    /// The flag another thread sets to interrupt the running statement (KeyboardInterrupt).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.config.interrupt)
    }

    /// KeyboardInterrupt when another thread asked for it.
    pub(super) fn check_interrupt(&self) -> PyResult<()> {
        if self.config.interrupt.load(Ordering::Relaxed)
            && self.config.interrupt.swap(false, Ordering::Relaxed)
        {
            return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
        }
        Ok(())
    }

    pub(super) fn set_line(&mut self, line: usize) {
        match self.frames.last_mut() {
            Some(f) => f.line = line,
            None => self.line = line,
        }
    }

    pub(super) fn current_line(&self) -> usize {
        self.frames.last().map(|f| f.line).unwrap_or(self.line)
    }

    pub(super) fn loop_enter(&mut self, line: usize) -> usize {
        self.loops.push((self.frames.len(), line, 0));
        self.loops.len() - 1
    }

    pub(super) fn loop_tick(&mut self) {
        if let Some(l) = self.loops.last_mut() {
            l.2 += 1;
        }
    }

    pub(super) fn loop_leave(&mut self, depth: usize) {
        self.loops.truncate(depth);
    }

    /// A line ran: a step, when recording.
    pub(super) fn line_done(&mut self, line: usize) {
        if self.sink.is_some() {
            self.emit(line, StepKind::Line, None);
        }
    }

    /// A function returns `v`: a step, when recording.
    pub(super) fn return_done(&mut self, v: &Value) {
        if self.sink.is_some() {
            let r = short_repr(v, 60);
            let line = self.current_line();
            self.emit(line, StepKind::Return(r), None);
        }
    }

    fn emit(&mut self, at: usize, kind: StepKind, error: Option<StepError>) {
        let Some(mut sink) = self.sink.take() else {
            return;
        };
        let before = std::mem::take(&mut self.rec_before);
        let changes = self.changes(before);
        self.rec_before = self.snapshot();
        let stack = self.stack_info();
        let names = self.names_info();
        let depth = self.frames.len();
        let iteration = self
            .loops
            .iter()
            .rev()
            .find(|l| l.0 == depth)
            .map(|l| (l.1, l.2));
        let output = std::mem::take(&mut self.out);
        self.all_out.push_str(&output);
        let step = Step {
            span: self.rec_span,
            line: at,
            end_line: at,
            echo: std::mem::take(&mut self.rec_echo),
            output,
            error,
            changes,
            top: self.rec_top,
            at,
            kind,
            ends_top: false,
            stack,
            iteration,
            names,
        };
        self.rec_steps += 1;
        sink.step(self, step);
        self.sink = Some(sink);
    }

    fn finish_top(&mut self) {
        if let Some(mut sink) = self.sink.take() {
            sink.end_top(self);
            self.sink = Some(sink);
        }
    }

    fn stack_info(&mut self) -> Rc<[FrameInfo]> {
        let now: Vec<FrameInfo> = self
            .frames
            .iter()
            .map(|f| FrameInfo {
                name: f.func.def.qualname.clone(),
                call_line: f.call_line,
                line: f.line,
            })
            .collect();
        if *self.rec_stack != *now {
            self.rec_stack = Rc::from(now);
        }
        self.rec_stack.clone()
    }

    fn names_info(&mut self) -> Rc<[NameEntry]> {
        let prev = self.rec_names.clone();
        let mut out: Vec<NameEntry> = Vec::new();
        let mut entry = |frame: Option<usize>, name: &Rc<str>, v: &Value| {
            let text = short_repr(v, 40);
            let reuse = prev
                .get(out.len())
                .filter(|p| p.frame == frame && p.name == *name && *p.repr == *text)
                .map(|p| p.repr.clone());
            let mut view = false;
            for_each_view(v, &mut |view_v| view |= !view_v.is_released());
            out.push(NameEntry {
                frame,
                name: name.clone(),
                repr: reuse.unwrap_or_else(|| Rc::from(text)),
                view,
            });
        };
        for (n, v) in self.globals.iter().skip(2) {
            entry(None, n, v);
        }
        for (i, f) in self.frames.iter().enumerate() {
            let locals = f.locals.borrow();
            let mut names: Vec<(&Rc<str>, &Value)> = locals.iter().collect();
            names.sort_by(|a, b| a.0.cmp(b.0));
            for (n, v) in names {
                entry(Some(i), n, v);
            }
        }
        if *prev != *out {
            self.rec_names = Rc::from(out);
        }
        self.rec_names.clone()
    }

    /// The chunk of `program`, added when it is new: a session's texts follow each other,
    /// and one that starts earlier than the last (a branch from an earlier step) replaces
    /// those it overlaps.
    fn chunk_of(&mut self, program: &Program) -> &Chunk {
        let known = self
            .chunks
            .last()
            .is_some_and(|c| Rc::ptr_eq(&c.source, &program.source));
        if !known {
            while self
                .chunks
                .last()
                .is_some_and(|c| c.lines_before >= program.lines_before)
            {
                self.chunks.pop();
            }
            self.chunks.push(Chunk {
                source: program.source.clone(),
                base: program.base,
                lines_before: program.lines_before,
                lines: LineIndex::new(&program.source),
            });
        }
        &self.chunks[self.chunks.len() - 1]
    }

    /// The text of 1-based line `line` of the session's texts.
    fn line_text(&self, line: usize) -> &str {
        let i = self.chunks.partition_point(|c| c.lines_before < line);
        match i.checked_sub(1).map(|i| &self.chunks[i]) {
            Some(c) => c.lines.line_text(&c.source, line - c.lines_before),
            None => "",
        }
    }

    pub(super) fn origin(&self) -> Origin {
        // Inside a block or a call, the line running; a top-level statement is itself.
        let line = self.current_line();
        let text = if line == self.cur_line && !self.cur_text.contains('\n') {
            self.cur_text.clone()
        } else {
            self.line_text(line).trim().to_string()
        };
        Origin { line, text }
    }

    pub(super) fn new_stream(&mut self, data: Vec<u8>) -> Rc<Stream> {
        let s = Stream::new_as(
            data,
            self.config.max_size,
            self.config.journal,
            self.config.python,
        );
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
                    born: prior.is_none(),
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
        self.globals
            .iter()
            .filter(|(n, _)| !matches!(&***n, "__name__" | "__builtins__"))
            .map(|(n, v)| (&**n, v))
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.globals.get(name)
    }

    /// The stream bound to `name`, if any.
    pub fn stream(&self, name: &str) -> Option<Rc<Stream>> {
        match self.get(name) {
            Some(Value::Stream(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// Streams reachable from the prompt, with a name for each (`b`, or how it is reached).
    pub fn streams(&self) -> Vec<(Label, Rc<Stream>)> {
        let mut out: Vec<(Label, Rc<Stream>)> = Vec::new();
        let mut push = |label: Label, s: &Rc<Stream>| {
            if !out.iter().any(|(_, o)| Rc::ptr_eq(o, s)) {
                out.push((label, s.clone()));
            }
        };
        for (name, v) in self.names() {
            if let Value::Stream(s) = v {
                push(Label::Name(Rc::from(name)), s);
            }
        }
        for (root, v) in self.roots() {
            for_each_view(&v, &mut |view| {
                if let Source::Stream(s) = &*view.family.source() {
                    push(Label::ViewHeldBy(root.clone()), s);
                }
            });
        }
        out
    }

    /// Everything that can keep an object alive: names, `_`, the last error's objects.
    pub fn roots(&self) -> Vec<(Root, Value)> {
        let mut roots: Vec<(Root, Value)> = self
            .names()
            .map(|(n, v)| (Root::Name(Rc::from(n)), v.clone()))
            .collect();
        for f in &self.frames {
            for (n, v) in f.locals.borrow().iter() {
                roots.push((
                    Root::Local(f.func.def.qualname.clone(), n.clone()),
                    v.clone(),
                ));
            }
        }
        for (_, vars) in &self.comps {
            for (n, v) in vars {
                roots.push((Root::Name(n.clone()), v.clone()));
            }
        }
        if let Some(u) = &self.underscore {
            roots.push((Root::Underscore, u.clone()));
        }
        let mut err = self.last_error.as_ref();
        while let Some(e) = err {
            if let Some(o) = e.obj.as_deref() {
                roots.push((Root::LastError, o.clone()));
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
        let mut stream_names: HashMap<ObjId, Rc<str>> = HashMap::new();
        for (name, v) in self.names() {
            if let Value::Stream(s) = v {
                stream_names.entry(s.id).or_insert_with(|| Rc::from(name));
            }
        }
        for (root, value) in self.roots() {
            for_each_view(&value, &mut |view: &Rc<View>| {
                if view.is_released() {
                    return;
                }
                let fam = &view.family;
                let idx = *families.entry(fam.id).or_insert_with(|| {
                    let (stream, label) = match &*fam.source() {
                        Source::Stream(s) => (
                            Some(s.id),
                            stream_names
                                .get(&s.id)
                                .cloned()
                                .map_or(Label::Nameless, Label::Name),
                        ),
                        Source::ByteArray(_) => (None, Label::Type(Rc::from("bytearray"))),
                        Source::Bytes(_) => (None, Label::Type(Rc::from("bytes"))),
                        Source::Released => (None, Label::Nameless),
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
                            range: Range {
                                of: out[idx].label.clone(),
                                slice: describe_range(view),
                                empty: view.span().is_none(),
                            },
                            holders: vec![root.clone()],
                            derived: view.start != 0
                                || view.step != 1
                                || view.len != fam.source().len()
                                || view.format != crate::model::view::Format::B,
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

/// The slice a view covers, in Python's spelling: `[2:5]`, `[5::-1]`, `[0:6] as 'H'`.
fn describe_range(v: &View) -> String {
    // A cast view (`v.cast("H")`): the bytes it covers, and its format.
    if v.format != crate::model::view::Format::B {
        let bytes = match v.span() {
            Some((lo, hi)) if v.is_contiguous() => format!("[{lo}:{}]", hi + 1),
            _ => describe_range_bytes(v),
        };
        return format!("{bytes} as '{}'", v.format.name());
    }
    describe_range_bytes(v)
}

fn describe_range_bytes(v: &View) -> String {
    match v.span() {
        None => format!("[{}:{}]", v.start, v.start),
        Some((lo, hi)) if v.step == 1 => format!("[{lo}:{}]", hi + 1),
        Some(_) => {
            let first = v.offset(0);
            let last = v.offset(v.len - 1) as isize;
            let stop = last + v.step.signum();
            if stop < 0 {
                format!("[{first}::{}]", v.step)
            } else {
                format!("[{first}:{stop}:{}]", v.step)
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
            Value::Iter(it) => stack.extend(it.held().into_iter().filter(can_hold_view)),
            Value::Exception(e) => {
                if let Some(o) = e.obj.as_deref() {
                    stack.push(o.clone());
                }
                if let Some(a) = &e.args {
                    stack.extend(a.iter().filter(|v| can_hold_view(v)).cloned());
                }
            }
            Value::Function(f) => {
                for d in f.defaults.iter().chain(f.kwdefaults.iter().map(|(_, v)| v)) {
                    if can_hold_view(d) {
                        stack.push(d.clone());
                    }
                }
                for l in f.closure.iter() {
                    let key = Rc::as_ptr(l) as *const ();
                    if seen.insert(key) {
                        stack.extend(l.borrow().values().filter(|v| can_hold_view(v)).cloned());
                    }
                }
            }
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
            | Value::Iter(_)
            | Value::Exception(_)
            | Value::Function(_)
            | Value::Dict(_)
            | Value::DictView(..)
    )
}

/// A repr cut to about `limit` characters, without building the whole text of a large
/// value (a 32 MiB bytes object is not formatted to show its first bytes).
pub fn short_repr(v: &Value, limit: usize) -> String {
    let text = match v {
        Value::Bytes(b) if b.len() > limit => {
            let mut t = crate::model::repr::bytes_repr(&b[..limit]);
            t.pop();
            t.push('…');
            t
        }
        Value::ByteArray(b) if b.data.borrow().len() > limit => {
            let d = b.data.borrow();
            let mut t = crate::model::repr::bytearray_repr(&d[..limit]);
            t.truncate(t.len().saturating_sub(2));
            t.push('…');
            t
        }
        Value::List(l) if l.borrow().len() > limit => format!("[… {} items]", l.borrow().len()),
        Value::Tuple(t) if t.len() > limit => format!("(… {} items)", t.len()),
        Value::Str(s) if s.len() > limit * 4 => {
            let head: String = s.chars().take(limit).collect();
            crate::model::repr::try_repr(&Value::str(&head)).unwrap_or_default() + "…"
        }
        other => crate::model::repr::try_repr(other).unwrap_or_else(|e| e.line()),
    };
    if text.chars().count() > limit {
        let mut t: String = text.chars().take(limit.saturating_sub(1)).collect();
        t.push('…');
        t
    } else {
        text
    }
}

/// One text statements came from: a script, or a statement typed in a session, which
/// starts `base` bytes and `lines_before` lines into the session's text.
#[derive(Debug)]
struct Chunk {
    source: Rc<str>,
    base: usize,
    lines_before: usize,
    lines: LineIndex,
}

impl Chunk {
    /// The session's 1-based line of a session offset inside this chunk.
    fn line(&self, offset: usize) -> usize {
        let local = offset.saturating_sub(self.base);
        self.lines.line_col(&self.source, local).0 + self.lines_before
    }

    /// A session span as a span of this chunk's text.
    fn local(&self, span: Span) -> Span {
        Span {
            start: span.start.saturating_sub(self.base),
            end: span.end.saturating_sub(self.base),
        }
    }
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
