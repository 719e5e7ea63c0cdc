//! The key map: which key is which action, in each mode.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Ask, Edit, NavMove, Op, StepMove};
use super::state::{Mode, Prompt, PromptKind};

/// Where a key (or its hint) applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyMode {
    Never,
    Interactive,
    Stepping,
    Both,
    /// Hints only: always shown, at the end of the hint bar.
    Always,
}

impl KeyMode {
    pub fn applies(self, stepping: bool) -> bool {
        match self {
            KeyMode::Never => false,
            KeyMode::Interactive => !stepping,
            KeyMode::Stepping => stepping,
            KeyMode::Both | KeyMode::Always => true,
        }
    }
}

/// One line of the key help, and the key's place in the hint bar: the one table both are
/// drawn from (the map itself is [`key_to_action`]; a test checks that they agree).
#[derive(Clone, Copy, Debug)]
pub struct KeyHelp {
    /// The keys, as the help lists them.
    pub keys: &'static str,
    /// What they do, as the help says it.
    pub does: &'static str,
    /// Where the help lists them.
    pub mode: KeyMode,
    /// Their entries in the hint bar, (keys, word), and where the bar shows them.
    pub hints: &'static [Hint],
    pub hint_mode: KeyMode,
}

const fn row(keys: &'static str, does: &'static str, mode: KeyMode) -> KeyHelp {
    KeyHelp {
        keys,
        does,
        mode,
        hints: &[],
        hint_mode: KeyMode::Never,
    }
}

const fn hinted(
    keys: &'static str,
    does: &'static str,
    mode: KeyMode,
    hints: &'static [Hint],
    hint_mode: KeyMode,
) -> KeyHelp {
    KeyHelp {
        keys,
        does,
        mode,
        hints,
        hint_mode,
    }
}

/// Every key, in the help's order; the hint bar takes them in the same order, the most
/// useful first.
pub const KEY_HELP: &[KeyHelp] = {
    use KeyMode::{Always, Both, Interactive as I, Stepping as S};
    &[
        hinted("n →", "next step", S, &[("n/→", "next")], S),
        hinted("p ←", "step back", S, &[("p/←", "back")], S),
        hinted(
            "Home End",
            "first / last step",
            S,
            &[("Home/End", "first/last")],
            S,
        ),
        hinted(
            "12 Enter",
            "go to step 12",
            S,
            &[("12⏎", "go to step 12")],
            S,
        ),
        hinted(":", "a statement, ↑↓ history", I, &[(":", "statement")], I),
        hinted(
            ":",
            "a statement: branches here",
            S,
            &[(":", "statement")],
            S,
        ),
        hinted("r", "b.read(n)", Both, &[("r", "read")], I),
        hinted("w", "b.write(b\"..\"/hex/name)", Both, &[("w", "write")], I),
        hinted("s", "b.seek(n), n: nav cursor", Both, &[("s", "seek")], I),
        hinted(
            "v x",
            "getbuffer() / release()",
            Both,
            &[("v", "getbuffer"), ("x", "release")],
            Both,
        ),
        hinted("c", "b.close()", Both, &[("c", "close")], Both),
        hinted(
            "e",
            "view[i]=n, i: nav cursor",
            Both,
            &[("e", "view[i]=")],
            I,
        ),
        hinted(
            "t g",
            "b.tell() / b.getvalue()",
            Both,
            &[("t", "tell"), ("g", "getvalue")],
            I,
        ),
        hinted("T", "b.truncate(n)", Both, &[("T", "truncate")], I),
        hinted("u U", "undo / redo a statement", I, &[("u", "undo")], I),
        row("←↓↑→ hjkl", "nav cursor (or click)", I),
        row("hjkl ↑↓", "nav cursor (or click)", S),
        row("PgUp PgDn", "a page up / down", Both),
        hinted("o", "go to an offset", Both, &[("o", "goto")], I),
        hinted("/", "search: 50 4b or \"PK\"", Both, &[("/", "search")], I),
        row("n N > <", "next / previous match", I),
        row("> <", "next / previous match", S),
        row("Home End", "offset 0 / EOF", I),
        row("p", "nav cursor to position", I),
        row("[ ] { }", "scroll log / exports", Both),
        row("b Esc", "branch: back to script", I),
        row("a", "ASCII / UTF-8 column", Both),
        row("Tab", "next stream (⇧Tab: back)", Both),
        hinted("?", "this help", Both, &[("?", "help")], Always),
        hinted("q", "quit", Both, &[("q", "quit")], Always),
    ]
};

/// The help's rows for a mode, in order.
pub fn help_rows(stepping: bool) -> impl Iterator<Item = &'static KeyHelp> {
    KEY_HELP.iter().filter(move |k| k.mode.applies(stepping))
}

/// A hint bar entry: (keys, word).
pub type Hint = (&'static str, &'static str);

/// The hint bar's entries for a mode: (entries in order, entries always shown at the end).
pub fn hints(stepping: bool) -> (Vec<Hint>, Vec<Hint>) {
    let pick = |always: bool| {
        KEY_HELP
            .iter()
            .filter(|k| k.hint_mode.applies(stepping) && (k.hint_mode == KeyMode::Always) == always)
            .flat_map(|k| k.hints.iter().copied())
            .collect()
    };
    (pick(false), pick(true))
}

/// The action a key stands for. `stepping`: step mode, where `n`/`p`, the left and right
/// arrows, Home and End move through the script's steps and digits then Enter jump to one.
pub fn key_to_action(mode: &Mode, stepping: bool, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    if stepping
        && !ctrl
        && !alt
        && matches!(mode, Mode::Normal | Mode::Modal(_))
        && let Some(a) = stepping_key(key.code)
    {
        return Some(a);
    }
    match mode {
        Mode::Normal => normal(key.code, ctrl, alt),
        Mode::Prompt(p) => prompt(p, key.code, ctrl, alt),
        Mode::Confirm(_) => match key.code {
            KeyCode::Enter | KeyCode::Char('y') | KeyCode::Char('Y') => Some(Action::Confirm(true)),
            KeyCode::Esc | KeyCode::Char('n') | KeyCode::Char('N') => Some(Action::Confirm(false)),
            KeyCode::Char('c') if ctrl => Some(Action::Confirm(false)),
            _ => None,
        },
        Mode::Modal(_) => match key.code {
            KeyCode::Char('?') => Some(Action::ToggleHelp),
            KeyCode::Enter | KeyCode::Esc => Some(Action::Dismiss),
            KeyCode::Char('c') if ctrl => Some(Action::Dismiss),
            KeyCode::Char('f') if !ctrl && !alt => Some(Action::Fix),
            _ => None,
        },
        Mode::Help => match key.code {
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('?') | KeyCode::Char('q') => {
                Some(Action::ToggleHelp)
            }
            KeyCode::Char('c') if ctrl => Some(Action::ToggleHelp),
            _ => None,
        },
    }
}

/// The keys step mode takes over (in the normal view and over the BufferError modal).
fn stepping_key(code: KeyCode) -> Option<Action> {
    Some(match code {
        KeyCode::Char('n') | KeyCode::Right => Action::Step(StepMove::Next),
        KeyCode::Char('p') | KeyCode::Left => Action::Step(StepMove::Back),
        KeyCode::Home => Action::Step(StepMove::First),
        KeyCode::End => Action::Step(StepMove::Last),
        KeyCode::Char(c) if c.is_ascii_digit() => Action::JumpDigit(c),
        _ => return None,
    })
}

fn normal(code: KeyCode, ctrl: bool, alt: bool) -> Option<Action> {
    if ctrl {
        return match code {
            KeyCode::Char('c') => Some(Action::Quit),
            _ => None,
        };
    }
    if alt {
        return None;
    }
    Some(match code {
        KeyCode::Char(':') => Action::OpenPrompt(Ask::Statement),
        KeyCode::Char('r') => Action::OpenPrompt(Ask::Read),
        KeyCode::Char('w') => Action::OpenPrompt(Ask::Write),
        KeyCode::Char('s') => Action::OpenPrompt(Ask::Seek),
        KeyCode::Char('T') => Action::OpenPrompt(Ask::Truncate),
        KeyCode::Char('e') => Action::OpenPrompt(Ask::SetByte),
        KeyCode::Char('x') => Action::OpenPrompt(Ask::Release),
        KeyCode::Char('t') => Action::Run(Op::Tell),
        KeyCode::Char('g') => Action::Run(Op::GetValue),
        KeyCode::Char('v') => Action::Run(Op::GetBuffer),
        KeyCode::Char('c') => Action::Run(Op::Close),
        KeyCode::Char('p') => Action::Nav(NavMove::ToPosition),
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Left | KeyCode::Char('h') => Action::Nav(NavMove::Left),
        KeyCode::Right | KeyCode::Char('l') => Action::Nav(NavMove::Right),
        KeyCode::Up | KeyCode::Char('k') => Action::Nav(NavMove::Up),
        KeyCode::Down | KeyCode::Char('j') => Action::Nav(NavMove::Down),
        KeyCode::PageUp => Action::Nav(NavMove::PageUp),
        KeyCode::PageDown => Action::Nav(NavMove::PageDown),
        KeyCode::Home => Action::Nav(NavMove::Start),
        KeyCode::End => Action::Nav(NavMove::End),
        KeyCode::Char('a') => Action::ToggleUtf8,
        KeyCode::Char('o') => Action::OpenPrompt(Ask::Goto),
        KeyCode::Char('/') => Action::OpenPrompt(Ask::Search),
        KeyCode::Char('n') | KeyCode::Char('>') => Action::SearchNext(true),
        KeyCode::Char('N') | KeyCode::Char('<') => Action::SearchNext(false),
        KeyCode::Char('u') => Action::Undo,
        KeyCode::Char('U') => Action::Redo,
        KeyCode::Char('[') => Action::ScrollLog(3),
        KeyCode::Char(']') => Action::ScrollLog(-3),
        KeyCode::Tab => Action::CycleStream(1),
        KeyCode::BackTab => Action::CycleStream(-1),
        KeyCode::Char('{') => Action::ScrollExports(-3),
        KeyCode::Char('}') => Action::ScrollExports(3),
        KeyCode::Esc | KeyCode::Char('b') => Action::Back,
        _ => return None,
    })
}

fn prompt(p: &Prompt, code: KeyCode, ctrl: bool, alt: bool) -> Option<Action> {
    let history = p.kind == PromptKind::Statement;
    if ctrl {
        return match code {
            KeyCode::Char('c') => Some(Action::Cancel),
            KeyCode::Char('u') => Some(Action::Edit(Edit::Clear)),
            KeyCode::Char('a') => Some(Action::Edit(Edit::Home)),
            KeyCode::Char('e') => Some(Action::Edit(Edit::End)),
            _ => None,
        };
    }
    Some(match code {
        KeyCode::Enter => Action::Submit,
        KeyCode::Esc => Action::Cancel,
        KeyCode::Backspace => Action::Edit(Edit::Backspace),
        KeyCode::Delete => Action::Edit(Edit::Delete),
        KeyCode::Left => Action::Edit(Edit::Left),
        KeyCode::Right => Action::Edit(Edit::Right),
        KeyCode::Home => Action::Edit(Edit::Home),
        KeyCode::End => Action::Edit(Edit::End),
        KeyCode::Up if history => Action::Edit(Edit::HistoryPrev),
        KeyCode::Down if history => Action::Edit(Edit::HistoryNext),
        KeyCode::Char(c) if !alt => Action::Edit(Edit::Insert(c)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key codes a help row names.
    fn codes(keys: &str) -> Vec<KeyCode> {
        let mut out = Vec::new();
        for token in keys.split_whitespace() {
            match token {
                "Home" => out.push(KeyCode::Home),
                "End" => out.push(KeyCode::End),
                "PgUp" => out.push(KeyCode::PageUp),
                "PgDn" => out.push(KeyCode::PageDown),
                "Tab" => out.push(KeyCode::Tab),
                "Esc" => out.push(KeyCode::Esc),
                "BackTab" => out.push(KeyCode::BackTab),
                "Enter" | "click" => {}
                t => out.extend(t.chars().map(|c| match c {
                    '←' => KeyCode::Left,
                    '→' => KeyCode::Right,
                    '↑' => KeyCode::Up,
                    '↓' => KeyCode::Down,
                    c => KeyCode::Char(c),
                })),
            }
        }
        out
    }

    #[test]
    fn every_key_the_help_lists_is_mapped() {
        for stepping in [false, true] {
            for k in help_rows(stepping) {
                for code in codes(k.keys) {
                    let key = KeyEvent::new(code, KeyModifiers::NONE);
                    assert!(
                        key_to_action(&Mode::Normal, stepping, key).is_some(),
                        "{:?} ({}) in {} mode",
                        code,
                        k.keys,
                        if stepping { "step" } else { "interactive" }
                    );
                }
            }
        }
    }

    #[test]
    fn hints_are_the_tables_in_order() {
        let (hints, tail) = hints(false);
        let keys: Vec<&str> = hints.iter().map(|h| h.0).collect();
        assert_eq!(
            keys,
            [
                ":", "r", "w", "s", "v", "x", "c", "e", "t", "g", "T", "u", "o", "/"
            ]
        );
        assert_eq!(tail, [("?", "help"), ("q", "quit")]);
        let (hints, _) = super::hints(true);
        let keys: Vec<&str> = hints.iter().map(|h| h.0).collect();
        assert_eq!(keys, ["n/→", "p/←", "Home/End", "12⏎", ":", "v", "x", "c"]);
    }
}
