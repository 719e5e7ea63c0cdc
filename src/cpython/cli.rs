//! The command line's CPython parts: `run --engine cpython`, and running a script the
//! built-in engine refuses (it imports another module) under CPython instead.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::interp;
use super::process::{self, End, Options};

/// Which engine runs a script.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    /// The built-in engine (the BytesIO subset, exactly as CPython 3.11 prints it).
    #[default]
    Builtin,
    /// The real CPython interpreter (see --python), with a helper watching every BytesIO.
    Cpython,
}

/// The module a refusal of the built-in engine names, when it refused an import:
/// `...: unsupported: the module 'zipfile' (only io is modelled)`.
pub fn imported_module(refusal: &str) -> Option<String> {
    let rest = ["unsupported: the module '", "unsupported: importing from '"]
        .iter()
        .find_map(|p| refusal.find(p).map(|i| &refusal[i + p.len()..]))?;
    let name = &rest[..rest.find('\'')?];
    (!name.is_empty()).then(|| name.to_string())
}

/// `run --engine cpython`: the transcript on stdout, as `transcript.py` prints it.
pub fn run(script: &Path, python: Option<&str>) -> ExitCode {
    let interp = match interp::find(python) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("bytesio-tui: {e}");
            return ExitCode::from(2);
        }
    };
    run_with(script, &interp)
}

fn run_with(script: &Path, interp: &interp::Interpreter) -> ExitCode {
    let record = match process::record(interp, script, &Options::transcript()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("bytesio-tui: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(record.transcript().as_bytes());
    let _ = out.flush();
    match record.end {
        End::Done => ExitCode::SUCCESS,
        End::Exit(code) => ExitCode::from(u8::try_from(code.rem_euclid(256)).unwrap_or(1)),
        End::Fatal(msg) => {
            eprint!("{msg}");
            ExitCode::from(1)
        }
        End::Failed(msg) => {
            eprintln!("bytesio-tui: {msg}");
            ExitCode::from(2)
        }
    }
}

/// The built-in engine refused `script` with `refusal`: when it refused an import and an
/// interpreter is found, runs the script under it, saying so on stderr; when none is found,
/// says what to install. None when the refusal is about something else.
pub fn fallback(script: &Path, python: Option<&str>, refusal: &str) -> Option<ExitCode> {
    let module = imported_module(refusal)?;
    match interp::find(python) {
        Ok(i) => {
            eprintln!(
                "running under CPython {}: the script imports {module}",
                i.version
            );
            Some(run_with(script, &i))
        }
        Err(e) => {
            eprintln!("{refusal}");
            eprintln!("bytesio-tui: the script imports {module}, which only CPython runs: {e}");
            Some(ExitCode::from(2))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_imports_are_named() {
        assert_eq!(
            imported_module("z.py:2:8: unsupported: the module 'zipfile' (only io is modelled)")
                .as_deref(),
            Some("zipfile")
        );
        assert_eq!(
            imported_module("z.py:1:1: unsupported: importing from 'gzip' (only io is modelled)")
                .as_deref(),
            Some("gzip")
        );
        assert_eq!(imported_module("z.py:1:1: unsupported: lambda"), None);
    }
}
