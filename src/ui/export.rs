//! A drawn frame (ratatui's [`Buffer`]: cells with a symbol, colours and modifiers) as text,
//! as ANSI (what a terminal shows), as SVG and as HTML (for slides and web pages).
//!
//! A wide character (Hangul, CJK) takes two cells: its symbol is in the first and the second
//! is skipped, as a terminal does. SVG and HTML place every cell at its grid column, so the
//! columns line up whatever font the viewer picks.

use std::fmt::Write as _;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// The forms a frame can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text, one line per row, trailing spaces trimmed.
    Text,
    /// Text with SGR escape sequences: colours, bold, underline, reverse... as the terminal
    /// shows them.
    Ansi,
    /// A standalone SVG image in the theme's colours.
    Svg,
    /// A standalone HTML page in the theme's colours.
    Html,
}

impl Format {
    /// True for the forms that keep colour.
    pub fn colored(self) -> bool {
        self != Format::Text
    }
}

/// The frame in `format`; `title` names it (the SVG's and HTML's `<title>`).
pub fn write(buffer: &Buffer, format: Format, title: &str) -> String {
    match format {
        Format::Text => text(buffer),
        Format::Ansi => ansi(buffer),
        Format::Svg => svg(buffer, title),
        Format::Html => html(buffer, title),
    }
}

/// One cell of a row as drawn: its column, how many columns it takes, and the cell.
struct Drawn<'a> {
    x: u16,
    width: u16,
    cell: &'a Cell,
}

/// The cells of row `y` a terminal draws: a wide character's second column is left out.
fn row(buffer: &Buffer, y: u16) -> Vec<Drawn<'_>> {
    let area = buffer.area;
    let mut out = Vec::with_capacity(area.width as usize);
    let mut x = area.x;
    while x < area.right() {
        let cell = &buffer[(x, y)];
        let w = (cell.symbol().width() as u16).clamp(1, area.right() - x);
        out.push(Drawn { x, width: w, cell });
        x += w;
    }
    out
}

/// A symbol safe to write: control characters (which a terminal would act on) become `�`.
/// An empty symbol stays empty (plain text shows nothing for it; [`spaced`] a blank).
fn clean(symbol: &str) -> std::borrow::Cow<'_, str> {
    if symbol.chars().any(char::is_control) {
        symbol
            .chars()
            .map(|c| if c.is_control() { '\u{fffd}' } else { c })
            .collect::<String>()
            .into()
    } else {
        symbol.into()
    }
}

/// A symbol to draw in a cell: [`clean`], an empty one as a blank so the columns after it
/// stay in place.
fn spaced(symbol: &str) -> std::borrow::Cow<'_, str> {
    if symbol.is_empty() {
        " ".into()
    } else {
        clean(symbol)
    }
}

/// True for a blank cell in the terminal's own colours: what trailing trimming drops.
fn blank(cell: &Cell) -> bool {
    cell.symbol().trim().is_empty()
        && cell.bg == Color::Reset
        && !cell
            .modifier
            .intersects(Modifier::REVERSED | Modifier::UNDERLINED | Modifier::CROSSED_OUT)
}

/// The frame as plain text: one line per row, trailing spaces trimmed, a wide character once.
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        for d in row(buffer, y) {
            line.push_str(&clean(d.cell.symbol()));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// How a cell looks, as the SGR parameters that set it from a reset terminal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Look {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

impl Look {
    const PLAIN: Look = Look {
        fg: Color::Reset,
        bg: Color::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell) -> Look {
        Look {
            fg: cell.fg,
            bg: cell.bg,
            modifier: cell.modifier,
        }
    }

    /// `ESC [ 0 ; ... m`: a reset, then this look's attributes and colours.
    fn sgr(self) -> String {
        let mut s = String::from("\x1b[0");
        const MODS: [(Modifier, &str); 9] = [
            (Modifier::BOLD, "1"),
            (Modifier::DIM, "2"),
            (Modifier::ITALIC, "3"),
            (Modifier::UNDERLINED, "4"),
            (Modifier::SLOW_BLINK, "5"),
            (Modifier::RAPID_BLINK, "6"),
            (Modifier::REVERSED, "7"),
            (Modifier::HIDDEN, "8"),
            (Modifier::CROSSED_OUT, "9"),
        ];
        for (m, code) in MODS {
            if self.modifier.contains(m) {
                s.push(';');
                s.push_str(code);
            }
        }
        sgr_color(&mut s, self.fg, false);
        sgr_color(&mut s, self.bg, true);
        s.push('m');
        s
    }
}

/// Appends `;code` for a colour (nothing for the terminal's default).
fn sgr_color(s: &mut String, color: Color, bg: bool) {
    let base = if bg { 40 } else { 30 };
    let ansi = |n: u8| -> u8 { if n < 8 { base + n } else { base + 60 + (n - 8) } };
    let _ = match color {
        Color::Reset => Ok(()),
        Color::Rgb(r, g, b) => write!(s, ";{};2;{r};{g};{b}", base + 8),
        Color::Indexed(n) => write!(s, ";{};5;{n}", base + 8),
        named => match index(named) {
            Some(n) => write!(s, ";{}", ansi(n)),
            None => Ok(()),
        },
    };
}

/// A named colour's number in the 16-colour palette.
fn index(color: Color) -> Option<u8> {
    Some(match color {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(n) => n,
        Color::Reset | Color::Rgb(..) => return None,
    })
}

/// Each row with its SGR sequences, as a terminal shows it: a style is set where it changes,
/// the row ends reset, trailing blank cells are left out.
pub fn ansi_rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| {
            let cells = row(buffer, y);
            let keep = cells
                .iter()
                .rposition(|d| !blank(d.cell))
                .map_or(0, |i| i + 1);
            let mut line = String::new();
            let mut look = Look::PLAIN;
            for d in &cells[..keep] {
                let l = Look::of(d.cell);
                if l != look {
                    line.push_str(&l.sgr());
                    look = l;
                }
                line.push_str(&spaced(d.cell.symbol()));
            }
            if look != Look::PLAIN {
                line.push_str("\x1b[0m");
            }
            line
        })
        .collect()
}

/// The frame as ANSI text: [`ansi_rows`], each ending in `\n`.
pub fn ansi(buffer: &Buffer) -> String {
    let mut out = String::new();
    for line in ansi_rows(buffer) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The page's colours: a dark terminal's.
const BACKGROUND: Rgb = Rgb(0x1e, 0x1e, 0x1e);
const FOREGROUND: Rgb = Rgb(0xd4, 0xd4, 0xd4);
/// The 16 named colours, as a common dark terminal theme draws them.
const PALETTE: [Rgb; 16] = [
    Rgb(0x00, 0x00, 0x00),
    Rgb(0xcd, 0x31, 0x31),
    Rgb(0x0d, 0xbc, 0x79),
    Rgb(0xe5, 0xe5, 0x10),
    Rgb(0x24, 0x72, 0xc8),
    Rgb(0xbc, 0x3f, 0xbc),
    Rgb(0x11, 0xa8, 0xcd),
    Rgb(0xe5, 0xe5, 0xe5),
    Rgb(0x76, 0x76, 0x76),
    Rgb(0xf1, 0x4c, 0x4c),
    Rgb(0x23, 0xd1, 0x8b),
    Rgb(0xf5, 0xf5, 0x43),
    Rgb(0x3b, 0x8e, 0xea),
    Rgb(0xd6, 0x70, 0xd6),
    Rgb(0x29, 0xb8, 0xdb),
    Rgb(0xff, 0xff, 0xff),
];

/// Monospace fonts, Latin first, then ones with Hangul; the grid keeps columns aligned
/// whichever is used.
pub const FONTS: &str = "'DejaVu Sans Mono', 'Noto Sans Mono', 'Noto Sans Mono CJK KR', \
    'D2Coding', 'NanumGothicCoding', Menlo, Consolas, 'Liberation Mono', monospace";

/// One cell's size in SVG/HTML pixels, and the font size.
const CELL_W: u32 = 9;
const CELL_H: u32 = 18;
const FONT_PX: u32 = 15;
/// The text baseline below a row's top.
const BASELINE: u32 = 14;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
struct Rgb(u8, u8, u8);

impl Rgb {
    fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// `self` mixed with `other`, `part` tenths of `other`.
    fn mix(self, other: Rgb, part: u16) -> Rgb {
        let m = |a: u8, b: u8| ((u16::from(a) * (10 - part) + u16::from(b) * part) / 10) as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// A colour as the page draws it; `Reset` is the page's own.
fn rgb(color: Color, default: Rgb) -> Rgb {
    match color {
        Color::Reset => default,
        Color::Rgb(r, g, b) => Rgb(r, g, b),
        Color::Indexed(n) if n >= 16 => xterm_256(n),
        c => index(c).map_or(default, |n| PALETTE[n as usize]),
    }
}

/// xterm's 256-colour table past the 16 named colours: a 6x6x6 cube, then greys.
fn xterm_256(n: u8) -> Rgb {
    if n >= 232 {
        let v = 8 + 10 * (n - 232);
        return Rgb(v, v, v);
    }
    let i = n - 16;
    let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
    Rgb(level(i / 36), level((i / 6) % 6), level(i % 6))
}

/// How a cell is painted on a page: colours resolved (reverse and dim applied).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
struct Paint {
    fg: Rgb,
    bg: Rgb,
    bold: bool,
    italic: bool,
    underline: bool,
    strike: bool,
    hidden: bool,
}

impl Paint {
    fn of(cell: &Cell) -> Paint {
        let m = cell.modifier;
        let (mut fg, mut bg) = (rgb(cell.fg, FOREGROUND), rgb(cell.bg, BACKGROUND));
        if m.contains(Modifier::REVERSED) {
            std::mem::swap(&mut fg, &mut bg);
        }
        if m.contains(Modifier::DIM) {
            fg = fg.mix(bg, 4);
        }
        Paint {
            fg,
            bg,
            bold: m.contains(Modifier::BOLD),
            italic: m.contains(Modifier::ITALIC),
            underline: m.contains(Modifier::UNDERLINED),
            strike: m.contains(Modifier::CROSSED_OUT),
            hidden: m.contains(Modifier::HIDDEN),
        }
    }

    /// What a text class holds: the glyphs' colour and font.
    fn text(self) -> Paint {
        Paint {
            bg: BACKGROUND,
            underline: false,
            strike: false,
            hidden: false,
            ..self
        }
    }

    /// The text's look as CSS (the colour property is `fill` in SVG, `color` in HTML).
    fn css(self, color: &str) -> String {
        let mut s = format!("{color}:{}", self.fg.hex());
        if self.bold {
            s.push_str(";font-weight:bold");
        }
        if self.italic {
            s.push_str(";font-style:italic");
        }
        s
    }
}

/// Escapes text for XML and HTML.
fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&#39;"),
            c => s.push(c),
        }
    }
    s
}

/// The distinct text looks of a frame, numbered in order of first use: CSS classes.
#[derive(Default)]
struct Classes(Vec<Paint>);

impl Classes {
    fn of(&mut self, p: Paint) -> usize {
        let key = p.text();
        match self.0.iter().position(|&q| q == key) {
            Some(i) => i,
            None => {
                self.0.push(key);
                self.0.len() - 1
            }
        }
    }

    fn css(&self, selector: &str, color: &str) -> String {
        let mut s = String::new();
        for (i, p) in self.0.iter().enumerate() {
            let _ = writeln!(s, "{selector}{i}{{{}}}", p.css(color));
        }
        s
    }
}

/// The frame as a standalone SVG image: a background, a rectangle per run of cells with a
/// colour of their own behind, each glyph at its cell's x, and underlines and strike-through
/// as lines, so nothing depends on the font's widths.
pub fn svg(buffer: &Buffer, title: &str) -> String {
    let area = buffer.area;
    let (w, h) = (
        u32::from(area.width) * CELL_W,
        u32::from(area.height) * CELL_H,
    );
    let mut classes = Classes::default();
    let mut back = String::new();
    let mut body = String::new();
    let mut lines = String::new();
    for y in area.top()..area.bottom() {
        let top = u32::from(y - area.y) * CELL_H;
        let drawn = row(buffer, y);
        let cells: Vec<(&Drawn, Paint)> = drawn.iter().map(|d| (d, Paint::of(d.cell))).collect();
        // Backgrounds and lines, in runs of the same colour.
        let mut i = 0;
        while i < cells.len() {
            let (d, p) = cells[i];
            let mut j = i + 1;
            while j < cells.len() && cells[j].1.bg == p.bg {
                j += 1;
            }
            if p.bg != BACKGROUND {
                let end = cells[j - 1].0.x + cells[j - 1].0.width;
                let _ = writeln!(
                    back,
                    r#"<rect x="{}" y="{top}" width="{}" height="{CELL_H}" fill="{}"/>"#,
                    col(d.x, area.x),
                    u32::from(end - d.x) * CELL_W,
                    p.bg.hex()
                );
            }
            i = j;
        }
        for (d, p) in &cells {
            let x = col(d.x, area.x);
            let width = u32::from(d.width) * CELL_W;
            for (on, dy) in [(p.underline, BASELINE + 2), (p.strike, CELL_H / 2)] {
                if on {
                    let _ = writeln!(
                        lines,
                        r#"<rect x="{x}" y="{}" width="{width}" height="1" fill="{}"/>"#,
                        top + dy,
                        p.fg.hex()
                    );
                }
            }
            if let Some(arms) = box_arms(d.cell.symbol()).filter(|_| !p.hidden) {
                for (x, y, w, h) in arm_rects(arms) {
                    let _ = writeln!(
                        lines,
                        r#"<rect x="{}" y="{}" width="{w}" height="{h}" fill="{}"/>"#,
                        col(d.x, area.x) + x,
                        top + y,
                        p.fg.hex()
                    );
                }
            }
        }
        // Glyphs: a run of one-character cells in one look is one <text> with an x per
        // glyph; a cluster of several characters gets a <text> of its own.
        let mut i = 0;
        while i < cells.len() {
            let (d, p) = cells[i];
            let sym = spaced(d.cell.symbol());
            if p.hidden || sym.trim().is_empty() || box_arms(&sym).is_some() {
                i += 1;
                continue;
            }
            let class = classes.of(p);
            let single = |s: &str| s.chars().count() == 1;
            let mut xs = vec![col(d.x, area.x).to_string()];
            let mut glyphs = sym.to_string();
            let mut j = i + 1;
            if single(&sym) {
                while j < cells.len() {
                    let (e, q) = cells[j];
                    let s = spaced(e.cell.symbol());
                    if q.hidden
                        || q.text() != p.text()
                        || !single(&s)
                        || s.trim().is_empty()
                        || box_arms(&s).is_some()
                        || e.x != cells[j - 1].0.x + cells[j - 1].0.width
                    {
                        break;
                    }
                    xs.push(col(e.x, area.x).to_string());
                    glyphs.push_str(&s);
                    j += 1;
                }
            }
            let _ = writeln!(
                body,
                r#"<text class="c{class}" x="{}" y="{}">{}</text>"#,
                xs.join(" "),
                top + BASELINE,
                escape(&glyphs)
            );
            i = j;
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">"#
    );
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    let _ = writeln!(
        out,
        "<style>\ntext{{font-family:{FONTS};font-size:{FONT_PX}px;white-space:pre}}\n{}</style>",
        classes.css(".c", "fill")
    );
    let _ = writeln!(
        out,
        r#"<rect width="{w}" height="{h}" fill="{}"/>"#,
        BACKGROUND.hex()
    );
    out.push_str(&back);
    out.push_str(&lines);
    out.push_str(&body);
    out.push_str("</svg>\n");
    out
}

/// Arms of a light box-drawing character, from the cell's centre: left, right, up, down.
const LEFT: u8 = 1;
const RIGHT: u8 = 2;
const UP: u8 = 4;
const DOWN: u8 = 8;

/// The arms of a light box-drawing character (rounded corners as square ones): drawn as
/// lines that meet the next cell's, not as glyphs whose size depends on the font.
fn box_arms(symbol: &str) -> Option<u8> {
    let mut chars = symbol.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    Some(match c {
        '─' => LEFT | RIGHT,
        '│' => UP | DOWN,
        '┌' | '╭' => RIGHT | DOWN,
        '┐' | '╮' => LEFT | DOWN,
        '└' | '╰' => RIGHT | UP,
        '┘' | '╯' => LEFT | UP,
        '├' => UP | DOWN | RIGHT,
        '┤' => UP | DOWN | LEFT,
        '┬' => LEFT | RIGHT | DOWN,
        '┴' => LEFT | RIGHT | UP,
        '┼' => LEFT | RIGHT | UP | DOWN,
        '╴' => LEFT,
        '╶' => RIGHT,
        '╵' => UP,
        '╷' => DOWN,
        _ => return None,
    })
}

/// A rectangle within a cell: x, y, width, height in pixels.
type Span = (u32, u32, u32, u32);

/// The rectangles (x, y, width, height within a cell) that draw `arms`, one pixel wide,
/// crossing at the centre.
fn arm_rects(arms: u8) -> Vec<Span> {
    let (cx, cy) = (CELL_W / 2, CELL_H / 2 - 1);
    [
        (LEFT, (0, cy, cx + 1, 1)),
        (RIGHT, (cx, cy, CELL_W - cx, 1)),
        (UP, (cx, 0, 1, cy + 1)),
        (DOWN, (cx, cy, 1, CELL_H - cy)),
    ]
    .into_iter()
    .filter(|(arm, _)| arms & arm != 0)
    .map(|(_, r)| r)
    .collect()
}

/// A cell's x in pixels.
fn col(x: u16, left: u16) -> u32 {
    u32::from(x - left) * CELL_W
}

/// The frame as a standalone HTML page: a row of fixed-width cells per line (a wide
/// character's cell two columns wide), so the grid holds whatever the font.
pub fn html(buffer: &Buffer, title: &str) -> String {
    let area = buffer.area;
    let mut classes = Classes::default();
    let mut backs: Vec<Rgb> = Vec::new();
    let mut boxes: Vec<u8> = Vec::new();
    let mut rows = String::new();
    for y in area.top()..area.bottom() {
        rows.push_str("<div>");
        for d in row(buffer, y) {
            let p = Paint::of(d.cell);
            let sym = spaced(d.cell.symbol());
            let mut class = vec![format!("c{}", classes.of(p))];
            if d.width > 1 {
                class.push(format!("w{}", d.width));
            }
            if p.bg != BACKGROUND {
                let i = backs.iter().position(|&b| b == p.bg).unwrap_or_else(|| {
                    backs.push(p.bg);
                    backs.len() - 1
                });
                class.push(format!("b{i}"));
            }
            if let Some(arms) = box_arms(&sym).filter(|_| !p.hidden) {
                class.push(format!("k{arms}"));
                if !boxes.contains(&arms) {
                    boxes.push(arms);
                }
            }
            match (p.underline, p.strike) {
                (true, true) => class.push("us".into()),
                (true, false) => class.push("u".into()),
                (false, true) => class.push("s".into()),
                _ => {}
            }
            let text = if p.hidden { " ".into() } else { escape(&sym) };
            let _ = write!(rows, r#"<i class="{}">{text}</i>"#, class.join(" "));
        }
        rows.push_str("</div>\n");
    }
    let mut css = format!(
        ".term{{display:inline-block;background:{bg};padding:0;\
         font-family:{FONTS};font-size:{FONT_PX}px;line-height:{CELL_H}px}}\n\
         .term div{{height:{CELL_H}px;white-space:pre;overflow:visible}}\n\
         .term i{{display:inline-block;width:{CELL_W}px;height:{CELL_H}px;\
         font-style:normal;vertical-align:top;overflow:visible;text-align:left}}\n\
         .term i.w2{{width:{}px}}\n\
         .term i.u{{text-decoration:underline}}\n.term i.s{{text-decoration:line-through}}\n\
         .term i.us{{text-decoration:underline line-through}}\n",
        2 * CELL_W,
        bg = BACKGROUND.hex()
    );
    css.push_str(&classes.css(".term i.c", "color"));
    for (i, b) in backs.iter().enumerate() {
        let _ = writeln!(css, ".term i.b{i}{{background-color:{}}}", b.hex());
    }
    // Box-drawing cells: the glyph kept (for copying) but not painted; its lines drawn in
    // the text colour.
    boxes.sort_unstable();
    for arms in boxes {
        let rects = arm_rects(arms);
        let list = |f: &dyn Fn(&Span) -> String| rects.iter().map(f).collect::<Vec<_>>().join(",");
        let _ = writeln!(
            css,
            ".term i.k{arms}{{-webkit-text-fill-color:transparent;background-repeat:no-repeat;\
             background-image:{};background-position:{};background-size:{}}}",
            list(&|_| "linear-gradient(currentColor,currentColor)".into()),
            list(&|r| format!("{}px {}px", r.0, r.1)),
            list(&|r| format!("{}px {}px", r.2, r.3)),
        );
    }
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n\
         <style>\nbody{{margin:0;background:{}}}\n{css}</style>\n</head>\n<body>\n\
         <div class=\"term\">\n{rows}</div>\n</body>\n</html>\n",
        escape(title),
        BACKGROUND.hex()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn buffer() -> Buffer {
        let mut b = Buffer::empty(Rect::new(0, 0, 8, 2));
        b.set_string(0, 0, "ab", Style::new().fg(Color::LightRed).bold());
        b.set_string(2, 0, "한x", Style::new());
        b.set_string(0, 1, "  ", Style::new().add_modifier(Modifier::REVERSED));
        b
    }

    #[test]
    fn text_writes_a_wide_character_once() {
        assert_eq!(text(&buffer()), "ab한x\n\n");
    }

    #[test]
    fn ansi_sets_styles_where_they_change_and_keeps_styled_blanks() {
        assert_eq!(
            ansi(&buffer()),
            "\x1b[0;1;91mab\x1b[0m한x\n\x1b[0;7m  \x1b[0m\n"
        );
    }

    #[test]
    fn svg_places_each_glyph_at_its_column() {
        let s = svg(&buffer(), "t<1>");
        assert!(s.contains("<title>t&lt;1&gt;</title>"), "{s}");
        assert!(s.contains(r#"x="0 9" y="14">ab</text>"#), "{s}");
        // The wide character takes columns 2 and 3: the x after it is column 4.
        assert!(s.contains(r#"x="18 36" y="14">한x</text>"#), "{s}");
        assert!(s.contains(&format!(
            ".c0{{fill:{};font-weight:bold}}",
            PALETTE[9].hex()
        )));
        // Reversed blanks paint the foreground colour as a background.
        assert!(s.contains(&format!(
            r#"<rect x="0" y="18" width="18" height="18" fill="{}"/>"#,
            FOREGROUND.hex()
        )));
    }

    #[test]
    fn html_gives_a_wide_character_two_columns() {
        let h = html(&buffer(), "t");
        assert!(
            h.contains(r#"<i class="c1 w2">한</i><i class="c1">x</i>"#),
            "{h}"
        );
        assert!(h.contains(".term i.b0{background-color:#d4d4d4}"), "{h}");
    }

    #[test]
    fn box_drawing_is_drawn_as_lines_that_meet() {
        let mut b = Buffer::empty(Rect::new(0, 0, 2, 2));
        b.set_string(0, 0, "┌─", Style::new().fg(Color::LightRed));
        b.set_string(0, 1, "│", Style::new());
        let s = svg(&b, "t");
        assert!(!s.contains("<text"), "{s}");
        let red = PALETTE[9].hex();
        // ┌: the right arm and the down arm, which meets the │ below it.
        assert!(s.contains(&format!(
            r#"<rect x="4" y="8" width="5" height="1" fill="{red}"/>"#
        )));
        assert!(s.contains(&format!(
            r#"<rect x="4" y="8" width="1" height="10" fill="{red}"/>"#
        )));
        assert!(s.contains(&format!(
            r#"<rect x="9" y="8" width="5" height="1" fill="{red}"/>"#
        )));
        let fg = FOREGROUND.hex();
        assert!(s.contains(&format!(
            r#"<rect x="4" y="18" width="1" height="9" fill="{fg}"/>"#
        )));
        let h = html(&b, "t");
        // The glyph stays in the page (it copies as text); its lines are backgrounds.
        assert!(
            h.contains(r#"<i class="c0 k10">┌</i><i class="c0 k3">─</i>"#),
            "{h}"
        );
        assert!(
            h.contains(".term i.k10{-webkit-text-fill-color:transparent"),
            "{h}"
        );
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let mut b = Buffer::empty(Rect::new(0, 0, 3, 1));
        b[(0, 0)].set_symbol("\x1b");
        assert_eq!(ansi(&b), "\u{fffd}\n");
    }

    #[test]
    fn the_256_colour_table() {
        assert_eq!(xterm_256(16), Rgb(0, 0, 0));
        assert_eq!(xterm_256(196), Rgb(255, 0, 0));
        assert_eq!(xterm_256(255), Rgb(238, 238, 238));
    }
}
