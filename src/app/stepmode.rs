//! Step mode: moving through a script's steps, the screen a step leaves, branching a live
//! session from a step and going back to the script.

use crate::model::value::ObjId;
use crate::script::session::segment;
use crate::script::timeline::StepLog;
use crate::ui::layout;

use super::action::StepMove;
use super::scene::Live;
use super::script::Script;
use super::state::{App, BufferModal, Mode, Notice, NoticeKind};

use crate::ui::say::Msg;

/// Step mode: moves through the script's steps.
pub(super) fn step(app: &mut App, m: StepMove) {
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
            Msg::ScriptEnds(n)
        } else {
            Msg::StepZero(n)
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
            Some(e) if e.ty.is_refusal() => {
                notice = Some((NoticeKind::Unsupported, Msg::refused(e)));
            }
            Some(e) => match e.stream {
                Some(stream) if !t.frame().exports.iter().any(|x| x.stream == Some(stream)) => {
                    notice = Some((NoticeKind::Error, Msg::ReleasedSince(e.line.clone())));
                }
                Some(stream) => {
                    mode = Mode::Modal(BufferModal {
                        step: at - 1,
                        stream,
                        statement: segment(script.source(), s.span).to_string(),
                    });
                }
                None => notice = Some((NoticeKind::Error, Msg::Verbatim(e.line.clone()))),
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
    app.behind.clear();
    app.notice = notice.map(|(kind, msg)| Notice { kind, msg });
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
pub(super) fn branch(app: &mut App) {
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
    app.live_seen = 0;
    app.refresh_live();
    app.source = prefix;
    app.source_lines = None;
    app.branched = Some(k);
    app.replay = super::undo::Replay {
        fixed: app.record.len(),
        ..Default::default()
    };
    app.session_saved = false;
    app.mode = Mode::Normal;
    let streams: Vec<(ObjId, &crate::script::session::Label)> =
        app.live.streams().map(|(id, l, _)| (id, l)).collect();
    app.selected = shown
        .and_then(|(label, i)| {
            streams
                .iter()
                .position(|(_, l)| **l == label)
                .or((i < streams.len()).then_some(i))
        })
        .and_then(|i| streams.get(i))
        .map(|&(id, _)| id);
    app.set_notice(NoticeKind::Info, Msg::BranchedLive(k));
}

/// Back from a branch to the script it left, at the step it left.
pub(super) fn leave_branch(app: &mut App) {
    let Some(left) = app.left.take() else {
        return;
    };
    let config = app.session_config();
    let mut script = Script::open(left.name, left.program, config);
    script.timeline.goto(left.step);
    app.script = Some(script);
    app.session = crate::script::Session::new(app.session_config());
    app.record = StepLog::new();
    app.live = Live::default();
    app.live_seen = 0;
    app.log.clear();
    app.source.clear();
    app.source_lines = None;
    app.branched = None;
    app.replay = Default::default();
    app.behind.clear();
    app.selected = None;
    after_step(app);
    app.set_notice(NoticeKind::Info, Msg::BackToScript(left.step));
}
