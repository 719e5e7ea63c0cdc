//! `bytesio-tui record`: an asciicast v2 file of stepping through a script, a frame per step
//! and a marker per step; the same command gives the same file. A recording is replayed into
//! a terminal emulator (pyte, when python3 has it) and the modal's text read back.

use std::path::PathBuf;
use std::process::{Command, Output};

use insta::assert_snapshot;
use serde_json::Value;

const SEED: &str = "assets/01-seed-getbuffer.py";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
        // The English UI, whatever the caller's locale.
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .current_dir(root())
        .args(args)
        .output()
        .expect("runs")
}

/// `record ARGS -o -`: the recording, as text.
fn record(args: &[&str]) -> String {
    let mut all = vec!["record"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", "-"]);
    let o = bin(&all);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("UTF-8")
}

/// The header and the events, each line parsed as JSON.
fn parse(cast: &str) -> (Value, Vec<(f64, String, String)>) {
    let mut lines = cast.lines();
    let header: Value = serde_json::from_str(lines.next().expect("a header")).expect("JSON");
    let events = lines
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("JSON");
            let a = v.as_array().expect("an array");
            assert_eq!(a.len(), 3, "{l}");
            (
                a[0].as_f64().expect("a time"),
                a[1].as_str().expect("a kind").to_string(),
                a[2].as_str().expect("data").to_string(),
            )
        })
        .collect();
    (header, events)
}

/// Text without escape sequences (CSI ... final byte).
fn strip(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for d in chars.by_ref() {
                    if ('@'..='~').contains(&d) {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn the_seed_lesson_a_frame_and_a_marker_per_step() {
    let cast = record(&[SEED]);
    let (header, events) = parse(&cast);
    assert_eq!(header["version"], 2);
    assert_eq!(header["width"], 100);
    assert_eq!(header["height"], 30);
    assert_eq!(header["title"], "01-seed-getbuffer.py");
    assert!(header.get("timestamp").is_none(), "no clock in the file");
    let frames: Vec<_> = events.iter().filter(|e| e.1 == "o").collect();
    let marks: Vec<_> = events.iter().filter(|e| e.1 == "m").collect();
    // Steps 0 to 10, then an empty output that holds the last frame for one more delay.
    assert_eq!(marks.len(), 11);
    assert_eq!(frames.len(), 12);
    for (k, m) in marks.iter().enumerate() {
        assert_eq!(m.0, k as f64 * 1.5);
        assert!(m.2.starts_with(&format!("step {k}: ")), "{}", m.2);
        let f = frames[k];
        assert_eq!(f.0, m.0);
        // A full redraw: clear, home, then the frame.
        assert!(f.2.contains("\x1b[2J\x1b[H"));
        assert!(
            strip(&f.2).contains(&format!("Step {k} of 10")),
            "frame {k}"
        );
    }
    assert_eq!(marks[7].2, "step 7: line 24: b.close()");
    assert_eq!(frames[11].0, 16.5);
    assert_eq!(frames[11].2, "");
    // The close() that fails shows the modal, in colour (bold light red).
    assert!(frames[7].2.contains("\x1b[0;1;91m┌ BufferError ─"));
    assert!(strip(&frames[7].2).contains("1 live export blocks close():"));
    // The recording goes on to the end: the view released, the stream closed.
    assert!(strip(&frames[10].2).contains("closed"));
    assert!(!strip(&frames[10].2).contains("┌ BufferError"));
}

/// What happens when in a recording, one line per event (a frame by its status line).
fn outline(cast: &str) -> String {
    let (header, events) = parse(cast);
    let mut out = format!("{header}\n");
    for (t, kind, data) in events {
        let what = if kind == "o" {
            let plain = strip(&data);
            let status = plain
                .split(" Step ")
                .nth(1)
                .map(|s| s.split(" │").next().unwrap_or(""))
                .map_or_else(
                    || format!("{} characters", data.len()),
                    |s| format!("Step {s}"),
                );
            let modal = if plain.contains("┌ BufferError") {
                " + BufferError modal"
            } else {
                ""
            };
            format!("frame: {status}{modal}")
        } else {
            data
        };
        out.push_str(&format!("{t:>5} {kind} {what}\n"));
    }
    out
}

#[test]
fn a_recording_ending_on_the_modal() {
    let cast = record(&[SEED, "--to", "7", "--delay", "0.25", "--size", "120x40"]);
    assert_snapshot!("seed_to_the_modal", outline(&cast));
    let (header, events) = parse(&cast);
    assert_eq!(
        (&header["width"], &header["height"]),
        (&120.into(), &40.into())
    );
    let last = events.iter().rev().find(|e| e.1 == "o" && !e.2.is_empty());
    let last = last.expect("a frame");
    assert!(strip(&last.2).contains("BufferError: Existing exports of data"));
}

#[test]
fn the_same_command_gives_the_same_file_and_names_no_path() {
    let dir = std::env::temp_dir().join(format!("bytesio-tui-record-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let script = root().join(SEED);
    let script = script.to_str().expect("a UTF-8 path");
    let write = |name: &str| {
        let out = dir.join(name);
        let o = bin(&["record", script, "-o", out.to_str().expect("UTF-8")]);
        assert_eq!(o.status.code(), Some(0));
        assert!(o.stdout.is_empty());
        std::fs::read(&out).expect("the recording")
    };
    let (a, b) = (write("a.cast"), write("b.cast"));
    assert!(a == b, "two recordings differ");
    let text = String::from_utf8(a).expect("UTF-8");
    assert_eq!(text, record(&[SEED]));
    assert!(!text.contains(env!("CARGO_MANIFEST_DIR")));
    assert!(!text.contains(&dir.to_string_lossy().into_owned()));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_arguments_are_refused() {
    let o = bin(&["record", SEED, "--to", "11", "-o", "-"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "assets/01-seed-getbuffer.py: --to 11: the script has 10 steps (0 to 10)\n"
    );
    assert!(o.stdout.is_empty());
    for bad in [["--size", "100"], ["--size", "0x30"], ["--delay", "-1"]] {
        let o = bin(&["record", SEED, bad[0], bad[1], "-o", "-"]);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
    }
    let o = bin(&["record", "tests/refused/class-def.py", "-o", "-"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unsupported: class definitions"));
}

/// Replays a recording up to `until` seconds into pyte's screen; prints the screen, then the
/// colour and boldness of the modal title's first letter.
const PYTE: &str = r#"
import json, sys
import pyte
path, until = sys.argv[1], float(sys.argv[2])
with open(path, encoding="utf-8") as f:
    header = json.loads(f.readline())
    screen = pyte.Screen(header["width"], header["height"])
    stream = pyte.Stream(screen)
    for line in f:
        t, kind, data = json.loads(line)
        if t > until:
            break
        if kind == "o":
            stream.feed(data)
for row in screen.display:
    print(row.rstrip())
for y, row in enumerate(screen.display):
    i = row.find("┌ BufferError")
    if i >= 0:
        cell = screen.buffer[y][i + 2]
        print(f"title: {cell.data} {cell.fg} bold={cell.bold}")
"#;

fn pyte() -> bool {
    Command::new("python3")
        .args(["-c", "import pyte"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn a_terminal_emulator_replays_the_modal() {
    if !pyte() {
        eprintln!("skipped: python3 with pyte is not available (pip install pyte)");
        return;
    }
    let dir = std::env::temp_dir().join(format!("bytesio-tui-pyte-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let file = dir.join("seed.cast");
    std::fs::write(&file, record(&[SEED])).expect("writes");
    let replay = |until: f64| {
        let o = Command::new("python3")
            .arg("-c")
            .arg(PYTE)
            .arg(&file)
            .arg(until.to_string())
            .output()
            .expect("python3 runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).expect("UTF-8")
    };
    // Step 7 (at 10.5 s) is the failing close(): the screen shows the modal and its
    // narration, drawn as the app draws it.
    let screen = replay(10.5);
    let path = root().join(SEED);
    let program =
        bytesio_tui::script::parse_program(&std::fs::read_to_string(&path).expect("reads"))
            .expect("parses");
    let want = bytesio_tui::ui::render::script(&path, program, Some(7), 1 << 30, 100, 30)
        .expect("renders");
    let mask = |s: &str| {
        s.lines()
            .filter(|l| !l.contains(" at 0x"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (rows, title) = screen.split_at(screen.find("title: ").expect("the modal's title"));
    assert_eq!(mask(rows), mask(&want));
    for text in [
        "BufferError: Existing exports of data: object cannot be re-sized",
        "1 live export blocks close():",
        "A view points into the stream's own memory",
        "Fix: view.release()",
    ] {
        assert!(rows.contains(text), "{text}");
    }
    assert_eq!(title.trim(), "title: B brightred bold=True");
    // The end: step 10, no modal.
    let end = replay(1e9);
    assert!(end.contains("Step 10 of 10"));
    assert!(!end.contains("title: "));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--record`'s markers: one per statement the live session runs, one per step in step
/// mode, none again for the steps a branch starts with.
#[test]
fn live_markers_follow_statements_and_steps() {
    use bytesio_tui::app::{Action, App, Options, Start, StepMove, update};
    use bytesio_tui::ui::record::Marks;
    let path = root().join(SEED);
    let program =
        bytesio_tui::script::parse_program(&std::fs::read_to_string(&path).expect("reads"))
            .expect("parses");
    let mut app = App::new(Options {
        python: Default::default(),
        max_size: 1 << 24,
        color: false,
        start: Start::Script { path, program },
    });
    let mut marks = Marks::default();
    assert_eq!(marks.new_labels(&app), ["step 0: start"]);
    assert!(marks.new_labels(&app).is_empty(), "nothing new, no marker");
    update(&mut app, Action::Step(StepMove::To(3)));
    assert_eq!(
        marks.new_labels(&app),
        ["step 3: line 10: view = b.getbuffer()"]
    );
    update(&mut app, Action::RunStatement("b.getvalue()".into()));
    assert!(app.script.is_none());
    assert_eq!(marks.new_labels(&app), ["line 11: b.getvalue()"]);
    update(
        &mut app,
        Action::RunStatement("b.seek(2); b.read(1)".into()),
    );
    assert_eq!(
        marks.new_labels(&app),
        ["line 12: b.seek(2)", "line 12: b.read(1)"]
    );
}
