//! The app's state: the engine's session, every step it ran, and the UI's modes.

use std::path::PathBuf;
use std::rc::Rc;

use crate::model::Stream;
use crate::model::value::ObjId;
use crate::script::session::{StepKind, ViewInfo};
use crate::script::timeline::StepLog;
use crate::script::{Config, Program, Session, Step};

use super::scene::Live;
use super::script::Script;
use crate::ui::layout::{self, Geometry};
use crate::ui::say::Msg;

/// How the session starts.
#[derive(Clone, Debug)]
pub enum Start {
    /// `import io`, `b = io.BytesIO(b"abcdef")`.
    Default,
    /// `b = io.BytesIO(bytes.fromhex("..."))`.
    Bytes(Vec<u8>),
    /// A file's bytes, already read: `b = io.BytesIO(bytes.fromhex("..."))` for a small file,
    /// else bound by the app and logged as a comment.
    File { path: PathBuf, data: Vec<u8> },
    /// Step mode: the script recorded, shown before its first statement ran.
    Script { path: PathBuf, program: Program },
    /// `--resume`: the last session, replayed.
    Resume(super::store::Saved),
}

#[derive(Clone, Debug)]
pub struct Options {
    pub max_size: usize,
    /// False when `NO_COLOR` is set: styles only, no colours.
    pub color: bool,
    pub start: Start,
    /// The version the built-in engine behaves as (`--python`).
    pub python: crate::model::profile::Version,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_size: 1 << 30,
            color: true,
            start: Start::Default,
            python: crate::model::profile::Version::REFERENCE,
        }
    }
}

/// What the prompt line is asking for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromptKind {
    /// `:` any statement of the subset.
    Statement,
    /// `r`: how many bytes to read.
    Read,
    /// `w`: a bytes literal or hex.
    Write,
    /// `s`: where to seek.
    Seek,
    /// `T`: where to truncate.
    Truncate,
    /// `e`: the byte to write at `view[index]`.
    SetByte { view: String, index: usize },
    /// `x`: which view to release.
    Release,
    /// Step mode: which step to go to (0 to `last`).
    Step { last: usize },
    /// `o`: where to move the navigation cursor.
    Goto,
    /// `/`: what to search for.
    Search,
    /// `S`: the file to save the session to, as a Python script.
    SavePath,
}

/// The prompt line being edited.
#[derive(Clone, Debug)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: String,
    /// Byte index into `input`, on a char boundary.
    pub cursor: usize,
    /// The input is an offered default: the first typed character replaces it.
    pub fresh: bool,
    /// Position in the history while browsing it with up/down.
    pub history_pos: Option<usize>,
    /// What was typed before browsing the history.
    pub draft: String,
    /// Why the last Enter did not run (a syntax error, bad hex).
    pub error: Option<Msg>,
}

impl Prompt {
    pub fn new(kind: PromptKind, input: String, fresh: bool) -> Prompt {
        Prompt {
            kind,
            cursor: input.len(),
            input,
            fresh,
            history_pos: None,
            draft: String::new(),
            error: None,
        }
    }
}

/// The BufferError modal: which step failed, and on which stream.
#[derive(Clone, Debug)]
pub struct BufferModal {
    /// Index into [`App::steps`].
    pub step: usize,
    pub stream: ObjId,
    /// The failed statement's text, to retry after releasing.
    pub statement: String,
}

/// A question on the message line, and what a yes does.
#[derive(Clone, Debug)]
pub struct Confirm {
    pub question: Msg,
    pub then: Box<super::action::Action>,
}

#[derive(Clone, Debug)]
pub enum Mode {
    Normal,
    Prompt(Prompt),
    Modal(BufferModal),
    Help,
    /// `L`: what each glyph and colour means.
    Legend,
    Confirm(Confirm),
}

/// The script a branch left, to go back to it.
#[derive(Clone, Debug)]
pub struct Left {
    pub name: String,
    pub program: Program,
    pub step: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    /// A Python exception (other than the exports BufferError, which gets the modal).
    Error,
    /// The engine refused: something outside the subset it models.
    Unsupported,
}

/// A one-line message shown until the next key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    /// What it says, worded when drawn ([`crate::ui::i18n::Lang::say`]).
    pub msg: Msg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogKind {
    /// `>>> stmt` and `... ` lines.
    Echo,
    /// What the statement printed.
    Output,
    /// The exception line.
    Error,
    /// The engine refused the statement (not a Python error).
    Unsupported,
    /// A note of the app's, as a Python comment (`# undone: ...`); `step` indexes the notes.
    Note,
    /// A call a library made on a stream (a [`StepKind::Call`] step), under its line.
    Call,
}

/// One line of the log panel: a byte range of one step's text. Kept as ranges so drawing
/// never rescans a large output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogLine {
    pub step: usize,
    pub kind: LogKind,
    pub start: usize,
    pub end: usize,
}

/// The whole app.
pub struct App {
    pub session: Session,
    /// Every statement run, in order, one per line: the session as a Python script.
    /// [`Step::span`] and [`Step::line`] point into it.
    pub source: String,
    /// Every step the session ran, in order, and the step that made each stream.
    pub record: StepLog,
    /// The live session's streams and exports, read after each statement.
    pub live: Live,
    /// Step mode: the script being stepped through. None in interactive mode (also once a
    /// statement typed in step mode branched a live session).
    pub script: Option<Script>,
    /// The step a live session branched from, when it came from a script.
    pub branched: Option<usize>,
    /// The log panel's lines, derived from `steps`.
    pub log: Vec<LogLine>,
    /// The stream shown in the grid (in step mode: picked with Tab; None follows the newest).
    pub selected: Option<ObjId>,
    /// The navigation cursor: an offset picked for operations. Not the stream position.
    pub nav: usize,
    /// First grid row shown.
    pub grid_top: usize,
    pub mode: Mode,
    /// Statements run, oldest first, for the `:` prompt's up/down.
    pub history: Vec<String>,
    /// Log lines scrolled back from the newest.
    pub log_scroll: usize,
    pub notice: Option<Notice>,
    /// Terminal size (columns, rows).
    pub term: (u16, u16),
    pub color: bool,
    /// The UI's language (`--lang`, else the locale).
    pub lang: crate::ui::i18n::Lang,
    /// The projector theme (`--theme contrast`): bold and high contrast.
    pub contrast: bool,
    /// The sentence under the grid explaining the last step (`N` toggles it).
    pub narrate: bool,
    /// `--zoom`: fewer bytes a row, more space, a large step counter.
    pub zoom: bool,
    /// `--size WxH`: the drawing area, whatever the terminal's size.
    pub fixed_size: Option<(u16, u16)>,
    pub quit: bool,
    /// The grid's character column decodes UTF-8 (`a` toggles it) instead of ASCII.
    pub utf8: bool,
    /// The last search (`/`): what was sought and the match shown.
    pub search: Option<Search>,
    /// Lines the exports panel is scrolled down by (clamped when drawn).
    pub exports_scroll: usize,
    /// What undo needs to replay the live session, and what it undid.
    pub replay: super::undo::Replay,
    /// The cap on a stream's size the session runs with.
    pub max_size: usize,
    /// Lines a statement may run before it is stopped (`--max-steps`).
    pub max_steps: u64,
    /// Overlays under the current one (help over the modal returns to the modal).
    pub behind: Vec<Mode>,
    /// The action running was asked about and confirmed: do not ask again.
    pub confirmed: bool,
    /// A branch's script, to return to with `b` / Esc.
    pub left: Option<Left>,
    /// Where history and the session are kept (None: nowhere, as in tests and `render`).
    pub store: Option<super::store::Store>,
    /// What `update` asks to keep; [`super::handle_event`] hands it to the store.
    pub effects: Vec<super::store::Effect>,
    /// The session file holds this session (from its first statement on).
    pub session_saved: bool,
    /// Where `S` saves the session as a script (`--save`'s file, or the last `S`'s).
    pub save_to: Option<std::path::PathBuf>,
    /// Steps the last `S` saved (quitting asks only when more ran since).
    pub exported: usize,
    /// Why the store failed, once (then it is not tried again).
    pub store_error: Option<String>,
    /// The length `source` had when its lines were last counted, and that count: what a
    /// new statement's lines follow, kept so it is not recounted each time (`None` after
    /// the source is replaced).
    pub source_lines: Option<(usize, usize)>,
    /// Steps the live view of the session ([`App::live`]) was read after (0: read it all
    /// again, as after the session was replaced).
    pub live_seen: usize,
    /// The version the built-in engine behaves as (`--python`; `V` cycles it).
    pub python: crate::model::profile::Version,
    /// The version the app started as: what `V` marks differences against (against the
    /// version switched from, when back at it).
    pub reference: crate::model::profile::Version,
    /// After `V`: the statements whose outcome differs from the reference.
    pub marks: Option<super::versions::Marks>,
}

/// A search of the shown stream's bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Search {
    /// As typed: `50 4b 03 04` or `"PK"`.
    pub text: String,
    pub needle: Vec<u8>,
    /// The match shown (its offset), if any.
    pub at: Option<usize>,
}

impl App {
    pub fn config(max_size: usize, python: crate::model::profile::Version) -> Config {
        Config {
            max_size,
            journal: true,
            python,
            ..Config::default()
        }
    }

    /// The session's configuration: the memory cap, the step budget and the version.
    pub fn session_config(&self) -> Config {
        Config {
            max_steps: self.max_steps,
            ..App::config(self.max_size, self.python)
        }
    }

    /// `--max-steps`: how many lines a statement may run, now and in every session rebuilt.
    pub fn set_max_steps(&mut self, n: u64) {
        self.max_steps = n;
        self.session.set_max_steps(n);
    }

    /// The stream shown: the selected one if still reachable, else the first one.
    pub fn stream(&self) -> Option<(crate::script::session::Label, Rc<Stream>)> {
        let mut ids = self.live.streams().map(|(id, _, _)| id);
        let first = ids.next()?;
        let pick = self
            .selected
            .filter(|&id| id == first || ids.any(|i| i == id))
            .unwrap_or(first);
        self.live.stream(pick)
    }

    /// A Python name for the shown stream, for building statements.
    pub fn stream_name(&self) -> Option<String> {
        self.scene().stream()?.name.clone()
    }

    /// The live views of the shown stream that a name is bound to, as (name, view), the
    /// newest name last.
    pub fn named_views(&self) -> Vec<(String, ViewInfo)> {
        self.scene().named_views()
    }

    /// True when `name` is bound in the session at the step shown.
    pub fn is_bound(&self, name: &str) -> bool {
        match &self.script {
            Some(s) => s.timeline.is_bound(name),
            None => self.session.is_bound(name),
        }
    }

    /// The shown stream's (size, position), the position at least 0.
    pub fn size_pos(&self) -> (usize, usize) {
        self.scene()
            .stream()
            .map_or((0, 0), |s| (s.snap.size, s.snap.pos.max(0) as usize))
    }

    /// Highest offset the navigation cursor may reach: one row past the end of the data or
    /// the position, so a seek past EOF can be picked.
    pub fn nav_max(&self) -> usize {
        let (size, pos) = self.size_pos();
        size.max(pos).saturating_add(self.bytes_per_row())
    }

    /// In step mode: (steps run, steps in the script).
    pub fn step(&self) -> Option<(usize, usize)> {
        self.script
            .as_ref()
            .map(|s| (s.timeline.at(), s.timeline.len()))
    }

    pub fn geometry(&self) -> Option<Geometry> {
        layout::geometry(
            self,
            &self.scene(),
            crate::ui::drawing_area(
                self,
                ratatui::layout::Rect::new(0, 0, self.term.0, self.term.1),
            ),
        )
    }

    pub fn bytes_per_row(&self) -> usize {
        self.geometry().map_or(8, |g| g.bpr)
    }

    /// The text of one log line, worded in the app's language.
    pub fn log_text(&self, line: &LogLine) -> std::borrow::Cow<'_, str> {
        self.scene().log_text(line, self.lang)
    }

    /// The log lines shown (in step mode, those of the steps run so far).
    pub fn log_lines(&self) -> &[LogLine] {
        match &self.script {
            Some(s) => {
                let end = s.log_end.get(s.timeline.at()).copied().unwrap_or(0);
                &s.log[..end.min(s.log.len())]
            }
            None => &self.log,
        }
    }

    /// The log as the prompt's transcript (what `bytesio-tui run` would print).
    pub fn transcript(&self) -> String {
        self.scene().steps.iter().map(Step::transcript).collect()
    }
}

/// Splits a step's echo, output and error into log lines (without their `\n`).
pub fn push_step_lines(log: &mut Vec<LogLine>, index: usize, step: &Step) {
    push_lines(log, index, LogKind::Echo, &step.echo);
    // A call is one line, worded when shown.
    if let StepKind::Call(_) = &step.kind {
        log.push(LogLine {
            step: index,
            kind: LogKind::Call,
            start: 0,
            end: 0,
        });
    }
    push_lines(log, index, LogKind::Output, &step.output);
    if let Some(e) = &step.error {
        let kind = if e.ty.is_refusal() {
            LogKind::Unsupported
        } else {
            LogKind::Error
        };
        push_lines(log, index, kind, &e.line);
    }
}

fn push_lines(log: &mut Vec<LogLine>, step: usize, kind: LogKind, text: &str) {
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        log.push(LogLine {
            step,
            kind,
            start,
            end: i,
        });
        start = i + 1;
    }
    if start < text.len() {
        log.push(LogLine {
            step,
            kind,
            start,
            end: text.len(),
        });
    }
}
