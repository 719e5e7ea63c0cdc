//! The real terminal: set up (raw mode, alternate screen, mouse), the event loop, and
//! restoring the terminal on quit, on panic and on every signal.
//!
//! Signals: the handlers only set flags and wake a watcher thread through a socket, which is
//! all a signal handler may safely do; the watcher does the rest.
//! - SIGTERM, SIGHUP, SIGINT, SIGQUIT: when the event loop is idle it sees the flag within
//!   one poll and quits the normal way. When it is busy (a long statement) or a second signal
//!   comes, the watcher restores the terminal itself and ends the process; should even that
//!   hang, one more signal ends the process outright. The session needs no saving then: the
//!   store keeps it current as each statement runs.
//! - Ctrl-C while a statement runs: raw mode turns the terminal's signal keys off, so while
//!   the engine runs a statement they are turned back on (ISIG); Ctrl-C is then a SIGINT,
//!   which the watcher turns into the engine's interrupt flag: the statement ends with
//!   `KeyboardInterrupt` and the session goes on.
//! - SIGTSTP (Ctrl-Z, a key in raw mode, or `kill -TSTP`): the watcher restores the
//!   terminal and stops the process; on SIGCONT it sets the terminal up again and the event
//!   loop redraws the whole screen.

use std::io::{Read, Write, stdout};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode, KeyEventKind, KeyModifiers,
};
use crossterm::execute;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGSTOP, SIGTERM, SIGTSTP};

use super::record::{Cast, Marks, Term};
use crate::app::{Action, App, handle_event, update};

/// How long the event loop gets to quit on a signal before the watcher ends the process.
const GRACE: Duration = Duration::from_millis(500);

/// A SIGINT this soon after a statement ended is the Ctrl-C that was meant for it (typed as
/// it finished), not a request to quit.
const INTERRUPT_LATE_MS: u64 = 300;

/// The signals that end the app.
const ENDING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

/// What the signal handlers, the watcher and the event loop share.
struct Signals {
    /// A signal came that ends the app: the event loop quits.
    signalled: AtomicBool,
    /// The last ending signal's number.
    last: AtomicUsize,
    /// The event loop has ended and the terminal is being restored the normal way.
    done: AtomicBool,
    /// The watcher is ending the process: a further signal ends it outright.
    forcing: Arc<AtomicBool>,
    /// The engine is running a statement (the event loop is inside `handle_event`).
    busy: AtomicBool,
    /// When the last statement ended, in milliseconds since `epoch`.
    idle_since: AtomicU64,
    epoch: Instant,
    /// A Ctrl-C came for the running statement.
    interrupt: AtomicBool,
    /// SIGTSTP came: suspend.
    suspend: AtomicBool,
    /// Back from a suspension: the screen must be drawn whole.
    redraw: AtomicBool,
    /// The running statement's interrupt flag (the engine's).
    engine: Mutex<Arc<AtomicBool>>,
    /// Held while the screen is written (a frame, or the watcher suspending).
    screen: Mutex<()>,
}

impl Signals {
    fn new() -> Signals {
        Signals {
            signalled: AtomicBool::new(false),
            last: AtomicUsize::new(0),
            done: AtomicBool::new(false),
            forcing: Arc::new(AtomicBool::new(false)),
            busy: AtomicBool::new(false),
            idle_since: AtomicU64::new(0),
            epoch: Instant::now(),
            interrupt: AtomicBool::new(false),
            suspend: AtomicBool::new(false),
            redraw: AtomicBool::new(false),
            engine: Mutex::new(Arc::new(AtomicBool::new(false))),
            screen: Mutex::new(()),
        }
    }

    fn now_ms(&self) -> u64 {
        self.epoch.elapsed().as_millis() as u64
    }

    fn screen(&self) -> MutexGuard<'_, ()> {
        self.screen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
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

    let tty = Tty::open();
    let result = event_loop(&mut terminal, app, &signals, &tty, cast.as_ref());
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
    let signals = Arc::new(Signals::new());
    let (rx, tx) = UnixStream::pair()?;
    for sig in ENDING {
        // First: while the watcher is ending the process, a signal ends it outright.
        flag::register_conditional_shutdown(sig, 128 + sig, Arc::clone(&signals.forcing))?;
        let s = Arc::clone(&signals);
        // SAFETY: the action only loads and stores atomics, which is async-signal-safe.
        unsafe {
            signal_hook::low_level::register(sig, move || {
                if sig == SIGINT
                    && (s.busy.load(Ordering::SeqCst)
                        || s.now_ms()
                            .saturating_sub(s.idle_since.load(Ordering::SeqCst))
                            < INTERRUPT_LATE_MS)
                {
                    s.interrupt.store(true, Ordering::SeqCst);
                    return;
                }
                s.last.store(sig as usize, Ordering::SeqCst);
                s.signalled.store(true, Ordering::SeqCst);
            })?;
        }
        pipe::register(sig, tx.try_clone()?)?;
    }
    let s = Arc::clone(&signals);
    // SAFETY: as above.
    unsafe {
        signal_hook::low_level::register(SIGTSTP, move || {
            s.suspend.store(true, Ordering::SeqCst);
        })?;
    }
    pipe::register(SIGTSTP, tx.try_clone()?)?;
    // SIGCONT needs no action: it wakes the watcher, stopped with the process, where it was.
    pipe::register(SIGCONT, tx)?;
    let s = Arc::clone(&signals);
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || watch(rx, &s))?;
    Ok(signals)
}

/// The watcher: hands a Ctrl-C to the engine, suspends on SIGTSTP, and after an ending
/// signal gives the event loop [`GRACE`] to quit; if it has not (it is busy), or another
/// ending signal comes, restores the terminal and ends the process.
fn watch(mut rx: UnixStream, s: &Signals) {
    let mut buf = [0u8; 16];
    loop {
        match rx.read(&mut buf) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return,
        }
        if s.interrupt.swap(false, Ordering::SeqCst) {
            let engine = s
                .engine
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            engine.store(true, Ordering::SeqCst);
        }
        if s.suspend.swap(false, Ordering::SeqCst) && !s.done.load(Ordering::SeqCst) {
            suspend(s);
        }
        if s.signalled.load(Ordering::SeqCst) {
            break;
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
        if matches!(rx.read(&mut buf), Ok(n) if n > 0) && !s.interrupt.swap(false, Ordering::SeqCst)
        {
            break;
        }
    }
    if !s.done.load(Ordering::SeqCst) {
        force(s);
    }
}

/// SIGTSTP: the terminal as it was found, the process stopped; on SIGCONT the terminal set
/// up again and a whole redraw asked for. The screen lock keeps a frame from being drawn
/// meanwhile.
fn suspend(s: &Signals) {
    let _screen = s.screen();
    let mut out = stdout().lock();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        crossterm::terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = signal_hook::low_level::raise(SIGSTOP);
    // Continued.
    let _ = crossterm::terminal::enable_raw_mode();
    let _ = execute!(
        out,
        crossterm::terminal::EnterAlternateScreen,
        crossterm::cursor::Hide,
        EnableMouseCapture,
        EnableBracketedPaste
    );
    let _ = out.flush();
    s.redraw.store(true, Ordering::SeqCst);
}

/// The controlling terminal, to turn its signal keys (ISIG) on while a statement runs.
struct Tty(Option<std::fs::File>);

impl Tty {
    fn open() -> Tty {
        Tty(std::fs::File::options()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .ok())
    }

    /// Turns the terminal's signal keys (Ctrl-C, Ctrl-Z, Ctrl-\\) on or off.
    fn signal_keys(&self, on: bool) {
        let Some(f) = &self.0 else {
            return;
        };
        let fd = f.as_raw_fd();
        // SAFETY: tcgetattr/tcsetattr on an open descriptor, with a termios they filled.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(fd, &mut t) != 0 {
                return;
            }
            if on {
                t.c_lflag |= libc::ISIG;
            } else {
                t.c_lflag &= !libc::ISIG;
            }
            libc::tcsetattr(fd, libc::TCSANOW, &t);
        }
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
    signals: &Signals,
    tty: &Tty,
    cast: Option<&Cast>,
) -> std::io::Result<()> {
    let mut marks = Marks::default();
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    if let Some(c) = cast {
        c.observe(app, &mut marks);
    }
    terminal.draw(|f| super::draw(f, app))?;
    while !app.quit && !signals.signalled.load(Ordering::Relaxed) {
        if !event::poll(Duration::from_millis(100))? {
            if signals.redraw.load(Ordering::SeqCst) {
                draw(terminal, app, signals)?;
            }
            continue;
        }
        handle(app, event::read()?, signals, tty);
        // Handle everything already queued before drawing again (key repeat, pastes).
        while !app.quit && event::poll(Duration::ZERO)? {
            handle(app, event::read()?, signals, tty);
        }
        if let Some(c) = cast {
            c.observe(app, &mut marks);
        }
        draw(terminal, app, signals)?;
    }
    Ok(())
}

/// One event: Ctrl-Z suspends (as SIGTSTP does); anything else goes to the app, with the
/// terminal's signal keys on while it runs, so a Ctrl-C interrupts a long statement.
fn handle(app: &mut App, event: Event, s: &Signals, tty: &Tty) {
    if let Event::Key(k) = &event
        && k.kind != KeyEventKind::Release
        && k.code == KeyCode::Char('z')
        && k.modifiers.contains(KeyModifiers::CONTROL)
    {
        let _ = signal_hook::low_level::raise(SIGTSTP);
        return;
    }
    *s.engine
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = app.session.interrupt_flag();
    s.busy.store(true, Ordering::SeqCst);
    tty.signal_keys(true);
    handle_event(app, event);
    tty.signal_keys(false);
    s.idle_since.store(s.now_ms(), Ordering::SeqCst);
    s.busy.store(false, Ordering::SeqCst);
    // A Ctrl-C that came as the statement ended is spent, not kept for the next one.
    app.session.interrupt_flag().store(false, Ordering::SeqCst);
}

/// A frame; after a suspension, the whole screen at the terminal's size.
fn draw(terminal: &mut Term, app: &mut App, s: &Signals) -> std::io::Result<()> {
    let _screen = s.screen();
    if s.redraw.swap(false, Ordering::SeqCst) {
        // Not `terminal.clear()`: it asks the terminal where the cursor is, and a terminal
        // that does not answer (a bare pty, a slow link) would end the app after 2 s. The
        // screen cleared and both buffers blank redraw every cell as well.
        ratatui::backend::Backend::clear_region(
            terminal.backend_mut(),
            ratatui::backend::ClearType::All,
        )?;
        terminal.swap_buffers();
        let size = terminal.size()?;
        if (size.width, size.height) != app.term {
            update(app, Action::Resize(size.width, size.height));
        }
    }
    terminal.draw(|f| super::draw(f, app))?;
    Ok(())
}
