//! `bytesio-tui render`: the frame the app shows, drawn once on a TestBackend and returned as
//! plain text. The app is built and moved exactly as the interactive one is.

use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use crate::app::{Action, App, Options, Start, StepMove, update};
use crate::script::Program;

/// The screen `app` shows at its terminal size, as text: one line per row, trailing spaces
/// trimmed, a wide character once (not once per column).
pub fn text(app: &App) -> String {
    super::export::text(&buffer(app))
}

/// The screen `app` shows at its terminal size, drawn on a TestBackend: every cell with its
/// symbol, colours and modifiers.
pub fn buffer(app: &App) -> Buffer {
    let (w, h) = app.term;
    // TestBackend never fails: its error type is Infallible.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    let Ok(_) = terminal.draw(|f| super::draw(f, app));
    terminal.backend().buffer().clone()
}

/// Why a script cannot be rendered at a step.
#[derive(Debug, PartialEq, Eq)]
pub enum RenderError {
    /// The engine refused a statement at run time: `LINE:COL: unsupported: ...`.
    Refused(String),
    /// The step asked for is past the script's end.
    NoSuchStep { step: usize, steps: usize },
}

/// The app as `bytesio-tui SCRIPT.py` opens `program` (the script at `path`), at a
/// `width` x `height` terminal, colourless.
pub fn open_script(
    path: &Path,
    program: Program,
    max_size: usize,
    width: u16,
    height: u16,
) -> Result<App, RenderError> {
    let mut app = App::new(Options {
        max_size,
        color: false,
        // `render --python 3.X` set the thread's version.
        python: crate::model::profile::current().version,
        start: Start::Script {
            path: path.to_path_buf(),
            program,
        },
    });
    if let Some(e) = app.script.as_ref().and_then(|s| s.timeline.refused()) {
        return Err(RenderError::Refused(e.to_string()));
    }
    update(&mut app, Action::Resize(width, height));
    Ok(app)
}

/// The frame after opening the script and going to step `step` (the state after that many
/// executed lines; None: the last), as [`text`].
pub fn script(
    path: &Path,
    program: Program,
    step: Option<usize>,
    max_size: usize,
    width: u16,
    height: u16,
) -> Result<String, RenderError> {
    script_app(path, program, step, max_size, width, height).map(|app| text(&app))
}

/// The app after opening the script and going to step `step` (None: the last), colourless.
pub fn script_app(
    path: &Path,
    program: Program,
    step: Option<usize>,
    max_size: usize,
    width: u16,
    height: u16,
) -> Result<App, RenderError> {
    let mut app = open_script(path, program, max_size, width, height)?;
    let steps = app.script.as_ref().map_or(0, |s| s.timeline.len());
    if let Some(k) = step.filter(|&k| k > steps) {
        return Err(RenderError::NoSuchStep { step: k, steps });
    }
    update(&mut app, Action::Step(StepMove::To(step.unwrap_or(steps))));
    Ok(app)
}

/// The frame the app opens with for `start` (`--file`, `--bytes`, or the default session).
pub fn start(start: Start, max_size: usize, width: u16, height: u16) -> String {
    text(&start_app(start, max_size, width, height))
}

/// The app as it opens with `start`, colourless.
pub fn start_app(start: Start, max_size: usize, width: u16, height: u16) -> App {
    let mut app = App::new(Options {
        max_size,
        color: false,
        python: crate::model::profile::current().version,
        start,
    });
    update(&mut app, Action::Resize(width, height));
    app
}
