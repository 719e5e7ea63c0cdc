//! Text measured in terminal columns, with the one rule ratatui itself draws by: a string is
//! split into grapheme clusters (`unicode-segmentation`), each as wide as
//! [`ratatui::buffer::CellWidth`] says; a cluster of width 0 (a lone combining mark, a
//! zero-width joiner) takes no cell and is not drawn. Wide characters (Korean, emoji) count
//! two, a base letter with its combining marks counts one, and control characters never
//! reach the terminal ([`clean`] makes them visible first).

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

/// The grapheme clusters of `s` with the columns each takes (0 for one ratatui skips).
pub fn clusters(s: &str) -> impl Iterator<Item = (&str, usize)> {
    s.graphemes(true).map(|g| {
        let w = if g.contains(char::is_control) {
            0
        } else {
            usize::from(g.cell_width())
        };
        (g, w)
    })
}

/// After overlays are drawn: a wide character whose second column something else was drawn
/// on (a modal's border over a Korean word) is blanked, as a terminal would break it, so
/// every column after it stays where it was drawn.
pub fn mend_wide(buf: &mut ratatui::buffer::Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let w = width(buf[(x, y)].symbol()).max(1) as u16;
            let hidden_drawn = (1..w).any(|i| {
                x.checked_add(i)
                    .is_none_or(|c| c >= area.right() || buf[(c, y)].symbol() != " ")
            });
            if w > 1 && hidden_drawn {
                buf[(x, y)].set_symbol(" ");
                x += 1;
            } else {
                x = x.saturating_add(w);
            }
        }
    }
}

/// Columns `s` takes.
pub fn width(s: &str) -> usize {
    clusters(s).map(|(_, w)| w).sum()
}

/// `s` with control characters made visible: a tab as a space, anything else as `�`.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// The first `n` bytes of `s` or fewer, ending on a character boundary.
fn head(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The longest prefix of `s` (cleaned) that fits in `max` columns, ending in `…` when cut.
/// Only a display's worth of `s` is looked at, so a 50 MiB line costs what a short one does.
pub fn fit(s: &str, max: usize) -> String {
    let cap = max.saturating_mul(16).saturating_add(64);
    let cut = s.len() > cap;
    let s = clean(head(s, cap));
    if !cut && width(&s) <= max {
        return s;
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for (g, w) in clusters(&s) {
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push_str(g);
    }
    out.push('…');
    out
}

/// The suffix of `s` that fits in `max` columns (for a prompt scrolled to its cursor).
pub fn tail(s: &str, max: usize) -> &str {
    // Only a display's worth of the end is looked at.
    let cap = max.saturating_mul(16).saturating_add(64);
    let mut from = s.len().saturating_sub(cap);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let s = &s[from..];
    let mut used = 0;
    let mut start = s.len();
    for (i, g) in s.grapheme_indices(true).rev() {
        let w = width(g);
        if used + w > max {
            break;
        }
        used += w;
        start = i;
    }
    &s[start..]
}

/// `s` padded with spaces to `w` columns (or fitted into it).
pub fn pad(s: &str, w: usize) -> String {
    let mut out = fit(s, w);
    let used = width(&out);
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(used)));
    out
}

/// Word-wraps `s` into lines of at most `max` columns; words longer than a line are split.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for para in s.split('\n') {
        let para = clean(para);
        let mut line = String::new();
        let mut used = 0;
        for word in para.split(' ') {
            let ww = width(word);
            if used > 0 && used + 1 + ww > max {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            for (g, cw) in clusters(word) {
                if used + cw > max && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push_str(g);
                used += cw;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_two() {
        assert_eq!(width("한글"), 4);
        assert_eq!(fit("한글한글", 5), "한글…");
        assert_eq!(tail("ab한글", 4), "한글");
        assert_eq!(pad("한", 4), "한  ");
        assert_eq!(clean("a\x1b[2Jb"), "a\u{fffd}[2Jb");
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        // A huge line: only its head is looked at, and the cut is said.
        let huge = "x".repeat(50 << 20);
        assert_eq!(fit(&huge, 5), "xxxx…");
        assert_eq!(tail(&huge, 3), "xxx");
        assert!(width(&fit(&"\u{301}".repeat(1000), 3)) <= 3);
    }
}
