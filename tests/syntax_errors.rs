//! SyntaxErrors as CPython 3.11 words and places them: common mistakes (brackets, colons,
//! commas, indents, strings, Python 2's print), bad escapes in string and bytes
//! literals (the codec's message, the byte column past the literal) and coding declarations
//! (honoured, or refused with CPython's `encoding problem`). Each case is run by
//! `bytesio-tui run` and by python3; a missing python3 fails under `CI=true`.

use std::path::{Path, PathBuf};
use std::process::Command;

const ESCAPES: &[&[u8]] = &[
    b"x = b'\\x'\n",
    b"x = b'\\x4g'\n",
    b"x = b'abc\\xzz'\n",
    b"x = '\\x'\n",
    b"x = 'ab\\x4'\n",
    b"x = '\\N{foo}'\n",
    b"x = '\\N{LATIN SMALL LETTER A'\n",
    b"x = '\\N'\n",
    b"x = '\\N{}'\n",
    b"x = '\\u12'\n",
    b"x = '\\U1234'\n",
    b"x = '\\U00110000'\n",
    b"x = f'\\x'\n",
    b"x = f'{1}\\N{foo}'\n",
    b"x = f'a{{b\\x'\n",
    b"x = 'a' '\\x'\n",
    b"x = '''a\n\\x'''\n",
    b"x = '\xc3\xa9\\x4'\n",
    b"x = '\\\xc3\xa9\\x'\n",
    b"\xc3\xa9 = b'\xc3\xa9'\n",
    b"x = '\\N{latin small letter a}\\N{HANGUL SYLLABLE GA}'\n",
];

const CODINGS: &[&[u8]] = &[
    b"# -*- coding: latin-1 -*-\nx = '\xe9'\nprint(x, len(x))\n",
    b"#!/usr/bin/env python3\n# coding=latin-1\nx = b'\xe9'\n",
    b"# coding: nonsense\nx = 1\n",
    b"\n\n# coding: latin-1\nx = '\xe9'\n",
    b"# coding: utf-8\nx = '\xff'\n",
    b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    b"# coding: ascii\nx = '\xe9'\n",
    b"# coding: ascii\nx = 1\n",
    b"# coding: utf-16\nx = 1\n",
    b"# vim: set fileencoding=Latin_1 :\nx = '\xe9'\nprint(repr(x))\n",
];

/// The mistakes a student makes (an unclosed bracket, a missing colon or comma, a bad
/// indent, Python 2's print, smart quotes): CPython's tokenizer and parser word them.
const MISTAKES: &[&[u8]] = &[
    b"b = io.BytesIO(b\"abc\"\n",
    b"b.write(b\"x\"))\n",
    b"x = [1, 2)\n",
    b"s = \"abc\n",
    b"s = '''abc\n",
    b"if x == 1\n    pass\n",
    b"if x:\npass\n",
    b"  x = 1\n",
    b"print \"hi\"\n",
    b"x = 1 +\n",
    b"b.write(b\"a\" b\"c\" 1)\n",
    b"f(x y)\n",
    b"x == = 2\n",
    b"def f(:\n    pass\n",
    b"for i in range(3) print(i)\n",
    b"x = (1, 2\ny = 3\n",
    b"1 = x\n",
    b"b.seek(0\nb.read()\n",
    b"import io\nb = io.BytesIO()\n  b.write(b\"x\")\n",
    b"if True:\n    x = 1\n   y = 2\n",
    b"x = {1: 2\n",
    b"if 1:\n        x = 1\n      y = 2\n",
    b"def f():\nreturn 1\n",
    b"for i in x:\n\nprint(i)\n",
    b"with open(f) as g:\nx\n",
    b"while (a and\n   b):\nx\n",
    b"f() = 1\n",
    b"a + 1 = 2\n",
    b"None = 1\n",
    b"x = (1,\n  2]\n",
    b"x = \"\"\"a\nb\n",
    b"f(a, b=1 c)\n",
    b"{1: 2 3: 4}\n",
    b"class A:\n\nx=1\n",
    b"try:\nx\n",
    b"else:\n  x\n",
    b"if x:\n  pass\nelif y\n  pass\n",
    b"f(x for x in y, 1)\n",
    b"import\n",
    b"b.write(b'abc' 'def')\n",
    b"x = \xe2\x80\x9cabc\xe2\x80\x9d\n",
    b"x = 1abc\n",
    b"x = 5 \\ 3\n",
    b"del f()\n",
    b"f(**x, *y)\n",
    b"def f(a=1, b):\n  pass\n",
    b"f(a=1, a=2)\n",
    b"async def f():\nx\n",
    b"if x:\n    pass\nelse:\nx\n",
    b"try:\n  x\nexcept E:\ny\n",
    b"b = io.BytesIO()\nb.write(b'x' b'y'\nb.seek(0)\n",
    b"b.write('\xed\x95\x9c\xea\xb8\x80\n",
    b"x = f(1, 2 3)\n",
];

fn python() -> Option<&'static str> {
    let found = Command::new("python3")
        .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
        .status()
        .is_ok_and(|s| s.success());
    if found {
        return Some("python3");
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "CI=true and no python3 3.11 to compare SyntaxErrors with"
    );
    eprintln!("skipped: no python3 3.11");
    None
}

fn write_cases(tag: &str, cases: &[&[u8]]) -> (PathBuf, Vec<PathBuf>) {
    let dir = std::env::temp_dir().join(format!("bytesio-syntax-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let paths = cases
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let p = dir.join(format!("c{k:02}.py"));
            std::fs::write(&p, c).expect("write case");
            p
        })
        .collect();
    (dir, paths)
}

/// `LINE:COL: CLASS: MSG` (or `OK` and the transcript's output) from the engine.
fn ours(path: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
        .args(["--engine", "builtin", "run"])
        .arg(path)
        .output()
        .expect("run bytesio-tui");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let prefix = format!("{}:", path.display());
    match out.status.code() {
        Some(0) => "OK".into(),
        Some(2) => stderr
            .lines()
            .next()
            .and_then(|l| l.strip_prefix(&prefix))
            .unwrap_or(&stderr)
            .to_string(),
        other => panic!("{}: exit {other:?}: {stderr}", path.display()),
    }
}

#[test]
fn escape_errors_are_cpythons() {
    same_as_cpython("esc", ESCAPES);
}

#[test]
fn common_mistakes_are_worded_and_placed_as_cpython_does() {
    same_as_cpython("mistakes", MISTAKES);
}

/// Each case gives the engine's `LINE:COL: CLASS: MSG` that CPython's compile() gives.
fn same_as_cpython(tag: &str, cases: &[&[u8]]) {
    let Some(py) = python() else { return };
    let (dir, paths) = write_cases(tag, cases);
    // One CPython for every case: compile() of the file's bytes, as `python3 FILE` reads it.
    let driver = "import sys\n\
        for p in sys.argv[1:]:\n\
        \x20   try:\n\
        \x20       compile(open(p, 'rb').read(), p, 'exec'); print('OK')\n\
        \x20   except SyntaxError as e:\n\
        \x20       print(f'{e.lineno}:{e.offset}: {type(e).__name__}: {e.msg}')\n";
    let out = Command::new(py)
        .arg("-c")
        .arg(driver)
        .args(&paths)
        .output()
        .expect("python3");
    let want = String::from_utf8_lossy(&out.stdout).into_owned();
    let want: Vec<&str> = want.lines().collect();
    assert_eq!(
        want.len(),
        paths.len(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let errors = want.iter().filter(|w| **w != "OK").count();
    assert!(errors >= cases.len() - 1, "the cases are errors: {want:?}");
    for (path, want) in paths.iter().zip(want) {
        let source = String::from_utf8_lossy(&std::fs::read(path).expect("case")).into_owned();
        assert_eq!(ours(path), want, "{source:?}");
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn coding_declarations_are_honoured_or_refused_as_cpython_does() {
    let Some(py) = python() else { return };
    let (dir, paths) = write_cases("coding", CODINGS);
    for path in &paths {
        let source = String::from_utf8_lossy(&std::fs::read(path).expect("case")).into_owned();
        let out = Command::new(py).arg(path).output().expect("python3");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let got = ours(path);
        if out.status.success() {
            // Runs in both: the script's own output is the transcript's last line.
            assert_eq!(got, "OK", "{source:?}");
            let printed = String::from_utf8_lossy(&out.stdout).into_owned();
            let transcript = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
                .args(["--engine", "builtin", "run"])
                .arg(path)
                .output()
                .expect("run");
            let transcript = String::from_utf8_lossy(&transcript.stdout).into_owned();
            for line in printed.lines() {
                assert!(
                    transcript.lines().any(|l| l == line),
                    "{source:?}: {line:?} in {transcript}"
                );
            }
            continue;
        }
        let message = stderr.lines().last().unwrap_or("");
        let (place, text) = got.split_once(": ").unwrap_or(("", &got));
        assert_eq!(text, message, "{source:?}");
        // CPython names the line when it names one ("File ..., line N").
        let file_line = format!("File \"{}\", line ", path.display());
        let line = stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix(&file_line));
        if let Some(line) = line {
            assert!(
                place.starts_with(&format!("{line}:")),
                "{source:?}: {got} vs {stderr}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}
