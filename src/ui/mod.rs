//! Drawing: a pure function of `&App`. One widget per file; they read the app's
//! [`crate::app::Scene`], so they draw the live session and a script's step alike.

pub mod export;
pub mod exports;
pub mod formats;
pub mod help;
pub mod hexgrid;
pub mod layout;
pub mod log;
pub mod modal;
pub mod names;
pub mod prompt;
pub mod record;
pub mod render;
pub mod save;
pub mod source;
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
    let scene = app.scene();
    let Some(g) = layout::geometry(app, &scene, area) else {
        too_small(frame, area);
        return;
    };
    if let Some(script) = &app.script {
        // The names panel takes the bottom of the source column, as much as its names
        // need, up to a third of it.
        let area = g.areas.source;
        let step = script.timeline.last_step();
        let want = names::wanted_height(step).min(area.height / 3).max(3);
        if area.height >= 12 {
            let (top, bottom) = (area.height - want, want);
            source::draw(
                frame,
                script,
                Rect::new(area.x, area.y, area.width, top),
                theme,
            );
            names::draw(
                frame,
                step,
                Rect::new(area.x, area.y + top, area.width, bottom),
                theme,
            );
        } else {
            source::draw(frame, script, area, theme);
        }
    }
    hexgrid::draw(frame, app, &scene, &g, theme);
    exports::draw(frame, &scene, &g, app.exports_scroll, theme);
    log::draw(frame, app, &scene, &g, theme);
    status::draw_status(frame, app, &scene, g.areas.status, theme);
    status::draw_message(frame, app, g.areas.message, theme);
    // Overlays under the current one first (the modal under the help over it).
    for m in &app.behind {
        if let Mode::Modal(m) = m {
            modal::draw(frame, &scene, m, area, theme);
        }
    }
    match &app.mode {
        Mode::Modal(m) => modal::draw(frame, &scene, m, area, theme),
        Mode::Help => {
            let name = scene.stream().and_then(|s| s.name.clone());
            let name = name.as_deref().unwrap_or("b");
            help::draw(frame, area, app.script.is_some(), name, theme)
        }
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
