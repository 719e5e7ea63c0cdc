//! Navigation: the cursor keys, scrolling the log, cycling streams, goto (`o`) and search
//! (`/`, then `n`/`N` or `>`/`<`). They move the navigation cursor only, never the stream
//! position, and log nothing. Search uses memchr's `memmem`, finding
//! one match at a time (no index of every match), so a 256 MiB stream answers within a frame.

use memchr::memmem;

use super::action::NavMove;
use super::state::{App, NoticeKind, Search};
use crate::ui::say::Msg;

/// Where `text` sends the cursor: `0x1f00` (hex), `7936` (decimal), `+n` / `-n` (from the
/// cursor; `+0x10` too), `end` (EOF). Underscores are allowed, as in Python.
pub fn goto_target(text: &str, nav: usize, size: usize) -> Result<usize, Msg> {
    let t = text.trim().to_ascii_lowercase().replace('_', "");
    if t.is_empty() {
        return Err("an offset: 0x1f00, 7936, +16, -16 or end".into());
    }
    if t == "end" || t == "$" {
        return Ok(size);
    }
    let (sign, rest) = match t.as_bytes()[0] {
        b'+' => (1, &t[1..]),
        b'-' => (-1, &t[1..]),
        _ => (0, &t[..]),
    };
    let rest = rest.trim();
    let n = if let Some(h) = rest.strip_prefix("0x") {
        u64::from_str_radix(h, 16)
    } else {
        rest.parse::<u64>()
    }
    .map_err(|_| Msg::NotAnOffset(text.to_string()))?;
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    Ok(match sign {
        1 => nav.saturating_add(n),
        -1 => nav.saturating_sub(n),
        _ => n,
    })
}

/// What a search looks for: `"PK"` or `'PK'` (text, as UTF-8, with `\xNN`, `\n`, `\t`,
/// `\\` escapes), hex bytes (`50 4b 03 04`, `504b0304`), or any other text as it is.
pub fn needle(text: &str) -> Result<Vec<u8>, Msg> {
    let t = text.trim();
    if t.is_empty() {
        return Err("hex bytes (50 4b 03 04) or text (\"PK\")".into());
    }
    let quoted = t.len() >= 2
        && ((t.starts_with('"') && t.ends_with('"')) || (t.starts_with('\'') && t.ends_with('\'')));
    if quoted {
        let inner = &t[1..t.len() - 1];
        let out = unescape(inner)?;
        if out.is_empty() {
            return Err("an empty string matches everywhere".into());
        }
        return Ok(out);
    }
    let digits: usize = t.chars().filter(char::is_ascii_hexdigit).count();
    if t.chars().all(|c| c.is_ascii_hexdigit() || c == ' ') && digits.is_multiple_of(2) {
        return super::ops::parse_hex(t);
    }
    Ok(t.as_bytes().to_vec())
}

fn unescape(s: &str) -> Result<Vec<u8>, Msg> {
    let mut out = Vec::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next() {
            Some('n') => out.push(b'\n'),
            Some('t') => out.push(b'\t'),
            Some('r') => out.push(b'\r'),
            Some('0') => out.push(0),
            Some('\\') => out.push(b'\\'),
            Some('"') => out.push(b'"'),
            Some('\'') => out.push(b'\''),
            Some('x') => {
                let h: String = chars.by_ref().take(2).collect();
                let b = u8::from_str_radix(&h, 16).map_err(|_| Msg::BadHexEscape(h))?;
                out.push(b);
            }
            Some(c) => return Err(Msg::BadEscape(c)),
            None => return Err("a lone \\ at the end".into()),
        }
    }
    Ok(out)
}

/// The next match after `from` (or at it, with `at_from`), wrapping to the start:
/// (offset, wrapped).
pub fn find_next(data: &[u8], needle: &[u8], from: usize, at_from: bool) -> Option<(usize, bool)> {
    let start = if at_from {
        from
    } else {
        from.saturating_add(1)
    }
    .min(data.len());
    let finder = memmem::Finder::new(needle);
    if let Some(i) = finder.find(&data[start..]) {
        return Some((start + i, false));
    }
    let end = (start + needle.len()).saturating_sub(1).min(data.len());
    finder.find(&data[..end]).map(|i| (i, true))
}

/// The last match before `from`, wrapping to the end: (offset, wrapped).
pub fn find_prev(data: &[u8], needle: &[u8], from: usize) -> Option<(usize, bool)> {
    let finder = memmem::FinderRev::new(needle);
    let end = (from + needle.len()).saturating_sub(1).min(data.len());
    if let Some(i) = finder.rfind(&data[..end]) {
        return Some((i, false));
    }
    finder.rfind(data).map(|i| (i, true))
}

impl App {
    /// `o` Enter: moves the navigation cursor; logs nothing.
    pub(super) fn goto(&mut self, text: &str) -> Result<(), Msg> {
        let (size, _) = self.size_pos();
        let to = goto_target(text, self.nav, size)?;
        let max = self.nav_max();
        self.nav = to.min(max);
        if to > max {
            self.set_notice(NoticeKind::Info, Msg::PastTheEnd { to, max });
        }
        self.follow_nav_pub();
        Ok(())
    }

    /// `/` Enter: the first match from the cursor on.
    pub(super) fn search(&mut self, text: &str) -> Result<(), Msg> {
        let needle = needle(text)?;
        self.search = Some(Search {
            text: text.trim().to_string(),
            needle,
            at: None,
        });
        self.search_step(true, true);
        Ok(())
    }

    /// The next (`forward`) or previous match of the last search; `at_cursor`: a match at
    /// the cursor counts.
    pub(super) fn search_step(&mut self, forward: bool, at_cursor: bool) {
        let Some(s) = self.search.clone() else {
            self.set_notice(
                NoticeKind::Info,
                "no search yet: / then hex bytes (50 4b) or text (\"PK\")",
            );
            return;
        };
        let found = {
            let scene = self.scene();
            let Some(stream) = scene.stream() else {
                return;
            };
            let data = stream.data();
            if forward {
                find_next(&data, &s.needle, self.nav, at_cursor)
            } else {
                find_prev(&data, &s.needle, self.nav)
            }
        };
        match found {
            Some((at, wrapped)) => {
                self.nav = at;
                if let Some(s) = &mut self.search {
                    s.at = Some(at);
                }
                self.set_notice(
                    NoticeKind::Info,
                    Msg::Found {
                        text: s.text.clone(),
                        at,
                        wrapped: wrapped.then_some(forward),
                    },
                );
                self.follow_nav_pub();
            }
            None => {
                if let Some(s) = &mut self.search {
                    s.at = None;
                }
                self.set_notice(NoticeKind::Error, Msg::NoMatch(s.text.clone()));
            }
        }
    }
}

pub(super) fn nav(app: &mut App, m: NavMove) {
    let g = app.geometry();
    let bpr = g.map_or(8, |g| g.bpr);
    let page = bpr * g.map_or(4, |g| g.rows.max(1));
    let (size, pos) = app.size_pos();
    let max = size.max(pos).saturating_add(bpr);
    app.nav = match m {
        NavMove::Left => app.nav.saturating_sub(1),
        NavMove::Right => app.nav.saturating_add(1).min(max),
        NavMove::Up => app.nav.checked_sub(bpr).unwrap_or(app.nav),
        NavMove::Down => app.nav.saturating_add(bpr).min(max),
        NavMove::PageUp => app.nav.saturating_sub(page),
        NavMove::PageDown => app.nav.saturating_add(page).min(max),
        NavMove::Start => 0,
        NavMove::End => size,
        NavMove::ToPosition => pos,
    };
    app.follow_nav();
}

pub(super) fn scroll_log(app: &mut App, delta: i32) {
    let visible = app.geometry().map_or(1, |g| g.log_lines.max(1));
    let max = app.log_lines().len().saturating_sub(visible);
    let next = app.log_scroll as i64 + i64::from(delta);
    app.log_scroll = next.clamp(0, max as i64) as usize;
}

pub(super) fn cycle_stream(app: &mut App, delta: i32) {
    let scene = app.scene();
    if scene.streams.is_empty() {
        return;
    }
    let n = scene.streams.len() as i64;
    let cur = scene.shown.unwrap_or(0) as i64;
    let s = &scene.streams[(cur + i64::from(delta)).rem_euclid(n) as usize];
    let (id, label) = (s.id, s.label.clone());
    drop(scene);
    app.selected = Some(id);
    app.set_notice(NoticeKind::Info, Msg::Showing(label));
    app.follow_nav();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goto_forms() {
        assert_eq!(goto_target("0x1f00", 5, 100), Ok(0x1f00));
        assert_eq!(goto_target("7936", 5, 100), Ok(7936));
        assert_eq!(goto_target("+16", 5, 100), Ok(21));
        assert_eq!(goto_target("-16", 5, 100), Ok(0));
        assert_eq!(goto_target("+0x10", 5, 100), Ok(21));
        assert_eq!(goto_target(" END ", 5, 100), Ok(100));
        assert_eq!(goto_target("1_000", 5, 100), Ok(1000));
        assert!(goto_target("zz", 5, 100).is_err());
        assert!(goto_target("", 5, 100).is_err());
    }

    #[test]
    fn needles() {
        assert_eq!(needle("50 4b 03 04"), Ok(vec![0x50, 0x4b, 3, 4]));
        assert_eq!(needle("\"PK\""), Ok(b"PK".to_vec()));
        assert_eq!(needle("'a\\x00\\n'"), Ok(b"a\0\n".to_vec()));
        assert_eq!(needle("THE-END"), Ok(b"THE-END".to_vec()));
        assert_eq!(needle("\"한\""), Ok("한".as_bytes().to_vec()));
        assert!(needle("\"\"").is_err());
    }

    #[test]
    fn next_and_previous_wrap() {
        let data = b"xxPKxxxPKxx";
        assert_eq!(find_next(data, b"PK", 0, true), Some((2, false)));
        assert_eq!(find_next(data, b"PK", 2, false), Some((7, false)));
        assert_eq!(find_next(data, b"PK", 7, false), Some((2, true)));
        assert_eq!(find_prev(data, b"PK", 7), Some((2, false)));
        assert_eq!(find_prev(data, b"PK", 2), Some((7, true)));
        assert_eq!(find_next(data, b"zz", 0, true), None);
        assert_eq!(find_next(b"", b"a", 0, true), None);
    }
}
