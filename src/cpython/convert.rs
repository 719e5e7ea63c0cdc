//! A CPython [`Record`] as the built-in engine's records: one [`Step`] an executed line (echo
//! on a statement's first, output, error on its last, each stream's before/after snapshot
//! and byte [`Edit`]s, the names), one more before it for each call a library made on a
//! stream while the line ran ([`StepKind::Call`], the stream as that call left it), and a
//! frame of what the screen shows after each step (streams with their labels, exports with
//! their views and holders).
//!
//! Everything that turns the helper's messages into the app's types is here.

use std::collections::HashMap;
use std::rc::Rc;

use crate::model::ExcType;
use crate::model::stream::Edit;
use crate::model::value::{ObjId, new_id};
use crate::model::view::Origin;
use crate::script::ast::Span;
use crate::script::session::{
    ExportInfo, Label, NameEntry, Range, Root, Step, StepError, StepKind, StreamChange, StreamSnap,
    ViewInfo,
};
use crate::script::timeline::StreamFrame;

use super::process::{Record, State, WireEdit};
use super::protocol::ViewMsg;

/// What the screen shows after a statement (or a line), bytes aside.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    pub streams: Vec<StreamFrame>,
    pub exports: Vec<ExportInfo>,
    /// (view, root) for each root that is a view itself (not a list or method holding it).
    pub direct: Vec<(ObjId, Root)>,
    /// The names bound, in order.
    pub names: Vec<String>,
}

/// A record as steps and frames.
#[derive(Clone, Debug, Default)]
pub struct Converted {
    /// One step per executed line of the script, and before a line's step one per call a
    /// library made on a stream while it ran (kind [`StepKind::Call`]).
    pub steps: Vec<Step>,
    /// `frames[k]`: the state after `k` steps (`frames[0]`: before any).
    pub frames: Vec<Frame>,
    /// Every stream's bytes at the end, by the ids the steps use.
    pub bytes: Vec<(ObjId, Vec<u8>)>,
}

/// The exception type of an error line (`BufferError: ...`); one the built-in engine does not
/// know counts as `Exception`.
pub fn exc_type(line: &str) -> ExcType {
    let name = line.split(':').next().unwrap_or("").trim();
    ExcType::ALL
        .iter()
        .copied()
        .find(|t| t.name() == name)
        .unwrap_or(ExcType::Exception)
}

fn operation(method: &str) -> Option<&'static str> {
    match method {
        "write" => Some("write()"),
        "writelines" => Some("writelines()"),
        "truncate" => Some("truncate()"),
        "close" => Some("close()"),
        _ => None,
    }
}

fn snap(s: State) -> StreamSnap {
    StreamSnap {
        size: s.size,
        pos: s.pos,
        closed: s.closed,
        exports: s.exports,
    }
}

const NONE: StreamSnap = StreamSnap {
    size: 0,
    pos: 0,
    closed: false,
    exports: 0,
};

/// Applies a wire edit to `buf`, returning the [`Edit`] that undoes and redoes it.
fn apply(buf: &mut Vec<u8>, e: &WireEdit) -> Edit {
    let old_size = buf.len();
    let mut end = e.offset.saturating_add(e.new.len());
    if e.new_size < old_size {
        // What the resize cuts must come back on undo too.
        end = end.max(old_size);
    }
    let old = buf
        .get(e.offset.min(old_size)..end.min(old_size))
        .map(<[u8]>::to_vec)
        .unwrap_or_default();
    let edit = Edit {
        offset: e.offset,
        old,
        new: Rc::from(e.new.as_slice()),
        old_size,
        new_size: e.new_size,
    };
    // Memory refused (a size the child reported) leaves `buf` as it was: no abort.
    edit.apply(buf).ok();
    edit
}

/// Byte offsets where each line of `source` starts.
fn line_starts(source: &str) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    v
}

/// The slice a view covers, in Python's spelling (`[2:5]`), as the built-in engine spells it.
fn describe_range(start: usize, step: isize, len: usize) -> String {
    if len == 0 {
        return format!("[{start}:{start}]");
    }
    let last = start as isize + (len as isize - 1) * step;
    if step == 1 {
        return format!("[{start}:{}]", last + 1);
    }
    let stop = last + step.signum();
    if stop < 0 {
        format!("[{start}::{step}]")
    } else {
        format!("[{start}:{stop}:{step}]")
    }
}

/// Converts a record of `source` (the script's text).
pub fn convert(record: &Record, source: &str) -> Converted {
    let starts = line_starts(source);
    let offset = |line: usize, col: usize| {
        starts
            .get(line.saturating_sub(1))
            .map_or(source.len(), |s| (s + col).min(source.len()))
    };
    let mut ids: HashMap<u64, ObjId> = HashMap::new();
    let mut id_of = |sid: u64| *ids.entry(sid).or_insert_with(new_id);
    let mut view_ids: HashMap<u64, ObjId> = HashMap::new();
    let mut families: HashMap<u64, (ObjId, Origin)> = HashMap::new();
    let mut bufs: HashMap<u64, Vec<u8>> = HashMap::new();
    // Each stream's state after the last step (the live ones).
    let mut last: HashMap<u64, State> = HashMap::new();
    let mut names: Rc<[NameEntry]> = Rc::from(Vec::new());
    let mut out = Converted {
        frames: vec![Frame::default()],
        ..Converted::default()
    };
    for (top, st) in record.statements.iter().enumerate() {
        let span = Span {
            start: offset(st.line, st.col),
            end: offset(st.end_line, st.end_col),
        };
        let origin = Origin {
            line: st.line,
            text: st
                .echo
                .trim_start_matches(">>> ")
                .lines()
                .next()
                .unwrap_or("")
                .to_string(),
        };
        let mut echo = st.echo.clone();
        let first = out.steps.len();
        let count = st.steps.len();
        for (j, step) in st.steps.iter().enumerate() {
            let end = j + 1 == count;
            // Edits not yet given to a step, and the streams made since the last step.
            let mut edits: HashMap<u64, Vec<Edit>> = HashMap::new();
            let mut born: Vec<u64> = Vec::new();
            let mut error_stream = None;
            let mut error_op = None;
            for (sid, data) in &step.births {
                let buf = bufs.entry(*sid).or_default();
                buf.clear();
                let e = apply(
                    buf,
                    &WireEdit {
                        offset: 0,
                        new: data.clone(),
                        new_size: data.len(),
                    },
                );
                edits.insert(*sid, vec![e]);
                born.push(*sid);
            }
            for c in &step.calls {
                let buf = bufs.entry(c.stream).or_default();
                for w in &c.edits {
                    let e = apply(buf, w);
                    edits.entry(c.stream).or_default().push(e);
                }
                if let (Some(err), Some(line)) = (&c.error, &st.error)
                    && end
                    && line.trim_end() == err
                    && exc_type(err) == ExcType::BufferError
                {
                    error_stream = Some(id_of(c.stream));
                    error_op = operation(&c.method);
                }
                // A library's call is a sub-step; a call C code made for the script's own
                // line (a `with` closing the stream, a `for` reading it) is part of the line,
                // as in the built-in engine, unless it wrote (a TextIOWrapper flushing).
                let from_c = c.lib.as_deref() == Some("C code");
                if c.lib.is_none() || (from_c && c.edits.is_empty()) {
                    continue;
                }
                // A library's call: a sub-step, the stream as the call left it.
                let label = step
                    .names
                    .iter()
                    .find(|n| n.2 == Some(c.stream))
                    .map_or(Label::Numbered(c.stream), |n| {
                        Label::Name(Rc::from(n.0.as_str()))
                    });
                let called = match &label {
                    Label::Name(n) => n.to_string(),
                    _ => format!("<BytesIO #{}>", c.stream),
                };
                let is_born = born.contains(&c.stream);
                let before = if is_born {
                    NONE
                } else {
                    last.get(&c.stream).copied().map_or(NONE, snap)
                };
                let changes = vec![StreamChange {
                    stream: id_of(c.stream),
                    before,
                    after: snap(c.after),
                    edits: edits.remove(&c.stream).unwrap_or_default(),
                    born: is_born,
                }];
                born.retain(|s| *s != c.stream);
                last.insert(c.stream, c.after);
                let mut frame = out.frames.last().cloned().unwrap_or_default();
                let id = id_of(c.stream);
                match frame.streams.iter_mut().find(|f| f.id == id) {
                    Some(f) => f.snap = snap(c.after),
                    None => frame.streams.push(StreamFrame {
                        id,
                        label: label.clone(),
                        snap: snap(c.after),
                    }),
                }
                out.steps.push(Step {
                    span,
                    line: c.line,
                    end_line: c.line,
                    echo: std::mem::take(&mut echo),
                    changes,
                    top,
                    at: c.line,
                    kind: StepKind::Call(c.step(&called)),
                    names: names.clone(),
                    ..Step::default()
                });
                out.frames.push(frame);
            }
            for (sid, w) in &step.edits {
                let buf = bufs.entry(*sid).or_default();
                let e = apply(buf, w);
                edits.entry(*sid).or_default().push(e);
            }
            let mut changes = Vec::new();
            for (sid, after) in &step.streams {
                let prior = last.get(sid).copied();
                let is_born = born.contains(sid);
                let before = if is_born {
                    NONE
                } else {
                    prior.map_or(NONE, snap)
                };
                let e = edits.remove(sid).unwrap_or_default();
                let after = snap(*after);
                if prior.is_none() || is_born || before != after || !e.is_empty() {
                    changes.push(StreamChange {
                        stream: id_of(*sid),
                        before,
                        after,
                        edits: e,
                        born: is_born || prior.is_none(),
                    });
                }
            }
            last = step.streams.iter().copied().collect();
            let views_of = |n: &str| {
                step.views
                    .iter()
                    .any(|v| v.h.iter().any(|h| h.1 == n && h.0 != "_" && h.0 != "error"))
            };
            let now: Vec<NameEntry> = step
                .names
                .iter()
                .map(|(n, repr, _)| NameEntry {
                    frame: None,
                    name: Rc::from(n.as_str()),
                    repr: Rc::from(repr.as_str()),
                    view: views_of(n),
                })
                .collect();
            if *names != *now {
                names = Rc::from(now);
            }
            let error = st.error.as_ref().filter(|_| end).map(|line| {
                let line = line.trim_end_matches('\n').to_string();
                StepError {
                    ty: exc_type(&line),
                    message: line
                        .split_once(": ")
                        .map_or_else(String::new, |(_, m)| m.to_string()),
                    line,
                    stream: error_stream,
                    operation: error_op,
                }
            });
            let frame = frame_of(
                &step.streams,
                &step.names,
                &step.views,
                &mut id_of,
                &mut view_ids,
                &mut families,
                origin.clone(),
            );
            // A statement's end with no line of its own and nothing to show: its step
            // before is its last.
            let quiet = step.merge
                && changes.is_empty()
                && step.output.is_empty()
                && error.is_none()
                && echo.is_empty();
            let has_prev = out.steps.len() > first;
            if quiet
                && has_prev
                && let Some(prev) = out.steps.last_mut()
            {
                prev.ends_top = true;
                continue;
            }
            out.steps.push(Step {
                span,
                line: step.line,
                end_line: step.line,
                echo: std::mem::take(&mut echo),
                output: step.output.clone(),
                error,
                changes,
                top,
                at: step.line,
                kind: step.ret.clone().map_or(StepKind::Line, StepKind::Return),
                ends_top: end,
                iteration: step.iteration,
                names: names.clone(),
                ..Step::default()
            });
            out.frames.push(frame);
        }
        if out.steps.len() == first {
            // A statement that reported no line (the helper always sends one; kept safe).
            out.steps.push(Step {
                span,
                line: st.line,
                end_line: st.end_line,
                echo,
                top,
                at: st.line,
                ends_top: true,
                names: names.clone(),
                ..Step::default()
            });
            out.frames
                .push(out.frames.last().cloned().unwrap_or_default());
        }
    }
    out.bytes = bufs.into_iter().map(|(sid, b)| (id_of(sid), b)).collect();
    out
}

#[allow(clippy::too_many_arguments)]
fn frame_of(
    streams: &[(u64, State)],
    names: &[(String, String, Option<u64>)],
    views: &[ViewMsg],
    id_of: &mut impl FnMut(u64) -> ObjId,
    view_ids: &mut HashMap<u64, ObjId>,
    families: &mut HashMap<u64, (ObjId, Origin)>,
    origin: Origin,
) -> Frame {
    let name_of = |sid: u64| names.iter().find(|n| n.2 == Some(sid)).map(|n| n.0.clone());
    let root_of = |(kind, name, _): &(String, String, bool)| match kind.as_str() {
        "_" => Root::Underscore,
        "error" => Root::LastError,
        _ => Root::Name(Rc::from(name.as_str())),
    };
    // As the built-in engine labels them: the name, else how a view reaches the stream.
    let label = |sid: u64| match name_of(sid) {
        Some(n) => Label::Name(Rc::from(n.as_str())),
        None => views
            .iter()
            .filter(|v| v.s == Some(sid))
            .find_map(|v| v.h.first())
            .map_or(Label::Nameless, |h| Label::ViewHeldBy(root_of(h))),
    };
    // In the built-in engine's order: the named streams in the namespace's order (a name
    // bound again keeps its place), then those only views reach, in the views' order.
    let mut ordered: Vec<&(u64, State)> = streams.iter().collect();
    ordered.sort_by_key(
        |(sid, _)| match names.iter().position(|n| n.2 == Some(*sid)) {
            Some(i) => (0, i),
            None => (
                1,
                views
                    .iter()
                    .position(|v| v.s == Some(*sid))
                    .unwrap_or(usize::MAX),
            ),
        },
    );
    let stream_frames = ordered
        .into_iter()
        .map(|(sid, s)| StreamFrame {
            id: id_of(*sid),
            label: label(*sid),
            snap: snap(*s),
        })
        .collect();
    let mut exports: Vec<ExportInfo> = Vec::new();
    let mut direct = Vec::new();
    for v in views {
        let (family, forigin) = families
            .entry(v.f)
            .or_insert_with(|| (new_id(), origin.clone()))
            .clone();
        let stream = v.s.map(&mut *id_of);
        let export_label = match (v.s, &v.src) {
            (Some(sid), _) => name_of(sid).map_or(Label::Nameless, |n| Label::Name(Rc::from(n))),
            (None, Some(src)) => Label::Type(Rc::from(src.as_str())),
            (None, None) => Label::Type(Rc::from("bytes")),
        };
        let idx = match exports.iter().position(|e| e.family == family) {
            Some(i) => i,
            None => {
                exports.push(ExportInfo {
                    family,
                    stream,
                    label: export_label.clone(),
                    origin: forigin,
                    views: Vec::new(),
                });
                exports.len() - 1
            }
        };
        let item = v.item.max(1) as i64;
        let step = (v.stride / item) as isize;
        let start = v.start.max(0) as usize;
        let len = v.count;
        let holders: Vec<Root> = v.h.iter().map(root_of).collect();
        let id = *view_ids.entry(v.id).or_insert_with(new_id);
        for (h, root) in v.h.iter().zip(&holders) {
            if h.2 {
                direct.push((id, root.clone()));
            }
        }
        let size = match v.s {
            Some(s) => streams
                .iter()
                .find(|(sid, _)| *sid == s)
                .map_or(0, |(_, st)| st.size),
            None => v.nbytes,
        };
        // Offsets in bytes: a cast view's items are `item` bytes wide.
        let span = (len > 0).then(|| {
            let a = start as isize;
            let b = a + (len as isize - 1) * v.stride as isize;
            (
                a.min(b).max(0) as usize,
                a.max(b).max(0) as usize + item as usize - 1,
            )
        });
        // A cast view: the bytes it covers and its format, as the built-in engine spells it.
        let cast = v.fmt.as_deref().filter(|f| *f != "B");
        let slice = match (cast, span) {
            (Some(f), Some((lo, hi))) if v.stride == item => format!("[{lo}:{}] as '{f}'", hi + 1),
            (Some(f), _) => format!("{} as '{f}'", describe_range(start, step, len)),
            (None, _) => describe_range(start, step, len),
        };
        exports[idx].views.push(ViewInfo {
            id,
            start,
            step,
            len,
            readonly: v.ro,
            span,
            range: Range {
                of: export_label.clone(),
                slice,
                empty: len == 0,
            },
            holders,
            derived: start != 0 || step != 1 || len != size || cast.is_some(),
        });
    }
    Frame {
        streams: stream_frames,
        exports,
        direct,
        names: names.iter().map(|n| n.0.clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::process::{Call, LineStep, Statement};
    use super::*;
    use crate::script::session::{CallArgs, CallResult};
    use crate::ui::i18n::Lang;

    fn reprs(a: &[&str]) -> CallArgs {
        CallArgs::Reprs(a.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn error_lines_name_their_type() {
        assert_eq!(
            exc_type("BufferError: Existing exports"),
            ExcType::BufferError
        );
        assert_eq!(
            exc_type("io.UnsupportedOperation: fileno"),
            ExcType::UnsupportedOperation
        );
        assert_eq!(
            exc_type("zipfile.BadZipFile: File is not a zip file"),
            ExcType::Exception
        );
    }

    #[test]
    fn edits_undo_and_redo() {
        let mut buf = b"abc".to_vec();
        let e = apply(
            &mut buf,
            &WireEdit {
                offset: 5,
                new: b"xy".to_vec(),
                new_size: 7,
            },
        );
        assert_eq!(buf, b"abc\0\0xy");
        e.revert(&mut buf).expect("room for three bytes");
        assert_eq!(buf, b"abc");
        let e = apply(
            &mut buf,
            &WireEdit {
                offset: 1,
                new: Vec::new(),
                new_size: 1,
            },
        );
        assert_eq!(buf, b"a");
        e.revert(&mut buf).expect("room for three bytes");
        assert_eq!(buf, b"abc");
        let e = apply(
            &mut buf,
            &WireEdit {
                offset: 0,
                new: b"X".to_vec(),
                new_size: 2,
            },
        );
        assert_eq!(buf, b"Xb");
        e.revert(&mut buf).expect("room for three bytes");
        assert_eq!(buf, b"abc");
    }

    fn state(size: usize, pos: i64) -> State {
        State {
            size,
            pos,
            closed: false,
            exports: 0,
        }
    }

    fn line(line: usize, calls: Vec<Call>, streams: Vec<(u64, State)>) -> LineStep {
        LineStep {
            line,
            output: String::new(),
            births: Vec::new(),
            calls,
            streams,
            edits: Vec::new(),
            names: Rc::from(vec![(
                "b".to_string(),
                "<_io.BytesIO>".to_string(),
                Some(1),
            )]),
            views: Rc::from(Vec::new()),
            ret: None,
            merge: false,
            iteration: None,
        }
    }

    fn call(
        lib: Option<&str>,
        method: &str,
        args: CallArgs,
        edits: Vec<WireEdit>,
        after: State,
    ) -> Call {
        Call {
            stream: 1,
            method: method.to_string(),
            args,
            result: CallResult::None,
            lib: lib.map(str::to_string),
            func: lib.map(|_| "writestr".to_string()),
            line: 2,
            edits,
            after,
            error: None,
        }
    }

    /// A library's calls become steps of their own before their line's, each with the bytes
    /// and cursor that call left; the script's own calls stay in the line's step.
    #[test]
    fn library_calls_are_sub_steps_of_their_line() {
        let source = "b = io.BytesIO()\nzf.writestr(b)\n";
        let mut first = line(1, Vec::new(), vec![(1, state(0, 0))]);
        first.births = vec![(1, Vec::new())];
        let calls = vec![
            call(
                Some("zipfile"),
                "write",
                CallArgs::Bytes {
                    count: 4,
                    at: 0,
                    head: Some("50 4b 03 04".into()),
                },
                vec![WireEdit {
                    offset: 0,
                    new: b"PK\x03\x04".to_vec(),
                    new_size: 4,
                }],
                state(4, 4),
            ),
            call(
                Some("zipfile"),
                "seek",
                reprs(&["0"]),
                Vec::new(),
                state(4, 0),
            ),
            call(None, "tell", reprs(&[]), Vec::new(), state(4, 0)),
        ];
        let second = line(2, calls, vec![(1, state(4, 0))]);
        let statement = |l: usize, echo: &str, steps| Statement {
            line: l,
            end_line: l,
            col: 0,
            end_col: 0,
            echo: echo.to_string(),
            steps,
            error: None,
        };
        let record = Record {
            interpreter: super::super::interp::Interpreter {
                path: "python3".into(),
                version: "3.11.7".into(),
            },
            calls: true,
            statements: vec![
                statement(1, ">>> b = io.BytesIO()", vec![first]),
                statement(2, ">>> zf.writestr(b)", vec![second]),
            ],
            end: super::super::process::End::Done,
            stderr: String::new(),
        };
        let c = convert(&record, source);
        let kinds: Vec<(usize, usize, StepKind)> = c
            .steps
            .iter()
            .map(|s| (s.top, s.at, s.kind.clone()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (0, 1, StepKind::Line),
                (
                    1,
                    2,
                    StepKind::Call(record.statements[1].steps[0].calls[0].step("b"))
                ),
                (
                    1,
                    2,
                    StepKind::Call(record.statements[1].steps[0].calls[1].step("b"))
                ),
                (1, 2, StepKind::Line),
            ]
        );
        // Worded by the catalog.
        let words: Vec<String> = c
            .steps
            .iter()
            .filter_map(|s| match &s.kind {
                StepKind::Call(c) => Some(Lang::En.call(c)),
                _ => None,
            })
            .collect();
        assert_eq!(
            words,
            [
                "zipfile.writestr → b.write(4 bytes at 0: 50 4b 03 04)",
                "zipfile.writestr → b.seek(0)"
            ]
        );
        // The echo on the statement's first step, the end on its last.
        assert_eq!(c.steps[1].echo, ">>> zf.writestr(b)");
        assert!(c.steps[3].echo.is_empty() && c.steps[3].ends_top && !c.steps[2].ends_top);
        // Each sub-step's change and frame: the stream as that call left it.
        let after = |k: usize| {
            c.steps[k]
                .changes
                .first()
                .map(|ch| (ch.after.size, ch.after.pos))
        };
        assert_eq!(after(1), Some((4, 4)));
        assert_eq!(after(2), Some((4, 0)));
        assert_eq!(c.steps[1].changes[0].edits.len(), 1);
        assert!(c.steps[3].changes.is_empty());
        assert_eq!(c.frames.len(), c.steps.len() + 1);
        assert_eq!(c.frames[2].streams[0].snap.pos, 4);
        assert_eq!(c.frames[3].streams[0].snap.pos, 0);
        assert_eq!(
            c.bytes.first().map(|b| b.1.clone()),
            Some(b"PK\x03\x04".to_vec())
        );
    }

    #[test]
    fn ranges_read_like_slices() {
        assert_eq!(describe_range(2, 1, 3), "[2:5]");
        assert_eq!(describe_range(5, -1, 6), "[5::-1]");
        assert_eq!(describe_range(0, 2, 3), "[0:5:2]");
        assert_eq!(describe_range(3, 1, 0), "[3:3]");
    }
}
