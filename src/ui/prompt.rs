//! The prompt line: `>>> ` and the statement being typed, or an operation's question with
//! its default; the statement it will run; why the last Enter did not run.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::ops;
use crate::app::{App, Prompt, PromptKind};

use super::text::{clean, fit, tail, width};
use super::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, p: &Prompt, area: Rect, theme: Theme) {
    let w = area.width as usize;
    let label = fit(&format!(" {}", ops::label(&p.kind, app.lang)), w / 2);
    let avail = w.saturating_sub(width(&label) + 1);
    let before = clean(&p.input[..p.cursor.min(p.input.len())]);
    let after = clean(p.input.get(p.cursor..).unwrap_or(""));
    // Keep the cursor in view: as much as fits before it, then what fits after it.
    let shown_before = tail(&before, avail.saturating_sub(1)).to_string();
    let room = avail.saturating_sub(width(&shown_before) + 1);
    let shown_after = if width(&after) <= room {
        after.clone()
    } else {
        fit(&after, room)
    };
    let input_style = if p.fresh { theme.nav() } else { theme.echo() };
    let mut spans = vec![
        Span::styled(label.clone(), theme.key()),
        Span::styled(shown_before.clone(), input_style),
        Span::styled(shown_after.clone(), input_style),
    ];
    let used = width(&label) + width(&shown_before) + width(&shown_after);
    let rest = w.saturating_sub(used + 3);
    if let Some(err) = &p.error {
        spans.push(Span::styled(
            fit(&format!("   ✗ {}", app.lang.say(err)), rest + 3),
            theme.error(),
        ));
    } else if let PromptKind::Step { .. } = p.kind {
        spans.push(Span::styled(
            fit(
                &format!("   {}", app.lang.t("Enter go · Esc cancel")),
                rest + 3,
            ),
            theme.dim(),
        ));
    } else if p.kind != PromptKind::Statement {
        let stream = app.stream_name();
        if let Ok(Some(stmt)) =
            ops::statement(&p.kind, stream.as_deref(), &p.input, &|n| app.is_bound(n))
        {
            spans.push(Span::styled(
                fit(&format!("   → {stmt}"), rest + 3),
                theme.dim(),
            ));
        }
    } else if p.input.is_empty() {
        spans.push(Span::styled(
            fit(
                &format!("   {}", app.lang.t("Enter run · Esc cancel · ↑↓ history")),
                rest + 3,
            ),
            theme.dim(),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    let x = area.x as usize + width(&label) + width(&shown_before);
    frame.set_cursor_position(Position::new(
        x.min(area.right().saturating_sub(1) as usize) as u16,
        area.y,
    ));
}
