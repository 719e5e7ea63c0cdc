//! Step mode's source panel: the script with line numbers, `▶` on the line(s) of the
//! statement that just ran and `▷` on the next one (told apart by shape, not only colour),
//! scrolled so both stay in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph};

use crate::app::Script;

use super::i18n::Lang;
use super::layout::content;
use super::text::{clean, fit, width};
use super::theme::Theme;

pub const RAN: &str = "▶";
pub const NEXT: &str = "▷";

/// A source line as shown: tabs to the next multiple of 8 columns (as Python reads them),
/// control characters made visible.
fn expand(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut col = 0;
    for c in line.chars() {
        if c == '\t' {
            let n = 8 - col % 8;
            out.extend(std::iter::repeat_n(' ', n));
            col += n;
        } else {
            out.push(c);
            col += width(c.encode_utf8(&mut [0; 4]));
        }
    }
    clean(&out)
}

/// The first line (0-based) to show in `h` rows of `total` lines, so the statements that
/// just ran and run next (1-based inclusive line ranges) are in view: the first of them a
/// third of the way down, the end of both in view when they fit.
pub fn top_line(
    total: usize,
    h: usize,
    ran: Option<(usize, usize)>,
    next: Option<(usize, usize)>,
) -> usize {
    if total <= h || h == 0 {
        return 0;
    }
    let (lo, hi) = match (ran, next) {
        (Some(r), Some(n)) => (r.0.min(n.0), r.1.max(n.1)),
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => return 0,
    };
    let (lo, hi) = (lo.saturating_sub(1), hi.saturating_sub(1));
    let mut top = lo.saturating_sub(h / 3);
    if hi >= top + h {
        top = hi + 1 - h;
    }
    // When both do not fit, the next statement's first line stays in view.
    if let Some((n, _)) = next
        && n.saturating_sub(1) < top
    {
        top = n.saturating_sub(1);
    }
    top.min(total - h)
}

/// Most screen rows one source line wraps onto; the rest of a longer line is cut with `…`.
const WRAP_MAX: usize = 12;

/// The screen rows source line `text` takes at `room` columns: word-wrapped, at most
/// [`WRAP_MAX`] rows.
fn wrapped(text: &str, room: usize) -> Vec<String> {
    if width(text) <= room {
        return vec![text.to_string()];
    }
    // Every row starts at the line's indent (when it leaves room for the text).
    let body = text.trim_start_matches(' ');
    let indent = text.len() - body.len();
    let indent = if indent < room / 2 { indent } else { 0 };
    let body = if indent == 0 { text } else { body };
    let room_body = room - indent;
    // Only a display's worth is wrapped, so a huge line costs what a long one does.
    let head = fit(body, room_body.saturating_mul(WRAP_MAX));
    let pad = " ".repeat(indent);
    let mut rows: Vec<String> = super::text::wrap(&head, room_body.max(1))
        .into_iter()
        .map(|r| format!("{pad}{r}"))
        .collect();
    if rows.len() > WRAP_MAX {
        rows.truncate(WRAP_MAX);
        if let Some(last) = rows.last_mut() {
            *last = fit(&format!("{last}…"), room);
        }
    }
    rows
}

/// The first line (0-based) to show so that, with long lines wrapped, the statements that
/// just ran and run next stay in view: [`top_line`], moved down while the end of both
/// (else the next statement's first line) would fall below the panel.
fn wrapped_top(
    script: &Script,
    h: usize,
    room: usize,
    ran: Option<(usize, usize)>,
    next: Option<(usize, usize)>,
) -> usize {
    let total = script.lines();
    let mut top = top_line(total, h, ran, next);
    // True when lines top+1..=last fit in h rows.
    let fits = |top: usize, last: usize| {
        let mut used = 0;
        for n in (top + 1)..=last.min(total) {
            used += wrapped(&expand(script.line(n)), room).len();
            if used > h {
                return false;
            }
        }
        true
    };
    let lo = match (ran, next) {
        (Some(r), Some(n)) => r.0.min(n.0),
        (Some(x), None) | (None, Some(x)) => x.0,
        (None, None) => return top,
    };
    let hi = ran.map_or(0, |r| r.1).max(next.map_or(0, |n| n.1));
    while top + 1 < lo && !fits(top, hi) {
        top += 1;
    }
    if let Some((n, _)) = next {
        while top + 1 < n && !fits(top, n) {
            top += 1;
        }
    }
    top
}

pub fn draw(frame: &mut Frame, script: &Script, area: Rect, theme: Theme, lang: Lang) {
    if area.width < 4 || area.height < 3 {
        return;
    }
    let inner = content(area);
    let h = inner.height as usize;
    let w = inner.width as usize;
    let total = script.lines();
    let (ran, next) = script.markers();
    let num_w = total.max(1).to_string().len();
    let room = w.saturating_sub(1 + 1 + num_w + 2);
    let top = wrapped_top(script, h, room, ran, next);
    let within = |r: Option<(usize, usize)>, n: usize| r.is_some_and(|(a, b)| (a..=b).contains(&n));
    let mut lines: Vec<Line> = Vec::with_capacity(h);
    for n in (top + 1)..=total {
        if lines.len() >= h {
            break;
        }
        let (mark, style) = if within(ran, n) {
            (RAN, Some(theme.ran()))
        } else if within(next, n) {
            (NEXT, Some(theme.next_stmt()))
        } else {
            (" ", None)
        };
        let text = expand(script.line(n));
        let text_style = style.unwrap_or_else(|| {
            if text.trim_start().starts_with('#') {
                theme.dim()
            } else {
                ratatui::style::Style::new()
            }
        });
        for (i, row) in wrapped(&text, room).into_iter().enumerate() {
            if lines.len() >= h {
                break;
            }
            if i == 0 {
                lines.push(Line::from(vec![
                    Span::styled(mark, style.unwrap_or_default()),
                    Span::raw(" "),
                    Span::styled(format!("{n:>num_w$}"), style.unwrap_or(theme.dim())),
                    Span::raw("  "),
                    Span::styled(row, text_style),
                ]));
            } else {
                lines.push(Line::from(vec![
                    Span::styled(mark, style.unwrap_or_default()),
                    Span::raw(" ".repeat(1 + num_w + 2)),
                    Span::styled(row, text_style),
                ]));
            }
        }
    }
    let title = fit(
        &format!(" {} ", script.name),
        (area.width as usize).saturating_sub(4),
    );
    let legend = Line::from(vec![
        Span::raw(" "),
        Span::styled(RAN, theme.ran()),
        Span::raw(format!(" {}  ", lang.t("just ran"))),
        Span::styled(NEXT, theme.next_stmt()),
        Span::raw(format!(" {} ", lang.t("next"))),
    ]);
    let block = Block::bordered()
        .title(Span::styled(title, theme.title()))
        .title_bottom(legend)
        .padding(Padding::horizontal(1));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// What the step is about beyond its line, in a few words: what a call returns, and the
/// loop iteration it is in (the names panel shows the calls running).
pub fn step_context(step: Option<&crate::script::Step>, lang: Lang) -> Option<String> {
    let step = step?;
    let mut parts = Vec::new();
    if let crate::script::session::StepKind::Return(r) = &step.kind
        && let Some(f) = step.stack.last()
    {
        parts.push(lang.returns(&f.name, r));
    }
    if let crate::script::session::StepKind::Call(c) = &step.kind {
        parts.push(lang.call(c));
    }
    if let Some((line, n)) = step.iteration {
        parts.push(lang.iteration(line, n));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_markers_stay_in_view() {
        // Short sources never scroll.
        assert_eq!(top_line(10, 20, Some((3, 3)), Some((5, 5))), 0);
        // The statement that ran sits a third of the way down.
        assert_eq!(top_line(100, 12, Some((50, 50)), Some((54, 54))), 45);
        // A long statement: the next one stays in view.
        let top = top_line(100, 12, Some((20, 60)), Some((61, 61)));
        assert!((top..top + 12).contains(&60), "{top}");
        // Near the end, the window stops at the last line.
        assert_eq!(top_line(100, 12, Some((99, 99)), Some((100, 100))), 88);
        assert_eq!(expand("\tx"), "        x");
    }
}
