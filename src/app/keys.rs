//! The key map: which key is which action, in each mode.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Ask, Edit, NavMove, Op, StepMove};
use super::state::{Mode, Prompt, PromptKind};

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
        Mode::Modal(_) => match key.code {
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
        KeyCode::Char('[') => Action::ScrollLog(3),
        KeyCode::Char(']') => Action::ScrollLog(-3),
        KeyCode::Tab => Action::NextStream,
        KeyCode::Esc => Action::ClearNotice,
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
