//! The real terminal: set up (raw mode, alternate screen, mouse), the event loop, and
//! restoring the terminal on quit, on panic and on SIGTERM / SIGHUP / SIGINT.
//!
//! Signals: the handlers only set flags and wake a watcher thread through a socket, which is
//! all a signal handler may safely do. When the event loop is idle it sees the flag within
//! one poll and quits the normal way. When it is busy (the engine running a long statement
//! cannot be interrupted) or a second signal comes, the watcher restores the terminal itself
//! and ends the process; should even that hang, one more signal ends the process outright.

use std::io::{Read, Write, stdout};
use std::os::unix::net::UnixStream;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

use super::record::{Cast, Marks, Term};
use crate::app::{Action, App, handle_event, update};

/// How long the event loop gets to quit on a signal before the watcher ends the process.
const GRACE: Duration = Duration::from_millis(500);

/// What the signal handlers, the watcher and the event loop share.
#[derive(Default)]
struct Signals {
    /// A signal came: the event loop quits.
    signalled: AtomicBool,
    /// The last signal's number.
    last: AtomicUsize,
    /// The event loop has ended and the terminal is being restored the normal way.
    done: AtomicBool,
    /// The watcher is ending the process: a further signal ends it outright.
    forcing: Arc<AtomicBool>,
}

/// Runs the app until `q` or a signal; the terminal is left as it was found.
pub fn run(mut app: App) -> ExitCode {
    run_with(&mut app, None)
}

/// [`run`], recording to `cast` when given; the app is left as it quit.
pub fn run_with(app: &mut App, cast: Option<Cast>) -> ExitCode {
    let signals = match install() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bytesio-tui: cannot handle signals: {e}");
            return ExitCode::from(2);
        }
    };

    // record::try_init (ratatui::try_init, its writer teed to a recording) enables raw mode,
    // enters the alternate screen and installs a panic hook that restores both; ours,
    // installed on top, turns mouse capture off first.
    let mut terminal = match super::record::try_init(cast.clone()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("bytesio-tui: cannot set up the terminal: {e}");
            return ExitCode::from(2);
        }
    };
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
        ratatui_hook(info);
    }));
    let _ = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste);

    let result = event_loop(&mut terminal, app, &signals.signalled, cast.as_ref());
    signals.done.store(true, Ordering::SeqCst);

    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    match result {
        Err(e) => {
            eprintln!("bytesio-tui: terminal error: {e}");
            ExitCode::from(1)
        }
        Ok(()) if signals.signalled.load(Ordering::SeqCst) => {
            ExitCode::from(128 + signals.last.load(Ordering::SeqCst) as u8)
        }
        Ok(()) => ExitCode::SUCCESS,
    }
}

/// Registers the handlers and starts the watcher.
fn install() -> std::io::Result<Arc<Signals>> {
    use signal_hook::{flag, low_level::pipe};
    let signals = Arc::new(Signals::default());
    let (rx, tx) = UnixStream::pair()?;
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        // First: while the watcher is ending the process, a signal ends it outright.
        flag::register_conditional_shutdown(sig, 128 + sig, Arc::clone(&signals.forcing))?;
        let s = Arc::clone(&signals);
        // SAFETY: the action only stores to atomics, which is async-signal-safe.
        unsafe {
            signal_hook::low_level::register(sig, move || {
                s.last.store(sig as usize, Ordering::SeqCst);
                s.signalled.store(true, Ordering::SeqCst);
            })?;
        }
        pipe::register(sig, tx.try_clone()?)?;
    }
    let s = Arc::clone(&signals);
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || watch(rx, &s))?;
    Ok(signals)
}

/// The watcher: after a signal, gives the event loop [`GRACE`] to quit; if it has not (it is
/// busy), or another signal comes, restores the terminal and ends the process.
fn watch(mut rx: UnixStream, s: &Signals) {
    let mut buf = [0u8; 16];
    loop {
        match rx.read(&mut buf) {
            Ok(0) => return,
            Ok(_) => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
    if rx
        .set_read_timeout(Some(Duration::from_millis(20)))
        .is_err()
    {
        force(s);
    }
    let deadline = Instant::now() + GRACE;
    while Instant::now() < deadline {
        if s.done.load(Ordering::SeqCst) {
            return;
        }
        if matches!(rx.read(&mut buf), Ok(n) if n > 0) {
            break;
        }
    }
    if !s.done.load(Ordering::SeqCst) {
        force(s);
    }
}

/// Restores the terminal from the watcher thread and ends the process with 128 + the
/// signal's number, without running anything else (the main thread is busy in the engine).
fn force(s: &Signals) -> ! {
    s.forcing.store(true, Ordering::SeqCst);
    let mut out = stdout().lock();
    // CAN first ends any escape sequence a frame being drawn left half written.
    let _ = out.write_all(b"\x18");
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        crossterm::terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
    let _ = crossterm::terminal::disable_raw_mode();
    let sig = s.last.load(Ordering::SeqCst).clamp(1, 127) as i32;
    signal_hook::low_level::exit(128 + sig)
}

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    signalled: &AtomicBool,
    cast: Option<&Cast>,
) -> std::io::Result<()> {
    let mut marks = Marks::default();
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    if let Some(c) = cast {
        c.observe(app, &mut marks);
    }
    terminal.draw(|f| super::draw(f, app))?;
    while !app.quit && !signalled.load(Ordering::Relaxed) {
        if !event::poll(Duration::from_millis(100))? {
            continue;
        }
        handle_event(app, event::read()?);
        // Handle everything already queued before drawing again (key repeat, pastes).
        while !app.quit && event::poll(Duration::ZERO)? {
            handle_event(app, event::read()?);
        }
        if let Some(c) = cast {
            c.observe(app, &mut marks);
        }
        terminal.draw(|f| super::draw(f, app))?;
    }
    Ok(())
}
