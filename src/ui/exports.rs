//! The exports panel: `exports: N` and every live view of the shown stream, with its range,
//! the statement that made it, and who holds it.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph};

use crate::app::Scene;

use super::layout::{Geometry, content};
use super::text::{fit, width};
use super::theme::Theme;

pub fn draw(frame: &mut Frame, scene: &Scene, g: &Geometry, theme: Theme) {
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
    let streams = &scene.streams;
    let height = content(area).height as usize;
    if streams.len() > 1 && height > 0 {
        lines.truncate(height.saturating_sub(2));
        while lines.len() < height.saturating_sub(1) {
            lines.push(Line::default());
        }
        let names: Vec<&str> = streams.iter().map(|s| s.label.as_str()).collect();
        lines.push(Line::styled(
            fit(&format!("streams: {}  (Tab)", names.join(", ")), w),
            theme.dim(),
        ));
    } else if lines.len() > height && height > 0 {
        let hidden = lines.len() - height + 1;
        lines.truncate(height - 1);
        lines.push(Line::styled(
            fit(&format!("… {hidden} more lines"), w),
            theme.dim(),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).block(block.padding(Padding::horizontal(1))),
        area,
    );
}
