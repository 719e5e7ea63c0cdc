//! Drawing: a pure function of `&App`. One widget per file.

pub mod exports;
pub mod help;
pub mod hexgrid;
pub mod layout;
pub mod log;
pub mod modal;
pub mod prompt;
pub mod status;
pub mod terminal;
pub mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::{App, Mode};

use self::layout::{MIN_HEIGHT, MIN_WIDTH};
use self::theme::Theme;

/// Draws the whole screen for `app`. Never changes the app.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let theme = Theme { color: app.color };
    let Some(g) = layout::geometry(app, area) else {
        too_small(frame, area);
        return;
    };
    hexgrid::draw(frame, app, &g, theme);
    exports::draw(frame, app, &g, theme);
    log::draw(frame, app, &g, theme);
    status::draw_status(frame, app, g.areas.status, theme);
    status::draw_message(frame, app, g.areas.message, theme);
    match &app.mode {
        Mode::Modal(m) => modal::draw(frame, app, m, area, theme),
        Mode::Help => help::draw(frame, area, theme),
        _ => {}
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let lines = [
        "terminal too small".to_string(),
        format!(
            "need {MIN_WIDTH}x{MIN_HEIGHT}, have {}x{}",
            area.width, area.height
        ),
        "q quits".to_string(),
    ];
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    let body: Vec<Line> = lines
        .iter()
        .map(|l| Line::from(text::fit(l, area.width as usize)).centered())
        .collect();
    let rect = Rect::new(
        area.x,
        area.y + top,
        area.width,
        area.height.saturating_sub(top),
    );
    frame.render_widget(Paragraph::new(body), rect);
}
