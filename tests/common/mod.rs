//! Helpers shared by the integration tests.

pub mod generate;

use std::path::{Path, PathBuf};

use bytesio_tui::model::profile::Version;
use bytesio_tui::script::transcript::run;
use bytesio_tui::script::{Config, parse_program};

/// Masks memory addresses in reprs (`<memory at 0x7f...>`, or cut short with `…` where a
/// panel ran out of room), which differ on every run.
pub fn mask(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        let (head, tail) = rest.split_at(i + 6);
        out.push_str(head);
        let hex_len = tail.chars().take_while(|c| c.is_ascii_hexdigit()).count();
        if tail[hex_len..].starts_with('>') || (hex_len > 0 && tail[hex_len..].starts_with('…')) {
            out.push_str("ADDR");
            rest = &tail[hex_len..];
        } else {
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// The `.py` files of a folder under the crate root, sorted.
pub fn scripts(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

/// The transcript the engine prints for a script file (what `bytesio-tui run` prints).
/// It runs on a thread with a roomy stack, as the binary does (deeply nested values).
pub fn engine_transcript(path: &Path) -> Result<String, String> {
    engine_transcript_as(path, Version::REFERENCE)
}

/// The transcript the engine prints for a script file behaving as `version` (what
/// `bytesio-tui run --python VERSION` prints): parsed and run under that profile.
pub fn engine_transcript_as(path: &Path, version: Version) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let job = move || {
        bytesio_tui::model::profile::set_current(version);
        let program = parse_program(&text).map_err(|e| format!("refused: {e}"))?;
        let config = Config {
            python: version,
            ..Config::default()
        };
        let out = run(&program, config);
        match out.unsupported {
            Some(e) => Err(format!("refused at run time: {e}")),
            None => Ok(out.transcript),
        }
    };
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(job)
        .map_err(|e| format!("cannot start a thread: {e}"))?
        .join()
        .map_err(|_| format!("{}: the engine panicked", path.display()))?
}

/// First differing line of two texts, for failure messages.
pub fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}: expected `{w}`, got `{g}`", i + 1);
        }
    }
    format!(
        "lengths differ: expected {} lines, got {}",
        want.lines().count(),
        got.lines().count()
    )
}

/// The offsets whose hex digits the grid draws with `modifier` (bold: the last step wrote
/// the byte; underlined: a live view covers it), read back from the cells drawn on a
/// TestBackend at the app's size.
pub fn grid_offsets_with(
    app: &bytesio_tui::app::App,
    modifier: ratatui::style::Modifier,
) -> Vec<usize> {
    use bytesio_tui::ui::hexgrid::{GridLine, plan};
    let (w, h) = app.term;
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| bytesio_tui::ui::draw(f, app)).expect("draw");
    let Some(g) = app.geometry() else {
        return Vec::new();
    };
    let scene = app.scene();
    let plan = plan(app, &scene, &g);
    let inner = g.grid_inner();
    let buf = t.backend().buffer();
    let mut out = Vec::new();
    for (i, line) in plan.lines.iter().enumerate() {
        let GridLine::Row(r) = *line else { continue };
        let y = inner.y + 1 + i as u16;
        for k in 0..g.bpr {
            let x = inner.x + (g.hex_x() + 1 + 3 * k) as u16;
            let cell = &buf[(x, y)];
            if cell.modifier.contains(modifier)
                && cell.symbol().chars().all(|c| c.is_ascii_hexdigit())
            {
                out.push(r * g.bpr + k);
            }
        }
    }
    out
}

/// The reference transcript, run by interpreter `py` with a fixed clock (as the CPython
/// engine's helper fixes it) and TZ=UTC.
pub fn oracle_with_fixed_clock(py: &Path, script: &Path) -> String {
    let harness = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/transcript.py");
    let prelude = "import sys, time\n\
        T = 1600000000.0\n\
        lt, gt = time.localtime, time.gmtime\n\
        time.time = lambda: T\n\
        time.time_ns = lambda: int(T * 1e9)\n\
        time.localtime = lambda s=None: lt(T if s is None else s)\n\
        time.gmtime = lambda s=None: gt(T if s is None else s)\n\
        sys.argv = sys.argv[1:]\n\
        exec(compile(open(sys.argv[0]).read(), sys.argv[0], 'exec'), {'__name__': '__main__'})\n";
    let out = std::process::Command::new(py)
        .arg("-c")
        .arg(prelude)
        .arg(harness)
        .arg(script)
        .env("TZ", "UTC")
        .output()
        .expect("python runs");
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// Whether the tests run under CI (`CI=true`), where a missing interpreter is a failure.
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// The separator `tests/oracle/many.py` prints after each script's transcript.
const MANY_SEPARATOR: &str = "=== tests/oracle/many.py: end of script ===";

/// The reference transcripts of many scripts, run by interpreter `py` in ONE process through
/// `tests/oracle/many.py` (transcript.py's own code, a fresh namespace per script, sys.last_*
/// and `_` cleared between scripts): one transcript per script, in order. Starting CPython
/// costs far more than running a script, so this is what keeps the differential tests fast.
pub fn oracle_many(py: &Path, scripts: &[PathBuf]) -> Result<Vec<String>, String> {
    let driver = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/many.py");
    let list = std::env::temp_dir().join(format!(
        "bytesio-tui-many-{}-{}.txt",
        std::process::id(),
        NEXT_LIST.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let mut names = String::new();
    for s in scripts {
        names.push_str(&s.to_string_lossy());
        names.push('\n');
    }
    std::fs::write(&list, names).map_err(|e| format!("{}: {e}", list.display()))?;
    let out = std::process::Command::new(py)
        .arg(&driver)
        .arg(MANY_SEPARATOR)
        .arg(format!("@{}", list.display()))
        .env("TZ", "UTC")
        .stdin(std::process::Stdio::null())
        .output();
    let _ = std::fs::remove_file(&list);
    let out = out.map_err(|e| format!("{}: {e}", py.display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts: Vec<String> = text
        .split(&format!("\n{MANY_SEPARATOR}\n"))
        .map(str::to_string)
        .collect();
    // After the last separator: nothing.
    let tail = parts.pop().unwrap_or_default();
    if parts.len() != scripts.len() || !tail.is_empty() {
        return Err(format!(
            "{} {}: {} transcripts for {} scripts (status {}): {}",
            py.display(),
            driver.display(),
            parts.len(),
            scripts.len(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ));
    }
    Ok(parts)
}

static NEXT_LIST: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The shared corpus: every script under tests/conformance, tests/cases and assets.
pub fn corpus() -> Vec<PathBuf> {
    ["tests/conformance", "tests/cases", "assets"]
        .iter()
        .flat_map(|d| scripts(d))
        .collect()
}

/// Runs `job` over `items` in `threads` threads, results in order.
pub fn in_threads<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    job: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let size = items.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(size)
            .map(|chunk| {
                let job = &job;
                scope.spawn(move || chunk.iter().map(job).collect::<Vec<R>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a comparison thread panicked"))
            .collect()
    })
}
