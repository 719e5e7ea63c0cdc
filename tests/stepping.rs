//! Step mode, driven by keys as a user would: stepping forward and back restores every
//! state exactly, jumps, the modal at a failing close, branching a live session.

#[allow(dead_code)]
mod common;

use std::path::{Path, PathBuf};

use bytesio_tui::app::{Action, App, LogKind, Mode, NoticeKind, Options, Start, StepMove};
use bytesio_tui::app::{handle_event, update};
use bytesio_tui::script::parse_program;
use bytesio_tui::script::transcript::run;
use bytesio_tui::ui::render;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use insta::assert_snapshot;
use ratatui::style::Modifier;

fn asset(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name)
}

const SEED: &str = "01-seed-getbuffer.py";

fn open_at(path: &Path, w: u16, h: u16) -> App {
    let text = std::fs::read_to_string(path).expect("reads");
    let program = parse_program(&text).expect("parses");
    render::open_script(path, program, 1 << 24, w, h).expect("opens")
}

fn open(name: &str) -> App {
    open_at(&asset(name), 100, 30)
}

fn open_source(src: &str) -> App {
    let program = parse_program(src).expect("parses");
    render::open_script(Path::new("lesson.py"), program, 1 << 24, 100, 30).expect("opens")
}

fn key(app: &mut App, code: KeyCode) {
    handle_event(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn screen(app: &App) -> String {
    common::mask(&render::text(app))
}

fn at(app: &App) -> usize {
    app.step().map_or(usize::MAX, |(k, _)| k)
}

/// (bytes, position, exports) of the shown stream.
fn shown(app: &App) -> Option<(Vec<u8>, i64, usize)> {
    let scene = app.scene();
    let s = scene.stream()?;
    Some((s.data().to_vec(), s.snap.pos, s.snap.exports))
}

#[test]
fn opens_before_the_first_statement() {
    let app = open(SEED);
    assert_eq!(app.step(), Some((0, 10)));
    let s = screen(&app);
    assert!(s.contains("Step 0 of 10"), "{s}");
    assert!(s.contains("▷  2  import io"), "{s}");
    // Nothing ran yet: no line is marked as just run (the legend aside).
    assert!(!s.contains("│ ▶ "), "{s}");
    assert!(s.contains("no stream"), "{s}");
}

#[test]
fn keys_step_forward_and_back_to_the_failing_close() {
    let mut app = open(SEED);
    for _ in 0..6 {
        key(&mut app, KeyCode::Char('n'));
    }
    assert_eq!(at(&app), 6);
    assert!(matches!(app.mode, Mode::Normal));
    key(&mut app, KeyCode::Right);
    assert_eq!(at(&app), 7);
    // b.close() failed: the modal, on the frame a direct render of step 7 draws (its
    // content is the demo snapshot 01-seed-getbuffer__step_07).
    assert!(matches!(app.mode, Mode::Modal(_)));
    let text = std::fs::read_to_string(asset(SEED)).expect("reads");
    let program = parse_program(&text).expect("parses");
    let direct = render::script(&asset(SEED), program, Some(7), 1 << 24, 100, 30);
    assert_eq!(Ok(screen(&app)), direct.map(|f| common::mask(&f)));
    // Back one: the modal is gone, the view still alive.
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(at(&app), 6);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(shown(&app), Some((b"absaef".to_vec(), 6, 1)));
    // The modal is stepped over too: n from it goes on.
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(at(&app), 8);
    assert_eq!(shown(&app), Some((b"absaef".to_vec(), 6, 0)));
    // Back to before the patch: the bytes are restored.
    for _ in 0..5 {
        key(&mut app, KeyCode::Left);
    }
    assert_eq!(at(&app), 3);
    assert_eq!(shown(&app), Some((b"abcdef".to_vec(), 0, 1)));
    key(&mut app, KeyCode::End);
    assert_eq!(at(&app), 10);
    assert!(screen(&app).contains("Step 10 of 10"));
    assert!(
        app.scene()
            .stream()
            .is_some_and(|s| s.snap.closed && s.snap.exports == 0)
    );
    // Past the end: a notice, nothing moves.
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(at(&app), 10);
    assert!(matches!(&app.notice, Some(n) if n.kind == NoticeKind::Info));
    key(&mut app, KeyCode::Home);
    assert_eq!(at(&app), 0);
    assert!(shown(&app).is_none());
}

#[test]
fn a_number_then_enter_jumps() {
    let mut app = open(SEED);
    typed(&mut app, "5");
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.input == "5"));
    assert!(screen(&app).contains("go to step (0 to 10)? 5"));
    key(&mut app, KeyCode::Enter);
    assert_eq!(at(&app), 5);
    // Out of range: the prompt stays and says why.
    typed(&mut app, "99");
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.mode, Mode::Prompt(p) if p.error.as_ref().map(|e| e.en()).as_deref() == Some("steps go from 0 to 10"))
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(at(&app), 5);
    // From the modal too.
    typed(&mut app, "7");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Modal(_)));
    typed(&mut app, "10");
    key(&mut app, KeyCode::Enter);
    assert_eq!(at(&app), 10);
}

/// Every state of every demo, reached three ways (a jump, stepping forward from the start,
/// stepping back from the end), draws the same screen: bytes, position, views, exports,
/// log, modal and markers all restored exactly.
#[test]
fn every_step_of_every_demo_is_the_same_forward_back_and_by_jump() {
    for path in common::scripts("assets") {
        let mut jumped = open_at(&path, 100, 30);
        let n = jumped.step().map_or(0, |(_, n)| n);
        let mut forward = open_at(&path, 100, 30);
        let mut back = open_at(&path, 100, 30);
        key(&mut back, KeyCode::End);
        let mut by_back = vec![String::new(); n + 1];
        for k in (0..=n).rev() {
            by_back[k] = screen(&back);
            key(&mut back, KeyCode::Char('p'));
        }
        for (k, from_back) in by_back.iter().enumerate() {
            update(&mut jumped, Action::Step(StepMove::To(k)));
            let direct = screen(&jumped);
            assert_eq!(
                screen(&forward),
                direct,
                "{}: step {k} forward",
                path.display()
            );
            assert_eq!(*from_back, direct, "{}: step {k} back", path.display());
            key(&mut forward, KeyCode::Char('n'));
        }
    }
}

#[test]
fn forward_then_back_restores_the_seed_frame() {
    let mut app = open(SEED);
    update(&mut app, Action::Step(StepMove::To(4)));
    let before = screen(&app);
    assert_snapshot!("seed_step_4", before);
    key(&mut app, KeyCode::End);
    for _ in 0..6 {
        key(&mut app, KeyCode::Left);
    }
    assert_eq!(screen(&app), before);
    // The bytes the step wrote through the view are marked, without colour: bold, and
    // `^` in the gutter of their row.
    assert_eq!(common::grid_offsets_with(&app, Modifier::BOLD), [2, 3]);
    assert_eq!(
        common::grid_offsets_with(&app, Modifier::UNDERLINED),
        [0, 1, 2, 3, 4, 5]
    );
    assert!(before.contains("absaef   ^"), "{before}");
}

#[test]
fn a_statement_branches_a_live_session_at_the_step_shown() {
    let mut app = open(SEED);
    typed(&mut app, "5");
    key(&mut app, KeyCode::Enter);
    // `:` asks first; a statement that does not parse runs nothing and does not branch.
    typed(&mut app, ":");
    assert!(
        matches!(&app.mode, Mode::Confirm(c) if c.question.en().contains("on a copy from step 5"))
    );
    typed(&mut app, "yb.tell(");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(&app.mode, Mode::Prompt(p) if p.error.is_some()));
    assert!(app.script.is_some());
    key(&mut app, KeyCode::Esc);
    typed(&mut app, ":yb.tell()");
    key(&mut app, KeyCode::Enter);
    assert!(app.script.is_none());
    assert_eq!(app.branched, Some(5));
    let s = screen(&app);
    assert!(
        s.contains(" branched at step 5 │ b │ size 6 │ pos 6 (EOF)"),
        "{s}"
    );
    let echoes: Vec<String> = app
        .log
        .iter()
        .filter(|l| l.kind == LogKind::Echo)
        .map(|l| app.log_text(l).into_owned())
        .collect();
    assert_eq!(
        echoes,
        [
            ">>> import io",
            ">>> b = io.BytesIO(b\"abcdef\")",
            ">>> view = b.getbuffer()",
            ">>> view[2:4] = b\"sa\"",
            ">>> b.read()",
            ">>> b.tell()",
        ]
    );
    assert_eq!(app.log_text(&app.log[app.log.len() - 1]), "6");
    // The session's source replays to the same transcript.
    let program = parse_program(&app.source).expect("the log parses");
    assert_eq!(
        common::mask(&run(&program, Default::default()).transcript),
        common::mask(&app.transcript())
    );
    // Interactive keys from here on: Left moves the nav cursor again.
    key(&mut app, KeyCode::Right);
    assert_eq!(app.nav, 1);
    // The view made at step 3 is live in the branch: writing is refused, with the modal.
    typed(&mut app, ":b.write(b\"!\")");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Modal(_)));
}

#[test]
fn operation_keys_branch_too_and_pick_a_free_view_name() {
    let mut app = open(SEED);
    update(&mut app, Action::Step(StepMove::To(3)));
    typed(&mut app, "v");
    assert!(app.script.is_some());
    typed(&mut app, "y");
    assert!(app.script.is_none());
    let last = app.log.iter().rev().find(|l| l.kind == LogKind::Echo);
    assert_eq!(
        last.map(|l| app.log_text(l).into_owned()).as_deref(),
        Some(">>> view2 = b.getbuffer()")
    );
    assert_eq!(app.stream().map(|(_, s)| s.exports()), Some(2));
}

#[test]
fn the_modal_fix_branches_releases_and_retries() {
    let mut app = open(SEED);
    update(&mut app, Action::Step(StepMove::To(7)));
    assert!(matches!(app.mode, Mode::Modal(_)));
    typed(&mut app, "f");
    assert!(app.script.is_none());
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.stream().is_some_and(|(_, s)| s.closed()));
    let tail: Vec<String> = app.log[app.log.len() - 2..]
        .iter()
        .map(|l| app.log_text(l).into_owned())
        .collect();
    assert_eq!(tail, [">>> view.release()", ">>> b.close()"]);
}

#[test]
fn help_lists_the_stepping_keys() {
    let mut app = open(SEED);
    typed(&mut app, "?");
    assert!(matches!(app.mode, Mode::Help));
    let s = screen(&app);
    assert!(s.contains("Keys (stepping a script)"), "{s}");
    assert_snapshot!("step_help", s);
    key(&mut app, KeyCode::Esc);
    // hjkl still move the navigation cursor.
    key(&mut app, KeyCode::End);
    typed(&mut app, "ll");
    assert_eq!(app.nav, 2);
    typed(&mut app, "h");
    assert_eq!(app.nav, 1);
}

#[test]
fn a_stream_made_later_is_shown_and_tab_switches() {
    let mut app = open_source(
        "import io\nb = io.BytesIO(b\"one\")\nc = io.BytesIO(b\"two\")\nc.write(b\"T\")\nb.seek(1)\n",
    );
    key(&mut app, KeyCode::End);
    assert_eq!(app.stream_name().as_deref(), Some("c"));
    let s = screen(&app);
    assert!(s.contains("streams: b, c  (Tab)"), "{s}");
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.stream_name().as_deref(), Some("b"));
    // Tab's choice holds while stepping...
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.stream_name().as_deref(), Some("b"));
    // ...until a step makes a stream: that one is shown.
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.stream_name().as_deref(), Some("b"));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.stream_name().as_deref(), Some("c"));
}

#[test]
fn errors_other_than_exports_are_notices_and_writes_are_marked() {
    let mut app = open("09-str-vs-bytes.py");
    update(&mut app, Action::Step(StepMove::To(3)));
    assert!(matches!(app.mode, Mode::Normal));
    assert!(
        matches!(&app.notice, Some(n) if n.kind == NoticeKind::Error && n.msg.en().starts_with("TypeError"))
    );
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Char('n'));
    // b.write(b"text") into an existing stream: every byte marked.
    let s = screen(&app);
    assert_eq!(
        common::grid_offsets_with(&app, Modifier::BOLD),
        [0, 1, 2, 3],
        "{s}"
    );
}

#[test]
fn a_long_script_scrolls_the_source_and_the_log() {
    let mut src = String::from("import io\nb = io.BytesIO()\n");
    for i in 0..200 {
        src.push_str(&format!("b.write(b\"{:02x}\")\n", i % 256));
    }
    let mut app = open_source(&src);
    update(&mut app, Action::Step(StepMove::To(150)));
    let s = screen(&app);
    assert!(s.contains("▶ 150  b.write(b\"93\")"), "{s}");
    assert!(s.contains("▷ 151  b.write(b\"94\")"), "{s}");
    assert!(s.contains(">>> b.write(b\"93\")"), "{s}");
    typed(&mut app, "[");
    assert!(screen(&app).contains("newer lines below"));
    // The grid follows the bytes the step wrote.
    assert!(s.contains("▸00000120  39 30 39 31 39 32 39 33"), "{s}");
    assert_eq!(
        common::grid_offsets_with(&app, Modifier::BOLD),
        [294, 295],
        "{s}"
    );
}

#[test]
fn too_small_and_wide_terminals() {
    let mut app = open(SEED);
    update(&mut app, Action::Step(StepMove::To(7)));
    update(&mut app, Action::Resize(59, 24));
    assert!(screen(&app).contains("terminal too small"));
    update(&mut app, Action::Resize(80, 24));
    assert_snapshot!("seed_step_7_80x24", screen(&app));
    update(&mut app, Action::Resize(160, 40));
    let s = screen(&app);
    assert!(s.contains("61 62 73 61 65 66"), "{s}");
    assert!(s.contains("▶ 24  b.close()"), "{s}");
}

#[test]
fn render_refuses_what_run_refuses_and_steps_out_of_range() {
    let text = "import io\nb = io.BytesIO()\nprint(1, file=b)\n";
    let program = parse_program(text).expect("parses");
    let e = render::script(Path::new("x.py"), program, None, 1 << 20, 100, 30);
    assert!(
        matches!(&e, Err(render::RenderError::Refused(m)) if m.starts_with("3:1: unsupported: ")),
        "{e:?}"
    );
    let program = parse_program("import io\n").expect("parses");
    let e = render::script(Path::new("x.py"), program, Some(2), 1 << 20, 100, 30);
    assert_eq!(
        e,
        Err(render::RenderError::NoSuchStep { step: 2, steps: 1 })
    );
    // An empty script: step 0 of 0.
    let program = parse_program("# nothing\n").expect("parses");
    let s = render::script(Path::new("x.py"), program, None, 1 << 20, 100, 30).expect("renders");
    assert!(s.contains("Step 0 of 0"), "{s}");
    // --file's frame.
    let s = render::start(Start::Bytes(b"hi".to_vec()), 1 << 20, 100, 30);
    assert!(s.contains("[68]69"), "{s}");
    let _ = Options::default();
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    const STATEMENTS: &[&str] = &[
        "b = io.BytesIO(b\"abcdef\")",
        "c = io.BytesIO()",
        "v = b.getbuffer()",
        "w = v[1:4]",
        "v[0] = 65",
        "b.write(b\"xyz\")",
        "b.seek(9)",
        "b.truncate(2)",
        "b.close()",
        "v.release()",
        "del v",
        "b.read()",
        "with b.getbuffer() as m: b.write(b\"!\")",
        "c.write(b\"12345678901234567\")",
        "v",
        "nope",
    ];

    fn key_of(n: u8) -> KeyCode {
        match n % 24 {
            0..=2 => KeyCode::Char('n'),
            3 | 4 => KeyCode::Char('p'),
            5 => KeyCode::Left,
            6 => KeyCode::Right,
            7 => KeyCode::Home,
            8 => KeyCode::End,
            9 => KeyCode::Char('3'),
            10 => KeyCode::Enter,
            11 => KeyCode::Esc,
            12 => KeyCode::Tab,
            13 => KeyCode::Char('j'),
            14 => KeyCode::Char('l'),
            15 => KeyCode::PageDown,
            16 => KeyCode::Char('?'),
            17 => KeyCode::Char('['),
            18 => KeyCode::Char('f'),
            19 => KeyCode::Char('t'),
            20 => KeyCode::Char('v'),
            21 => KeyCode::Char('x'),
            22 => KeyCode::Char('9'),
            _ => KeyCode::Up,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Random scripts, random keys, odd terminal sizes: no panic, and while in step
        /// mode the screen is the one a direct jump to the same step draws.
        #[test]
        fn random_keys_never_panic(
            picks in proptest::collection::vec(0..STATEMENTS.len(), 0..12),
            keys in proptest::collection::vec(any::<u8>(), 0..40),
            w in 80u16..140,
            h in 24u16..45,
        ) {
            let mut src = String::from("import io\n");
            for i in picks {
                src.push_str(STATEMENTS[i]);
                src.push('\n');
            }
            let mut app = open_source(&src);
            update(&mut app, Action::Resize(w, h));
            let mut twin = open_source(&src);
            update(&mut twin, Action::Resize(w, h));
            // A modal the user dismissed stays dismissed until the step changes; a jump
            // shows it again.
            let mut dismissed = false;
            for k in keys {
                let before = (app.step(), matches!(app.mode, Mode::Modal(_)));
                key(&mut app, key_of(k));
                if app.step() != before.0 {
                    dismissed = false;
                }
                if before.1 && app.step() == before.0 && matches!(app.mode, Mode::Normal) {
                    dismissed = true;
                }
                let _ = render::text(&app);
                if let (Some((at, _)), Mode::Normal | Mode::Modal(_)) = (app.step(), &app.mode) {
                    update(&mut twin, Action::Step(StepMove::To(at)));
                    // Which stream is shown is the user's choice (Tab), not the step's.
                    let label = app.scene().stream().map(|s| s.label.clone());
                    twin.selected = twin
                        .scene()
                        .streams
                        .iter()
                        .find(|s| Some(&s.label) == label.as_ref())
                        .map(|s| s.id);
                    let scene = app.scene();
                    let twin_scene = twin.scene();
                    prop_assert_eq!(
                        scene.stream().map(|s| (s.data().to_vec(), s.snap)),
                        twin_scene.stream().map(|s| (s.data().to_vec(), s.snap))
                    );
                    prop_assert_eq!(scene.log.len(), twin_scene.log.len());
                    prop_assert_eq!(
                        matches!(app.mode, Mode::Modal(_)) || dismissed,
                        matches!(twin.mode, Mode::Modal(_))
                    );
                }
            }
        }
    }
}

#[test]
fn a_stray_key_in_step_mode_asks_and_esc_goes_back_to_the_script() {
    let mut app = open(SEED);
    update(&mut app, Action::Step(StepMove::To(4)));
    // A stray c: the question says what would run and where; n keeps the script.
    typed(&mut app, "c");
    assert!(
        matches!(&app.mode, Mode::Confirm(c) if c.question.en().starts_with("run b.close() on a copy from step 4?")),
        "{:?}",
        app.mode
    );
    typed(&mut app, "n");
    assert!(app.script.is_some() && at(&app) == 4);
    assert!(matches!(app.mode, Mode::Normal));
    // y: it runs on a copy (the view is alive: the BufferError modal).
    typed(&mut app, "c");
    typed(&mut app, "y");
    assert!(app.script.is_none());
    assert_eq!(app.branched, Some(4));
    assert!(matches!(app.mode, Mode::Modal(_)));
    key(&mut app, KeyCode::Esc);
    // Esc asks (a statement ran on the copy), then goes back to step 4 of the script.
    key(&mut app, KeyCode::Esc);
    assert!(
        matches!(&app.mode, Mode::Confirm(c) if c.question.en().starts_with("back to the script?"))
    );
    typed(&mut app, "y");
    assert!(app.script.is_some());
    assert_eq!(at(&app), 4);
    assert!(screen(&app).contains("Step 4 of 10"));
    // `:` asked and cancelled runs nothing; a statement branches; b asks, n stays.
    typed(&mut app, ":y");
    key(&mut app, KeyCode::Esc);
    assert!(app.script.is_some());
    typed(&mut app, ":yb.tell()");
    key(&mut app, KeyCode::Enter);
    assert!(app.script.is_none());
    typed(&mut app, "bn");
    assert!(app.script.is_none());
    typed(&mut app, "by");
    assert!(app.script.is_some() && at(&app) == 4);
}
