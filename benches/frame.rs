//! What a frame costs, key to drawn screen, by stream size and log length (divan). The goal
//! (issue 11): the same for a 1 KiB and a 256 MiB stream and for any log, within 20%, and
//! under 16 ms. Run with `cargo bench --bench frame`.
//!
//! Each bench applies one key (a nav cursor move, which redraws the whole grid) and draws
//! the 80x24 frame on a TestBackend, as the terminal loop does after each key.

use std::path::PathBuf;

use bytesio_tui::app::{Action, App, NavMove, Options, Start, update};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

/// An app holding `size` bytes of varied data, as `--file` opens it, at 80x24.
fn app_with(size: usize) -> App {
    let mut x: u64 = 7;
    let data: Vec<u8> = (0..size)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 56) as u8
        })
        .collect();
    let mut app = App::new(Options {
        python: Default::default(),
        max_size: 1 << 30,
        color: true,
        start: Start::File {
            path: PathBuf::from("bench.bin"),
            data,
        },
    });
    update(&mut app, Action::Resize(80, 24));
    app
}

fn frame(app: &mut App, terminal: &mut Terminal<TestBackend>, down: bool) {
    let code = if down { KeyCode::Down } else { KeyCode::Up };
    bytesio_tui::app::handle_event(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    let Ok(_) = terminal.draw(|f| bytesio_tui::ui::draw(f, app));
}

#[divan::bench(args = [1 << 10, 1 << 20, 256 << 20], sample_count = 200)]
fn key_to_frame_by_stream_size(bencher: divan::Bencher, size: usize) {
    let mut app = app_with(size);
    // Somewhere in the middle, so both moves redraw a full grid.
    update(&mut app, Action::NavTo(size / 2));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut down = false;
    bencher.bench_local(|| {
        down = !down;
        frame(&mut app, &mut terminal, down);
    });
}

#[divan::bench(args = [1, 20_000], sample_count = 200)]
fn key_to_frame_by_log_length(bencher: divan::Bencher, statements: usize) {
    let mut app = app_with(1 << 10);
    let text: String = "b.tell()\n".repeat(statements);
    update(&mut app, Action::Paste(text));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut down = false;
    bencher.bench_local(|| {
        down = !down;
        frame(&mut app, &mut terminal, down);
    });
}

/// After `g` on a 50 MiB stream: the log holds its 200 MB repr on one line.
#[divan::bench(sample_count = 50)]
fn key_to_frame_after_getvalue_of_50_mib(bencher: divan::Bencher) {
    let mut app = app_with(50 << 20);
    update(&mut app, Action::RunStatement("b.getvalue()".into()));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut down = false;
    bencher.bench_local(|| {
        down = !down;
        frame(&mut app, &mut terminal, down);
    });
}

/// Search for a needle at the very end of 256 MiB (memmem from the start).
#[divan::bench(sample_count = 10)]
fn search_to_the_end_of_256_mib(bencher: divan::Bencher) {
    let mut app = app_with(256 << 20);
    bencher.bench_local(|| {
        update(&mut app, Action::Nav(NavMove::Start));
        update(&mut app, Action::OpenPrompt(bytesio_tui::app::Ask::Search));
        update(&mut app, Action::Paste("\"THE-END\"".into()));
        update(&mut app, Action::Submit);
    });
}

/// A typed statement (`b.tell()`) and its frame, after 1 or 20,000 statements.
#[divan::bench(args = [1, 20_000], sample_count = 100)]
fn typed_statement_by_session_length(bencher: divan::Bencher, statements: usize) {
    let mut app = app_with(1 << 10);
    update(&mut app, Action::Paste("b.tell()\n".repeat(statements)));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    bencher.bench_local(|| {
        update(&mut app, Action::RunStatement("b.tell()".into()));
        let Ok(_) = terminal.draw(|f| bytesio_tui::ui::draw(f, &app));
    });
}

/// A typed statement and its frame while a 3,000,000-item list is bound and no view is
/// alive, then with one view alive (every value is walked to find who holds it).
#[divan::bench(args = [false, true], sample_count = 20)]
fn typed_statement_beside_a_3_million_item_list(bencher: divan::Bencher, view: bool) {
    let mut app = app_with(1 << 10);
    update(&mut app, Action::RunStatement("l = [0] * 3000000".into()));
    if view {
        update(&mut app, Action::RunStatement("v = b.getbuffer()".into()));
    }
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    bencher.bench_local(|| {
        update(&mut app, Action::RunStatement("b.tell()".into()));
        let Ok(_) = terminal.draw(|f| bytesio_tui::ui::draw(f, &app));
    });
}

/// A 256 MiB stream of zeros: the grid squeezes the identical rows (one memcmp per run).
#[divan::bench(sample_count = 100)]
fn key_to_frame_on_256_mib_of_zeros(bencher: divan::Bencher) {
    let mut app = App::new(Options {
        python: Default::default(),
        max_size: 1 << 30,
        color: true,
        start: Start::File {
            path: PathBuf::from("zeros.bin"),
            data: vec![0; 256 << 20],
        },
    });
    update(&mut app, Action::Resize(80, 24));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut down = false;
    bencher.bench_local(|| {
        down = !down;
        frame(&mut app, &mut terminal, down);
    });
}

/// A 4 MiB `--file` (too large to spell out in the log), End pressed, the 120x40 frame drawn:
/// what tests/tui.rs once timed (under 500 ms) as an ordinary test.
#[divan::bench(sample_count = 20)]
fn end_of_a_4_mib_file(bencher: divan::Bencher) {
    let data: Vec<u8> = (0..4 << 20).map(|i| (i % 251) as u8).collect();
    let mut app = App::new(Options {
        python: Default::default(),
        max_size: 1 << 30,
        color: true,
        start: Start::File {
            path: PathBuf::from("dir/data.bin"),
            data,
        },
    });
    update(&mut app, Action::Resize(120, 40));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    bencher.bench_local(|| {
        bytesio_tui::app::handle_event(
            &mut app,
            Event::Key(KeyEvent::new(KeyCode::Home, KeyModifiers::NONE)),
        );
        bytesio_tui::app::handle_event(
            &mut app,
            Event::Key(KeyEvent::new(KeyCode::End, KeyModifiers::NONE)),
        );
        let Ok(_) = terminal.draw(|f| bytesio_tui::ui::draw(f, &app));
    });
}
