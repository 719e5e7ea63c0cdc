//! The exports panel: `exports: N` and every live view of the shown stream, with its range,
//! the statement that made it, and who holds it.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph};

use crate::app::Scene;

use super::layout::{Geometry, content};
use super::text::{fit, width};
use super::theme::Theme;

pub fn draw(frame: &mut Frame, scene: &Scene, g: &Geometry, scroll: usize, theme: Theme) {
    let area = g.areas.exports;
    let w = content(area).width as usize;
    let stream = scene.stream();
    let count = stream.map_or(0, |s| s.snap.exports);
    let block = Block::bordered().title(Span::styled(format!(" exports: {count} "), theme.title()));
    let mut lines: Vec<Line> = Vec::new();
    if let Some(s) = stream {
        for e in scene.exports_of(s.id) {
            for v in &e.views {
                let name = scene.view_label(v);
                let kind = if v.derived { "  slice" } else { "" };
                let head = format!("{name}  {}{kind}", v.range);
                let name_w = width(&name).min(w);
                lines.push(Line::from(vec![
                    Span::styled(fit(&name, w), theme.name()),
                    Span::raw(fit(&head[name.len()..], w.saturating_sub(name_w))),
                ]));
                let from = if v.derived { "from line" } else { "line" };
                lines.push(Line::styled(
                    fit(&format!("  {from} {}: {}", e.origin.line, e.origin.text), w),
                    theme.dim(),
                ));
                let holders: Vec<String> =
                    v.holders.iter().map(|h| scene.holder_short(h, v)).collect();
                lines.push(Line::raw(fit(
                    &format!("  held by: {}", holders.join(", ")),
                    w,
                )));
            }
        }
        if count > 0 && lines.is_empty() {
            lines.push(Line::raw(fit("held where no name reaches", w)));
        }
        if count == 0 {
            lines.push(Line::styled(fit("no live views", w), theme.dim()));
            lines.push(Line::default());
            lines.push(Line::from(vec![
                Span::styled("v", theme.key()),
                Span::styled(
                    fit(
                        &format!("  view = {}.getbuffer()", s.name.as_deref().unwrap_or("b")),
                        w.saturating_sub(1),
                    ),
                    theme.dim(),
                ),
            ]));
        }
    }
    // The streams line at the bottom when there are several; the views scroll above it
    // ({ } or the wheel), with a line saying what is hidden.
    let streams = &scene.streams;
    let height = content(area).height as usize;
    let footer = usize::from(streams.len() > 1 && height > 1);
    let room = height.saturating_sub(footer);
    if lines.len() > room && room > 0 {
        let window = room.saturating_sub(1).max(1);
        let top = scroll.min(lines.len().saturating_sub(window));
        let below = lines.len().saturating_sub(top + window);
        let mut shown: Vec<Line> = lines
            .drain(top..top + window.min(lines.len() - top))
            .collect();
        if room > 1 {
            let text = match (top, below) {
                (0, b) => format!("… {b} more lines below ({{ }} scroll)"),
                (t, 0) => format!("… {t} lines above ({{ }} scroll)"),
                (t, b) => format!("… {t} above, {b} below ({{ }} scroll)"),
            };
            shown.push(Line::styled(fit(&text, w), theme.dim()));
        }
        lines = shown;
    }
    if footer == 1 {
        while lines.len() < room {
            lines.push(Line::default());
        }
        let names: Vec<&str> = streams.iter().map(|s| s.label.as_str()).collect();
        lines.push(Line::styled(
            fit(&format!("streams: {}  (Tab)", names.join(", ")), w),
            theme.dim(),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).block(block.padding(Padding::horizontal(1))),
        area,
    );
}
