//! The hex grid of the shown stream: offset column, hex bytes, ASCII column, and under each
//! row a marker row (`^^` written by the last step, `╰── view ──╯` live views). The stream
//! position is `[..]` brackets; the navigation cursor is reverse video plus a `▸` row marker.
//! Only the visible rows are formatted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::app::{App, Scene};
use crate::script::session::ViewInfo;

use super::layout::{Geometry, legend_flow, top_row};
use super::text::{fit, width};
use super::theme::{ByteClass, Theme};
use unicode_width::UnicodeWidthChar;

/// True when `v` covers stream offset `o`.
pub fn covers(v: &ViewInfo, o: usize) -> bool {
    let d = o as i128 - v.start as i128;
    let step = v.step as i128;
    if step == 0 || d % step != 0 {
        return false;
    }
    (0..v.len as i128).contains(&(d / step))
}

/// One column of a marker row. A wide character's second column is `None`.
struct Cell {
    ch: Option<char>,
    style: Style,
    locked: bool,
}

pub fn draw(frame: &mut Frame, app: &App, scene: &Scene, g: &Geometry, theme: Theme) {
    let area = g.areas.grid;
    let inner = g.grid_inner();
    let Some(stream) = scene.stream() else {
        let hint = if scene.step.is_some() {
            "none made yet:  n runs the next statement"
        } else {
            "make one:  :b = io.BytesIO(b\"hello\")"
        };
        frame.render_widget(
            Paragraph::new(vec![Line::from("no stream."), Line::from(hint)])
                .block(Block::bordered().title(" no stream ")),
            area,
        );
        return;
    };
    let title = fit(
        &format!(" {} ", stream.title()),
        area.width.saturating_sub(4) as usize,
    );
    frame.render_widget(
        Block::bordered().title(Span::styled(title, theme.title())),
        area,
    );

    let data = stream.data();
    let size = data.len();
    let closed = stream.snap.closed;
    let pos = (!closed && stream.snap.pos >= 0).then_some(stream.snap.pos as usize);
    let nav = app.nav;
    let bpr = g.bpr;

    let views: Vec<(String, &ViewInfo)> = scene
        .views_of(stream.id)
        .map(|v| (scene.view_label(v), v))
        .collect();
    // What the last step wrote (and any zero-fill it grew the stream by).
    let written = &scene.written;
    let is_written = |o: usize| written.iter().any(|&(a, b)| (a..b).contains(&o));
    let covered = |o: usize| o < size && views.iter().any(|(_, v)| covers(v, o));

    let shown_end = size.max(pos.map_or(0, |p| p + 1)).max(nav + 1);
    let top = top_row(app.grid_top, nav, bpr, g.rows);
    let pad = " ".repeat(1 + g.digits + 1);

    let mut lines: Vec<Line> = Vec::with_capacity(inner.height as usize);

    // Header: column numbers, the nav cursor's column reversed.
    let mut header = vec![Span::styled(
        format!(" {:<w$} ", "offset", w = g.digits),
        theme.dim(),
    )];
    for k in 0..bpr {
        header.push(Span::raw(" "));
        let style = if k == nav % bpr {
            theme.nav()
        } else {
            theme.dim()
        };
        header.push(Span::styled(format!("{k:02x}"), style));
    }
    lines.push(Line::from(header));

    for r in 0..g.rows {
        let base = (top + r) * bpr;
        if base >= shown_end {
            lines.push(Line::default());
            lines.push(Line::default());
            continue;
        }
        // The byte row.
        let nav_row = nav / bpr == top + r;
        let mut spans = vec![
            Span::styled(if nav_row { "▸" } else { " " }, theme.nav_marker()),
            Span::styled(
                format!("{base:0w$x}", w = g.digits),
                if nav_row { theme.title() } else { theme.dim() },
            ),
            Span::raw(" "),
        ];
        let sep = |k: usize| -> Span<'static> {
            let o = base + k;
            if pos == Some(o) && k < bpr {
                Span::styled("[", theme.cursor())
            } else if k > 0 && pos == Some(o - 1) {
                Span::styled("]", theme.cursor())
            } else {
                Span::raw(" ")
            }
        };
        let mut ascii: Vec<Span> = Vec::with_capacity(bpr);
        for k in 0..bpr {
            let o = base + k;
            spans.push(sep(k));
            let mut style;
            let (hex, ch) = if o < size {
                let b = data[o];
                style = if closed {
                    theme.closed()
                } else {
                    theme.byte(ByteClass::of(b))
                };
                (format!("{b:02x}"), ByteClass::ascii(b))
            } else if pos.is_some_and(|p| o < p) {
                style = theme.gap();
                ("··".to_string(), ' ')
            } else {
                style = Style::new();
                ("  ".to_string(), ' ')
            };
            if o == nav {
                style = style.patch(theme.nav());
            }
            spans.push(Span::styled(hex, style));
            if o < shown_end {
                ascii.push(Span::styled(ch.to_string(), style));
            }
        }
        spans.push(sep(bpr));
        spans.push(Span::raw(" "));
        spans.extend(ascii);
        lines.push(Line::from(spans));

        // The marker row.
        let n = 3 * bpr + 1;
        let mut cells: Vec<Cell> = (0..n)
            .map(|_| Cell {
                ch: Some(' '),
                style: Style::new(),
                locked: false,
            })
            .collect();
        let cov: Vec<bool> = (0..bpr).map(|k| covered(base + k)).collect();
        for k in (0..bpr).filter(|&k| cov[k]) {
            let o = base + k;
            let left = if o > 0 && covered(o - 1) {
                '─'
            } else {
                '╰'
            };
            let right = if covered(o + 1) { '─' } else { '╯' };
            for (i, ch) in [
                (3 * k, left),
                (3 * k + 1, '─'),
                (3 * k + 2, '─'),
                (3 * k + 3, right),
            ] {
                cells[i].ch = Some(ch);
                cells[i].style = theme.view();
            }
        }
        for k in 0..bpr {
            if base + k < size.max(pos.unwrap_or(0)) && is_written(base + k) {
                for i in [3 * k + 1, 3 * k + 2] {
                    cells[i] = Cell {
                        ch: Some('^'),
                        style: theme.changed(),
                        locked: true,
                    };
                }
            }
        }
        // Name each run of covered bytes, where the name fits without hiding a `^^`.
        let mut k = 0;
        while k < bpr {
            if !cov[k] {
                k += 1;
                continue;
            }
            let ks = k;
            while k < bpr && cov[k] {
                k += 1;
            }
            let ke = k - 1;
            let mut names: Vec<&str> = Vec::new();
            for (label, v) in &views {
                if (ks..=ke).any(|j| covers(v, base + j)) && !names.contains(&label.as_str()) {
                    names.push(label);
                }
            }
            let text = format!(" {} ", names.join(","));
            let tw = width(&text);
            let (lo, hi) = (3 * ks + 1, 3 * ke + 2);
            if hi + 1 < lo + tw {
                continue;
            }
            // The widest stretch free of `^^` (the rightmost of equals), label centred in it.
            let mut best: Option<(usize, usize)> = None;
            let mut i = lo;
            while i <= hi {
                if cells[i].locked {
                    i += 1;
                    continue;
                }
                let a = i;
                while i <= hi && !cells[i].locked {
                    i += 1;
                }
                if best.is_none_or(|(ba, bb)| i - a >= bb - ba) {
                    best = Some((a, i));
                }
            }
            if let Some((a, b)) = best.filter(|(a, b)| b - a >= tw) {
                let s = a + (b - a - tw) / 2;
                let mut x = s;
                for ch in text.chars() {
                    let cw = UnicodeWidthChar::width(ch).unwrap_or(0).max(1);
                    cells[x].ch = Some(ch);
                    cells[x].style = theme.view_label();
                    for c in &mut cells[x + 1..x + cw] {
                        c.ch = None;
                    }
                    x += cw;
                }
            }
        }
        let mut spans = vec![Span::raw(pad.clone())];
        spans.extend(
            cells
                .into_iter()
                .filter_map(|c| Some(Span::styled(c.ch?.to_string(), c.style))),
        );
        lines.push(Line::from(spans));
    }

    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(inner.x, inner.y, inner.width, inner.height),
    );

    // The legend, at the bottom of the grid.
    let legend_y = inner.bottom().saturating_sub(g.legend_lines as u16);
    let legend: Vec<Line> = if closed {
        let text = "closed: CPython frees the buffer; the bytes it held are shown struck out";
        super::text::wrap(text, inner.width as usize)
            .into_iter()
            .take(g.legend_lines)
            .map(|l| Line::styled(l, theme.dim()))
            .collect()
    } else {
        legend_flow(inner.width as usize)
            .into_iter()
            .map(|items| {
                let mut spans = Vec::new();
                for (i, (glyph, text)) in items.into_iter().enumerate() {
                    if i > 0 {
                        spans.push(Span::raw("  "));
                    }
                    let style = match glyph {
                        "[..]" => theme.cursor(),
                        "▸" => theme.nav_marker(),
                        "╰─╯" => theme.view(),
                        "^^" => theme.changed(),
                        _ => theme.gap(),
                    };
                    spans.push(Span::styled(glyph, style));
                    spans.push(Span::styled(format!(" {text}"), theme.dim()));
                }
                Line::from(spans)
            })
            .collect()
    };
    frame.render_widget(
        Paragraph::new(legend),
        Rect::new(inner.x, legend_y, inner.width, g.legend_lines as u16),
    );
}
