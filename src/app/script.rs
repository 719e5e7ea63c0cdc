//! Step mode: a script recorded once as a [`Timeline`], shown one step at a time. Everything
//! the screen needs at any step is either in the timeline's frame or precomputed here, so a
//! jump costs what [`Timeline::goto`] costs.

use crate::script::timeline::Timeline;
use crate::script::{Program, Step};

use super::state::{LogLine, push_step_lines};

/// A statement's 1-based first and last line.
pub type LineRange = (usize, usize);

pub struct Script {
    /// The file's name, for the source panel's title.
    pub name: String,
    pub timeline: Timeline,
    /// The log lines of every step; the log after `k` steps is `log[..log_end[k]]`.
    pub log: Vec<LogLine>,
    pub log_end: Vec<usize>,
    /// Byte offset where each line of the source starts.
    pub line_starts: Vec<usize>,
    /// The largest end (size or position) any stream reaches, and the most views one stream
    /// has at any step: the layout is sized for them, so it stays still while stepping.
    pub extent: usize,
    pub max_views: usize,
    /// More than one stream is reachable at some step.
    pub many_streams: bool,
    /// Recorded by a real interpreter (`CPython 3.12.1`), not the built-in engine.
    pub interpreter: Option<String>,
}

impl Script {
    /// Records `program` and positions it before its first statement.
    pub fn open(name: String, program: Program, config: crate::script::Config) -> Script {
        Script::of_timeline(name, Timeline::record(program, config))
    }

    /// A recorded timeline (the built-in engine's, or another engine's), positioned before
    /// its first statement.
    pub fn of_timeline(name: String, mut timeline: Timeline) -> Script {
        timeline.goto(0);
        let mut log = Vec::new();
        let mut log_end = Vec::with_capacity(timeline.len() + 1);
        log_end.push(0);
        for (i, step) in timeline.steps().iter().enumerate() {
            push_step_lines(&mut log, i, step);
            log_end.push(log.len());
        }
        let source = &timeline.program().source;
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        if line_starts.len() > 1 && line_starts.last() == Some(&source.len()) {
            line_starts.pop();
        }
        let mut extent = 0;
        let mut max_views = 0;
        let mut many_streams = false;
        for f in timeline.frames() {
            many_streams |= f.streams.len() > 1;
            for s in f.streams.iter() {
                extent = extent.max(s.snap.size.max(s.snap.pos.max(0) as usize));
                let views: usize = f
                    .exports
                    .iter()
                    .filter(|e| e.stream == Some(s.id))
                    .map(|e| e.views.len())
                    .sum();
                max_views = max_views.max(views);
            }
        }
        Script {
            name,
            timeline,
            log,
            log_end,
            line_starts,
            extent,
            max_views,
            many_streams,
            interpreter: None,
        }
    }

    pub fn source(&self) -> &str {
        &self.timeline.program().source
    }

    /// Number of lines of the source.
    pub fn lines(&self) -> usize {
        self.line_starts.len()
    }

    /// The text of 1-based line `n`, without its newline.
    pub fn line(&self, n: usize) -> &str {
        let src = self.source();
        let Some(&start) = n.checked_sub(1).and_then(|i| self.line_starts.get(i)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(n)
            .map_or(src.len(), |&e| e.saturating_sub(1));
        let line = src.get(start..end.max(start)).unwrap_or("");
        line.strip_suffix('\n').unwrap_or(line)
    }

    /// The source up to the end of the last statement run: what a branch continues from.
    pub fn prefix(&self) -> String {
        let at = self.timeline.at();
        let end = self.timeline.steps()[..at]
            .iter()
            .rev()
            .find(|s| s.ends_top)
            .map_or(0, |s| s.span.end);
        let src = self.source();
        src.get(..end.min(src.len())).unwrap_or("").to_string()
    }

    /// The statements that just ran and run next, each as its 1-based first and last line.
    pub fn markers(&self) -> (Option<LineRange>, Option<LineRange>) {
        let lines = |s: &Step| (s.line, s.end_line.max(s.line));
        (
            self.timeline.last_step().map(lines),
            self.timeline.next_step().map(lines),
        )
    }
}
