//! The `bytesio-tui` command.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use bytesio_tui::script::transcript::run;
use bytesio_tui::script::{Config, Program, parse_program};

/// The default session: the seed's own example.
const DEFAULT_SESSION: &str = "import io\nb = io.BytesIO(b\"abcdef\")\n";

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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = Config {
        max_size: cli.max_size,
        ..Config::default()
    };
    match cli.command {
        Some(Command::Run { script }) => {
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
            let program = match parse_program(DEFAULT_SESSION) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("default session: {e}");
                    return ExitCode::from(2);
                }
            };
            print!("{}", run(&program, config).transcript);
            ExitCode::SUCCESS
        }
    }
}
