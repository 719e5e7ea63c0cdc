//! The CPython engine: the shared corpus through `run --engine cpython` equals the committed
//! `.out` files; the same scripts traced line by line (with the stand-in class watching
//! every call) give the same transcripts and the same stream states at every step as the
//! built-in engine; library scripts under `tests/cpython/` give the transcripts
//! `transcript.py` gives, with their library calls listed.
//!
//! These need python3: with `CI=true` a missing python3 fails them, otherwise they say so
//! and pass.

#[allow(dead_code)]
mod common;

use std::path::PathBuf;
use std::process::Command;

use bytesio_tui::cpython::convert::convert;
use bytesio_tui::cpython::interp::{self, Interpreter};
use bytesio_tui::cpython::process::{self, End, Options};
use bytesio_tui::script::session::StepKind;
use bytesio_tui::script::timeline::Timeline;
use bytesio_tui::script::{Config, parse_program};
use bytesio_tui::ui::i18n::Lang;
use common::{first_difference, mask, scripts};

fn python() -> Option<Interpreter> {
    match interp::find(None) {
        Ok(i) => Some(i),
        Err(e) => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI=true and no python3: {e}");
            }
            eprintln!("python3 not found: skipping the CPython engine's tests ({e})");
            None
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"));
    // The English UI, whatever the caller's locale.
    c.env("LC_ALL", "C.UTF-8").env("LANG", "C.UTF-8");
    c
}

#[test]
fn shared_corpus_through_run_equals_the_out_files() {
    let Some(py) = python() else { return };
    if !py.version.starts_with("3.11.") {
        eprintln!(
            "python3 is {}: the .out files are 3.11's; skipping",
            py.version
        );
        return;
    }
    let mut failures = Vec::new();
    let files = scripts("tests/conformance");
    assert!(files.len() >= 60);
    for file in &files {
        let want = std::fs::read_to_string(file.with_extension("out")).expect(".out");
        let out = bin()
            .args(["run", "--engine", "cpython"])
            .arg(file)
            .output()
            .expect("runs");
        let got = String::from_utf8_lossy(&out.stdout);
        if mask(&got) != mask(&want) || !out.status.success() {
            failures.push(format!(
                "{}: {} {}",
                file.display(),
                first_difference(&mask(&want), &mask(&got)),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The cases of `tests/cases/` where the engines still differ under tracing.
///
/// Where CPython's traced run cannot look like the built-in's (they stay):
/// - 549, 570, 601: the stand-in BytesIO subclass shows in bound-method reprs and wrappers;
/// - 558: a heap type's sequence slots (the stand-in's `*=` with a sequence on the right);
/// - 760, 763, 764, 852: 3.11's `settrace` changes the wording of keyword-argument errors;
/// - 806: the tracer's frames change where the recursion limit is hit;
/// - 399, 537: several statements on one line (one step to the built-in engine).
///
/// Left to do (one of the engines is wrong):
/// - 711, 730, 845, 847: views of bytes held by `_` or by a dict's keys, which the helper
///   does not find (or a `_` the built-in engine keeps after a statement that showed none);
/// - 813: a view the last error holds (`Root::LastError`) in the built-in engine only;
/// - 844: a cast view through `view.obj`: the bytes after `memoryview(obj)` writes;
/// - 545: a `with` whose body deletes its name; 802: a `for` over a str's last header;
/// - 846: a cast inside a function: the return step's line.
const CASES_THAT_DIFFER: &[&str] = &[
    // They stay.
    "549-method-objects.py",
    "558-inplace-multiply-sequence-right.py",
    "570-with-non-managers.py",
    "601-type-isinstance-repr-str-list-hex.py",
    "760-str-find-count-index.py",
    "763-str-replace-pad.py",
    "764-bytes-methods.py",
    "852-version-switch-edges.py",
    "806-recursion.py",
    "399-with-same-line-body.py",
    "537-backslash-continuation.py",
    // Left to do.
    "711-dict-literals.py",
    "730-container-operator-grid.py",
    "845-cast-readonly-sources.py",
    "847-cast-dict-keys.py",
    "813-views-in-functions.py",
    "844-view-obj-export.py",
    "545-with-del-in-body.py",
    "802-for-over-kinds.py",
    "846-cast-in-code.py",
];

type StepLine = (usize, usize, StepKind, Option<(usize, u64)>);

/// Each step's statement, line, kind (a return's repr with addresses masked) and loop
/// iteration.
fn step_lines(steps: &[bytesio_tui::script::Step]) -> Vec<StepLine> {
    steps
        .iter()
        .map(|s| {
            let kind = match &s.kind {
                StepKind::Return(r) => StepKind::Return(mask(r)),
                k => k.clone(),
            };
            (s.top, s.at, kind, s.iteration)
        })
        .collect()
}

/// With calls watched and lines traced, the transcripts stay the same, and every step (its
/// line, kind and loop iteration, each stream's state, bytes and views) is the built-in
/// engine's, on the shared corpus, the lessons and `tests/cases/` (but those listed).
#[test]
fn traced_corpus_agrees_with_the_builtin_engine_at_every_step() {
    // The built-in engine needs a roomy stack for the deeply nested cases, as in the binary.
    let run = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(traced_corpus_agrees)
        .expect("a thread");
    if let Err(e) = run.join() {
        std::panic::resume_unwind(e);
    }
}

fn traced_corpus_agrees() {
    let Some(py) = python() else { return };
    if !py.version.starts_with("3.11.") {
        eprintln!(
            "python3 is {}: the .out files are 3.11's; skipping",
            py.version
        );
        return;
    }
    let mut failures = Vec::new();
    // `TRACED_CASES=830` runs only the scripts whose names contain it, listed ones too (to
    // see what still differs).
    let only = std::env::var("TRACED_CASES").ok();
    for file in scripts("tests/conformance")
        .into_iter()
        .chain(scripts("assets"))
        .chain(scripts("tests/cases"))
    {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        if let Some(only) = &only {
            if !name.as_ref().is_some_and(|n| n.contains(only.as_str())) {
                continue;
            }
        } else if file.to_string_lossy().contains("/tests/cases/")
            && CASES_THAT_DIFFER
                .iter()
                .any(|k| file.file_name().is_some_and(|n| n.to_string_lossy() == *k))
        {
            continue;
        }
        let record = process::record(&py, &file, &Options::default()).expect("record");
        assert_eq!(record.end, End::Done, "{}", file.display());
        let want = std::fs::read_to_string(file.with_extension("out")).expect(".out");
        let got = record.transcript();
        if mask(&got) != mask(&want) {
            failures.push(format!(
                "{}: {}",
                file.display(),
                first_difference(&mask(&want), &mask(&got))
            ));
            continue;
        }
        let source = std::fs::read_to_string(&file).expect("reads");
        let converted = convert(&record, &source);
        let Ok(program) = parse_program(&source) else {
            continue;
        };
        let timeline = Timeline::record(program, Config::default());
        if timeline.refused().is_some() {
            continue;
        }
        let (la, lb) = (step_lines(timeline.steps()), step_lines(&converted.steps));
        if la != lb {
            let i = la.iter().zip(&lb).take_while(|(a, b)| a == b).count();
            failures.push(format!(
                "{}: steps differ from step {}: built-in {:?}, CPython {:?}",
                file.display(),
                i + 1,
                &la[i..la.len().min(i + 4)],
                &lb[i..lb.len().min(i + 4)]
            ));
            continue;
        }
        for (i, (a, b)) in timeline.steps().iter().zip(&converted.steps).enumerate() {
            let snaps = |s: &bytesio_tui::script::Step| {
                s.changes
                    .iter()
                    .map(|c| (c.before, c.after))
                    .collect::<Vec<_>>()
            };
            if snaps(a) != snaps(b) || a.echo != b.echo || mask(&a.output) != mask(&b.output) {
                failures.push(format!(
                    "{} step {}: built-in {:?} {:?} {:?}, CPython {:?} {:?} {:?}",
                    file.display(),
                    i + 1,
                    snaps(a),
                    a.echo,
                    a.output,
                    snaps(b),
                    b.echo,
                    b.output
                ));
                break;
            }
            if a.error.as_ref().map(|e| e.ty) != b.error.as_ref().map(|e| e.ty) {
                failures.push(format!(
                    "{} step {}: error types differ",
                    file.display(),
                    i + 1
                ));
                break;
            }
        }
        // The bytes at every step: the built-in engine's, rebuilt from the CPython edits.
        let mut t = Timeline::record(parse_program(&source).expect("parses"), Config::default());
        let mut bufs: std::collections::HashMap<u64, Vec<u8>> = Default::default();
        for (k, step) in converted.steps.iter().enumerate() {
            for c in &step.changes {
                let buf = bufs.entry(c.stream).or_default();
                for e in &c.edits {
                    e.apply(buf).expect("room for the edit");
                }
            }
            t.goto(k + 1);
            let frame = t.frame().clone();
            let cframe = &converted.frames[k + 1];
            for (a, b) in frame.streams.iter().zip(&cframe.streams) {
                let got = bufs.get(&b.id).map(Vec::as_slice).unwrap_or(&[]);
                if t.bytes(a.id) != got || a.label != b.label {
                    failures.push(format!(
                        "{} step {}: stream {} bytes {:?} vs {:?}",
                        file.display(),
                        k + 1,
                        bytesio_tui::ui::i18n::Lang::En.label(&a.label),
                        t.bytes(a.id),
                        got
                    ));
                }
            }
            let views = |e: &[bytesio_tui::script::ExportInfo]| {
                e.iter()
                    .flat_map(|x| x.views.iter().map(|v| (v.range.clone(), v.holders.clone())))
                    .collect::<Vec<_>>()
            };
            let fe: Vec<_> = frame.exports.iter().map(|e| e.info.clone()).collect();
            let (mut va, vb) = (views(&fe), views(&cframe.exports));
            // Views held only by a function's locals: the helper does not read `f_locals`.
            va.retain(|(_, h)| {
                !h.iter()
                    .all(|r| matches!(r, bytesio_tui::script::session::Root::Local(..)))
            });
            if va.len() != vb.len() || va.iter().any(|a| !vb.contains(a)) {
                failures.push(format!(
                    "{} step {}: views {va:?} vs {vb:?}",
                    file.display(),
                    k + 1
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn library_scripts_match_transcript_py_and_list_their_calls() {
    let Some(py) = python() else { return };
    let mut failures = Vec::new();
    let mut listed = String::new();
    for file in scripts("tests/cpython") {
        let record = process::record(&py, &file, &Options::default()).expect("record");
        assert_eq!(
            record.end,
            End::Done,
            "{}: {}",
            file.display(),
            record.stderr
        );
        let want = mask(&common::oracle_with_fixed_clock(&py.path, &file));
        let got = mask(&record.transcript());
        if got != want {
            failures.push(format!(
                "{}: {}",
                file.display(),
                first_difference(&want, &got)
            ));
        }
        let calls: Vec<String> = record
            .library_calls()
            .iter()
            .map(|c| Lang::En.call(c))
            .collect();
        let name = file.file_stem().unwrap_or_default().to_string_lossy();
        // struct packs bytes; the script writes them itself.
        if calls.is_empty() && name != "struct_header" {
            failures.push(format!("{}: no library call seen", file.display()));
        }
        listed.push_str(&format!("== {name}\n"));
        for c in calls.iter().take(40) {
            listed.push_str(c);
            listed.push('\n');
        }
        if calls.len() > 40 {
            listed.push_str(&format!("… {} more\n", calls.len() - 40));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for want in [
        "zipfile._open_to_write → b.write(39 bytes at 0: 50 4b 03 04 14 00 00 00 …)",
        "zipfile.close → b.seek(0)",
        "zipfile._write_end_record → b.write(22 bytes at 110: 50 4b 05 06 00 00 00 00 …)",
        "gzip._write_gzip_header → b.write(",
        "base64.encode → out.write(",
        "pickle",
        "wave",
        "tarfile",
        "C code → b.write(7 bytes at 0: 68 c3 a9 6c 6c 6f 0a)",
    ] {
        assert!(listed.contains(want), "`{want}` not in:\n{listed}");
    }
    if py.version.starts_with("3.11.") {
        insta::assert_snapshot!("library_calls", listed);
    }
}

#[test]
fn lessons_run_under_cpython_as_transcript_py_runs_them() {
    let Some(py) = python() else { return };
    let mut failures = Vec::new();
    for name in [
        "12-zipfile-into-bytesio.py",
        "13-gzip-round-trip.py",
        "14-base64-of-bytes.py",
        "15-wav-header-with-struct.py",
        "16-seek-before-handing-on.py",
    ] {
        let file = root().join("assets/cpython").join(name);
        let out = bin()
            .args(["run", "--engine", "cpython"])
            .arg(&file)
            .output()
            .expect("runs");
        let want = mask(&common::oracle_with_fixed_clock(&py.path, &file));
        let got = mask(&String::from_utf8_lossy(&out.stdout));
        if got != want {
            failures.push(format!("{name}: {}", first_difference(&want, &got)));
        }
        // Without --engine, the built-in engine hands them to CPython and says so.
        let out = bin().arg("run").arg(&file).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        if !err.starts_with(&format!(
            "running under CPython {}: the script imports",
            py.version
        )) {
            failures.push(format!("{name}: fallback said {err:?}"));
        }
        if mask(&String::from_utf8_lossy(&out.stdout)) != want {
            failures.push(format!("{name}: the fallback's transcript differs"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn other_versions_print_their_own_transcripts() {
    let Some(_) = python() else { return };
    for v in ["3.10", "3.12", "3.13"] {
        let Ok(py) = interp::find(Some(v)) else {
            eprintln!("no Python {v}: skipped");
            continue;
        };
        for file in [
            "tests/conformance/001-seed-getbuffer-slice-assign.py",
            "tests/cpython/zipfile_write.py",
        ] {
            let file = root().join(file);
            let out = bin()
                .args(["run", "--engine", "cpython", "--python", v])
                .arg(&file)
                .output()
                .expect("runs");
            assert_eq!(
                mask(&String::from_utf8_lossy(&out.stdout)),
                mask(&common::oracle_with_fixed_clock(&py.path, &file)),
                "{v} {}",
                file.display()
            );
            let record = process::record(&py, &file, &Options::default()).expect("record");
            assert_eq!(record.end, End::Done, "{v}: {}", record.stderr);
            assert!(record.interpreter.version.starts_with(v));
        }
    }
}

#[test]
fn a_missing_interpreter_says_what_to_install() {
    let out = bin()
        .args(["run", "--engine", "cpython", "--python", "2.1"])
        .arg(root().join("tests/conformance/001-seed-getbuffer-slice-assign.py"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("install CPython 2.1"), "{err}");
}

#[test]
fn a_syntax_error_names_file_line_and_column_without_the_helpers_traceback() {
    if python().is_none() {
        return;
    }
    let s = script("import io\nb = io.BytesIO(\nx = 1 +\n");
    let out = bin()
        .args(["run", "--engine", "cpython"])
        .arg(&s.0)
        .output()
        .expect("runs");
    // As the built-in engine's: 2, the script cannot run.
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    let want = format!("{}:2:15: SyntaxError: '(' was never closed", s.0.display());
    assert_eq!(err.trim_end(), want);
    assert!(out.stdout.is_empty());
}

fn script(text: &str) -> tempfile_lite::TempScript {
    tempfile_lite::TempScript::new(text)
}

mod tempfile_lite {
    use std::path::PathBuf;

    /// A script file removed when dropped.
    pub struct TempScript(pub PathBuf);

    impl TempScript {
        pub fn new(text: &str) -> TempScript {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let p = std::env::temp_dir().join(format!(
                "bytesio-tui-cpython-{}-{}.py",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::write(&p, text).expect("writes");
            TempScript(p)
        }
    }

    impl Drop for TempScript {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

#[test]
fn a_child_that_dies_hangs_or_exits_gives_a_clear_end() {
    let Some(py) = python() else { return };
    let died = script("import os\nx = 1\nos._exit(3)\n");
    let r = process::record(&py, &died.0, &Options::default()).expect("record");
    match &r.end {
        End::Failed(m) => assert!(m.contains("exited with status 3"), "{m}"),
        e => panic!("{e:?}"),
    }
    assert!(
        r.transcript()
            .starts_with(">>> import os\n>>> x = 1\n>>> os._exit(3)\n")
    );

    // As CPython 3.12.1 does when its collector frees a cycle holding a view.
    let crashed = script("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n");
    let r = process::record(&py, &crashed.0, &Options::default()).expect("record");
    match &r.end {
        End::Failed(m) => assert!(m.contains("crashed (segmentation fault"), "{m}"),
        e => panic!("{e:?}"),
    }
    let out = bin()
        .args(["run", "--engine", "cpython"])
        .arg(&crashed.0)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    // faulthandler's trace names the script's line.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2 in <module>"), "{err}");
    assert!(err.contains("crashed (segmentation fault"), "{err}");

    let hung = script("import time\ntime.sleep(30)\n");
    let opts = Options {
        budget: std::time::Duration::from_millis(700),
        ..Options::default()
    };
    let start = std::time::Instant::now();
    let r = process::record(&py, &hung.0, &opts).expect("record");
    assert!(start.elapsed().as_secs() < 10, "the child was killed");
    match &r.end {
        End::Failed(m) => assert!(m.contains("sent nothing"), "{m}"),
        e => panic!("{e:?}"),
    }

    let exits = script("import sys\nprint('bye')\nsys.exit(4)\nprint('never')\n");
    let out = bin()
        .args(["run", "--engine", "cpython"])
        .arg(&exits.0)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        ">>> import sys\n>>> print('bye')\nbye\n>>> sys.exit(4)\n"
    );

    let bad = script("x = (\n");
    let out = bin()
        .args(["run", "--engine", "cpython"])
        .arg(&bad.0)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SyntaxError"));

    // The script's own writes to fd 1 and stderr never reach the protocol.
    let noisy = script(
        "import os, sys\nos.write(1, b'{\"t\":\"done\"}\\n')\nsys.stderr.write('e\\n')\nprint(2)\n",
    );
    let r = process::record(&py, &noisy.0, &Options::default()).expect("record");
    assert_eq!(r.end, End::Done);
    assert!(
        r.transcript().ends_with(">>> print(2)\n2\n"),
        "{}",
        r.transcript()
    );
    assert!(r.stderr.contains("{\"t\":\"done\"}"), "{}", r.stderr);
}

#[test]
fn a_helper_that_sends_garbage_is_reported() {
    // A fake interpreter that prints a malformed line.
    let Some(_) = python() else { return };
    let dir = std::env::temp_dir().join(format!("bytesio-tui-fake-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let fake = dir.join("python3");
    std::fs::write(&fake, "#!/bin/sh\necho '{\"t\":\"hello\",\"version\":\"3.11.0\",\"calls\":true,\"struct\":true}'\necho 'not json'\nsleep 5\n").expect("writes");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let interp = Interpreter {
        path: fake,
        version: "3.11.0".into(),
    };
    let s = script("x = 1\n");
    let r = process::record(&interp, &s.0, &Options::default()).expect("record");
    match &r.end {
        End::Failed(m) => assert!(m.contains("malformed line 2"), "{m}"),
        e => panic!("{e:?}"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The app draws a CPython timeline as it draws the built-in engine's: every lesson's frame
/// at every step is the same (addresses aside).
#[test]
fn step_mode_frames_equal_the_builtin_engines() {
    use bytesio_tui::app::{Action, StepMove, update};
    use bytesio_tui::ui::render;
    let Some(py) = python() else { return };
    if !py.version.starts_with("3.11.") {
        return;
    }
    let mut failures = Vec::new();
    for file in scripts("assets") {
        let source = std::fs::read_to_string(&file).expect("reads");
        let program = parse_program(&source).expect("parses");
        let mut builtin = render::open_script(&file, program, 1 << 30, 100, 32).expect("opens");
        let steps = builtin.script.as_ref().map_or(0, |s| s.timeline.len());
        // A view held by a function's local: the helper never reads `f_locals` (it keeps
        // deleted views alive on 3.10-3.12), so neither the holder nor the locals show.
        // And the name an `except ... as e:` binds: CPython deletes it as the handler ends,
        // before the helper sees the handler's last line done; the built-in engine shows it
        // at that line's step.
        if file.ends_with("15-views-in-functions.py")
            || file.ends_with("13-try-except-buffererror.py")
        {
            continue;
        }
        let mut cpy = bytesio_tui::cpython::cli::open_app(&file, &py, 1 << 30, false)
            .unwrap_or_else(|(m, _)| panic!("{m}"));
        update(&mut cpy, Action::Resize(100, 32));
        for k in 0..=steps {
            update(&mut builtin, Action::Step(StepMove::To(k)));
            update(&mut cpy, Action::Step(StepMove::To(k)));
            // The real repr of a module names where it was loaded from.
            let text = |app: &bytesio_tui::app::App| {
                mask(&render::text(app))
                    .replace(" (frozen)>", ">")
                    .lines()
                    .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let (a, b) = (text(&builtin), text(&cpy));
            if a != b {
                failures.push(format!("{} step {k}:\n{a}\n{b}", file.display()));
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Under Lang::Ko the zipfile lesson's library calls are worded in Korean in the log and the
/// source panel's context line; the Python (the call, its reprs) stays as it is.
#[test]
fn library_calls_are_worded_in_korean_under_lang_ko() {
    use bytesio_tui::app::{Action, LogKind, StepMove, update};
    use bytesio_tui::ui::render;
    let Some(py) = python() else { return };
    let file = root().join("assets/cpython/12-zipfile-into-bytesio.py");
    let mut app = bytesio_tui::cpython::cli::open_app(&file, &py, 1 << 30, false)
        .unwrap_or_else(|(m, _)| panic!("{m}"));
    app.lang = Lang::Ko;
    update(&mut app, Action::Resize(120, 32));
    let steps = app.script.as_ref().map(|s| s.timeline.steps().to_vec());
    let steps = steps.expect("a script");
    let header = steps
        .iter()
        .position(|s| matches!(&s.kind, StepKind::Call(c) if c.method == "write"))
        .expect("a write")
        + 1;
    update(&mut app, Action::Step(StepMove::To(header)));
    let calls: Vec<String> = app
        .log_lines()
        .iter()
        .filter(|l| l.kind == LogKind::Call)
        .map(|l| app.log_text(l).into_owned())
        .collect();
    let want = "b.write(39바이트, 위치 0: 50 4b 03 04 14 00 00 00 …)";
    assert!(calls.iter().any(|c| c.ends_with(want)), "{calls:?}");
    assert!(!calls.iter().any(|c| c.contains(" bytes at ")), "{calls:?}");
    // The log panel, its line cut to fit.
    assert!(
        render::text(&app).contains("b.write(39바이트, 위치 0: 50 4b"),
        "{}",
        render::text(&app)
    );
}

/// The zipfile lesson at its key steps: the archive written, then read back.
#[test]
fn zipfile_lesson_snapshots() {
    use bytesio_tui::app::{Action, StepMove, update};
    use bytesio_tui::ui::render;
    let Some(py) = python() else { return };
    if !py.version.starts_with("3.11.") {
        return;
    }
    let file = root().join("assets/cpython/12-zipfile-into-bytesio.py");
    let mut app = bytesio_tui::cpython::cli::open_app(&file, &py, 1 << 30, false)
        .unwrap_or_else(|(m, _)| panic!("{m}"));
    update(&mut app, Action::Resize(100, 32));
    let steps = app.script.as_ref().map(|s| s.timeline.steps().to_vec());
    let steps = steps.expect("a script");
    // The key sub-steps: the local file header written, the seek to where the central
    // directory goes, the
    // end record written; then the end of the script.
    let call = |text: &str| {
        steps
            .iter()
            .position(|s| matches!(&s.kind, StepKind::Call(c) if Lang::En.call(c).contains(text)))
            .unwrap_or_else(|| panic!("no call {text}"))
            + 1
    };
    let keys = [
        ("header", call("_open_to_write → b.write(39 bytes at 0")),
        ("central_directory", call("zipfile.close → b.seek(55)")),
        ("end_record", call("_write_end_record → b.write(22 bytes")),
        ("end", steps.len()),
    ];
    for (name, k) in keys {
        update(&mut app, Action::Step(StepMove::To(k)));
        // Where the interpreter's zipfile module lives is the machine's, not the app's.
        let text: Vec<String> = mask(&render::text(&app))
            .lines()
            .map(|l| match l.find("<module 'zipfile' from ") {
                Some(i) => {
                    let end = l[i..].find('│').map_or(l.len(), |j| i + j);
                    format!("{}<module 'zipfile' from PATH>{}", &l[..i], &l[end..])
                }
                None => l.to_string(),
            })
            .collect();
        insta::assert_snapshot!(format!("zip_lesson_{name}"), text.join("\n"));
    }
}

#[test]
fn run_calls_lists_each_statements_library_calls_after_it() {
    let Some(_) = python() else { return };
    let out = bin()
        .args(["run", "--calls"])
        .arg(root().join("assets/cpython/12-zipfile-into-bytesio.py"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let with = text
        .find(">>> with zipfile.ZipFile(b, \"w\") as zf:")
        .expect("the with");
    let call = text
        .find("#   zipfile._open_to_write → b.write(39 bytes at 0: 50 4b 03 04 14 00 00 00 …)\n")
        .expect("the header write");
    let tell = text.find(">>> b.tell()").expect("the next statement");
    assert!(with < call && call < tell, "{text}");
}

/// Traced (step mode's helper: lines traced, calls watched) on every installed version, the
/// shared corpus prints what that version's own `transcript.py` prints.
#[test]
fn traced_corpus_matches_each_versions_own_transcript() {
    let Some(_) = python() else { return };
    let versions: Vec<Interpreter> = ["3.10", "3.12", "3.13"]
        .iter()
        .filter_map(|v| interp::find(Some(v)).ok())
        .collect();
    if versions.is_empty() {
        eprintln!("no Python 3.10, 3.12 or 3.13: skipped");
        return;
    }
    let files: Vec<PathBuf> = scripts("tests/conformance")
        .into_iter()
        .chain(scripts("assets"))
        .collect();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = versions
            .iter()
            .map(|py| {
                let files = &files;
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for file in files {
                        let want = mask(&common::oracle_with_fixed_clock(&py.path, file));
                        let record = process::record(py, file, &Options::default());
                        let got = match &record {
                            Ok(r) => mask(&r.transcript()),
                            Err(e) => e.clone(),
                        };
                        if got != want {
                            failures.push(format!(
                                "{} {}: {}",
                                py.version,
                                file.display(),
                                first_difference(&want, &got)
                            ));
                            continue;
                        }
                        // The same steps as the built-in engine's (line tracing differs
                        // between versions: settrace before 3.12, sys.monitoring after).
                        let (Ok(record), Ok(source)) = (record, std::fs::read_to_string(file))
                        else {
                            continue;
                        };
                        let Ok(program) = parse_program(&source) else {
                            continue;
                        };
                        let timeline = Timeline::record(program, Config::default());
                        if timeline.refused().is_some() {
                            continue;
                        }
                        let converted = convert(&record, &source);
                        let (a, b) = (step_lines(timeline.steps()), step_lines(&converted.steps));
                        if a != b {
                            let i = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
                            failures.push(format!(
                                "{} {}: steps differ from step {}: built-in {:?}, CPython {:?}",
                                py.version,
                                file.display(),
                                i + 1,
                                &a[i..a.len().min(i + 3)],
                                &b[i..b.len().min(i + 3)]
                            ));
                        }
                    }
                    failures
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec!["a thread panicked".into()])
            })
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
