//! Running statements: parsing what was typed or pasted after the session so far, running
//! it through the engine, recording each step, and what follows a step (the modal, notices).

use crate::model::value::ObjId;
use crate::script::lower::{normalize_newlines, parse_statement_at};
use crate::script::session::segment;
use crate::script::{ErrorKind, ScriptError};

use super::script::Script;
use super::state::{App, BufferModal, Mode, NoticeKind, Prompt, PromptKind};
use crate::ui::say::{Msg, ParseKind};

use super::stepmode::branch;

/// Why a statement typed at the prompt did not parse, its line counted from the
/// statement's first.
pub(super) fn describe(e: &ScriptError, prior_lines: usize) -> Msg {
    let line = e.line.saturating_sub(prior_lines);
    Msg::Parse {
        kind: match e.kind {
            ErrorKind::Syntax => ParseKind::Syntax,
            ErrorKind::Indentation => ParseKind::Indentation,
            ErrorKind::Unsupported => ParseKind::Unsupported,
            ErrorKind::Stopped => ParseKind::Stopped,
        },
        message: e.message.clone(),
        line: (line > 1).then_some(line),
        col: e.col,
    }
}

/// Parses `text` as the session's next statement(s) and runs them through the engine,
/// recording each step. `Err` when it does not parse (nothing ran).
pub(super) fn run_text(app: &mut App, text: &str) -> Result<(), Msg> {
    // In step mode the statement continues the script from the step shown.
    let mut prefix = app.script.as_ref().map(Script::prefix);
    let base = prefix.as_mut().unwrap_or(&mut app.source);
    if !base.is_empty() && !base.ends_with('\n') {
        base.push('\n');
    }
    // Only the new text is parsed, after the session's bytes and lines (counted once and
    // kept up to date as statements run, so a statement costs the same however long the
    // session is).
    let interactive = app.script.is_none();
    let prior_lines = match app.source_lines {
        Some((len, lines)) if interactive && len == base.len() => lines,
        _ => base.matches('\n').count(),
    };
    let base_len = base.len();
    let text = normalize_newlines(text);
    let text = text.as_str();
    let program = match parse_statement_at(&format!("{text}\n"), base_len, prior_lines) {
        Ok(p) if !p.body.is_empty() => p,
        Ok(_) => return Err(Msg::Phrase("nothing to run")),
        Err(e) => return Err(describe(&e, prior_lines)),
    };
    if app.script.is_some() {
        branch(app);
        if let Some(p) = prefix {
            app.source = p;
        }
    }
    app.source.push_str(text);
    app.source.push('\n');
    app.source_lines = Some((
        app.source.len(),
        prior_lines + text.matches('\n').count() + 1,
    ));
    app.replay.redo.clear();
    let before: Vec<ObjId> = app.live.streams().map(|(id, _, _)| id).collect();
    let first = app.record.len();
    for stmt in &program.body {
        // Each statement is its own history entry (a paste of three lines is three).
        let one = program.segment(stmt.span);
        if !one.is_empty() && app.history.last().map(String::as_str) != Some(one) {
            app.history.push(one.to_string());
        }
        if !one.is_empty() {
            app.effects
                .push(super::store::Effect::History(one.to_string()));
        }
        // Each typed statement gets the whole --max-steps budget.
        app.session.renew_budget();
        let step = app.session.run_statement(&program, stmt);
        app.push_step(step);
    }
    if app.session_saved {
        app.effects
            .push(super::store::Effect::SessionAppend(text.to_string()));
    } else {
        app.save_session();
    }
    app.refresh_live();
    after_run(app, first, &before);
    Ok(())
}

pub(super) fn after_run(app: &mut App, first: usize, before: &[ObjId]) {
    for i in first..app.record.len() {
        let step = &app.record.steps()[i];
        let Some(e) = step.error.clone() else {
            continue;
        };
        if e.ty.is_refusal() {
            app.set_notice(NoticeKind::Unsupported, Msg::refused(&e));
        } else if let Some(stream) = e.stream
            && app.live.exported(stream)
        {
            let statement = segment(&app.source, step.span).to_string();
            app.mode = Mode::Modal(BufferModal {
                step: i,
                stream,
                statement,
            });
        } else if e.stream.is_some() {
            app.set_notice(NoticeKind::Error, Msg::ReleasedSince(e.line.clone()));
        } else {
            app.set_notice(NoticeKind::Error, Msg::Verbatim(e.line.clone()));
        }
    }
    // Show a stream the statement made and named, else the stream the last statement
    // touched (wrote, read, moved); keep showing the selected one otherwise.
    let streams: Vec<(ObjId, bool)> = app
        .live
        .streams()
        .map(|(id, _, name)| (id, name.is_some()))
        .collect();
    let made = streams
        .iter()
        .rev()
        .find(|&&(id, named)| named && !before.contains(&id));
    let touched = app.record.steps()[first..]
        .iter()
        .rev()
        .flat_map(|s| s.changes.iter().rev())
        .map(|c| c.stream)
        .find(|id| streams.iter().any(|&(s, _)| s == *id));
    if let Some(&(id, _)) = made {
        app.selected = Some(id);
        app.nav = 0;
    } else if let Some(id) = touched.filter(|&id| app.selected != Some(id)) {
        app.selected = Some(id);
        app.nav = app.nav.min(app.size_pos().0);
    } else if !app
        .selected
        .is_some_and(|sel| streams.iter().any(|&(id, _)| id == sel))
    {
        app.selected = streams.first().map(|&(id, _)| id);
    }
    app.log_scroll = 0;
    app.follow_nav();
}

/// A paste. Text of one line goes into the prompt whole (opening `:` when no prompt is
/// open); text of several lines (or ending in a newline) runs as the statements it holds,
/// in order, as the Python prompt would run them, after what the `:` prompt already held.
/// Nothing of it is ever read as keys.
pub(super) fn paste(app: &mut App, text: String) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let runs = text.trim_end_matches('\n').contains('\n') || text.ends_with('\n');
    match &mut app.mode {
        Mode::Prompt(p) if p.kind == PromptKind::Statement && runs => {
            let mut all = std::mem::take(&mut p.input);
            all.push_str(&text);
            run_pasted(app, &all);
        }
        Mode::Prompt(p) => {
            let one: String = text
                .chars()
                .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
                .filter(|c| !c.is_control())
                .collect();
            if std::mem::replace(&mut p.fresh, false) {
                p.input.clear();
                p.cursor = 0;
            }
            p.error = None;
            let at = p.cursor.min(p.input.len());
            p.input.insert_str(at, &one);
            p.cursor = at + one.len();
        }
        Mode::Normal if runs => run_pasted(app, &text),
        Mode::Normal => {
            let one: String = text.chars().filter(|c| !c.is_control()).collect();
            app.mode = Mode::Prompt(Prompt::new(PromptKind::Statement, one, false));
        }
        Mode::Modal(_) | Mode::Help | Mode::Legend | Mode::Confirm(_) => {
            app.set_notice(NoticeKind::Info, "paste ignored: close this first (Esc)");
        }
    }
}

/// Runs pasted statements; when they do not parse, nothing runs and the prompt keeps them
/// (their lines joined) with the reason.
pub(super) fn run_pasted(app: &mut App, text: &str) {
    app.mode = Mode::Normal;
    let body = text.trim_end_matches('\n');
    if body.trim().is_empty() {
        return;
    }
    if let Err(msg) = run_text(app, body) {
        let lines = body.lines().count();
        app.set_notice(NoticeKind::Error, Msg::PasteNotRun(lines, Box::new(msg)));
    }
}
