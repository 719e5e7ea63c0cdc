//! The Korean and English UI: frames of both languages at 60x20, 80x24 and 100x30 (drawn
//! on a TestBackend and by `render --lang`), no English UI word in a Korean frame, the
//! locale picking the language, a narration sentence for every step of every lesson.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use bytesio_tui::app::{Action, App, Mode, Start, update};
use bytesio_tui::script::parse_program;
use bytesio_tui::ui::i18n::Lang;
use bytesio_tui::ui::render;
use bytesio_tui::ui::theme::Theme;
use bytesio_tui::ui::{help, legend, modal, names, narrate};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const SIZES: [(u16, u16); 3] = [(60, 20), (80, 24), (100, 30)];

fn lessons() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir("assets")
        .expect("assets/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    v
}

fn open(path: &Path, step: Option<usize>, lang: Lang, (w, h): (u16, u16)) -> App {
    let text = std::fs::read_to_string(path).expect("lesson");
    let program = parse_program(&text).expect("parses");
    let mut app = render::script_app(path, program, step, 1 << 30, w, h).expect("renders");
    app.lang = lang;
    // The step's notice again, in `lang`.
    if let Some((k, _)) = app.step() {
        update(&mut app, Action::Step(bytesio_tui::app::StepMove::To(k)));
    }
    app
}

fn steps_of(path: &Path) -> usize {
    let app = open(path, Some(0), Lang::En, (100, 30));
    app.step().map_or(0, |(_, n)| n)
}

/// Runs the binary with the locale variables cleared (so the test's own locale never
/// leaks in), plus `env`.
fn bin(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"));
    c.args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.output().expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).expect("utf-8")
}

#[test]
fn both_languages_at_three_sizes() {
    let seed = Path::new("assets/01-seed-getbuffer.py");
    for lang in Lang::ALL {
        for size in SIZES {
            // Writing through a view, and the BufferError modal.
            for step in [4, 7] {
                let app = open(seed, Some(step), lang, size);
                let name = format!("seed_step_{step}_{lang:?}_{}x{}", size.0, size.1);
                assert_snapshot!(name, render::text(&app));
            }
            let mut app = render::start_app(Start::Default, 1 << 30, size.0, size.1);
            app.lang = lang;
            update(&mut app, Action::Run(bytesio_tui::app::Op::GetBuffer));
            let name = format!("session_{lang:?}_{}x{}", size.0, size.1);
            assert_snapshot!(name, render::text(&app));
        }
    }
}

#[test]
fn help_and_legend_in_korean() {
    let seed = Path::new("assets/01-seed-getbuffer.py");
    for size in [(80, 24), (100, 30)] {
        let mut app = open(seed, Some(4), Lang::Ko, size);
        update(&mut app, Action::ToggleHelp);
        assert_snapshot!(format!("help_ko_{}x{}", size.0, size.1), render::text(&app));
        update(&mut app, Action::ToggleHelp);
        update(&mut app, Action::ToggleLegend);
        assert!(matches!(app.mode, Mode::Legend));
        assert_snapshot!(
            format!("legend_ko_{}x{}", size.0, size.1),
            render::text(&app)
        );
    }
}

#[test]
fn render_cli_draws_what_the_app_draws_in_both_languages() {
    let seed = "assets/01-seed-getbuffer.py";
    for (lang, flag) in [(Lang::En, "en"), (Lang::Ko, "ko")] {
        for (w, h) in SIZES {
            let out = bin(
                &[
                    "render",
                    seed,
                    "--step",
                    "7",
                    "--lang",
                    flag,
                    "--width",
                    &w.to_string(),
                    "--height",
                    &h.to_string(),
                ],
                &[],
            );
            let app = open(Path::new(seed), Some(7), lang, (w, h));
            assert_eq!(
                no_addresses(&out),
                no_addresses(&render::text(&app)),
                "{flag} {w}x{h}"
            );
        }
    }
}

/// `text` with every `0x7f...` address as `0xADDR` (objects' ids differ between runs).
fn no_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x7f") {
        out.push_str(&rest[..i]);
        out.push_str("0xADDR");
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

#[test]
fn the_locale_picks_korean() {
    let seed = "assets/01-seed-getbuffer.py";
    let args = ["render", seed, "--step", "4"];
    let ko = bin(&args, &[("LANG", "ko_KR.UTF-8")]);
    assert!(
        ko.contains("10단계 중 4단계") && ko.contains("내보내기: 1"),
        "{ko}"
    );
    let en = bin(&args, &[]);
    assert!(
        en.contains("Step 4 of 10") && en.contains("exports: 1"),
        "{en}"
    );
    // LC_ALL wins over LANG, LC_MESSAGES over LANG, and --lang over both.
    let c = bin(&args, &[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "C")]);
    assert!(c.contains("Step 4 of 10"), "{c}");
    let m = bin(
        &args,
        &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ko_KR.UTF-8")],
    );
    assert!(m.contains("10단계 중 4단계"), "{m}");
    let flag = bin(
        &["render", seed, "--step", "4", "--lang", "en"],
        &[("LANG", "ko_KR.UTF-8")],
    );
    assert!(flag.contains("Step 4 of 10"), "{flag}");
}

/// ASCII words of two letters or more (a number, `0x1f` too, is no word).
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.starts_with(|c: char| c.is_ascii_digit()))
        .flat_map(|t| t.split(|c: char| c.is_ascii_digit()))
        .filter(|w| w.len() >= 2)
}

/// Words a Korean frame may hold: the script's code and CPython's text (echo, output,
/// errors, reprs) and a few names of keys, formats and units.
fn allowed(app: &App) -> HashSet<String> {
    let mut ok: HashSet<String> = [
        "EOF",
        "UTF",
        "ASCII",
        "utf",
        "le",
        "be",
        "Enter",
        "Esc",
        "Tab",
        "Home",
        "End",
        "PgUp",
        "PgDn",
        "hjkl",
        "CPython",
        "BufferError",
        "PK",
        "hex",
        "io",
        "BytesIO",
        "getbuffer",
        "release",
        "close",
        "write",
        "truncate",
        "read",
        "seek",
        "tell",
        "getvalue",
        "view",
        "del",
        "with",
        "as",
        "sys",
        "fromhex",
        "bytes",
        "init",
        "writelines",
        "end",
        "nav",
        // The legend's sample of an underlined byte.
        "ab",
        // The help's examples: the byte range 0x80-0xff, a name `ba` to write.
        "xff",
        "ba",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut add = |s: &str| ok.extend(words(s).map(str::to_string));
    // The streams' bytes, as the character column shows them.
    let scene = app.scene();
    for st in &scene.streams {
        add(&String::from_utf8_lossy(&st.data()));
    }
    drop(scene);
    if let Some(s) = &app.script {
        for n in 1..=s.lines() {
            let line = s.line(n);
            // Code only: a comment's English is the lesson's, and it is masked.
            add(line.split('#').next().unwrap_or(""));
        }
        add(&s.name);
        for st in s.timeline.steps() {
            add(&st.echo);
            add(&st.output);
            if let Some(e) = &st.error {
                add(&e.line);
            }
            for n in st.names.iter() {
                add(&n.name);
                add(&n.repr);
            }
            for f in st.stack.iter() {
                add(&f.name);
            }
        }
    }
    ok
}

/// The frame as text with the script's source lines and the log's lines blanked (the
/// lesson's comments and CPython's transcript stay English), borders and titles kept.
fn ui_text(app: &App, buf: &Buffer) -> String {
    let mut buf = buf.clone();
    if let Some(g) = app.geometry() {
        let mut blank = |r: Rect, keep_borders: bool| {
            let mut in_names = false;
            for y in r.top()..r.bottom() {
                let first = buf[(r.x, y)].symbol().to_string();
                if keep_borders {
                    if first == "┌" && y > r.y {
                        in_names = true;
                    }
                    if first == "┌" || first == "└" || in_names {
                        continue;
                    }
                }
                for x in r.left()..r.right() {
                    buf[(x, y)].set_symbol(" ");
                }
            }
        };
        blank(g.areas.source, true);
        let log = g.areas.log;
        if log.height >= 3 {
            blank(
                Rect::new(log.x, log.y + 1, log.width, log.height - 2),
                false,
            );
        } else {
            blank(log, false);
        }
    }
    bytesio_tui::ui::export::text(&buf)
}

fn assert_no_english(what: &str, text: &str, ok: &HashSet<String>) {
    // A word cut with `…`, or split over grid rows, is part of an allowed one.
    let stray: Vec<&str> = words(text)
        .filter(|w| !ok.contains(*w) && !ok.iter().any(|o| o.contains(*w)))
        .collect();
    assert!(
        stray.is_empty(),
        "{what}: English words {stray:?} in\n{text}"
    );
}

#[test]
fn a_korean_frame_holds_no_english_ui_word() {
    for path in lessons() {
        let n = steps_of(&path);
        for size in SIZES {
            for k in 0..=n {
                let app = open(&path, Some(k), Lang::Ko, size);
                let ok = allowed(&app);
                let what = format!("{} step {k} at {}x{}", path.display(), size.0, size.1);
                let buf = render::buffer(&app);
                if matches!(app.mode, Mode::Modal(_)) {
                    // The modal covers the source: check its own lines.
                    let scene = app.scene();
                    if let Mode::Modal(m) = &app.mode {
                        let text: String = modal::lines(&scene, m, 60, Theme::default(), Lang::Ko)
                            .iter()
                            .skip(2)
                            .map(|l| format!("{l}\n"))
                            .collect();
                        assert_no_english(&what, &text, &ok);
                    }
                    continue;
                }
                assert_no_english(&what, &ui_text(&app, &buf), &ok);
                let step = app.script.as_ref().and_then(|s| s.timeline.last_step());
                let text: String = names::lines(step, 40, Theme::default(), Lang::Ko)
                    .iter()
                    .map(|l| format!("{l}\n"))
                    .collect();
                assert_no_english(&what, &text, &ok);
            }
        }
    }
    // The help and the legend.
    let app = open(
        Path::new("assets/01-seed-getbuffer.py"),
        Some(4),
        Lang::Ko,
        (100, 30),
    );
    let ok = allowed(&app);
    for stepping in [false, true] {
        let Ok(mut t) = Terminal::new(TestBackend::new(100, 40));
        let Ok(_) = t.draw(|f| help::draw(f, f.area(), stepping, "b", Theme::default(), Lang::Ko));
        assert_no_english(
            "help",
            &bytesio_tui::ui::export::text(t.backend().buffer()),
            &ok,
        );
        let text: String = legend::lines(stepping, 46, Theme::default(), Lang::Ko)
            .iter()
            .map(|l| format!("{l}\n"))
            .collect();
        assert_no_english("legend", &text, &ok);
    }
}

#[test]
fn every_lesson_step_has_a_sentence_in_both_languages() {
    for path in lessons() {
        let n = steps_of(&path);
        for k in 1..=n {
            let app = open(&path, Some(k), Lang::En, (100, 30));
            let ok = allowed(&app);
            let scene = app.scene();
            let script = app.script.as_ref().expect("a script");
            let at = script.timeline.last_step().map(|s| s.at).unwrap_or(0);
            let line = script.line(at);
            let en = narrate::current(&scene, Some(line), Lang::En);
            let ko = narrate::current(&scene, Some(line), Lang::Ko);
            let what = format!("{} step {k}", path.display());
            let hangul = |s: &str| s.chars().any(|c| ('가'..='힣').contains(&c));
            // Outside the quoted code.
            let prose = |s: &str| -> String {
                s.split('`')
                    .enumerate()
                    .filter(|(i, _)| i % 2 == 0)
                    .map(|(_, s)| s)
                    .collect()
            };
            assert!(
                en.len() > 10 && !en.contains("바이트") && !en.contains("커서"),
                "{what}: {en}"
            );
            assert!(hangul(&prose(&ko)), "{what}: {ko}");
            assert_no_english(&what, &prose(&ko), &ok);
        }
    }
}

/// The sentence after the last line of `text` ran.
fn said(text: &str, lang: Lang) -> String {
    let program = parse_program(text).expect("parses");
    let app =
        render::script_app(Path::new("t.py"), program, None, 1 << 30, 100, 30).expect("renders");
    let scene = app.scene();
    let line = text.lines().last().unwrap_or("");
    narrate::current(&scene, Some(line), lang)
}

/// A typed statement the engine stops (`--max-steps` here) raised no Python exception: the
/// sentence says the engine stopped it, in each language.
#[test]
fn a_stopped_statement_is_not_called_an_exception() {
    for (lang, want) in [
        (Lang::En, "`while True: pass` stopped at the engine's limit"),
        (Lang::Ko, "`while True: pass`: 엔진의 한도에서 멈춤"),
    ] {
        let mut app = render::start_app(Start::Default, 1 << 30, 100, 30);
        app.lang = lang;
        app.set_max_steps(50);
        stmt(&mut app, "while True: pass");
        let scene = app.scene();
        assert_eq!(
            narrate::current(&scene, Some("while True: pass"), lang),
            want
        );
    }
}

#[test]
fn sentences_say_what_the_step_did() {
    let head = "import io\nb = io.BytesIO(b\"abcd\")\n";
    assert_eq!(
        said(&format!("{head}b.seek(4)\nb.write(b'xy')\n"), Lang::En),
        "`b.write(b'xy')` wrote 2 bytes at offset 4; the cursor moved 4 → 6; the stream grew 4 → 6 bytes"
    );
    assert_eq!(
        said(&format!("{head}b.seek(4)\nb.write(b'xy')\n"), Lang::Ko),
        "`b.write(b'xy')`: 오프셋 4에 2바이트를 씀; 커서가 4 → 6으로 움직임; 스트림이 4 → 6바이트로 늘어남"
    );
    assert_eq!(
        said(&format!("{head}b.seek(6)\nb.write(b'z')\n"), Lang::En),
        "`b.write(b'z')` wrote 1 byte at offset 6; the write past the end zero-filled bytes 4-5; \
         the cursor moved 6 → 7; the stream grew 4 → 7 bytes"
    );
    let view = format!("{head}view = b.getbuffer()\nview[1:3] = b'sa'\n");
    assert_eq!(
        said(&view, Lang::En),
        "`view[1:3] = b'sa'` changed bytes 1-2 through the view; the cursor did not move"
    );
    assert_eq!(
        said(&format!("{head}view = b.getbuffer()\n"), Lang::En),
        "`view = b.getbuffer()` made a view of the buffer: exports 0 → 1"
    );
    let refused = format!("{head}view = b.getbuffer()\nb.close()\n");
    assert_eq!(
        said(&refused, Lang::En),
        "`close()` refused: 1 view (`view`) still exports the buffer"
    );
    assert_eq!(
        said(&refused, Lang::Ko),
        "`close()` 거부됨: 뷰 1개(`view`)가 아직 버퍼를 내보내는 중"
    );
    let two = format!("{head}view = b.getbuffer()\nv2 = view[1:]\nb.write(b'x')\n");
    assert_eq!(
        said(&two, Lang::En),
        "`write()` refused: 2 views (`view`, `v2`) still export the buffer"
    );
    let del = format!("{head}view = b.getbuffer()\ndel view\n");
    assert_eq!(
        said(&del, Lang::En),
        "`del view` ended the last export: `close()` can succeed now"
    );
    assert_eq!(
        said(&del, Lang::Ko),
        "`del view`: 마지막 내보내기가 끝남: 이제 `close()`가 성공할 수 있음"
    );
    assert_eq!(
        said(&format!("{head}b.read(2)\n"), Lang::En),
        "`b.read(2)`: the cursor moved 0 → 2; shows b'ab'"
    );
    assert_eq!(
        said(&format!("{head}b.close()\nb.read()\n"), Lang::En),
        "`b.read()` raised ValueError"
    );
}

#[test]
fn a_view_named_with_combining_marks_draws_at_every_size() {
    let text = "import io\nb = io.BytesIO(b\"abcdef\")\nvie\u{301}w = b.getbuffer()\n\
                x\u{301}\u{301}\u{301} = b.getbuffer()\n\u{d55c} = b.getbuffer()[1:3]\nb.close()\n";
    for lang in Lang::ALL {
        for (w, h) in SIZES {
            let program = parse_program(text).expect("parses");
            let mut app = render::script_app(Path::new("c.py"), program, Some(5), 1 << 20, w, h)
                .expect("renders");
            app.lang = lang;
            let s = render::text(&app);
            // (Python reads identifiers NFKC-normalised: `vie\u{301}w` is `vi\u{e9}w`.)
            assert!(
                s.contains("x\u{301}\u{301}\u{301}") && s.contains("vi\u{e9}w"),
                "{s}"
            );
            // Every row is as wide as the terminal, in display columns.
            let buf = render::buffer(&app);
            assert_eq!(buf.area.width, w);
        }
    }
}

#[test]
fn the_contrast_theme_never_tells_markers_apart_by_red_and_green() {
    use ratatui::style::{Color, Modifier};
    let t = Theme {
        color: true,
        contrast: true,
    };
    let markers = [
        t.cursor(),
        t.changed(),
        t.view(),
        t.lane(),
        t.view_label(),
        t.name(),
        t.ran(),
        t.next_stmt(),
        t.nav_marker(),
        t.gap(),
        t.key(),
    ];
    for s in markers {
        for c in [s.fg, s.bg].into_iter().flatten() {
            assert!(
                !matches!(c, Color::Green | Color::LightGreen | Color::Red),
                "{s:?}"
            );
        }
        assert!(s.add_modifier.contains(Modifier::BOLD), "{s:?}");
        assert!(!s.add_modifier.contains(Modifier::DIM), "{s:?}");
    }
    // Without colour the markers keep a modifier each: underline, bold, reverse.
    let plain = Theme {
        color: false,
        contrast: true,
    };
    assert!(plain.view().add_modifier.contains(Modifier::UNDERLINED));
    assert!(plain.changed().add_modifier.contains(Modifier::BOLD));
    assert!(plain.nav().add_modifier.contains(Modifier::REVERSED));
}

fn key(app: &mut App, code: crossterm::event::KeyCode) {
    use crossterm::event::{Event, KeyEvent, KeyModifiers};
    bytesio_tui::app::handle_event(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, crossterm::event::KeyCode::Char(c));
    }
}

fn stmt(app: &mut App, text: &str) {
    typed(app, ":");
    typed(app, text);
    key(app, crossterm::event::KeyCode::Enter);
}

/// The frame's message line (the last), as drawn.
fn message_line(app: &App) -> String {
    render::text(app)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

/// The message line holds `want` (a Hangul word of the notice) and no English UI word:
/// only Python code typed (`code`), CPython's words and the `ok` ones.
fn korean_message(what: &str, app: &App, code: &[&str], want: &str) {
    let mut ok = allowed(app);
    for c in code {
        ok.extend(words(c).map(str::to_string));
    }
    // The CLI's own words (`bytesio-tui run FILE`), and the file saved.
    ok.extend(["bytesio", "tui", "run", "resume", "session", "py", "tmp"].map(String::from));
    let line = message_line(app);
    assert!(line.contains(want), "{what}: {want:?} not in {line:?}");
    assert_no_english(what, &line, &ok);
}

#[test]
fn notices_and_questions_are_korean() {
    use crossterm::event::KeyCode;
    for (w, h) in SIZES {
        let mut app = render::start_app(Start::Default, 1 << 20, w, h);
        app.lang = Lang::Ko;
        let size = format!("{w}x{h}");
        key(&mut app, KeyCode::Char('u'));
        korean_message(&format!("undo {size}"), &app, &[], "되돌릴 것 없음");
        key(&mut app, KeyCode::Char('U'));
        korean_message(&format!("redo {size}"), &app, &[], "다시 할 것 없음");
        key(&mut app, KeyCode::Char('a'));
        korean_message(&format!("utf-8 {size}"), &app, &[], "문자 열");
        key(&mut app, KeyCode::Char('N'));
        korean_message(&format!("narration {size}"), &app, &[], "단계 설명");
        key(&mut app, KeyCode::Char('e'));
        korean_message(&format!("no view {size}"), &app, &[], "살아 있는 뷰 없음");
        key(&mut app, KeyCode::Char('x'));
        korean_message(&format!("release {size}"), &app, &[], "해제할");
        // A refused statement at `:` and a Python error.
        stmt(&mut app, "class A: pass");
        let refused = message_line(&app);
        assert!(
            refused.contains("class") || refused.contains("모델"),
            "{refused}"
        );
        key(&mut app, KeyCode::Esc);
        stmt(&mut app, "b.seek(2)");
        stmt(&mut app, "b.truncate(1)");
        key(&mut app, KeyCode::Char('u'));
        korean_message(
            &format!("undone {size}"),
            &app,
            &["b.truncate(1)"],
            "되돌림",
        );
        // Goto past the end, a search found (and wrapped) and not found.
        typed(&mut app, "o");
        typed(&mut app, "0x999");
        key(&mut app, KeyCode::Enter);
        korean_message(&format!("goto {size}"), &app, &["0x999"], "끝 너머");
        typed(&mut app, "/");
        key(&mut app, KeyCode::Backspace);
        typed(&mut app, "\"cd\"");
        key(&mut app, KeyCode::Enter);
        korean_message(&format!("found {size}"), &app, &["cd"], "있음");
        typed(&mut app, "/");
        typed(&mut app, "\"zz\"");
        key(&mut app, KeyCode::Enter);
        korean_message(&format!("no match {size}"), &app, &["zz"], "일치 없음");
        // A bad offset: the prompt's error.
        typed(&mut app, "o");
        typed(&mut app, "zz");
        key(&mut app, KeyCode::Enter);
        assert!(matches!(app.mode, Mode::Prompt(_)));
        korean_message(&format!("bad offset {size}"), &app, &["zz"], "오프셋이");
        key(&mut app, KeyCode::Esc);
        // The questions: `c` and the quit.
        key(&mut app, KeyCode::Char('c'));
        assert!(matches!(app.mode, Mode::Confirm(_)));
        korean_message(&format!("close? {size}"), &app, &["b.close()"], "실행?");
        key(&mut app, KeyCode::Char('n'));
        key(&mut app, KeyCode::Char('q'));
        assert!(matches!(app.mode, Mode::Confirm(_)), "{:?}", app.mode);
        korean_message(&format!("quit? {size}"), &app, &[], "종료?");
        key(&mut app, KeyCode::Char('n'));
        // `S`: the prompt, then where it saved.
        let path = std::env::temp_dir().join(format!("i18n-{}-{w}.py", std::process::id()));
        key(&mut app, KeyCode::Char('S'));
        korean_message(
            &format!("save prompt {size}"),
            &app,
            &["session.py"],
            "저장",
        );
        typed(&mut app, &path.display().to_string());
        key(&mut app, KeyCode::Enter);
        let dirs: Vec<String> = path
            .display()
            .to_string()
            .split('/')
            .map(String::from)
            .collect();
        let dirs: Vec<&str> = dirs.iter().map(String::as_str).collect();
        korean_message(&format!("saved {size}"), &app, &dirs, "저장함");
        let _ = std::fs::remove_file(&path);
    }
    // Step mode: the ends of the script, a branch and the way back.
    for (w, h) in SIZES {
        let seed = Path::new("assets/01-seed-getbuffer.py");
        let mut app = open(seed, Some(0), Lang::Ko, (w, h));
        key(&mut app, KeyCode::Char('p'));
        korean_message("step 0", &app, &[], "0단계는");
        key(&mut app, KeyCode::End);
        key(&mut app, KeyCode::Char('n'));
        korean_message("the end", &app, &[], "스크립트 끝");
        key(&mut app, KeyCode::Home);
        key(&mut app, KeyCode::Char('n'));
        key(&mut app, KeyCode::Char('n'));
        key(&mut app, KeyCode::Char('t'));
        korean_message("branch?", &app, &["b.tell()"], "복사본에서");
        key(&mut app, KeyCode::Char('y'));
        // The status line says where the live session branched.
        let frame = render::text(&app);
        assert!(frame.contains("2단계에서 분기"), "{frame}");
        key(&mut app, KeyCode::Esc);
        korean_message("back?", &app, &[], "스크립트로 돌아갈까");
        key(&mut app, KeyCode::Char('y'));
        korean_message("back", &app, &[], "돌아옴");
    }
}

#[test]
fn the_buffer_error_modal_fits_every_size_in_both_languages() {
    for path in lessons() {
        let n = steps_of(&path);
        for lang in Lang::ALL {
            for size in SIZES {
                for k in 1..=n {
                    let app = open(&path, Some(k), lang, size);
                    if !matches!(app.mode, Mode::Modal(_)) {
                        continue;
                    }
                    let text = render::text(&app);
                    let what = format!("{} step {k} {lang:?} {size:?}", path.display());
                    // Never cut: no `…` line in the box, and the keys' line drawn.
                    assert!(
                        !text.lines().any(|l| l.contains("│ …  ")),
                        "{what}: cut\n{text}"
                    );
                    let keys = lang.t("release and retry");
                    assert!(
                        text.lines().any(|l| l.contains(&format!("│ f {keys}"))),
                        "{what}: no keys\n{text}"
                    );
                    // A fix is there: a release, a del, or another value for `_`.
                    let fix = ["release()", "del ", lang.t("show another value (t)")];
                    assert!(fix.iter().any(|f| text.contains(f)), "{what}\n{text}");
                }
            }
        }
    }
    for lang in Lang::ALL {
        let app = open(
            Path::new("assets/07-slices-keep-export.py"),
            Some(10),
            lang,
            (60, 20),
        );
        assert!(matches!(app.mode, Mode::Modal(_)));
        assert_snapshot!(
            format!("modal_two_views_{lang:?}_60x20"),
            render::text(&app)
        );
    }
}

/// A library's call on a stream is worded by the catalog: Korean words around the Python
/// (the call, the reprs) under Lang::Ko, and "1 byte" for one byte.
#[test]
fn library_calls_are_worded_in_each_language() {
    use bytesio_tui::script::session::{CallArgs, CallResult, CallStep};
    let call = |method: &str, args: CallArgs, result: CallResult| CallStep {
        lib: Some("zipfile".into()),
        func: Some("writestr".into()),
        receiver: "b".into(),
        method: method.into(),
        args,
        result,
    };
    let write = |count: usize, head: &str| {
        call(
            "write",
            CallArgs::Bytes {
                count,
                at: 0,
                head: Some(head.into()),
            },
            CallResult::None,
        )
    };
    let big = write(30, "50 4b 03 04 14 00 00 00");
    assert_eq!(
        Lang::En.call(&big),
        "zipfile.writestr → b.write(30 bytes at 0: 50 4b 03 04 14 00 00 00 …)"
    );
    assert_eq!(
        Lang::Ko.call(&big),
        "zipfile.writestr → b.write(30바이트, 위치 0: 50 4b 03 04 14 00 00 00 …)"
    );
    assert_eq!(
        Lang::En.call(&write(1, "0a")),
        "zipfile.writestr → b.write(1 byte at 0: 0a)"
    );
    assert_eq!(
        Lang::Ko.call(&write(1, "0a")),
        "zipfile.writestr → b.write(1바이트, 위치 0: 0a)"
    );
    let read = call(
        "read",
        CallArgs::Reprs(vec!["4".into()]),
        CallResult::Bytes {
            count: 1,
            head: Some("50".into()),
        },
    );
    assert_eq!(
        Lang::En.call(&read),
        "zipfile.writestr → b.read(4) → 1 byte: 50"
    );
    assert_eq!(
        Lang::Ko.call(&read),
        "zipfile.writestr → b.read(4) → 1바이트: 50"
    );
    let seek = call(
        "seek",
        CallArgs::Reprs(vec!["14".into(), "whence=0".into()]),
        CallResult::Repr("14".into()),
    );
    for lang in Lang::ALL {
        assert_eq!(
            lang.call(&seek),
            "zipfile.writestr → b.seek(14, whence=0) → 14"
        );
    }
    let view = CallStep {
        lib: Some("C code".into()),
        func: None,
        ..call(
            "getbuffer",
            CallArgs::Reprs(Vec::new()),
            CallResult::Memory { exports: 1 },
        )
    };
    assert_eq!(
        Lang::En.call(&view),
        "C code → b.getbuffer() → <memory> (exports: 1)"
    );
    assert_eq!(
        Lang::Ko.call(&view),
        "C 코드 → b.getbuffer() → <memory> (내보내기: 1)"
    );
}
