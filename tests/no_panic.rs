//! Robustness: random statements built from the subset's pieces (odd values, huge ints,
//! released views, closed streams) never panic the engine, and every statement is recorded.

#[allow(dead_code)]
mod common;

use bytesio_tui::script::{Config, Session, parse_program};
use common::generate::{Rng, script};

#[test]
fn random_statements_never_panic() {
    let mut dropped = 0;
    let mut kept = 0;
    for seed in 0..300 {
        let mut rng = Rng::new(seed);
        let (src, d) = script(&mut rng, 30);
        dropped += d;
        let text = src.clone();
        let job = move || {
            let program = parse_program(&text).expect("statements were checked one by one");
            let mut session = Session::new(Config {
                max_size: 1 << 20,
                journal: true,
                ..Config::default()
            });
            let steps = session.run_program(&program);
            let _ = session.exports();
            let _ = session.streams();
            let echoes_ok = steps.iter().all(|s| s.echo.starts_with(">>> "));
            (steps.len(), program.body.len(), echoes_ok)
        };
        let (ran, total, echoes_ok) = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(job)
            .expect("thread")
            .join()
            .unwrap_or_else(|_| panic!("seed {seed} panicked:\n{src}"));
        kept += total;
        assert_eq!(ran, total, "seed {seed}: every statement yields a step");
        assert!(echoes_ok, "seed {seed}: an echo without the prompt");
    }
    // The generator is useful only if most statements survive parsing.
    assert!(kept > 5 * dropped, "kept {kept}, dropped {dropped}");
}
