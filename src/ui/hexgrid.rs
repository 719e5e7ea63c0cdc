//! The hex grid of the shown stream, one screen line per row as hexyl and xxd draw it:
//! offset, hex bytes, the character column (ASCII, or UTF-8 with `a`), and a gutter.
//!
//! Every marker reads without colour: the stream position is `[..]` brackets; the
//! navigation cursor is reverse video plus a `▸` before its row; bytes a live view covers
//! are underlined, and each view has a lane in the gutter (`╮` where it starts, `│`, `╯` on
//! its last row) and a label line `╭ name` over the row it starts in (the only extra line);
//! bytes the last step wrote are bold (and `^` in the gutter marks their row); the gap a
//! write past EOF zero-fills is `··`; a run of rows equal to the one above is one `*` line
//! (hexyl's squeeze). Search matches are drawn in their own style and `~` in the gutter.
//! Only the visible rows are formatted, so a frame costs the same for any stream size.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::{App, Scene};
use crate::script::session::ViewInfo;

use super::i18n::Lang;
use super::layout::{Geometry, legend_flow, top_row};
use super::text::{fit, width};
use super::theme::{ByteClass, Theme};

/// True when `v` covers stream offset `o`.
pub fn covers(v: &ViewInfo, o: usize) -> bool {
    let d = o as i128 - v.start as i128;
    let step = v.step as i128;
    if step == 0 || d % step != 0 {
        return false;
    }
    (0..v.len as i128).contains(&(d / step))
}

/// Longest run of identical rows one `*` line stands for (so a frame stays bounded on a
/// stream of zeros).
const SQUEEZE_MAX: usize = 1 << 16;

/// One line of the grid under its column header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridLine {
    /// Byte row `r` (offsets `r * bpr ..`).
    Row(usize),
    /// The label line over row `r`, naming the views that start in it.
    Label(usize),
    /// `*`: `rows` rows from `from` on, each the same as the row above.
    Squeeze { from: usize, rows: usize },
}

/// A live view of the shown stream as the grid marks it.
pub struct Mark<'s> {
    pub label: String,
    pub view: &'s ViewInfo,
    /// Offsets covered: lowest, and one past the highest.
    pub lo: usize,
    pub hi: usize,
    pub lane: usize,
}

/// What the grid draws: its lines from the first row shown, and the views with their lanes.
pub struct Plan<'s> {
    pub lines: Vec<GridLine>,
    pub marks: Vec<Mark<'s>>,
}

/// The search matches (half-open ranges) in and around the rows shown: found again on each
/// frame over those rows only, so the cost does not grow with the stream.
fn search_marks(app: &App, data: &[u8], g: &Geometry) -> Vec<(usize, usize)> {
    let Some(s) = &app.search else {
        return Vec::new();
    };
    let n = s.needle.len();
    if n == 0 {
        return Vec::new();
    }
    let bpr = g.bpr.max(1);
    let top = top_row(app.grid_top, app.nav, bpr, g.rows);
    let lo = (top.saturating_mul(bpr))
        .saturating_sub(n - 1)
        .min(data.len());
    let hi = top
        .saturating_add(2 * g.rows + 2)
        .saturating_mul(bpr)
        .saturating_add(n)
        .min(data.len());
    let mut out: Vec<(usize, usize)> = memchr::memmem::find_iter(&data[lo..hi], &s.needle)
        .take(4096)
        .map(|i| (lo + i, lo + i + n))
        .collect();
    if let Some(at) = s.at
        && at + n <= data.len()
        && !out.iter().any(|&(a, _)| a == at)
    {
        out.push((at, at + n));
    }
    out
}

/// Views with their lanes: each view takes the lowest lane free over its rows.
fn marks<'s>(scene: &'s Scene, bpr: usize, lanes: usize, lang: Lang) -> Vec<Mark<'s>> {
    let Some(stream) = scene.stream() else {
        return Vec::new();
    };
    let mut marks: Vec<Mark> = scene
        .views_of(stream.id)
        .filter_map(|v| {
            let (lo, hi) = v.span?;
            Some(Mark {
                label: scene.view_label(v, lang),
                view: v,
                lo,
                hi: hi.saturating_add(1),
                lane: 0,
            })
        })
        .collect();
    marks.sort_by_key(|m| (m.lo, std::cmp::Reverse(m.hi)));
    let bpr = bpr.max(1);
    // Last row used in each lane.
    let mut used: Vec<Option<usize>> = vec![None; lanes.max(1)];
    for m in &mut marks {
        let first = m.lo / bpr;
        let last = (m.hi - 1) / bpr;
        let lane = used
            .iter()
            .position(|u| u.is_none_or(|end| end < first))
            .unwrap_or(used.len() - 1);
        used[lane] = Some(used[lane].map_or(last, |e| e.max(last)));
        m.lane = lane;
    }
    marks
}

/// The grid's lines from the first row shown, for drawing and for mapping a click back to
/// a byte: byte rows, a label line over a row a view starts in, `*` for identical rows.
/// The navigation cursor's row is always among them.
pub fn plan<'s>(app: &App, scene: &'s Scene, g: &Geometry) -> Plan<'s> {
    let marks = marks(scene, g.bpr, g.lanes, app.lang);
    let Some(stream) = scene.stream() else {
        return Plan {
            lines: Vec::new(),
            marks,
        };
    };
    let data = stream.data();
    let size = data.len();
    let bpr = g.bpr.max(1);
    let closed = stream.snap.closed;
    let pos = (!closed && stream.snap.pos >= 0).then_some(stream.snap.pos as usize);
    let nav = app.nav;
    let shown_end = size.max(pos.map_or(0, |p| p + 1)).max(nav + 1);
    let nav_row = nav / bpr;
    let written = &scene.written;
    let matches = search_marks(app, &data, g);
    let starts = |r: usize| marks.iter().any(|m| m.lo / bpr == r);
    // Where a run of rows equal to row `r` must stop (exclusive): the first row after `r`
    // that is not the same as the one above, or that has a marker of its own (the cursor,
    // the position, written bytes, a match, a view's first or last row, a strided view),
    // or the last full row, or SQUEEZE_MAX rows on. Rows are compared in blocks (one
    // memcmp each), so a long run costs a memcmp, not a loop per row.
    let full_rows = size / bpr;
    let run_end = |r: usize| -> usize {
        let mut limit = full_rows.min(r.saturating_add(1 + SQUEEZE_MAX));
        let mut stop_at = |row: usize| {
            if row > r {
                limit = limit.min(row);
            }
        };
        stop_at(nav_row);
        if let Some(p) = pos {
            stop_at(p / bpr);
        }
        for &(x, y) in written.iter().chain(matches.iter()) {
            if y > x && (y - 1) / bpr > r {
                stop_at((x / bpr).max(r + 1));
            }
        }
        for m in &marks {
            let (first, last) = (m.lo / bpr, (m.hi - 1) / bpr);
            stop_at(first);
            stop_at(last);
            if m.view.step != 1 && last > r {
                stop_at(first.max(r + 1));
            }
        }
        let mut n = r + 1;
        while n < limit {
            let block = (limit - n).min(4096);
            let (a, b) = (n * bpr, (n + block) * bpr);
            if data.get(a..b) == data.get(a - bpr..b - bpr) {
                n += block;
                continue;
            }
            while n < limit && data.get(n * bpr..(n + 1) * bpr) == data.get((n - 1) * bpr..n * bpr)
            {
                n += 1;
            }
            break;
        }
        n.min(limit)
    };
    let build = |top: usize| -> Vec<GridLine> {
        let mut lines = Vec::with_capacity(g.rows);
        let mut r = top;
        while lines.len() < g.rows && r.saturating_mul(bpr) < shown_end {
            if starts(r) && lines.len() + 2 <= g.rows {
                lines.push(GridLine::Label(r));
            }
            lines.push(GridLine::Row(r));
            let n = run_end(r);
            if n > r + 2 && lines.len() < g.rows {
                lines.push(GridLine::Squeeze {
                    from: r + 1,
                    rows: n - r - 1,
                });
                r = n;
            } else {
                r += 1;
            }
        }
        lines
    };
    let mut top = top_row(app.grid_top, nav, bpr, g.rows);
    let mut lines = build(top);
    // Label lines can push the cursor's row off the bottom: start lower until it shows.
    for _ in 0..g.rows + 2 {
        if top >= nav_row || lines.contains(&GridLine::Row(nav_row)) {
            break;
        }
        top += 1;
        lines = build(top);
    }
    drop(data);
    Plan { lines, marks }
}

pub fn draw(frame: &mut Frame, app: &App, scene: &Scene, g: &Geometry, theme: Theme) {
    let area = g.areas.grid;
    let inner = g.grid_inner();
    let lang = app.lang;
    let Some(stream) = scene.stream() else {
        let hint = if scene.step.is_some() {
            lang.t("none made yet:  n runs the next statement")
                .to_string()
        } else {
            lang.make_one()
        };
        frame.render_widget(
            Paragraph::new(vec![Line::from(lang.t("no stream.")), Line::from(hint)]).block(
                Block::new()
                    .borders(Borders::TOP)
                    .title(format!(" {} ", lang.t("no stream"))),
            ),
            area,
        );
        return;
    };
    let mode = if app.utf8 { "  (UTF-8)" } else { "" };
    let title = fit(
        &format!(" {}{mode} ", stream.title(lang)),
        area.width.saturating_sub(4) as usize,
    );
    frame.render_widget(
        Block::new()
            .borders(Borders::TOP)
            .title(Span::styled(title, theme.title())),
        area,
    );

    let plan = plan(app, scene, g);
    let data = stream.data();
    let size = data.len();
    let closed = stream.snap.closed;
    // Closed with views alive (3.16: close() no longer waits for them): the views keep the
    // buffer, so its bytes are drawn as they are; only the cursor is gone.
    let kept = closed && stream.snap.exports > 0;
    let pos = (!closed && stream.snap.pos >= 0).then_some(stream.snap.pos as usize);
    let nav = app.nav;
    let bpr = g.bpr.max(1);
    let written = &scene.written;
    let is_written = |o: usize| written.iter().any(|&(a, b)| (a..b).contains(&o));
    let matches = search_marks(app, &data, g);
    let is_match = |o: usize| matches.iter().any(|&(a, b)| (a..b).contains(&o));
    let covered = |o: usize| o < size && plan.marks.iter().any(|m| covers(m.view, o));
    let shown_end = size.max(pos.map_or(0, |p| p + 1)).max(nav + 1);
    // The format field at the navigation cursor (a zip header's CRC-32, say): underlined.
    let field = if closed && !kept {
        None
    } else {
        super::formats::field_at(&data, nav)
    };
    let in_field = |o: usize| field.as_ref().is_some_and(|f| f.start <= o && o < f.end);

    let mut lines: Vec<Line> = Vec::with_capacity(inner.height as usize);

    // Header: column numbers, the nav cursor's column reversed.
    let mut header = vec![Span::styled(
        format!(" {} ", super::text::pad(lang.t("offset"), g.digits)),
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

    let lane_glyphs = |r: usize, label_line: bool| -> Vec<Span<'static>> {
        let mut out = Vec::with_capacity(g.lanes);
        for lane in 0..g.lanes {
            let mut glyph = ' ';
            for m in plan.marks.iter().filter(|m| m.lane == lane) {
                let (first, last) = (m.lo / bpr, (m.hi - 1) / bpr);
                let g = if label_line {
                    if first == r {
                        '╮'
                    } else if first < r && r <= last {
                        '│'
                    } else {
                        continue;
                    }
                } else if (first..=last).contains(&r) {
                    if r == last { '╯' } else { '│' }
                } else {
                    continue;
                };
                // Where two views of a lane meet, the one starting wins the label line and
                // the one ending wins the row.
                if glyph == ' ' || g == '╮' || g == '╯' {
                    glyph = g;
                }
            }
            out.push(Span::styled(glyph.to_string(), theme.lane()));
        }
        out
    };

    for line in &plan.lines {
        match *line {
            GridLine::Label(r) => {
                let mut spans: Vec<Span> = Vec::new();
                let mut used = 0;
                let limit = g.lanes_x();
                for m in plan.marks.iter().filter(|m| m.lo / bpr == r) {
                    let x = (g.hex_x() + 1 + 3 * (m.lo % bpr)).max(used + usize::from(used > 0));
                    if x + 2 >= limit {
                        break;
                    }
                    spans.push(Span::raw(" ".repeat(x - used)));
                    let text = fit(&format!("╭ {}", m.label), limit - x - 1);
                    used = x + width(&text);
                    spans.push(Span::styled(text, theme.view_label()));
                }
                spans.push(Span::raw(" ".repeat(limit.saturating_sub(used))));
                spans.extend(lane_glyphs(r, true));
                lines.push(Line::from(spans));
            }
            GridLine::Squeeze { from, rows } => {
                let text = lang.squeezed(rows);
                let mut spans = vec![
                    Span::styled(format!(" {:<w$} ", "*", w = g.digits), theme.title()),
                    Span::styled(
                        fit(&text, g.ascii_x().saturating_sub(g.hex_x() + 1)),
                        theme.dim(),
                    ),
                ];
                let used: usize = spans.iter().map(|s| width(&s.content)).sum();
                spans.push(Span::raw(" ".repeat(g.lanes_x().saturating_sub(used))));
                spans.extend(lane_glyphs(from, false));
                lines.push(Line::from(spans));
            }
            GridLine::Row(r) => {
                let base = r * bpr;
                let nav_row = nav / bpr == r;
                let mut spans = vec![
                    Span::styled(if nav_row { "▸" } else { " " }, theme.nav_marker()),
                    Span::styled(
                        format!("{base:0w$x}", w = g.digits),
                        if nav_row { theme.title() } else { theme.dim() },
                    ),
                    Span::raw(" "),
                ];
                let mut styles: Vec<Style> = Vec::with_capacity(bpr);
                let mut row_written = false;
                let mut row_match = false;
                for k in 0..bpr {
                    let o = base + k;
                    // The separator before byte k: the position's brackets, else a space,
                    // underlined inside a view's run so the run reads as one.
                    let sep = if pos == Some(o) {
                        Span::styled("[", theme.cursor())
                    } else if k > 0 && pos == Some(o - 1) {
                        Span::styled("]", theme.cursor())
                    } else if o < size && is_match(o) && (k == 0 || !is_match(o - 1)) {
                        Span::styled("{", theme.matched())
                    } else if k > 0 && is_match(o - 1) && !(o < size && is_match(o)) {
                        Span::styled("}", theme.matched())
                    } else if k > 0 && covered(o - 1) && covered(o) {
                        Span::styled(" ", theme.view())
                    } else {
                        Span::raw(" ")
                    };
                    spans.push(sep);
                    let mut style;
                    let hex = if o < size {
                        let b = data[o];
                        style = if closed && !kept {
                            theme.closed()
                        } else {
                            theme.byte(ByteClass::of(b))
                        };
                        format!("{b:02x}")
                    } else if pos.is_some_and(|p| o < p) {
                        style = theme.gap();
                        "··".to_string()
                    } else {
                        style = Style::new();
                        "  ".to_string()
                    };
                    if o < size.max(pos.unwrap_or(0)) && is_written(o) {
                        style = style.patch(theme.changed());
                        row_written = true;
                    }
                    if o < size && is_match(o) {
                        style = style.patch(theme.matched());
                        row_match = true;
                    }
                    if covered(o) {
                        style = style.patch(theme.view());
                    }
                    if in_field(o) {
                        style = style.add_modifier(Modifier::UNDERLINED);
                    }
                    if o == nav {
                        style = style.patch(theme.nav());
                    }
                    styles.push(style);
                    spans.push(Span::styled(hex, style));
                }
                let end = base + bpr;
                spans.push(if pos == Some(end - 1) {
                    Span::styled("]", theme.cursor())
                } else if is_match(end - 1) {
                    Span::styled("}", theme.matched())
                } else {
                    Span::raw(" ")
                });
                spans.push(Span::raw(" "));
                spans.extend(char_column(&data, base, bpr, shown_end, app.utf8, &styles));
                spans.push(Span::raw(" "));
                spans.push(if row_written {
                    Span::styled("^", theme.changed())
                } else if row_match {
                    Span::styled("~", theme.matched())
                } else {
                    Span::raw(" ")
                });
                spans.extend(lane_glyphs(r, false));
                lines.push(Line::from(spans));
            }
        }
    }

    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(inner.x, inner.y, inner.width, inner.height),
    );

    // The narration, the inspector and the legend, at the bottom of the grid.
    let low = (g.narration_lines + g.inspector_lines + g.legend_lines) as u16;
    let low_y = inner.bottom().saturating_sub(low);
    let mut bottom: Vec<Line> =
        narration_lines(app, scene, inner.width as usize, g.narration_lines)
            .into_iter()
            .map(|l| Line::styled(l, theme.narration()))
            .collect();
    let narrated = bottom.len();
    bottom.extend(
        inspector(
            &data,
            nav,
            closed && !kept,
            inner.width as usize,
            g.inspector_lines,
            lang,
        )
        .into_iter()
        .take(g.inspector_lines)
        .map(|l| Line::styled(l, theme.dim())),
    );
    while bottom.len() < narrated + g.inspector_lines {
        bottom.push(Line::default());
    }
    if let Some(hint) = field
        .as_ref()
        .map(|f| super::formats::hint(f, inner.width as usize, lang))
        && g.inspector_lines > 0
    {
        let n = bottom.len();
        bottom[n - 1] = Line::styled(hint, theme.echo());
    }
    if closed {
        let text = lang.t(if kept {
            "closed: its views keep the buffer, so its bytes are still shown"
        } else {
            "closed: CPython frees the buffer; the bytes it held are shown struck out"
        });
        bottom.extend(
            super::text::wrap(text, inner.width as usize)
                .into_iter()
                .take(g.legend_lines)
                .map(|l| Line::styled(l, theme.dim())),
        );
    } else {
        let flow = legend_flow((inner.width as usize).saturating_sub(1), lang);
        for items in flow.into_iter().take(g.legend_lines) {
            let mut spans = Vec::new();
            for (i, (glyph, text)) in items.into_iter().enumerate() {
                spans.push(Span::raw(if i > 0 { "  " } else { " " }));
                let style = match glyph {
                    "[..]" => theme.cursor(),
                    "▸" => theme.nav_marker(),
                    "ab" => theme.view(),
                    "^" => theme.changed(),
                    "*" => theme.title(),
                    _ => theme.gap(),
                };
                spans.push(Span::styled(glyph, style));
                spans.push(Span::styled(format!(" {text}"), theme.dim()));
            }
            bottom.push(Line::from(spans));
        }
    }
    frame.render_widget(
        Paragraph::new(bottom),
        Rect::new(inner.x, low_y, inner.width, low),
    );
}

/// The narration sentence wrapped onto `lines` lines of `width` columns (the last cut with
/// `…` when it is longer), each starting with a space.
fn narration_lines(app: &App, scene: &Scene, width: usize, lines: usize) -> Vec<String> {
    if lines == 0 {
        return Vec::new();
    }
    let source_line = app.script.as_ref().and_then(|s| {
        let at = s.timeline.last_step()?.at;
        Some(s.line(at))
    });
    let mut text = super::narrate::current(scene, source_line, app.lang);
    // After `V`, a step that differs says why first.
    if let Some(why) = scene
        .steps
        .len()
        .checked_sub(1)
        .and_then(|i| scene.differs(i, app.lang))
    {
        text = format!("{why} · {text}");
    }
    let room = width.saturating_sub(1);
    let mut rows = super::text::wrap(&text, room);
    if rows.len() > lines {
        let rest = rows.split_off(lines - 1).join(" ");
        rows.push(fit(&rest, room));
    }
    while rows.len() < lines {
        rows.push(String::new());
    }
    rows.into_iter().map(|r| format!(" {r}")).collect()
}

/// The character column of the row at `base`: one column per byte. ASCII shows printable
/// bytes and `.`; UTF-8 draws a character over the bytes that encode it (a Hangul syllable,
/// two columns wide, over its three bytes), `.` for a byte that starts none.
fn char_column(
    data: &[u8],
    base: usize,
    bpr: usize,
    shown_end: usize,
    utf8: bool,
    styles: &[Style],
) -> Vec<Span<'static>> {
    let style = |k: usize| styles.get(k).copied().unwrap_or_default();
    let mut out = Vec::with_capacity(bpr);
    let mut k = 0;
    while k < bpr {
        let o = base + k;
        let Some(&b) = data.get(o) else {
            let _ = shown_end;
            out.push(Span::styled(" ", style(k)));
            k += 1;
            continue;
        };
        if utf8
            && b >= 0x80
            && let Some((c, len)) = decode_at(data, o)
        {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if w > 0 && !c.is_control() && k + w <= bpr {
                out.push(Span::styled(c.to_string(), style(k)));
                // The character's other bytes, in this row, beyond its columns.
                let rest = len.min(bpr - k).saturating_sub(w);
                if rest > 0 {
                    out.push(Span::styled(" ".repeat(rest), style(k)));
                }
                k += w.max(len.min(bpr - k));
                continue;
            }
        }
        out.push(Span::styled(ByteClass::ascii(b).to_string(), style(k)));
        k += 1;
    }
    out
}

/// The character a valid UTF-8 sequence starting at `o` encodes, and its length.
fn decode_at(data: &[u8], o: usize) -> Option<(char, usize)> {
    let b = *data.get(o)?;
    let len = match b {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let bytes = data.get(o..o + len)?;
    let s = std::str::from_utf8(bytes).ok()?;
    s.chars().next().map(|c| (c, len))
}

/// The inspector's text: the byte at the navigation cursor as hex, decimal and character,
/// and the u16, u32 and u64 little- and big-endian values that start there (`-` where the
/// data ends first); one line when `width` allows, else two.
pub fn inspector(
    data: &[u8],
    nav: usize,
    closed: bool,
    width: usize,
    lines: usize,
    lang: Lang,
) -> Vec<String> {
    if closed {
        return vec![String::new()];
    }
    let Some(&b) = data.get(nav) else {
        return vec![fit(&lang.no_byte_here(nav, nav == data.len()), width)];
    };
    let [hex, dec, chr] = lang.inspector_words();
    let int = |n: usize, be: bool| -> String {
        match data.get(nav..nav.saturating_add(n)) {
            Some(bytes) if bytes.len() == n => {
                let mut v: u64 = 0;
                for i in 0..n {
                    let byte = if be { bytes[i] } else { bytes[n - 1 - i] };
                    v = v << 8 | u64::from(byte);
                }
                v.to_string()
            }
            _ => "-".into(),
        }
    };
    let ch = match decode_at(data, nav) {
        Some((c, _))
            if !c.is_control() && unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 0 =>
        {
            format!("'{}' utf-8 '{c}'", ByteClass::ascii(b))
        }
        _ => format!("'{}'", ByteClass::ascii(b)),
    };
    let head = format!(
        " @{nav:#x}  {hex} {b:02x}  {dec} {b}  {chr} {ch}  u16 le {} be {}",
        int(2, false),
        int(2, true)
    );
    let tail = format!(
        " u32 le {} be {}  u64 le {} be {}",
        int(4, false),
        int(4, true),
        int(8, false),
        int(8, true)
    );
    if lines <= 1 {
        vec![fit(&format!("{head} {}", tail.trim_start()), width)]
    } else {
        vec![fit(&head, width), fit(&tail, width)]
    }
}
