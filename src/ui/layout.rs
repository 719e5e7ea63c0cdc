//! Where everything goes: one pure function of the terminal size and the app, used both to
//! draw and to map a mouse click back to a byte.

use ratatui::layout::Rect;

use crate::app::{App, Scene};

/// Smallest terminal the app draws in; below it, a "terminal too small" message.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Narrowest the exports panel gets.
const EXPORTS_MIN: u16 = 30;

/// The legend under the grid, as items flowed onto lines.
pub const LEGEND: &[(&str, &str)] = &[
    ("[..]", "position"),
    ("▸", "nav cursor"),
    ("╰─╯", "live view"),
    ("^^", "written by last step"),
    ("··", "zero-fill gap"),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Areas {
    /// Step mode: the script's source, on the left. Empty otherwise.
    pub source: Rect,
    pub grid: Rect,
    pub exports: Rect,
    pub log: Rect,
    pub status: Rect,
    pub message: Rect,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    pub areas: Areas,
    /// Bytes per grid row: 8, 16 or 32.
    pub bpr: usize,
    /// Hex digits in the offset column.
    pub digits: usize,
    /// Byte rows the grid shows (each with its marker row under it).
    pub rows: usize,
    /// Lines the legend takes.
    pub legend_lines: usize,
    /// Lines the log panel shows.
    pub log_lines: usize,
}

impl Geometry {
    /// The grid block's inside.
    pub fn grid_inner(&self) -> Rect {
        inner(self.areas.grid)
    }

    /// Column (relative to the grid's inside) where the hex area starts: the separator
    /// before the first byte.
    pub fn hex_x(&self) -> usize {
        1 + self.digits + 1
    }

    /// Column (relative to the grid's inside) of the ASCII column.
    pub fn ascii_x(&self) -> usize {
        self.hex_x() + 3 * self.bpr + 1 + 1
    }
}

pub fn inner(r: Rect) -> Rect {
    Rect::new(
        r.x.saturating_add(1),
        r.y.saturating_add(1),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

/// The inside of a bordered panel with one column of padding on each side.
pub fn content(r: Rect) -> Rect {
    let i = inner(r);
    Rect::new(
        i.x.saturating_add(1),
        i.y,
        i.width.saturating_sub(2),
        i.height,
    )
}

/// Width of the grid block for `bpr` bytes a row: borders, nav marker, offset, hex, ASCII.
pub fn grid_width(bpr: usize, digits: usize) -> usize {
    2 + 1 + digits + 1 + (3 * bpr + 1) + 1 + bpr
}

/// The legend's items flowed onto lines of at most `width` columns.
pub fn legend_flow(width: usize) -> Vec<Vec<(&'static str, &'static str)>> {
    let mut lines: Vec<Vec<(&str, &str)>> = vec![Vec::new()];
    let mut used = 0;
    for &(glyph, text) in LEGEND {
        let w = unicode_width::UnicodeWidthStr::width(glyph) + 1 + text.len();
        let sep = if used == 0 { 0 } else { 2 };
        if used > 0 && used + sep + w > width {
            lines.push(Vec::new());
            used = 0;
        }
        used += if used == 0 { w } else { 2 + w };
        if let Some(l) = lines.last_mut() {
            l.push((glyph, text));
        }
    }
    lines
}

/// Hex digits needed for offsets up to `n`.
fn hex_digits(n: usize) -> usize {
    let mut d = 1;
    let mut v = n >> 4;
    while v > 0 {
        d += 1;
        v >>= 4;
    }
    d
}

/// Narrowest the source panel gets in step mode, where it can.
const SOURCE_MIN: usize = 40;

/// The geometry for a terminal of `area`, or None when it is too small.
pub fn geometry(app: &App, scene: &Scene, area: Rect) -> Option<Geometry> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    if let Some(script) = &app.script {
        return Some(step_geometry(
            app,
            area,
            script.extent,
            script.max_views,
            script.many_streams,
        ));
    }
    let stream = scene.stream();
    let end = stream.map_or(0, |s| s.snap.size.max(s.snap.pos.max(0) as usize));
    let w = area.width as usize;
    let (digits, bpr) = columns(app, end, w, EXPORTS_MIN as usize);
    let grid_w = grid_width(bpr, digits)
        .max(w * 55 / 100)
        .min(w.saturating_sub(EXPORTS_MIN as usize)) as u16;

    // The top panels take what the bytes (at least 4 rows) and the views need, up to 3/5;
    // the log gets the rest.
    let grid_inner_w = grid_w.saturating_sub(2) as usize;
    let legend_lines = legend_flow(grid_inner_w).len();
    let data_rows = (end + 1).div_ceil(bpr).max(4);
    let views = stream.map_or(0, |s| scene.views_of(s.id).count());
    let need = (2 + 1 + 2 * data_rows.min(1000) + legend_lines).max(2 + 3 * views + 1);
    let body_h = area.height - 2;
    let top_h = (need.min(usize::from(body_h)) as u16).clamp(9, body_h * 3 / 5);
    let log_h = body_h - top_h;
    let top = Rect::new(area.x, area.y, area.width, top_h);
    let grid = Rect::new(top.x, top.y, grid_w, top_h);
    let exports = Rect::new(top.x + grid_w, top.y, area.width - grid_w, top_h);
    let log = Rect::new(area.x, area.y + top_h, area.width, log_h);
    let status = Rect::new(area.x, area.y + body_h, area.width, 1);
    let message = Rect::new(area.x, area.y + body_h + 1, area.width, 1);

    let areas = Areas {
        source: Rect::new(area.x, area.y, 0, 0),
        grid,
        exports,
        log,
        status,
        message,
    };
    Some(Geometry::of(areas, bpr, digits, legend_lines))
}

/// Offset digits and bytes per row: the widest row (32, 16 or 8 bytes) that leaves
/// `side_min` columns for the panel beside the grid.
fn columns(app: &App, end: usize, width: usize, side_min: usize) -> (usize, usize) {
    let extent = end.max(app.nav).saturating_add(64);
    let digits = hex_digits(extent).max(8);
    let bpr = [32, 16, 8]
        .into_iter()
        .find(|&n| grid_width(n, digits) + side_min <= width)
        .unwrap_or(8);
    (digits, bpr)
}

impl Geometry {
    /// The geometry of laid-out areas: how many byte rows and log lines they hold.
    fn of(areas: Areas, bpr: usize, digits: usize, legend_lines: usize) -> Geometry {
        let rows = (inner(areas.grid).height as usize).saturating_sub(1 + legend_lines) / 2;
        let log_lines = inner(areas.log).height as usize;
        Geometry {
            areas,
            bpr,
            digits,
            rows: rows.max(1),
            legend_lines,
            log_lines,
        }
    }
}

/// Step mode: the source on the left, the full height; on the right, stacked, the grid,
/// the exports and the log. Sized for the whole script (its largest stream and the most
/// views it has at once), so nothing moves while stepping.
fn step_geometry(
    app: &App,
    area: Rect,
    end: usize,
    max_views: usize,
    many_streams: bool,
) -> Geometry {
    let w = area.width as usize;
    let (digits, bpr) = columns(app, end, w, SOURCE_MIN);
    let right_w = grid_width(bpr, digits)
        .max(w * 45 / 100)
        .min(w.saturating_sub(20)) as u16;
    let source_w = area.width - right_w;
    let body_h = area.height - 2;
    let right_x = area.x + source_w;

    let grid_inner_w = right_w.saturating_sub(2) as usize;
    let legend_lines = legend_flow(grid_inner_w).len();
    let data_rows = (end + 1).div_ceil(bpr).max(2);
    let grid_need = 2 + 1 + 2 * data_rows.min(1000) + legend_lines;
    let exports_h = ((2 + 3 * max_views.max(1) + usize::from(many_streams)).max(5) as u16)
        .min(body_h / 3)
        .max(4);
    let log_min: u16 = 5;
    let grid_h = (grid_need.min(usize::from(body_h)) as u16)
        .min(body_h.saturating_sub(exports_h + log_min))
        .max(7);
    let log_h = body_h.saturating_sub(grid_h + exports_h);
    let source = Rect::new(area.x, area.y, source_w, body_h);
    let grid = Rect::new(right_x, area.y, right_w, grid_h);
    let exports = Rect::new(right_x, area.y + grid_h, right_w, exports_h);
    let log = Rect::new(right_x, area.y + grid_h + exports_h, right_w, log_h);
    let status = Rect::new(area.x, area.y + body_h, area.width, 1);
    let message = Rect::new(area.x, area.y + body_h + 1, area.width, 1);
    let areas = Areas {
        source,
        grid,
        exports,
        log,
        status,
        message,
    };
    Geometry::of(areas, bpr, digits, legend_lines)
}

/// The first row to show so the navigation cursor's row is visible, moving as little as
/// possible from `top`.
pub fn top_row(top: usize, nav: usize, bpr: usize, rows: usize) -> usize {
    let row = nav / bpr.max(1);
    let rows = rows.max(1);
    if row < top {
        row
    } else if row >= top + rows {
        row + 1 - rows
    } else {
        top
    }
}

/// The byte offset under a terminal cell of the grid (hex or ASCII column), if any.
pub fn hit(app: &App, g: &Geometry, col: u16, row: u16) -> Option<usize> {
    let inner = g.grid_inner();
    if !inner.contains((col, row).into()) {
        return None;
    }
    let line = (row - inner.y) as usize;
    let r = line.checked_sub(1)? / 2;
    if r >= g.rows {
        return None;
    }
    let x = (col - inner.x) as usize;
    let k = if x >= g.hex_x() && x <= g.hex_x() + 3 * g.bpr {
        ((x - g.hex_x()) / 3).min(g.bpr - 1)
    } else if x >= g.ascii_x() && x < g.ascii_x() + g.bpr {
        x - g.ascii_x()
    } else {
        return None;
    };
    let top = top_row(app.grid_top, app.nav, g.bpr, g.rows);
    Some((top + r) * g.bpr + k)
}
