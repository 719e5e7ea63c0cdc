//! The session as Python (`--save FILE.py`): CPython runs the saved script (through
//! tests/oracle/transcript.py, the prompt's rules) with the same transcript as the app's log.
//! And the interactive app in a real pseudo-terminal, with `--save` and `--record`.
//! Needs python3: skipped without it, except under CI=true.

#[allow(dead_code)]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use bytesio_tui::app::{Action, App, Op, Options, Start, StepMove, handle_event, update};
use bytesio_tui::script::parse_program;
use bytesio_tui::ui::save;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn python() -> bool {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "CI=true and no python3 on PATH"
        );
        eprintln!("skipped: no python3 on PATH");
    }
    ok
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bytesio-tui-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    dir.join(name)
}

/// CPython's transcript of a script file, as the prompt prints it.
fn cpython(path: &Path) -> String {
    let o = Command::new("python3")
        .arg(root().join("tests/oracle/transcript.py"))
        .arg(path)
        .output()
        .expect("python3 runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).expect("UTF-8")
}

fn key(app: &mut App, code: KeyCode) {
    handle_event(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// `:` + statement + Enter.
fn stmt(app: &mut App, text: &str) {
    typed(app, ":");
    typed(app, text);
    key(app, KeyCode::Enter);
}

fn app(start: Start) -> App {
    let mut app = App::new(Options {
        python: Default::default(),
        max_size: 1 << 24,
        color: false,
        start,
    });
    update(&mut app, Action::Resize(100, 30));
    app
}

/// Saves the session, checks the header and that CPython prints the app's log for it.
fn saved_replays(app: &App, name: &str) -> String {
    let text = save::script(app);
    assert!(text.starts_with("# A bytesio-tui "), "{text}");
    assert!(text.contains("saved on quit (--save)"));
    // The script the engine parses is every statement; the header is comments only.
    assert!(parse_program(&text).is_ok(), "{text}");
    let path = temp(name);
    save::write(app, &path).expect("writes");
    assert_eq!(std::fs::read_to_string(&path).expect("reads"), text);
    let want = common::mask(&app.transcript());
    let got = common::mask(&cpython(&path));
    assert_eq!(got, want, "{}", common::first_difference(&want, &got));
    // bytesio-tui's own `run` agrees too.
    let engine = common::engine_transcript(&path).expect("runs");
    assert_eq!(common::mask(&engine), want);
    let _ = std::fs::remove_file(&path);
    text
}

#[test]
fn a_session_typed_and_run_by_keys_replays_under_cpython() {
    if !python() {
        return;
    }
    let mut a = app(Start::Default);
    // w: write at the position; v: getbuffer; e: a byte through the view; c: close, which
    // fails (the modal); f: release and retry; then a statement that fails in Python.
    key(&mut a, KeyCode::Char('w'));
    typed(&mut a, "xyz");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('v'));
    key(&mut a, KeyCode::Char('e'));
    typed(&mut a, "65");
    key(&mut a, KeyCode::Enter);
    update(&mut a, Action::Run(Op::GetValue));
    stmt(&mut a, "b.seek(1); b.read(2)");
    // `c` says what it runs first; `y` runs it.
    key(&mut a, KeyCode::Char('c'));
    assert!(matches!(a.mode, bytesio_tui::app::Mode::Confirm(_)));
    key(&mut a, KeyCode::Char('y'));
    assert!(matches!(a.mode, bytesio_tui::app::Mode::Modal(_)));
    key(&mut a, KeyCode::Char('f'));
    stmt(&mut a, "b.closed");
    stmt(&mut a, "b.read()");
    stmt(&mut a, "for i in range(2): print(i)");
    let text = saved_replays(&a, "typed.py");
    assert!(
        text.ends_with("b.read()\nfor i in range(2): print(i)\n"),
        "{text}"
    );
    assert!(text.contains("view.release()\nb.close()\n"), "{text}");
    // The log has every statement and its output.
    let log = a.transcript();
    assert!(log.contains(">>> b.close()\nBufferError: Existing exports of data"));
    assert!(log.contains("ValueError: I/O operation on closed file.\n"));
}

#[test]
fn a_session_branched_from_a_script_replays_under_cpython() {
    if !python() {
        return;
    }
    let path = root().join("assets/01-seed-getbuffer.py");
    let program = parse_program(&std::fs::read_to_string(&path).expect("reads")).expect("parses");
    let mut a = app(Start::Script { path, program });
    update(&mut a, Action::Step(StepMove::To(4)));
    // `:` in step mode asks before it branches a copy; `y` opens the prompt.
    key(&mut a, KeyCode::Char(':'));
    assert!(matches!(a.mode, bytesio_tui::app::Mode::Confirm(_)));
    key(&mut a, KeyCode::Char('y'));
    typed(&mut a, "view[0] = 0x41");
    key(&mut a, KeyCode::Enter);
    stmt(&mut a, "b.getvalue()");
    assert!(a.script.is_none(), "a statement branches a live session");
    let text = saved_replays(&a, "branched.py");
    assert!(
        text.contains("# The first 4 steps come from the script"),
        "{text}"
    );
    assert!(text.contains("view[2:4] = b\"sa\"\nview[0] = 0x41\nb.getvalue()\n"));
}

#[test]
fn step_mode_saves_the_script_up_to_the_step_shown() {
    if !python() {
        return;
    }
    let path = root().join("assets/01-seed-getbuffer.py");
    let source = std::fs::read_to_string(&path).expect("reads");
    let program = parse_program(&source).expect("parses");
    let mut a = app(Start::Script { path, program });
    update(&mut a, Action::Step(StepMove::To(7)));
    let text = saved_replays(&a, "stepped.py");
    assert!(text.contains("# The script 01-seed-getbuffer.py up to step 7 of 10"));
    let body = text.split_once("\n\n").map_or("", |(_, b)| b);
    let upto = source.find("b.close()").expect("close") + "b.close()".len();
    assert_eq!(body, format!("{}\n", &source[..upto]));
}

#[test]
fn bytes_given_on_the_command_line_are_spelled_out() {
    if !python() {
        return;
    }
    let mut a = app(Start::Bytes(vec![0, 0xff, b'a', b'\n']));
    stmt(&mut a, "b.read()");
    let text = saved_replays(&a, "bytes.py");
    assert!(text.contains("import io\n"));
}

/// Runs the app in a pty with `--save` and `--record`, types a session, quits with `q`.
const DRIVER: &str = r#"
import fcntl, os, select, struct, subprocess, sys, termios, time
exe, save, cast = sys.argv[1:4]
master, slave = os.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
p = subprocess.Popen([exe, "--save", save, "--record", cast], stdin=slave, stdout=slave,
                     stderr=slave, start_new_session=True)
def read_for(secs):
    out = b""
    end = time.time() + secs
    while time.time() < end:
        r, _, _ = select.select([master], [], [], 0.05)
        if r:
            try:
                out += os.read(master, 65536)
            except OSError:
                break
    return out
out = read_for(2.0)
for keys in [b":b.write(b'xy')\r", b"v", b"c", b"y", b"f", b"q", b"y"]:
    os.write(master, keys)
    out += read_for(0.6)
try:
    code = p.wait(timeout=10)
except subprocess.TimeoutExpired:
    p.kill()
    print("still running")
    sys.exit(0)
out += read_for(0.3)
print(f"exit={code}")
sys.stdout.flush()
sys.stdout.buffer.write(out)
"#;

#[test]
fn the_app_saves_and_records_what_the_user_did() {
    if !python() {
        return;
    }
    let (save, cast) = (temp("pty.py"), temp("pty.cast"));
    let o = Command::new("python3")
        .args(["-c", DRIVER, env!("CARGO_BIN_EXE_bytesio-tui")])
        // The English UI, whatever the caller's locale.
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .arg(&save)
        .arg(&cast)
        .output()
        .expect("python3 runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("exit=0\n"), "{out}");
    assert!(out.contains("session saved to"), "{out}");
    let script = std::fs::read_to_string(&save).expect("the saved session");
    let body = script.split_once("\n\n").map_or("", |(_, b)| b);
    assert_eq!(
        body,
        "import io\nb = io.BytesIO(b\"abcdef\")\nb.write(b'xy')\nview = b.getbuffer()\n\
         b.close()\nview.release()\nb.close()\n"
    );
    let want = "\
>>> import io
>>> b = io.BytesIO(b\"abcdef\")
>>> b.write(b'xy')
2
>>> view = b.getbuffer()
>>> b.close()
BufferError: Existing exports of data: object cannot be re-sized
>>> view.release()
>>> b.close()
";
    assert_eq!(cpython(&save), want);

    let text = std::fs::read_to_string(&cast).expect("the recording");
    let mut lines = text.lines();
    let header: Value = serde_json::from_str(lines.next().expect("a header")).expect("JSON");
    assert_eq!(header["version"], 2);
    assert_eq!(
        (&header["width"], &header["height"]),
        (&100.into(), &30.into())
    );
    let events: Vec<Value> = lines
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let times: Vec<f64> = events.iter().filter_map(|e| e[0].as_f64()).collect();
    assert_eq!(times.len(), events.len());
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    // Real timing, idle gaps capped at 2 s: the session took about 5 s.
    let last = times.last().copied().unwrap_or(0.0);
    assert!((2.0..10.0).contains(&last), "{last}");
    let marks: Vec<&str> = events
        .iter()
        .filter(|e| e[1] == "m")
        .filter_map(|e| e[2].as_str())
        .collect();
    assert_eq!(
        marks,
        [
            "line 1: import io",
            "line 2: b = io.BytesIO(b\"abcdef\")",
            "line 3: b.write(b'xy')",
            "line 4: view = b.getbuffer()",
            "line 5: b.close()",
            "line 6: view.release()",
            "line 7: b.close()",
        ]
    );
    // What the terminal was sent, frame by frame: the modal among them.
    let output: String = events
        .iter()
        .filter(|e| e[1] == "o")
        .filter_map(|e| e[2].as_str())
        .collect();
    assert!(output.contains("BufferError"));
    assert!(output.contains("Existing exports of data"));
    let _ = std::fs::remove_file(&save);
    let _ = std::fs::remove_file(&cast);
}

#[test]
fn the_s_key_saves_the_session_where_the_prompt_says() {
    if !python() {
        return;
    }
    let mut a = app(Start::Default);
    stmt(&mut a, "view = b.getbuffer()");
    stmt(&mut a, "view[0] = 0x41");
    stmt(&mut a, "b.close()");
    // The modal; Esc closes it.
    key(&mut a, KeyCode::Esc);
    let path = temp("s-key.py");
    key(&mut a, KeyCode::Char('S'));
    let bytesio_tui::app::Mode::Prompt(p) = &a.mode else {
        panic!("S opens a prompt: {:?}", a.mode);
    };
    assert_eq!(p.input, "session.py", "the default file");
    // Typing replaces the default.
    typed(&mut a, path.to_str().expect("utf-8 path"));
    key(&mut a, KeyCode::Enter);
    let text = std::fs::read_to_string(&path).expect("S wrote the file");
    assert!(text.contains("saved with the S key"), "{text}");
    let notice = a.notice.as_ref().map(|n| n.msg.en()).unwrap_or_default();
    assert!(notice.contains(&path.display().to_string()), "{notice}");
    let want = common::mask(&a.transcript());
    assert_eq!(common::mask(&cpython(&path)), want);
    // Everything is saved: q quits without asking; S again offers the same file.
    key(&mut a, KeyCode::Char('S'));
    let bytesio_tui::app::Mode::Prompt(p) = &a.mode else {
        panic!("S opens a prompt");
    };
    assert_eq!(p.input, path.display().to_string());
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Char('q'));
    assert!(a.quit, "nothing unsaved: q quits at once");
    let _ = std::fs::remove_file(&path);
}
