//! Every input cargo-fuzz found a problem with (tests/fuzz_crashes/script/), run through the
//! script target's path (fuzz/fuzz_targets/script.rs): the UTF-8 check, parse, run with a
//! small memory cap and line budget, and a frame at the last step. None may panic.
//!
//! - crash-3cab7ae4…: a script recursing to the 1000-call limit overflowed the fuzzer's own
//!   stack; the binary runs the engine on a 1 GiB stack, and so does the target now.
//! - leak-f9c3805b…: a list that contains itself is a reference cycle the engine does not
//!   collect (CPython's cycle collector would); reported by LeakSanitizer, not a crash: the
//!   targets run with -detect_leaks=0.

use bytesio_tui::script::transcript::run;
use bytesio_tui::script::{Config, not_utf8, parse_program};

fn one(data: &[u8]) -> Option<usize> {
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(not_utf8("fuzz.py", data).starts_with("fuzz.py:"));
        return None;
    };
    let program = parse_program(text).ok()?;
    let config = Config {
        max_size: 1 << 16,
        max_steps: 20_000,
        ..Config::default()
    };
    if run(&program, config).unsupported.is_some() {
        return None;
    }
    let path = std::path::Path::new("fuzz.py");
    let frame = bytesio_tui::ui::render::script(path, program, None, 1 << 16, 100, 30).ok()?;
    Some(frame.lines().count())
}

#[test]
fn inputs_the_fuzzer_found_run_without_a_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_crashes/script");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz_crashes/script")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    assert!(paths.len() >= 2, "{paths:?}");
    for path in paths {
        let data = std::fs::read(&path).expect("input");
        let shown = path.display().to_string();
        let lines = std::thread::Builder::new()
            .stack_size(1 << 30)
            .spawn(move || one(&data))
            .expect("thread")
            .join()
            .unwrap_or_else(|_| panic!("{shown} panicked"));
        // Both ran to the end and drew the whole 30-line frame.
        assert_eq!(lines, Some(30), "{}", path.display());
    }
}
