//! Every script with a committed `.out` (made by CPython 3.11.7 through the reference
//! harness) must print exactly that transcript, addresses masked.

#[allow(dead_code)]
mod common;

use common::{engine_transcript, first_difference, mask, scripts};

fn check_folder(dir: &str) {
    let files = scripts(dir);
    assert!(!files.is_empty(), "no scripts in {dir}");
    let mut failures = Vec::new();
    for py in &files {
        let out = py.with_extension("out");
        let Ok(want) = std::fs::read_to_string(&out) else {
            failures.push(format!("{}: no .out file", py.display()));
            continue;
        };
        let got = match engine_transcript(py) {
            Ok(t) => t,
            Err(e) => {
                failures.push(format!("{}: {e}", py.display()));
                continue;
            }
        };
        let (want, got) = (mask(&want), mask(&got));
        if want != got {
            failures.push(format!(
                "{}: {}",
                py.display(),
                first_difference(&want, &got)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scripts differ from CPython:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn shared_conformance_cases_match_cpython() {
    check_folder("tests/conformance");
}

#[test]
fn probe_cases_match_cpython() {
    check_folder("tests/cases");
}

#[test]
fn demo_scripts_match_cpython() {
    check_folder("assets");
}

#[test]
fn masking_only_touches_addresses() {
    assert_eq!(mask("<memory at 0x7f2b5f85b4c0>"), "<memory at 0xADDR>");
    assert_eq!(mask(">>> view[-1] = 0x46"), ">>> view[-1] = 0x46");
}
