//! The session as a Python script (`--save FILE.py`): every statement the session ran, typed
//! or run by a key, in order, under a header comment saying how it was made. CPython's
//! prompt replays it to the app's log; `bytesio-tui FILE.py` steps through it.

use std::path::Path;

use crate::app::App;

/// The session's statements (in step mode: the script up to the step shown) under a header
/// comment. Nothing else: the app's own notes never go in.
pub fn script(app: &App) -> String {
    script_as(app, How::Quit)
}

/// How a script was saved, as its header says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// `--save FILE.py`, on quit.
    Quit,
    /// The `S` key.
    Key,
}

/// [`script`], its header saying how it was saved.
pub fn script_as(app: &App, how: How) -> String {
    let (body, origin) = match &app.script {
        Some(s) => (
            s.prefix(),
            format!(
                "# The script {} up to step {} of {}, as step mode showed it.\n",
                one_line(&s.name),
                s.timeline.at(),
                s.timeline.len()
            ),
        ),
        None => (
            app.source.clone(),
            match app.branched {
                Some(k) => format!(
                    "# The first {k} steps come from the script it was stepping through, the \
                     rest was typed.\n"
                ),
                None => String::new(),
            },
        ),
    };
    let mut out = format!(
        "# A bytesio-tui {} session, {}.\n\
         # Every statement it ran, typed or run by a key, in the order it ran. Run one by one\n\
         # at CPython's prompt they print what the app's log showed: `bytesio-tui run FILE.py`\n\
         # prints that transcript, `bytesio-tui FILE.py` steps through it.\n{origin}\n",
        env!("CARGO_PKG_VERSION"),
        match how {
            How::Quit => "saved on quit (--save)",
            How::Key => "saved with the S key",
        }
    );
    out.push_str(&body);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// A name on one comment line.
fn one_line(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// Writes [`script`] to `path`.
pub fn write(app: &App, path: &Path) -> std::io::Result<()> {
    write_as(app, path, How::Quit)
}

/// Writes [`script_as`] to `path`.
pub fn write_as(app: &App, path: &Path, how: How) -> std::io::Result<()> {
    std::fs::write(path, script_as(app, how))
}
