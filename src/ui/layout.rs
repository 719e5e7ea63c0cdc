//! Where everything goes: one pure function of the terminal size and the app, used both to
//! draw and to map a mouse click back to a byte.

use ratatui::layout::Rect;

use crate::app::{App, Scene};

use super::i18n::Lang;

/// Smallest terminal the app draws in; below it, a "terminal too small" message.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;
/// Below this size, the compact layout: the grid and the exports, the log as one line.
pub const FULL_WIDTH: u16 = 80;
pub const FULL_HEIGHT: u16 = 24;

/// Narrowest the exports panel gets.
const EXPORTS_MIN: u16 = 30;

/// The legend under the grid, as items flowed onto lines. Every marker is a glyph or a
/// text style (underline, bold), so it reads without colour.
pub const LEGEND: &[(&str, &str)] = &[
    ("[..]", "position"),
    ("▸", "nav"),
    ("ab", "view"),
    ("^", "written"),
    ("··", "gap"),
    ("*", "same rows"),
];

/// Columns of the gutter right of the character column: a space, the `^` of a row the last
/// step wrote, then the view lanes.
pub const GUTTER_FIXED: usize = 2;
/// Lanes the gutter has at least (more when the grid has room).
pub const LANES_MIN: usize = 2;

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
    /// Screen lines the grid has for byte rows (and the label lines over a view's start).
    pub rows: usize,
    /// Lines the legend takes.
    pub legend_lines: usize,
    /// Lines the inspector (the values at the navigation cursor) takes.
    pub inspector_lines: usize,
    /// Lines the narration (the last step in a sentence) takes, under the byte rows.
    pub narration_lines: usize,
    /// View lanes in the gutter.
    pub lanes: usize,
    /// Lines the log panel shows.
    pub log_lines: usize,
    /// The compact layout (below 80x24).
    pub compact: bool,
}

impl Geometry {
    /// The grid block's inside: under its title line (the grid has no side borders, so 16
    /// bytes a row fit in 80 columns).
    pub fn grid_inner(&self) -> Rect {
        let g = self.areas.grid;
        Rect::new(
            g.x,
            g.y.saturating_add(1),
            g.width,
            g.height.saturating_sub(1),
        )
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

    /// Column (relative to the grid's inside) of the first view lane.
    pub fn lanes_x(&self) -> usize {
        self.ascii_x() + self.bpr + GUTTER_FIXED
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

/// Width of the grid for `bpr` bytes a row: nav marker, offset, hex, characters, gutter.
pub fn grid_width(bpr: usize, digits: usize) -> usize {
    1 + digits + 1 + (3 * bpr + 1) + 1 + bpr + GUTTER_FIXED + LANES_MIN
}

/// The legend's items flowed onto lines of at most `width` columns.
pub fn legend_flow(width: usize, lang: Lang) -> Vec<Vec<(&'static str, &'static str)>> {
    let mut lines: Vec<Vec<(&str, &str)>> = vec![Vec::new()];
    let mut used = 0;
    for &(glyph, text) in LEGEND {
        let text = lang.t(text);
        let w = super::text::width(glyph) + 1 + super::text::width(text);
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
    if area.width < FULL_WIDTH || area.height < FULL_HEIGHT {
        return Some(compact_geometry(app, scene, area));
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
    let digits = digits_for(app, end);
    let views = stream.map_or(0, |s| scene.views_of(s.id).count());
    let body_h = area.height - 2;
    let log_need = scene.log.len() + 2;
    let exports_need = 2 + 3 * views.max(1) + usize::from(scene.streams.len() > 1);
    // Beside the exports when both fit (32 bytes a row when wide), else the grid takes the
    // whole width and the log and the exports share the lines under it.
    let side = bpr_choices(app)
        .into_iter()
        .find(|&n| grid_width(n, digits) + EXPORTS_MIN as usize <= w);
    let (areas, bpr, legend_lines, inspector_lines, narration) =
        if let Some(bpr) = side.filter(|&n| n >= 16) {
            let grid_w = grid_width(bpr, digits)
                .max(w * 55 / 100)
                .min(w.saturating_sub(EXPORTS_MIN as usize)) as u16;
            let legend_lines = legend_flow((grid_w as usize).saturating_sub(1), app.lang).len();
            let inspector_lines = inspector_lines(grid_w as usize);
            let narration = narration_lines(app, grid_w as usize);
            let need = grid_need(end, bpr, views, legend_lines, inspector_lines + narration)
                .max(exports_need);
            let log_keep = log_need.clamp(5, usize::from(body_h) * 2 / 5) as u16;
            let top_h =
                (need.min(usize::from(body_h)) as u16).clamp(9, body_h.saturating_sub(log_keep));
            let log_h = body_h - top_h;
            let grid = Rect::new(area.x, area.y, grid_w, top_h);
            let exports = Rect::new(area.x + grid_w, area.y, area.width - grid_w, top_h);
            let log = Rect::new(area.x, area.y + top_h, area.width, log_h);
            (
                Areas {
                    source: Rect::new(area.x, area.y, 0, 0),
                    grid,
                    exports,
                    log,
                    status: Rect::new(area.x, area.y + body_h, area.width, 1),
                    message: Rect::new(area.x, area.y + body_h + 1, area.width, 1),
                },
                bpr,
                legend_lines,
                inspector_lines,
                narration,
            )
        } else {
            let bpr = if grid_width(16, digits) <= w && !app.zoom {
                16
            } else {
                8
            };
            let legend_lines = legend_flow(w.saturating_sub(1), app.lang).len();
            let inspector_lines = inspector_lines(w);
            let narration = narration_lines(app, w);
            let need = grid_need(end, bpr, views, legend_lines, inspector_lines + narration);
            let bottom_keep = log_need
                .max(exports_need)
                .clamp(6, usize::from(body_h) * 2 / 5) as u16;
            let grid_h =
                (need.min(usize::from(body_h)) as u16).clamp(7, body_h.saturating_sub(bottom_keep));
            let bottom_h = body_h - grid_h;
            let ex_w = (area.width * 2 / 5).clamp(EXPORTS_MIN, 40);
            let grid = Rect::new(area.x, area.y, area.width, grid_h);
            let log = Rect::new(area.x, area.y + grid_h, area.width - ex_w, bottom_h);
            let exports = Rect::new(area.x + area.width - ex_w, area.y + grid_h, ex_w, bottom_h);
            (
                Areas {
                    source: Rect::new(area.x, area.y, 0, 0),
                    grid,
                    exports,
                    log,
                    status: Rect::new(area.x, area.y + body_h, area.width, 1),
                    message: Rect::new(area.x, area.y + body_h + 1, area.width, 1),
                },
                bpr,
                legend_lines,
                inspector_lines,
                narration,
            )
        };
    Some(Geometry::of(
        areas,
        bpr,
        digits,
        legend_lines,
        inspector_lines,
        narration,
    ))
}

/// Bytes a row the grid may take, widest first: `--zoom` takes at most 8.
fn bpr_choices(app: &App) -> Vec<usize> {
    if app.zoom { vec![8] } else { vec![32, 16, 8] }
}

/// Lines the narration takes in a grid `width` columns wide: two when it is on, three
/// when the grid is narrow.
fn narration_lines(app: &App, width: usize) -> usize {
    match (app.narrate, width) {
        (false, _) => 0,
        (true, w) if w < 64 => 3,
        (true, _) => 2,
    }
}

/// Below 80x24, down to 60x20: the grid over the exports, no inspector and no legend (`L`
/// shows it), the log as one line; in step mode the source over them, as many lines as
/// the grid leaves.
fn compact_geometry(app: &App, scene: &Scene, area: Rect) -> Geometry {
    let w = area.width as usize;
    let (end, views, many) = match &app.script {
        Some(s) => (s.extent, s.max_views, s.many_streams),
        None => {
            let stream = scene.stream();
            let end = stream.map_or(0, |s| s.snap.size.max(s.snap.pos.max(0) as usize));
            let views = stream.map_or(0, |s| scene.views_of(s.id).count());
            (end, views, scene.streams.len() > 1)
        }
    };
    let digits = digits_for(app, end);
    let bpr = if grid_width(16, digits) <= w && !app.zoom {
        16
    } else {
        8
    };
    let body_h = area.height - 2;
    let log_h: u16 = 1;
    let exports_h = ((2 + 3 * views.max(1) + usize::from(many)) as u16)
        .min(body_h / 4)
        .max(4);
    let narration = narration_lines(app, w);
    let avail = body_h - log_h - exports_h;
    let need = grid_need(end, bpr, views, 0, narration) as u16;
    let (source_h, grid_h) = if app.script.is_some() {
        let grid_h = need.min(avail.saturating_sub(5)).max(6);
        (avail.saturating_sub(grid_h), grid_h)
    } else {
        (0, avail)
    };
    let y = area.y;
    let areas = Areas {
        source: Rect::new(area.x, y, area.width, source_h),
        grid: Rect::new(area.x, y + source_h, area.width, grid_h),
        exports: Rect::new(area.x, y + source_h + grid_h, area.width, exports_h),
        log: Rect::new(area.x, y + avail + exports_h, area.width, log_h),
        status: Rect::new(area.x, y + body_h, area.width, 1),
        message: Rect::new(area.x, y + body_h + 1, area.width, 1),
    };
    Geometry {
        compact: true,
        ..Geometry::of(areas, bpr, digits, 0, 0, narration)
    }
}

/// Lines the grid would like: its title, the column header, a line per byte row (at least
/// 4) and per view (its label line), the inspector and the legend.
fn grid_need(end: usize, bpr: usize, views: usize, legend: usize, inspector: usize) -> usize {
    let data_rows = (end + 1).div_ceil(bpr).max(4);
    2 + data_rows.min(1000) + views.min(1000) + inspector + legend
}

/// The inspector takes one line when everything it says fits, else two.
fn inspector_lines(width: usize) -> usize {
    if width >= 124 { 1 } else { 2 }
}

/// Offset digits: 8, more for offsets past 4 GiB.
fn digits_for(app: &App, end: usize) -> usize {
    hex_digits(end.max(app.nav).saturating_add(64)).max(8)
}

/// Bytes per row: the widest row (32, 16 or 8 bytes) that leaves `side_min` columns for
/// the panel beside the grid.
fn columns(app: &App, end: usize, width: usize, side_min: usize) -> (usize, usize) {
    let digits = digits_for(app, end);
    let bpr = bpr_choices(app)
        .into_iter()
        .find(|&n| grid_width(n, digits) + side_min <= width)
        .unwrap_or(8);
    (digits, bpr)
}

impl Geometry {
    /// The geometry of laid-out areas: how many grid lines and log lines they hold.
    fn of(
        areas: Areas,
        bpr: usize,
        digits: usize,
        legend_lines: usize,
        inspector_lines: usize,
        narration_lines: usize,
    ) -> Geometry {
        let inner_h = (areas.grid.height as usize).saturating_sub(1);
        let rows = inner_h.saturating_sub(1 + legend_lines + inspector_lines + narration_lines);
        let log_lines = if areas.log.height < 3 {
            areas.log.height as usize
        } else {
            inner(areas.log).height as usize
        };
        let fixed = 1 + digits + 1 + (3 * bpr + 1) + 1 + bpr + GUTTER_FIXED;
        let lanes = (areas.grid.width as usize)
            .saturating_sub(fixed)
            .clamp(1, 8);
        Geometry {
            areas,
            bpr,
            digits,
            rows: rows.max(1),
            legend_lines,
            inspector_lines,
            narration_lines,
            lanes,
            log_lines,
            compact: false,
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

    let legend_lines = legend_flow((right_w as usize).saturating_sub(1), app.lang).len();
    let inspector_lines = inspector_lines(right_w as usize);
    let narration = narration_lines(app, right_w as usize);
    let grid_need = grid_need(
        end,
        bpr,
        max_views,
        legend_lines,
        inspector_lines + narration,
    );
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
    Geometry::of(areas, bpr, digits, legend_lines, inspector_lines, narration)
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
pub fn hit(app: &App, scene: &Scene, g: &Geometry, col: u16, row: u16) -> Option<usize> {
    let inner = g.grid_inner();
    if !inner.contains((col, row).into()) {
        return None;
    }
    let line = ((row - inner.y) as usize).checked_sub(1)?;
    let plan = super::hexgrid::plan(app, scene, g);
    let super::hexgrid::GridLine::Row(r) = *plan.lines.get(line)? else {
        return None;
    };
    let x = (col - inner.x) as usize;
    let k = if x >= g.hex_x() && x <= g.hex_x() + 3 * g.bpr {
        ((x - g.hex_x()) / 3).min(g.bpr - 1)
    } else if x >= g.ascii_x() && x < g.ascii_x() + g.bpr {
        x - g.ascii_x()
    } else {
        return None;
    };
    Some(r * g.bpr + k)
}
