//! What the screen shows, read-only: the streams with their bytes, the live exports and who
//! holds them, the log. Built from the live session (interactive mode) or from the
//! timeline's current frame (step mode), so the widgets draw the same way from either, and
//! a jump in step mode costs what [`crate::script::timeline::Timeline::goto`] costs.

use std::borrow::Cow;
use std::cell::Ref;
use std::ops::Deref;
use std::rc::Rc;

use crate::model::Stream;
use crate::model::value::ObjId;
use crate::script::session::ViewInfo;
use crate::script::{ExportInfo, Root, Step, StreamSnap};

use super::state::{App, LogKind, LogLine};

/// Where a stream's bytes are.
enum Source<'a> {
    Live(Rc<Stream>),
    Recorded(&'a [u8]),
}

/// A stream's bytes, borrowed for as long as the scene lives.
pub enum Data<'a> {
    Live(Ref<'a, Vec<u8>>),
    Recorded(&'a [u8]),
}

impl Deref for Data<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Data::Live(r) => r.as_slice(),
            Data::Recorded(s) => s,
        }
    }
}

/// One stream as the screen shows it.
pub struct SceneStream<'a> {
    pub id: ObjId,
    /// How it is reached: its name (`b`), or a description.
    pub label: String,
    /// A Python name bound to it, for building statements.
    pub name: Option<String>,
    pub snap: StreamSnap,
    source: Source<'a>,
}

impl SceneStream<'_> {
    pub fn data(&self) -> Data<'_> {
        match &self.source {
            Source::Live(s) => Data::Live(s.data_ref()),
            Source::Recorded(b) => Data::Recorded(b),
        }
    }

    /// The name to show: the bound name, else the label.
    pub fn title(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.label)
    }
}

/// Everything the widgets read about the Python side.
pub struct Scene<'a> {
    pub streams: Vec<SceneStream<'a>>,
    /// Index into `streams` of the one the grid shows.
    pub shown: Option<usize>,
    /// Every live export, with its views and their holders.
    pub exports: Cow<'a, [ExportInfo]>,
    /// The steps run, in order: what the log shows.
    pub steps: &'a [Step],
    /// The log panel's lines (ranges into `steps`).
    pub log: &'a [LogLine],
    /// Byte ranges (half-open) of the shown stream the last step wrote.
    pub written: Vec<(usize, usize)>,
    /// In step mode: how many statements have run, and how many the script has.
    pub step: Option<(usize, usize)>,
}

impl<'a> Scene<'a> {
    /// The stream the grid shows.
    pub fn stream(&self) -> Option<&SceneStream<'a>> {
        self.shown.and_then(|i| self.streams.get(i))
    }

    /// The live exports of one stream.
    pub fn exports_of(&self, stream: ObjId) -> impl Iterator<Item = &ExportInfo> + '_ {
        self.exports
            .iter()
            .filter(move |e| e.stream == Some(stream))
    }

    /// The live views of one stream, in the exports' order.
    pub fn views_of(&self, stream: ObjId) -> impl Iterator<Item = &ViewInfo> + '_ {
        self.exports_of(stream).flat_map(|e| e.views.iter())
    }

    /// The live views of the shown stream that a name holds, as (name, view), the newest
    /// name last.
    pub fn named_views(&self) -> Vec<(String, ViewInfo)> {
        let Some(s) = self.stream() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for v in self.views_of(s.id) {
            for h in &v.holders {
                if let Root::Name(n) = h {
                    out.push((n.to_string(), v.clone()));
                }
            }
        }
        out
    }

    /// The text of one log line.
    pub fn log_text(&self, line: &LogLine) -> &'a str {
        let Some(step) = self.steps.get(line.step) else {
            return "";
        };
        let text = match line.kind {
            LogKind::Echo => step.echo.as_str(),
            LogKind::Output => step.output.as_str(),
            LogKind::Error | LogKind::Unsupported => {
                step.error.as_ref().map_or("", |e| e.line.as_str())
            }
        };
        text.get(line.start..line.end).unwrap_or("")
    }
}

/// What the last of `steps` wrote into `stream`: each edit's bytes, and any zero-fill it
/// grew the stream by. Nothing when that step made the stream (it wrote all of it).
pub fn written(steps: &[Step], born: &[(ObjId, usize)], stream: ObjId) -> Vec<(usize, usize)> {
    let Some(last) = steps.len().checked_sub(1) else {
        return Vec::new();
    };
    let made_now = born
        .iter()
        .find(|(id, _)| *id == stream)
        .is_none_or(|&(_, k)| k >= last);
    let Some(c) = steps[last].change_of(stream).filter(|_| !made_now) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in &c.edits {
        if !e.new.is_empty() {
            out.push((e.offset, e.offset + e.new.len()));
        }
        if e.new_size > e.old_size {
            out.push((e.old_size, e.new_size));
        }
    }
    out
}

/// Records, for each stream a step changed first, the index of that step.
pub fn note_born(born: &mut Vec<(ObjId, usize)>, index: usize, step: &Step) {
    for c in &step.changes {
        if !born.iter().any(|(id, _)| *id == c.stream) {
            born.push((c.stream, index));
        }
    }
}

impl App {
    /// What the screen shows now.
    pub fn scene(&self) -> Scene<'_> {
        match &self.script {
            Some(script) => {
                let t = &script.timeline;
                let frame = t.frame();
                let streams: Vec<SceneStream> = frame
                    .streams
                    .iter()
                    .map(|f| SceneStream {
                        id: f.id,
                        label: f.label.clone(),
                        name: f.name().map(str::to_string),
                        snap: f.snap,
                        source: Source::Recorded(t.bytes(f.id)),
                    })
                    .collect();
                // The stream picked with Tab while it is there; else the newest named one.
                let shown = self
                    .selected
                    .and_then(|id| streams.iter().position(|s| s.id == id))
                    .or_else(|| {
                        streams
                            .iter()
                            .enumerate()
                            .filter(|(_, s)| s.name.is_some())
                            .max_by_key(|(_, s)| script.born_at(s.id))
                            .map(|(i, _)| i)
                    })
                    .or((!streams.is_empty()).then_some(0));
                let steps = t.log();
                let written = shown
                    .map(|i| written(steps, &script.born, streams[i].id))
                    .unwrap_or_default();
                let log_end = script.log_end.get(t.at()).copied().unwrap_or(0);
                Scene {
                    shown,
                    exports: Cow::Borrowed(&frame.exports),
                    steps,
                    log: &script.log[..log_end.min(script.log.len())],
                    written,
                    step: Some((t.at(), t.len())),
                    streams,
                }
            }
            None => {
                let streams: Vec<SceneStream> = self
                    .session
                    .streams()
                    .into_iter()
                    .map(|(label, s)| SceneStream {
                        id: s.id,
                        name: self.session.name_of_stream(&s),
                        label,
                        snap: StreamSnap::of(&s),
                        source: Source::Live(s),
                    })
                    .collect();
                let shown = self
                    .selected
                    .and_then(|id| streams.iter().position(|s| s.id == id))
                    .or((!streams.is_empty()).then_some(0));
                let written = shown
                    .map(|i| written(&self.steps, &self.born, streams[i].id))
                    .unwrap_or_default();
                Scene {
                    shown,
                    exports: Cow::Owned(self.session.exports()),
                    steps: &self.steps,
                    log: &self.log,
                    written,
                    step: None,
                    streams,
                }
            }
        }
    }
}
