//! A recorded run of a script that can be stepped back and forth.
//!
//! Each step keeps what it changed (the stream edits of its [`Step`]) and a small frame of
//! what the screen shows (stream sizes, cursors, exports and who holds them), never a copy
//! of a buffer. Jumping applies or reverts the edits in between, so memory grows with what
//! changed and a jump costs the bytes the skipped steps wrote. A stream's buffer keeps its
//! content from the step that made it even at earlier steps (where it does not exist yet),
//! so jumping across that step never refills a large initial buffer.

use super::lower::{ErrorKind, Program, ScriptError};
use super::session::{Config, ExportInfo, Session, Step, StreamSnap};
use crate::model::ExcType;
use crate::model::value::ObjId;

/// A stream as a frame shows it.
#[derive(Clone, Debug)]
pub struct StreamFrame {
    pub id: ObjId,
    /// The name it is bound to (`b`), or how it is reached.
    pub label: String,
    pub snap: StreamSnap,
}

impl StreamFrame {
    /// The Python name the stream is bound to, if any (`label` is a description otherwise).
    pub fn name(&self) -> Option<&str> {
        (!self.label.starts_with('<')).then_some(self.label.as_str())
    }
}

/// What the screen shows after some number of statements, bytes aside.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    pub streams: Vec<StreamFrame>,
    pub exports: Vec<ExportInfo>,
}

impl Frame {
    fn of(session: &Session) -> Frame {
        Frame {
            streams: session
                .streams()
                .into_iter()
                .map(|(label, s)| StreamFrame {
                    id: s.id,
                    label,
                    snap: StreamSnap::of(&s),
                })
                .collect(),
            exports: session.exports(),
        }
    }
}

/// A script run, recorded step by step.
pub struct Timeline {
    program: Program,
    config: Config,
    /// `steps[i]` ran the i-th top-level statement.
    steps: Vec<Step>,
    /// `frames[k]`: the state after `k` statements (`frames[0]`: before any).
    frames: Vec<Frame>,
    /// Bytes of every stream seen, as of `at` (or as the step that made it left them,
    /// while `at` is before that step).
    bytes: Vec<Bytes>,
    at: usize,
}

/// One stream's buffer, and the step that made it.
struct Bytes {
    id: ObjId,
    /// Index of the first step that changed the stream.
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
        let mut steps = Vec::with_capacity(program.body.len());
        let mut frames = Vec::with_capacity(program.body.len() + 1);
        frames.push(Frame::of(&session));
        for stmt in &program.body {
            steps.push(session.run_statement(&program.source, stmt));
            frames.push(Frame::of(&session));
        }
        // The session ends here: its buffers become the timeline's, without a copy.
        let bytes = session
            .live_streams()
            .map(|s| Bytes {
                id: s.id,
                born: 0,
                buf: s.with_buffer_mut(std::mem::take),
            })
            .collect();
        drop(session);
        let mut t = Timeline {
            program,
            config,
            steps,
            frames,
            bytes,
            at: 0,
        };
        t.at = t.steps.len();
        // Streams no longer alive at the end still have their bytes rebuilt from edits.
        t.rebuild_missing();
        t
    }

    fn rebuild_missing(&mut self) {
        let mut known: Vec<ObjId> = Vec::with_capacity(self.bytes.len());
        for (i, step) in self.steps.iter().enumerate() {
            for c in &step.changes {
                if known.contains(&c.stream) {
                    continue;
                }
                known.push(c.stream);
                match self.bytes.iter_mut().find(|b| b.id == c.stream) {
                    Some(b) => b.born = i,
                    None => self.bytes.push(Bytes {
                        id: c.stream,
                        born: i,
                        buf: Vec::new(),
                    }),
                }
            }
        }
        // Replay the edits of streams rebuilt from nothing, up to the end.
        let rebuilt: Vec<ObjId> = self
            .bytes
            .iter()
            .filter(|b| b.buf.is_empty())
            .map(|b| b.id)
            .collect();
        for step in &self.steps {
            for c in step.changes.iter().filter(|c| rebuilt.contains(&c.stream)) {
                if let Some(b) = self.bytes.iter_mut().find(|b| b.id == c.stream) {
                    for e in &c.edits {
                        e.apply(&mut b.buf);
                    }
                }
            }
        }
    }

    pub fn program(&self) -> &Program {
        &self.program
    }

    /// Number of statements (steps).
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// How many statements have run at the current position.
    pub fn at(&self) -> usize {
        self.at
    }

    /// Every step of the script, run or not.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Every frame: `frames()[k]` is the state after `k` statements.
    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    /// The first statement the engine refused at run time (something outside the subset),
    /// as `bytesio-tui run` reports it.
    pub fn refused(&self) -> Option<ScriptError> {
        let step = self.steps.iter().find(|s| {
            s.error
                .as_ref()
                .is_some_and(|e| e.ty == ExcType::Unsupported)
        })?;
        let (line, col) = super::lower::line_col(&self.program.source, step.span.start);
        let message = step
            .error
            .as_ref()
            .map(|e| e.line.trim_start_matches("unsupported: ").to_string())
            .unwrap_or_default();
        Some(ScriptError {
            kind: ErrorKind::Unsupported,
            line,
            col,
            message,
        })
    }

    /// The steps run up to the current position (the log).
    pub fn log(&self) -> &[Step] {
        &self.steps[..self.at]
    }

    /// The step that just ran (None before the first).
    pub fn last_step(&self) -> Option<&Step> {
        self.at.checked_sub(1).and_then(|i| self.steps.get(i))
    }

    /// The step that runs next (None at the end).
    pub fn next_step(&self) -> Option<&Step> {
        self.steps.get(self.at)
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
        let k = k.min(self.steps.len());
        while self.at < k {
            let i = self.at;
            for c in &self.steps[i].changes {
                if let Some(b) = self.bytes.iter_mut().find(|b| b.id == c.stream)
                    && b.born != i
                {
                    for e in &c.edits {
                        e.apply(&mut b.buf);
                    }
                }
            }
            self.at += 1;
        }
        while self.at > k {
            self.at -= 1;
            let i = self.at;
            for c in self.steps[i].changes.iter().rev() {
                if let Some(b) = self.bytes.iter_mut().find(|b| b.id == c.stream)
                    && b.born != i
                {
                    for e in c.edits.iter().rev() {
                        e.revert(&mut b.buf);
                    }
                }
            }
        }
    }

    /// A live session in the state after `k` statements, for branching from there.
    pub fn session_at(&self, k: usize) -> Session {
        let mut session = Session::new(self.config.clone());
        for stmt in self.program.body.iter().take(k) {
            session.run_statement(&self.program.source, stmt);
        }
        session
    }

    /// Ends the timeline at step `k` (clamped): a live session in that state, and the steps
    /// that led there (the log). The steps name streams by the timeline's identities; the
    /// session's streams, made again, have new ones.
    pub fn branch(self, k: usize) -> (Session, Vec<Step>) {
        let k = k.min(self.steps.len());
        let session = self.session_at(k);
        let mut steps = self.steps;
        steps.truncate(k);
        (session, steps)
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
        assert_eq!(b.label, "b");
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
