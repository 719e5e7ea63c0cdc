//! `update`: the only place the app's state changes.

use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

use crate::model::ExcType;
use crate::model::value::ObjId;
use crate::script::session::segment;
use crate::script::timeline::StepLog;
use crate::script::{ErrorKind, ScriptError, Step, parse_statement};
use crate::ui::layout;

use super::action::{Action, Ask, Edit, NavMove, Op, StepMove};
use super::keys::key_to_action;
use super::ops;
use super::scene::Live;
use super::script::Script;
use super::state::{
    App, BufferModal, Mode, Notice, NoticeKind, Options, Prompt, PromptKind, Start, push_step_lines,
};

/// Largest `--file` spelled out in the log as `bytes.fromhex(...)`.
pub const FILE_AS_HEX: usize = 4096;

impl App {
    /// A new app: the session started as `options` says.
    pub fn new(options: Options) -> App {
        let mut app = App {
            session: crate::script::Session::new(App::config(options.max_size)),
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
            quit: false,
            utf8: false,
            search: None,
            exports_scroll: 0,
            replay: Default::default(),
            max_size: options.max_size,
            behind: Vec::new(),
            confirmed: false,
            left: None,
            store: None,
            effects: Vec::new(),
            session_saved: false,
            store_error: None,
        };
        let config = App::config(options.max_size);
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
                self.set_notice(NoticeKind::Error, format!("cannot resume: {}", e.message));
                self.source.clear();
                self.start(Start::Default);
                return;
            }
        };
        if let Err(msg) = self.rebuild(steps) {
            self.set_notice(NoticeKind::Error, format!("cannot resume: {msg}"));
            self.source.clear();
            self.replay.file = None;
            self.start(Start::Default);
            return;
        }
        self.rebuild_log();
        self.replay.fixed = steps.min(2);
        self.session_saved = true;
        self.set_notice(
            NoticeKind::Info,
            format!("resumed the last session: {steps} steps"),
        );
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
    fn push_step(&mut self, step: Step) {
        push_step_lines(&mut self.log, self.record.len(), &step);
        self.record.push(step);
    }

    fn set_notice(&mut self, kind: NoticeKind, text: impl Into<String>) {
        self.notice = Some(Notice {
            kind,
            text: text.into(),
        });
    }

    /// Keeps the navigation cursor in range and the grid scrolled to it.
    pub(super) fn follow_nav_pub(&mut self) {
        self.follow_nav();
    }

    fn follow_nav(&mut self) {
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
    let effects = std::mem::take(&mut app.effects);
    let Some(store) = &app.store else {
        return;
    };
    for e in &effects {
        if let Err(msg) = store.apply(e) {
            app.store = None;
            app.store_error = Some(msg.clone());
            app.set_notice(NoticeKind::Error, format!("cannot save: {msg}"));
            return;
        }
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
                    let s = if run == 1 { "" } else { "s" };
                    app.behind.push(Mode::Normal);
                    app.mode = Mode::Confirm(super::state::Confirm {
                        question: format!(
                            "back to the script? the {run} statement{s} run on the copy are dropped"
                        ),
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
                app.mode = Mode::Prompt(p);
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

fn nav(app: &mut App, m: NavMove) {
    let g = app.geometry();
    let bpr = g.map_or(8, |g| g.bpr);
    let page = bpr * g.map_or(4, |g| g.rows.max(1));
    let (size, pos) = app.size_pos();
    let max = size.max(pos).saturating_add(bpr);
    app.nav = match m {
        NavMove::Left => app.nav.saturating_sub(1),
        NavMove::Right => app.nav.saturating_add(1).min(max),
        NavMove::Up => app.nav.checked_sub(bpr).unwrap_or(app.nav),
        NavMove::Down => app.nav.saturating_add(bpr).min(max),
        NavMove::PageUp => app.nav.saturating_sub(page),
        NavMove::PageDown => app.nav.saturating_add(page).min(max),
        NavMove::Start => 0,
        NavMove::End => size,
        NavMove::ToPosition => pos,
    };
    app.follow_nav();
}

fn scroll_log(app: &mut App, delta: i32) {
    let visible = app.geometry().map_or(1, |g| g.log_lines.max(1));
    let max = app.log_lines().len().saturating_sub(visible);
    let next = app.log_scroll as i64 + i64::from(delta);
    app.log_scroll = next.clamp(0, max as i64) as usize;
}

fn cycle_stream(app: &mut App, delta: i32) {
    let scene = app.scene();
    if scene.streams.is_empty() {
        return;
    }
    let n = scene.streams.len() as i64;
    let cur = scene.shown.unwrap_or(0) as i64;
    let s = &scene.streams[(cur + i64::from(delta)).rem_euclid(n) as usize];
    let (id, label) = (s.id, s.label.clone());
    drop(scene);
    app.selected = Some(id);
    app.set_notice(NoticeKind::Info, format!("showing {label}"));
    app.follow_nav();
}

/// The first of `view`, `view2`, `view3`, ... that is not bound.
fn fresh_view_name(app: &App) -> String {
    if !app.session.is_bound("view") {
        return "view".into();
    }
    (2..)
        .map(|i| format!("view{i}"))
        .find(|n| !app.session.is_bound(n))
        .unwrap_or_else(|| "view".into())
}

fn open_prompt(app: &mut App, ask: Ask) {
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
        Ask::Goto | Ask::Search => return,
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
                    format!("no live view covers offset {nav}: move the cursor onto a view")
                } else if let Some(c) = held_inside(app) {
                    format!("the live view is held inside `{c}`, and no name is the view itself")
                } else {
                    "no live view to write through: press v for view = b.getbuffer()".to_string()
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
                    Some(c) => format!(
                        "the live view is held inside `{c}`, and no name is the view itself: \
                         :del {c} drops it"
                    ),
                    None => "no live view to release".to_string(),
                };
                app.set_notice(NoticeKind::Info, msg);
                return;
            };
            Prompt::new(PromptKind::Release, name, true)
        }
    };
    app.mode = Mode::Prompt(prompt);
}

/// The views of the shown stream that a name is (or `_`, when it is the view), as
/// (name, view), the newest name last: what `.release()` and `[i] = n` can be written on.
fn handles(app: &App) -> Vec<(String, crate::script::session::ViewInfo)> {
    let scene = app.scene();
    let mut out = scene.named_views();
    if let Some(s) = scene.stream() {
        let id = s.id;
        out.extend(
            scene
                .views_of(id)
                .filter(|v| scene.is_direct(&crate::script::Root::Underscore, v))
                .map(|v| ("_".to_string(), v.clone())),
        );
    }
    out
}

/// A name holding a live view of the shown stream inside a list, a tuple or a bound method,
/// when no name is that view itself.
fn held_inside(app: &App) -> Option<String> {
    let scene = app.scene();
    let s = scene.stream()?;
    scene
        .views_of(s.id)
        .filter(|v| scene.handle(v).is_none())
        .find_map(|v| scene.containers(v).into_iter().find(|c| c != "_"))
}

/// The view to write through at `offset` (a name that is it), and the index there: the
/// newest view that covers it, preferring a getbuffer() view over a slice.
fn view_at(app: &App, offset: usize) -> Option<(String, usize)> {
    let views = handles(app);
    let index_of = |v: &crate::script::session::ViewInfo| -> Option<usize> {
        let d = offset as i128 - v.start as i128;
        let step = v.step as i128;
        if step == 0 || d % step != 0 {
            return None;
        }
        let i = d / step;
        (0..v.len as i128).contains(&i).then_some(i as usize)
    };
    let pick = |derived: bool| {
        views
            .iter()
            .rev()
            .filter(|(_, v)| v.derived == derived && !v.readonly)
            .find_map(|(n, v)| index_of(v).map(|i| (n.clone(), i)))
    };
    pick(false).or_else(|| pick(true))
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

fn prev_boundary(s: &str, i: usize) -> usize {
    s[..i].char_indices().next_back().map_or(0, |(j, _)| j)
}

fn next_boundary(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(i, |c| i + c.len_utf8())
}

fn edit(app: &mut App, e: Edit) {
    let history = app.history.clone();
    let Mode::Prompt(p) = &mut app.mode else {
        return;
    };
    // `w` offers `b""`: the cursor stays inside the quotes, and Backspace there does not
    // eat the opening quote.
    let quoted = |p: &Prompt| {
        p.kind == PromptKind::Write
            && p.input.len() >= 3
            && p.input.starts_with("b\"")
            && p.input.ends_with('"')
    };
    if quoted(p) && e == Edit::Backspace && p.cursor <= 2 {
        return;
    }
    edit_line(p, &history, e);
    if quoted(p) {
        p.cursor = p.cursor.clamp(2, p.input.len() - 1);
    }
}

fn edit_line(p: &mut Prompt, history: &[String], e: Edit) {
    p.error = None;
    let fresh = std::mem::replace(&mut p.fresh, false);
    match e {
        Edit::Insert(c) => {
            if c.is_control() {
                return;
            }
            if fresh {
                p.input.clear();
                p.cursor = 0;
            }
            p.input.insert(p.cursor, c);
            p.cursor += c.len_utf8();
        }
        Edit::Backspace | Edit::Delete | Edit::Clear if fresh => {
            p.input.clear();
            p.cursor = 0;
        }
        Edit::Backspace => {
            if p.cursor > 0 {
                let j = prev_boundary(&p.input, p.cursor);
                p.input.replace_range(j..p.cursor, "");
                p.cursor = j;
            }
        }
        Edit::Delete => {
            if p.cursor < p.input.len() {
                let j = next_boundary(&p.input, p.cursor);
                p.input.replace_range(p.cursor..j, "");
            }
        }
        Edit::Clear => {
            p.input.clear();
            p.cursor = 0;
        }
        Edit::Left => p.cursor = prev_boundary(&p.input, p.cursor),
        Edit::Right => p.cursor = next_boundary(&p.input, p.cursor),
        Edit::Home => p.cursor = 0,
        Edit::End => p.cursor = p.input.len(),
        Edit::HistoryPrev => {
            if history.is_empty() {
                return;
            }
            let pos = match p.history_pos {
                None => {
                    p.draft = p.input.clone();
                    history.len() - 1
                }
                Some(i) => i.saturating_sub(1),
            };
            p.history_pos = Some(pos);
            p.input = history[pos].clone();
            p.cursor = p.input.len();
        }
        Edit::HistoryNext => match p.history_pos {
            None => {}
            Some(i) if i + 1 < history.len() => {
                p.history_pos = Some(i + 1);
                p.input = history[i + 1].clone();
                p.cursor = p.input.len();
            }
            Some(_) => {
                p.history_pos = None;
                p.input = std::mem::take(&mut p.draft);
                p.cursor = p.input.len();
            }
        },
    }
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
            _ if p.input.trim().is_empty() => app.mode = Mode::Normal,
            _ => {
                p.error = Some(format!("steps go from 0 to {last}"));
                app.mode = Mode::Prompt(p);
            }
        }
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
                    format!("{text}: {msg}")
                });
                p.fresh = false;
                app.mode = Mode::Prompt(p);
            }
        }
    }
}

/// Releases every view that blocks the modal's stream (each as `name.release()`, logged),
/// then runs the failed statement again. A view no name is (held inside a list `l`) cannot
/// be released by name: then nothing runs, and the notice says to `del l`.
fn fix(app: &mut App) {
    let Mode::Modal(m) = &app.mode else {
        return;
    };
    let m: BufferModal = m.clone();
    let mut releases: Vec<String> = Vec::new();
    let mut seen: Vec<ObjId> = Vec::new();
    let mut inside: Vec<String> = Vec::new();
    let mut stuck = 0;
    let scene = app.scene();
    for v in scene.views_of(m.stream) {
        if seen.contains(&v.id) {
            continue;
        }
        seen.push(v.id);
        match scene.handle(v) {
            Some(h) => releases.push(format!("{h}.release()")),
            None => {
                let containers = scene.containers(v);
                if containers.is_empty() {
                    stuck += 1;
                }
                for c in containers {
                    if !inside.contains(&c) {
                        inside.push(c);
                    }
                }
            }
        }
    }
    drop(scene);
    if !inside.is_empty() {
        let what: Vec<String> = inside.iter().map(|c| format!("`{c}`")).collect();
        let fix = match inside.iter().find(|c| *c != "_") {
            Some(c) => format!(":del {c}"),
            None => "show another value (t)".into(),
        };
        app.set_notice(
            NoticeKind::Info,
            format!(
                "a view is held inside {}, which is not the view: {fix}, then retry",
                what.join(" and ")
            ),
        );
        return;
    }
    app.mode = Mode::Normal;
    for text in &releases {
        if let Err(msg) = run_text(app, text) {
            app.set_notice(NoticeKind::Error, msg);
            return;
        }
    }
    if let Err(msg) = run_text(app, &m.statement) {
        app.set_notice(NoticeKind::Error, msg);
        return;
    }
    if stuck > 0 && app.notice.is_none() {
        app.set_notice(
            NoticeKind::Info,
            "a view held only by the last error stays alive until another error replaces it",
        );
    }
}

/// The source so far with every line turned into a comment of the same length, so a new
/// statement parsed after it gets the right line numbers and byte offsets.
fn masked(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 80);
    for line in source.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        if !body.is_empty() {
            out.push('#');
            out.extend(std::iter::repeat_n(' ', body.len() - 1));
        }
        if line.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

fn describe(e: &ScriptError, prior_lines: usize) -> String {
    let line = e.line.saturating_sub(prior_lines);
    let place = if line > 1 {
        format!("line {line}, column {}", e.col)
    } else {
        format!("column {}", e.col)
    };
    match e.kind {
        ErrorKind::Syntax => format!("SyntaxError: {} ({place})", e.message),
        ErrorKind::Unsupported => format!(
            "not in the subset bytesio-tui models: {} ({place})",
            e.message
        ),
    }
}

/// Parses `text` as the session's next statement(s) and runs them through the engine,
/// recording each step. `Err` when it does not parse (nothing ran).
pub(super) fn run_text(app: &mut App, text: &str) -> Result<(), String> {
    // In step mode the statement continues the script from the step shown.
    let mut prefix = app.script.as_ref().map(Script::prefix);
    let base = prefix.as_mut().unwrap_or(&mut app.source);
    if !base.is_empty() && !base.ends_with('\n') {
        base.push('\n');
    }
    let prior_lines = base.matches('\n').count();
    let mut padded = masked(base);
    padded.push_str(text);
    padded.push('\n');
    let program = parse_statement(&padded).map_err(|e| describe(&e, prior_lines))?;
    if program.body.is_empty() {
        return Err("nothing to run".into());
    }
    if app.script.is_some() {
        branch(app);
        if let Some(p) = prefix {
            app.source = p;
        }
    }
    app.source.push_str(text);
    app.source.push('\n');
    app.replay.redo.clear();
    let before: Vec<ObjId> = app.live.streams().map(|(id, _, _)| id).collect();
    let first = app.record.len();
    for stmt in &program.body {
        // Each statement is its own history entry (a paste of three lines is three).
        let one = segment(&program.source, stmt.span);
        if !one.is_empty() && app.history.last().map(String::as_str) != Some(one) {
            app.history.push(one.to_string());
        }
        if !one.is_empty() {
            app.effects
                .push(super::store::Effect::History(one.to_string()));
        }
        let step = app.session.run_statement(&program.source, stmt);
        app.push_step(step);
    }
    if app.session_saved {
        app.effects
            .push(super::store::Effect::SessionAppend(text.to_string()));
    } else {
        app.save_session();
    }
    app.refresh_live();
    after_run(app, first, &before);
    Ok(())
}

fn after_run(app: &mut App, first: usize, before: &[ObjId]) {
    for i in first..app.record.len() {
        let step = &app.record.steps()[i];
        let Some(e) = step.error.clone() else {
            continue;
        };
        if e.ty == ExcType::Unsupported {
            app.set_notice(NoticeKind::Unsupported, format!("not modelled: {}", e.line));
        } else if let Some(stream) = e.stream
            && app.live.exported(stream)
        {
            let statement = segment(&app.source, step.span).to_string();
            app.mode = Mode::Modal(BufferModal {
                step: i,
                stream,
                statement,
            });
        } else if e.stream.is_some() {
            app.set_notice(NoticeKind::Error, released_since(&e.line));
        } else {
            app.set_notice(NoticeKind::Error, e.line.clone());
        }
    }
    // Show a stream the statement made and named; keep showing the selected one otherwise.
    let streams: Vec<(ObjId, bool)> = app
        .live
        .streams()
        .map(|(id, _, name)| (id, name.is_some()))
        .collect();
    let made = streams
        .iter()
        .rev()
        .find(|&&(id, named)| named && !before.contains(&id));
    if let Some(&(id, _)) = made {
        app.selected = Some(id);
        app.nav = 0;
    } else if !app
        .selected
        .is_some_and(|sel| streams.iter().any(|&(id, _)| id == sel))
    {
        app.selected = streams.first().map(|&(id, _)| id);
    }
    app.log_scroll = 0;
    app.follow_nav();
}

/// The notice for an exports BufferError whose views are gone by the end of the statement
/// (a `with` block released its view on the way out): no modal, nothing left to release.
fn released_since(line: &str) -> String {
    format!("{line} (its view is released now)")
}

/// Step mode: moves through the script's steps.
fn step(app: &mut App, m: StepMove) {
    let Some(script) = &mut app.script else {
        return;
    };
    let t = &mut script.timeline;
    let (at, n) = (t.at(), t.len());
    let k = match m {
        StepMove::Next => (at + 1).min(n),
        StepMove::Back => at.saturating_sub(1),
        StepMove::First => 0,
        StepMove::Last => n,
        StepMove::To(k) => k.min(n),
    };
    t.goto(k);
    after_step(app);
    if k == at && matches!(m, StepMove::Next | StepMove::Back) && app.notice.is_none() {
        let text = if k == n {
            format!("the script ends here: step {n} of {n} (p or Home to go back)")
        } else {
            format!("step 0 is before the first statement (n or {n} Enter to go on)")
        };
        app.set_notice(NoticeKind::Info, text);
    }
}

/// Step mode: the screen as the step that just ran left it. The BufferError modal when it
/// failed on exports, a notice for any other error; the stream it made is shown; the grid
/// scrolls to what it wrote (or to the position) when that is out of view.
pub(super) fn after_step(app: &mut App) {
    let Some(script) = &app.script else {
        return;
    };
    let t = &script.timeline;
    let at = t.at();
    let mut mode = Mode::Normal;
    let mut notice = None;
    let mut made_named = false;
    if let Some(s) = t.last_step() {
        match &s.error {
            Some(e) if e.ty == ExcType::Unsupported => {
                notice = Some((NoticeKind::Unsupported, format!("not modelled: {}", e.line)));
            }
            Some(e) => match e.stream {
                Some(stream) if !t.frame().exports.iter().any(|x| x.stream == Some(stream)) => {
                    notice = Some((NoticeKind::Error, released_since(&e.line)));
                }
                Some(stream) => {
                    mode = Mode::Modal(BufferModal {
                        step: at - 1,
                        stream,
                        statement: segment(script.source(), s.span).to_string(),
                    });
                }
                None => notice = Some((NoticeKind::Error, e.line.clone())),
            },
            None => {}
        }
        made_named = s.changes.iter().any(|c| {
            t.born_at(c.stream).is_some_and(|b| b + 1 == at)
                && t.frame()
                    .streams
                    .iter()
                    .any(|f| f.id == c.stream && f.name().is_some())
        });
    }
    app.mode = mode;
    app.notice = notice.map(|(kind, text)| Notice { kind, text });
    if made_named {
        app.selected = None;
    }
    app.log_scroll = 0;
    let scene = app.scene();
    let target = scene.stream().map(|s| {
        scene
            .written
            .first()
            .map_or(s.snap.pos.max(0) as usize, |w| w.0)
    });
    drop(scene);
    if let (Some(target), Some(g)) = (target, app.geometry()) {
        let top = layout::top_row(app.grid_top, app.nav, g.bpr, g.rows);
        let row = target / g.bpr.max(1);
        if row < top || row >= top + g.rows {
            app.nav = target;
        }
    }
    app.follow_nav();
}

/// Step mode ends: a live session in the state of the step shown, with the log of the steps
/// that led there, continues in interactive mode. The script's later steps are dropped.
fn branch(app: &mut App) {
    let shown = {
        let scene = app.scene();
        scene
            .stream()
            .map(|s| (s.label.clone(), scene.shown.unwrap_or(0)))
    };
    let Some(script) = app.script.take() else {
        return;
    };
    app.left = Some(super::state::Left {
        name: script.name.clone(),
        program: script.timeline.program().clone(),
        step: script.timeline.at(),
    });
    app.behind.clear();
    let prefix = script.prefix();
    let Script {
        timeline,
        mut log,
        log_end,
        ..
    } = script;
    let k = timeline.at();
    log.truncate(log_end.get(k).copied().unwrap_or(0));
    let (session, record) = timeline.branch(k);
    app.session = session;
    app.record = record;
    app.log = log;
    app.refresh_live();
    app.source = prefix;
    app.branched = Some(k);
    app.replay = super::undo::Replay {
        fixed: app.record.len(),
        ..Default::default()
    };
    app.session_saved = false;
    app.mode = Mode::Normal;
    let streams: Vec<(ObjId, &str)> = app.live.streams().map(|(id, l, _)| (id, l)).collect();
    app.selected = shown
        .and_then(|(label, i)| {
            streams
                .iter()
                .position(|(_, l)| *l == label)
                .or((i < streams.len()).then_some(i))
        })
        .and_then(|i| streams.get(i))
        .map(|&(id, _)| id);
    app.set_notice(
        NoticeKind::Info,
        format!("branched at step {k}: a live session from here on"),
    );
}

/// A paste. Text of one line goes into the prompt whole (opening `:` when no prompt is
/// open); text of several lines (or ending in a newline) runs as the statements it holds,
/// in order, as the Python prompt would run them, after what the `:` prompt already held.
/// Nothing of it is ever read as keys.
fn paste(app: &mut App, text: String) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let runs = text.trim_end_matches('\n').contains('\n') || text.ends_with('\n');
    match &mut app.mode {
        Mode::Prompt(p) if p.kind == PromptKind::Statement && runs => {
            let mut all = std::mem::take(&mut p.input);
            all.push_str(&text);
            run_pasted(app, &all);
        }
        Mode::Prompt(p) => {
            let one: String = text
                .chars()
                .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
                .filter(|c| !c.is_control())
                .collect();
            if std::mem::replace(&mut p.fresh, false) {
                p.input.clear();
                p.cursor = 0;
            }
            p.error = None;
            let at = p.cursor.min(p.input.len());
            p.input.insert_str(at, &one);
            p.cursor = at + one.len();
        }
        Mode::Normal if runs => run_pasted(app, &text),
        Mode::Normal => {
            let one: String = text.chars().filter(|c| !c.is_control()).collect();
            app.mode = Mode::Prompt(Prompt::new(PromptKind::Statement, one, false));
        }
        Mode::Modal(_) | Mode::Help | Mode::Confirm(_) => {
            app.set_notice(NoticeKind::Info, "paste ignored: close this first (Esc)");
        }
    }
}

/// Runs pasted statements; when they do not parse, nothing runs and the prompt keeps them
/// (their lines joined) with the reason.
fn run_pasted(app: &mut App, text: &str) {
    app.mode = Mode::Normal;
    let body = text.trim_end_matches('\n');
    if body.trim().is_empty() {
        return;
    }
    if let Err(msg) = run_text(app, body) {
        let lines = body.lines().count();
        app.set_notice(
            NoticeKind::Error,
            format!("paste of {lines} lines not run: {msg}"),
        );
    }
}

/// The question to ask before `action`, if any: in step mode, whatever would branch a live
/// session from the step shown (an operation key, `:`, a paste that runs); anywhere, what
/// `c` will run.
fn ask_first(app: &App, action: &Action) -> Option<String> {
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
            Action::OpenPrompt(Ask::Goto | Ask::Search) => return None,
            Action::OpenPrompt(Ask::Statement) => "a statement".to_string(),
            Action::OpenPrompt(_) => "this".to_string(),
            Action::Run(o) => op(app, o)?,
            Action::Paste(t)
                if t.trim_end_matches(['\n', '\r']).contains(['\n', '\r']) || t.ends_with('\n') =>
            {
                "the pasted statements".to_string()
            }
            _ => return None,
        };
        return Some(format!(
            "run {what} on a copy from step {k}? (y/Enter yes, n/Esc no; b or Esc later comes back to the script)"
        ));
    }
    match action {
        Action::Quit
            if app.script.is_none()
                && app.record.len() > app.replay.fixed
                && !matches!(app.mode, Mode::Confirm(_)) =>
        {
            let n = app.record.len() - app.replay.fixed;
            let s = if n == 1 { "" } else { "s" };
            Some(match &app.store {
                Some(store) => format!(
                    "quit? the {n} step{s} of this session are in {} (bytesio-tui --resume reopens it)  y/Enter quit, n/Esc stay",
                    store.session_path().display()
                ),
                None => format!(
                    "quit? the {n} step{s} of this session are not saved anywhere  y/Enter quit, n/Esc stay"
                ),
            })
        }
        Action::Run(Op::Close) => {
            let text = op(app, &Op::Close)?;
            Some(format!("run {text}? (y/Enter yes, n/Esc no)"))
        }
        _ => None,
    }
}

/// Back from a branch to the script it left, at the step it left.
fn leave_branch(app: &mut App) {
    let Some(left) = app.left.take() else {
        return;
    };
    let config = App::config(app.max_size);
    let mut script = Script::open(left.name, left.program, config);
    script.timeline.goto(left.step);
    app.script = Some(script);
    app.session = crate::script::Session::new(App::config(app.max_size));
    app.record = StepLog::new();
    app.live = Live::default();
    app.log.clear();
    app.source.clear();
    app.branched = None;
    app.replay = Default::default();
    app.behind.clear();
    app.selected = None;
    after_step(app);
    app.set_notice(
        NoticeKind::Info,
        format!("back to the script at step {}", left.step),
    );
}
