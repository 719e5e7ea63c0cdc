//! Undo (`u`) and redo (`U`) of the last statement of a live session. Undo replays the
//! session without its last statement (the engine is deterministic, and a branch from a
//! script is made the same way), so every stream, view, name and holder is as it was; the
//! log says what was undone, as a Python comment so it stays a script.

use std::path::PathBuf;

use crate::script::session::segment;
use crate::script::timeline::StepLog;
use crate::script::{Session, parse_statement};

use super::state::{App, LogKind, LogLine, Mode, NoticeKind, push_step_lines};
use crate::ui::say::Msg;

/// How the live session's first steps came about, so it can be replayed.
#[derive(Clone, Debug, Default)]
pub struct Replay {
    /// Steps undo never removes: the start (`import io`, `b = ...`), or the script steps a
    /// branch began with.
    pub fixed: usize,
    /// The step that bound `--file`'s bytes (not a statement: replayed by reading the file
    /// again), and the file.
    pub file: Option<(usize, PathBuf)>,
    /// Statements undone, the latest last: what `U` runs again.
    pub redo: Vec<String>,
    /// Log notes (`# undone: ...`), each after the step count it was made at.
    pub notes: Vec<(usize, String)>,
}

impl App {
    /// `u`: the session without its last statement.
    pub fn undo(&mut self) {
        if self.script.is_some() {
            self.set_info("undo is for a live session: p steps back through the script");
            return;
        }
        let n = self.record.len();
        if n <= self.replay.fixed {
            self.set_info("nothing to undo");
            return;
        }
        let text = segment(&self.source, self.record.steps()[n - 1].span).to_string();
        if let Err(msg) = self.rebuild(n - 1) {
            self.set_info(Msg::CannotUndo(Box::new(msg)));
            return;
        }
        self.replay.notes.push((n - 1, format!("# undone: {text}")));
        self.rebuild_log();
        self.save_session();
        self.set_info(Msg::Undone(text.clone()));
        self.replay.redo.push(text);
    }

    /// `U`: runs the last undone statement again.
    pub fn redo(&mut self) {
        if self.script.is_some() {
            self.set_info("redo is for a live session");
            return;
        }
        let Some(text) = self.replay.redo.pop() else {
            self.set_info("nothing to redo");
            return;
        };
        let keep = std::mem::take(&mut self.replay.redo);
        let result = super::run::run_text(self, &text);
        self.replay.redo = keep;
        if let Err(msg) = result {
            self.set_info(Msg::CannotRedo(text, Box::new(msg)));
        } else if self.notice.is_none() {
            self.set_info(Msg::Redone(text));
        }
    }

    /// Queues the whole live session as the saved one.
    pub(super) fn save_session(&mut self) {
        self.effects.push(super::store::Effect::Session {
            source: self.source.clone(),
            file: self.replay.file.as_ref().map(|(_, p)| p.clone()),
        });
        self.session_saved = true;
    }

    fn set_info(&mut self, msg: impl Into<Msg>) {
        self.set_notice(NoticeKind::Info, msg);
    }

    /// Replaces the live session with a replay of its first `keep` steps; returns the
    /// version profile's switches each step read.
    pub(super) fn rebuild(
        &mut self,
        keep: usize,
    ) -> Result<Vec<Vec<crate::model::switch::Switch>>, Msg> {
        let steps = self.record.steps();
        let cut = steps
            .get(keep)
            .map_or(self.source.len(), |s| s.span.start)
            .min(self.source.len());
        let source = self
            .source
            .get(..cut)
            .ok_or(Msg::Phrase("the log is not a script"))?
            .to_string();
        let program = parse_statement(&source).map_err(|e| Msg::Verbatim(e.message))?;
        let label = self.stream().map(|(l, _)| l);
        let mut session = Session::new(self.session_config());
        let mut record = StepLog::new();
        let mut body = program.body.iter();
        let mut read = Vec::with_capacity(keep);
        for i in 0..keep {
            let _ = crate::model::switch::take();
            let step = match &self.replay.file {
                Some((at, path)) if *at == i => {
                    let data = std::fs::read(path)
                        .map_err(|e| Msg::CannotRead(path.display().to_string(), e.to_string()))?;
                    let echo = segment_line(&source, i, steps);
                    let line = source[..source.len().min(line_start(&source, i, steps))]
                        .matches('\n')
                        .count()
                        + 1;
                    session.bind_stream("b", data, &echo, line)
                }
                _ => {
                    let stmt = body
                        .next()
                        .ok_or(Msg::Phrase("the log has fewer statements than steps"))?;
                    session.run_statement(&program, stmt)
                }
            };
            read.push(crate::model::switch::take());
            record.push(step);
        }
        self.session = session;
        self.record = record;
        self.source = source;
        self.source_lines = None;
        self.live_seen = 0;
        self.refresh_live();
        self.mode = Mode::Normal;
        let streams: Vec<(crate::model::value::ObjId, crate::script::session::Label)> = self
            .live
            .streams()
            .map(|(id, l, _)| (id, l.clone()))
            .collect();
        self.selected = label
            .and_then(|l| streams.iter().find(|(_, s)| *s == l))
            .or(streams.first())
            .map(|(id, _)| *id);
        // Notes of steps undone stay, at the end of what is left.
        for (at, _) in &mut self.replay.notes {
            *at = (*at).min(keep);
        }
        self.log_scroll = 0;
        Ok(read)
    }

    /// The log panel's lines again from the steps, with the notes in their places.
    pub(super) fn rebuild_log(&mut self) {
        let mut log = Vec::new();
        let notes = &self.replay.notes;
        let push_notes = |log: &mut Vec<LogLine>, at: usize| {
            for (i, (n_at, text)) in notes.iter().enumerate() {
                if *n_at == at {
                    log.push(LogLine {
                        step: i,
                        kind: LogKind::Note,
                        start: 0,
                        end: text.len(),
                    });
                }
            }
        };
        push_notes(&mut log, 0);
        for (i, step) in self.record.steps().iter().enumerate() {
            push_step_lines(&mut log, i, step);
            push_notes(&mut log, i + 1);
        }
        self.log = log;
    }
}

/// The echo text of the `--file` bind step: its source line.
fn segment_line(source: &str, i: usize, steps: &[crate::script::Step]) -> String {
    let start = line_start(source, i, steps);
    let rest = source.get(start..).unwrap_or("");
    rest.lines().next().unwrap_or("").to_string()
}

/// Where the bind step's line starts: after the previous step's statement.
fn line_start(source: &str, i: usize, steps: &[crate::script::Step]) -> usize {
    let prev_end = i
        .checked_sub(1)
        .and_then(|j| steps.get(j))
        .map_or(0, |s| s.span.end);
    source
        .get(prev_end..)
        .and_then(|r| r.find('\n').map(|k| prev_end + k + 1))
        .unwrap_or(0)
        .min(source.len())
}
