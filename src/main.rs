//! The `bytesio-tui` command.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use bytesio_tui::app::{Options, Start};
use bytesio_tui::script::transcript::run;
use bytesio_tui::script::{Config, Program, parse_program};

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

    /// Start with `b` holding this file's bytes.
    #[arg(long, value_name = "PATH", conflicts_with = "bytes")]
    file: Option<PathBuf>,

    /// Start with `b` holding these bytes, as hex (`6869`, `"68 69"`).
    #[arg(long, value_name = "HEX")]
    bytes: Option<String>,

    /// Largest size a stream may grow to before MemoryError (bytes; suffixes K, M, G).
    #[arg(long, global = true, default_value = "1G", value_parser = parse_size)]
    max_size: usize,
}

#[derive(Subcommand)]
enum Command {
    /// Print a script's transcript as CPython's interactive prompt shows it.
    Run {
        /// The Python script (the BytesIO subset).
        script: PathBuf,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = Config {
        max_size: cli.max_size,
        ..Config::default()
    };
    match cli.command {
        Some(Command::Run { script }) => {
            if cli.file.is_some() || cli.bytes.is_some() {
                eprintln!("bytesio-tui: --file and --bytes start the app; `run` takes a script");
                return ExitCode::from(2);
            }
            let program = match load(&script) {
                Ok(p) => p,
                Err(msg) => {
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
            let start = match start(&cli.file, &cli.bytes, cli.max_size) {
                Ok(s) => s,
                Err(msg) => {
                    eprintln!("bytesio-tui: {msg}");
                    return ExitCode::from(2);
                }
            };
            if !std::io::stdout().is_terminal() {
                eprintln!(
                    "bytesio-tui: standard output is not a terminal; the app needs one \
                     (for a script's transcript, use `bytesio-tui run SCRIPT`)"
                );
                return ExitCode::from(2);
            }
            let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            bytesio_tui::ui::terminal::run(Options {
                max_size: cli.max_size,
                color,
                start,
            })
        }
    }
}
