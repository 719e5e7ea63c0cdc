//! The `bytesio-tui` command.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use bytesio_tui::app::{Action, App, Options, Start, StepMove, update};
use bytesio_tui::cpython::cli::{self as cpython, Engine};
use bytesio_tui::model::profile::Version;
use bytesio_tui::script::transcript::run;
use bytesio_tui::script::{Config, Program, ScriptError, parse_program};
use bytesio_tui::ui::Look;
use bytesio_tui::ui::export::{self, Format};
use bytesio_tui::ui::i18n::Lang;
use bytesio_tui::ui::record;
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

    /// The Python version to behave as: `3.10` to `3.16` (3.16: CPython's main branch),
    /// default 3.11. With --engine cpython: the interpreter (`3.12`: python3.12 on PATH,
    /// then under pyenv) or a path; default python3.
    #[arg(long, global = true, value_name = "X")]
    python: Option<String>,

    /// Record the session as an asciicast v2 file, as it happens (`asciinema play FILE`).
    #[arg(long, value_name = "FILE.cast")]
    record: Option<PathBuf>,

    /// On quit, write the session as a Python script: every statement it ran, in order.
    #[arg(long, value_name = "FILE.py")]
    save: Option<PathBuf>,

    /// The language of the UI's words (CPython's messages and the log stay as CPython
    /// prints them); default: from LC_ALL, LC_MESSAGES or LANG (`ko_KR.UTF-8`: Korean).
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,

    /// `contrast`: bold and high contrast, for a projector; no two markers told apart by
    /// red and green alone.
    #[arg(long, global = true, value_enum, default_value_t = ThemeArg::Default)]
    theme: ThemeArg,

    /// No colours, only styles and glyphs (as the NO_COLOR variable does).
    #[arg(long, global = true)]
    no_color: bool,

    /// For a projector: fewer bytes a row, and the step counter in large digits.
    #[arg(long, global = true)]
    zoom: bool,

    /// Draw in this much of the terminal, as WIDTHxHEIGHT (a screen share then looks the
    /// same on any terminal).
    #[arg(long = "size", value_name = "WxH", value_parser = parse_wxh)]
    fixed_size: Option<(u16, u16)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum LangArg {
    En,
    Ko,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum ThemeArg {
    Default,
    Contrast,
}

impl Cli {
    /// The look the flags and the environment ask for.
    fn look(&self) -> Look {
        let lang = match self.lang {
            Some(LangArg::En) => Lang::En,
            Some(LangArg::Ko) => Lang::Ko,
            None => Lang::from_env(),
        };
        Look {
            lang,
            contrast: self.theme == ThemeArg::Contrast,
            zoom: self.zoom,
            size: self.fixed_size,
        }
    }

    /// Colour, unless `--no-color` or a non-empty NO_COLOR says no.
    fn color(&self) -> bool {
        !self.no_color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
    }
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

        /// Run it under several versions (`3.11,3.16`) and print the transcript once, each
        /// statement whose output differs shown per version. With --engine cpython (or
        /// `cpython:3.13`), a version with an installed interpreter runs the real one.
        #[arg(long, value_name = "V,V", conflicts_with = "calls")]
        compare: Option<String>,
    },
    /// Print the frame the app shows after opening a script and going to a step (or, with
    /// --file, the frame it opens a file's bytes with): plain text, or with --format in
    /// colour as ANSI, SVG or HTML.
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

        /// How to write the frame: plain text, or in colour as ANSI escapes (as the
        /// terminal shows it), an SVG image or an HTML page.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write an asciicast v2 recording (`asciinema play FILE.cast`) of stepping through a
    /// script: a frame per step, in colour, with a marker per step naming its line.
    Record {
        /// The Python script (the BytesIO subset).
        #[arg(value_name = "SCRIPT.py")]
        script: PathBuf,

        /// The recording to write (`-`: standard output).
        #[arg(short, long, value_name = "FILE.cast")]
        output: PathBuf,

        /// Seconds between frames.
        #[arg(long, value_name = "SECONDS", default_value = "1.5", value_parser = parse_delay)]
        delay: u64,

        /// Terminal size, as WIDTHxHEIGHT.
        #[arg(long, value_name = "WxH", default_value = "100x30", value_parser = parse_wxh)]
        size: (u16, u16),

        /// The last step to record (default: the script's end).
        #[arg(long, value_name = "N")]
        to: Option<usize>,
    },
}

/// `--delay`: seconds, to whole milliseconds, at most an hour.
fn parse_delay(text: &str) -> Result<u64, String> {
    let t = text.trim().trim_end_matches('s');
    match t.parse::<f64>() {
        Ok(s) if (0.0..=3600.0).contains(&s) => Ok((s * 1000.0).round() as u64),
        _ => Err(format!(
            "'{text}' is not a delay in seconds from 0 to 3600 (example: 1.5)"
        )),
    }
}

/// `--size`: `WIDTHxHEIGHT`, each from 1 to 1000.
fn parse_wxh(text: &str) -> Result<(u16, u16), String> {
    let bad = || format!("'{text}' is not a size WIDTHxHEIGHT (example: 100x30)");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let n = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
    };
    Ok((n(w).ok_or_else(bad)?, n(h).ok_or_else(bad)?))
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

/// Why a script cannot be opened: what to print (file name, line and column), and the
/// parse error when it did not parse or the engine refused it.
#[derive(Debug)]
struct LoadError {
    text: String,
    error: Option<ScriptError>,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<String> for LoadError {
    fn from(text: String) -> LoadError {
        LoadError { text, error: None }
    }
}

impl LoadError {
    /// The engine's refusal, for the CPython fallback.
    fn refused(&self) -> Option<cpython::Refused<'_>> {
        self.error.as_ref().map(|error| cpython::Refused {
            text: &self.text,
            error,
        })
    }
}

/// Reads and parses a script, or says why not (file name, line and column).
fn load(path: &Path) -> Result<Program, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let text = bytesio_tui::script::decode_script(&path.display().to_string(), &bytes)?;
    parse_program(&text).map_err(|e| LoadError {
        text: format!("{}:{e}", path.display()),
        error: Some(e),
    })
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
            .map_err(|e| format!("--bytes {text:?}: not hex: {}", e.en()))?;
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
            return Err(step_range(path, k, steps, app.lang));
        }
        update(app, Action::Step(StepMove::To(k)));
    }
    if let Some(text) = &cli.offset {
        let (size, _) = app.size_pos();
        let at = bytesio_tui::app::navigate::goto_target(text, 0, size)
            .map_err(|e| format!("bytesio-tui: --offset: {}", app.lang.say(&e)))?;
        update(app, Action::NavTo(at));
    }
    Ok(())
}

/// The `--step N` error: which steps there are.
fn step_range(script: &Path, step: usize, steps: usize, lang: Lang) -> String {
    format!(
        "{}: --step {step}: {}",
        script.display(),
        lang.script_has_steps(steps)
    )
}

fn render_command(
    script: Option<PathBuf>,
    file: Option<PathBuf>,
    step: Option<usize>,
    (width, height): (u16, u16),
    max_size: usize,
    format: Format,
    look: Look,
) -> ExitCode {
    let title = script
        .as_ref()
        .or(file.as_ref())
        .and_then(|p| p.file_name())
        .map_or_else(
            || "bytesio-tui".into(),
            |n| n.to_string_lossy().into_owned(),
        );
    let mut app = match (script, file) {
        (_, Some(path)) => {
            if step.is_some() {
                eprintln!(
                    "bytesio-tui render: {}",
                    look.lang.t("--step needs a script, not --file")
                );
                return ExitCode::from(2);
            }
            match start(&Some(path), &None, max_size) {
                Ok(s) => render::start_app(s, max_size, width, height),
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
            match render::script_app(&script, program, step, max_size, width, height) {
                Ok(app) => app,
                Err(RenderError::Refused(e)) => {
                    eprintln!("{}:{e}", script.display());
                    return ExitCode::from(2);
                }
                Err(RenderError::NoSuchStep { step, steps }) => {
                    eprintln!("{}", step_range(&script, step, steps, look.lang));
                    return ExitCode::from(2);
                }
            }
        }
        (None, None) => {
            eprintln!(
                "bytesio-tui render: {}",
                look.lang.t("give a script or --file PATH")
            );
            return ExitCode::from(2);
        }
    };
    look.apply(&mut app);
    // The step's notice again, in the language asked for.
    if let Some((k, _)) = app.step() {
        update(&mut app, Action::Step(StepMove::To(k)));
    }
    let frame = if format.colored() {
        app.color = true;
        export::write(&render::buffer(&app), format, &title)
    } else {
        render::text(&app)
    };
    print!("{frame}");
    ExitCode::SUCCESS
}

fn record_command(script: &Path, output: &Path, plan: record::Plan) -> ExitCode {
    let program = match load(script) {
        Ok(p) => p,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let cast = match record::script(script, program, plan) {
        Ok(c) => c,
        Err(RenderError::Refused(e)) => {
            eprintln!("{}:{e}", script.display());
            return ExitCode::from(2);
        }
        Err(RenderError::NoSuchStep { step, steps }) => {
            eprintln!(
                "{}",
                step_range(script, step, steps, plan.look.lang).replace("--step", "--to")
            );
            return ExitCode::from(2);
        }
    };
    let written = if output == Path::new("-") {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        out.write_all(cast.as_bytes()).and_then(|()| out.flush())
    } else {
        std::fs::write(output, cast)
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bytesio-tui record: {}: {e}", output.display());
            ExitCode::from(1)
        }
    }
}

/// The interactive app, recorded to `--record` and saved to `--save` on quit.
fn interactive(mut app: App, cast: Option<&Path>, save: Option<&Path>) -> ExitCode {
    app.save_to = save.map(Path::to_path_buf);
    if !std::io::stdout().is_terminal() {
        eprintln!(
            "bytesio-tui: standard output is not a terminal; the app needs one \
             (for a script's transcript, use `bytesio-tui run SCRIPT`)"
        );
        return ExitCode::from(2);
    }
    if let Some(dir) = save
        .and_then(Path::parent)
        .filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        eprintln!("bytesio-tui: --save: {}: no such folder", dir.display());
        return ExitCode::from(2);
    }
    let cast = match cast {
        None => None,
        Some(path) => {
            let size = crossterm::terminal::size().unwrap_or(app.term);
            match record::Cast::create(path, size, std::time::Duration::from_secs(2)) {
                Ok(c) => Some(c),
                Err(e) => {
                    eprintln!("bytesio-tui: --record {}: {e}", path.display());
                    return ExitCode::from(2);
                }
            }
        }
    };
    let mut code = bytesio_tui::ui::terminal::run_with(&mut app, cast.clone());
    if let Some(e) = cast.as_ref().and_then(record::Cast::error) {
        eprintln!("bytesio-tui: --record: recording stopped: {e}");
    }
    if let Some(path) = save {
        match bytesio_tui::ui::save::write(&app, path) {
            Ok(()) => eprintln!("bytesio-tui: session saved to {}", path.display()),
            Err(e) => {
                eprintln!("bytesio-tui: --save {}: {e}", path.display());
                if code == ExitCode::SUCCESS {
                    code = ExitCode::from(1);
                }
            }
        }
    }
    code
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

/// The version the built-in engine behaves as, from `--python` (a path or another version
/// is for --engine cpython only).
fn builtin_version(cli: &Cli) -> Result<Version, String> {
    let Some(text) = cli.python.as_deref() else {
        return Ok(Version::REFERENCE);
    };
    match Version::parse(text) {
        Some(v) => Ok(v),
        None if cli.engine == Some(Engine::Cpython) => Ok(Version::REFERENCE),
        None => Err(format!(
            "bytesio-tui: --python {text}: the built-in engine behaves as 3.10 to 3.16; \
             for another interpreter add --engine cpython"
        )),
    }
}

fn real_main() -> ExitCode {
    let cli = Cli::parse();
    let version = match builtin_version(&cli) {
        Ok(v) => v,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    // Parsing, the app and every session of this thread behave as this version.
    bytesio_tui::model::profile::set_current(version);
    let config = Config {
        max_size: cli.max_size,
        max_steps: cli.max_steps,
        python: version,
        ..Config::default()
    };
    if cli.command.is_some() && cli.script.is_some() {
        eprintln!("bytesio-tui: a script opens the app; a subcommand takes its own arguments");
        return ExitCode::from(2);
    }
    if cli.command.is_some() && (cli.record.is_some() || cli.save.is_some()) {
        eprintln!("bytesio-tui: --record and --save are for the app (bytesio-tui [SCRIPT.py])");
        return ExitCode::from(2);
    }
    let look = cli.look();
    match cli.command {
        Some(Command::Render {
            script,
            file,
            step,
            width,
            height,
            format,
        }) => {
            if cli.file.is_some() || cli.bytes.is_some() {
                eprintln!(
                    "bytesio-tui: {}",
                    look.lang
                        .t("`render` takes --file after it: render --file PATH")
                );
                return ExitCode::from(2);
            }
            use bytesio_tui::ui::layout::{MIN_HEIGHT, MIN_WIDTH};
            if width < MIN_WIDTH || height < MIN_HEIGHT {
                eprintln!(
                    "bytesio-tui render: {}",
                    look.lang
                        .too_small_to_draw((width, height), (MIN_WIDTH, MIN_HEIGHT))
                );
                return ExitCode::from(2);
            }
            if let (Some(path), None) = (&script, &file) {
                let refusal = cli.engine.is_none().then(|| load(path).err());
                match cpython::choose(
                    cli.engine,
                    cli.python.as_deref(),
                    refusal.flatten().as_ref().and_then(LoadError::refused),
                ) {
                    Some(Ok(i)) => {
                        return cpython::render(
                            path,
                            &i,
                            step,
                            (width, height),
                            cli.max_size,
                            look,
                        );
                    }
                    Some(Err(code)) => return code,
                    None => {}
                }
            }
            render_command(
                script,
                file,
                step,
                (width, height),
                cli.max_size,
                format,
                look,
            )
        }
        Some(Command::Record {
            script,
            output,
            delay,
            size: (width, height),
            to,
        }) => {
            if cli.file.is_some() || cli.bytes.is_some() {
                eprintln!("bytesio-tui: `record` takes a script, not --file or --bytes");
                return ExitCode::from(2);
            }
            let plan = record::Plan {
                width,
                height,
                delay_ms: delay,
                to,
                max_size: cli.max_size,
                look,
            };
            record_command(&script, &output, plan)
        }
        Some(Command::Run {
            script,
            calls,
            compare,
        }) => {
            if cli.file.is_some() || cli.bytes.is_some() {
                eprintln!("bytesio-tui: --file and --bytes start the app; `run` takes a script");
                return ExitCode::from(2);
            }
            if let Some(list) = compare {
                return bytesio_tui::cpython::compare::command(
                    &script, &list, cli.engine, config, look.lang,
                );
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
                        .then(|| msg.refused())
                        .flatten()
                        .and_then(|r| cpython::fallback(&script, cli.python.as_deref(), r))
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
                    refusal.flatten().as_ref().and_then(LoadError::refused),
                ) {
                    Some(Ok(i)) if std::io::stdout().is_terminal() => {
                        return cpython::step_mode(path, &i, cli.max_size, cli.color(), look);
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
            let mut app = App::new(Options {
                max_size: cli.max_size,
                color: cli.color(),
                start,
                python: version,
            });
            look.apply(&mut app);
            app.set_max_steps(cli.max_steps);
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
            interactive(app, cli.record.as_deref(), cli.save.as_deref())
        }
    }
}
