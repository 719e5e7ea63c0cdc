//! Timeline memory and jump cost: a script that writes 20,000 times into a 32 MiB stream is
//! recorded, then the timeline jumps between its ends and to random steps.
//! Run with `cargo bench --bench timeline`. Goals: peak memory under 160 MiB, any jump under
//! one frame (16 ms).

use std::time::Instant;

use bytesio_tui::script::Config;
use bytesio_tui::script::parse_program;
use bytesio_tui::script::timeline::Timeline;

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let size = 32 << 20;
    let mut src = format!("import io\nb = io.BytesIO(bytes({size}))\n");
    let mut x: u64 = 11;
    for i in 0..20_000 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let off = (x >> 20) % (size as u64 - 64);
        src.push_str(&format!("b.seek({off})\nb.write(b'write number {i:05}')\n"));
    }
    let t = Instant::now();
    let program = match parse_program(&src) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("bench script does not parse: {e}");
            return;
        }
    };
    let mut timeline = Timeline::record(program, Config::default());
    println!(
        "recorded {} steps in {:.0} ms",
        timeline.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    let mut worst = 0f64;
    let mut jumps = vec![
        0,
        timeline.len(),
        1,
        timeline.len() / 2,
        2,
        timeline.len() - 1,
    ];
    for _ in 0..20 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        jumps.push((x >> 33) as usize % (timeline.len() + 1));
    }
    for k in jumps {
        let t = Instant::now();
        timeline.goto(k);
        worst = worst.max(t.elapsed().as_secs_f64() * 1e3);
    }
    println!("worst jump: {worst:.2} ms (goal: under 16 ms)");
    match peak_rss_mib() {
        Some(m) => println!("peak memory: {m:.0} MiB (goal: under 160 MiB)"),
        None => println!("peak memory: not available on this system"),
    }
}
