//! Step mode's names panel: the global names and, inside a call, each running function's
//! locals (as Python Tutor's frames show them), each with a short repr; a name that holds
//! a live view is marked `(view)`, so the export's holder reads without colour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph};

use crate::script::Step;

use super::i18n::Lang;
use super::layout::content;
use super::text::{clean, fit, width};
use super::theme::Theme;

/// The lines the panel shows for a step: globals, then a header and the locals of each
/// running call, innermost last.
pub fn lines(step: Option<&Step>, w: usize, theme: Theme, lang: Lang) -> Vec<Line<'static>> {
    let Some(step) = step else {
        return vec![Line::styled(lang.t("(nothing ran yet)"), theme.dim())];
    };
    let mut out = Vec::new();
    let name_w = step
        .names
        .iter()
        .map(|n| width(&n.name))
        .max()
        .unwrap_or(0)
        .min(w / 3);
    let mut frame: Option<usize> = None;
    let mut any = false;
    for entry in step.names.iter() {
        if entry.frame != frame {
            frame = entry.frame;
            if let Some(i) = frame
                && let Some(f) = step.stack.get(i)
            {
                let head = lang.called_from(&f.name, f.call_line);
                out.push(Line::styled(fit(&clean(&head), w), theme.title()));
            }
        }
        any = true;
        let indent = if entry.frame.is_some() { "  " } else { "" };
        let name = clean(&entry.name);
        let pad = name_w.saturating_sub(width(&name));
        let mark = if entry.view {
            format!(" ({})", lang.t("view"))
        } else {
            String::new()
        };
        let head = format!("{indent}{name}{} ", " ".repeat(pad));
        let room = w.saturating_sub(width(&head) + width(&mark));
        let mut spans = vec![
            Span::styled(head, theme.name()),
            Span::raw(fit(&clean(&entry.repr), room)),
        ];
        if entry.view {
            spans.push(Span::styled(mark, theme.view_label()));
        }
        out.push(Line::from(spans));
    }
    // A call with no locals yet still shows as a frame.
    for (i, f) in step.stack.iter().enumerate() {
        if !step.names.iter().any(|n| n.frame == Some(i)) {
            let head = lang.called_from(&f.name, f.call_line);
            out.push(Line::styled(fit(&clean(&head), w), theme.title()));
            any = true;
        }
    }
    if !any {
        out.push(Line::styled(lang.t("(no names yet)"), theme.dim()));
    }
    out
}

/// How many rows the panel wants for a step (borders included).
pub fn wanted_height(step: Option<&Step>) -> u16 {
    let n = step.map_or(1, |s| {
        let frames = s.stack.len();
        (s.names.len() + frames).max(1)
    });
    (n as u16).saturating_add(2)
}

pub fn draw(frame: &mut Frame, step: Option<&Step>, area: Rect, theme: Theme, lang: Lang) {
    if area.width < 6 || area.height < 3 {
        return;
    }
    let inner = content(area);
    let mut body = lines(step, inner.width as usize, theme, lang);
    let h = inner.height as usize;
    if body.len() > h {
        // Keep the innermost frame in view: it is what the step is about.
        let cut = body.len() - h;
        body.drain(..cut);
    }
    let names = lang.t("names");
    let title = match super::source::step_context(step, lang) {
        Some(c) => format!(" {names} · {} ", clean(&c)),
        None => format!(" {names} "),
    };
    let title = fit(&title, (area.width as usize).saturating_sub(2));
    let block = Block::bordered()
        .title(Span::styled(title, theme.title()))
        .padding(Padding::horizontal(1));
    frame.render_widget(Paragraph::new(body).block(block), area);
}
