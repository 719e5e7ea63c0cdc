//! asciicast v2 recordings (what asciinema plays and agg turns into a GIF).
//!
//! - [`script`]: `bytesio-tui record`: step mode through a script, a frame per step drawn in
//!   colour (the ANSI form of [`super::export`], a full redraw), a fixed delay between frames
//!   and a marker per step. No clock and no paths go in: the same command gives the same file.
//! - [`Cast`] and [`Tee`]: `--record` in the interactive app: every byte written to the
//!   terminal is also an output event, timed as it happens (idle time capped), with a marker
//!   per statement run ([`Marks`]).
//!
//! The file: a header line (a JSON object with `version` 2, `width`, `height`), then one
//! JSON array per event: `[seconds, "o", text]` for output, `[seconds, "m", label]` for a
//! marker, `[seconds, "r", "WxH"]` for a resize.

use std::io::{self, Write};
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::app::{Action, App, StepMove, update};
use crate::script::Program;
use crate::script::session::segment;

use super::export;
use super::render::{self, RenderError};

/// The header line.
fn header(width: u16, height: u16, title: Option<&str>) -> String {
    let mut h = json!({
        "version": 2,
        "width": width,
        "height": height,
        "env": { "TERM": "xterm-256color" },
    });
    if let (Some(t), Some(map)) = (title, h.as_object_mut()) {
        map.insert("title".into(), Value::from(t));
    }
    h.to_string()
}

/// One event line.
fn event(seconds: f64, kind: &str, data: &str) -> String {
    json!([seconds, kind, data]).to_string()
}

/// Milliseconds as the seconds an event carries (exact for whole milliseconds).
fn seconds(ms: u64) -> f64 {
    ms as f64 / 1000.0
}

/// The output that shows a whole frame: hide the cursor, clear, then each row at its place
/// (so nothing depends on where the cursor was or on line wrapping).
pub fn frame(buffer: &ratatui::buffer::Buffer) -> String {
    let mut out = String::from("\x1b[?25l\x1b[0m\x1b[2J\x1b[H");
    for (y, row) in export::ansi_rows(buffer).iter().enumerate() {
        if !row.is_empty() {
            out.push_str(&format!("\x1b[{};1H", y + 1));
            out.push_str(row);
        }
    }
    out
}

/// How `bytesio-tui record` draws a script.
#[derive(Clone, Copy, Debug)]
pub struct Plan {
    pub width: u16,
    pub height: u16,
    /// Between frames, in milliseconds.
    pub delay_ms: u64,
    /// The last step recorded (None: the script's end).
    pub to: Option<usize>,
    pub max_size: usize,
    /// The language and theme drawn.
    pub look: super::Look,
}

/// The marker for step `k` of the app's script: `step k: line N: code` (the line that just
/// ran), or `step 0: start`.
fn step_label(app: &App) -> String {
    let Some(script) = &app.script else {
        return String::new();
    };
    let k = script.timeline.at();
    match script.timeline.last_step() {
        None => format!("step {k}: start"),
        Some(s) => {
            let code = script.line(s.at).trim();
            if code.is_empty() {
                format!("step {k}: line {}", s.at)
            } else {
                format!("step {k}: line {}: {code}", s.at)
            }
        }
    }
}

/// `bytesio-tui record SCRIPT.py`: the asciicast of stepping through `program` from step 0
/// to the end (or `plan.to`), as the app shows it in colour, one frame per step with
/// `plan.delay_ms` between them and a marker per step, then the last frame held for one
/// more delay. The header's title is the script's file name; nothing else names a path.
pub fn script(path: &Path, program: Program, plan: Plan) -> Result<String, RenderError> {
    let mut app = render::open_script(path, program, plan.max_size, plan.width, plan.height)?;
    app.color = true;
    plan.look.apply(&mut app);
    let steps = app.script.as_ref().map_or(0, |s| s.timeline.len());
    let last = match plan.to {
        Some(k) if k > steps => return Err(RenderError::NoSuchStep { step: k, steps }),
        Some(k) => k,
        None => steps,
    };
    let title = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let mut out = header(plan.width, plan.height, title.as_deref());
    out.push('\n');
    let mut ms = 0;
    for k in 0..=last {
        if k > 0 {
            update(&mut app, Action::Step(StepMove::Next));
            ms += plan.delay_ms;
        }
        let t = seconds(ms);
        out.push_str(&event(t, "o", &frame(&render::buffer(&app))));
        out.push('\n');
        out.push_str(&event(t, "m", &step_label(&app)));
        out.push('\n');
    }
    // Hold the last frame: players end at the last event.
    out.push_str(&event(seconds(ms + plan.delay_ms), "o", ""));
    out.push('\n');
    Ok(out)
}

/// A live recording: events appended to a file as they happen. Cloned handles share it (the
/// terminal's writer and the event loop).
#[derive(Clone)]
pub struct Cast(Arc<Mutex<Live>>);

struct Live {
    out: Box<dyn Write + Send>,
    /// The recording's clock, idle gaps capped.
    at: Duration,
    last: Instant,
    cap: Duration,
    /// Written to the terminal since the last flush.
    pending: Vec<u8>,
    /// The first write error: recording stops, the app goes on.
    failed: Option<io::Error>,
    size: (u16, u16),
}

impl Cast {
    /// Starts a recording into `out` for a `width` x `height` terminal, gaps longer than
    /// `cap` shortened to it. Writes the header.
    pub fn new(
        mut out: Box<dyn Write + Send>,
        (width, height): (u16, u16),
        cap: Duration,
    ) -> io::Result<Cast> {
        writeln!(out, "{}", header(width, height, None))?;
        out.flush()?;
        Ok(Cast(Arc::new(Mutex::new(Live {
            out,
            at: Duration::ZERO,
            last: Instant::now(),
            cap,
            pending: Vec::new(),
            failed: None,
            size: (width, height),
        }))))
    }

    /// Creates `path` and starts recording into it.
    pub fn create(path: &Path, size: (u16, u16), cap: Duration) -> io::Result<Cast> {
        let file = std::fs::File::create(path)?;
        Cast::new(Box::new(io::BufWriter::new(file)), size, cap)
    }

    fn live(&self) -> MutexGuard<'_, Live> {
        // A panic while holding the lock leaves the data usable.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records a marker now.
    pub fn marker(&self, label: &str) {
        self.live().emit("m", label);
    }

    /// The first error writing the file, if recording stopped.
    pub fn error(&self) -> Option<String> {
        self.live().failed.as_ref().map(ToString::to_string)
    }

    /// Called before each draw: markers for the statements run (and steps moved) since the
    /// last call, and a resize event when the terminal's size changed.
    pub fn observe(&self, app: &App, marks: &mut Marks) {
        let mut live = self.live();
        if app.term != live.size {
            live.size = app.term;
            let size = format!("{}x{}", app.term.0, app.term.1);
            live.emit("r", &size);
        }
        for label in marks.new_labels(app) {
            live.emit("m", &label);
        }
    }
}

impl Live {
    fn tick(&mut self) -> f64 {
        let now = Instant::now();
        self.at += now.saturating_duration_since(self.last).min(self.cap);
        self.last = now;
        // Whole microseconds, as asciinema writes them.
        self.at.as_micros() as f64 / 1e6
    }

    fn emit(&mut self, kind: &str, data: &str) {
        if self.failed.is_some() {
            return;
        }
        let t = self.tick();
        let line = event(t, kind, data);
        let r = writeln!(self.out, "{line}").and_then(|()| self.out.flush());
        if let Err(e) = r {
            self.failed = Some(e);
        }
    }

    /// The pending output as one event, up to its last whole UTF-8 character.
    fn flush_output(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let bytes = std::mem::take(&mut self.pending);
        let (text, rest) = match std::str::from_utf8(&bytes) {
            Ok(s) => (s.to_string(), Vec::new()),
            Err(e) if e.error_len().is_none() => {
                let (head, tail) = bytes.split_at(e.valid_up_to());
                (String::from_utf8_lossy(head).into_owned(), tail.to_vec())
            }
            Err(_) => (String::from_utf8_lossy(&bytes).into_owned(), Vec::new()),
        };
        self.pending = rest;
        if !text.is_empty() {
            self.emit("o", &text);
        }
    }
}

/// A writer that passes everything to `inner` (the terminal) and, when recording, keeps a
/// copy that becomes one output event on each flush (ratatui flushes once per frame).
pub struct Tee<W: Write> {
    inner: W,
    cast: Option<Cast>,
}

impl<W: Write> Tee<W> {
    pub fn new(inner: W, cast: Option<Cast>) -> Tee<W> {
        Tee { inner, cast }
    }
}

impl<W: Write> Write for Tee<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        if let Some(c) = &self.cast {
            c.live().pending.extend_from_slice(&buf[..n]);
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        let r = self.inner.flush();
        if let Some(c) = &self.cast {
            c.live().flush_output();
        }
        r
    }
}

/// The terminal the interactive app draws on: stdout, through a [`Tee`].
pub type Term = ratatui::Terminal<ratatui::backend::CrosstermBackend<Tee<io::Stdout>>>;

/// What `ratatui::try_init` does (a panic hook that restores the terminal, raw mode, the
/// alternate screen), with the terminal's writer wrapped in a [`Tee`] for `cast`.
pub fn try_init(cast: Option<Cast>) -> io::Result<Term> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        ratatui::restore();
        hook(info);
    }));
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(io::stdout(), crossterm::terminal::EnterAlternateScreen)?;
    ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(Tee::new(
        io::stdout(),
        cast,
    )))
}

/// Which statements and steps have had their marker.
#[derive(Default)]
pub struct Marks {
    /// Steps of the live session marked.
    steps: usize,
    /// The step a live session branched from, when last seen.
    branched: Option<usize>,
    /// The script step last marked.
    shown: Option<usize>,
}

impl Marks {
    /// Labels for what happened since the last call: `line N: code` for each statement the
    /// live session ran, `step k: line N: code` when step mode moved.
    pub fn new_labels(&mut self, app: &App) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(script) = &app.script {
            let at = script.timeline.at();
            if self.shown != Some(at) {
                self.shown = Some(at);
                out.push(step_label(app));
            }
            return out;
        }
        if app.branched != self.branched {
            // The steps a branch starts with ran in step mode, and were marked there.
            self.branched = app.branched;
            self.steps = app.branched.unwrap_or(0);
        }
        let steps = app.record.steps();
        if steps.len() < self.steps {
            self.steps = steps.len();
        }
        for s in &steps[self.steps..] {
            if s.echo.is_empty() {
                continue;
            }
            let code = segment(&app.source, s.span)
                .lines()
                .next()
                .unwrap_or("")
                .trim();
            out.push(format!("line {}: {code}", s.line));
        }
        self.steps = steps.len();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer the test can read back.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap_or_else(|e| e.into_inner()).extend(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn lines(s: &Shared) -> Vec<Value> {
        let bytes = s.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
        String::from_utf8_lossy(&bytes)
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON"))
            .collect()
    }

    #[test]
    fn a_flush_is_one_output_event_and_idle_time_is_capped() {
        let file = Shared::default();
        let cast =
            Cast::new(Box::new(file.clone()), (80, 24), Duration::from_millis(50)).expect("header");
        let mut tee = Tee::new(Vec::new(), Some(cast.clone()));
        tee.write_all(b"ab").expect("write");
        tee.write_all("c\u{d55c}".as_bytes()[..2].as_ref())
            .expect("write");
        tee.flush().expect("flush");
        std::thread::sleep(Duration::from_millis(200));
        tee.write_all(&"\u{d55c}".as_bytes()[1..]).expect("write");
        tee.flush().expect("flush");
        cast.marker("line 3: b.close()");
        assert_eq!(tee.inner, "abc\u{d55c}".as_bytes());
        let got = lines(&file);
        assert_eq!(got[0]["version"], 2);
        assert_eq!(got[0]["width"], 80);
        assert_eq!(got[0]["height"], 24);
        assert_eq!(got[1][1], "o");
        // A character split across flushes waits for its last byte.
        assert_eq!(got[1][2], "abc");
        assert_eq!(got[2][2], "\u{d55c}");
        assert_eq!(got[3][1], "m");
        assert_eq!(got[3][2], "line 3: b.close()");
        let t = |i: usize| got[i][0].as_f64().unwrap_or(-1.0);
        assert!(t(1) <= t(2) && t(2) <= t(3));
        // 200 ms idle counts as at most the 50 ms cap.
        assert!(t(2) - t(1) <= 0.051, "{} {}", t(1), t(2));
    }
}
