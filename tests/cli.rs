//! The command line: `run`'s exit codes and its messages for bad input.

use std::path::Path;
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"));
    // The English UI, whatever the caller's locale.
    c.env("LC_ALL", "C.UTF-8").env("LANG", "C.UTF-8");
    c
}

fn run(path: &str) -> Output {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    bin().arg("run").arg(p).output().expect("runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_script_that_raises_still_exits_zero() {
    let o = run("tests/conformance/001-seed-getbuffer-slice-assign.py");
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("BufferError: Existing exports of data: object cannot be re-sized\n"));
}

#[test]
fn unsupported_python_is_refused_before_anything_runs() {
    let o = run("tests/refused/class-def.py");
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "nothing ran");
    let e = stderr(&o);
    assert!(
        e.ends_with("class-def.py:3:1: unsupported: class definitions\n"),
        "{e}"
    );
}

#[test]
fn unknown_modules_and_builtins_are_refused_with_their_position() {
    // `--engine builtin`: refused (without it, the script runs under CPython when found).
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/refused/unknown-module.py");
    let o = bin()
        .args(["run", "--engine", "builtin"])
        .arg(p)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown-module.py:2:8: unsupported: the module 'os'"));
    let o = run("tests/refused/unknown-builtin.py");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown-builtin.py:3:1: unsupported: the builtin 'open'"));
}

#[test]
fn lone_surrogates_are_refused() {
    let o = run("tests/refused/534-str-surrogates.py");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unsupported: lone surrogates in str literals"));
}

#[test]
fn syntax_errors_name_file_line_and_column() {
    let o = run("tests/refused/syntax-error.py");
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("syntax-error.py:"), "{e}");
    assert!(e.contains(": SyntaxError: "), "{e}");
}

#[test]
fn missing_and_non_utf8_files_are_one_line_errors() {
    let o = bin()
        .args(["run", "no/such/file.py"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.starts_with("no/such/file.py: cannot read"), "{e}");
    assert_eq!(e.lines().count(), 1);

    let dir = std::env::temp_dir().join(format!("bytesio-tui-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("latin1.py");
    std::fs::write(&bad, b"x = b'\xff'\n").expect("write");
    let o = bin().arg("run").arg(&bad).output().expect("runs");
    assert_eq!(o.status.code(), Some(2));
    let p = bad.display();
    assert_eq!(
        stderr(&o),
        format!(
            "{p}:1:7: SyntaxError: Non-UTF-8 code starting with '\\xff' in file {p} on line 1, \
             but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
        )
    );
}

#[test]
fn memory_cap_raises_memory_error_in_the_transcript() {
    let dir = std::env::temp_dir().join(format!("bytesio-tui-cap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("big.py");
    std::fs::write(
        &script,
        "import io\nb = io.BytesIO()\nb.seek(4096)\nb.write(b'x')\nb.tell()\n",
    )
    .expect("write");
    let o = bin()
        .args(["--max-size", "1K", "run"])
        .arg(&script)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(">>> b.write(b'x')\nMemoryError\n>>> b.tell()\n4096\n"),
        "{out}"
    );
}

#[test]
fn deeply_nested_source_is_refused_not_a_crash() {
    let dir = std::env::temp_dir().join(format!("bytesio-tui-deep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let cases = [
        (
            "parens.py",
            format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000)),
            "too many nested parentheses",
        ),
        (
            "minus.py",
            format!("x = {}1\n", "-".repeat(100_000)),
            "expression nested too deeply",
        ),
        (
            "chain.py",
            format!("x = 1{}\n", "+1".repeat(100_000)),
            "expression nested too deeply",
        ),
    ];
    for (name, text, message) in cases {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write");
        let o = bin().arg("run").arg(&path).output().expect("runs");
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(&format!("SyntaxError: {message}")),
            "{name}: {}",
            stderr(&o)
        );
    }
    // Values nested deeply one statement at a time are fine; their repr fails as CPython's.
    let mut text = String::from("l = []\n");
    text.push_str(&"l = [l]\n".repeat(20_000));
    text.push_str("l\nlen(l)\n");
    let path = dir.join("values.py");
    std::fs::write(&path, text).expect("write");
    let o = bin().arg("run").arg(&path).output().expect("runs");
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.ends_with(
        ">>> l\nRecursionError: maximum recursion depth exceeded while getting the repr of an object\n>>> len(l)\n1\n"
    ));
}

#[test]
fn open_at_a_step_or_an_offset_and_resume_say_what_is_wrong() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = root.join("assets/01-seed-getbuffer.py");
    let o = bin()
        .arg(&seed)
        .args(["--step", "99"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--step 99: the script has 10 steps (0 to 10)"),
        "{}",
        stderr(&o)
    );
    let o = bin()
        .args(["--bytes", "6869", "--offset", "zz"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--offset"), "{}", stderr(&o));
    // A good place, without a terminal: the only complaint is the terminal.
    let o = bin()
        .arg(&seed)
        .args(["--step", "4"])
        .output()
        .expect("runs");
    assert!(stderr(&o).contains("not a terminal"), "{}", stderr(&o));
    // --resume with an empty state folder (a temp dir, never the user's).
    let dir = std::env::temp_dir().join(format!("bytesio-cli-state-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let o = bin()
        .arg("--resume")
        .env("XDG_STATE_HOME", &dir)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no saved session"), "{}", stderr(&o));
    let o = bin()
        .args(["--resume", "--bytes", "00"])
        .env("XDG_STATE_HOME", &dir)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
}
