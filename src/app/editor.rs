//! The prompt's line editor: characters, cursor moves, history; `w`'s cursor stays inside its quotes.

use super::action::Edit;
use super::state::{App, Mode, Prompt, PromptKind};

pub(super) fn prev_boundary(s: &str, i: usize) -> usize {
    s[..i].char_indices().next_back().map_or(0, |(j, _)| j)
}

pub(super) fn next_boundary(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(i, |c| i + c.len_utf8())
}

pub(super) fn edit(app: &mut App, e: Edit) {
    let history = app.history.clone();
    let Mode::Prompt(p) = &mut app.mode else {
        return;
    };
    // `w` offers `b""`: the cursor stays inside the quotes, and Backspace there does not
    // eat the opening quote.
    let quoted = |p: &Prompt| {
        p.kind == PromptKind::Write
            && p.input.len() >= 3
            && p.input.starts_with("b\"")
            && p.input.ends_with('"')
    };
    if quoted(p) && e == Edit::Backspace && p.cursor <= 2 {
        return;
    }
    edit_line(p, &history, e);
    if quoted(p) {
        p.cursor = p.cursor.clamp(2, p.input.len() - 1);
    }
}

pub(super) fn edit_line(p: &mut Prompt, history: &[String], e: Edit) {
    p.error = None;
    let fresh = std::mem::replace(&mut p.fresh, false);
    match e {
        Edit::Insert(c) => {
            if c.is_control() {
                return;
            }
            if fresh {
                p.input.clear();
                p.cursor = 0;
            }
            p.input.insert(p.cursor, c);
            p.cursor += c.len_utf8();
        }
        Edit::Backspace | Edit::Delete | Edit::Clear if fresh => {
            p.input.clear();
            p.cursor = 0;
        }
        Edit::Backspace => {
            if p.cursor > 0 {
                let j = prev_boundary(&p.input, p.cursor);
                p.input.replace_range(j..p.cursor, "");
                p.cursor = j;
            }
        }
        Edit::Delete => {
            if p.cursor < p.input.len() {
                let j = next_boundary(&p.input, p.cursor);
                p.input.replace_range(p.cursor..j, "");
            }
        }
        Edit::Clear => {
            p.input.clear();
            p.cursor = 0;
        }
        Edit::Left => p.cursor = prev_boundary(&p.input, p.cursor),
        Edit::Right => p.cursor = next_boundary(&p.input, p.cursor),
        Edit::Home => p.cursor = 0,
        Edit::End => p.cursor = p.input.len(),
        Edit::HistoryPrev => {
            if history.is_empty() {
                return;
            }
            let pos = match p.history_pos {
                None => {
                    p.draft = p.input.clone();
                    history.len() - 1
                }
                Some(i) => i.saturating_sub(1),
            };
            p.history_pos = Some(pos);
            p.input = history[pos].clone();
            p.cursor = p.input.len();
        }
        Edit::HistoryNext => match p.history_pos {
            None => {}
            Some(i) if i + 1 < history.len() => {
                p.history_pos = Some(i + 1);
                p.input = history[i + 1].clone();
                p.cursor = p.input.len();
            }
            Some(_) => {
                p.history_pos = None;
                p.input = std::mem::take(&mut p.draft);
                p.cursor = p.input.len();
            }
        },
    }
}
