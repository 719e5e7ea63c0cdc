//! Differential test against CPython itself: when `python3` is on PATH, every script under
//! `tests/conformance/`, `tests/cases/` and `assets/` runs through the project's reference
//! harness (`tests/oracle/transcript.py`) and through the engine, and the two transcripts
//! must agree. Without python3 the test says so and the committed `.out` files (checked by
//! `tests/transcripts.rs`) stand in.

mod common;

use std::path::Path;
use std::process::Command;

use common::{engine_transcript, first_difference, mask, scripts};

fn python() -> Option<String> {
    let out = Command::new("python3").arg("--version").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[test]
fn engine_agrees_with_cpython() {
    let Some(version) = python() else {
        eprintln!(
            "python3 is not on PATH: skipping the live CPython comparison; \
             the committed .out files are checked by tests/transcripts.rs"
        );
        return;
    };
    let harness = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/transcript.py");
    let files: Vec<_> = ["tests/conformance", "tests/cases", "assets"]
        .iter()
        .flat_map(|d| scripts(d))
        .collect();
    let count = files.len();
    // CPython starts slowly: compare in a few threads.
    let chunks: Vec<Vec<_>> = files
        .chunks(count.div_ceil(4).max(1))
        .map(<[_]>::to_vec)
        .collect();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                let harness = &harness;
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for py in chunk {
                        let out = match Command::new("python3").arg(harness).arg(py).output() {
                            Ok(o) => o,
                            Err(e) => {
                                failures.push(format!("{}: running python3: {e}", py.display()));
                                continue;
                            }
                        };
                        let want = mask(&String::from_utf8_lossy(&out.stdout));
                        match engine_transcript(py) {
                            Ok(got) if mask(&got) == want => {}
                            Ok(got) => failures.push(format!(
                                "{}: {}",
                                py.display(),
                                first_difference(&want, &mask(&got))
                            )),
                            Err(e) => failures.push(format!("{}: {e}", py.display())),
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
                    .unwrap_or_else(|_| vec!["a comparison thread panicked".into()])
            })
            .collect()
    });
    eprintln!("compared {count} scripts with {version}");
    // The reference is CPython 3.11; other versions differ in a few messages
    // (shared/docs/versions.md), so only 3.11 is held to the letter.
    if !version.starts_with("Python 3.11") {
        eprintln!(
            "{version} is not 3.11: {} differences not enforced",
            failures.len()
        );
        return;
    }
    assert!(
        failures.is_empty(),
        "differences from {version}:\n{}",
        failures.join("\n")
    );
}
