//! `V`: the next Python version for the built-in engine. The script (or the live session)
//! is replayed under it, and each statement whose outcome differs from the version switched
//! from is marked, with why: the profile switches it read whose values differ between the
//! two ([`crate::model::switch`]), or the earlier difference it follows from.

use crate::model::profile::{self, Version};
use crate::model::switch::{self, Switch};
use crate::script::outcome;
use crate::script::parse_program;
use crate::ui::say::Msg;

use super::script::Script;
use super::state::{App, NoticeKind};
use super::stepmode::after_step;

/// Why a marked statement differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The switches it read whose values differ between the two versions.
    Switches(Vec<Switch>),
    /// It read none: it differs because an earlier statement (at this 1-based line) did.
    After(usize),
    /// It read none and none before it differs: a difference without a named switch.
    Unnamed,
}

/// The steps whose statement's outcome differs between the version shown and `against`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marks {
    /// The version switched from.
    pub against: Version,
    /// (step index, why), by step index: in step mode every step of a differing statement,
    /// in a live session the statement's step.
    pub steps: Vec<(usize, Why)>,
    /// How many statements differ.
    pub statements: usize,
}

impl Marks {
    /// Why step `i` differs, when it does.
    pub fn of(&self, i: usize) -> Option<&Why> {
        self.steps
            .binary_search_by_key(&i, |(k, _)| *k)
            .ok()
            .map(|k| &self.steps[k].1)
    }
}

/// The reasons of the statements that differ, in order: (index, 1-based line, why).
fn reasons(
    differ: Vec<(usize, Vec<Switch>)>,
    line_of: impl Fn(usize) -> usize,
) -> Vec<(usize, Why)> {
    let mut first_line = None;
    differ
        .into_iter()
        .map(|(i, read)| {
            let why = match (read.is_empty(), first_line) {
                (false, _) => Why::Switches(read),
                (true, Some(l)) => Why::After(l),
                (true, None) => Why::Unnamed,
            };
            first_line.get_or_insert(line_of(i));
            (i, why)
        })
        .collect()
}

impl App {
    /// `V`: the next version (3.16 wraps to 3.10), the session replayed under it, the
    /// differing statements marked.
    pub(super) fn cycle_version(&mut self) {
        if let Some(by) = self.script.as_ref().and_then(|s| s.interpreter.clone()) {
            self.set_notice(NoticeKind::Info, Msg::VersionIsReal(by));
            return;
        }
        let from = self.python;
        let to = from.next();
        // Marked against the version the app started as; back at it, against `from`.
        let against = if to == self.reference {
            from
        } else {
            self.reference
        };
        let result = if self.script.is_some() {
            self.replay_script_as(from, to, against)
        } else {
            self.replay_live_as(from, to, against)
        };
        match result {
            Ok(marks) => {
                let n = marks.statements;
                self.marks = Some(marks);
                self.set_notice(
                    NoticeKind::Info,
                    Msg::VersionNow {
                        to,
                        from: against,
                        differ: n,
                    },
                );
            }
            Err(msg) => {
                self.python = from;
                profile::set_current(from);
                if self.script.is_none() {
                    // The session as it was (the replay may have stopped half way).
                    let _ = self.rebuild(self.record.len());
                    self.rebuild_log();
                }
                self.set_notice(NoticeKind::Error, msg);
            }
        }
    }

    /// Step mode: the script recorded again as `to` (from `from`), at the same step, marked
    /// where it differs from `against`.
    fn replay_script_as(
        &mut self,
        from: Version,
        to: Version,
        against: Version,
    ) -> Result<Marks, Msg> {
        let Some(script) = &self.script else {
            return Err(Msg::Phrase("nothing to run"));
        };
        let source = script.timeline.program().source.to_string();
        let name = script.name.clone();
        let at = script.timeline.at();
        profile::set_current(to);
        let program = parse_program(&source).map_err(|e| Msg::Verbatim(e.to_string()))?;
        self.python = to;
        let config = self.session_config();
        let _ = from;
        let old = outcome::outcomes(&source, against, &config).map_err(Msg::Verbatim)?;
        let new = outcome::outcomes(&source, to, &config).map_err(Msg::Verbatim)?;
        profile::set_current(to);
        let differ = outcome::differences(&old, against, &new, to);
        let statements = differ.len();
        let mut script = Script::open(name, program, config);
        let steps = script.timeline.steps();
        let line_of = |top: usize| steps.iter().find(|s| s.top == top).map_or(0, |s| s.line);
        let by_top = reasons(differ, line_of);
        let mut marked = Vec::new();
        for (i, s) in steps.iter().enumerate() {
            if let Some((_, why)) = by_top.iter().find(|(top, _)| *top == s.top) {
                marked.push((i, why.clone()));
            }
        }
        let n = script.timeline.len();
        script.timeline.goto(at.min(n));
        self.script = Some(script);
        after_step(self);
        Ok(Marks {
            against,
            steps: marked,
            statements,
        })
    }

    /// A live session: its statements replayed as `against` (for what to compare with),
    /// then as `to`, marked where the two differ.
    fn replay_live_as(
        &mut self,
        from: Version,
        to: Version,
        against: Version,
    ) -> Result<Marks, Msg> {
        let n = self.record.len();
        let old: Vec<String> = if against == from {
            self.record.steps().iter().map(|s| s.transcript()).collect()
        } else {
            self.python = against;
            profile::set_current(against);
            self.rebuild(n)?;
            self.record.steps().iter().map(|s| s.transcript()).collect()
        };
        self.python = to;
        profile::set_current(to);
        let read = self.rebuild(n)?;
        self.rebuild_log();
        let mut differ = Vec::new();
        for (i, step) in self.record.steps().iter().enumerate() {
            if old.get(i) != Some(&step.transcript()) {
                let r = read.get(i).map_or(&[][..], Vec::as_slice);
                differ.push((i, switch::between(r, against, to)));
            }
        }
        let statements = differ.len();
        let steps = self.record.steps();
        let line_of = |i: usize| steps.get(i).map_or(0, |s| s.line);
        Ok(Marks {
            against,
            steps: reasons(differ, line_of),
            statements,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_without_a_switch_follows_the_first_difference() {
        let r = reasons(
            vec![
                (3, Vec::new()),
                (4, vec![Switch::CloseKeepsViews]),
                (6, Vec::new()),
            ],
            |i| i + 1,
        );
        assert_eq!(
            r,
            vec![
                (3, Why::Unnamed),
                (4, Why::Switches(vec![Switch::CloseKeepsViews])),
                (6, Why::After(4)),
            ]
        );
    }
}
