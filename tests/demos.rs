//! Every demo in `assets/`, rendered at its key steps through `bytesio-tui render`'s own
//! code path ([`render::script`]), 100x30: a change in behaviour or layout shows as a diff.
//!
//! Key steps (a step is an executed line): the first that makes a view, the first that
//! writes into a stream made before, each one that raises (the BufferError modal for an
//! exports error), the first in a loop's second iteration and the first inside a call, and
//! the last; at least two per demo.

#[allow(dead_code)]
mod common;

use bytesio_tui::script::timeline::Timeline;
use bytesio_tui::script::{Config, parse_program};
use bytesio_tui::ui::render;
use insta::assert_snapshot;

/// The steps worth a snapshot, ascending.
fn key_steps(t: &Timeline) -> Vec<usize> {
    let frames = t.frames();
    let mut keys = Vec::new();
    let views = |k: usize| {
        frames[k]
            .exports
            .iter()
            .map(|e| e.views.len())
            .sum::<usize>()
    };
    if let Some(k) = (1..frames.len()).find(|&k| views(k) > views(k - 1)) {
        keys.push(k);
    }
    // The first write into a stream an earlier statement made.
    let written = t.steps().iter().enumerate().find(|(i, s)| {
        s.changes.iter().any(|c| {
            !c.edits.is_empty()
                && t.steps()[..*i]
                    .iter()
                    .any(|p| p.change_of(c.stream).is_some())
        })
    });
    if let Some((i, _)) = written {
        keys.push(i + 1);
    }
    for (i, s) in t.steps().iter().enumerate() {
        if s.error.is_some() {
            keys.push(i + 1);
        }
    }
    // The first step inside a loop's second iteration, and the first inside a call.
    if let Some(i) = t
        .steps()
        .iter()
        .position(|s| s.iteration.is_some_and(|(_, n)| n >= 2))
    {
        keys.push(i + 1);
    }
    if let Some(i) = t.steps().iter().position(|s| !s.stack.is_empty()) {
        keys.push(i + 1);
    }
    keys.push(t.len());
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[test]
fn every_demo_at_its_key_steps() {
    let scripts = common::scripts("assets");
    assert!(scripts.len() >= 8, "the demo library has {}", scripts.len());
    for path in scripts {
        let text = std::fs::read_to_string(&path).expect("reads");
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let program = parse_program(&text).expect("parses");
        let timeline = Timeline::record(program.clone(), Config::default());
        let keys = key_steps(&timeline);
        assert!(keys.len() >= 2, "{stem}: key steps {keys:?}");
        for k in keys {
            let frame = render::script(&path, program.clone(), Some(k), 1 << 30, 100, 30)
                .unwrap_or_else(|e| panic!("{stem} step {k}: {e:?}"));
            let at = timeline.steps()[k - 1].at;
            let line = text.lines().nth(at.saturating_sub(1)).unwrap_or("").trim();
            let mut settings = insta::Settings::clone_current();
            settings.set_description(format!(
                "{stem}: step {k} of {}, after line {at}: {line}",
                timeline.len()
            ));
            settings.set_omit_expression(true);
            settings.bind(|| {
                assert_snapshot!(format!("{stem}__step_{k:02}"), common::mask(&frame));
            });
        }
    }
}
