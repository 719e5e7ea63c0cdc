//! Loops: a `for i in range(200_000)` loop of seeks, writes and reads through `run`, side
//! by side with `python3` running the same script (as a plain program and through the
//! reference transcript harness); then step mode on a loop of 200,000 line steps: the time
//! to record it, the slowest jump between two steps, and the peak memory.
//! Run with `cargo bench --bench loop`.

use std::process::Command;
use std::time::{Duration, Instant};

use bytesio_tui::script::timeline::Timeline;
use bytesio_tui::script::transcript::run;
use bytesio_tui::script::{Config, parse_program};

fn loop_script(n: usize) -> String {
    format!(
        "import io\nb = io.BytesIO(b'0123456789' * 10)\nfor i in range({n}):\n    \
         b.seek(i % 100)\n    b.write(b'ab')\n    b.read(2)\nb.tell()\n"
    )
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn time_python(args: &[&str]) -> Option<Duration> {
    let mut times = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        match Command::new("python3").args(args).output() {
            Ok(o) if o.status.success() => times.push(t.elapsed()),
            _ => return None,
        }
    }
    Some(median(times))
}

fn main() {
    let n = 200_000;
    let text = loop_script(n);
    let path = std::env::temp_dir().join(format!("bytesio-tui-loop-{}.py", std::process::id()));
    if let Err(e) = std::fs::write(&path, &text) {
        eprintln!("cannot write {}: {e}", path.display());
        return;
    }
    let mut ours = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        let program = match parse_program(&text) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("bench script does not parse: {e}");
                return;
            }
        };
        let out = run(
            &program,
            Config {
                max_steps: u64::MAX,
                ..Config::default()
            },
        );
        if let Some(e) = out.unsupported {
            eprintln!("refused: {e}");
            return;
        }
        ours.push(t.elapsed());
    }
    let ours = median(ours);
    println!("for i in range({n}): seek, write, read");
    println!(
        "  bytesio-tui run:              {:>8.1} ms",
        ours.as_secs_f64() * 1e3
    );
    let p = path.to_string_lossy().into_owned();
    match time_python(&[&p]) {
        Some(t) => println!(
            "  python3 SCRIPT.py:            {:>8.1} ms  (ratio {:.2})",
            t.as_secs_f64() * 1e3,
            ours.as_secs_f64() / t.as_secs_f64()
        ),
        None => println!("  python3: not available"),
    }
    let oracle = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oracle/transcript.py");
    if let Some(t) = time_python(&[oracle, &p]) {
        println!(
            "  python3 transcript.py SCRIPT: {:>8.1} ms  (ratio {:.2})",
            t.as_secs_f64() * 1e3,
            ours.as_secs_f64() / t.as_secs_f64()
        );
    }
    let _ = std::fs::remove_file(&path);

    // Step mode: 50,000 iterations of a four-line loop body are 200,000 line steps.
    let steps_text = format!(
        "import io\nb = io.BytesIO(bytes(1 << 20))\nv = None\nfor i in range({}):\n    \
         b.seek(i % 4096)\n    b.write(b'xy')\n    b.read(1)\n",
        n / 4
    );
    let program = match parse_program(&steps_text) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("step script does not parse: {e}");
            return;
        }
    };
    let before = peak_rss_mib();
    let t = Instant::now();
    let mut timeline = Timeline::record(
        program,
        Config {
            max_steps: u64::MAX,
            ..Config::default()
        },
    );
    let open = t.elapsed();
    let len = timeline.len();
    let mut worst = Duration::ZERO;
    let mut x: u64 = 12345;
    for _ in 0..200 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
        let k = (x >> 33) as usize % (len + 1);
        let t = Instant::now();
        timeline.goto(k);
        let _ = timeline.frame();
        worst = worst.max(t.elapsed());
    }
    println!("step mode: {len} line steps over a 1 MiB stream");
    println!(
        "  record (open):        {:>8.1} ms",
        open.as_secs_f64() * 1e3
    );
    println!(
        "  slowest of 200 jumps: {:>8.2} ms",
        worst.as_secs_f64() * 1e3
    );
    if let (Some(b), Some(a)) = (before, peak_rss_mib()) {
        println!("  peak memory: {a:.0} MiB (before recording: {b:.0} MiB)");
    }
}
