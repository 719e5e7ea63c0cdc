//! `V` in the app: the built-in engine behaves as the next Python version, the script (or
//! the live session) is replayed under it, and each statement whose outcome differs from
//! the version the app started as is marked `≠` with why; the UI's words follow the
//! version (3.16's close() with a live view, shared/docs/versions.md rows 8-10).

use bytesio_tui::app::{Action, App, Mode, Options, Start, handle_event, update};
use bytesio_tui::model::profile::Version;
use bytesio_tui::script::parse_program;
use bytesio_tui::ui::i18n::Lang;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SEED: &str = "import io\n\
    b = io.BytesIO(b\"abcdef\")\n\
    view = b.getbuffer()\n\
    b.close()\n\
    b.closed\n\
    view[0] = ord(\"A\")\n\
    bytes(view)\n\
    b.write(b\"x\")\n";

fn script_app(source: &str, python: Version) -> App {
    bytesio_tui::model::profile::set_current(python);
    let program = parse_program(source).expect("parses");
    let mut app = App::new(Options {
        max_size: 1 << 24,
        color: false,
        python,
        start: Start::Script {
            path: "seed.py".into(),
            program,
        },
    });
    update(&mut app, Action::Resize(110, 32));
    app
}

fn live_app(python: Version) -> App {
    bytesio_tui::model::profile::set_current(python);
    let mut app = App::new(Options {
        max_size: 1 << 24,
        color: false,
        python,
        start: Start::Default,
    });
    update(&mut app, Action::Resize(110, 32));
    app
}

fn key(app: &mut App, c: char) {
    handle_event(
        app,
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
    );
}

fn esc(app: &mut App) {
    handle_event(
        app,
        Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
    );
}

fn stmt(app: &mut App, text: &str) {
    key(app, ':');
    for c in text.chars() {
        key(app, c);
    }
    handle_event(
        app,
        Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
    );
}

fn screen(app: &App) -> String {
    let (w, h) = app.term;
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| bytesio_tui::ui::draw(f, app)).expect("draw");
    t.backend().to_string()
}

fn masked(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        out.push_str("ADDR");
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// The narration under the grid, unwrapped: why the step differs (after `V`), then what it
/// did.
fn narration(app: &App) -> String {
    let scene = app.scene();
    let said = bytesio_tui::ui::narrate::current(&scene, None, app.lang);
    match scene
        .steps
        .len()
        .checked_sub(1)
        .and_then(|i| scene.differs(i, app.lang))
    {
        Some(why) => format!("{why} · {said}"),
        None => said,
    }
}

/// The BufferError modal's text, unwrapped (one line as wide as it needs).
fn modal_text(app: &App) -> String {
    let Mode::Modal(m) = &app.mode else {
        return String::new();
    };
    let theme = bytesio_tui::ui::theme::Theme {
        color: false,
        contrast: false,
    };
    bytesio_tui::ui::modal::lines(&app.scene(), m, 1000, theme, app.lang)
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn notice(app: &App) -> String {
    app.notice
        .as_ref()
        .map(|n| app.lang.say(&n.msg))
        .unwrap_or_default()
}

/// `V` pressed until the app behaves as `v`.
fn switch_to(app: &mut App, v: Version) {
    for _ in 0..Version::ALL.len() {
        if app.python == v {
            return;
        }
        key(app, 'V');
    }
    assert_eq!(app.python, v);
}

#[test]
fn v_from_3_11_to_3_16_marks_the_close_step_and_draws_the_closed_stream_with_its_view() {
    let mut app = script_app(SEED, Version::V311);
    for _ in 0..4 {
        key(&mut app, 'n');
    }
    // 3.11: close() refused, the modal says so.
    assert!(matches!(app.mode, Mode::Modal(_)), "{:?}", app.mode);
    assert!(screen(&app).contains("1 live export blocks close()"));
    // V works over the modal too; 3.12 to 3.15 behave as 3.11 here.
    key(&mut app, 'V');
    assert_eq!(app.python, Version::V312);
    assert_eq!(
        notice(&app),
        "Python 3.12: no statement differs from 3.11  (V: next)"
    );
    assert!(app.marks.as_ref().is_some_and(|m| m.steps.is_empty()));
    switch_to(&mut app, Version::V316);
    let marks = app.marks.clone().expect("marked");
    assert_eq!(marks.against, Version::V311);
    // The close, `b.closed` and the write differ (the write: a closed file, not exports).
    assert_eq!(marks.statements, 3, "{marks:?}");
    assert_eq!(
        notice(&app),
        "Python 3.16: 3 statements differ from 3.11, marked ≠  (V: next)"
    );
    // Still at step 4, now run as 3.16: close() succeeded, the view keeps the bytes.
    assert_eq!(app.script.as_ref().map(|s| s.timeline.at()), Some(4));
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    let scene = app.scene();
    let s = scene.stream().expect("a stream");
    assert!(s.snap.closed);
    assert_eq!(s.snap.exports, 1);
    let text = screen(&app);
    assert!(text.contains("≠>> b.close()"), "{text}");
    assert!(
        narration(&app).starts_with(
            "3.16 ≠ 3.11: close() no longer refuses while views live · `b.close()` closed the \
             stream: its view keeps the buffer"
        ),
        "{}",
        narration(&app)
    );
    assert!(text.contains("closed: its views keep the buffer"), "{text}");
    assert!(text.contains("Python 3.16"), "{text}");
    assert!(!text.contains("1 live export blocks close()"), "{text}");
    assert_snapshot!("v_3_16_close_step", masked(&text));
    // The later steps: `b.closed` follows from line 4's difference.
    key(&mut app, 'n');
    assert!(
        narration(&app).starts_with("3.16 ≠ 3.11: follows from the difference at line 4"),
        "{}",
        narration(&app)
    );
    // On to 3.10 (marked against 3.11 still), then back at 3.11: against 3.10.
    key(&mut app, 'V');
    assert_eq!(app.python, Version::V310);
    key(&mut app, 'V');
    assert_eq!(app.python, Version::V311);
    assert_eq!(app.marks.as_ref().map(|m| m.against), Some(Version::V310));
    assert!(!screen(&app).contains("Python 3.16"));
}

#[test]
fn the_reason_is_worded_in_korean() {
    let mut app = script_app(SEED, Version::V311);
    app.lang = Lang::Ko;
    for _ in 0..4 {
        key(&mut app, 'n');
    }
    esc(&mut app);
    switch_to(&mut app, Version::V316);
    assert!(
        narration(&app).starts_with("3.16 ≠ 3.11: 뷰가 살아 있어도 close()가 더는 거부하지 않음"),
        "{}",
        narration(&app)
    );
    assert!(
        notice(&app).contains("3.11과 다른 문장 3개"),
        "{}",
        notice(&app)
    );
}

#[test]
fn a_live_session_is_replayed_and_its_close_marked() {
    let mut app = live_app(Version::V311);
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "b.close()");
    assert!(matches!(app.mode, Mode::Modal(_)));
    esc(&mut app);
    let before = app.record.len();
    switch_to(&mut app, Version::V316);
    assert_eq!(app.record.len(), before, "the same statements, replayed");
    let last = app.record.steps().last().expect("steps");
    assert_eq!(last.echo, ">>> b.close()");
    assert!(last.error.is_none(), "{:?}", last.error);
    let marks = app.marks.clone().expect("marked");
    assert_eq!(marks.statements, 1);
    assert!(marks.of(before - 1).is_some());
    let text = screen(&app);
    assert!(text.contains("≠>> b.close()"), "{text}");
    // The view still writes into the closed stream's bytes.
    stmt(&mut app, "view[0] = 65");
    let step = app.record.steps().last().expect("steps");
    assert!(step.error.is_none(), "{:?}", step.error);
    // Said without a cursor: the closed stream has none.
    assert_eq!(
        narration(&app),
        "`view[0] = 65` changed byte 0 through the view"
    );
    stmt(&mut app, "bytes(view)[:1]");
    assert_eq!(
        app.record.steps().last().map(|s| s.output.as_str()),
        Some("b'A'\n")
    );
}

#[test]
fn the_modal_and_the_narration_follow_the_version() {
    // A write refused while a view lives: under 3.11 the modal names close() among the
    // operations that need exports: 0; under 3.16 it does not.
    for (v, names_close) in [(Version::V311, true), (Version::V316, false)] {
        let mut app = live_app(v);
        stmt(&mut app, "view = b.getbuffer()");
        stmt(&mut app, "b.write(b\"x\")");
        assert!(matches!(app.mode, Mode::Modal(_)), "{v}");
        let text = modal_text(&app);
        assert!(text.contains("write() and truncate()"), "{v}: {text}");
        assert_eq!(
            text.contains("close() frees that memory"),
            names_close,
            "{v}: {text}"
        );
        esc(&mut app);
        stmt(&mut app, "view.release()");
        let text = narration(&app);
        let close_now = text.contains("`close()` can succeed now");
        let resize_now = text.contains("`write()` and `truncate()` can resize it now");
        assert_eq!(
            (close_now, resize_now),
            (names_close, !names_close),
            "{v}: {text}"
        );
    }
}

#[test]
fn a_script_run_by_a_real_interpreter_keeps_its_version() {
    let mut app = script_app(SEED, Version::V311);
    if let Some(s) = app.script.as_mut() {
        s.interpreter = Some("CPython 3.12.1".into());
    }
    key(&mut app, 'V');
    assert_eq!(app.python, Version::V311);
    assert!(app.marks.is_none());
    assert!(
        notice(&app).starts_with("CPython 3.12.1 ran this script: V switches the built-in"),
        "{}",
        notice(&app)
    );
}
