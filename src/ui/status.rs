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
    let lang = app.lang;
    let lead = match (scene.step, app.branched) {
        (Some((k, n)), _) => format!(" {} │", lang.step_of(k, n)),
        (None, Some(k)) => format!(" {} │", lang.branched_at(k)),
        (None, None) => String::new(),
    };
    // The version, once it is not the reference or `V` switched it.
    let lead = if scene.python != crate::model::profile::Version::REFERENCE || scene.marks.is_some()
    {
        format!("{lead} Python {} │", scene.python)
    } else {
        lead
    };
    let Some(s) = scene.stream() else {
        return format!("{lead} {}", lang.t("no stream"));
    };
    let name = s.title(lang);
    let size = s.snap.size;
    let pos = s.snap.pos;
    let closed = s.snap.closed;
    let size_text = lang.size((!closed).then_some(size));
    let state = lang.t(if closed { "closed" } else { "open" });
    let pos_text = lang.pos((!closed).then_some(pos), size);
    let at = match s.data().get(app.nav) {
        _ if closed => String::new(),
        Some(&b) => format!(" = 0x{b:02x} '{}'", ByteClass::ascii(b)),
        None if app.nav == size => " (EOF)".into(),
        None => format!(" ({})", lang.past_eof()),
    };
    format!(
        "{lead} {name} │ {size_text} │ {pos_text} │ {state} │ {} │ {}{at}",
        lang.exports(s.snap.exports),
        lang.nav_at(app.nav)
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
    let lang = app.lang;
    let lead = scene
        .stream()
        .and_then(|s| s.name.clone())
        .map(|n| fit(&lang.acting_on(&n, closed), 24))
        .unwrap_or_default();
    let item_w = |(k, l): &(&str, &str)| 1 + width(k) + 1 + width(l) + 1;
    let mut budget = width_avail
        .saturating_sub(tail.iter().map(|&(k, l)| item_w(&(k, lang.t(l)))).sum())
        .saturating_sub(width(&lead));
    let tail: Vec<(&str, &str)> = tail.iter().map(|&(k, l)| (k, lang.t(l))).collect();
    let mut items: Vec<(&str, &str)> = Vec::new();
    for (k, l) in hints {
        let h = (k, lang.t(l));
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
        let line = Line::styled(
            fit(&format!(" {}", app.lang.say(&c.question)), w),
            theme.modal(),
        );
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    let lang = app.lang;
    let line = match &app.notice {
        Some(n) => {
            let style = match n.kind {
                NoticeKind::Info => theme.title(),
                NoticeKind::Error => theme.error(),
                NoticeKind::Unsupported => theme.unsupported(),
            };
            Line::styled(fit(&format!(" {}", lang.say(&n.msg)), w), style)
        }
        None => match app.mode {
            Mode::Modal(_) => {
                let mut spans = vec![
                    Span::styled(" f", theme.key()),
                    Span::styled(format!(" {}  ", lang.t("release and retry")), theme.dim()),
                    Span::styled("Enter/Esc", theme.key()),
                    Span::styled(format!(" {}", lang.t("dismiss")), theme.dim()),
                ];
                if app.script.is_some() {
                    spans.push(Span::styled("  n/→ p/←", theme.key()));
                    spans.push(Span::styled(
                        format!(" {}", lang.t("step on / back")),
                        theme.dim(),
                    ));
                }
                Line::from(spans)
            }
            Mode::Help => Line::from(vec![
                Span::styled(" Esc", theme.key()),
                Span::styled(format!(" {}", lang.t("close help")), theme.dim()),
            ]),
            Mode::Legend => Line::from(vec![
                Span::styled(" Esc", theme.key()),
                Span::styled(format!(" {}", lang.t("close the legend")), theme.dim()),
            ]),
            _ => hints(app, &app.scene(), w, theme),
        },
    };
    frame.render_widget(Paragraph::new(line), area);
}
