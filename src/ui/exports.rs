//! The exports panel: `exports: N` and every live view of the shown stream, with its range,
//! the statement that made it, and who holds it.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph};

use crate::app::Scene;

use super::i18n::Lang;
use super::layout::{Geometry, content};
use super::text::{fit, width};
use super::theme::Theme;

pub fn draw(
    frame: &mut Frame,
    scene: &Scene,
    g: &Geometry,
    scroll: usize,
    theme: Theme,
    lang: Lang,
) {
    let area = g.areas.exports;
    let w = content(area).width as usize;
    let views = scene.stream().map_or(0, |s| scene.views_of(s.id).count());
    // Short of room for three lines a view: one each.
    let lines = if g.compact && (content(area).height as usize) < 3 * views {
        short_lines(scene, w, theme, lang)
    } else {
        lines(scene, w, theme, lang)
    };
    draw_lines(frame, scene, area, lines, scroll, theme, lang);
}

/// The panel's lines: each live view of the shown stream in three lines (its name and
/// range, the statement that made it, who holds it), or how to make one.
pub fn lines(scene: &Scene, w: usize, theme: Theme, lang: Lang) -> Vec<Line<'static>> {
    let stream = scene.stream();
    let count = stream.map_or(0, |s| s.snap.exports);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(s) = stream {
        for e in scene.exports_of(s.id) {
            for v in &e.views {
                let name = scene.view_label(v, lang);
                let kind = if v.derived {
                    format!("  {}", lang.t("slice"))
                } else {
                    String::new()
                };
                let rest = format!("  {}{kind}", lang.range(&v.range));
                let name_w = width(&name).min(w);
                lines.push(Line::from(vec![
                    Span::styled(fit(&name, w), theme.name()),
                    Span::raw(fit(&rest, w.saturating_sub(name_w))),
                ]));
                lines.push(Line::styled(
                    fit(
                        &format!(
                            "  {}: {}",
                            lang.made_line(v.derived, e.origin.line),
                            e.origin.text
                        ),
                        w,
                    ),
                    theme.dim(),
                ));
                let holders: Vec<String> = v
                    .holders
                    .iter()
                    .map(|h| scene.holder_short(h, v, lang))
                    .collect();
                lines.push(Line::raw(fit(
                    &format!("  {} {}", lang.t("held by:"), holders.join(", ")),
                    w,
                )));
            }
        }
        if count > 0 && lines.is_empty() {
            lines.push(Line::raw(fit(lang.t("held where no name reaches"), w)));
        }
        if count == 0 {
            lines.push(Line::styled(fit(lang.t("no live views"), w), theme.dim()));
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
    lines
}

/// One line a view: its name, its range and who holds it.
pub fn short_lines(scene: &Scene, w: usize, theme: Theme, lang: Lang) -> Vec<Line<'static>> {
    let Some(s) = scene.stream() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for v in scene.views_of(s.id) {
        let name = scene.view_label(v, lang);
        let holders: Vec<String> = v
            .holders
            .iter()
            .map(|h| scene.holder_short(h, v, lang))
            .collect();
        let rest = format!(
            "  {}  {} {}",
            lang.range(&v.range),
            lang.t("held by:"),
            holders.join(", ")
        );
        let name_w = width(&name).min(w);
        lines.push(Line::from(vec![
            Span::styled(fit(&name, w), theme.name()),
            Span::raw(fit(&rest, w.saturating_sub(name_w))),
        ]));
    }
    lines
}

/// Draws `lines` in the panel at `area`, scrolled by `scroll`, the streams line at the
/// bottom when there are several.
fn draw_lines(
    frame: &mut Frame,
    scene: &Scene,
    area: ratatui::layout::Rect,
    mut lines: Vec<Line<'static>>,
    scroll: usize,
    theme: Theme,
    lang: Lang,
) {
    let w = content(area).width as usize;
    let count = scene.stream().map_or(0, |s| s.snap.exports);
    let block = Block::bordered().title(Span::styled(
        fit(&format!(" {} ", lang.exports(count)), w + 2),
        theme.title(),
    ));
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
            let text = lang.more_lines(top, below);
            shown.push(Line::styled(fit(&text, w), theme.dim()));
        }
        lines = shown;
    }
    if footer == 1 {
        while lines.len() < room {
            lines.push(Line::default());
        }
        let names: Vec<String> = streams.iter().map(|s| lang.label(&s.label)).collect();
        lines.push(Line::styled(
            fit(&lang.streams_line(&names.join(", ")), w),
            theme.dim(),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).block(block.padding(Padding::horizontal(1))),
        area,
    );
}
