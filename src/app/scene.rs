//! What the screen shows, read-only: the streams with their bytes, the live exports and who
//! holds them, the log. Built from the live session (interactive mode) or from the
//! timeline's current frame (step mode), so the widgets draw the same way from either, and
//! a jump in step mode costs what [`crate::script::timeline::Timeline::goto`] costs.

use std::borrow::Cow;
use std::cell::Ref;
use std::ops::Deref;
use std::rc::{Rc, Weak};

use crate::model::Stream;
use crate::model::value::ObjId;
use crate::script::session::{Label, ViewInfo};
use crate::script::timeline::{Export, read_exports};
use crate::script::{ExportInfo, Root, Session, Step, StreamSnap};

use super::state::{App, LogKind, LogLine};
use crate::ui::i18n::Lang;

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
    /// How it is reached: its name (`b`), or what holds a view of it.
    pub label: Label,
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

    /// The name to show: the bound name, else the label, worded in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        match &self.name {
            Some(n) => n.clone(),
            None => lang.label(&self.label),
        }
    }
}

/// What the live session holds, as the screen needs it: its streams, its exports and who
/// holds them. Finding them walks every value the session holds (a list of a million items
/// too), so it is read once after each statement, not on every key or frame.
#[derive(Default)]
pub struct Live {
    streams: Vec<LiveStream>,
    exports: Rc<[Rc<Export>]>,
}

struct LiveStream {
    id: ObjId,
    label: Label,
    name: Option<String>,
    /// Weak: the app must not keep alive a stream the session dropped.
    stream: Weak<Stream>,
}

impl Live {
    /// Reads `session` after it ran `steps`: the named streams only, without walking any
    /// value, when no view was alive, no named stream has an export now and every stream
    /// the steps touched is named (so no view can have been made, not even of a stream no
    /// name holds); else every value is walked (see [`Live::read`]).
    pub fn read_after(session: &Session, prev: &Live, steps: &[Step]) -> Live {
        let mut named: Vec<LiveStream> = Vec::new();
        for (n, v) in session.names() {
            if let crate::model::value::Value::Stream(s) = v
                && !named.iter().any(|l| l.id == s.id)
            {
                named.push(LiveStream {
                    id: s.id,
                    label: Label::Name(std::rc::Rc::from(n)),
                    name: Some(n.to_string()),
                    stream: Rc::downgrade(s),
                });
            }
        }
        let alive = |l: &LiveStream| l.stream.upgrade().is_some_and(|s| s.exports() > 0);
        let quiet = prev.exports.is_empty()
            && prev.streams.iter().all(|l| l.name.is_some())
            && !named.iter().any(alive)
            && !prev.streams.iter().any(alive)
            && steps
                .iter()
                .flat_map(|s| s.changes.iter())
                .all(|c| named.iter().any(|l| l.id == c.stream));
        if quiet {
            return Live {
                streams: named,
                exports: Rc::clone(&prev.exports),
            };
        }
        Live::read(session, prev)
    }

    /// Reads `session`, sharing the exports that did not change since `prev`.
    pub fn read(session: &Session, prev: &Live) -> Live {
        let streams = session
            .streams()
            .into_iter()
            .map(|(label, s)| LiveStream {
                id: s.id,
                name: session.name_of_stream(&s),
                label,
                stream: Rc::downgrade(&s),
            })
            .collect();
        Live {
            streams,
            exports: read_exports(session, &prev.exports),
        }
    }

    /// The streams reachable from the prompt: (id, label, bound name).
    pub fn streams(&self) -> impl Iterator<Item = (ObjId, &Label, Option<&str>)> {
        self.streams
            .iter()
            .map(|s| (s.id, &s.label, s.name.as_deref()))
    }

    /// True when an export of `stream` is alive.
    pub fn exported(&self, stream: ObjId) -> bool {
        self.exports.iter().any(|e| e.stream == Some(stream))
    }

    /// The stream `id` with its label, if it is reachable.
    pub fn stream(&self, id: ObjId) -> Option<(Label, Rc<Stream>)> {
        let s = self.streams.iter().find(|s| s.id == id)?;
        Some((s.label.clone(), s.stream.upgrade()?))
    }
}

/// Everything the widgets read about the Python side.
pub struct Scene<'a> {
    pub streams: Vec<SceneStream<'a>>,
    /// Index into `streams` of the one the grid shows.
    pub shown: Option<usize>,
    /// Every live export, with its views and their holders.
    pub exports: &'a [Rc<Export>],
    /// (view, root) for each root that is a live view itself (see [`Export::direct`]).
    direct: Vec<(ObjId, &'a Root)>,
    /// The steps run, in order: what the log shows.
    pub steps: &'a [Step],
    /// The log panel's lines (ranges into `steps`).
    pub log: &'a [LogLine],
    /// The app's notes the log shows (`# undone: ...`).
    pub notes: &'a [(usize, String)],
    /// Byte ranges (half-open) of the shown stream the last step wrote.
    pub written: Vec<(usize, usize)>,
    /// In step mode: how many statements have run, and how many the script has.
    pub step: Option<(usize, usize)>,
    /// The version the steps ran as (the built-in engine's profile; under a real
    /// interpreter, the reference, which the UI's words do not depend on).
    pub python: crate::model::profile::Version,
    /// After `V`: the steps whose outcome differs from the version switched from.
    pub marks: Option<&'a super::versions::Marks>,
}

impl<'a> Scene<'a> {
    /// Why step `i` differs from the version switched from (after `V`), worded.
    pub fn differs(&self, i: usize, lang: Lang) -> Option<String> {
        let m = self.marks?;
        m.of(i)
            .map(|why| lang.why_differs(why, self.python, m.against))
    }

    /// The stream the grid shows.
    pub fn stream(&self) -> Option<&SceneStream<'a>> {
        self.shown.and_then(|i| self.streams.get(i))
    }

    /// The live exports of one stream.
    pub fn exports_of(&self, stream: ObjId) -> impl Iterator<Item = &ExportInfo> + '_ {
        self.exports
            .iter()
            .map(|e| &e.info)
            .filter(move |e| e.stream == Some(stream))
    }

    /// The live views of one stream, in the exports' order.
    pub fn views_of(&self, stream: ObjId) -> impl Iterator<Item = &ViewInfo> + '_ {
        self.exports_of(stream).flat_map(|e| e.views.iter())
    }

    /// True when `root` is the view `v` itself, not a list, tuple or method that holds it.
    pub fn is_direct(&self, root: &Root, v: &ViewInfo) -> bool {
        self.direct.iter().any(|&(id, r)| r == root && id == v.id)
    }

    /// The Python name that is the view itself, for `.release()` and `[i] = n`: a name
    /// bound to it, else `_` when `_` is the view.
    pub fn handle(&self, v: &ViewInfo) -> Option<String> {
        let name = v.holders.iter().find_map(|h| match h {
            Root::Name(n) if self.is_direct(h, v) => Some(n.to_string()),
            _ => None,
        });
        name.or_else(|| {
            self.is_direct(&Root::Underscore, v)
                .then(|| "_".to_string())
        })
    }

    /// The names (and `_`) that hold `v` inside a list, a tuple or a bound method.
    pub fn containers(&self, v: &ViewInfo) -> Vec<String> {
        v.holders
            .iter()
            .filter(|h| !self.is_direct(h, v))
            .filter_map(|h| match h {
                Root::Name(n) => Some(n.to_string()),
                Root::Underscore => Some("_".to_string()),
                Root::LastError | Root::Local(..) => None,
            })
            .collect()
    }

    /// How a view is called on the screen: the name that is it, `_`, `in l` for a view
    /// held inside `l`, or `(error)` for one only the last error holds.
    pub fn view_label(&self, v: &ViewInfo, lang: Lang) -> String {
        if let Some(h) = self.handle(v) {
            return h;
        }
        if let Some(Root::Local(_, n)) = v.holders.iter().find(|h| matches!(h, Root::Local(..))) {
            return n.to_string();
        }
        match self.containers(v).first() {
            Some(c) => lang.holder_in(c),
            None => lang.holder_error_label().into(),
        }
    }

    /// A holder, briefly: `view`, `_ (last shown value)`, `inside l`, `the last error`.
    pub fn holder_short(&self, h: &Root, v: &ViewInfo, lang: Lang) -> String {
        let direct = self.is_direct(h, v);
        match h {
            Root::Name(n) if direct => n.to_string(),
            Root::Name(n) => lang.holder_inside(n),
            Root::Underscore => lang.holder_underscore(!direct).into(),
            Root::LastError => lang.holder_last_error().into(),
            Root::Local(f, n) => lang.holder_local(n, f),
        }
    }

    /// A holder, in a sentence: `the name `view``, `a value inside `l``, ...
    pub fn holder_long(&self, h: &Root, v: &ViewInfo, lang: Lang) -> String {
        let direct = self.is_direct(h, v);
        match h {
            Root::Name(n) if direct => lang.holder_name_long(n),
            Root::Name(n) => lang.holder_value_inside(n),
            Root::Underscore => lang.holder_underscore_long(!direct).into(),
            Root::LastError => lang.holder_last_error_long().into(),
            Root::Local(f, n) => lang.holder_local_long(n, f),
        }
    }

    /// The live views of the shown stream that a name is bound to, as (name, view), the
    /// newest name last. (A view held only inside a list is not one: no name is it.)
    pub fn named_views(&self) -> Vec<(String, ViewInfo)> {
        let Some(s) = self.stream() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for v in self.views_of(s.id) {
            for h in &v.holders {
                if let Root::Name(n) = h
                    && self.is_direct(h, v)
                {
                    out.push((n.to_string(), v.clone()));
                }
            }
        }
        out
    }

    /// The text of one log line (a call's worded in `lang`).
    pub fn log_text(&self, line: &LogLine, lang: Lang) -> Cow<'a, str> {
        if let (LogKind::Call, Some(crate::script::session::StepKind::Call(c))) =
            (line.kind, self.steps.get(line.step).map(|s| &s.kind))
        {
            return Cow::Owned(lang.call(c));
        }
        Cow::Borrowed(self.log_str(line))
    }

    fn log_str(&self, line: &LogLine) -> &'a str {
        if line.kind == LogKind::Note {
            return self
                .notes
                .get(line.step)
                .and_then(|(_, t)| t.get(line.start..line.end))
                .unwrap_or("");
        }
        let Some(step) = self.steps.get(line.step) else {
            return "";
        };
        let text = match line.kind {
            LogKind::Echo => step.echo.as_str(),
            LogKind::Output => step.output.as_str(),
            LogKind::Note | LogKind::Call => "",
            LogKind::Error | LogKind::Unsupported => {
                step.error.as_ref().map_or("", |e| e.line.as_str())
            }
        };
        text.get(line.start..line.end).unwrap_or("")
    }
}

/// Every export's direct holders, together.
fn direct_of(exports: &[Rc<Export>]) -> Vec<(ObjId, &Root)> {
    exports
        .iter()
        .flat_map(|e| e.direct.iter().map(|(id, r)| (*id, r)))
        .collect()
}

impl App {
    /// Reads the live session again after it ran something (see [`Live`]).
    pub(super) fn refresh_live(&mut self) {
        let seen = self.live_seen;
        self.live = if seen > 0 && seen <= self.record.len() {
            Live::read_after(&self.session, &self.live, &self.record.steps()[seen..])
        } else {
            Live::read(&self.session, &self.live)
        };
        self.live_seen = self.record.len();
    }

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
                            .max_by_key(|(_, s)| t.born_at(s.id))
                            .map(|(i, _)| i)
                    })
                    .or((!streams.is_empty()).then_some(0));
                let written = shown.map(|i| t.written(streams[i].id)).unwrap_or_default();
                let log_end = script.log_end.get(t.at()).copied().unwrap_or(0);
                Scene {
                    shown,
                    exports: &frame.exports,
                    direct: direct_of(&frame.exports),
                    steps: t.log(),
                    log: &script.log[..log_end.min(script.log.len())],
                    notes: &[],
                    written,
                    step: Some((t.at(), t.len())),
                    streams,
                    python: self.python,
                    marks: self.marks.as_ref(),
                }
            }
            None => {
                let streams: Vec<SceneStream> = self
                    .live
                    .streams
                    .iter()
                    .filter_map(|l| {
                        let s = l.stream.upgrade()?;
                        Some(SceneStream {
                            id: l.id,
                            label: l.label.clone(),
                            name: l.name.clone(),
                            snap: StreamSnap::of(&s),
                            source: Source::Live(s),
                        })
                    })
                    .collect();
                let shown = self
                    .selected
                    .and_then(|id| streams.iter().position(|s| s.id == id))
                    .or((!streams.is_empty()).then_some(0));
                let written = shown
                    .map(|i| self.record.written(self.record.len(), streams[i].id))
                    .unwrap_or_default();
                Scene {
                    shown,
                    exports: &self.live.exports,
                    direct: direct_of(&self.live.exports),
                    steps: self.record.steps(),
                    log: &self.log,
                    notes: &self.replay.notes,
                    written,
                    step: None,
                    streams,
                    python: self.python,
                    marks: self.marks.as_ref(),
                }
            }
        }
    }
}
