//! A [`Timeline`] from steps another engine recorded (the CPython one, see
//! [`crate::cpython::convert`]), so the app steps and draws it as it does the built-in
//! engine's. A child module of `script::timeline` (declared there), for its private fields.

use super::*;

use crate::cpython::convert::Converted;

impl Timeline {
    /// The timeline of `converted`, for `program` (its source; the body may be empty when
    /// the built-in engine cannot parse the script: a branch then starts from nothing).
    pub fn from_recorded(program: Program, config: Config, converted: Converted) -> Timeline {
        let Converted {
            steps,
            frames: recorded,
            bytes: buffers,
            ..
        } = converted;
        let mut record = StepLog::new();
        for step in steps {
            record.push(step);
        }
        let mut names: HashMap<Rc<str>, usize> = HashMap::new();
        let mut frames: Vec<Frame> = Vec::with_capacity(recorded.len());
        let mut prev = Frame::default();
        for f in recorded {
            let streams: Rc<[StreamFrame]> = if *prev.streams == *f.streams {
                Rc::clone(&prev.streams)
            } else {
                Rc::from(f.streams)
            };
            let exports: Rc<[Rc<Export>]> = f
                .exports
                .into_iter()
                .map(|info| {
                    let direct = f
                        .direct
                        .iter()
                        .filter(|(id, _)| info.views.iter().any(|v| v.id == *id))
                        .cloned()
                        .collect();
                    Rc::new(Export { info, direct })
                })
                .collect();
            let mut bound: Vec<u64> = Vec::new();
            for n in &f.names {
                let next = names.len();
                let i = *names.entry(Rc::from(n.as_str())).or_insert(next);
                if bound.len() <= i / 64 {
                    bound.resize(i / 64 + 1, 0);
                }
                bound[i / 64] |= 1 << (i % 64);
            }
            let frame = Frame {
                streams,
                exports,
                bound: Rc::from(bound),
            };
            prev = frame.clone();
            frames.push(frame);
        }
        while frames.len() < record.len() + 1 {
            frames.push(prev.clone());
        }
        let bytes = record
            .births()
            .iter()
            .map(|&(id, born)| Bytes {
                id,
                born,
                buf: buffers
                    .iter()
                    .find(|(b, _)| *b == id)
                    .map(|(_, b)| b.clone())
                    .unwrap_or_default(),
            })
            .collect();
        let at = record.len();
        Timeline {
            program,
            config,
            record,
            frames,
            names,
            bytes,
            at,
        }
    }
}
