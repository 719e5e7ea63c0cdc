//! The status line (stream, size, position, open/closed, exports, nav cursor) and the message
//! line under it: the prompt, a notice, or the key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, Mode, NoticeKind, Scene};

use super::text::{fit, pad, width};
use super::theme::{ByteClass, Theme};

pub fn status_text(app: &App, scene: &Scene) -> String {
    let lead = match (scene.step, app.branched) {
        (Some((k, n)), _) => format!(" Step {k} of {n} │"),
        (None, Some(k)) => format!(" branched at step {k} │"),
        (None, None) => String::new(),
    };
    let Some(s) = scene.stream() else {
        return format!("{lead} no stream");
    };
    let name = s.title();
    let size = s.snap.size;
    let pos = s.snap.pos;
    let closed = s.snap.closed;
    let size_text = if closed {
        "size -".to_string()
    } else {
        format!("size {size}")
    };
    let state = if closed { "closed" } else { "open" };
    let pos_text = if closed {
        "pos -".to_string()
    } else if pos == size as i64 {
        format!("pos {pos} (EOF)")
    } else if pos > size as i64 {
        format!("pos {pos} ({} past EOF)", pos - size as i64)
    } else {
        format!("pos {pos}")
    };
    let at = match s.data().get(app.nav) {
        _ if closed => String::new(),
        Some(&b) => format!(" = 0x{b:02x} '{}'", ByteClass::ascii(b)),
        None if app.nav == size => " (EOF)".into(),
        None => " (past EOF)".into(),
    };
    format!(
        "{lead} {name} │ {size_text} │ {pos_text} │ {state} │ exports: {} │ nav {}{at}",
        s.snap.exports, app.nav
    )
}

pub fn draw_status(frame: &mut Frame, app: &App, scene: &Scene, area: Rect, theme: Theme) {
    let text = pad(&status_text(app, scene), area.width as usize);
    frame.render_widget(Paragraph::new(Line::styled(text, theme.status())), area);
}

/// Keys whose statement only raises `ValueError: I/O operation on closed file.` on a closed
/// stream: not offered while the shown stream is closed.
const OPEN_ONLY: &[&str] = &["r", "w", "s", "v", "c", "t", "g", "T"];

/// The key hints that fit in `width_avail` columns, in the key table's order, after the
/// name of the stream they act on; `? help` and `q quit` always stay.
fn hints(app: &App, scene: &Scene, width_avail: usize, theme: Theme) -> Line<'static> {
    let stepping = app.script.is_some();
    let (hints, tail) = crate::app::hints(stepping);
    let closed = scene.stream().is_some_and(|s| s.snap.closed);
    let lead = scene
        .stream()
        .and_then(|s| s.name.clone())
        .map(|n| {
            fit(
                &format!(" {n}{} ▸", if closed { " (closed)" } else { "" }),
                24,
            )
        })
        .unwrap_or_default();
    let item_w = |(k, l): &(&str, &str)| 1 + width(k) + 1 + width(l) + 1;
    let mut budget = width_avail
        .saturating_sub(tail.iter().map(item_w).sum())
        .saturating_sub(width(&lead));
    let mut items: Vec<(&str, &str)> = Vec::new();
    for h in hints {
        if closed && OPEN_ONLY.contains(&h.0) {
            continue;
        }
        let w = item_w(&h);
        if w > budget {
            break;
        }
        budget -= w;
        items.push(h);
    }
    items.extend(tail);
    let mut spans = vec![Span::styled(lead, theme.title())];
    for (k, l) in items {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(k, theme.key()));
        spans.push(Span::styled(format!(" {l} "), theme.dim()));
    }
    Line::from(spans)
}

pub fn draw_message(frame: &mut Frame, app: &App, area: Rect, theme: Theme) {
    let w = area.width as usize;
    if let Mode::Prompt(p) = &app.mode {
        super::prompt::draw(frame, app, p, area, theme);
        return;
    }
    if let Mode::Confirm(c) = &app.mode {
        let line = Line::styled(fit(&format!(" {}", c.question), w), theme.modal());
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    let line = match &app.notice {
        Some(n) => {
            let style = match n.kind {
                NoticeKind::Info => theme.title(),
                NoticeKind::Error => theme.error(),
                NoticeKind::Unsupported => theme.unsupported(),
            };
            Line::styled(fit(&format!(" {}", n.text), w), style)
        }
        None => match app.mode {
            Mode::Modal(_) => {
                let mut spans = vec![
                    Span::styled(" f", theme.key()),
                    Span::styled(" release and retry  ", theme.dim()),
                    Span::styled("Enter/Esc", theme.key()),
                    Span::styled(" dismiss", theme.dim()),
                ];
                if app.script.is_some() {
                    spans.push(Span::styled("  n/→ p/←", theme.key()));
                    spans.push(Span::styled(" step on / back", theme.dim()));
                }
                Line::from(spans)
            }
            Mode::Help => Line::from(vec![
                Span::styled(" Esc", theme.key()),
                Span::styled(" close help", theme.dim()),
            ]),
            _ => hints(app, &app.scene(), w, theme),
        },
    };
    frame.render_widget(Paragraph::new(line), area);
}
