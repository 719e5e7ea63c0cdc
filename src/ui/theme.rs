//! Styles. With colour off (`NO_COLOR`), only modifiers remain: every marker is also a glyph,
//! and byte classes keep a style (dim, underline, italic, bold).

use ratatui::style::{Color, Modifier, Style};

/// Classes of bytes, each with its colour and a colourless style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByteClass {
    /// 0x00.
    Null,
    /// 0x21..=0x7e.
    Printable,
    /// Space, \t \n \v \f \r.
    Whitespace,
    /// Other bytes below 0x20, and 0x7f.
    Control,
    /// 0x80..=0xff.
    High,
}

impl ByteClass {
    pub fn of(b: u8) -> ByteClass {
        match b {
            0 => ByteClass::Null,
            b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => ByteClass::Whitespace,
            0x21..=0x7e => ByteClass::Printable,
            0x80..=0xff => ByteClass::High,
            _ => ByteClass::Control,
        }
    }

    /// What the ASCII column shows: the character, or `.` (never a control character).
    pub fn ascii(b: u8) -> char {
        if (0x20..=0x7e).contains(&b) {
            b as char
        } else {
            '.'
        }
    }

    pub const ALL: [(ByteClass, &'static str, &'static str); 5] = [
        (ByteClass::Null, "00", "null: grey, dim"),
        (ByteClass::Printable, "41", "printable: cyan, plain"),
        (ByteClass::Whitespace, "20", "whitespace: green"),
        (ByteClass::Control, "1b", "control: yellow, italic"),
        (ByteClass::High, "ff", "0x80-0xff: magenta"),
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn paint(self, fg: Color, m: Modifier) -> Style {
        let s = Style::new().add_modifier(m);
        if self.color { s.fg(fg) } else { s }
    }

    pub fn byte(self, class: ByteClass) -> Style {
        match class {
            ByteClass::Null => self.paint(Color::DarkGray, Modifier::DIM),
            ByteClass::Printable => self.paint(Color::Cyan, Modifier::empty()),
            ByteClass::Whitespace => self.paint(Color::Green, Modifier::empty()),
            ByteClass::Control => self.paint(Color::Yellow, Modifier::ITALIC),
            ByteClass::High => self.paint(Color::Magenta, Modifier::empty()),
        }
    }
    /// The `[` `]` of the stream position.
    pub fn cursor(self) -> Style {
        self.paint(Color::LightYellow, Modifier::BOLD)
    }
    /// The navigation cursor: reverse video plus the `▸` row marker.
    pub fn nav(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    pub fn changed(self) -> Style {
        self.paint(Color::LightRed, Modifier::BOLD)
    }
    /// Bytes a live view covers: underlined (blue with colour).
    pub fn view(self) -> Style {
        self.paint(Color::LightBlue, Modifier::UNDERLINED)
    }
    /// A view's lane in the grid's gutter.
    pub fn lane(self) -> Style {
        self.paint(Color::LightBlue, Modifier::empty())
    }
    /// A search match: black on yellow with colour; without, its `{..}` braces say it.
    pub fn matched(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::new()
        }
    }
    pub fn view_label(self) -> Style {
        self.paint(Color::LightBlue, Modifier::BOLD)
    }
    pub fn gap(self) -> Style {
        self.paint(Color::DarkGray, Modifier::DIM)
    }
    pub fn dim(self) -> Style {
        self.paint(Color::DarkGray, Modifier::empty())
    }
    pub fn closed(self) -> Style {
        self.paint(Color::DarkGray, Modifier::DIM | Modifier::CROSSED_OUT)
    }
    pub fn error(self) -> Style {
        self.paint(Color::LightRed, Modifier::BOLD)
    }
    pub fn unsupported(self) -> Style {
        self.paint(Color::Yellow, Modifier::ITALIC)
    }
    pub fn echo(self) -> Style {
        self.paint(Color::Reset, Modifier::BOLD)
    }
    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn status(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    pub fn key(self) -> Style {
        self.paint(Color::LightCyan, Modifier::BOLD)
    }
    pub fn modal(self) -> Style {
        self.paint(Color::LightRed, Modifier::BOLD)
    }
    pub fn name(self) -> Style {
        self.paint(Color::LightGreen, Modifier::BOLD)
    }
}

impl Theme {
    /// The `▸` in front of the navigation cursor's row.
    pub fn nav_marker(self) -> Style {
        self.paint(Color::LightMagenta, Modifier::BOLD)
    }
}

impl Theme {
    /// The source line(s) of the statement that just ran (`▶`).
    pub fn ran(self) -> Style {
        self.paint(Color::LightGreen, Modifier::BOLD)
    }
    /// The source line(s) of the statement that runs next (`▷`).
    pub fn next_stmt(self) -> Style {
        self.paint(Color::LightYellow, Modifier::empty())
    }
}
