//! The fix policy: which views a statement can write through or release, and the modal's
//! `f`, releasing what blocks the stream and retrying.

use crate::model::value::ObjId;

use super::state::{App, BufferModal, Mode, NoticeKind};

use super::run::run_text;
use crate::ui::say::Msg;

/// The views of the shown stream that a name is (or `_`, when it is the view), as
/// (name, view), the newest name last: what `.release()` and `[i] = n` can be written on.
pub(super) fn handles(app: &App) -> Vec<(String, crate::script::session::ViewInfo)> {
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
pub(super) fn held_inside(app: &App) -> Option<String> {
    let scene = app.scene();
    let s = scene.stream()?;
    scene
        .views_of(s.id)
        .filter(|v| scene.handle(v).is_none())
        .find_map(|v| scene.containers(v).into_iter().find(|c| c != "_"))
}

/// The view to write through at `offset` (a name that is it), and the index there: the
/// newest view that covers it, preferring a getbuffer() view over a slice.
pub(super) fn view_at(app: &App, offset: usize) -> Option<(String, usize)> {
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

/// Releases every view that blocks the modal's stream (each as `name.release()`, logged),
/// then runs the failed statement again. A view no name is (held inside a list `l`) cannot
/// be released by name: then nothing runs, and the notice says to `del l`.
pub(super) fn fix(app: &mut App) {
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
        let del = inside.iter().find(|c| *c != "_").cloned();
        app.set_notice(
            NoticeKind::Info,
            Msg::ViewsHeldInside {
                containers: inside,
                del,
            },
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
