//! Differential test against CPython itself: every script under `tests/conformance/`,
//! `tests/cases/` and `assets/` runs through the project's reference harness (all of them in
//! ONE python3 process, `tests/oracle/many.py`, which runs each with transcript.py's own
//! code in a fresh namespace) and through the engine, and the two transcripts must agree.
//! Without python3 the test says so and the committed `.out` files (checked by
//! `tests/transcripts.rs`) stand in; under `CI=true` a missing python3 is a failure.

#[allow(dead_code)]
mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{
    corpus, engine_transcript, first_difference, in_threads, mask, oracle_many, under_ci,
};

/// `python3` and its `--version` line, or None (a failure under CI=true).
fn python() -> Option<(PathBuf, String)> {
    let found = Command::new("python3")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    match found {
        Some(v) => Some((PathBuf::from("python3"), v)),
        None if under_ci() => panic!("CI=true and python3 is not on PATH"),
        None => None,
    }
}

#[test]
fn engine_agrees_with_cpython() {
    let Some((py, version)) = python() else {
        eprintln!(
            "python3 is not on PATH: skipping the live CPython comparison; \
             the committed .out files are checked by tests/transcripts.rs"
        );
        return;
    };
    let files = corpus();
    let count = files.len();
    let wants = oracle_many(&py, &files).unwrap_or_else(|e| panic!("{e}"));
    let failures: Vec<String> = in_threads(
        &files.iter().zip(&wants).collect::<Vec<_>>(),
        2,
        |(py, want)| {
            let want = mask(want);
            match engine_transcript(py) {
                Ok(got) if mask(&got) == want => None,
                Ok(got) => Some(format!(
                    "{}: {}",
                    py.display(),
                    first_difference(&want, &mask(&got))
                )),
                Err(e) => Some(format!("{}: {e}", py.display())),
            }
        },
    )
    .into_iter()
    .flatten()
    .collect();
    eprintln!("compared {count} scripts with {version}");
    // The reference is CPython 3.11; other versions differ in a few messages
    // (shared/docs/versions.md; tests/versions.rs holds them to `--python`), so only 3.11
    // is held to the letter here.
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
/// The scripts are written to a temporary folder and run through the reference harness in
/// one python3 process, and through the engine; scripts the engine refuses (outside the
/// subset) are counted, not compared.
#[test]
fn random_scripts_agree_with_cpython() {
    let Some((py, version)) = python() else {
        eprintln!("python3 is not on PATH: skipping the random differential comparison");
        return;
    };
    if !version.starts_with("Python 3.11") {
        eprintln!("{version} is not 3.11: skipping the random differential comparison");
        return;
    }
    let dir = std::env::temp_dir().join(format!("bytesio-tui-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let seeds: Vec<u64> = (1000..1120).collect();
    let mut sources = Vec::new();
    let mut paths = Vec::new();
    for &seed in &seeds {
        let mut rng = common::generate::Rng::new(seed);
        let (src, _) = common::generate::script(&mut rng, 25);
        let path = dir.join(format!("seed{seed}.py"));
        std::fs::write(&path, &src).expect("script written");
        sources.push(src);
        paths.push(path);
    }
    let wants = oracle_many(&py, &paths).unwrap_or_else(|e| panic!("{e}"));
    let rows: Vec<_> = (0..seeds.len()).collect();
    let results: Vec<Option<Result<(), String>>> = in_threads(&rows, 2, |&i| {
        let got = engine_transcript(&paths[i]).ok()?;
        let want = mask(&wants[i]);
        let got = mask(&got);
        Some(if want == got {
            Ok(())
        } else {
            Err(format!(
                "seed {}: {}\n{}",
                seeds[i],
                first_difference(&want, &got),
                sources[i]
            ))
        })
    });
    let _ = std::fs::remove_dir_all(&dir);
    let refused = results.iter().filter(|r| r.is_none()).count();
    let compared = results.len() - refused;
    let failures: Vec<String> = results
        .into_iter()
        .flatten()
        .filter_map(Result::err)
        .collect();
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
