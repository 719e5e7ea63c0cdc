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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    /// `--theme contrast`, for a projector: everything bold, bright colours, light on dark
    /// backgrounds for the markers, and no pair of markers told apart by red and green.
    pub contrast: bool,
}

impl Theme {
    fn paint(self, fg: Color, m: Modifier) -> Style {
        let m = if self.contrast {
            // Dim washes out on a projector: bold instead.
            (m - Modifier::DIM) | Modifier::BOLD
        } else {
            m
        };
        let s = Style::new().add_modifier(m);
        if self.color { s.fg(fg) } else { s }
    }

    /// A colour, or its projector-safe replacement.
    fn c(self, normal: Color, contrast: Color) -> Color {
        if self.contrast { contrast } else { normal }
    }

    /// How the byte classes are told apart, when not by the normal colours.
    pub fn byte_class_words(self, class: ByteClass) -> Option<&'static str> {
        let i = ByteClass::ALL.iter().position(|(c, _, _)| *c == class)?;
        match (self.color, self.contrast) {
            (true, false) => None,
            (false, _) => Some(
                [
                    "null: dim",
                    "printable: plain",
                    "whitespace: plain",
                    "control: italic",
                    "0x80-0xff: plain",
                ][i],
            ),
            (true, true) => Some(
                [
                    "null: grey",
                    "printable: white",
                    "whitespace: light blue",
                    "control: yellow, italic",
                    "0x80-0xff: magenta",
                ][i],
            ),
        }
    }

    pub fn byte(self, class: ByteClass) -> Style {
        match class {
            ByteClass::Null => self.paint(self.c(Color::DarkGray, Color::Gray), Modifier::DIM),
            ByteClass::Printable => {
                self.paint(self.c(Color::Cyan, Color::White), Modifier::empty())
            }
            ByteClass::Whitespace => {
                self.paint(self.c(Color::Green, Color::LightBlue), Modifier::empty())
            }
            ByteClass::Control => {
                self.paint(self.c(Color::Yellow, Color::LightYellow), Modifier::ITALIC)
            }
            ByteClass::High => self.paint(
                self.c(Color::Magenta, Color::LightMagenta),
                Modifier::empty(),
            ),
        }
    }
    /// The `[` `]` of the stream position.
    pub fn cursor(self) -> Style {
        self.paint(self.c(Color::LightYellow, Color::LightCyan), Modifier::BOLD)
    }
    /// The navigation cursor: reverse video plus the `▸` row marker.
    pub fn nav(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    /// Bytes the last step wrote: bold (light red; on a projector, black on yellow).
    pub fn changed(self) -> Style {
        if self.contrast && self.color {
            return Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD);
        }
        self.paint(Color::LightRed, Modifier::BOLD)
    }
    /// Bytes a live view covers: underlined (blue with colour).
    pub fn view(self) -> Style {
        self.paint(
            self.c(Color::LightBlue, Color::LightCyan),
            Modifier::UNDERLINED,
        )
    }
    /// A view's lane in the grid's gutter.
    pub fn lane(self) -> Style {
        self.paint(
            self.c(Color::LightBlue, Color::LightCyan),
            Modifier::empty(),
        )
    }
    /// A search match: black on yellow with colour; without, its `{..}` braces say it.
    pub fn matched(self) -> Style {
        if self.color {
            let bg = self.c(Color::Yellow, Color::LightMagenta);
            Style::new().fg(Color::Black).bg(bg)
        } else {
            Style::new()
        }
    }
    pub fn view_label(self) -> Style {
        self.paint(self.c(Color::LightBlue, Color::LightCyan), Modifier::BOLD)
    }
    pub fn gap(self) -> Style {
        self.paint(self.c(Color::DarkGray, Color::Gray), Modifier::DIM)
    }
    pub fn dim(self) -> Style {
        if self.contrast {
            // Secondary text stays readable: plain, in light grey.
            let s = Style::new();
            return if self.color { s.fg(Color::Gray) } else { s };
        }
        self.paint(Color::DarkGray, Modifier::empty())
    }
    pub fn closed(self) -> Style {
        self.paint(
            self.c(Color::DarkGray, Color::Gray),
            Modifier::DIM | Modifier::CROSSED_OUT,
        )
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
        let s = Style::new().add_modifier(Modifier::REVERSED);
        if self.contrast {
            s.add_modifier(Modifier::BOLD)
        } else {
            s
        }
    }
    pub fn key(self) -> Style {
        self.paint(self.c(Color::LightCyan, Color::LightYellow), Modifier::BOLD)
    }
    pub fn modal(self) -> Style {
        self.paint(Color::LightRed, Modifier::BOLD)
    }
    /// A name that holds a view: bold (green; on a projector, white, so it is never told
    /// apart from the red of the changed bytes by colour alone).
    pub fn name(self) -> Style {
        self.paint(self.c(Color::LightGreen, Color::White), Modifier::BOLD)
    }
    /// The narration sentence under the grid.
    pub fn narration(self) -> Style {
        self.paint(Color::Reset, Modifier::BOLD)
    }
}

impl Theme {
    /// The `▸` in front of the navigation cursor's row.
    pub fn nav_marker(self) -> Style {
        self.paint(
            self.c(Color::LightMagenta, Color::LightYellow),
            Modifier::BOLD,
        )
    }
}

impl Theme {
    /// The source line(s) of the statement that just ran (`▶`).
    pub fn ran(self) -> Style {
        self.paint(self.c(Color::LightGreen, Color::White), Modifier::BOLD)
    }
    /// The `≠` of a statement whose outcome differs from the version switched from (`V`):
    /// the glyph says it without colour.
    pub fn differs(self) -> Style {
        self.paint(
            self.c(Color::LightMagenta, Color::LightYellow),
            Modifier::BOLD | Modifier::REVERSED,
        )
    }
    /// The source line(s) of the statement that runs next (`▷`).
    pub fn next_stmt(self) -> Style {
        if self.contrast && self.color {
            return Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD);
        }
        self.paint(Color::LightYellow, Modifier::empty())
    }
}
