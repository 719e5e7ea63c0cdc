//! The script path: any bytes as a script, as `bytesio-tui run` takes them (UTF-8 check,
//! parse, run with a small memory cap and line budget, the transcript), then step mode's
//! timeline and a frame at the last step.
#![no_main]

use bytesio_tui::script::transcript::run;
use bytesio_tui::script::{Config, not_utf8, parse_program};
use libfuzzer_sys::fuzz_target;

/// The binary runs the engine on a thread with a 1 GiB stack (src/main.rs): so does the
/// target, or a script recursing to the 1000-call limit overflows libFuzzer's own stack
/// (AddressSanitizer's frames are large), which the binary never does.
const STACK: usize = 1 << 30;

fuzz_target!(|data: &[u8]| {
    let data = data.to_vec();
    let run = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || one(&data))
        .expect("thread");
    if let Err(panic) = run.join() {
        std::panic::resume_unwind(panic);
    }
});

fn one(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        let msg = not_utf8("fuzz.py", data);
        assert!(msg.starts_with("fuzz.py:"), "{msg}");
        return;
    };
    let Ok(program) = parse_program(text) else {
        return;
    };
    let config = Config {
        max_size: 1 << 16,
        max_steps: 20_000,
        ..Config::default()
    };
    // Step mode records every line: only for a script that ran to its end within the budget.
    if run(&program, config).unsupported.is_some() {
        return;
    }
    let path = std::path::Path::new("fuzz.py");
    if let Ok(frame) = bytesio_tui::ui::render::script(path, program, None, 1 << 16, 100, 30) {
        assert_eq!(frame.lines().count(), 30);
    }
}
