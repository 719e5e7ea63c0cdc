//! Replay speed: a 100,000-statement script of seeks, writes, reads and view operations,
//! replayed with its full transcript, side by side with `python3` running it as a plain
//! program. Run with `cargo bench --bench replay`.

use std::process::Command;
use std::time::{Duration, Instant};

use bytesio_tui::script::transcript::run;
use bytesio_tui::script::{Config, parse_program};

/// A deterministic mix of the operations a lesson uses.
fn script(statements: usize) -> String {
    let mut s = String::from("import io\nb = io.BytesIO(b'0123456789' * 100)\n");
    let mut x: u64 = 7;
    let mut next = |m: u64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) % m
    };
    for i in 0..statements.saturating_sub(2) {
        let line = match i % 10 {
            0 => format!("b.seek({})", next(1000)),
            1 => "b.write(b'abcdefgh')".to_string(),
            2 => format!("b.read({})", next(16)),
            3 => "v = b.getbuffer()".to_string(),
            4 => format!("v[{}] = {}", next(1000), next(256)),
            5 => "v[10:14] = b'wxyz'".to_string(),
            6 => "v.release()".to_string(),
            7 => "b.tell()".to_string(),
            8 => format!("b.seek(-{}, 2)", 1 + next(20)),
            _ => "b.read1(4)".to_string(),
        };
        s.push_str(&line);
        s.push('\n');
    }
    s
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let n = 100_000;
    let text = script(n);
    let path = std::env::temp_dir().join(format!("bytesio-tui-bench-{}.py", std::process::id()));
    if let Err(e) = std::fs::write(&path, &text) {
        eprintln!("cannot write {}: {e}", path.display());
        return;
    }
    let runs = 5;
    let mut ours = Vec::new();
    let mut lines = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let program = match parse_program(&text) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("bench script does not parse: {e}");
                return;
            }
        };
        let out = run(&program, Config::default());
        lines = out.transcript.lines().count();
        ours.push(t.elapsed());
    }
    let ours = median(ours);
    println!("statements: {n}; transcript lines: {lines}");
    println!(
        "bytesio-tui run (parse + replay + transcript): {:>8.1} ms",
        ours.as_secs_f64() * 1e3
    );
    let mut theirs = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        match Command::new("python3").arg(&path).output() {
            Ok(o) if o.status.success() => theirs.push(t.elapsed()),
            _ => break,
        }
    }
    if theirs.is_empty() {
        println!("python3: not available, no comparison");
    } else {
        let theirs = median(theirs);
        println!(
            "python3 SCRIPT.py (plain program):             {:>8.1} ms",
            theirs.as_secs_f64() * 1e3
        );
        println!(
            "ratio: {:.2} of CPython's time",
            ours.as_secs_f64() / theirs.as_secs_f64()
        );
    }
    let _ = std::fs::remove_file(&path);
}
