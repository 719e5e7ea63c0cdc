//! The budget for step mode, measured through the app itself: a script that writes
//! 20,000 times into a 32 MiB stream opens, runs and jumps to any step (the jump and the
//! frame drawn after it) under one frame (16 ms), with a peak memory under 160 MiB.
//!
//! Timing needs a release build, so it is ignored by default:
//! `cargo test --release --test step_budget -- --ignored --nocapture`. What does not depend on
//! the machine runs always: the memory a step costs, counted by this binary's allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use bytesio_tui::app::{Action, StepMove, update};
use bytesio_tui::script::parse_program;
use bytesio_tui::ui::render;

/// The system allocator, counting the bytes allocated and not yet freed.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call goes to the system allocator unchanged; only a counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One test at a time: the counter is the whole process's.
static SERIAL: Mutex<()> = Mutex::new(());

/// Bytes an app opened on `src` keeps (the recorded timeline and everything step mode
/// precomputes).
fn kept_by_app(src: &str) -> usize {
    let before = LIVE.load(Ordering::SeqCst);
    let program = parse_program(src).expect("parses");
    let app = render::open_script(Path::new("m.py"), program, 1 << 30, 100, 30).expect("opens");
    let kept = LIVE.load(Ordering::SeqCst).saturating_sub(before);
    drop(app);
    kept
}

/// A script that makes `views` views of a stream, then seeks `steps` times.
fn views_then_seeks(views: usize, steps: usize) -> String {
    let mut src = String::from("import io\nb = io.BytesIO(bytes(4096))\nv = b.getbuffer()\nl = [");
    for i in 0..views {
        src.push_str(&format!("v[{i}:{}], ", i + 1));
    }
    src.push_str("]\n");
    for i in 0..steps {
        src.push_str(&format!("b.seek({})\n", i % 4096));
    }
    src
}

/// A step keeps what it changed, not a copy of what stays: with 200 views alive, 1000 more
/// seeks cost about what 1000 seeks cost with none (a copy of the views per step was ~35 KB).
#[test]
fn a_step_costs_what_it_changed_not_the_views_alive() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let per_step = |views: usize| {
        let short = kept_by_app(&views_then_seeks(views, 500));
        let long = kept_by_app(&views_then_seeks(views, 1500));
        long.saturating_sub(short) / 1000
    };
    let bare = per_step(0);
    let with_views = per_step(200);
    println!("bytes kept per seek step: {bare} with no view, {with_views} with 200 views");
    assert!(bare < 4096, "{bare} bytes per step");
    assert!(
        with_views < bare + 256,
        "{with_views} bytes per step with 200 views alive, {bare} with none"
    );
}

/// Writes keep the bytes they wrote and replaced, not the buffer: 1000 writes of 16 bytes
/// into a 1 MiB stream keep a few KiB each, far from a copy of it.
#[test]
fn writes_keep_their_bytes_not_the_buffer() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let writes = |n: usize| {
        let mut src = String::from("import io\nb = io.BytesIO(bytes(1048576))\n");
        for i in 0..n {
            src.push_str(&format!(
                "b.seek({})\nb.write(b'write number {i:04}')\n",
                i * 997 % 1_000_000
            ));
        }
        kept_by_app(&src)
    };
    let per_write = (writes(1500).saturating_sub(writes(500))) / 1000;
    println!("bytes kept per seek + write: {per_write}");
    assert!(per_write < 8192, "{per_write} bytes per seek + write");
}

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

#[test]
#[ignore = "a release-build measurement: run with --release -- --ignored"]
fn twenty_thousand_writes_into_32_mib() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
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
