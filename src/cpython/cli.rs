//! The command line's CPython parts: `run --engine cpython`, and running a script the
//! built-in engine refuses (it imports another module) under CPython instead.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::interp;
use super::process::{self, End, Options};
use crate::script::ScriptError;

/// Which engine runs a script.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    /// The built-in engine (the BytesIO subset, exactly as CPython 3.11 prints it); given
    /// explicitly, a script it refuses is refused.
    #[default]
    Builtin,
    /// The real CPython interpreter (see --python), with a helper watching every BytesIO.
    Cpython,
}

/// A script the built-in engine refused: the refusal as `run` prints it
/// (`z.py:2:8: unsupported: the module 'zipfile' (only io is modelled)`) and the error,
/// whose [`ScriptError::imported_module`] says whether CPython can run it instead.
#[derive(Clone, Copy, Debug)]
pub struct Refused<'a> {
    pub text: &'a str,
    pub error: &'a ScriptError,
}

/// `run --engine cpython`: the transcript on stdout, as `transcript.py` prints it.
pub fn run(script: &Path, python: Option<&str>, calls: bool) -> ExitCode {
    let interp = match interp::find(python) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("bytesio-tui: {e}");
            return ExitCode::from(2);
        }
    };
    run_with(script, &interp, calls)
}

fn run_with(script: &Path, interp: &interp::Interpreter, calls: bool) -> ExitCode {
    let opts = if calls {
        Options {
            calls: true,
            ..Options::transcript()
        }
    } else {
        Options::transcript()
    };
    let record = match process::record(interp, script, &opts) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("bytesio-tui: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    let text = if calls {
        record.transcript_with_calls(|c| crate::ui::i18n::Lang::En.call(c))
    } else {
        record.transcript()
    };
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    match record.end {
        End::Done => ExitCode::SUCCESS,
        End::Exit(code) => ExitCode::from(u8::try_from(code.rem_euclid(256)).unwrap_or(1)),
        // As the built-in engine: 2 when the script cannot run.
        End::Fatal(msg) => {
            eprint!("{msg}");
            ExitCode::from(2)
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
pub fn fallback(script: &Path, python: Option<&str>, refused: Refused) -> Option<ExitCode> {
    let module = refused.error.imported_module()?;
    let refusal = refused.text;
    match interp::find(python) {
        Ok(i) => {
            eprintln!(
                "running under CPython {}: the script imports {module}",
                i.version
            );
            Some(run_with(script, &i, false))
        }
        Err(e) => {
            eprintln!("{refusal}");
            eprintln!("bytesio-tui: the script imports {module}, which only CPython runs: {e}");
            Some(ExitCode::from(2))
        }
    }
}

/// A script recorded under CPython, opened as step mode opens a script: the app, before its
/// first statement, at a `width` x `height` terminal. The error says what went wrong (no
/// interpreter, a child that died or hung, a script that does not parse).
pub fn open_app(
    script: &Path,
    interp: &interp::Interpreter,
    max_size: usize,
    color: bool,
) -> Result<crate::app::App, (String, u8)> {
    use crate::app::{Action, App, Options as AppOptions, Script, Start, StepMove, update};
    use crate::script::timeline::Timeline;
    use crate::script::{Config, Program, parse_program};

    let source = std::fs::read_to_string(script)
        .map_err(|e| (format!("{}: cannot read: {e}", script.display()), 2))?;
    let record = process::record(interp, script, &Options::default()).map_err(|e| (e, 2))?;
    match &record.end {
        End::Done | End::Exit(_) => {}
        End::Fatal(msg) => return Err((msg.trim_end().to_string(), 2)),
        End::Failed(msg) => return Err((msg.clone(), 2)),
    }
    let converted = super::convert::convert(&record, &source);
    // The built-in engine's parse, when it has one, lets a branch replay the prefix.
    let program = parse_program(&source).unwrap_or(Program {
        base: 0,
        lines_before: 0,
        source: std::rc::Rc::from(source.as_str()),
        body: Vec::new(),
    });
    let config = Config {
        max_size,
        ..Config::default()
    };
    let empty = Program {
        base: 0,
        lines_before: 0,
        source: std::rc::Rc::from(source.as_str()),
        body: Vec::new(),
    };
    let mut app = App::new(AppOptions {
        max_size,
        color,
        python: crate::model::profile::Version::REFERENCE,
        start: Start::Script {
            path: script.to_path_buf(),
            program: empty,
        },
    });
    let name = script
        .file_name()
        .map_or_else(|| script.to_string_lossy(), |n| n.to_string_lossy())
        .into_owned();
    let timeline = Timeline::from_recorded(program, config, converted);
    let mut stepped = Script::of_timeline(name, timeline);
    stepped.interpreter = Some(format!("CPython {}", interp.version));
    app.script = Some(stepped);
    update(&mut app, Action::Step(StepMove::To(0)));
    Ok(app)
}

/// The interpreter for `--python`, or the message (exit 2) naming what to install.
pub fn interpreter(python: Option<&str>) -> Result<interp::Interpreter, ExitCode> {
    interp::find(python).map_err(|e| {
        eprintln!("bytesio-tui: {e}");
        ExitCode::from(2)
    })
}

/// `render --engine cpython`: the frame after `step` steps (a step a line, and one a library
/// call; None: the last).
pub fn render(
    script: &Path,
    interp: &interp::Interpreter,
    step: Option<usize>,
    (width, height): (u16, u16),
    max_size: usize,
    look: crate::ui::Look,
) -> ExitCode {
    use crate::app::{Action, StepMove, update};
    let mut app = match open_app(script, interp, max_size, false) {
        Ok(mut a) => {
            look.apply(&mut a);
            a
        }
        Err((msg, code)) => {
            eprintln!("bytesio-tui: {msg}");
            return ExitCode::from(code);
        }
    };
    let steps = app.script.as_ref().map_or(0, |s| s.timeline.len());
    if let Some(k) = step.filter(|&k| k > steps) {
        eprintln!(
            "{}: --step {k}: the script has {steps} steps (0 to {steps})",
            script.display()
        );
        return ExitCode::from(2);
    }
    update(&mut app, Action::Resize(width, height));
    update(&mut app, Action::Step(StepMove::To(step.unwrap_or(steps))));
    print!("{}", crate::ui::render::text(&app));
    ExitCode::SUCCESS
}

/// Step mode under CPython: records the script, then runs the app on the terminal.
pub fn step_mode(
    script: &Path,
    interp: &interp::Interpreter,
    max_size: usize,
    color: bool,
    look: crate::ui::Look,
) -> ExitCode {
    match open_app(script, interp, max_size, color) {
        Ok(mut app) => {
            look.apply(&mut app);
            crate::ui::terminal::run(app)
        }
        Err((msg, code)) => {
            eprintln!("bytesio-tui: {msg}");
            ExitCode::from(code)
        }
    }
}

/// Whether a script goes to CPython: always with `--engine cpython`, never with `--engine
/// builtin`; without --engine, when the built-in engine refused the script (`refusal`) for an import and an interpreter is found
/// (saying so on stderr). None: the built-in engine runs it. `Err`: exit with this code
/// (no interpreter; the message said what to install).
pub fn choose(
    engine: Option<Engine>,
    python: Option<&str>,
    refused: Option<Refused>,
) -> Option<Result<interp::Interpreter, ExitCode>> {
    match engine {
        Some(Engine::Cpython) => return Some(interpreter(python)),
        Some(Engine::Builtin) => return None,
        None => {}
    }
    let refused = refused?;
    let module = refused.error.imported_module()?;
    let refusal = refused.text;
    Some(match interp::find(python) {
        Ok(i) => {
            eprintln!(
                "running under CPython {}: the script imports {module}",
                i.version
            );
            Ok(i)
        }
        Err(e) => {
            eprintln!("{refusal}");
            eprintln!("bytesio-tui: the script imports {module}, which only CPython runs: {e}");
            Err(ExitCode::from(2))
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn refused_imports_are_named() {
        let refused = |text: &str| crate::script::parse_program(text).err();
        let e = refused("import io\nimport zipfile\n").expect("refused");
        assert_eq!(e.imported_module(), Some("zipfile"));
        // The `run` CLI's wording, byte for byte.
        assert_eq!(
            e.to_string(),
            "2:8: unsupported: the module 'zipfile' (only io is modelled)"
        );
        let e = refused("from gzip import open\n").expect("refused");
        assert_eq!(e.imported_module(), Some("gzip"));
        assert_eq!(
            e.to_string(),
            "1:1: unsupported: importing from 'gzip' (only io is modelled)"
        );
        let e = refused("from io import Foo\n").expect("refused");
        assert_eq!(e.imported_module(), None);
        let e = refused("f = lambda: 1\n@f\ndef g(): pass\n").expect("refused");
        assert_eq!(e.imported_module(), None);
    }
}
