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

/// One line of the key help, the key's place in the hint bar, and what the keys do: the one
/// table dispatch ([`key_to_action`]), the help and the hints are all drawn from.
#[derive(Clone, Copy, Debug)]
pub struct KeyHelp {
    /// The keys, as the help lists them.
    pub keys: &'static str,
    /// What they do, as the help says it.
    pub does: &'static str,
    /// Where the help lists them and where they are bound.
    pub mode: KeyMode,
    /// Their entries in the hint bar, (keys, word), and where the bar shows them.
    pub hints: &'static [Hint],
    pub hint_mode: KeyMode,
    /// Each key (without modifiers) and the action it stands for.
    pub binds: &'static [(KeyCode, Action)],
}

const fn row(
    keys: &'static str,
    does: &'static str,
    mode: KeyMode,
    binds: &'static [(KeyCode, Action)],
) -> KeyHelp {
    KeyHelp {
        keys,
        does,
        mode,
        hints: &[],
        hint_mode: KeyMode::Never,
        binds,
    }
}

const fn hinted(
    keys: &'static str,
    does: &'static str,
    mode: KeyMode,
    hints: &'static [Hint],
    hint_mode: KeyMode,
    binds: &'static [(KeyCode, Action)],
) -> KeyHelp {
    KeyHelp {
        keys,
        does,
        mode,
        hints,
        hint_mode,
        binds,
    }
}

const fn ch(c: char) -> KeyCode {
    KeyCode::Char(c)
}

/// Every key, in the help's order; the hint bar takes them in the same order, the most
/// useful first. Where two rows bind one key, the step mode's row (listed first) wins there.
pub const KEY_HELP: &[KeyHelp] = {
    use Action::{CycleStream, Nav, OpenPrompt, Run, SearchNext, Step};
    use KeyMode::{Always, Both, Interactive as I, Stepping as S};
    &[
        hinted(
            "n →",
            "next step",
            S,
            &[("n/→", "next")],
            S,
            &[
                (ch('n'), Step(StepMove::Next)),
                (KeyCode::Right, Step(StepMove::Next)),
            ],
        ),
        hinted(
            "p ←",
            "step back",
            S,
            &[("p/←", "back")],
            S,
            &[
                (ch('p'), Step(StepMove::Back)),
                (KeyCode::Left, Step(StepMove::Back)),
            ],
        ),
        hinted(
            "Home End",
            "first / last step",
            S,
            &[("Home/End", "first/last")],
            S,
            &[
                (KeyCode::Home, Step(StepMove::First)),
                (KeyCode::End, Step(StepMove::Last)),
            ],
        ),
        hinted(
            "12 Enter",
            "go to step 12",
            S,
            &[("12⏎", "go to step 12")],
            S,
            &[
                (ch('0'), Action::JumpDigit('0')),
                (ch('1'), Action::JumpDigit('1')),
                (ch('2'), Action::JumpDigit('2')),
                (ch('3'), Action::JumpDigit('3')),
                (ch('4'), Action::JumpDigit('4')),
                (ch('5'), Action::JumpDigit('5')),
                (ch('6'), Action::JumpDigit('6')),
                (ch('7'), Action::JumpDigit('7')),
                (ch('8'), Action::JumpDigit('8')),
                (ch('9'), Action::JumpDigit('9')),
            ],
        ),
        hinted(
            ":",
            "a statement, ↑↓ history",
            I,
            &[(":", "statement")],
            I,
            &[(ch(':'), OpenPrompt(Ask::Statement))],
        ),
        hinted(
            ":",
            "a statement: branches here",
            S,
            &[(":", "statement")],
            S,
            &[(ch(':'), OpenPrompt(Ask::Statement))],
        ),
        hinted(
            "r",
            "b.read(n)",
            Both,
            &[("r", "read")],
            I,
            &[(ch('r'), OpenPrompt(Ask::Read))],
        ),
        hinted(
            "w",
            "b.write(b\"..\"/hex/name)",
            Both,
            &[("w", "write")],
            I,
            &[(ch('w'), OpenPrompt(Ask::Write))],
        ),
        hinted(
            "s",
            "b.seek(n), n: nav cursor",
            Both,
            &[("s", "seek")],
            I,
            &[(ch('s'), OpenPrompt(Ask::Seek))],
        ),
        hinted(
            "v x",
            "getbuffer() / release()",
            Both,
            &[("v", "getbuffer"), ("x", "release")],
            Both,
            &[
                (ch('v'), Run(Op::GetBuffer)),
                (ch('x'), OpenPrompt(Ask::Release)),
            ],
        ),
        hinted(
            "c",
            "b.close()",
            Both,
            &[("c", "close")],
            Both,
            &[(ch('c'), Run(Op::Close))],
        ),
        hinted(
            "e",
            "view[i]=n, i: nav cursor",
            Both,
            &[("e", "view[i]=")],
            I,
            &[(ch('e'), OpenPrompt(Ask::SetByte))],
        ),
        hinted(
            "t g",
            "b.tell() / b.getvalue()",
            Both,
            &[("t", "tell"), ("g", "getvalue")],
            I,
            &[(ch('t'), Run(Op::Tell)), (ch('g'), Run(Op::GetValue))],
        ),
        hinted(
            "T",
            "b.truncate(n)",
            Both,
            &[("T", "truncate")],
            I,
            &[(ch('T'), OpenPrompt(Ask::Truncate))],
        ),
        hinted(
            "u U",
            "undo / redo a statement",
            I,
            &[("u", "undo")],
            I,
            &[(ch('u'), Action::Undo), (ch('U'), Action::Redo)],
        ),
        row(
            "←↓↑→ hjkl",
            "nav cursor (or click)",
            I,
            &[
                (KeyCode::Left, Nav(NavMove::Left)),
                (KeyCode::Down, Nav(NavMove::Down)),
                (KeyCode::Up, Nav(NavMove::Up)),
                (KeyCode::Right, Nav(NavMove::Right)),
                (ch('h'), Nav(NavMove::Left)),
                (ch('j'), Nav(NavMove::Down)),
                (ch('k'), Nav(NavMove::Up)),
                (ch('l'), Nav(NavMove::Right)),
            ],
        ),
        row(
            "hjkl ↑↓",
            "nav cursor (or click)",
            S,
            &[
                (ch('h'), Nav(NavMove::Left)),
                (ch('j'), Nav(NavMove::Down)),
                (ch('k'), Nav(NavMove::Up)),
                (ch('l'), Nav(NavMove::Right)),
                (KeyCode::Up, Nav(NavMove::Up)),
                (KeyCode::Down, Nav(NavMove::Down)),
            ],
        ),
        row(
            "PgUp PgDn",
            "a page up / down",
            Both,
            &[
                (KeyCode::PageUp, Nav(NavMove::PageUp)),
                (KeyCode::PageDown, Nav(NavMove::PageDown)),
            ],
        ),
        hinted(
            "o",
            "go to an offset",
            Both,
            &[("o", "goto")],
            I,
            &[(ch('o'), OpenPrompt(Ask::Goto))],
        ),
        row(
            "S",
            "save the session as a script",
            Both,
            &[(ch('S'), OpenPrompt(Ask::SavePath))],
        ),
        hinted(
            "/",
            "search: 50 4b or \"PK\"",
            Both,
            &[("/", "search")],
            I,
            &[(ch('/'), OpenPrompt(Ask::Search))],
        ),
        row(
            "n > <",
            "next / previous match",
            I,
            &[
                (ch('n'), SearchNext(true)),
                (ch('>'), SearchNext(true)),
                (ch('<'), SearchNext(false)),
            ],
        ),
        row(
            "> <",
            "next / previous match",
            S,
            &[(ch('>'), SearchNext(true)), (ch('<'), SearchNext(false))],
        ),
        row(
            "Home End",
            "offset 0 / EOF",
            I,
            &[
                (KeyCode::Home, Nav(NavMove::Start)),
                (KeyCode::End, Nav(NavMove::End)),
            ],
        ),
        row(
            "p",
            "nav cursor to position",
            I,
            &[(ch('p'), Nav(NavMove::ToPosition))],
        ),
        row(
            "[ ] { }",
            "scroll log / exports",
            Both,
            &[
                (ch('['), Action::ScrollLog(3)),
                (ch(']'), Action::ScrollLog(-3)),
                (ch('{'), Action::ScrollExports(-3)),
                (ch('}'), Action::ScrollExports(3)),
            ],
        ),
        row(
            "b Esc",
            "branch: back to script",
            I,
            &[(ch('b'), Action::Back), (KeyCode::Esc, Action::Back)],
        ),
        row(
            "a",
            "ASCII / UTF-8 column",
            Both,
            &[(ch('a'), Action::ToggleUtf8)],
        ),
        row(
            "Tab",
            "next stream (⇧Tab: back)",
            Both,
            &[
                (KeyCode::Tab, CycleStream(1)),
                (KeyCode::BackTab, CycleStream(-1)),
            ],
        ),
        row(
            "N L",
            "narration / legend on/off",
            Both,
            &[
                (ch('N'), Action::ToggleNarration),
                (ch('L'), Action::ToggleLegend),
            ],
        ),
        row(
            "V",
            "next Python version ≠",
            Both,
            &[(ch('V'), Action::CycleVersion)],
        ),
        hinted(
            "?",
            "this help",
            Both,
            &[("?", "help")],
            Always,
            &[(ch('?'), Action::ToggleHelp)],
        ),
        hinted(
            "q",
            "quit",
            Both,
            &[("q", "quit")],
            Always,
            &[(ch('q'), Action::Quit)],
        ),
    ]
};

/// The action the table binds `code` to in a mode; `only_steps`: only moves through the
/// steps (what step mode takes over the modal).
fn bound(stepping: bool, code: KeyCode, only_steps: bool) -> Option<Action> {
    let mut rows: Vec<&KeyHelp> = KEY_HELP
        .iter()
        .filter(|k| k.mode.applies(stepping))
        .collect();
    // Step mode's own rows first: they take n, p, the arrows, Home and End there.
    rows.sort_by_key(|k| k.mode != KeyMode::Stepping);
    rows.iter()
        .flat_map(|k| k.binds.iter())
        .find(|(c, a)| {
            *c == code && (!only_steps || matches!(a, Action::Step(_) | Action::JumpDigit(_)))
        })
        .map(|(_, a)| a.clone())
}

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
        && matches!(mode, Mode::Modal(_))
        && let Some(a) = bound(true, key.code, true)
    {
        return Some(a);
    }
    match mode {
        Mode::Normal if ctrl => (key.code == KeyCode::Char('c')).then_some(Action::Quit),
        Mode::Normal if alt => None,
        Mode::Normal => bound(stepping, key.code, false),
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
            // The failed step under the next version: a teacher shows 3.16 from here.
            KeyCode::Char('V') if !ctrl && !alt => Some(Action::CycleVersion),
            _ => None,
        },
        Mode::Legend => match key.code {
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('L') | KeyCode::Char('q') => {
                Some(Action::ToggleLegend)
            }
            KeyCode::Char('c') if ctrl => Some(Action::ToggleLegend),
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
    fn every_key_a_row_names_is_bound_by_that_row() {
        for k in KEY_HELP {
            for code in codes(k.keys) {
                assert!(
                    k.binds.iter().any(|(c, _)| *c == code),
                    "{code:?} ({}) is named but not bound by its row",
                    k.keys
                );
            }
        }
    }

    #[test]
    fn keys_map_to_their_actions_in_each_mode() {
        let plain = |c: KeyCode| KeyEvent::new(c, KeyModifiers::NONE);
        let modal = Mode::Modal(crate::app::BufferModal {
            step: 0,
            stream: crate::model::value::ObjId::default(),
            statement: String::new(),
        });
        let cases: [(&Mode, bool, KeyCode, Option<Action>); 14] = [
            (
                &Mode::Normal,
                false,
                KeyCode::Char('n'),
                Some(Action::SearchNext(true)),
            ),
            (
                &Mode::Normal,
                true,
                KeyCode::Char('n'),
                Some(Action::Step(StepMove::Next)),
            ),
            (
                &Mode::Normal,
                true,
                KeyCode::Char('>'),
                Some(Action::SearchNext(true)),
            ),
            (
                &Mode::Normal,
                false,
                KeyCode::Left,
                Some(Action::Nav(NavMove::Left)),
            ),
            (
                &Mode::Normal,
                true,
                KeyCode::Left,
                Some(Action::Step(StepMove::Back)),
            ),
            (
                &Mode::Normal,
                false,
                KeyCode::Home,
                Some(Action::Nav(NavMove::Start)),
            ),
            (
                &Mode::Normal,
                true,
                KeyCode::Home,
                Some(Action::Step(StepMove::First)),
            ),
            (
                &Mode::Normal,
                false,
                KeyCode::Char('p'),
                Some(Action::Nav(NavMove::ToPosition)),
            ),
            (
                &Mode::Normal,
                true,
                KeyCode::Char('3'),
                Some(Action::JumpDigit('3')),
            ),
            (&Mode::Normal, false, KeyCode::Char('3'), None),
            (&Mode::Normal, true, KeyCode::Char('u'), None),
            (
                &modal,
                true,
                KeyCode::Char('n'),
                Some(Action::Step(StepMove::Next)),
            ),
            (&modal, true, KeyCode::Char('f'), Some(Action::Fix)),
            (&modal, true, KeyCode::Char('v'), None),
        ];
        for (mode, stepping, code, want) in cases {
            assert_eq!(
                key_to_action(mode, stepping, plain(code)),
                want,
                "{code:?}, stepping {stepping}"
            );
        }
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            key_to_action(&Mode::Normal, false, ctrl_c),
            Some(Action::Quit)
        );
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
