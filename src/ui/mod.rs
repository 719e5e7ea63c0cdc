//! Drawing: a pure function of `&App`. One widget per file; they read the app's
//! [`crate::app::Scene`], so they draw the live session and a script's step alike.

pub mod export;
pub mod exports;
pub mod formats;
pub mod help;
pub mod hexgrid;
pub mod i18n;
pub mod layout;
pub mod legend;
pub mod log;
pub mod modal;
pub mod names;
pub mod narrate;
pub mod prompt;
pub mod record;
pub mod render;
pub mod save;
pub mod say;
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

/// How the screen looks, from the command line: the language, the theme, `--zoom` and
/// `--size`. Applied to an app after it is made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Look {
    pub lang: i18n::Lang,
    pub contrast: bool,
    pub zoom: bool,
    pub size: Option<(u16, u16)>,
}

impl Look {
    pub fn apply(&self, app: &mut App) {
        app.lang = self.lang;
        app.contrast = self.contrast;
        app.zoom = self.zoom;
        app.fixed_size = self.size;
    }
}

/// The area the app draws in: the terminal's, or `--size WxH` of it.
pub fn drawing_area(app: &App, terminal: Rect) -> Rect {
    match app.fixed_size {
        Some((w, h)) => Rect::new(
            terminal.x,
            terminal.y,
            w.min(terminal.width),
            h.min(terminal.height),
        ),
        None => terminal,
    }
}

/// The theme `app` draws with.
pub fn theme_of(app: &App) -> Theme {
    Theme {
        color: app.color,
        contrast: app.contrast,
    }
}

/// Draws the whole screen for `app`. Never changes the app.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = drawing_area(app, frame.area());
    let theme = theme_of(app);
    let lang = app.lang;
    let scene = app.scene();
    let Some(g) = layout::geometry(app, &scene, area) else {
        too_small(frame, area, app);
        return;
    };
    if let Some(script) = &app.script {
        // The names panel takes the bottom of the source column, as much as its names
        // need, up to a third of it.
        let mut area = g.areas.source;
        // `--zoom`: the step counter, large, over the source.
        if app.zoom && area.height >= 14 {
            let (k, n) = (script.timeline.at(), script.timeline.len());
            let banner = Rect::new(area.x, area.y, area.width, 4);
            legend::draw_step_banner(frame, banner, k, n, theme, lang);
            area = Rect::new(area.x, area.y + 4, area.width, area.height - 4);
        }
        let step = script.timeline.last_step();
        let want = names::wanted_height(step).min(area.height / 3).max(3);
        if area.height >= 12 {
            let (top, bottom) = (area.height - want, want);
            source::draw(
                frame,
                script,
                Rect::new(area.x, area.y, area.width, top),
                theme,
                lang,
            );
            names::draw(
                frame,
                step,
                Rect::new(area.x, area.y + top, area.width, bottom),
                theme,
                lang,
            );
        } else {
            source::draw(frame, script, area, theme, lang);
        }
    }
    hexgrid::draw(frame, app, &scene, &g, theme);
    exports::draw(frame, &scene, &g, app.exports_scroll, theme, lang);
    log::draw(frame, app, &scene, &g, theme);
    status::draw_status(frame, app, &scene, g.areas.status, theme);
    status::draw_message(frame, app, g.areas.message, theme);
    // Overlays under the current one first (the modal under the help over it).
    for m in &app.behind {
        if let Mode::Modal(m) = m {
            modal::draw(frame, &scene, m, area, theme, lang);
        }
    }
    match &app.mode {
        Mode::Modal(m) => modal::draw(frame, &scene, m, area, theme, lang),
        Mode::Help => {
            let name = scene.stream().and_then(|s| s.name.clone());
            let name = name.as_deref().unwrap_or("b");
            help::draw(frame, area, app.script.is_some(), name, theme, lang)
        }
        Mode::Legend => legend::draw(frame, area, app.script.is_some(), theme, lang),
        _ => {}
    }
    text::mend_wide(frame.buffer_mut());
}

fn too_small(frame: &mut Frame, area: Rect, app: &App) {
    let lang = app.lang;
    let lines = [
        lang.t("terminal too small").to_string(),
        lang.need_size((MIN_WIDTH, MIN_HEIGHT), (area.width, area.height)),
        lang.t("q quits").to_string(),
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
