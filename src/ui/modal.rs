//! The BufferError modal: CPython's exact line, the live exports that block the statement
//! and who holds them, why, and the fix.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::{BufferModal, Scene};

use super::i18n::Lang;
use super::text::{fit, wrap};
use super::theme::Theme;

/// Which operation needed the stream without exports: the engine's word for it (`close()`,
/// `write()`, ...), else guessed from the statement's text.
fn operation(engine: Option<&'static str>, statement: &str, lang: Lang) -> &'static str {
    if let Some(op) = engine {
        return op;
    }
    let t = statement.trim_start();
    if t.starts_with("with ") {
        return lang.t("the with block's close()");
    }
    for (needle, name) in [
        (".close(", "close()"),
        (".writelines(", "writelines()"),
        (".write(", "write()"),
        (".truncate(", "truncate()"),
        (".__init__(", "__init__()"),
    ] {
        if t.contains(needle) {
            return name;
        }
    }
    lang.t("this statement")
}

/// How much of the explanation the modal has room for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Room {
    /// The whole explanation.
    Full,
    /// The short one: why in a sentence.
    Short,
    /// The failed line, the exports and the fix, nothing else.
    Least,
}

/// The modal's lines, for a box `w` columns wide inside.
pub fn lines(
    scene: &Scene,
    m: &BufferModal,
    w: usize,
    theme: Theme,
    lang: Lang,
) -> Vec<Line<'static>> {
    lines_in(scene, m, w, theme, lang, Room::Full)
}

/// The modal's lines in at most `max` lines (`w` columns wide): the whole explanation when
/// it fits, else a short one, else only what failed, what blocks it and the fix; cut
/// with `…` only when even that does not fit.
pub fn lines_fit(
    scene: &Scene,
    m: &BufferModal,
    w: usize,
    max: usize,
    theme: Theme,
    lang: Lang,
) -> Vec<Line<'static>> {
    let mut body = Vec::new();
    for room in [Room::Full, Room::Short, Room::Least] {
        body = lines_in(scene, m, w, theme, lang, room);
        if body.len() <= max {
            return body;
        }
    }
    body.truncate(max.saturating_sub(1));
    body.push(Line::styled("…", theme.dim()));
    body
}

fn lines_in(
    scene: &Scene,
    m: &BufferModal,
    w: usize,
    theme: Theme,
    lang: Lang,
    room: Room,
) -> Vec<Line<'static>> {
    let mut out: Vec<Line> = Vec::new();
    let step = scene.steps.get(m.step);
    if let Some(s) = step {
        for l in s.echo.lines() {
            out.push(Line::styled(fit(l, w), theme.echo()));
        }
        if let Some(e) = &s.error {
            for l in wrap(&e.line, w) {
                out.push(Line::styled(l, theme.error()));
            }
        }
    }
    if room != Room::Least {
        out.push(Line::default());
    }

    let exports: Vec<_> = scene.exports_of(m.stream).collect();
    let stream_name = scene
        .streams
        .iter()
        .find(|s| s.id == m.stream)
        .and_then(|s| s.name.clone())
        .unwrap_or_else(|| "b".into());
    let engine_op = step
        .and_then(|s| s.error.as_ref())
        .and_then(|e| e.operation);
    let op = operation(engine_op, &m.statement, lang);
    let n = exports.len();
    for l in wrap(&lang.exports_block(n, op), w) {
        out.push(Line::styled(l, theme.title()));
    }
    // The names that are a blocking view, the names holding one inside a list or tuple.
    let mut handles: Vec<String> = Vec::new();
    let mut inside: Vec<String> = Vec::new();
    let (mut underscore, mut underscore_inside) = (false, false);
    for e in exports.iter() {
        for v in &e.views {
            let holders: Vec<String> = v
                .holders
                .iter()
                .map(|h| scene.holder_long(h, v, lang))
                .collect();
            match scene.handle(v) {
                Some(h) if h == "_" => underscore = true,
                Some(h) => {
                    if !handles.contains(&h) {
                        handles.push(h);
                    }
                }
                None => {
                    for c in scene.containers(v) {
                        if c == "_" {
                            underscore_inside = true;
                        } else if !inside.contains(&c) {
                            inside.push(c);
                        }
                    }
                }
            }
            let made = lang.made_at(v.derived, e.origin.line);
            let range = lang.range(&v.range);
            let text = lang.modal_view(&scene.view_label(v, lang), &range, &made, &holders);
            for (i, l) in wrap(&text, w.saturating_sub(4)).into_iter().enumerate() {
                let indent = if i == 0 { "  " } else { "    " };
                out.push(Line::raw(format!("{indent}{l}")));
            }
        }
    }
    let why = match room {
        Room::Full => Some(lang.why(&stream_name, exports.len(), scene.python)),
        Room::Short => Some(lang.why_short(&stream_name, exports.len(), scene.python)),
        Room::Least => None,
    };
    if let Some(why) = why {
        out.push(Line::default());
        for l in wrap(&why, w) {
            out.push(Line::raw(l));
        }
    }
    // The generic fix names a view: not when only `_` or a container holds one (their
    // own fixes follow).
    if !handles.is_empty() || (inside.is_empty() && !underscore && !underscore_inside) {
        let v = handles.first().cloned().unwrap_or_else(|| "view".into());
        let fix = lang.fix(&v, &stream_name);
        for l in wrap(&fix, w) {
            out.push(Line::styled(l, theme.name()));
        }
    }
    if !inside.is_empty() {
        let quoted: Vec<String> = inside.iter().map(|c| format!("`{c}`")).collect();
        let first = &inside[0];
        let held = lang.held_inside(&quoted, first);
        for l in wrap(&held, w) {
            out.push(Line::raw(l));
        }
        for l in wrap(&lang.fix_del(&inside.join(", ")), w) {
            out.push(Line::styled(l, theme.name()));
        }
    }
    if underscore {
        for l in wrap(lang.underscore_holds(false), w) {
            out.push(Line::raw(l));
        }
    }
    if underscore_inside {
        for l in wrap(lang.underscore_holds(true), w) {
            out.push(Line::raw(l));
        }
    }
    out
}

fn keys(theme: Theme, lang: Lang) -> Line<'static> {
    Line::from(vec![
        Span::styled("f", theme.key()),
        Span::raw(format!(" {}      ", lang.t("release and retry"))),
        Span::styled("Enter/Esc", theme.key()),
        Span::raw(format!(" {}", lang.t("dismiss"))),
    ])
}

/// Draws the modal over `area`: centred, or in step mode (`scene.step`) flush right, so the
/// source panel's markers stay in view beside it.
pub fn draw(
    frame: &mut Frame,
    scene: &Scene,
    m: &BufferModal,
    area: Rect,
    theme: Theme,
    lang: Lang,
) {
    let w = area.width.saturating_sub(6).min(76);
    let inner_w = w.saturating_sub(4) as usize;
    // Borders, the blank line and the keys' line: 4 rows; one spare above and below.
    let max_body = area.height.saturating_sub(6) as usize;
    let mut body = lines_fit(scene, m, inner_w, max_body, theme, lang);
    body.push(Line::default());
    body.push(keys(theme, lang));
    let h = (body.len() as u16 + 2).min(area.height);
    let x = if scene.step.is_some() {
        area.x + area.width.saturating_sub(w + 1)
    } else {
        area.x + (area.width - w) / 2
    };
    let y = area.y + area.height.saturating_sub(h) / 2;
    let rect = Rect::new(x, y, w, h);
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(theme.modal())
        .title(Span::styled(" BufferError ", theme.modal()))
        .padding(ratatui::widgets::Padding::horizontal(1));
    frame.render_widget(Paragraph::new(body).block(block).style(Style::new()), rect);
}
