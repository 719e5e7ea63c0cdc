//! The `bytesio-tui` command.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use bytesio_tui::app::{Action, App, Options, Start, StepMove, update};
use bytesio_tui::cpython::cli::{self as cpython, Engine};
use bytesio_tui::script::transcript::run;
use bytesio_tui::script::{Config, Program, parse_program};
use bytesio_tui::ui::render::{self, RenderError};

#[derive(Parser)]
#[command(
    name = "bytesio-tui",
    version,
    about = "See Python's io.BytesIO at work: bytes, cursor, getbuffer() views and BufferError",
    long_about = "See Python's io.BytesIO at work.\n\n\
        A BytesIO is a file in memory: bytes, a cursor, read/write/seek, and getbuffer(), \
        which hands out a live memoryview. While a view is alive, write, truncate and close \
        raise BufferError. bytesio-tui replays Python statements exactly as CPython 3.11's \
        prompt would and shows what happens to the bytes."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// A script to step through (n/p or the arrows step, Home/End, a number then Enter).
    #[arg(value_name = "SCRIPT.py", conflicts_with_all = ["file", "bytes"])]
    script: Option<PathBuf>,

    /// Start with `b` holding this file's bytes.
    #[arg(long, value_name = "PATH", conflicts_with = "bytes")]
    file: Option<PathBuf>,

    /// Start with `b` holding these bytes, as hex (`6869`, `"68 69"`).
    #[arg(long, value_name = "HEX")]
    bytes: Option<String>,

    /// With a script: open at this step (the state after N statements).
    #[arg(long, value_name = "N", requires = "script")]
    step: Option<usize>,

    /// Reopen the last interactive session (kept in $XDG_STATE_HOME/bytesio-tui).
    #[arg(long, conflicts_with_all = ["script", "file", "bytes"])]
    resume: bool,

    /// Open with the navigation cursor at this offset (`0x1f00`, `7936` or `end`).
    #[arg(long, value_name = "OFFSET")]
    offset: Option<String>,

    /// Largest size a stream may grow to before MemoryError (bytes; suffixes K, M, G).
    #[arg(long, global = true, default_value = "1G", value_parser = parse_size)]
    max_size: usize,

    /// How many lines a script may run before it is stopped (a runaway loop never hangs).
    #[arg(long, global = true, default_value_t = 1_000_000, value_name = "N")]
    max_steps: u64,
    /// The engine: the built-in one, or the real CPython (any script, any library). Without
    /// it, a script the built-in engine refuses for an import runs under CPython.
    #[arg(long, global = true, value_enum)]
    engine: Option<Engine>,

    /// The interpreter for --engine cpython: a version (`3.12`: python3.12 on PATH, then
    /// under pyenv) or a path; default python3.
    #[arg(long, global = true, value_name = "X")]
    python: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Print a script's transcript as CPython's interactive prompt shows it.
    Run {
        /// The Python script (the BytesIO subset).
        script: PathBuf,

        /// Under CPython: after each statement, list the calls libraries made on a BytesIO
        /// (`#   zipfile.writestr → b.write(...)`), so the output is no longer the transcript.
        #[arg(long)]
        calls: bool,
    },
    /// Print, as plain text, the frame the app shows after opening a script and going to a
    /// step (or, with --file, the frame it opens a file's bytes with).
    Render {
        /// The Python script (the BytesIO subset).
        #[arg(value_name = "SCRIPT.py", required_unless_present = "file")]
        script: Option<PathBuf>,

        /// Instead of a script: the frame the app opens with `b` holding this file's bytes.
        #[arg(long, value_name = "PATH", conflicts_with = "script")]
        file: Option<PathBuf>,

        /// The state after this many top-level statements ran (0: before any; default:
        /// the last), as `Step k of n` counts.
        #[arg(long, value_name = "N")]
        step: Option<usize>,

        /// Terminal columns.
        #[arg(long, value_name = "W", default_value_t = 100,
              value_parser = clap::value_parser!(u16).range(1..=1000))]
        width: u16,

        /// Terminal rows.
        #[arg(long, value_name = "H", default_value_t = 30,
              value_parser = clap::value_parser!(u16).range(1..=1000))]
        height: u16,
    },
}

fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let (num, mult) = match t.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&t[..t.len() - 1], 1usize << 10),
        Some('M') => (&t[..t.len() - 1], 1 << 20),
        Some('G') => (&t[..t.len() - 1], 1 << 30),
        _ => (t, 1),
    };
    num.trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| format!("'{text}' is not a size (examples: 4096, 64K, 16M, 1G)"))
}

/// Reads and parses a script, or says why not (file name, line and column).
fn load(path: &Path) -> Result<Program, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 (byte {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    parse_program(&text).map_err(|e| format!("{}:{e}", path.display()))
}

/// How the session starts, from `--file` / `--bytes`; the error names the file or the bad hex.
fn start(file: &Option<PathBuf>, hex: &Option<String>, max_size: usize) -> Result<Start, String> {
    if let Some(path) = file {
        let data = std::fs::read(path)
            .map_err(|e| format!("--file {}: cannot read: {e}", path.display()))?;
        if data.len() > max_size {
            return Err(format!(
                "--file {}: {} bytes is more than --max-size ({max_size} bytes)",
                path.display(),
                data.len()
            ));
        }
        return Ok(Start::File {
            path: path.clone(),
            data,
        });
    }
    if let Some(text) = hex {
        let data = bytesio_tui::app::ops::parse_hex(text)
            .map_err(|e| format!("--bytes {text:?}: not hex: {e}"))?;
        if data.len() > max_size {
            return Err(format!(
                "--bytes: {} bytes is more than --max-size",
                data.len()
            ));
        }
        return Ok(Start::Bytes(data));
    }
    Ok(Start::Default)
}

/// `--step N` and `--offset N`: the step and the navigation cursor the app opens at.
fn open_at(app: &mut App, cli: &Cli) -> Result<(), String> {
    if let (Some(k), Some(path)) = (cli.step, &cli.script) {
        let steps = app.step().map_or(0, |(_, n)| n);
        if k > steps {
            return Err(step_range(path, k, steps));
        }
        update(app, Action::Step(StepMove::To(k)));
    }
    if let Some(text) = &cli.offset {
        let (size, _) = app.size_pos();
        let at = bytesio_tui::app::navigate::goto_target(text, 0, size)
            .map_err(|e| format!("bytesio-tui: --offset: {e}"))?;
        update(app, Action::NavTo(at));
    }
    Ok(())
}

/// The `--step N` error: which steps there are.
fn step_range(script: &Path, step: usize, steps: usize) -> String {
    format!(
        "{}: --step {step}: the script has {steps} steps (0 to {steps})",
        script.display()
    )
}

fn render_command(
    script: Option<PathBuf>,
    file: Option<PathBuf>,
    step: Option<usize>,
    (width, height): (u16, u16),
    max_size: usize,
) -> ExitCode {
    let frame = match (script, file) {
        (_, Some(path)) => {
            if step.is_some() {
                eprintln!("bytesio-tui render: --step needs a script, not --file");
                return ExitCode::from(2);
            }
            match start(&Some(path), &None, max_size) {
                Ok(s) => render::start(s, max_size, width, height),
                Err(msg) => {
                    eprintln!("bytesio-tui: {msg}");
                    return ExitCode::from(2);
                }
            }
        }
        (Some(script), None) => {
            let program = match load(&script) {
                Ok(p) => p,
                Err(msg) => {
                    eprintln!("{msg}");
                    return ExitCode::from(2);
                }
            };
            match render::script(&script, program, step, max_size, width, height) {
                Ok(f) => f,
                Err(RenderError::Refused(e)) => {
                    eprintln!("{}:{e}", script.display());
                    return ExitCode::from(2);
                }
                Err(RenderError::NoSuchStep { step, steps }) => {
                    eprintln!("{}", step_range(&script, step, steps));
                    return ExitCode::from(2);
                }
            }
        }
        (None, None) => {
            eprintln!("bytesio-tui render: give a script or --file PATH");
            return ExitCode::from(2);
        }
    };
    print!("{frame}");
    ExitCode::SUCCESS
}

/// The engine recurses over expressions and the parser over nested source: run everything
/// on a thread with a roomy stack (reserved, not committed, memory), so no input can
/// overflow it.
fn main() -> ExitCode {
    const STACK: usize = 1 << 30;
    match std::thread::Builder::new()
        .name("bytesio-tui".into())
        .stack_size(STACK)
        .spawn(real_main)
    {
        Ok(handle) => handle.join().unwrap_or(ExitCode::from(101)),
        Err(_) => real_main(),
    }
}

fn real_main() -> ExitCode {
    let cli = Cli::parse();
    let config = Config {
        max_size: cli.max_size,
        max_steps: cli.max_steps,
        ..Config::default()
    };
    if cli.command.is_some() && cli.script.is_some() {
        eprintln!("bytesio-tui: a script opens the app; a subcommand takes its own arguments");
        return ExitCode::from(2);
    }
    match cli.command {
        Some(Command::Render {
            script,
            file,
            step,
            width,
            height,
        }) => {
            if cli.file.is_some() || cli.bytes.is_some() {
                eprintln!("bytesio-tui: `render` takes --file after it: render --file PATH");
                return ExitCode::from(2);
            }
            if let (Some(path), None) = (&script, &file) {
                let refusal = cli.engine.is_none().then(|| load(path).err());
                match cpython::choose(
                    cli.engine,
                    cli.python.as_deref(),
                    refusal.flatten().as_deref(),
                ) {
                    Some(Ok(i)) => {
                        return cpython::render(path, &i, step, (width, height), cli.max_size);
                    }
                    Some(Err(code)) => return code,
                    None => {}
                }
            }
            render_command(script, file, step, (width, height), cli.max_size)
        }
        Some(Command::Run { script, calls }) => {
            if cli.file.is_some() || cli.bytes.is_some() {
                eprintln!("bytesio-tui: --file and --bytes start the app; `run` takes a script");
                return ExitCode::from(2);
            }
            if cli.engine == Some(Engine::Cpython) || calls {
                return cpython::run(&script, cli.python.as_deref(), calls);
            }
            let program = match load(&script) {
                Ok(p) => p,
                Err(msg) => {
                    if let Some(code) = cli
                        .engine
                        .is_none()
                        .then(|| cpython::fallback(&script, cli.python.as_deref(), &msg))
                        .flatten()
                    {
                        return code;
                    }
                    eprintln!("{msg}");
                    return ExitCode::from(2);
                }
            };
            let out = run(&program, config);
            print!("{}", out.transcript);
            if let Some(e) = out.unsupported {
                eprintln!("{}:{e}", script.display());
                return ExitCode::from(2);
            }
            ExitCode::SUCCESS
        }
        None => {
            if let Some(path) = &cli.script {
                let refusal = cli.engine.is_none().then(|| load(path).err());
                match cpython::choose(
                    cli.engine,
                    cli.python.as_deref(),
                    refusal.flatten().as_deref(),
                ) {
                    Some(Ok(i)) if std::io::stdout().is_terminal() => {
                        let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
                        return cpython::step_mode(path, &i, cli.max_size, color);
                    }
                    Some(Ok(_)) => {
                        eprintln!(
                            "bytesio-tui: standard output is not a terminal; the app needs one \
                             (for a script's transcript, use `bytesio-tui run SCRIPT`)"
                        );
                        return ExitCode::from(2);
                    }
                    Some(Err(code)) => return code,
                    None => {}
                }
            }
            let start = match &cli.script {
                Some(path) => match load(path) {
                    Ok(program) => Start::Script {
                        path: path.clone(),
                        program,
                    },
                    Err(msg) => {
                        eprintln!("{msg}");
                        return ExitCode::from(2);
                    }
                },
                None if cli.resume => {
                    let saved =
                        bytesio_tui::app::store::Store::from_env().and_then(|s| s.session());
                    match saved {
                        Some(saved) => Start::Resume(saved),
                        None => {
                            eprintln!("bytesio-tui: --resume: no saved session");
                            return ExitCode::from(2);
                        }
                    }
                }
                None => match start(&cli.file, &cli.bytes, cli.max_size) {
                    Ok(s) => s,
                    Err(msg) => {
                        eprintln!("bytesio-tui: {msg}");
                        return ExitCode::from(2);
                    }
                },
            };
            let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let mut app = App::new(Options {
                max_size: cli.max_size,
                color,
                start,
            });
            // History and the session are kept in the state folder (not for a script: a
            // branch's statements are kept once one runs).
            if let Some(store) = bytesio_tui::app::store::Store::from_env() {
                let history = store.history();
                if !history.is_empty() {
                    app.history = history;
                }
                app.store = Some(store);
            }
            if let Err(msg) = open_at(&mut app, &cli) {
                eprintln!("{msg}");
                return ExitCode::from(2);
            }
            if let (Some(path), Some(e)) = (
                &cli.script,
                app.script.as_ref().and_then(|s| s.timeline.refused()),
            ) {
                eprintln!("{}:{e}", path.display());
                return ExitCode::from(2);
            }
            if !std::io::stdout().is_terminal() {
                eprintln!(
                    "bytesio-tui: standard output is not a terminal; the app needs one \
                     (for a script's transcript, use `bytesio-tui run SCRIPT`)"
                );
                return ExitCode::from(2);
            }
            bytesio_tui::ui::terminal::run(app)
        }
    }
}
