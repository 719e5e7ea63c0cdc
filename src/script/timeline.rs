//! A recorded run of a script that can be stepped back and forth.
//!
//! Each step keeps what it changed (the stream edits of its [`Step`]) and a small frame of
//! what the screen shows (stream sizes, cursors, exports and who holds them), never a copy
//! of a buffer. Jumping applies or reverts the edits in between, so memory grows with what
//! changed and a jump costs the bytes the skipped steps wrote. A stream's buffer keeps its
//! content from the step that made it even at earlier steps (where it does not exist yet),
//! so jumping across that step never refills a large initial buffer.

use std::collections::HashMap;
use std::rc::Rc;

use super::lower::{ErrorKind, Program, Refusal, ScriptError};
use super::session::{
    Config, ExportInfo, Label, Root, Session, Step, StepSink, StreamSnap, ViewInfo,
};
use crate::model::ExcType;
use crate::model::value::ObjId;

/// The first run-time refusal in `step` (the engine met something outside the subset), as
/// `bytesio-tui run` reports it: `LINE:COL: unsupported: ...` at the statement's start.
pub fn refusal(program: &Program, step: &Step) -> Option<ScriptError> {
    let e = step.error.as_ref().filter(|e| e.ty.is_refusal())?;
    let local = step.span.start.saturating_sub(program.base);
    let (line, col) = super::lower::line_col(&program.source, local);
    let line = line + program.lines_before;
    Some(if e.ty == ExcType::Budget {
        ScriptError {
            kind: ErrorKind::Stopped,
            line,
            col,
            message: e.message.clone(),
            refusal: None,
        }
    } else {
        ScriptError::refused(line, col, Refusal::Construct(e.message.clone()))
    })
}

/// The steps a session ran, in order, and the step that made each stream: the one record of
/// which step made what, for the timeline and the app's live session alike.
#[derive(Clone, Debug, Default)]
pub struct StepLog {
    steps: Vec<Step>,
    /// (stream, index of the first step that changed it), in order of birth.
    born: Vec<(ObjId, usize)>,
}

impl StepLog {
    pub fn new() -> StepLog {
        StepLog::default()
    }

    /// Appends a step; returns its index.
    pub fn push(&mut self, step: Step) -> usize {
        let i = self.steps.len();
        for c in &step.changes {
            if self.born_at(c.stream).is_none() {
                self.born.push((c.stream, i));
            }
        }
        self.steps.push(step);
        i
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The index of the step that made `stream` (its first change), if a step did.
    pub fn born_at(&self, stream: ObjId) -> Option<usize> {
        self.born
            .iter()
            .find(|(id, _)| *id == stream)
            .map(|&(_, k)| k)
    }

    /// Every stream a step made, with that step, in order of birth.
    pub fn births(&self) -> &[(ObjId, usize)] {
        &self.born
    }

    /// Takes in a stream that exists without a step of this log having made it (a branch's
    /// session made its streams again): it counts as made before the log's first step.
    pub fn adopt(&mut self, stream: ObjId) {
        if self.born_at(stream).is_none() {
            self.born.push((stream, 0));
        }
    }

    /// Marks the last step as its top-level statement's last.
    pub fn end_top(&mut self) {
        if let Some(s) = self.steps.last_mut() {
            s.ends_top = true;
        }
    }

    /// Keeps the first `k` steps and the births among them.
    pub fn truncate(&mut self, k: usize) {
        self.steps.truncate(k);
        self.born.retain(|&(_, i)| i < k);
    }

    /// What the step at index `k - 1` (the last of the first `k`) wrote into `stream`: each
    /// edit's bytes and any zero-fill it grew the stream by, as half-open ranges. Nothing
    /// when that step made the stream (it wrote all of it).
    pub fn written(&self, k: usize, stream: ObjId) -> Vec<(usize, usize)> {
        let Some(last) = k.checked_sub(1) else {
            return Vec::new();
        };
        if self.born_at(stream).is_none_or(|b| b >= last) {
            return Vec::new();
        }
        let Some(c) = self.steps.get(last).and_then(|s| s.change_of(stream)) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in &c.edits {
            if !e.new.is_empty() {
                out.push((e.offset, e.offset + e.new.len()));
            }
            if e.new_size > e.old_size {
                out.push((e.old_size, e.new_size));
            }
        }
        out
    }
}

/// A stream as a frame shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StreamFrame {
    pub id: ObjId,
    /// The name it is bound to (`b`), or how it is reached.
    pub label: Label,
    pub snap: StreamSnap,
}

impl StreamFrame {
    /// The Python name the stream is bound to, if any.
    pub fn name(&self) -> Option<&str> {
        self.label.name()
    }
}

/// A live export as the screen shows it: the session's [`ExportInfo`], and which of its
/// views' holders are the view itself.
#[derive(Clone, Debug)]
pub struct Export {
    pub info: ExportInfo,
    /// (view, root) for each root that is one of this export's views itself: a name bound
    /// to it, or `_` when it is the view. A holder not listed reaches its view through a
    /// list, a tuple or a bound method (`.release()` on it is not the view's).
    pub direct: Vec<(ObjId, Root)>,
}

impl std::ops::Deref for Export {
    type Target = ExportInfo;
    fn deref(&self) -> &ExportInfo {
        &self.info
    }
}

impl Export {
    /// Field by field: `ExportInfo` is the session's, without `PartialEq`.
    fn same(&self, info: &ExportInfo, direct: &[(ObjId, Root)]) -> bool {
        let (a, b) = (&self.info, info);
        a.family == b.family
            && a.stream == b.stream
            && a.label == b.label
            && a.origin == b.origin
            && a.views.len() == b.views.len()
            && a.views.iter().zip(&b.views).all(|(x, y)| same_view(x, y))
            && self.direct == direct
    }
}

fn same_view(a: &ViewInfo, b: &ViewInfo) -> bool {
    a.id == b.id
        && a.start == b.start
        && a.step == b.step
        && a.len == b.len
        && a.readonly == b.readonly
        && a.span == b.span
        && a.range == b.range
        && a.holders == b.holders
        && a.derived == b.derived
}

/// The session's live exports, each with its direct holders, as a shared list: `prev`
/// itself when nothing changed, else every export that stayed the same shared with `prev`'s.
pub fn read_exports(session: &Session, prev: &Rc<[Rc<Export>]>) -> Rc<[Rc<Export>]> {
    let mut by_view: HashMap<ObjId, Vec<Root>> = HashMap::new();
    for (r, id) in session.direct_views() {
        by_view.entry(id).or_default().push(r);
    }
    let exports: Vec<(ExportInfo, Vec<(ObjId, Root)>)> = session
        .exports()
        .into_iter()
        .map(|info| {
            let mut direct = Vec::new();
            for v in &info.views {
                if let Some(roots) = by_view.get(&v.id) {
                    direct.extend(roots.iter().map(|r| (v.id, r.clone())));
                }
            }
            (info, direct)
        })
        .collect();
    if exports.len() == prev.len()
        && exports
            .iter()
            .zip(prev.iter())
            .all(|((info, direct), p)| p.same(info, direct))
    {
        return Rc::clone(prev);
    }
    let index: HashMap<ObjId, &Rc<Export>> = prev.iter().map(|e| (e.family, e)).collect();
    exports
        .into_iter()
        .map(|(info, direct)| match index.get(&info.family) {
            Some(p) if p.same(&info, &direct) => Rc::clone(p),
            _ => Rc::new(Export { info, direct }),
        })
        .collect()
}

/// What the screen shows after some number of statements, bytes aside. Each part is shared
/// with the previous step's frame when that step left it as it was (and each export that
/// stayed the same is shared on its own), so frames cost what the steps changed.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    pub streams: Rc<[StreamFrame]>,
    pub exports: Rc<[Rc<Export>]>,
    /// Which names are bound: bit `i` for the timeline's `i`-th name (see
    /// [`Timeline::is_bound`]).
    bound: Rc<[u64]>,
}

impl Frame {
    /// The session's frame, sharing what did not change since `prev`. `names` interns every
    /// name bound so far.
    fn of(session: &Session, prev: &Frame, names: &mut HashMap<Rc<str>, usize>) -> Frame {
        let streams: Vec<StreamFrame> = session
            .streams()
            .into_iter()
            .map(|(label, s)| StreamFrame {
                id: s.id,
                label,
                snap: StreamSnap::of(&s),
            })
            .collect();
        let streams = if *prev.streams == *streams {
            Rc::clone(&prev.streams)
        } else {
            Rc::from(streams)
        };
        let mut bound: Vec<u64> = Vec::with_capacity(prev.bound.len());
        for (n, _) in session.names() {
            let i = match names.get(n) {
                Some(&i) => i,
                None => {
                    let i = names.len();
                    names.insert(Rc::from(n), i);
                    i
                }
            };
            if bound.len() <= i / 64 {
                bound.resize(i / 64 + 1, 0);
            }
            bound[i / 64] |= 1 << (i % 64);
        }
        let bound = if *prev.bound == *bound {
            Rc::clone(&prev.bound)
        } else {
            Rc::from(bound)
        };
        Frame {
            streams,
            exports: read_exports(session, &prev.exports),
            bound,
        }
    }
}

/// What a recording session has sent so far: the steps and a frame after each.
#[derive(Default)]
struct Recording {
    log: StepLog,
    frames: Vec<Frame>,
    names: HashMap<Rc<str>, usize>,
}

/// Sends a recording session's line steps into a [`Recording`].
struct Sink(Rc<std::cell::RefCell<Recording>>);

impl StepSink for Sink {
    fn step(&mut self, session: &Session, step: Step) {
        let Ok(mut r) = self.0.try_borrow_mut() else {
            return;
        };
        let Recording { log, frames, names } = &mut *r;
        let prev = frames.last().cloned().unwrap_or_default();
        let frame = Frame::of(session, &prev, names);
        log.push(step);
        frames.push(frame);
    }

    fn end_top(&mut self, _session: &Session) {
        if let Ok(mut r) = self.0.try_borrow_mut() {
            r.log.end_top();
        }
    }
}
/// Timelines another engine recorded (the CPython one): `Timeline::from_recorded`.
#[path = "../cpython/recorded.rs"]
mod recorded;

/// A script run, recorded step by step.
pub struct Timeline {
    program: Program,
    config: Config,
    /// `record.steps()[i]` ran the i-th top-level statement.
    record: StepLog,
    /// `frames[k]`: the state after `k` statements (`frames[0]`: before any).
    frames: Vec<Frame>,
    /// Every name any step bound, numbered (the frames' `bound` bits index it).
    names: HashMap<Rc<str>, usize>,
    /// Bytes of every stream seen, as of `at` (or as the step that made it left them,
    /// while `at` is before that step).
    bytes: Vec<Bytes>,
    at: usize,
}

/// One stream's buffer, and the step that made it (from the record's births).
struct Bytes {
    id: ObjId,
    born: usize,
    buf: Vec<u8>,
}

impl Timeline {
    /// Runs every statement of `program`, recording each; returns the timeline positioned
    /// at the end. (A live session at any step comes from [`Timeline::session_at`].)
    pub fn record(program: Program, config: Config) -> Timeline {
        let config = Config {
            journal: true,
            ..config
        };
        let mut session = Session::new(config.clone());
        let rec = Rc::new(std::cell::RefCell::new(Recording::default()));
        {
            let mut r = rec.borrow_mut();
            let Recording { frames, names, .. } = &mut *r;
            frames.push(Frame::of(&session, &Frame::default(), names));
        }
        session.set_sink(Box::new(Sink(rec.clone())));
        for stmt in &program.body {
            let top = session.run_statement(&program, stmt);
            if top.error.as_ref().is_some_and(|e| e.ty.is_refusal()) {
                break;
            }
        }
        drop(session.take_sink());
        let Recording {
            log: record,
            frames,
            names,
        } = Rc::try_unwrap(rec)
            .map(std::cell::RefCell::into_inner)
            .unwrap_or_default();
        // The session ends here: its buffers become the timeline's, without a copy.
        let mut live: Vec<(ObjId, Vec<u8>)> = session
            .live_streams()
            .map(|s| (s.id, s.with_buffer_mut(std::mem::take)))
            .collect();
        drop(session);
        // Every stream a step made; those no longer alive at the end are rebuilt from the
        // edits the steps made to them.
        let mut bytes = Vec::with_capacity(record.births().len());
        for &(id, born) in record.births() {
            let buf = match live.iter().position(|(l, _)| *l == id) {
                Some(i) => live.swap_remove(i).1,
                None => {
                    let mut buf = Vec::new();
                    for step in record.steps() {
                        for c in step.changes.iter().filter(|c| c.stream == id) {
                            for e in &c.edits {
                                // Memory refused: the bytes stay short, the app goes on.
                                if e.apply(&mut buf).is_err() {
                                    break;
                                }
                            }
                        }
                    }
                    buf
                }
            };
            bytes.push(Bytes { id, born, buf });
        }
        let at = record.len();
        Timeline {
            program,
            config,
            record,
            frames,
            names,
            bytes,
            at,
        }
    }

    pub fn program(&self) -> &Program {
        &self.program
    }

    /// Number of statements (steps).
    pub fn len(&self) -> usize {
        self.record.len()
    }

    pub fn is_empty(&self) -> bool {
        self.record.is_empty()
    }

    /// How many statements have run at the current position.
    pub fn at(&self) -> usize {
        self.at
    }

    /// Every step of the script, run or not.
    pub fn steps(&self) -> &[Step] {
        self.record.steps()
    }

    /// Every frame: `frames()[k]` is the state after `k` statements.
    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    /// True when `name` is bound at the current position.
    pub fn is_bound(&self, name: &str) -> bool {
        let bound = &self.frame().bound;
        self.names
            .get(name)
            .is_some_and(|&i| bound.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0))
    }

    /// The index of the step that made `stream`, if one did.
    pub fn born_at(&self, stream: ObjId) -> Option<usize> {
        self.record.born_at(stream)
    }

    /// What the step that just ran wrote into `stream` (see [`StepLog::written`]).
    pub fn written(&self, stream: ObjId) -> Vec<(usize, usize)> {
        self.record.written(self.at, stream)
    }

    /// The first statement the engine refused at run time (something outside the subset),
    /// as `bytesio-tui run` reports it.
    pub fn refused(&self) -> Option<ScriptError> {
        self.steps().iter().find_map(|s| refusal(&self.program, s))
    }

    /// The steps run up to the current position (the log).
    pub fn log(&self) -> &[Step] {
        &self.steps()[..self.at]
    }

    /// The step that just ran (None before the first).
    pub fn last_step(&self) -> Option<&Step> {
        self.at.checked_sub(1).and_then(|i| self.steps().get(i))
    }

    /// The step that runs next (None at the end).
    pub fn next_step(&self) -> Option<&Step> {
        self.steps().get(self.at)
    }

    pub fn frame(&self) -> &Frame {
        &self.frames[self.at]
    }

    /// The bytes of a stream at the current position.
    pub fn bytes(&self, stream: ObjId) -> &[u8] {
        self.bytes
            .iter()
            .find(|b| b.id == stream)
            .filter(|b| b.born < self.at)
            .map(|b| b.buf.as_slice())
            .unwrap_or(&[])
    }

    /// Moves to the state after `k` statements (clamped), applying or reverting edits. The
    /// step that made a stream is neither applied nor reverted for it: its buffer keeps what
    /// that step left while the stream does not exist yet.
    pub fn goto(&mut self, k: usize) {
        let k = k.min(self.len());
        let steps = self.record.steps();
        while self.at < k {
            let i = self.at;
            for c in &steps[i].changes {
                if let Some(b) = self.bytes.iter_mut().find(|b| b.id == c.stream)
                    && b.born != i
                {
                    // An edit is all or nothing: memory refused leaves the bytes as they
                    // were (stale, never an abort); a later revert puts the old ones back.
                    for e in &c.edits {
                        if e.apply(&mut b.buf).is_err() {
                            break;
                        }
                    }
                }
            }
            self.at += 1;
        }
        while self.at > k {
            self.at -= 1;
            let i = self.at;
            for c in steps[i].changes.iter().rev() {
                if let Some(b) = self.bytes.iter_mut().find(|b| b.id == c.stream)
                    && b.born != i
                {
                    for e in c.edits.iter().rev() {
                        if e.revert(&mut b.buf).is_err() {
                            break;
                        }
                    }
                }
            }
        }
    }

    /// A live session in the state after `k` statements, for branching from there.
    pub fn session_at(&self, k: usize) -> Session {
        let mut session = Session::new(self.config.clone());
        for stmt in self.program.body.iter().take(self.tops_done(k)) {
            session.run_statement(&self.program, stmt);
        }
        session
    }

    /// How many top-level statements have finished after `k` steps.
    pub fn tops_done(&self, k: usize) -> usize {
        let steps = self.steps();
        match k.min(steps.len()).checked_sub(1) {
            None => 0,
            Some(i) if steps[i].ends_top => steps[i].top + 1,
            Some(i) => steps[i].top,
        }
    }

    /// Ends the timeline at step `k` (clamped): a live session in that state, and the steps
    /// that led there (the log). The steps name streams by the timeline's identities; the
    /// session's streams, made again, have new ones, and count as made before the log's
    /// first step.
    pub fn branch(self, k: usize) -> (Session, StepLog) {
        let k = k.min(self.len());
        let session = self.session_at(k);
        // The log keeps the steps of the statements that finished.
        let k = self.steps()[..k]
            .iter()
            .rposition(|s| s.ends_top)
            .map_or(0, |i| i + 1);
        let mut record = self.record;
        record.truncate(k);
        for s in session.live_streams() {
            record.adopt(s.id);
        }
        (session, record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::parse_program;

    #[test]
    fn stepping_back_restores_bytes_cursor_and_exports() {
        let program = parse_program(
            "import io\nb = io.BytesIO(b\"abcdef\")\nview = b.getbuffer()\nview[2:4] = b\"sa\"\n\
             b.read(2)\nview.release()\nb.write(b\"XYZ\")\nb.truncate(3)\n",
        )
        .expect("parses");
        let mut t = Timeline::record(program, Config::default());
        let end = t.session_at(t.len());
        let b = end.stream("b").expect("b");
        assert_ne!(
            t.bytes(b.id),
            b"abX",
            "a replayed session has new identities"
        );
        let b = &t.frame().streams[0];
        assert_eq!(b.name(), Some("b"));
        let b = b.clone();
        assert_eq!(t.bytes(b.id), b"abX");
        t.goto(4);
        assert_eq!(t.bytes(b.id), b"absaef");
        assert_eq!(t.frame().exports.len(), 1);
        assert_eq!(t.frame().streams[0].snap.pos, 0);
        t.goto(2);
        assert_eq!(t.bytes(b.id), b"abcdef");
        assert!(t.frame().exports.is_empty());
        t.goto(0);
        assert_eq!(t.bytes(b.id), b"");
        assert!(t.frame().streams.is_empty());
        t.goto(99);
        assert_eq!(t.at(), 8);
        assert_eq!(t.bytes(b.id), b"abX");
        assert_eq!(t.frame().streams[0].snap.pos, 5);
        drop(end);
        let again = t.session_at(4);
        assert_eq!(
            again.stream("b").map(|s| s.data_ref().clone()),
            Some(b"absaef".to_vec())
        );
    }

    #[test]
    fn the_step_that_made_a_stream_is_never_replayed() {
        let program = parse_program(
            "import io\nb = io.BytesIO(b\"abc\"); b.write(b\"Z\")\nb.write(b\"!\")\n\
             c = io.BytesIO(b\"xy\")\nb.truncate(1)\n",
        )
        .expect("parses");
        let mut t = Timeline::record(program, Config::default());
        let b = t.frames()[2].streams[0].id;
        let c = t.frame().streams[1].id;
        assert_eq!(t.bytes(b), b"Z");
        assert_eq!(t.bytes(c), b"xy");
        for (k, want_b, want_c) in [
            (0, &b""[..], &b""[..]),
            (1, b"", b""),
            (2, b"abc", b""),
            (3, b"Zbc", b""),
            (4, b"Z!c", b""),
            (5, b"Z!c", b"xy"),
            (6, b"Z", b"xy"),
            (1, b"", b""),
            (6, b"Z", b"xy"),
            (3, b"Zbc", b""),
            (2, b"abc", b""),
            (5, b"Z!c", b"xy"),
        ] {
            t.goto(k);
            assert_eq!((t.bytes(b), t.bytes(c)), (want_b, want_c), "step {k}");
        }
    }
}
