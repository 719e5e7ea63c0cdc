//! The log panel: the session as the prompt's transcript, errors styled apart, scrollable.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph};

use crate::app::{App, LogKind, Scene};

use super::layout::{Geometry, content};
use super::text::fit;
use super::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, scene: &Scene, g: &Geometry, theme: Theme) {
    let area = g.areas.log;
    let w = content(area).width as usize;
    let h = g.log_lines;
    let total = scene.log.len();
    let scroll = app.log_scroll.min(total.saturating_sub(h));
    let end = total - scroll;
    let start = end.saturating_sub(h);
    let title = if scroll > 0 {
        app.lang.log_newer(scroll)
    } else {
        format!(" {} ", app.lang.t("log"))
    };
    // The compact layout: the newest line alone, without a border.
    let bare = area.height < 3;
    let w = if bare { area.width as usize } else { w };
    let mut lines = Vec::with_capacity(h);
    for l in &scene.log[start..end] {
        let text = scene.log_text(l, app.lang);
        let text = text.as_ref();
        lines.push(match l.kind {
            LogKind::Echo => {
                let cut = if text.is_char_boundary(4) { 4 } else { 0 };
                let (prompt, rest) = text.split_at(cut);
                // A statement that differs from the version switched from (`V`): `≠` in
                // front of its prompt, which keeps its width.
                let marked = scene.marks.is_some_and(|m| m.of(l.step).is_some());
                let prompt = if marked && cut == 4 {
                    Span::styled(format!("≠{}", &prompt[1..]), theme.differs())
                } else {
                    Span::styled(prompt.to_string(), theme.dim())
                };
                Line::from(vec![
                    prompt,
                    Span::styled(fit(rest, w.saturating_sub(4)), theme.echo()),
                ])
            }
            LogKind::Output => Line::raw(fit(text, w)),
            LogKind::Error => Line::styled(fit(text, w), theme.error()),
            LogKind::Note => Line::styled(fit(text, w), theme.dim()),
            LogKind::Call => Line::styled(fit(&format!("  {text}"), w), theme.dim()),
            LogKind::Unsupported => Line::styled(fit(&format!("# {text}"), w), theme.unsupported()),
        });
    }
    if bare {
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(Span::styled(title, theme.title()))
                .padding(Padding::horizontal(1)),
        ),
        area,
    );
}
