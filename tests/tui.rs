//! The app driven by key events, as a user would, drawn on ratatui's TestBackend.
//! Snapshots hold the screen as text; colour and state are asserted directly.

use bytesio_tui::app::{
    Action, App, LogKind, Mode, NoticeKind, Options, PromptKind, Start, handle_event, update,
};
use bytesio_tui::script::parse_program;
use bytesio_tui::script::transcript::run;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

fn new_app(start: Start, w: u16, h: u16) -> App {
    let mut app = App::new(Options {
        python: Default::default(),
        max_size: 1 << 24,
        color: false,
        start,
    });
    update(&mut app, Action::Resize(w, h));
    app
}

fn app() -> App {
    new_app(Start::Default, 100, 30)
}

fn key(app: &mut App, code: KeyCode) {
    handle_event(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn ctrl(app: &mut App, c: char) {
    handle_event(
        app,
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    );
}

/// Types each character as a key press.
fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// `:` + statement + Enter, as at the prompt.
fn stmt(app: &mut App, text: &str) {
    typed(app, ":");
    typed(app, text);
    key(app, KeyCode::Enter);
}

fn click(app: &mut App, col: u16, row: u16) {
    handle_event(
        app,
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: col,
            row,
            modifiers: KeyModifiers::NONE,
        }),
    );
}

fn terminal(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.term;
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| bytesio_tui::ui::draw(f, app)).expect("draw");
    t
}

fn screen(app: &App) -> String {
    terminal(app).backend().to_string()
}

fn exports(app: &App) -> usize {
    app.stream().map_or(0, |(_, s)| s.exports())
}

fn pos(app: &App) -> i64 {
    app.stream().map_or(-1, |(_, s)| s.pos())
}

fn data(app: &App) -> Vec<u8> {
    app.stream()
        .map(|(_, s)| s.data_ref().clone())
        .unwrap_or_default()
}

/// A transcript with object addresses masked (they depend on how many objects were made).
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

fn log_lines(app: &App) -> Vec<String> {
    app.log
        .iter()
        .map(|l| app.log_text(l).to_string())
        .collect()
}

// ----- snapshots -----

#[test]
fn default_session_100x30() {
    let app = app();
    let s = screen(&app);
    // The position's brackets take the separators around its byte: `[61]62 63 64 65 66`.
    assert!(s.contains("[61]62 63 64 65 66"), "{s}");
    assert!(s.contains("abcdef"));
    assert!(s.contains("exports: 0"));
    assert_snapshot!(s);
}

#[test]
fn default_session_80x24() {
    assert_snapshot!(screen(&new_app(Start::Default, 80, 24)));
}

#[test]
fn default_session_120x40() {
    assert_snapshot!(screen(&new_app(Start::Default, 120, 40)));
}

#[test]
fn too_small() {
    let mut app = app();
    update(&mut app, Action::Resize(59, 20));
    let s = screen(&app);
    assert!(s.contains("terminal too small"));
    assert!(s.contains("need 60x20, have 59x20"), "{s}");
    update(&mut app, Action::Resize(60, 19));
    assert!(screen(&app).contains("terminal too small"));
    // Growing again redraws the app: compact from 60x20 on.
    update(&mut app, Action::Resize(60, 20));
    assert!(screen(&app).contains("exports: 0"));
    update(&mut app, Action::Resize(80, 24));
    assert!(screen(&app).contains("exports: 0"));
}

#[test]
fn after_getbuffer() {
    let mut app = app();
    stmt(&mut app, "view = b.getbuffer()");
    assert_eq!(exports(&app), 1);
    assert_snapshot!(screen(&app));
}

#[test]
fn after_slice_assignment_through_view() {
    let mut app = app();
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "view[2:4] = b\"sa\"");
    stmt(&mut app, "b.seek(2)");
    assert_eq!(data(&app), b"absaef");
    assert_eq!(pos(&app), 2);
    let s = screen(&app);
    assert!(s.contains("61 62[73]61 65 66"), "{s}");
    assert_snapshot!(s);
}

#[test]
fn buffer_error_modal() {
    let mut app = app();
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "b.close()");
    assert!(matches!(app.mode, Mode::Modal(_)));
    let s = screen(&app);
    assert!(s.contains("BufferError: Existing exports of data: object cannot be re-sized"));
    assert_snapshot!(s);
    // Esc dismisses; the stream stayed open, the view alive.
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(exports(&app), 1);
    assert!(!app.stream().is_some_and(|(_, s)| s.closed()));
}

#[test]
fn buffer_error_modal_80x24() {
    let mut app = new_app(Start::Default, 80, 24);
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "kept = view[1:3]");
    stmt(&mut app, "b.write(b\"x\")");
    assert_snapshot!(screen(&app));
}

#[test]
fn after_release_and_close() {
    let mut app = app();
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "b.close()");
    key(&mut app, KeyCode::Enter);
    stmt(&mut app, "view.release()");
    assert_eq!(exports(&app), 0);
    stmt(&mut app, "b.close()");
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.stream().is_some_and(|(_, s)| s.closed()));
    assert_snapshot!(screen(&app));
}

#[test]
fn help_overlay() {
    let mut app = app();
    typed(&mut app, "?");
    assert!(matches!(app.mode, Mode::Help));
    assert_snapshot!(screen(&app));
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn help_overlay_80x24() {
    let mut app = new_app(Start::Default, 80, 24);
    typed(&mut app, "?");
    assert_snapshot!(screen(&app));
}

#[test]
fn seek_past_eof_draws_the_gap() {
    let mut app = app();
    stmt(&mut app, "b.seek(9)");
    let s = screen(&app);
    assert!(s.contains("61 62 63 64 65 66 ·· ··"), "{s}");
    assert_snapshot!(s);
    stmt(&mut app, "b.write(b\"!\")");
    assert_eq!(data(&app), b"abcdef\0\0\0!");
    assert_snapshot!("after_write_past_eof", screen(&app));
}

#[test]
fn prompt_with_wide_characters() {
    let mut app = app();
    typed(&mut app, ":");
    typed(&mut app, "b.write(\"한글\")");
    assert_snapshot!("prompt_korean_typing", screen(&app));
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        log_lines(&app).last().map(String::as_str),
        Some("TypeError: a bytes-like object is required, not 'str'")
    );
    stmt(&mut app, "x = \"한글한글한글\" * 20");
    stmt(&mut app, "x");
    assert_snapshot!("log_korean", screen(&app));
}

#[test]
fn strided_views_and_slices_are_marked() {
    let mut app = new_app(Start::Bytes((0u8..40).collect()), 120, 40);
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "evens = view[::2]");
    stmt(&mut app, "del view");
    stmt(&mut app, "b.seek(16)");
    assert_eq!(exports(&app), 1);
    assert_snapshot!(screen(&app));
}

// ----- keys -----

#[test]
fn single_keys_run_python() {
    let mut app = app();
    // r: read, default 1 byte when the nav cursor is not ahead of the position.
    typed(&mut app, "r");
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.kind == PromptKind::Read && p.input == "1"));
    typed(&mut app, "2");
    key(&mut app, KeyCode::Enter);
    assert_eq!(pos(&app), 2);
    // s: seek to the navigation cursor.
    for _ in 0..4 {
        key(&mut app, KeyCode::Right);
    }
    assert_eq!(app.nav, 4);
    typed(&mut app, "s");
    key(&mut app, KeyCode::Enter);
    assert_eq!(pos(&app), 4);
    // t, g.
    typed(&mut app, "t");
    typed(&mut app, "g");
    // w with hex.
    typed(&mut app, "w");
    ctrl(&mut app, 'u');
    typed(&mut app, "68 69");
    key(&mut app, KeyCode::Enter);
    assert_eq!(data(&app), b"abcdhi");
    // v twice: view, view2.
    typed(&mut app, "v");
    typed(&mut app, "v");
    assert_eq!(exports(&app), 2);
    // e at the nav cursor (offset 4) through the newest view.
    typed(&mut app, "e");
    assert!(matches!(&app.mode, Mode::Prompt(p)
        if p.kind == PromptKind::SetByte { view: "view2".into(), index: 4 } && p.input == "0x68"));
    typed(&mut app, "0x41");
    key(&mut app, KeyCode::Enter);
    assert_eq!(data(&app), b"abcdAi");
    // x releases the offered view, twice.
    typed(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    assert_eq!(exports(&app), 0);
    // T offers the position (where truncate() with no argument cuts); 4 replaces it.
    typed(&mut app, "T");
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input == pos(&app).to_string() && p.fresh));
    typed(&mut app, "4");
    key(&mut app, KeyCode::Enter);
    assert_eq!(data(&app), b"abcd");
    // c shows what it will run and runs it on y.
    typed(&mut app, "c");
    assert!(matches!(&app.mode, Mode::Confirm(c) if c.question.en().starts_with("run b.close()?")));
    assert!(!app.stream().is_some_and(|(_, s)| s.closed()));
    typed(&mut app, "y");
    assert!(app.stream().is_some_and(|(_, s)| s.closed()));
    let echoes: Vec<String> = app
        .log
        .iter()
        .filter(|l| l.kind == LogKind::Echo)
        .map(|l| app.log_text(l).to_string())
        .collect();
    assert_eq!(
        echoes,
        [
            ">>> import io",
            ">>> b = io.BytesIO(b\"abcdef\")",
            ">>> b.read(2)",
            ">>> b.seek(4)",
            ">>> b.tell()",
            ">>> b.getvalue()",
            ">>> b.write(bytes.fromhex(\"6869\"))",
            ">>> view = b.getbuffer()",
            ">>> view2 = b.getbuffer()",
            ">>> view2[4] = 0x41",
            ">>> view2.release()",
            ">>> view.release()",
            ">>> b.truncate(4)",
            ">>> b.close()",
        ]
    );
    // The log is replayable: the session's source, run again, gives the same transcript.
    let program = parse_program(&app.source).expect("the log parses");
    assert_eq!(
        masked(&run(&program, Default::default()).transcript),
        masked(&app.transcript())
    );
    // q asks first: the session ran statements, and nothing keeps them here.
    typed(&mut app, "q");
    assert!(!app.quit);
    assert!(
        matches!(&app.mode, Mode::Confirm(c) if c.question.en().contains("not saved anywhere"))
    );
    typed(&mut app, "n");
    assert!(!app.quit);
    ctrl(&mut app, 'c');
    typed(&mut app, "y");
    assert!(app.quit);
}

#[test]
fn modal_fix_releases_and_retries() {
    let mut app = app();
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "alias = view");
    stmt(&mut app, "kept = view[1:3]");
    stmt(&mut app, "b.getbuffer()");
    assert_eq!(exports(&app), 2);
    stmt(&mut app, "b.close()");
    assert!(matches!(app.mode, Mode::Modal(_)));
    typed(&mut app, "f");
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(exports(&app), 0);
    assert!(app.stream().is_some_and(|(_, s)| s.closed()));
    let lines = log_lines(&app);
    let tail: Vec<&str> = lines
        .iter()
        .rev()
        .take(4)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(
        tail,
        [
            ">>> view.release()",
            ">>> kept.release()",
            ">>> _.release()",
            ">>> b.close()"
        ]
    );
    let program = parse_program(&app.source).expect("the log parses");
    assert_eq!(
        masked(&run(&program, Default::default()).transcript),
        masked(&app.transcript())
    );
}

#[test]
fn prompt_editing_history_and_errors() {
    let mut app = app();
    stmt(&mut app, "b.read(1)");
    stmt(&mut app, "b.tell()");
    typed(&mut app, ":");
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input == "b.read(1)"));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input.is_empty()));
    // A syntax error keeps the prompt open and says where.
    typed(&mut app, "b.read(");
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.mode, Mode::Prompt(p) if p.error.as_ref().map(|e| e.en()).as_deref().is_some_and(|e| e.starts_with("SyntaxError")))
    );
    // Syntax the subset does not take: refused up front, nothing runs.
    let steps = app.record.len();
    ctrl(&mut app, 'u');
    typed(&mut app, "class C: pass");
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.mode, Mode::Prompt(p) if p.error.as_ref().map(|e| e.en()).as_deref().is_some_and(|e| e.contains("class definitions")))
    );
    assert_eq!(app.record.len(), steps);
    // A builtin the engine does not model is refused when it runs (the name may be bound).
    ctrl(&mut app, 'u');
    typed(&mut app, "open(\"x\")");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(matches!(&app.notice, Some(n) if n.kind == NoticeKind::Unsupported));
    // Esc cancels; editing moves over wide characters by whole characters.
    typed(&mut app, ":한글");
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Backspace);
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input == "글" && p.cursor == 0));
    key(&mut app, KeyCode::Esc);
    // A Python error: in the log and in a notice, no modal.
    stmt(&mut app, "nope");
    assert!(matches!(app.mode, Mode::Normal));
    assert!(
        matches!(&app.notice, Some(n) if n.kind == NoticeKind::Error && n.msg.en().starts_with("NameError"))
    );
    assert!(
        log_lines(&app)
            .last()
            .is_some_and(|l| l.starts_with("NameError: name 'nope' is not defined"))
    );
}

#[test]
fn navigation_and_mouse() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
    let mut app = new_app(Start::Bytes(bytes), 100, 30);
    let bpr = app.bytes_per_row();
    assert_eq!(bpr, 16);
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(app.nav, 16);
    key(&mut app, KeyCode::End);
    assert_eq!(app.nav, 1000);
    key(&mut app, KeyCode::PageDown);
    assert_eq!(app.nav, app.nav_max());
    key(&mut app, KeyCode::Home);
    assert_eq!(app.nav, 0);
    // The grid's title is terminal row 0, the column header row 1, the first byte row 2;
    // byte 3's hex digits start at column 1 (marker) + 8 (offset) + 1 + 3*3 + 1.
    click(&mut app, 20, 2);
    assert_eq!(app.nav, 3);
    // A click on the character column: byte 5 of the second row.
    let ascii_x = 1 + 8 + 1 + 3 * 16 + 1 + 1;
    click(&mut app, ascii_x + 5, 3);
    assert_eq!(app.nav, 21);
    // The grid scrolls to keep the nav cursor in view, and the seek default follows it.
    for _ in 0..30 {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(app.nav, 501);
    assert!(app.grid_top > 0);
    assert!(screen(&app).contains("▸000001f0"));
    typed(&mut app, "s");
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input == "501"));
}

#[test]
fn no_color_means_no_colour() {
    let mut app = app();
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "view[0] = 0");
    stmt(&mut app, "b.close()");
    let t = terminal(&app);
    let buf = t.backend().buffer();
    assert!(
        buf.content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    app.color = true;
    let t = terminal(&app);
    assert!(
        t.backend()
            .buffer()
            .content
            .iter()
            .any(|c| c.fg != Color::Reset)
    );
}

#[test]
fn start_from_bytes_and_file() {
    let app = new_app(Start::Bytes(vec![0, 1, 0x7f, 0xff, b'\n', b'A']), 100, 30);
    assert_eq!(data(&app), [0, 1, 0x7f, 0xff, b'\n', b'A']);
    assert!(
        app.source
            .contains("b = io.BytesIO(bytes.fromhex(\"00017fff0a41\"))")
    );
    let s = screen(&app);
    assert!(s.contains("[00]01 7f ff 0a 41"), "{s}");
    // Non-printables are `.` in the ASCII column, never raw.
    assert!(s.contains(" .....A "), "{s}");

    let big: Vec<u8> = (0..4 << 20).map(|i| (i % 251) as u8).collect();
    let mut app = new_app(
        Start::File {
            path: "dir/data \"x\".bin".into(),
            data: big,
        },
        120,
        40,
    );
    // Too large to spell out: the app binds it and logs a comment, so the log stays Python
    // that `run` takes.
    let comment = "# b = io.BytesIO(open(\"dir/data \\\"x\\\".bin\", \"rb\").read())  \
                   (file loaded by the app)";
    assert!(
        log_lines(&app).contains(&comment.to_string()),
        "{:?}",
        log_lines(&app)
    );
    assert!(app.source.contains(comment));
    let replay = run(
        &parse_program(&app.source).expect("parses"),
        Default::default(),
    );
    assert!(replay.unsupported.is_none());
    key(&mut app, KeyCode::End);
    // How long that frame takes is benches/frame.rs's `end_of_a_4_mib_file` (no clock here).
    let s = screen(&app);
    assert!(s.contains("00400000"), "{s}");
    stmt(&mut app, "b.seek(0, 2)");
    assert_eq!(pos(&app), 4 << 20);
}

#[test]
fn a_small_file_is_logged_as_its_bytes_and_replays() {
    let mut app = new_app(
        Start::File {
            path: "small.bin".into(),
            data: b"small\x00file".to_vec(),
        },
        100,
        30,
    );
    assert_eq!(
        log_lines(&app)[1],
        ">>> b = io.BytesIO(bytes.fromhex(\"736d616c6c0066696c65\"))"
    );
    stmt(&mut app, "b.read(5)");
    // The log is the session as a script: `run` takes it and prints the same transcript.
    let replay = run(
        &parse_program(&app.source).expect("parses"),
        Default::default(),
    );
    assert!(replay.unsupported.is_none());
    assert_eq!(masked(&replay.transcript), masked(&app.transcript()));
    assert_eq!(data(&app), b"small\x00file");
    // Up to 4 KiB is spelled out; more is a comment.
    let app = new_app(
        Start::File {
            path: "edge.bin".into(),
            data: vec![7; 4096],
        },
        100,
        30,
    );
    assert!(log_lines(&app)[1].starts_with(">>> b = io.BytesIO(bytes.fromhex(\"0707"));
    let app = new_app(
        Start::File {
            path: "edge.bin".into(),
            data: vec![7; 4097],
        },
        100,
        30,
    );
    assert!(log_lines(&app)[1].starts_with("# b = io.BytesIO(open(\"edge.bin\""));
    assert_eq!(data(&app).len(), 4097);
}

#[test]
fn other_streams_and_unnamed_streams() {
    let mut app = app();
    stmt(&mut app, "c = io.BytesIO(b\"xyz\")");
    // A new named stream is shown; Tab goes back.
    assert_eq!(app.stream_name().as_deref(), Some("c"));
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.stream_name().as_deref(), Some("b"));
    // A stream only a view keeps: shown, but keys that need its name say so.
    stmt(&mut app, "v = b.getbuffer()");
    stmt(&mut app, "del b");
    assert!(app.stream().is_some());
    typed(&mut app, "t");
    assert!(matches!(&app.notice, Some(n) if n.kind == NoticeKind::Info));
    let s = screen(&app);
    assert!(s.contains("exports: 1"), "{s}");
}

#[test]
fn write_through_a_view_is_marked_under_the_view() {
    let mut app = app();
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "view[2:4] = b\"sa\"");
    let s = screen(&app);
    assert!(s.contains("[61]62 73 61 65 66"), "{s}");
    // One screen line per row: a label line where the view starts, `^` in the gutter of
    // the row the step wrote, the written bytes bold and every byte of the view underlined.
    assert!(s.contains("╭ view"), "{s}");
    let row = s.lines().find(|l| l.contains("[61]62")).unwrap_or_default();
    assert!(row.contains("absaef") && row.contains('^'), "{row}");
    let t = terminal(&app);
    let buf = t.backend().buffer();
    let y = s.lines().position(|l| l.contains("[61]62")).unwrap_or(0) as u16;
    let x = s
        .lines()
        .nth(y as usize)
        .and_then(|l| l.find("73").map(|i| l[..i].chars().count()))
        .unwrap_or(0) as u16;
    let written = buf[(x, y)].modifier;
    assert!(written.contains(Modifier::BOLD) && written.contains(Modifier::UNDERLINED));
    let plain = buf[(x - 3, y)].modifier;
    assert!(!plain.contains(Modifier::BOLD) && plain.contains(Modifier::UNDERLINED));
    assert_snapshot!(s);
}

#[test]
fn refused_statements_are_notices_not_errors() {
    let mut app = app();
    stmt(&mut app, "print(1, file=b)");
    assert!(matches!(&app.notice, Some(n) if n.kind == NoticeKind::Unsupported));
    let last = app.log.last().map(|l| l.kind);
    assert_eq!(last, Some(LogKind::Unsupported));
    assert!(screen(&app).contains("# unsupported: print(file=...)"));
}

#[test]
fn log_scrolls() {
    let mut app = new_app(Start::Default, 80, 24);
    for i in 0..30 {
        stmt(&mut app, &format!("b.seek({i})"));
    }
    let newest = screen(&app);
    assert!(newest.contains(">>> b.seek(29)"));
    typed(&mut app, "[");
    assert_eq!(app.log_scroll, 3);
    let s = screen(&app);
    assert!(
        !s.contains(">>> b.seek(29)") && s.contains("newer lines below"),
        "{s}"
    );
    typed(&mut app, "]]");
    assert_eq!(app.log_scroll, 0);
    // A new statement scrolls back to the newest.
    typed(&mut app, "[[");
    typed(&mut app, "t");
    assert_eq!(app.log_scroll, 0);
}

#[test]
fn wide_names_keep_the_layout() {
    let mut app = app();
    stmt(&mut app, "뷰 = b.getbuffer()");
    stmt(&mut app, "조각 = 뷰[1:3]");
    assert_eq!(exports(&app), 1);
    assert_snapshot!(screen(&app));
    stmt(&mut app, "b.truncate(0)");
    assert!(screen(&app).contains("held by the name `뷰`"));
}

#[test]
fn extreme_positions_and_no_stream() {
    let mut app = app();
    stmt(&mut app, "b.seek(9223372036854775807)");
    assert_eq!(pos(&app), i64::MAX);
    for code in [
        KeyCode::End,
        KeyCode::Char('p'),
        KeyCode::PageDown,
        KeyCode::Down,
        KeyCode::Right,
    ] {
        key(&mut app, code);
        let s = screen(&app);
        assert!(s.contains("exports: 0"), "{s}");
    }
    assert!(
        screen(&app).contains("7ffffffffffffff0"),
        "{}",
        screen(&app)
    );
    stmt(&mut app, "b.write(b\"x\")");
    assert!(
        matches!(&app.notice, Some(n) if n.msg.en().starts_with("MemoryError") || n.msg.en().starts_with("OverflowError")),
        "{:?}",
        app.notice
    );
    // The only stream unbound: the grid says so; keys that need it say so.
    stmt(&mut app, "b = 5");
    assert!(app.stream().is_none());
    let s = screen(&app);
    assert!(s.contains("no stream"), "{s}");
    for c in ["t", "r", "v", "e", "x", "s", "j", "?"] {
        typed(&mut app, c);
    }
    key(&mut app, KeyCode::Esc);
    click(&mut app, 20, 2);
    assert!(screen(&app).contains("no stream"));
}

#[test]
fn a_buffer_error_whose_view_is_gone_is_a_notice() {
    let mut app = app();
    // The with block's view is released on the way out: nothing is left to release.
    stmt(&mut app, "with b.getbuffer() as v: b.write(b\"x\")");
    assert!(matches!(app.mode, Mode::Normal));
    assert!(
        matches!(&app.notice, Some(n) if n.kind == NoticeKind::Error
            && n.msg.en().starts_with("BufferError: Existing exports")
            && n.msg.en().ends_with("(its view is released now)")),
        "{:?}",
        app.notice
    );
    assert_eq!(exports(&app), 0);
}

#[test]
fn builtin_names_bound_earlier_are_plain_names() {
    let mut app = app();
    stmt(&mut app, "id = 5");
    stmt(&mut app, "id");
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.notice);
    assert_eq!(log_lines(&app).last().map(String::as_str), Some("5"));
    stmt(&mut app, "len = len(b.getvalue())");
    stmt(&mut app, "len");
    assert_eq!(log_lines(&app).last().map(String::as_str), Some("6"));
}

#[test]
fn write_takes_a_bound_name_over_hex() {
    let mut app = app();
    stmt(&mut app, "ba = bytearray(b\"XY\")");
    typed(&mut app, "w");
    ctrl(&mut app, 'u');
    typed(&mut app, "ba");
    // The preview says what Enter runs.
    assert!(screen(&app).contains("→ b.write(ba)"));
    key(&mut app, KeyCode::Enter);
    assert_eq!(data(&app), b"XYcdef");
    // A name not bound is hex, as before.
    typed(&mut app, "w");
    ctrl(&mut app, 'u');
    typed(&mut app, "cafe");
    key(&mut app, KeyCode::Enter);
    assert_eq!(data(&app), b"XY\xca\xfeef");
    let echoes: Vec<String> = log_lines(&app)
        .into_iter()
        .filter(|l| l.starts_with(">>> b.write"))
        .collect();
    assert_eq!(
        echoes,
        [">>> b.write(ba)", ">>> b.write(bytes.fromhex(\"cafe\"))"]
    );
}

#[test]
fn a_view_held_inside_a_list_is_not_released_by_the_lists_name() {
    let mut app = app();
    stmt(&mut app, "l = [b.getbuffer()]");
    stmt(&mut app, "b.close()");
    assert!(matches!(app.mode, Mode::Modal(_)));
    let s = screen(&app);
    assert!(s.contains("held by a value inside `l`"), "{s}");
    assert!(s.contains("Fix: del l"), "{s}");
    assert!(!s.contains("l.release()  ·"), "{s}");
    assert_snapshot!(s);
    // f runs nothing (l.release() would be an AttributeError) and says what to do.
    let steps = app.record.len();
    typed(&mut app, "f");
    assert!(matches!(app.mode, Mode::Modal(_)));
    assert_eq!(app.record.len(), steps);
    assert!(
        matches!(&app.notice, Some(n) if n.msg.en().contains(":del l")),
        "{:?}",
        app.notice
    );
    key(&mut app, KeyCode::Esc);
    // e and x offer no name that is not the view.
    typed(&mut app, "e");
    assert!(matches!(app.mode, Mode::Normal));
    assert!(matches!(&app.notice, Some(n) if n.msg.en().contains("inside `l`")));
    typed(&mut app, "x");
    assert!(matches!(app.mode, Mode::Normal));
    assert!(matches!(&app.notice, Some(n) if n.msg.en().contains(":del l")));
    assert_eq!(app.record.len(), steps);
    // The grid and the exports panel say where the view is.
    let s = screen(&app);
    assert!(s.contains("held by: inside l"), "{s}");
    stmt(&mut app, "del l");
    stmt(&mut app, "b.close()");
    assert!(matches!(app.mode, Mode::Normal));
    // A name bound to the view as well: that name is released.
    let mut app = app_with_view_in_list_and_name();
    typed(&mut app, "f");
    assert!(matches!(app.mode, Mode::Normal));
    let tail: Vec<String> = log_lines(&app).into_iter().rev().take(2).collect();
    assert_eq!(tail, [">>> b.close()", ">>> v.release()"]);
}

fn app_with_view_in_list_and_name() -> App {
    let mut app = app();
    stmt(&mut app, "v = b.getbuffer()");
    stmt(&mut app, "l = [v]");
    stmt(&mut app, "b.close()");
    assert!(matches!(app.mode, Mode::Modal(_)));
    app
}

#[test]
fn underscore_is_offered_when_it_is_the_view() {
    let mut app = app();
    stmt(&mut app, "b.getbuffer()");
    typed(&mut app, "x");
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input == "_"));
    key(&mut app, KeyCode::Enter);
    assert_eq!(exports(&app), 0);
}

#[test]
fn the_modal_names_the_operation_the_engine_reports() {
    let mut app = app();
    stmt(&mut app, "v = b.getbuffer()");
    // Nothing in the text says close(): the engine does.
    stmt(&mut app, "shut = b.close");
    stmt(&mut app, "shut()");
    assert!(matches!(app.mode, Mode::Modal(_)));
    let s = screen(&app);
    assert!(s.contains("1 live export blocks close():"), "{s}");
}

#[test]
fn identical_rows_are_squeezed_into_one_star_line() {
    let mut data = vec![0u8; 4096];
    data[4000] = 0x41;
    let mut app = new_app(Start::Bytes(data), 80, 24);
    let s = screen(&app);
    // Row 0, then one `*` line for the 249 rows equal to it, then the row that differs.
    assert!(s.contains("▸00000000 [00]00"), "{s}");
    assert!(!s.contains(" 00000010 "), "{s}");
    assert!(
        s.contains(" *        249 rows the same as the row above"),
        "{s}"
    );
    assert!(s.contains(" 00000fa0  41 00"), "{s}");
    // The cursor's row is never squeezed away.
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
    }
    let s = screen(&app);
    assert!(s.contains("▸00000050  00 00"), "{s}");
    assert!(
        s.contains(" *        4 rows the same as the row above"),
        "{s}"
    );
    assert!(
        s.contains(" *        244 rows the same as the row above"),
        "{s}"
    );
    // Bytes a step wrote are never squeezed away, even when they equal the row above.
    key(&mut app, KeyCode::Home);
    stmt(&mut app, "b.seek(2000)");
    stmt(&mut app, "b.write(bytes(1))");
    let s = screen(&app);
    assert!(s.contains(" 000007d0  00[00]00"), "{s}");
    assert!(s.contains("^"), "{s}");
}

#[test]
fn tab_and_shift_tab_cycle_streams_and_a_closed_stream_offers_no_getbuffer() {
    let mut app = app();
    stmt(&mut app, "c = io.BytesIO(b\"xy\")");
    stmt(&mut app, "d = io.BytesIO(b\"zzz\")");
    let title = |app: &App| app.stream().map(|(l, _)| label_en(&l)).unwrap_or_default();
    assert_eq!(title(&app), "d");
    key(&mut app, KeyCode::Tab);
    assert_eq!(title(&app), "b");
    key(&mut app, KeyCode::BackTab);
    assert_eq!(title(&app), "d");
    key(&mut app, KeyCode::BackTab);
    assert_eq!(title(&app), "c");
    let hints = |app: &App| screen(app).lines().last().unwrap_or_default().to_string();
    key(&mut app, KeyCode::Esc);
    let h = hints(&app);
    assert!(h.contains(" c ▸") && h.contains("v getbuffer"), "{h}");
    typed(&mut app, "?");
    assert!(screen(&app).contains("c.read(n)"));
    key(&mut app, KeyCode::Esc);
    stmt(&mut app, "c.close()");
    let h = hints(&app);
    assert!(
        h.contains("c (closed) ▸") && !h.contains("getbuffer"),
        "{h}"
    );
}

#[test]
fn the_exports_panel_scrolls() {
    let mut app = new_app(Start::Default, 80, 24);
    for i in 0..6 {
        stmt(&mut app, &format!("v{i} = b.getbuffer()"));
    }
    let s = screen(&app);
    assert!(s.contains("more lines below"), "{s}");
    assert!(s.contains("v0  b[0:6]"), "{s}");
    for _ in 0..6 {
        typed(&mut app, "}");
    }
    let s = screen(&app);
    assert!(
        !s.contains("v0  b[0:6]") && s.contains("lines above"),
        "{s}"
    );
    assert!(s.contains("v5  b[0:6]"), "{s}");
}

fn paste(app: &mut App, text: &str) {
    handle_event(app, Event::Paste(text.to_string()));
}

#[test]
fn a_multi_line_paste_runs_as_its_statements_never_as_keys() {
    let mut app = app();
    typed(&mut app, ":");
    paste(&mut app, "b.seek(2)\nb.read(1)\nview = b.getbuffer()\n");
    assert!(matches!(app.mode, Mode::Normal));
    let logged = log_lines(&app);
    let n = logged.len();
    assert_eq!(
        logged[n - 5..],
        [
            ">>> b.seek(2)",
            "2",
            ">>> b.read(1)",
            "b'c'",
            ">>> view = b.getbuffer()"
        ]
    );
    assert!(
        logged.iter().any(|l| l == ">>> view = b.getbuffer()"),
        "{logged:?}"
    );
    assert_eq!(exports(&app), 1);
    assert_eq!(pos(&app), 3);
    // Each statement is its own history entry.
    assert_eq!(
        app.history[app.history.len() - 3..],
        ["b.seek(2)", "b.read(1)", "view = b.getbuffer()"]
    );
    // A pasted `b.close()` line is the statement, not the `c` key then more keys: it
    // raises the BufferError (the view is alive) and nothing else runs.
    let steps = app.record.len();
    paste(&mut app, "b.close()\n");
    assert_eq!(app.record.len(), steps + 1);
    assert!(matches!(app.mode, Mode::Modal(_)));
}

#[test]
fn a_one_line_paste_lands_in_the_prompt_whole() {
    let mut app = app();
    paste(&mut app, "b.write(b\"hi\")");
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input == "b.write(b\"hi\")"));
    key(&mut app, KeyCode::Enter);
    assert_eq!(data(&app), b"hicdef");
    // Into an operation's prompt: the offered default is replaced, newlines become spaces.
    typed(&mut app, "w");
    ctrl(&mut app, 'u');
    paste(&mut app, "50 4b\n03 04");
    assert!(
        matches!(&app.mode, Mode::Prompt(p) if p.input == "50 4b 03 04"),
        "{:?}",
        app.mode
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(data(&app), b"hiPK\x03\x04");
    // Text that does not parse runs nothing and says why.
    let steps = app.record.len();
    paste(&mut app, "b.seek(0)\nb.read(\n");
    assert_eq!(app.record.len(), steps);
    assert!(matches!(&app.notice, Some(n) if n.msg.en().starts_with("paste of 2 lines not run")));
}

#[test]
fn a_100_kb_paste_is_taken_at_once() {
    let mut app = app();
    let line = "b.write(b\"0123456789abcdef\")\n";
    let text: String = line.repeat(100 * 1024 / line.len());
    let n = 100 * 1024 / line.len();
    let steps = app.record.len();
    paste(&mut app, &text);
    assert_eq!(app.record.len(), steps + n);
    assert_eq!(data(&app).len(), 16 * n);
    screen(&app);
    // And 100 KB on one line lands in the prompt.
    let long = "x".repeat(100 * 1024);
    paste(&mut app, &long);
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input.len() == long.len()));
    assert!(screen(&app).contains("xxxx"));
}

#[test]
fn undo_restores_a_truncated_stream_and_redo_runs_it_again() {
    let mut app = app();
    typed(&mut app, "u");
    assert!(matches!(&app.notice, Some(n) if n.msg.en() == "nothing to undo"));
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "view.release()");
    stmt(&mut app, "b.truncate(2)");
    assert_eq!(data(&app), b"ab");
    typed(&mut app, "u");
    assert_eq!(data(&app), b"abcdef");
    assert!(
        log_lines(&app)
            .last()
            .is_some_and(|l| l == "# undone: b.truncate(2)")
    );
    assert!(matches!(&app.notice, Some(n) if n.msg.en().starts_with("undone: b.truncate(2)")));
    // Two more: the view is alive again, then gone with the statement that made it.
    typed(&mut app, "u");
    assert_eq!(exports(&app), 1);
    typed(&mut app, "u");
    assert_eq!(exports(&app), 0);
    let logged = log_lines(&app);
    assert_eq!(
        logged[logged.len() - 3..],
        [
            "# undone: b.truncate(2)",
            "# undone: view.release()",
            "# undone: view = b.getbuffer()"
        ]
    );
    // Redo runs them again, in order.
    typed(&mut app, "UU");
    assert_eq!(exports(&app), 0);
    assert!(log_lines(&app).iter().any(|l| l == ">>> view.release()"));
    typed(&mut app, "U");
    assert_eq!(data(&app), b"ab");
    // The log is still a script: the notes are comments.
    let transcript = app.transcript();
    assert!(
        transcript.ends_with(">>> b.truncate(2)\n2\n"),
        "{transcript}"
    );
    // A new statement drops what could be redone.
    typed(&mut app, "u");
    stmt(&mut app, "b.seek(1)");
    typed(&mut app, "U");
    assert!(matches!(&app.notice, Some(n) if n.msg.en() == "nothing to redo"));
    assert_eq!(data(&app), b"abcdef");
    // Every step's line is its line in the session's source, after undo and redo too.
    stmt(&mut app, "b.tell()");
    for step in app.record.steps() {
        let line = app
            .source
            .lines()
            .nth(step.line.saturating_sub(1))
            .unwrap_or("");
        assert!(
            step.echo
                .trim_start_matches(">>> ")
                .starts_with(line.trim())
                || line.starts_with('#'),
            "line {}: {line:?} vs {:?}",
            step.line,
            step.echo
        );
    }
}

#[test]
fn undo_replays_a_large_file_session_by_reading_the_file_again() {
    let path = std::env::temp_dir().join(format!("bytesio-undo-{}.bin", std::process::id()));
    let bytes: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
    std::fs::write(&path, &bytes).expect("temp file");
    let mut app = new_app(
        Start::File {
            path: path.clone(),
            data: bytes.clone(),
        },
        100,
        30,
    );
    stmt(&mut app, "b.write(b\"xyz\")");
    assert_eq!(&data(&app)[..3], b"xyz");
    typed(&mut app, "u");
    assert_eq!(data(&app), bytes);
    assert_eq!(pos(&app), 0);
    typed(&mut app, "u");
    assert!(matches!(&app.notice, Some(n) if n.msg.en() == "nothing to undo"));
    let _ = std::fs::remove_file(&path);
}

#[test]
fn goto_moves_the_nav_cursor_only_and_logs_nothing() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(0x3000).collect();
    let mut app = new_app(Start::Bytes(bytes), 80, 24);
    let steps = app.record.len();
    for (text, want) in [
        ("0x1f00", 0x1f00),
        ("+16", 0x1f10),
        ("-0x10", 0x1f00),
        ("end", 0x3000),
        ("100", 100),
    ] {
        typed(&mut app, "o");
        typed(&mut app, text);
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.nav, want, "{text}");
        assert!(matches!(app.mode, Mode::Normal));
    }
    assert_eq!(app.record.len(), steps);
    assert_eq!(pos(&app), 0);
    typed(&mut app, "o0x1f00");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("▸00001f00"));
    // A bad offset keeps the prompt open with the reason.
    typed(&mut app, "onope");
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.mode, Mode::Prompt(p) if p.error.as_ref().map(|e| e.en()).as_deref().is_some_and(|e| e.contains("not an offset")))
    );
}

#[test]
fn search_finds_hex_and_text_marks_matches_and_wraps() {
    let mut data = vec![0u8; 3 << 20];
    data[100..104].copy_from_slice(b"PK\x03\x04");
    data[5000..5004].copy_from_slice(b"PK\x03\x04");
    let end = data.len() - 7;
    data[end..].copy_from_slice(b"THE-END");
    let path = std::path::PathBuf::from("big.bin");
    let mut app = new_app(Start::File { path, data }, 80, 24);
    let steps = app.record.len();
    typed(&mut app, "/");
    typed(&mut app, "50 4b 03 04");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.nav, 100);
    // Without colour, a match reads by its braces.
    let s = screen(&app);
    assert!(s.contains("{50 4b 03 04}"), "{s}");
    typed(&mut app, "n");
    assert_eq!(app.nav, 5000);
    typed(&mut app, "n");
    assert_eq!(app.nav, 100);
    assert!(matches!(&app.notice, Some(n) if n.msg.en().contains("wrapped to the start")));
    typed(&mut app, "<");
    assert_eq!(app.nav, 5000);
    assert!(matches!(&app.notice, Some(n) if n.msg.en().contains("wrapped to the end")));
    typed(&mut app, ">");
    assert_eq!(app.nav, 100);
    // Text, at the very end of a 3 MiB stream.
    typed(&mut app, "/");
    ctrl(&mut app, 'u');
    typed(&mut app, "\"THE-END\"");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.nav, end);
    assert!(screen(&app).contains("THE-END"));
    typed(&mut app, "/");
    ctrl(&mut app, 'u');
    typed(&mut app, "\"nowhere\"");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(&app.notice, Some(n) if n.msg.en().contains("no match")));
    assert_eq!(app.nav, end);
    // Nothing was logged, and the position never moved.
    assert_eq!(app.record.len(), steps);
    assert_eq!(pos(&app), 0);
}

/// A fresh state folder under the system's temp dir (tests never touch the real one).
fn state_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("bytesio-state-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn history_and_the_session_are_kept_and_resume_reopens_the_session() {
    use bytesio_tui::app::store::Store;
    let dir = state_dir("resume");
    let mut app = app();
    app.store = Some(Store::at(&dir));
    stmt(&mut app, "view = b.getbuffer()");
    stmt(&mut app, "view[0] = 0x41");
    stmt(&mut app, "b.seek(3)");
    stmt(&mut app, "b.seek(3)");
    stmt(&mut app, "b.write(b\"zz\")");
    assert!(matches!(app.mode, Mode::Modal(_)));
    key(&mut app, KeyCode::Esc);
    // The history file has every statement as it ran; read back, like a shell's: no
    // duplicates, oldest first.
    let store = Store::at(&dir);
    assert_eq!(
        store.history(),
        [
            "view = b.getbuffer()",
            "view[0] = 0x41",
            "b.seek(3)",
            "b.write(b\"zz\")"
        ]
    );
    // The session as it is now, without a save at quit: a kill loses nothing.
    let saved = store.session().expect("session saved");
    assert!(
        saved
            .source
            .starts_with("import io\nb = io.BytesIO(b\"abcdef\")\n")
    );
    let mut back = new_app(Start::Resume(saved), 100, 30);
    assert_eq!(log_lines(&back), log_lines(&app));
    assert_eq!(masked(&back.transcript()), masked(&app.transcript()));
    assert_eq!(data(&back), b"Abcdef");
    assert_eq!(exports(&back), 1);
    // Undo in the resumed session rewrites the saved one.
    back.store = Some(Store::at(&dir));
    typed(&mut back, "u");
    let saved = store.session().expect("session saved");
    assert!(!saved.source.contains("zz"), "{}", saved.source);
    assert!(saved.source.ends_with("b.seek(3)\n"), "{}", saved.source);
    // q asks, naming where the session is.
    typed(&mut back, "q");
    assert!(matches!(&back.mode, Mode::Confirm(c) if c.question.en().contains("session.py")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_session_resumes_from_the_file() {
    use bytesio_tui::app::store::Store;
    let dir = state_dir("file");
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("data.bin");
    let bytes: Vec<u8> = (0..=255u8).cycle().take(9000).collect();
    std::fs::write(&path, &bytes).expect("file");
    let mut app = new_app(
        Start::File {
            path: path.clone(),
            data: bytes.clone(),
        },
        100,
        30,
    );
    app.store = Some(Store::at(&dir));
    stmt(&mut app, "b.write(b\"hello\")");
    let saved = Store::at(&dir).session().expect("saved");
    assert_eq!(saved.file.as_deref(), Some(path.as_path()));
    let back = new_app(Start::Resume(saved), 100, 30);
    assert_eq!(&data(&back)[..5], b"hello");
    assert_eq!(&data(&back)[5..], &bytes[5..]);
    assert_eq!(log_lines(&back), log_lines(&app));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn views_are_seen_however_they_are_made_and_whatever_holds_them() {
    let mut app = app();
    stmt(&mut app, "b.seek(1)");
    // A view of a stream no name holds, made in one statement.
    stmt(&mut app, "v = io.BytesIO(b\"xy\").getbuffer()");
    let s = screen(&app);
    assert!(s.contains("streams: b, <stream of a view held"), "{s}");
    // The grid follows the stream the statement touched: that one.
    assert!(screen(&app).contains("exports: 1"));
    stmt(&mut app, "v.release()");
    // An alias, then the first name gone: the stream is shown by the name it has now.
    stmt(&mut app, "c = b");
    stmt(&mut app, "del b");
    let labels: Vec<String> = app.live.streams().map(|(_, l, _)| label_en(l)).collect();
    assert!(
        labels.contains(&"c".to_string()) && !labels.contains(&"b".to_string()),
        "{labels:?}"
    );
    while app.stream().is_some_and(|(l, _)| l.name() != Some("c")) {
        key(&mut app, KeyCode::Tab);
    }
    // The view of an empty stream no name holds, after a quiet statement.
    stmt(&mut app, "c.tell()");
    stmt(&mut app, "w = io.BytesIO().getbuffer()");
    assert!(
        app.live
            .streams()
            .any(|(_, l, _)| label_en(l).contains("held by the name `w`")),
        "{:?}",
        app.live
            .streams()
            .map(|(_, l, _)| label_en(l))
            .collect::<Vec<_>>()
    );
    stmt(&mut app, "del w");
    // Through a bound method of a stream no name holds, in a later statement.
    stmt(&mut app, "g = io.BytesIO(b\"z\").getbuffer");
    stmt(&mut app, "c.tell()");
    stmt(&mut app, "m = g()");
    assert!(
        app.live
            .streams()
            .any(|(_, l, _)| label_en(l).contains("held by the name `m`")),
        "{:?}",
        app.live
            .streams()
            .map(|(_, l, _)| label_en(l))
            .collect::<Vec<_>>()
    );
    stmt(&mut app, "del m");
    stmt(&mut app, "del g");
    // A view made inside a list, after quiet statements.
    stmt(&mut app, "c.tell()");
    stmt(&mut app, "l = [c.getbuffer()]");
    assert_eq!(exports(&app), 1);
    assert!(screen(&app).contains("in l"));
    typed(&mut app, "u");
    assert_eq!(exports(&app), 0);
}

#[test]
fn the_grid_follows_the_stream_the_last_statement_touched() {
    let mut app = app();
    stmt(&mut app, "c = io.BytesIO(b\"xy\")");
    let shown = |app: &App| app.stream().map(|(l, _)| label_en(&l)).unwrap_or_default();
    assert_eq!(shown(&app), "c");
    stmt(&mut app, "b.write(b\"Q\")");
    assert_eq!(shown(&app), "b");
    stmt(&mut app, "c.seek(1)");
    assert_eq!(shown(&app), "c");
    // A statement that touches no stream keeps the one shown.
    stmt(&mut app, "x = 5");
    assert_eq!(shown(&app), "c");
}

/// A stream's label as the English UI words it.
fn label_en(l: &bytesio_tui::script::session::Label) -> String {
    bytesio_tui::ui::i18n::Lang::En.label(l)
}

/// `--max-steps` is each typed statement's budget: loops that together run more lines than
/// it still run one by one; a single statement over it is stopped.
#[test]
fn each_typed_statement_has_the_whole_step_budget() {
    let mut app = app();
    app.set_max_steps(1000);
    for _ in 0..3 {
        stmt(&mut app, "for i in range(400): x = i");
        let step = app.record.steps().last().expect("a step");
        assert!(step.error.is_none(), "{:?}", step.error);
    }
    stmt(&mut app, "for i in range(2000): x = i");
    let step = app.record.steps().last().expect("a step");
    let e = step.error.as_ref().expect("stopped");
    assert!(e.line.contains("--max-steps"), "{}", e.line);
}
