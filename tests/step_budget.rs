//! The budget for step mode, measured through the app itself: a script that writes
//! 20,000 times into a 32 MiB stream opens, runs and jumps to any step (the jump and the
//! frame drawn after it) under one frame (16 ms), with a peak memory under 160 MiB.
//!
//! Timing needs a release build, so it is ignored by default:
//! `cargo test --release --test step_budget -- --ignored --nocapture`.

use std::path::Path;
use std::time::Instant;

use bytesio_tui::app::{Action, StepMove, update};
use bytesio_tui::script::parse_program;
use bytesio_tui::ui::render;

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

#[test]
#[ignore = "a release-build measurement: run with --release -- --ignored"]
fn twenty_thousand_writes_into_32_mib() {
    let size = 32 << 20;
    let mut src = format!("import io\nb = io.BytesIO(bytes({size}))\n");
    let mut x: u64 = 11;
    let mut next = || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        x >> 20
    };
    for i in 0..20_000 {
        let off = next() % (size as u64 - 64);
        src.push_str(&format!("b.seek({off})\nb.write(b'write number {i:05}')\n"));
    }
    let t = Instant::now();
    let program = parse_program(&src).expect("parses");
    let steps = program.body.len();
    let mut app =
        render::open_script(Path::new("big.py"), program, 1 << 30, 100, 30).expect("opens");
    let open_ms = t.elapsed().as_secs_f64() * 1e3;
    let mut jumps = vec![steps, 0, steps, 1, steps / 2, 2, steps - 1, 0];
    jumps.extend((0..40).map(|_| next() as usize % (steps + 1)));
    let mut worst = 0f64;
    let mut worst_draw = 0f64;
    for k in jumps {
        let t = Instant::now();
        update(&mut app, Action::Step(StepMove::To(k)));
        let frame = render::text(&app);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        worst = worst.max(ms);
        assert!(frame.contains(&format!("Step {k} of {steps}")), "{frame}");
        let t = Instant::now();
        let _ = render::text(&app);
        let d = t.elapsed().as_secs_f64() * 1e3;
        worst_draw = worst_draw.max(d);
        if std::env::var_os("STEP_BUDGET_TRACE").is_some() {
            println!("to {k}: {ms:.2} ms, again {d:.2} ms");
        }
    }
    let peak = peak_rss_mib();
    println!("opened {steps} steps in {open_ms:.0} ms");
    println!("worst jump + frame: {worst:.2} ms (a frame alone: {worst_draw:.2} ms)");
    match peak {
        Some(m) => println!("peak memory: {m:.0} MiB"),
        None => println!("peak memory: not available"),
    }
    assert!(worst < 16.0, "worst jump + frame {worst:.2} ms");
    if let Some(m) = peak {
        assert!(m < 160.0, "peak memory {m:.0} MiB");
    }
}
