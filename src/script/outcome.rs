//! A script's top-level statements under one version: what each printed (its part of the
//! transcript) and which of the version profile's switches it read. Two versions' outcomes
//! say which statements differ and, from the switches read, why.

use crate::model::profile::{self, Version};
use crate::model::switch::{self, Switch};

use super::{Config, Session, parse_program};

/// One top-level statement's run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Its echo, output and error line, as the transcript has them.
    pub transcript: String,
    /// The switches of the profile it read, whatever their values.
    pub read: Vec<Switch>,
}

/// Each statement of `source` run under the built-in engine as `v` (stopping after one the
/// engine refuses, its refusal appended), or the parse error.
pub fn outcomes(source: &str, v: Version, config: &Config) -> Result<Vec<Outcome>, String> {
    let before = profile::current().version;
    profile::set_current(v);
    let result = parse_program(source)
        .map_err(|e| e.to_string())
        .map(|program| {
            let mut session = Session::new(Config {
                python: v,
                ..config.clone()
            });
            let mut out = Vec::new();
            for stmt in &program.body {
                let _ = switch::take();
                let step = session.run_statement(&program, stmt);
                let read = switch::take();
                let mut transcript = step.transcript();
                let refused = super::timeline::refusal(&program, &step);
                if let Some(e) = &refused {
                    transcript.push_str(&format!("{e}\n"));
                }
                out.push(Outcome { transcript, read });
                if refused.is_some() {
                    break;
                }
            }
            out
        });
    profile::set_current(before);
    result
}

/// The statements whose outcomes differ between `a` (run as `va`) and `b` (as `vb`), each
/// with the switches that explain it: those either run read whose values differ between
/// the two versions (empty when none does: the difference has no named switch).
pub fn differences(
    a: &[Outcome],
    va: Version,
    b: &[Outcome],
    vb: Version,
) -> Vec<(usize, Vec<Switch>)> {
    let mut out = Vec::new();
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i), b.get(i));
        if x.map(|o| &o.transcript) == y.map(|o| &o.transcript) {
            continue;
        }
        let mut read: Vec<Switch> = x
            .iter()
            .chain(y.iter())
            .flat_map(|o| o.read.iter().copied())
            .collect();
        read.sort_unstable();
        read.dedup();
        out.push((i, switch::between(&read, va, vb)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = "import io\nb = io.BytesIO(b\"abcdef\")\nview = b.getbuffer()\n\
                        b.close()\nb.write(b\"x\")\nb.closed\n";

    #[test]
    fn close_differs_between_3_11_and_3_16_and_says_why() {
        let c = Config::default();
        let a = outcomes(SEED, Version::V311, &c).expect("runs");
        let b = outcomes(SEED, Version::V316, &c).expect("runs");
        assert_eq!(a.len(), 6);
        assert!(a[3].transcript.contains("BufferError"), "{:?}", a[3]);
        assert_eq!(b[3].transcript, ">>> b.close()\n");
        assert!(b[3].read.contains(&Switch::CloseKeepsViews));
        let d = differences(&a, Version::V311, &b, Version::V316);
        let at: Vec<usize> = d.iter().map(|(i, _)| *i).collect();
        // close(), then the write (closed file on 3.16, not BufferError), then `closed`.
        assert_eq!(at, vec![3, 4, 5]);
        assert_eq!(d[0].1, vec![Switch::CloseKeepsViews]);
        // The write differs because close() did (closed file, not BufferError): write()'s
        // own switch does not tell with a valid argument, so it is not named.
        assert!(d[1].1.is_empty(), "{:?}", d[1]);
        // The same script under two versions that agree: no differences.
        let c312 = outcomes(SEED, Version::V312, &c).expect("runs");
        assert!(differences(&a, Version::V311, &c312, Version::V312).is_empty());
    }
}
