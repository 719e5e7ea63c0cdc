//! Python versions: the whole corpus (tests/conformance and tests/cases) under `run --python 3.10 / 3.12 / 3.13` equals what
//! those interpreters print (where installed: pyenv's versions or python3.X on PATH); for
//! 3.14 to 3.16, where no interpreter is here, the behaviour shared/docs/versions.md gives,
//! each test citing the change it comes from; the seed lesson under 3.16; `--compare`.

#[allow(dead_code)]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use bytesio_tui::cpython::interp;
use bytesio_tui::model::profile::Version;
use common::{first_difference, mask, scripts};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"));
    // The English UI, whatever the caller's locale.
    c.env("LC_ALL", "C.UTF-8").env("LANG", "C.UTF-8");
    c
}

/// `bytesio-tui run --python V SCRIPT` under the built-in engine.
fn run_as(version: &str, script: &Path) -> String {
    let out = bin()
        .args(["run", "--engine", "builtin", "--python", version])
        .arg(script)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}: {}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// The transcript of `source` under `--python version`.
fn transcript(version: &str, source: &str) -> String {
    let dir = std::env::temp_dir().join(format!("bytesio-versions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let name = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = dir.join(format!("{version}-{name}.py"));
    std::fs::write(&path, source).expect("script written");
    let out = run_as(version, &path);
    let _ = std::fs::remove_file(&path);
    out
}

/// The scripts of the corpus (tests/conformance and tests/cases) whose transcript under
/// `--python V` still differs from CPython V's, each with why. Held to be exactly the set
/// that differs, so an entry that no longer differs fails too.
const KNOWN_DIFFERENCES: &[(&str, &[(&str, &str)])] = &[
    ("3.10", KNOWN_3_10),
    ("3.12", KNOWN_3_12),
    ("3.13", KNOWN_3_13),
];

const KNOWN_3_10: &[(&str, &str)] = &[(
    "737-sort-long-lists-and-failing-comparisons.py",
    "list.sort's merges before 3.11's powersort leave another partial order when a comparison fails",
)];
const KNOWN_3_12: &[(&str, &str)] = &[(
    "766-encode-decode.py",
    "3.12 adds a note (\"decoding with 'utf-16-le' codec failed\") to a lone-surrogate error",
)];
const KNOWN_3_13: &[(&str, &str)] = &[
    (
        "544-nameerror-candidate-order.py",
        "3.13 orders a NameError's \"Did you mean\" candidates anew (builtins before worse globals)",
    ),
    (
        "737-sort-long-lists-and-failing-comparisons.py",
        "3.13's count_run (descending runs with equal items) leaves another partial order",
    ),
    (
        "766-encode-decode.py",
        "as 3.12: a note on a lone-surrogate error",
    ),
];

fn corpus_under(version: &str) {
    let py = match interp::find(Some(version)) {
        Ok(i) => i,
        Err(e) => {
            if common::under_ci() {
                panic!("CI=true and no python{version}: {e}");
            }
            eprintln!("python{version} not found: skipping ({e})");
            return;
        }
    };
    let Some(v) = Version::parse(version) else {
        panic!("{version} is no version the engine knows");
    };
    let files: Vec<PathBuf> = ["tests/conformance", "tests/cases"]
        .iter()
        .flat_map(|d| scripts(d))
        .collect();
    assert!(files.len() >= 300, "{} scripts", files.len());
    // One interpreter process for the whole corpus.
    let wants = common::oracle_many(&py.path, &files).unwrap_or_else(|e| panic!("{e}"));
    let differ: Vec<(String, String)> = common::in_threads(
        &files.iter().zip(&wants).collect::<Vec<_>>(),
        2,
        |(file, want)| {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let want = mask(want);
            match common::engine_transcript_as(file, v) {
                Ok(got) if mask(&got) == want => None,
                Ok(got) => Some((name, first_difference(&want, &mask(&got)))),
                Err(e) => Some((name, e)),
            }
        },
    )
    .into_iter()
    .flatten()
    .collect();
    let known: Vec<&str> = KNOWN_DIFFERENCES
        .iter()
        .filter(|(k, _)| *k == version)
        .flat_map(|(_, list)| list.iter().map(|(name, _)| *name))
        .collect();
    let unexpected: Vec<String> = differ
        .iter()
        .filter(|(name, _)| !known.contains(&name.as_str()))
        .map(|(name, why)| format!("{name}: {why}"))
        .collect();
    let stale: Vec<&str> = known
        .iter()
        .copied()
        .filter(|k| !differ.iter().any(|(name, _)| name == k))
        .collect();
    assert!(
        unexpected.is_empty() && stale.is_empty(),
        "under {} ({}):\ndiffer and are not known:\n{}\nknown but no longer differ: {:?}",
        version,
        py.version,
        unexpected.join("\n"),
        stale
    );
}

#[test]
fn shared_corpus_under_3_10_equals_python3_10() {
    corpus_under("3.10");
}

#[test]
fn shared_corpus_under_3_12_equals_python3_12() {
    corpus_under("3.12");
}

#[test]
fn shared_corpus_under_3_13_equals_python3_13() {
    corpus_under("3.13");
}

/// The reference itself: nothing is known to differ under 3.11.
#[test]
fn shared_corpus_under_3_11_equals_python3_11() {
    corpus_under("3.11");
}

const SEED_CLOSE: &str = "import io\n\
    b = io.BytesIO(b\"abcdef\")\n\
    view = b.getbuffer()\n\
    b.close()\n\
    b.closed\n\
    view[0] = ord(\"A\")\n\
    bytes(view)\n\
    b.write(b\"x\")\n\
    b.getvalue()\n\
    view.release()\n";

/// gh-111331, PR #155383 (main only): close() succeeds while a view lives, the stream is
/// closed and the view keeps the bytes, readable and writable (versions.md rows 8 and 10).
#[test]
fn main_closes_with_a_live_view_and_the_view_stays_usable() {
    assert_eq!(
        transcript("3.16", SEED_CLOSE),
        ">>> import io\n>>> b = io.BytesIO(b\"abcdef\")\n>>> view = b.getbuffer()\n\
         >>> b.close()\n>>> b.closed\nTrue\n>>> view[0] = ord(\"A\")\n>>> bytes(view)\n\
         b'Abcdef'\n>>> b.write(b\"x\")\nValueError: I/O operation on closed file.\n\
         >>> b.getvalue()\nValueError: I/O operation on closed file.\n>>> view.release()\n"
    );
    // 3.15 has no backport of #155383: still the BufferError, the stream left open.
    let t = transcript("3.15", SEED_CLOSE);
    assert!(
        t.contains(
            ">>> b.close()\nBufferError: Existing exports of data: object cannot be re-sized\n\
             >>> b.closed\nFalse\n"
        ),
        "{t}"
    );
}

/// gh-111331, PR #155383: a `with` block left with a view alive closes silently on main
/// (row 9); write and truncate still refuse while a view lives.
#[test]
fn main_with_block_closes_silently_but_write_still_refuses() {
    let src = "import io\nwith io.BytesIO(b\"q\") as d:\n    w = d.getbuffer()\nd.closed\n\
               c = io.BytesIO(b\"xyz\")\nv = c.getbuffer()\nc.write(b\"1\")\nc.truncate()\n";
    let t = transcript("3.16", src);
    assert!(
        t.contains("...     w = d.getbuffer()\n>>> d.closed\nTrue\n"),
        "{t}"
    );
    assert!(
        t.ends_with(
            ">>> c.write(b\"1\")\nBufferError: Existing exports of data: object cannot be re-sized\n\
             >>> c.truncate()\nBufferError: Existing exports of data: object cannot be re-sized\n"
        ),
        "{t}"
    );
}

/// gh-143378, PR #143408 (3.14.3 on): write() takes its argument's buffer before the closed
/// and export checks (rows 11-12).
#[test]
fn from_3_14_write_checks_its_argument_first() {
    let src = "import io\nb = io.BytesIO()\nv = b.getbuffer()\nb.write(\"x\")\n\
               v.release()\nb.close()\nb.write(None)\n";
    let want_new = "TypeError: a bytes-like object is required, not 'str'\n";
    assert!(transcript("3.14", src).contains(want_new));
    assert!(
        transcript("3.14", src)
            .ends_with("TypeError: a bytes-like object is required, not 'NoneType'\n")
    );
    let old = transcript("3.13", src);
    assert!(
        old.contains(">>> b.write(\"x\")\nBufferError: Existing exports"),
        "{old}"
    );
    assert!(
        old.ends_with("ValueError: I/O operation on closed file.\n"),
        "{old}"
    );
}

/// The free-threading rework (gh-132551): from 3.15 truncate() checks closed and exports,
/// then converts with PyLong_AsLong (row 13).
#[test]
fn from_3_15_truncate_converts_its_argument_last() {
    let src = "import io\nb = io.BytesIO(b\"ab\")\nb.truncate('0')\nb.truncate(2**63)\n\
               v = b.getbuffer()\nb.truncate('0')\n";
    assert_eq!(
        transcript("3.15", src),
        ">>> import io\n>>> b = io.BytesIO(b\"ab\")\n>>> b.truncate('0')\n\
         TypeError: 'str' object cannot be interpreted as an integer\n>>> b.truncate(2**63)\n\
         OverflowError: Python int too large to convert to C long\n>>> v = b.getbuffer()\n\
         >>> b.truncate('0')\nBufferError: Existing exports of data: object cannot be re-sized\n"
    );
    assert!(transcript("3.14", src).ends_with(
        ">>> b.truncate('0')\nTypeError: argument should be integer or None, not 'str'\n"
    ));
}

/// PRs #129844 and #127756 (3.14): bytes.fromhex takes bytes-like objects, and a digit
/// without its pair has its own message (rows 6-7).
#[test]
fn from_3_14_fromhex_takes_bytes_and_names_odd_digits() {
    let src = "bytes.fromhex(b\"48\")\nbytes.fromhex(48)\nbytes.fromhex(\"4\")\n\
               bytes.fromhex(\"48 6\")\nbytes.fromhex(\"4 8\")\n";
    assert_eq!(
        transcript("3.14", src),
        ">>> bytes.fromhex(b\"48\")\nb'H'\n>>> bytes.fromhex(48)\n\
         TypeError: fromhex() argument must be str or bytes-like, not int\n\
         >>> bytes.fromhex(\"4\")\n\
         ValueError: fromhex() arg must contain an even number of hexadecimal digits\n\
         >>> bytes.fromhex(\"48 6\")\n\
         ValueError: fromhex() arg must contain an even number of hexadecimal digits\n\
         >>> bytes.fromhex(\"4 8\")\n\
         ValueError: non-hexadecimal number found in fromhex() arg at position 1\n"
    );
}

/// gh-90533, PR #150917 (main only): BytesIO.peek() gives bytes from the cursor without
/// moving it (row 14); before, an AttributeError suggesting seek.
#[test]
fn main_has_peek() {
    let src = "import io\nb = io.BytesIO(b\"abcdef\")\nb.read(1)\nb.peek(3)\nb.peek()\n\
               b.tell()\nb.seek(0, 2)\nb.peek()\n";
    assert_eq!(
        transcript("3.16", src),
        ">>> import io\n>>> b = io.BytesIO(b\"abcdef\")\n>>> b.read(1)\nb'a'\n>>> b.peek(3)\n\
         b'bcd'\n>>> b.peek()\nb'bcdef'\n>>> b.tell()\n1\n>>> b.seek(0, 2)\n6\n>>> b.peek()\n\
         b''\n"
    );
    assert!(transcript("3.15", src).contains(
        "AttributeError: '_io.BytesIO' object has no attribute 'peek'. Did you mean: 'seek'?"
    ));
}

/// The seed lesson under 3.16: its first close() no longer fails.
#[test]
fn seed_lesson_under_3_16() {
    let out = run_as("3.16", &root().join("assets/01-seed-getbuffer.py"));
    insta::assert_snapshot!(out);
}

/// `run --compare 3.11,3.16` prints the transcript once and splits the close() line, with
/// the change that explains it (gh-111331).
#[test]
fn compare_marks_the_close_line() {
    let out = bin()
        .args(["run", "--compare", "3.11,3.16"])
        .arg(root().join("assets/01-seed-getbuffer.py"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            ">>> b.close()\n  3.11 │ BufferError: Existing exports of data: object cannot be re-sized\n  3.16 │ (no output)\n  # 3.16: close() no longer refuses while views live\n>>> view.release()\n"
        ),
        "{text}"
    );
    assert_eq!(text.matches(">>> b.getvalue()").count(), 1);
    assert!(text.ends_with("# 1 statement of 10 differs between 3.11 and 3.16\n"));
}

#[test]
fn unknown_versions_are_refused_for_the_built_in_engine() {
    let out = bin()
        .args(["run", "--python", "2.7"])
        .arg(root().join("assets/01-seed-getbuffer.py"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("3.10 to 3.16"));
}
