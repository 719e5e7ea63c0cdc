//! `update`: the only place the app's state changes.

use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

use crate::script::timeline::StepLog;
use crate::script::{Step, parse_statement};
use crate::ui::layout;

use super::action::{Action, Ask, NavMove, Op, StepMove};
use super::keys::key_to_action;
use super::ops;
use super::scene::Live;
use super::script::Script;
use super::state::{
    App, Mode, Notice, NoticeKind, Options, Prompt, PromptKind, Start, push_step_lines,
};
use crate::ui::say::{Branching, Msg};

use super::editor::edit;
use super::fix::{fix, handles, held_inside, view_at};
use super::navigate::{cycle_stream, nav, scroll_log};
use super::run::{paste, run_text};
use super::stepmode::{after_step, branch, leave_branch, step};
/// Largest `--file` spelled out in the log as `bytes.fromhex(...)`.
pub const FILE_AS_HEX: usize = 4096;

impl App {
    /// A new app: the session started as `options` says.
    pub fn new(options: Options) -> App {
        let mut app = App {
            session: crate::script::Session::new(App::config(options.max_size, options.python)),
            source: String::new(),
            record: StepLog::new(),
            live: Live::default(),
            script: None,
            branched: None,
            log: Vec::new(),
            selected: None,
            nav: 0,
            grid_top: 0,
            mode: Mode::Normal,
            history: Vec::new(),
            log_scroll: 0,
            notice: None,
            term: (100, 30),
            color: options.color,
            lang: Default::default(),
            contrast: false,
            narrate: true,
            zoom: false,
            fixed_size: None,
            quit: false,
            utf8: false,
            search: None,
            exports_scroll: 0,
            replay: Default::default(),
            max_size: options.max_size,
            max_steps: crate::script::Config::default().max_steps,
            behind: Vec::new(),
            confirmed: false,
            left: None,
            store: None,
            effects: Vec::new(),
            session_saved: false,
            save_to: None,
            exported: 0,
            store_error: None,
            source_lines: None,
            live_seen: 0,
            python: options.python,
            reference: options.python,
            marks: None,
        };
        crate::model::profile::set_current(options.python);
        let config = app.session_config();
        match options.start {
            Start::Script { path, program } => {
                let name = path
                    .file_name()
                    .map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy())
                    .into_owned();
                app.script = Some(Script::open(name, program, config));
                after_step(&mut app);
            }
            Start::Resume(saved) => app.resume(saved),
            start => app.start(start),
        }
        app
    }

    /// `--resume`: the saved session replayed, its log as it was.
    fn resume(&mut self, saved: super::store::Saved) {
        let file = saved.file.is_some();
        self.replay.file = saved.file.map(|p| (1, p));
        self.source = saved.source;
        let steps = match parse_statement(&self.source) {
            Ok(p) => p.body.len() + usize::from(file),
            Err(e) => {
                self.set_notice(
                    NoticeKind::Error,
                    Msg::CannotResume(Box::new(Msg::Verbatim(e.message))),
                );
                self.source.clear();
                self.start(Start::Default);
                return;
            }
        };
        if let Err(msg) = self.rebuild(steps) {
            self.set_notice(NoticeKind::Error, Msg::CannotResume(Box::new(msg)));
            self.source.clear();
            self.replay.file = None;
            self.start(Start::Default);
            return;
        }
        self.rebuild_log();
        self.replay.fixed = steps.min(2);
        self.session_saved = true;
        self.set_notice(NoticeKind::Info, Msg::Resumed(steps));
    }

    fn start(&mut self, start: Start) {
        if matches!(start, Start::Script { .. }) {
            return;
        }
        let _ = run_text(self, "import io");
        match start {
            Start::Default => {
                let _ = run_text(self, "b = io.BytesIO(b\"abcdef\")");
            }
            Start::Bytes(data) => {
                let _ = run_text(self, &ops::bytes_statement("b", &data));
            }
            Start::Script { .. } | Start::Resume(_) => {}
            // A small file is spelled out, so the log replays it; a large one is bound by
            // the app and logged as a comment, so the log stays Python that `run` takes.
            Start::File { data, .. } if data.len() <= FILE_AS_HEX => {
                let _ = run_text(self, &ops::bytes_statement("b", &data));
            }
            Start::File { path, data } => {
                let text = format!(
                    "# b = io.BytesIO(open({}, \"rb\").read())  (file loaded by the app)",
                    ops::py_str(&path.to_string_lossy())
                );
                let line = self.source.matches('\n').count() + 1;
                self.replay.file = Some((self.record.len(), path.clone()));
                let step = self.session.bind_stream("b", data, &text, line);
                self.source.push_str(&text);
                self.source.push('\n');
                self.push_step(step);
                self.refresh_live();
            }
        }
        self.history.clear();
        // The start is not typed: nothing of it is history, and the session file is
        // written (whole) when the first statement runs.
        self.effects.clear();
        self.session_saved = false;
        self.replay.fixed = self.record.len();
        self.selected = self.stream().map(|(_, s)| s.id);
    }

    /// Records a step and its log lines.
    pub(super) fn push_step(&mut self, step: Step) {
        push_step_lines(&mut self.log, self.record.len(), &step);
        self.record.push(step);
    }

    pub(super) fn set_notice(&mut self, kind: NoticeKind, msg: impl Into<Msg>) {
        self.notice = Some(Notice {
            kind,
            msg: msg.into(),
        });
    }

    /// Keeps the navigation cursor in range and the grid scrolled to it.
    pub(super) fn follow_nav_pub(&mut self) {
        self.follow_nav();
    }

    pub(super) fn follow_nav(&mut self) {
        self.nav = self.nav.min(self.nav_max());
        // The layout depends on the cursor (the offset column widens far past the bytes).
        if let Some(g) = self.geometry() {
            self.grid_top = layout::top_row(self.grid_top, self.nav, g.bpr, g.rows);
        }
    }
}

/// Turns a terminal event into an action and applies it.
pub fn handle_event(app: &mut App, event: Event) {
    let action = match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => {
            key_to_action(&app.mode, app.script.is_some(), k)
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                col: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollUp => Some(Action::Wheel {
                col: m.column,
                row: m.row,
                delta: -1,
            }),
            MouseEventKind::ScrollDown => Some(Action::Wheel {
                col: m.column,
                row: m.row,
                delta: 1,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Paste(text) => Some(Action::Paste(text)),
        _ => None,
    };
    if let Some(a) = action {
        update(app, a);
    }
    keep(app);
}

/// Hands the effects `update` queued to the store (history, the session script). A store
/// that fails says so once and is not tried again.
fn keep(app: &mut App) {
    let mut effects = std::mem::take(&mut app.effects);
    effects.retain(|e| match e {
        super::store::Effect::SaveScript(path) => {
            save_script(app, path);
            false
        }
        _ => true,
    });
    let Some(store) = &app.store else {
        return;
    };
    for e in &effects {
        if let Err(msg) = store.apply(e) {
            app.store = None;
            app.store_error = Some(msg.clone());
            app.set_notice(NoticeKind::Error, Msg::CannotKeep(msg));
            return;
        }
    }
}

/// `S`: writes the session as a Python script and says where (or why it could not).
fn save_script(app: &mut App, path: &std::path::Path) {
    match crate::ui::save::write_as(app, path, crate::ui::save::How::Key) {
        Ok(()) => {
            app.exported = app.record.len();
            app.save_to = Some(path.to_path_buf());
            app.set_notice(NoticeKind::Info, Msg::Saved(path.display().to_string()));
        }
        Err(e) => app.set_notice(
            NoticeKind::Error,
            Msg::CannotSaveTo(path.display().to_string(), e.to_string()),
        ),
    }
}

pub fn update(app: &mut App, action: Action) {
    // A notice lasts until the next thing the user does.
    if !matches!(action, Action::Resize(..)) {
        app.notice = None;
    }
    if !app.confirmed
        && let Some(question) = ask_first(app, &action)
    {
        let prev = std::mem::replace(&mut app.mode, Mode::Normal);
        app.behind.push(prev);
        app.mode = Mode::Confirm(super::state::Confirm {
            question,
            then: Box::new(action),
        });
        return;
    }
    match action {
        Action::Quit => app.quit = true,
        Action::Confirm(yes) => {
            let Mode::Confirm(c) = std::mem::replace(&mut app.mode, Mode::Normal) else {
                return;
            };
            app.mode = app.behind.pop().unwrap_or(Mode::Normal);
            if yes {
                app.confirmed = true;
                update(app, *c.then);
                app.confirmed = false;
            }
        }
        Action::Back => {
            if app.left.is_some() {
                let run = app.record.len().saturating_sub(app.replay.fixed);
                if run == 0 {
                    leave_branch(app);
                } else {
                    app.behind.push(Mode::Normal);
                    app.mode = Mode::Confirm(super::state::Confirm {
                        question: Msg::AskBack(run),
                        then: Box::new(Action::LeaveBranch),
                    });
                }
            }
        }
        Action::LeaveBranch => leave_branch(app),
        Action::Nav(m) => nav(app, m),
        Action::OpenPrompt(ask) => open_prompt(app, ask),
        Action::Run(op) => run_op(app, op),
        Action::Edit(e) => edit(app, e),
        Action::Submit => submit(app),
        Action::Cancel | Action::Dismiss => {
            app.mode = app.behind.pop().unwrap_or(Mode::Normal);
        }
        Action::Fix => fix(app),
        Action::ToggleHelp => {
            if matches!(app.mode, Mode::Help) {
                app.mode = app.behind.pop().unwrap_or(Mode::Normal);
            } else {
                let prev = std::mem::replace(&mut app.mode, Mode::Help);
                app.behind.push(prev);
            }
        }
        Action::ToggleLegend => {
            if matches!(app.mode, Mode::Legend) {
                app.mode = app.behind.pop().unwrap_or(Mode::Normal);
            } else {
                let prev = std::mem::replace(&mut app.mode, Mode::Legend);
                app.behind.push(prev);
            }
        }
        Action::ToggleNarration => {
            app.narrate = !app.narrate;
            let text = if app.narrate {
                "narration on (N hides it)"
            } else {
                "narration off (N shows it)"
            };
            app.set_notice(NoticeKind::Info, text);
        }
        Action::ScrollLog(d) => scroll_log(app, d),
        Action::CycleStream(d) => cycle_stream(app, d),
        Action::ScrollExports(d) => {
            let scene = app.scene();
            let max = scene
                .stream()
                .map_or(0, |s| 3 * scene.views_of(s.id).count());
            drop(scene);
            let next = app.exports_scroll as i64 + i64::from(d);
            app.exports_scroll = next.clamp(0, max as i64) as usize;
        }
        Action::Click { col, row } => {
            if !matches!(app.mode, Mode::Normal) {
                return;
            }
            let hit = app
                .geometry()
                .and_then(|g| layout::hit(app, &app.scene(), &g, col, row));
            if let Some(off) = hit {
                app.nav = off;
                app.follow_nav();
            }
        }
        Action::Wheel { col, row, delta } => {
            let Some(g) = app.geometry() else { return };
            if g.areas.log.contains((col, row).into()) {
                scroll_log(app, -delta * 3);
            } else if g.areas.exports.contains((col, row).into()) {
                update(app, Action::ScrollExports(delta * 3));
            } else if g.areas.grid.contains((col, row).into()) && matches!(app.mode, Mode::Normal) {
                nav(
                    app,
                    if delta > 0 {
                        NavMove::Down
                    } else {
                        NavMove::Up
                    },
                );
            }
        }
        Action::Resize(w, h) => {
            app.term = (w, h);
            app.follow_nav();
            scroll_log(app, 0);
        }
        Action::ClearNotice => {}
        Action::CycleVersion => app.cycle_version(),
        Action::ToggleUtf8 => {
            app.utf8 = !app.utf8;
            let text = if app.utf8 {
                "character column: UTF-8 (a: ASCII)"
            } else {
                "character column: ASCII (a: UTF-8)"
            };
            app.set_notice(NoticeKind::Info, text);
        }
        Action::Step(m) => step(app, m),
        Action::JumpDigit(c) => {
            if let Some((_, n)) = app.step() {
                let mut p = Prompt::new(PromptKind::Step { last: n }, c.to_string(), false);
                p.cursor = p.input.len();
                // Over the modal, Esc returns to it.
                let prev = std::mem::replace(&mut app.mode, Mode::Prompt(p));
                app.behind.push(prev);
            }
        }
        Action::Paste(text) => paste(app, text),
        Action::Undo => app.undo(),
        Action::SearchNext(forward) => app.search_step(forward, false),
        Action::NavTo(at) => {
            app.nav = at.min(app.nav_max());
            app.follow_nav();
        }
        Action::Redo => app.redo(),
        Action::RunStatement(text) => {
            app.mode = Mode::Normal;
            if let Err(msg) = run_text(app, &text) {
                app.set_notice(NoticeKind::Error, msg);
            }
        }
    }
}

/// The first of `view`, `view2`, `view3`, ... that is not bound.
pub(super) fn fresh_view_name(app: &App) -> String {
    if !app.session.is_bound("view") {
        return "view".into();
    }
    (2..)
        .map(|i| format!("view{i}"))
        .find(|n| !app.session.is_bound(n))
        .unwrap_or_else(|| "view".into())
}

fn open_prompt(app: &mut App, ask: Ask) {
    if ask == Ask::SavePath {
        let path = app
            .save_to
            .as_ref()
            .map_or_else(|| "session.py".to_string(), |p| p.display().to_string());
        app.mode = Mode::Prompt(Prompt::new(PromptKind::SavePath, path, true));
        return;
    }
    if let Ask::Goto | Ask::Search = ask {
        if app.scene().stream().is_none() {
            app.set_notice(NoticeKind::Info, "no stream to move in");
            return;
        }
        let (kind, text) = match ask {
            Ask::Goto => (PromptKind::Goto, String::new()),
            _ => (
                PromptKind::Search,
                app.search
                    .as_ref()
                    .map(|s| s.text.clone())
                    .unwrap_or_default(),
            ),
        };
        app.mode = Mode::Prompt(Prompt::new(kind, text, true));
        return;
    }
    if ask != Ask::Statement
        && app.stream_name().is_none()
        && !matches!(ask, Ask::SetByte | Ask::Release)
    {
        app.set_notice(
            NoticeKind::Info,
            "no stream with a name: make one with  :b = io.BytesIO(b\"...\")",
        );
        return;
    }
    let (size, pos) = app.size_pos();
    let nav = app.nav;
    let prompt = match ask {
        Ask::Goto | Ask::Search | Ask::SavePath => return,
        Ask::Statement => Prompt::new(PromptKind::Statement, String::new(), false),
        Ask::Read => {
            let n = if nav > pos {
                (nav - pos).to_string()
            } else {
                "1".into()
            };
            Prompt::new(PromptKind::Read, n, true)
        }
        Ask::Write => {
            let mut p = Prompt::new(PromptKind::Write, "b\"\"".into(), false);
            p.cursor = 2;
            p
        }
        Ask::Seek => Prompt::new(PromptKind::Seek, nav.to_string(), true),
        // truncate() with no argument cuts at the position: the default says so.
        Ask::Truncate => Prompt::new(PromptKind::Truncate, pos.min(size).to_string(), true),
        Ask::SetByte => {
            let Some((view, index)) = view_at(app, nav) else {
                let msg = if !handles(app).is_empty() {
                    Msg::NoViewCovers(nav)
                } else if let Some(c) = held_inside(app) {
                    Msg::ViewHeldInside {
                        container: c,
                        del: false,
                    }
                } else {
                    "no live view to write through: press v for view = b.getbuffer()".into()
                };
                app.set_notice(NoticeKind::Info, msg);
                return;
            };
            let current = app
                .scene()
                .stream()
                .and_then(|s| s.data().get(nav).copied())
                .unwrap_or(0);
            Prompt::new(
                PromptKind::SetByte { view, index },
                format!("0x{current:02x}"),
                true,
            )
        }
        Ask::Release => {
            let Some((name, _)) = handles(app).pop() else {
                let msg = match held_inside(app) {
                    Some(c) => Msg::ViewHeldInside {
                        container: c,
                        del: true,
                    },
                    None => "no live view to release".into(),
                };
                app.set_notice(NoticeKind::Info, msg);
                return;
            };
            Prompt::new(PromptKind::Release, name, true)
        }
    };
    app.mode = Mode::Prompt(prompt);
}

fn run_op(app: &mut App, op: Op) {
    // The statement's view name must be free in the session it runs in: branch first.
    if app.script.is_some() && app.stream_name().is_some() {
        branch(app);
    }
    let Some(s) = app.stream_name() else {
        app.set_notice(
            NoticeKind::Info,
            "no stream with a name: make one with  :b = io.BytesIO(b\"...\")",
        );
        return;
    };
    let text = match op {
        Op::Tell => format!("{s}.tell()"),
        Op::GetValue => format!("{s}.getvalue()"),
        Op::Close => format!("{s}.close()"),
        Op::GetBuffer => format!("{} = {s}.getbuffer()", fresh_view_name(app)),
    };
    update(app, Action::RunStatement(text));
}

fn submit(app: &mut App) {
    let Mode::Prompt(p) = &app.mode else {
        return;
    };
    let mut p = p.clone();
    if let PromptKind::Step { last } = p.kind {
        match p.input.trim().parse::<usize>() {
            Ok(k) if k <= last => {
                app.mode = Mode::Normal;
                step(app, StepMove::To(k));
            }
            _ if p.input.trim().is_empty() => app.mode = app.behind.pop().unwrap_or(Mode::Normal),
            _ => {
                p.error = Some(Msg::StepsGoFrom(last));
                app.mode = Mode::Prompt(p);
            }
        }
        return;
    }
    if p.kind == PromptKind::SavePath {
        let path = p.input.trim();
        if path.is_empty() {
            app.mode = app.behind.pop().unwrap_or(Mode::Normal);
            return;
        }
        app.mode = Mode::Normal;
        app.effects
            .push(super::store::Effect::SaveScript(std::path::PathBuf::from(
                path,
            )));
        return;
    }
    if let PromptKind::Goto | PromptKind::Search = p.kind {
        let result = if p.kind == PromptKind::Goto {
            app.goto(&p.input)
        } else {
            app.search(&p.input)
        };
        match result {
            Ok(()) => app.mode = Mode::Normal,
            Err(msg) => {
                p.error = Some(msg);
                app.mode = Mode::Prompt(p);
            }
        }
        return;
    }
    let stream = app.stream_name();
    match ops::statement(&p.kind, stream.as_deref(), &p.input, &|n| app.is_bound(n)) {
        Err(msg) => {
            p.error = Some(msg);
            app.mode = Mode::Prompt(p);
        }
        Ok(None) => app.mode = Mode::Normal,
        Ok(Some(text)) => {
            app.mode = Mode::Normal;
            if let Err(msg) = run_text(app, &text) {
                p.error = Some(if p.kind == PromptKind::Statement {
                    msg
                } else {
                    Msg::About(text, Box::new(msg))
                });
                p.fresh = false;
                app.mode = Mode::Prompt(p);
            }
        }
    }
}

/// The question to ask before `action`, if any: in step mode, whatever would branch a live
/// session from the step shown (an operation key, `:`, a paste that runs); anywhere, what
/// `c` will run.
fn ask_first(app: &App, action: &Action) -> Option<Msg> {
    let op = |app: &App, op: &Op| -> Option<String> {
        let s = app.stream_name()?;
        Some(match op {
            Op::Tell => format!("{s}.tell()"),
            Op::GetValue => format!("{s}.getvalue()"),
            Op::Close => format!("{s}.close()"),
            Op::GetBuffer => format!("{} = {s}.getbuffer()", fresh_view_name(app)),
        })
    };
    if let Some((k, _)) = app.step() {
        let what = match action {
            Action::OpenPrompt(Ask::Goto | Ask::Search | Ask::SavePath) => return None,
            Action::OpenPrompt(Ask::Statement) => Branching::Statement,
            Action::OpenPrompt(_) => Branching::This,
            Action::Run(o) => Branching::Code(op(app, o)?),
            Action::Paste(t)
                if t.trim_end_matches(['\n', '\r']).contains(['\n', '\r']) || t.ends_with('\n') =>
            {
                Branching::Pasted
            }
            _ => return None,
        };
        return Some(Msg::AskBranch { what, step: k });
    }
    match action {
        Action::Quit
            if app.script.is_none()
                && app.record.len() > app.replay.fixed.max(app.exported)
                && !matches!(app.mode, Mode::Confirm(_)) =>
        {
            let steps = app.record.len() - app.replay.fixed;
            Some(Msg::AskQuit {
                steps,
                kept: app
                    .store
                    .as_ref()
                    .map(|s| s.session_path().display().to_string()),
            })
        }
        Action::Run(Op::Close) => {
            let text = op(app, &Op::Close)?;
            Some(Msg::AskRun(text))
        }
        _ => None,
    }
}
