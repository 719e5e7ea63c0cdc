//! Pure algorithms behind the methods of str, bytes and bytearray, as CPython's
//! `stringlib` runs them: over slices of chars (str) or bytes, indices in items.

use super::unicode_props as props;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let u = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn mapped(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `Py_UNICODE_ISSPACE`.
pub fn is_space(c: char) -> bool {
    in_ranges(props::SPACE, c)
}
pub fn is_alpha(c: char) -> bool {
    in_ranges(props::ALPHA, c)
}
pub fn is_decimal(c: char) -> bool {
    in_ranges(props::DECIMAL, c)
}
pub fn is_digit(c: char) -> bool {
    in_ranges(props::DIGIT, c)
}
pub fn is_numeric(c: char) -> bool {
    in_ranges(props::NUMERIC, c)
}
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}
pub fn is_upper(c: char) -> bool {
    in_ranges(props::UPPER, c)
}
pub fn is_lower(c: char) -> bool {
    in_ranges(props::LOWER, c)
}
pub fn is_title(c: char) -> bool {
    in_ranges(props::TITLE, c)
}
pub fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_title(c)
}
fn is_case_ignorable(c: char) -> bool {
    in_ranges(props::CASE_IGNORABLE, c)
}

/// `str.isidentifier()`: an identifier start, then identifier continuations.
pub fn is_identifier(chars: &[char]) -> bool {
    match chars.split_first() {
        Some((&first, rest)) => {
            in_ranges(props::ID_START, first)
                && rest.iter().all(|&c| in_ranges(props::ID_CONTINUE, c))
        }
        None => false,
    }
}

/// `Py_ISSPACE`: the ASCII whitespace of bytes methods.
pub fn is_byte_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn push_upper(out: &mut String, c: char) {
    match mapped(props::UPPER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

fn push_title(out: &mut String, c: char) {
    match mapped(props::TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// The lowercase of `chars[i]`, with the final-sigma rule of `str.lower()`.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        let before = chars[..i]
            .iter()
            .rev()
            .find(|c| !is_case_ignorable(**c))
            .is_some_and(|c| is_cased(*c));
        let after = chars[i + 1..]
            .iter()
            .find(|c| !is_case_ignorable(**c))
            .is_some_and(|c| is_cased(*c));
        out.push(if before && !after { 'ς' } else { 'σ' });
        return;
    }
    match mapped(props::LOWER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

pub fn upper(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len());
    for &c in chars {
        push_upper(&mut out, c);
    }
    out
}

pub fn lower(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len());
    for i in 0..chars.len() {
        push_lower(&mut out, chars, i);
    }
    out
}

pub fn casefold(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len());
    for &c in chars {
        match mapped(props::FOLD_MAP, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
    out
}

pub fn swapcase(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

pub fn title(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

pub fn capitalize(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, chars, i);
        }
    }
    out
}

/// `str.istitle()`.
pub fn istitle(chars: &[char]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in chars {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isupper()` / `str.islower()`: no cased character of the other kinds, and one at least.
pub fn iscase(chars: &[char], upper: bool) -> bool {
    let mut cased = false;
    for &c in chars {
        let (this, other) = if upper {
            (is_upper(c), is_lower(c) || is_title(c))
        } else {
            (is_lower(c), is_upper(c) || is_title(c))
        };
        if other {
            return false;
        }
        cased |= this;
    }
    cased
}

/// `bytes.istitle()` (ASCII).
pub fn bytes_istitle(data: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &b in data {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

pub fn bytes_title(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&b| {
            let out = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

pub fn bytes_capitalize(data: &[u8]) -> Vec<u8> {
    data.iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

pub fn bytes_swapcase(data: &[u8]) -> Vec<u8> {
    data.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

/// CPython's `ADJUST_INDICES`: end clamped to the length, negatives counted from the end;
/// start may stay past the end.
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

/// Needles up to this long are searched naively; longer ones by Knuth-Morris-Pratt, so no
/// search is worse than linear (CPython's own search is never quadratic either).
const NAIVE_MAX: usize = 8;

/// The first match of the `m` items `needle(k)` in the `n` items `hay(i)` (KMP).
fn kmp<T: PartialEq>(
    hay: impl Fn(usize) -> T,
    n: usize,
    needle: impl Fn(usize) -> T,
    m: usize,
) -> Option<usize> {
    let mut fail = vec![0usize; m];
    let mut k = 0;
    for q in 1..m {
        while k > 0 && needle(k) != needle(q) {
            k = fail[k - 1];
        }
        if needle(k) == needle(q) {
            k += 1;
        }
        fail[q] = k;
    }
    let mut k = 0;
    for i in 0..n {
        let h = hay(i);
        while k > 0 && needle(k) != h {
            k = fail[k - 1];
        }
        if needle(k) == h {
            k += 1;
        }
        if k == m {
            return Some(i + 1 - m);
        }
    }
    None
}

fn find_at<T: PartialEq + Copy>(hay: &[T], needle: &[T], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if from > hay.len() || needle.len() > hay.len() - from {
        return None;
    }
    let m = needle.len();
    if m <= NAIVE_MAX {
        return (from..=hay.len() - m).find(|&i| hay[i..i + m] == *needle);
    }
    let rest = &hay[from..];
    kmp(|i| rest[i], rest.len(), |k| needle[k], m).map(|p| p + from)
}

fn rfind_in<T: PartialEq + Copy>(hay: &[T], needle: &[T]) -> Option<usize> {
    let (n, m) = (hay.len(), needle.len());
    if m > n {
        return None;
    }
    if m <= NAIVE_MAX {
        return (0..=n - m).rev().find(|&i| hay[i..i + m] == *needle);
    }
    // Both read backwards: a match at reversed position p ends at n - p.
    kmp(|i| hay[n - 1 - i], n, |k| needle[m - 1 - k], m).map(|p| n - p - m)
}

/// `find` within `[start, end)` (already adjusted): the index in `hay`.
pub fn find<T: PartialEq + Copy>(
    hay: &[T],
    needle: &[T],
    start: usize,
    end: usize,
) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    find_at(&hay[start..end], needle, 0).map(|i| i + start)
}

pub fn rfind<T: PartialEq + Copy>(
    hay: &[T],
    needle: &[T],
    start: usize,
    end: usize,
) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    rfind_in(&hay[start..end], needle).map(|i| i + start)
}

pub fn count<T: PartialEq + Copy>(hay: &[T], needle: &[T], start: usize, end: usize) -> usize {
    if end < start || end - start < needle.len() {
        return 0;
    }
    if needle.is_empty() {
        return end - start + 1;
    }
    let hay = &hay[start..end];
    let mut n = 0;
    let mut i = 0;
    while let Some(at) = find_at(hay, needle, i) {
        n += 1;
        i = at + needle.len();
    }
    n
}

/// `startswith`/`endswith` of one candidate within `[start, end)` (`tailmatch`).
pub fn tailmatch<T: PartialEq>(
    hay: &[T],
    sub: &[T],
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let (s, e) = adjust(start, end, hay.len());
    if e < s || e - s < sub.len() {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    if at_end {
        hay[e - sub.len()..e] == *sub
    } else {
        hay[s..s + sub.len()] == *sub
    }
}

/// The pieces of `split(sep, maxsplit)`, as ranges; `maxsplit < 0` is unlimited.
pub fn split<T: PartialEq + Copy>(hay: &[T], sep: &[T], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = 0;
    while left > 0 {
        let Some(j) = find_at(hay, sep, i) else { break };
        out.push((i, j));
        i = j + sep.len();
        left -= 1;
    }
    out.push((i, hay.len()));
    out
}

pub fn rsplit<T: PartialEq + Copy>(hay: &[T], sep: &[T], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut j = hay.len();
    while left > 0 {
        let Some(i) = rfind_in(&hay[..j], sep) else {
            break;
        };
        out.push((i + sep.len(), j));
        j = i;
        left -= 1;
    }
    out.push((0, j));
    out.reverse();
    out
}

/// `split()` with no separator: runs of non-whitespace.
pub fn split_whitespace<T: Copy>(
    hay: &[T],
    space: impl Fn(T) -> bool,
    maxsplit: i64,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let n = hay.len();
    let mut i = 0;
    while left > 0 {
        while i < n && space(hay[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        while i < n && !space(hay[i]) {
            i += 1;
        }
        out.push((j, i));
        left -= 1;
    }
    if i < n {
        while i < n && space(hay[i]) {
            i += 1;
        }
        if i != n {
            out.push((i, n));
        }
    }
    out
}

pub fn rsplit_whitespace<T: Copy>(
    hay: &[T],
    space: impl Fn(T) -> bool,
    maxsplit: i64,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = hay.len();
    while left > 0 {
        while i > 0 && space(hay[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !space(hay[i - 1]) {
            i -= 1;
        }
        out.push((i, j));
        left -= 1;
    }
    if i > 0 {
        while i > 0 && space(hay[i - 1]) {
            i -= 1;
        }
        if i != 0 {
            out.push((0, i));
        }
    }
    out.reverse();
    out
}

/// `splitlines(keepends)`: `brk` says whether an item ends a line (`\r\n` counts as one).
pub fn splitlines<T: Copy + PartialEq>(
    hay: &[T],
    brk: impl Fn(T) -> bool,
    cr: T,
    lf: T,
    keepends: bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = hay.len();
    let mut i = 0;
    while i < n {
        let j = i;
        while i < n && !brk(hay[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if hay[i] == cr && i + 1 < n && hay[i + 1] == lf {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push((j, eol));
    }
    out
}

/// The line boundaries of `str.splitlines()`.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `strip`: the range left after dropping items `drop` accepts at the chosen ends.
pub fn strip_range<T: Copy>(
    hay: &[T],
    drop: impl Fn(T) -> bool,
    left: bool,
    right: bool,
) -> (usize, usize) {
    let mut i = 0;
    let mut j = hay.len();
    if left {
        while i < j && drop(hay[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && drop(hay[j - 1]) {
            j -= 1;
        }
    }
    (i, j)
}

/// The length `replace(old, new, count)` gives, to check against the memory cap first.
pub fn replace_len<T: PartialEq + Copy>(hay: &[T], old: &[T], new_len: usize, count: i64) -> u128 {
    let mut n = if old.is_empty() {
        hay.len() as u128 + 1
    } else {
        self::count(hay, old, 0, hay.len()) as u128
    };
    if count >= 0 {
        n = n.min(count as u128);
    }
    hay.len() as u128 + n * new_len as u128 - n * old.len() as u128
}

pub fn replace<T: PartialEq + Copy>(hay: &[T], old: &[T], new: &[T], count: i64) -> Vec<T> {
    let mut left = if count < 0 { i64::MAX } else { count };
    let mut out = Vec::with_capacity(hay.len());
    if old.is_empty() {
        for (i, &c) in hay.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            } else {
                out.extend_from_slice(&hay[i..]);
                return out;
            }
            out.push(c);
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while left > 0 {
        let Some(j) = find_at(hay, old, i) else { break };
        out.extend_from_slice(&hay[i..j]);
        out.extend_from_slice(new);
        i = j + old.len();
        left -= 1;
    }
    out.extend_from_slice(&hay[i..]);
    out
}

/// `zfill(width)`: zeros after a leading sign.
pub fn zfill<T: Copy + PartialEq>(data: &[T], width: usize, zero: T, plus: T, minus: T) -> Vec<T> {
    if data.len() >= width {
        return data.to_vec();
    }
    let fill = width - data.len();
    let mut out = Vec::with_capacity(width);
    out.extend(std::iter::repeat_n(zero, fill));
    out.extend_from_slice(data);
    if let Some(&first) = data.first()
        && (first == plus || first == minus)
    {
        out[0] = first;
        out[fill] = zero;
    }
    out
}

/// Padding of `ljust`/`rjust`/`center`: (left, right).
pub fn pad_amounts(len: usize, width: usize, how: char) -> (usize, usize) {
    if len >= width {
        return (0, 0);
    }
    let marg = width - len;
    match how {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    }
}

/// `expandtabs(tabsize)`: the result, or None when it would pass `cap` items.
pub fn expandtabs<T: Copy + PartialEq>(
    data: &[T],
    tabsize: i64,
    tab: T,
    nl: T,
    cr: T,
    space: T,
    cap: usize,
) -> Option<Vec<T>> {
    let mut out = Vec::with_capacity(data.len());
    let mut col: usize = 0;
    for &c in data {
        if c == tab {
            if tabsize > 0 {
                let ts = tabsize as usize;
                let n = ts - col % ts;
                if out.len().saturating_add(n) > cap {
                    return None;
                }
                out.extend(std::iter::repeat_n(space, n));
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == nl || c == cr {
                col = 0;
            }
        }
    }
    Some(out)
}

/// `ascii(x)`'s escaping of a repr: non-ASCII as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u <= 0xff {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u <= 0xffff {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn case_mappings_follow_cpython() {
        assert_eq!(upper(&chars("straße")), "STRASSE");
        assert_eq!(lower(&chars("ΑΣ")), "ας");
        assert_eq!(lower(&chars("Σ")), "σ");
        assert_eq!(title(&chars("hello wORLD")), "Hello World");
        assert_eq!(capitalize(&chars("ǆemal")), "ǅemal");
        assert_eq!(upper(&chars("한국어")), "한국어");
        assert!(is_alpha('한') && !is_upper('한') && !is_lower('한'));
        assert!(is_numeric('一') && !is_digit('一'));
        assert!(is_space('\x1c') && !is_space('\u{200b}'));
    }

    #[test]
    fn find_and_count_edges() {
        let h = chars("abcabc");
        assert_eq!(find(&h, &chars("c"), 0, 6), Some(2));
        assert_eq!(rfind(&h, &chars("c"), 0, 6), Some(5));
        assert_eq!(find(&h, &[], 6, 6), Some(6));
        assert_eq!(find(&h, &[], 7, 6), None);
        assert_eq!(count(&h, &[], 0, 6), 7);
        assert_eq!(count(&h, &chars("bc"), 0, 6), 2);
    }

    #[test]
    fn long_needles_search_linearly_and_agree_with_naive() {
        let hay: Vec<u8> = b"ab"
            .repeat(50)
            .into_iter()
            .chain(*b"abababababx")
            .collect();
        let needle = b"abababababx";
        assert_eq!(find(&hay, needle, 0, hay.len()), Some(100));
        assert_eq!(rfind(&hay, needle, 0, hay.len()), Some(100));
        assert_eq!(rfind(&hay, b"babababab", 0, hay.len()), Some(101));
        assert_eq!(count(&hay, b"ababababab", 0, hay.len()), 11);
        let big = vec![b'a'; 1_000_000];
        let mut n = vec![b'a'; 5000];
        n.push(b'b');
        assert_eq!(find(&big, &n, 0, big.len()), None);
        assert_eq!(rfind(&big, &n, 0, big.len()), None);
    }

    #[test]
    fn splits() {
        let h = b"  a b  c ";
        assert_eq!(split_whitespace(h, is_byte_space, 1), vec![(2, 3), (4, 9)]);
        assert_eq!(rsplit_whitespace(h, is_byte_space, 1), vec![(0, 5), (7, 8)]);
        assert_eq!(split(b"a,b,c", b",", 1), vec![(0, 1), (2, 5)]);
        assert_eq!(rsplit(b"a,b,c", b",", 1), vec![(0, 3), (4, 5)]);
        assert_eq!(replace(b"abc", b"", b"-", 2), b"-a-bc".to_vec());
        assert_eq!(zfill(b"-42", 5, b'0', b'+', b'-'), b"-0042".to_vec());
        assert_eq!(pad_amounts(2, 5, '^'), (2, 1));
    }
}
