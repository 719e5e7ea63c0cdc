//! Running the helper as a child process and collecting what it reports.
//!
//! The child runs `python -c HELPER SCRIPT OPTIONS` with stdin closed and `TZ=UTC`; its
//! stdout is the protocol (the helper points the script's fd 1 at stderr), its stderr is the
//! script's. A reader thread parses the lines; the caller waits for each message at most the
//! step budget. A child that dies, hangs, or sends a malformed line ends the record with an
//! error that says so (and keeps what was read before it); the child is killed when the
//! [`Helper`] is dropped.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::rc::Rc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::HELPER;
use super::interp::Interpreter;
use super::protocol::{CallMsg, Msg, StepMsg, ViewMsg, WireState, base64};
use crate::script::session::{CallArgs, CallResult, CallStep};

/// What to do with the script's own stderr.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stderr {
    /// Copy it to ours as it comes (`run`).
    Forward,
    /// Keep it (the app owns the terminal); the last part goes into error messages.
    Keep,
}

#[derive(Clone, Debug)]
pub struct Options {
    /// Report each executed line (else one step a statement).
    pub lines: bool,
    /// Watch the calls made on each BytesIO (a subclass stands in for it).
    pub calls: bool,
    /// Longest wait for the helper's next message.
    pub budget: Duration,
    /// Line steps reported per statement, and in all.
    pub max_lines_per_statement: usize,
    pub max_lines: usize,
    /// Longest protocol line accepted.
    pub max_line_bytes: usize,
    pub stderr: Stderr,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lines: true,
            calls: true,
            budget: Duration::from_secs(20),
            max_lines_per_statement: 5000,
            max_lines: 200_000,
            max_line_bytes: 1 << 30,
            stderr: Stderr::Keep,
        }
    }
}

impl Options {
    /// Only what a transcript needs: no line tracing, no stand-in class.
    pub fn transcript() -> Options {
        Options {
            lines: false,
            calls: false,
            stderr: Stderr::Forward,
            ..Options::default()
        }
    }
}

/// One byte edit as the helper sends it: resize to `new_size`, then put `new` at `offset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireEdit {
    pub offset: usize,
    pub new: Vec<u8>,
    pub new_size: usize,
}

/// A stream's state at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State {
    pub size: usize,
    pub pos: i64,
    pub closed: bool,
    pub exports: usize,
}

impl From<WireState> for State {
    fn from((size, pos, closed, exports): WireState) -> State {
        State {
            size,
            pos,
            closed,
            exports,
        }
    }
}

/// A call a library (or the script) made on a stream: a sub-step of a line.
#[derive(Clone, Debug)]
pub struct Call {
    pub stream: u64,
    pub method: String,
    pub args: CallArgs,
    /// What it returned, when worth showing (an error is in `error`).
    pub result: CallResult,
    /// The library's module (`zipfile`); None when the script made the call itself.
    pub lib: Option<String>,
    pub func: Option<String>,
    pub line: usize,
    pub edits: Vec<WireEdit>,
    pub after: State,
    pub error: Option<String>,
}

impl Call {
    /// The call as a step's data, with the stream named `receiver`; the UI words it
    /// (`zipfile.writestr → b.write(30 bytes at 0: 50 4b 03 04 …)`, `b.tell() → 30`).
    pub fn step(&self, receiver: &str) -> CallStep {
        CallStep {
            lib: self.lib.clone(),
            func: self.func.clone(),
            receiver: receiver.to_string(),
            method: self.method.clone(),
            args: self.args.clone(),
            result: match &self.error {
                Some(e) => CallResult::Error(e.clone()),
                None => self.result.clone(),
            },
        }
    }
}

/// A name of the script's namespace: its short repr, and the stream it is, if one.
pub type Name = (String, String, Option<u64>);

/// One executed line and what it did.
#[derive(Clone, Debug)]
pub struct LineStep {
    pub line: usize,
    pub output: String,
    /// Streams made during this line: (id, first bytes).
    pub births: Vec<(u64, Vec<u8>)>,
    pub calls: Vec<Call>,
    /// Every live stream after the line.
    pub streams: Vec<(u64, State)>,
    /// Edits not made by a call (a view wrote), applied after the calls'.
    pub edits: Vec<(u64, WireEdit)>,
    pub names: Rc<[Name]>,
    pub views: Rc<[ViewMsg]>,
    /// The step is a function's return: the value's short repr.
    pub ret: Option<String>,
    /// The statement's last step, with no line of its own (a loop's last check): it joins
    /// the step before when it has nothing to show.
    pub merge: bool,
    /// The innermost loop of the line's frame: its line and iteration.
    pub iteration: Option<(usize, u64)>,
}

/// One top-level statement.
#[derive(Clone, Debug)]
pub struct Statement {
    pub line: usize,
    pub end_line: usize,
    /// UTF-8 byte columns of the statement's start and end.
    pub col: usize,
    pub end_col: usize,
    pub echo: String,
    pub steps: Vec<LineStep>,
    /// The prompt's error line, with its newline.
    pub error: Option<String>,
}

impl Statement {
    /// Echo, output, error line: this statement's part of the transcript.
    pub fn transcript(&self) -> String {
        let mut s = String::new();
        s.push_str(&self.echo);
        s.push('\n');
        for st in &self.steps {
            s.push_str(&st.output);
        }
        if let Some(e) = &self.error {
            s.push_str(e);
        }
        s
    }

    pub fn output(&self) -> String {
        self.steps.iter().map(|s| s.output.as_str()).collect()
    }
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum End {
    /// Every statement ran.
    Done,
    /// The script called `sys.exit(code)`.
    Exit(i32),
    /// The script could not be read or parsed (the traceback, as python3 prints it).
    Fatal(String),
    /// Something went wrong with the child: the message says what.
    Failed(String),
}

/// Everything a run reported.
#[derive(Clone, Debug)]
pub struct Record {
    pub interpreter: Interpreter,
    /// The helper could watch calls (the stand-in class is in place).
    pub calls: bool,
    pub statements: Vec<Statement>,
    pub end: End,
    /// The script's stderr (what was kept of it, with [`Stderr::Keep`]).
    pub stderr: String,
}

impl Record {
    /// The transcript, as `transcript.py` prints it.
    pub fn transcript(&self) -> String {
        self.statements.iter().map(Statement::transcript).collect()
    }

    /// Every call a library made, in order, with the streams' names.
    pub fn library_calls(&self) -> Vec<CallStep> {
        self.calls_by_statement().into_iter().flatten().collect()
    }

    /// The library calls each statement made, with the streams' names (a stream is named
    /// by the first name it is bound to, from the step that binds it on).
    pub fn calls_by_statement(&self) -> Vec<Vec<CallStep>> {
        let mut labels: HashMap<u64, String> = HashMap::new();
        let mut out = Vec::new();
        for st in &self.statements {
            let mut calls = Vec::new();
            for step in &st.steps {
                for c in step.calls.iter().filter(|c| c.lib.is_some()) {
                    let label = labels
                        .get(&c.stream)
                        .cloned()
                        .unwrap_or_else(|| format!("<BytesIO #{}>", c.stream));
                    calls.push(c.step(&label));
                }
                for (name, _, sid) in step.names.iter() {
                    if let Some(sid) = sid {
                        labels.entry(*sid).or_insert_with(|| name.clone());
                    }
                }
            }
            out.push(calls);
        }
        out
    }

    /// The transcript with each statement's library calls after it, as `#   ` comments.
    /// `word` words each call (the UI's catalog).
    pub fn transcript_with_calls(&self, word: impl Fn(&CallStep) -> String) -> String {
        let mut s = String::new();
        for (st, calls) in self.statements.iter().zip(self.calls_by_statement()) {
            s.push_str(&st.transcript());
            for c in calls {
                s.push_str("#   ");
                s.push_str(&word(&c));
                s.push('\n');
            }
        }
        s
    }
}

/// The child, killed and reaped when dropped.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

enum Line {
    Msg(Box<Msg>),
    Bad {
        number: usize,
        text: String,
        error: String,
    },
    TooLong {
        number: usize,
    },
    Eof,
}

fn reader(stdout: impl Read, tx: mpsc::SyncSender<Line>, max: usize) {
    let mut r = BufReader::with_capacity(1 << 16, stdout);
    let mut buf = Vec::new();
    let mut number = 0;
    loop {
        buf.clear();
        number += 1;
        let got = (&mut r).take(max as u64 + 1).read_until(b'\n', &mut buf);
        let line = match got {
            Ok(0) | Err(_) => Line::Eof,
            Ok(_) if buf.len() > max => Line::TooLong { number },
            Ok(_) => match serde_json::from_slice::<Msg>(&buf) {
                Ok(m) => Line::Msg(Box::new(m)),
                Err(e) => Line::Bad {
                    number,
                    text: String::from_utf8_lossy(&buf[..buf.len().min(200)])
                        .trim()
                        .to_string(),
                    error: e.to_string(),
                },
            },
        };
        let stop = !matches!(line, Line::Msg(_));
        if tx.send(line).is_err() || stop {
            return;
        }
    }
}

fn stderr_reader(mut stderr: impl Read, mode: Stderr, kept: Arc<Mutex<Vec<u8>>>) {
    const KEEP: usize = 64 * 1024;
    let mut buf = [0u8; 8192];
    loop {
        let n = match stderr.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if mode == Stderr::Forward {
            let mut e = std::io::stderr().lock();
            let _ = e.write_all(&buf[..n]);
            let _ = e.flush();
        }
        if let Ok(mut k) = kept.lock() {
            k.extend_from_slice(&buf[..n]);
            if k.len() > 2 * KEEP {
                let cut = k.len() - KEEP;
                k.drain(..cut);
            }
        }
    }
}

/// Runs `script` under `interp` and collects what the helper reports.
pub fn record(interp: &Interpreter, script: &Path, opts: &Options) -> Result<Record, String> {
    let options = serde_json::json!({
        "lines": opts.lines,
        "calls": opts.calls,
        "max_lines_per_statement": opts.max_lines_per_statement,
        "max_lines": opts.max_lines,
    });
    let mut cmd = Command::new(&interp.path);
    cmd.arg("-c")
        .arg(HELPER)
        .arg(script)
        .arg(options.to_string())
        .env("TZ", "UTC")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", interp.path.display()))?;
    let mut guard = Guard(child);
    let (Some(stdout), Some(stderr)) = (guard.0.stdout.take(), guard.0.stderr.take()) else {
        return Err("the helper's pipes could not be opened".into());
    };
    let (tx, rx) = mpsc::sync_channel(4096);
    let max = opts.max_line_bytes;
    let out_thread = std::thread::spawn(move || reader(stdout, tx, max));
    let kept = Arc::new(Mutex::new(Vec::new()));
    let kept2 = Arc::clone(&kept);
    let mode = opts.stderr;
    let err_thread = std::thread::spawn(move || stderr_reader(stderr, mode, kept2));
    let mut collector = Collector::new(interp.clone());
    let end = collector.run(&rx, opts.budget, &mut guard, script);
    // Kill first (a hung child), then join the readers (they end at the pipes' end).
    drop(rx);
    drop(guard);
    let _ = out_thread.join();
    let _ = err_thread.join();
    let stderr = kept
        .lock()
        .map(|k| String::from_utf8_lossy(&k).to_string())
        .unwrap_or_default();
    let end = match end {
        End::Failed(msg) if !stderr.trim().is_empty() && opts.stderr == Stderr::Keep => {
            let tail: Vec<&str> = stderr.trim_end().lines().rev().take(5).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            End::Failed(format!(
                "{msg}\nits last error output:\n{}",
                tail.join("\n")
            ))
        }
        e => e,
    };
    Ok(Record {
        interpreter: collector.interp,
        calls: collector.calls,
        statements: collector.statements,
        end,
        stderr,
    })
}

/// Builds the record from the messages, checking they make sense.
struct Collector {
    interp: Interpreter,
    calls: bool,
    hello: bool,
    statements: Vec<Statement>,
    /// What the line being run has done so far.
    births: Vec<(u64, Vec<u8>)>,
    pending_calls: Vec<Call>,
    names: Rc<[Name]>,
    views: Rc<[ViewMsg]>,
    /// Set by the message that ends the run.
    finished: Option<End>,
}

fn edits_of(raw: Vec<(usize, String, usize)>) -> Result<Vec<WireEdit>, String> {
    raw.into_iter()
        .map(|(offset, d, new_size)| {
            Ok(WireEdit {
                offset,
                new: base64(&d)?,
                new_size,
            })
        })
        .collect()
}

impl Collector {
    fn new(interp: Interpreter) -> Collector {
        Collector {
            interp,
            calls: false,
            hello: false,
            statements: Vec::new(),
            births: Vec::new(),
            pending_calls: Vec::new(),
            names: Rc::from(Vec::new()),
            views: Rc::from(Vec::new()),
            finished: None,
        }
    }

    fn run(
        &mut self,
        rx: &Receiver<Line>,
        budget: Duration,
        guard: &mut Guard,
        script: &Path,
    ) -> End {
        let who = format!("CPython {}", self.interp.version);
        loop {
            let line = match rx.recv_timeout(budget) {
                Ok(l) => l,
                Err(RecvTimeoutError::Timeout) => {
                    return End::Failed(format!(
                        "{who} sent nothing for {} s while running {} (stopped it){}",
                        budget.as_secs(),
                        self.where_(script),
                        " — a statement that runs too long, or waits for input?"
                    ));
                }
                Err(RecvTimeoutError::Disconnected) => Line::Eof,
            };
            match line {
                Line::Msg(m) => {
                    if let Err(e) = self.take(*m) {
                        return End::Failed(format!(
                            "{who}'s helper sent a message out of order: {e}"
                        ));
                    }
                    if let Some(end) = self.finished.take() {
                        return end;
                    }
                }
                Line::Bad {
                    number,
                    text,
                    error,
                } => {
                    return End::Failed(format!(
                        "{who}'s helper sent a malformed line {number} ({error}): {text}"
                    ));
                }
                Line::TooLong { number } => {
                    return End::Failed(format!(
                        "{who}'s helper sent a line {number} too long to read"
                    ));
                }
                Line::Eof => {
                    let status = guard.0.wait().ok();
                    let how = match status {
                        Some(s) => describe_status(s),
                        None => "ended".to_string(),
                    };
                    return End::Failed(format!(
                        "{who} {how} while running {}",
                        self.where_(script)
                    ));
                }
            }
        }
    }

    fn where_(&self, script: &Path) -> String {
        match self.statements.last() {
            Some(s) => {
                let line = s.steps.last().map_or(s.line, |l| l.line);
                format!("{} (last reported: line {line})", script.display())
            }
            None => script.display().to_string(),
        }
    }
}

#[cfg(unix)]
fn describe_status(s: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (s.code(), s.signal()) {
        (_, Some(11)) => "crashed (segmentation fault: a bug in the interpreter itself)".into(),
        (_, Some(sig)) => format!("was killed by signal {sig}"),
        (Some(c), _) => format!("exited with status {c} before the script's end"),
        _ => "ended".into(),
    }
}

#[cfg(not(unix))]
fn describe_status(s: std::process::ExitStatus) -> String {
    format!("exited ({s}) before the script's end")
}

impl Collector {
    fn take(&mut self, m: Msg) -> Result<(), String> {
        if !self.hello && !matches!(m, Msg::Hello { .. }) {
            return Err("the first message was not hello".into());
        }
        match m {
            Msg::Hello { version, calls, .. } => {
                self.hello = true;
                self.interp.version = version;
                self.calls = calls;
            }
            Msg::Stmt {
                i,
                l,
                el,
                c,
                ec,
                echo,
            } => {
                if i != self.statements.len() {
                    return Err(format!("statement {i} after {}", self.statements.len()));
                }
                self.statements.push(Statement {
                    line: l,
                    end_line: el,
                    col: c,
                    end_col: ec,
                    echo,
                    steps: Vec::new(),
                    error: None,
                });
            }
            Msg::New { s, d, n } => {
                let mut data = base64(&d)?;
                data.resize(n, 0);
                self.births.push((s, data));
            }
            Msg::Call(c) => self.pending_calls.push(call_of(c)?),
            Msg::Step(s) => self.step(s)?,
            Msg::Exit { code } => self.finished = Some(End::Exit(code)),
            Msg::Fatal { msg } => self.finished = Some(End::Fatal(msg)),
            Msg::Done => self.finished = Some(End::Done),
        }
        Ok(())
    }

    fn step(&mut self, s: StepMsg) -> Result<(), String> {
        if let Some(n) = s.n {
            self.names = Rc::from(n);
        }
        if let Some(v) = s.v {
            self.views = Rc::from(v);
        }
        let edits =
            s.e.into_iter()
                .map(|(sid, off, d, size)| {
                    Ok((
                        sid,
                        WireEdit {
                            offset: off,
                            new: base64(&d)?,
                            new_size: size,
                        },
                    ))
                })
                .collect::<Result<Vec<_>, String>>()?;
        let step = LineStep {
            line: s.l,
            output: s.o,
            births: std::mem::take(&mut self.births),
            calls: std::mem::take(&mut self.pending_calls),
            streams: s
                .s
                .into_iter()
                .map(|(id, size, pos, closed, exports)| {
                    (
                        id,
                        State {
                            size,
                            pos,
                            closed,
                            exports,
                        },
                    )
                })
                .collect(),
            edits,
            names: Rc::clone(&self.names),
            views: Rc::clone(&self.views),
            ret: s.r,
            merge: s.m,
            iteration: s.it,
        };
        let Some(st) = self.statements.last_mut() else {
            return Err("a step before any statement".into());
        };
        st.steps.push(step);
        if s.end {
            st.error = s.err;
        }
        Ok(())
    }
}

fn call_of(c: CallMsg) -> Result<Call, String> {
    Ok(Call {
        stream: c.s,
        method: c.m,
        args: match c.n {
            Some(count) => CallArgs::Bytes {
                count,
                at: c.at,
                head: c.hx,
            },
            None => CallArgs::Reprs(c.a),
        },
        result: match (c.r, c.rn, c.rx) {
            (Some(r), _, _) => CallResult::Repr(r),
            (_, Some(count), _) => CallResult::Bytes { count, head: c.rh },
            (_, _, Some(exports)) => CallResult::Memory { exports },
            _ => CallResult::None,
        },
        lib: c.lib,
        func: c.func,
        line: c.l,
        edits: edits_of(c.e)?,
        after: c.st.into(),
        error: c.err,
    })
}
