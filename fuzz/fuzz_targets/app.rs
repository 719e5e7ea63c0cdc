//! The app: a sequence of keys, pastes, clicks and resizes (1x1 upward) driven through
//! `handle_event`, each followed by a frame drawn on a TestBackend at the app's size.
#![no_main]

use arbitrary::Arbitrary;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};
use libfuzzer_sys::fuzz_target;

use bytesio_tui::app::{App, Options, Start, handle_event};

#[derive(Arbitrary, Debug)]
enum Key {
    Char(char),
    /// A printable ASCII character, more likely to make a statement than any `char`.
    Ascii(u8),
    Enter,
    Esc,
    Backspace,
    Delete,
    Tab,
    BackTab,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
    F(u8),
}

#[derive(Arbitrary, Debug)]
enum Input {
    Key(Key, bool, bool, bool),
    /// A whole statement, typed one key at a time, then Enter.
    Typed(String),
    Paste(String),
    Click(u16, u16),
    Wheel(u16, u16, bool),
    Resize(u8, u8),
}

#[derive(Arbitrary, Debug)]
struct Session {
    start: u8,
    bytes: Vec<u8>,
    width: u8,
    height: u8,
    inputs: Vec<Input>,
}

fn key(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent {
        code,
        modifiers: mods,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

fn code(k: &Key) -> KeyCode {
    match *k {
        Key::Char(c) => KeyCode::Char(c),
        Key::Ascii(b) => KeyCode::Char(char::from(b' ' + b % 95)),
        Key::Enter => KeyCode::Enter,
        Key::Esc => KeyCode::Esc,
        Key::Backspace => KeyCode::Backspace,
        Key::Delete => KeyCode::Delete,
        Key::Tab => KeyCode::Tab,
        Key::BackTab => KeyCode::BackTab,
        Key::Left => KeyCode::Left,
        Key::Right => KeyCode::Right,
        Key::Up => KeyCode::Up,
        Key::Down => KeyCode::Down,
        Key::Home => KeyCode::Home,
        Key::End => KeyCode::End,
        Key::PageUp => KeyCode::PageUp,
        Key::PageDown => KeyCode::PageDown,
        Key::F(n) => KeyCode::F(1 + n % 12),
    }
}

fn draw(app: &App) {
    let buf = bytesio_tui::ui::render::buffer(app);
    assert_eq!((buf.area.width, buf.area.height), app.term);
}

fn mouse(kind: MouseEventKind, col: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column: col,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

/// As the binary, the app runs on a thread with a 1 GiB stack (see script.rs).
const STACK: usize = 1 << 30;

fuzz_target!(|s: Session| {
    let run = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || one(s))
        .expect("thread");
    if let Err(panic) = run.join() {
        std::panic::resume_unwind(panic);
    }
});

fn one(s: Session) {
    let start = match s.start % 3 {
        0 => Start::Default,
        1 => Start::Bytes(s.bytes.iter().copied().take(4096).collect()),
        _ => Start::File {
            path: "fuzz.bin".into(),
            data: s.bytes.iter().copied().cycle().take(s.bytes.len() * 37).collect(),
        },
    };
    let mut app = App::new(Options {
        max_size: 1 << 16,
        color: s.start & 4 != 0,
        start,
    });
    let size = |w: u8, h: u8| (1 + u16::from(w), 1 + u16::from(h) / 2);
    let (w, h) = size(s.width, s.height);
    handle_event(&mut app, Event::Resize(w, h));
    draw(&app);
    for input in s.inputs.iter().take(200) {
        match input {
            Input::Key(k, ctrl, alt, shift) => {
                let mut mods = KeyModifiers::NONE;
                if *ctrl {
                    mods |= KeyModifiers::CONTROL;
                }
                if *alt {
                    mods |= KeyModifiers::ALT;
                }
                if *shift {
                    mods |= KeyModifiers::SHIFT;
                }
                handle_event(&mut app, key(code(k), mods));
            }
            Input::Typed(text) => {
                for c in text.chars().take(200) {
                    handle_event(&mut app, key(KeyCode::Char(c), KeyModifiers::NONE));
                }
                handle_event(&mut app, key(KeyCode::Enter, KeyModifiers::NONE));
            }
            Input::Paste(text) => handle_event(&mut app, Event::Paste(text.clone())),
            Input::Click(c, r) => {
                handle_event(&mut app, mouse(MouseEventKind::Down(MouseButton::Left), *c, *r))
            }
            Input::Wheel(c, r, down) => {
                let kind = if *down {
                    MouseEventKind::ScrollDown
                } else {
                    MouseEventKind::ScrollUp
                };
                handle_event(&mut app, mouse(kind, *c, *r));
            }
            Input::Resize(w, h) => {
                let (w, h) = size(*w, *h);
                handle_event(&mut app, Event::Resize(w, h));
            }
        }
        draw(&app);
    }
}
