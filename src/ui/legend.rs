//! `L`: what each glyph and colour on the screen means, in the UI's language and for the
//! theme drawn (colour words only where colour is on); and `--zoom`'s large step counter.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::i18n::Lang;
use super::text::{fit, pad, width};
use super::theme::{ByteClass, Theme};

/// The legend's lines for a box `w` columns wide inside.
pub fn lines(stepping: bool, w: usize, theme: Theme, lang: Lang) -> Vec<Line<'static>> {
    let mut out: Vec<Line> = vec![Line::styled(
        lang.t("Markers (no colour needed)"),
        theme.title(),
    )];
    let mut markers: Vec<(&str, &'static str, Style)> = vec![
        ("[61]", "the stream position", theme.cursor()),
        ("▸", "nav cursor (byte reversed)", theme.nav_marker()),
        ("61", "underlined: a live view's byte", theme.view()),
        ("╭ │╯", "a view's label and its lane", theme.lane()),
        ("61", "bold: the last step wrote it", theme.changed()),
        ("^", "(gutter) a row the step wrote", theme.changed()),
        ("··", "zero-fill gap past EOF", theme.gap()),
        ("*", "rows the same as the row above", theme.title()),
    ];
    if stepping {
        markers.push((
            super::source::RAN,
            "the statement that just ran",
            theme.ran(),
        ));
        markers.push((
            super::source::NEXT,
            "the statement that runs next",
            theme.next_stmt(),
        ));
    }
    for (g, d, s) in markers {
        out.push(Line::from(vec![
            Span::styled(pad(g, 6), s),
            Span::raw(fit(lang.t(d), w.saturating_sub(6))),
        ]));
    }
    out.push(Line::default());
    out.push(Line::styled(lang.t("Byte classes"), theme.title()));
    for (class, sample, d) in ByteClass::ALL {
        let d = theme.byte_class_words(class).unwrap_or(d);
        out.push(Line::from(vec![
            Span::styled(pad(sample, 6), theme.byte(class)),
            Span::raw(fit(lang.t(d), w.saturating_sub(6))),
        ]));
    }
    out
}

/// Draws the legend over `area`, centred.
pub fn draw(frame: &mut Frame, area: Rect, stepping: bool, theme: Theme, lang: Lang) {
    let w = area.width.saturating_sub(4).min(50);
    let inner_w = w.saturating_sub(4) as usize;
    let body = lines(stepping, inner_w, theme, lang);
    let h = (body.len() as u16 + 2).min(area.height);
    let x = area.x + (area.width - w) / 2;
    let y = area.y + area.height.saturating_sub(h) / 2;
    let rect = Rect::new(x, y, w, h);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(body).block(
            Block::bordered()
                .title(Span::styled(
                    format!(" {} ", lang.t("legend")),
                    theme.title(),
                ))
                .padding(ratatui::widgets::Padding::horizontal(1)),
        ),
        rect,
    );
}

/// Seven-segment digits, three rows of three columns each.
const DIGITS: [[&str; 3]; 10] = [
    [" _ ", "| |", "|_|"],
    ["   ", "  |", "  |"],
    [" _ ", " _|", "|_ "],
    [" _ ", " _|", " _|"],
    ["   ", "|_|", "  |"],
    [" _ ", "|_ ", " _|"],
    [" _ ", "|_ ", "|_|"],
    [" _ ", "  |", "  |"],
    [" _ ", "|_|", "|_|"],
    [" _ ", "|_|", " _|"],
];

/// `k / n` in large digits: three lines.
pub fn big(k: usize, n: usize) -> [String; 3] {
    let text = format!("{k}/{n}");
    let mut rows: [String; 3] = Default::default();
    for c in text.chars() {
        let glyph: [&str; 3] = match c.to_digit(10) {
            Some(d) => DIGITS[d as usize],
            None => ["   ", "  /", " / "],
        };
        for (row, g) in rows.iter_mut().zip(glyph) {
            row.push_str(g);
            row.push(' ');
        }
    }
    rows
}

/// `--zoom`: the step counter in large digits, in `area` (four lines: the word, then the
/// digits).
pub fn draw_step_banner(
    frame: &mut Frame,
    area: Rect,
    k: usize,
    n: usize,
    theme: Theme,
    lang: Lang,
) {
    if area.height < 4 || area.width < 8 {
        return;
    }
    let w = area.width as usize;
    let mut lines = vec![Line::styled(
        fit(&format!(" {}", lang.step_of(k, n)), w),
        theme.title(),
    )];
    for row in big(k, n) {
        let row = if width(&row) < w {
            format!(" {row}")
        } else {
            String::new()
        };
        lines.push(Line::styled(row, theme.title()));
    }
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_digits_are_three_lines_of_even_width() {
        let rows = big(4, 12);
        assert_eq!(rows[0], "             _  ");
        assert_eq!(rows[1], "|_|   /   |  _| ");
        assert_eq!(rows[2], "  |  /    | |_  ");
        assert!(rows.iter().all(|r| width(r) == width(&rows[0])));
    }
}
