//! `?`: every key, the markers and the byte classes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::i18n::Lang;
use super::text::{fit, pad};
use super::theme::{ByteClass, Theme};

/// The help over `area`; the keys' statements name `stream`, the stream they act on.
pub fn draw(frame: &mut Frame, area: Rect, stepping: bool, stream: &str, theme: Theme, lang: Lang) {
    // The last row stays the message line's: it says how to close the help.
    let area = Rect {
        height: area.height.saturating_sub(1).max(3),
        ..area
    };
    let w = area.width.saturating_sub(4).min(96);
    let two = w >= 76;
    // Inside: borders and padding take 4 columns; two columns have 2 between them.
    let inner_w = (w as usize).saturating_sub(4);
    let col_w = if two {
        inner_w.saturating_sub(2) / 2
    } else {
        inner_w
    };
    let title = lang.t(if stepping {
        "Keys (stepping a script)"
    } else {
        "Keys"
    });
    let mut left: Vec<Line> = vec![Line::styled(title, theme.title())];
    for k in crate::app::help_rows(stepping) {
        left.push(Line::from(vec![
            Span::styled(pad(k.keys, 10), theme.key()),
            Span::raw(fit(
                &lang.t(k.does).replace("b.", &format!("{stream}.")),
                col_w.saturating_sub(11),
            )),
        ]));
    }
    let mut right: Vec<Line> = vec![Line::styled(
        lang.t("Markers (no colour needed)"),
        theme.title(),
    )];
    let markers: [(&str, &str, ratatui::style::Style); 8] = [
        ("[61]", "the stream position", theme.cursor()),
        ("▸", "nav cursor (byte reversed)", theme.nav_marker()),
        ("61", "underlined: a live view's byte", theme.view()),
        ("╭ │╯", "a view's label and its lane", theme.lane()),
        ("61", "bold: the last step wrote it", theme.changed()),
        ("^", "(gutter) a row the step wrote", theme.changed()),
        ("··", "zero-fill gap past EOF", theme.gap()),
        ("*", "rows the same as the row above", theme.title()),
    ];
    for (g, d, s) in markers {
        right.push(Line::from(vec![
            Span::styled(pad(g, 6), s),
            Span::raw(fit(lang.t(d), col_w.saturating_sub(7))),
        ]));
    }
    if stepping {
        right.push(Line::from(vec![
            Span::styled(pad(super::source::RAN, 6), theme.ran()),
            Span::raw(fit(
                lang.t("the statement that just ran"),
                col_w.saturating_sub(7),
            )),
        ]));
        right.push(Line::from(vec![
            Span::styled(pad(super::source::NEXT, 6), theme.next_stmt()),
            Span::raw(fit(
                lang.t("the statement that runs next"),
                col_w.saturating_sub(7),
            )),
        ]));
    }
    right.push(Line::default());
    right.push(Line::styled(lang.t("Byte classes"), theme.title()));
    for (class, sample, d) in ByteClass::ALL {
        let d = theme.byte_class_words(class).unwrap_or(d);
        right.push(Line::from(vec![
            Span::styled(sample, theme.byte(class)),
            Span::raw(fit(&format!("    {}", lang.t(d)), col_w.saturating_sub(2))),
        ]));
    }
    right.push(Line::default());
    right.push(Line::styled(lang.t("BufferError modal"), theme.title()));
    right.push(Line::raw(fit(
        lang.t("f      release the views, retry"),
        col_w,
    )));
    right.push(Line::raw(fit(lang.t("Enter  dismiss (Esc too)"), col_w)));
    right.push(Line::default());
    let note = lang.t(if stepping {
        "Keys that run Python branch a live session from the step shown."
    } else {
        "Keys run Python; the log replays."
    });
    for l in super::text::wrap(note, col_w) {
        right.push(Line::styled(l, theme.dim()));
    }
    let write =
        lang.t("w: a name the session binds is that name (ba), other hex digits are hex (6869).");
    for l in super::text::wrap(write, col_w) {
        right.push(Line::styled(l, theme.dim()));
    }

    // Keys first: those the left column has no room for go to the top of the right one.
    let room = (area.height as usize).saturating_sub(2);
    if two && left.len() > room {
        let mut more: Vec<Line> = left.split_off(room);
        more.push(Line::default());
        more.append(&mut right);
        right = more;
    }
    let body: Vec<Line> = if two {
        let n = left.len().max(right.len());
        (0..n)
            .map(|i| {
                let mut spans: Vec<Span> = Vec::new();
                let l = left.get(i).cloned().unwrap_or_default();
                let lw = l.width();
                spans.extend(l.spans);
                spans.push(Span::raw(" ".repeat(col_w.saturating_sub(lw) + 2)));
                if let Some(r) = right.get(i) {
                    spans.extend(r.spans.clone());
                }
                Line::from(spans)
            })
            .collect()
    } else {
        left.into_iter()
            .chain([Line::default()])
            .chain(right)
            .collect()
    };
    let h = (body.len() as u16 + 2).min(area.height);
    let x = area.x + (area.width - w) / 2;
    let y = area.y + area.height.saturating_sub(h) / 2;
    let rect = Rect::new(x, y, w, h);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(body).block(
            Block::bordered()
                .title(Span::styled(format!(" {} ", lang.t("help")), theme.title()))
                .padding(ratatui::widgets::Padding::horizontal(1)),
        ),
        rect,
    );
}
