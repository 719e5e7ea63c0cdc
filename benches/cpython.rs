//! The CPython engine's cost beside plain python3: a 10,000-line script and a zipfile script
//! writing 10 MB, each run (1) by plain `python3 SCRIPT.py`, (2) by the reference
//! `transcript.py`, (3) through `run --engine cpython` (the helper, no tracing), and (4) as
//! step mode opens it (every line traced, every BytesIO call watched, converted into a
//! timeline). Run with `cargo bench --bench cpython`. Goal: (4) under 2 s for both.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use bytesio_tui::cpython::cli::open_app;
use bytesio_tui::cpython::interp;
use bytesio_tui::cpython::process::{self, Options};

fn best_of(n: usize, mut f: impl FnMut()) -> Duration {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let Ok(py) = interp::find(None) else {
        eprintln!("no python3: nothing to measure");
        return;
    };
    let dir = std::env::temp_dir().join(format!("bytesio-tui-bench-{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_err() {
        eprintln!("cannot make {}", dir.display());
        return;
    }
    let mut lines = String::from("import io\nb = io.BytesIO()\n");
    for i in 0..9_998 {
        lines.push_str(&match i % 4 {
            0 => format!("b.write(b'line {i:05}\\n')\n"),
            1 => "b.tell()\n".to_string(),
            2 => format!("n = {i} * 2\n"),
            _ => "b.seek(0, 2)\n".to_string(),
        });
    }
    let zip = "import io\nimport zipfile\nb = io.BytesIO()\n\
        data = bytes(range(256)) * 40960\n\
        with zipfile.ZipFile(b, 'w') as zf:\n    zf.writestr('big.bin', data)\n\
        with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as zf:\n    \
        with zf.open('chunks.bin', 'w') as f:\n        \
        for i in range(160):\n            f.write(data[i * 65536:(i + 1) * 65536])\n\
        len(b.getvalue())\n";
    // The shared harness slices the source once (the project's copy calls
    // ast.get_source_segment, O(source) a statement: minutes on 10,000 lines).
    let shared = Path::new("/work/shared/oracle/transcript.py");
    let oracle = if shared.exists() {
        shared.to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/transcript.py")
    };
    println!("CPython {} ({})", py.version, py.path.display());
    for (name, text) in [("10,000 lines", lines.as_str()), ("zipfile, 10 MB", zip)] {
        let script = dir.join(format!("{}.py", name.replace([' ', ','], "_")));
        if std::fs::write(&script, text).is_err() {
            eprintln!("cannot write {}", script.display());
            return;
        }
        let quiet = |args: &[&Path]| {
            let _ = Command::new(&py.path)
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        };
        let plain = best_of(3, || quiet(&[&script]));
        let harness = best_of(3, || quiet(&[&oracle, &script]));
        let run = best_of(3, || {
            let _ = process::record(&py, &script, &Options::transcript());
        });
        let mut steps = 0;
        let mut calls = 0;
        let record = best_of(3, || {
            if let Ok(r) = process::record(&py, &script, &Options::default()) {
                steps = r.statements.iter().map(|s| s.steps.len()).sum();
                calls = r
                    .statements
                    .iter()
                    .flat_map(|s| &s.steps)
                    .map(|s| s.calls.len())
                    .sum();
            }
        });
        let open = best_of(3, || {
            let _ = open_app(&script, &py, 1 << 30, false);
        });
        println!(
            "{name}: python3 {}, transcript.py {}, run --engine cpython {}, \
             traced record {} ({steps} line steps, {calls} calls), step mode open {}",
            ms(plain),
            ms(harness),
            ms(run),
            ms(record),
            ms(open)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
