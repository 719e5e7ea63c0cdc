//! `bytesio-tui render`: the frame as text, and its errors (exit 2, as `run`'s).

#[allow(dead_code)]
mod common;

use std::path::Path;
use std::process::{Command, Output};

fn render(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
        // The English UI, whatever the caller's locale.
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("render")
        .args(args)
        .output()
        .expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The command prints what `render::script` draws (the frame itself is the demo snapshot
/// 01-seed-getbuffer__step_07), as plain text lines.
#[test]
fn the_seed_demo_at_the_failing_close() {
    let o = render(&["assets/01-seed-getbuffer.py", "--step", "7"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/01-seed-getbuffer.py");
    let text = std::fs::read_to_string(&path).expect("reads");
    let program = bytesio_tui::script::parse_program(&text).expect("parses");
    let frame = bytesio_tui::ui::render::script(&path, program, Some(7), 1 << 30, 100, 30);
    // The names panel shows reprs with addresses, which differ between two processes.
    assert_eq!(Ok(common::mask(&out)), frame.map(|f| common::mask(&f)));
    assert_eq!(out.lines().count(), 30);
    assert!(out.lines().all(|l| !l.ends_with(' ')));
    // Every character this frame uses is one column wide.
    assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
}

#[test]
fn defaults_are_the_last_step_at_100x30_and_sizes_are_honoured() {
    let o = render(&["assets/01-seed-getbuffer.py"]);
    assert!(stdout(&o).contains("Step 10 of 10"));
    let o = render(&[
        "assets/03-write-tell-seek-read.py",
        "--step",
        "0",
        "--width",
        "120",
        "--height",
        "40",
    ]);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 40);
    assert!(out.contains("Step 0 of 11"), "{out}");
    // From 60x20 on, the compact layout.
    let o = render(&[
        "assets/01-seed-getbuffer.py",
        "--width",
        "60",
        "--height",
        "20",
    ]);
    let out = stdout(&o);
    assert!(
        out.contains("Step 10 of 10") && out.contains("exports: 0"),
        "{out}"
    );
}

#[test]
fn a_size_too_small_to_draw_is_an_error() {
    let o = render(&["assets/01-seed-getbuffer.py", "--width", "59"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert_eq!(
        stderr(&o),
        "bytesio-tui render: 59x30 is too small to draw; the app needs at least 60x20\n"
    );
    let o = render(&["--file", "Cargo.toml", "--width", "80", "--height", "19"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("bytesio-tui render: 80x19 is too small"));
    let o = render(&[
        "assets/01-seed-getbuffer.py",
        "--width",
        "60",
        "--height",
        "20",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 20);
}

#[test]
fn a_script_that_is_not_utf8_names_the_line_and_column_of_the_first_bad_byte() {
    let dir = std::env::temp_dir().join(format!("bytesio-tui-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("latin1.py");
    std::fs::write(&path, b"import io\r\nb = io.BytesIO()\n# caf\xe9\n").expect("writes");
    let o = render(&[path.to_str().expect("utf-8 path")]);
    assert_eq!(o.status.code(), Some(2));
    let p = path.display();
    assert_eq!(
        stderr(&o),
        format!(
            "{p}:3:6: SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {p} on line 3, \
             but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
        )
    );
}

#[test]
fn a_step_past_the_end_names_the_range() {
    let o = render(&["assets/01-seed-getbuffer.py", "--step", "11"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert_eq!(
        stderr(&o),
        "assets/01-seed-getbuffer.py: --step 11: the script has 10 steps (0 to 10)\n"
    );
}

#[test]
fn bad_scripts_are_refused_as_run_refuses_them() {
    let o = render(&["tests/refused/class-def.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).ends_with("class-def.py:3:1: unsupported: class definitions\n"),
        "{}",
        stderr(&o)
    );
    let o = render(&["tests/refused/syntax-error.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(": SyntaxError: "), "{}", stderr(&o));
    let o = render(&["no/such/file.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("no/such/file.py: cannot read"));
    // Refused at run time (the parser takes it, the engine does not model it).
    let dir = std::env::temp_dir().join(format!("bytesio-tui-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("file-kw.py");
    std::fs::write(&script, "import io\nb = io.BytesIO()\nprint(1, file=b)\n").expect("write");
    let o = render(&[script.to_str().unwrap_or_default()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).ends_with("file-kw.py:3:1: unsupported: print(file=...)\n"),
        "{}",
        stderr(&o)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_files_bytes() {
    let o = render(&["--file", "assets/04-write-past-end.out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("[3e]3e 3e 20 69 6d 70 6f"), "{out}");
    // A small file is logged as its bytes (the log replays).
    assert!(
        out.contains(">>> b = io.BytesIO(bytes.fromhex(\"3e3e3e20696d706f"),
        "{out}"
    );
    let o = render(&["--file", "assets/04-write-past-end.out", "--step", "1"]);
    assert_eq!(o.status.code(), Some(2));
    let o = render(&["--file", "no/such/file"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--file no/such/file: cannot read"));
    assert!(Path::new("assets").exists());
}

#[test]
fn a_script_and_a_subcommand_do_not_mix() {
    let o = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
        // The English UI, whatever the caller's locale.
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["assets/01-seed-getbuffer.py", "--file", "x"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    // Without a terminal the app says so, after checking the script.
    let o = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
        // The English UI, whatever the caller's locale.
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("tests/refused/class-def.py")
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("class-def.py:3:1: unsupported: class definitions"));
    let o = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
        // The English UI, whatever the caller's locale.
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("assets/01-seed-getbuffer.py")
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a terminal"), "{}", stderr(&o));
}
