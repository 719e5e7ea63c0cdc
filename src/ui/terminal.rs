//! The real terminal: set up (raw mode, alternate screen, mouse), the event loop, and
//! restoring the terminal on quit, on panic and on SIGTERM / SIGHUP / SIGINT.

use std::io::stdout;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;

use crate::app::{Action, App, handle_event, update};

/// Runs the app until `q` or a signal; the terminal is left as it was found.
pub fn run(mut app: App) -> ExitCode {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    // One flag per signal (to exit with 128 + its number), and one for "any".
    let signalled = Arc::new(AtomicBool::new(false));
    let mut flags = Vec::new();
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        let flag = Arc::new(AtomicBool::new(false));
        let registered = signal_hook::flag::register(sig, Arc::clone(&signalled))
            .and_then(|_| signal_hook::flag::register(sig, Arc::clone(&flag)));
        if let Err(e) = registered {
            eprintln!("bytesio-tui: cannot handle signal {sig}: {e}");
            return ExitCode::from(2);
        }
        flags.push((sig, flag));
    }

    // ratatui::try_init enables raw mode, enters the alternate screen and installs a panic
    // hook that restores both; ours, installed on top, turns mouse capture off first.
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("bytesio-tui: cannot set up the terminal: {e}");
            return ExitCode::from(2);
        }
    };
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        ratatui_hook(info);
    }));
    let _ = execute!(stdout(), EnableMouseCapture);

    let result = event_loop(&mut terminal, &mut app, &signalled);

    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    match result {
        Err(e) => {
            eprintln!("bytesio-tui: terminal error: {e}");
            ExitCode::from(1)
        }
        Ok(()) => match flags.iter().find(|(_, f)| f.load(Ordering::Relaxed)) {
            Some((sig, _)) => ExitCode::from(128 + *sig as u8),
            None => ExitCode::SUCCESS,
        },
    }
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    signalled: &AtomicBool,
) -> std::io::Result<()> {
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
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
        terminal.draw(|f| super::draw(f, app))?;
    }
    Ok(())
}
