//! Differential test against CPython itself: when `python3` is on PATH, every script under
//! `tests/conformance/`, `tests/cases/` and `assets/` runs through the project's reference
//! harness (`tests/oracle/transcript.py`) and through the engine, and the two transcripts
//! must agree. Without python3 the test says so and the committed `.out` files (checked by
//! `tests/transcripts.rs`) stand in.

#[allow(dead_code)]
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

/// Random scripts from the subset's pieces, compared with CPython statement for statement.
/// Each script is written to a temporary file, run through the reference harness and the
/// engine; scripts the engine refuses (outside the subset) are counted, not compared.
#[test]
fn random_scripts_agree_with_cpython() {
    let Some(version) = python() else {
        eprintln!("python3 is not on PATH: skipping the random differential comparison");
        return;
    };
    if !version.starts_with("Python 3.11") {
        eprintln!("{version} is not 3.11: skipping the random differential comparison");
        return;
    }
    let harness = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/transcript.py");
    let dir = std::env::temp_dir().join(format!("bytesio-tui-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let seeds: Vec<u64> = (1000..1120).collect();
    let chunks: Vec<Vec<u64>> = seeds.chunks(15).map(<[_]>::to_vec).collect();
    let results: Vec<(usize, usize, Vec<String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                let (harness, dir) = (&harness, &dir);
                scope.spawn(move || {
                    let (mut compared, mut refused, mut failures) = (0, 0, Vec::new());
                    for &seed in chunk {
                        let mut rng = common::generate::Rng::new(seed);
                        let (src, _) = common::generate::script(&mut rng, 25);
                        let path = dir.join(format!("seed{seed}.py"));
                        if std::fs::write(&path, &src).is_err() {
                            failures.push(format!("seed {seed}: cannot write {}", path.display()));
                            continue;
                        }
                        let got = match engine_transcript(&path) {
                            Ok(t) => mask(&t),
                            Err(_) => {
                                refused += 1;
                                continue;
                            }
                        };
                        let Ok(out) = Command::new("python3").arg(harness).arg(&path).output()
                        else {
                            failures.push(format!("seed {seed}: python3 did not run"));
                            continue;
                        };
                        compared += 1;
                        let want = mask(&String::from_utf8_lossy(&out.stdout));
                        if want != got {
                            failures.push(format!(
                                "seed {seed}: {}\n{src}",
                                first_difference(&want, &got)
                            ));
                        }
                    }
                    (compared, refused, failures)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or((0, 0, vec!["a comparison thread panicked".into()]))
            })
            .collect()
    });
    let compared: usize = results.iter().map(|r| r.0).sum();
    let refused: usize = results.iter().map(|r| r.1).sum();
    let failures: Vec<String> = results.into_iter().flat_map(|r| r.2).collect();
    eprintln!("random scripts: {compared} compared with {version}, {refused} refused");
    assert!(
        compared >= seeds.len() / 2,
        "too few scripts inside the subset: {compared}"
    );
    assert!(
        failures.is_empty(),
        "differences from CPython:\n{}",
        failures.join("\n\n")
    );
}
