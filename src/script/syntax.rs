//! A SyntaxError as CPython words and places it, for a script the parser refused.
//!
//! The ruff parser finds the error; its messages are its own ("Expected `:`, found
//! newline"). CPython's come from two places, and so do ours:
//! - its tokenizer, whose errors win over any parser error, wherever they are in the file
//!   (`_PyPegen_tokenize_full_source_to_check_for_errors`): an unmatched or mismatched
//!   bracket, an unterminated string, a dedent to no outer level, an invalid character or
//!   decimal literal, a character after a line continuation; and a bracket never closed,
//!   which wins when the parser's error is on a later line;
//! - its parser's error rules, mapped here from ruff's messages where the wording and
//!   place are known (`expected ':'`, `Perhaps you forgot a comma?`, `cannot assign to`,
//!   the indentation errors), and `invalid syntax` where they are not.
//!
//! Only a script the parser already refused comes here, so this tokenizer can never
//! refuse a valid one.

use crate::model::text::is_identifier;

/// The class of the error CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Syntax,
    Indentation,
}

/// CPython's error: class, 1-based line and column (in characters), message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cpython {
    pub class: Class,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

fn syntax(line: usize, col: usize, message: impl Into<String>) -> Cpython {
    Cpython {
        class: Class::Syntax,
        line,
        col,
        message: message.into(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Name,
    Number,
    Str,
    Open(char),
    Close(char),
    Op,
}

#[derive(Clone, Debug)]
struct Tok {
    kind: Kind,
    /// Byte offsets.
    start: usize,
    end: usize,
    line: usize,
    col: usize,
    /// Brackets open around it (an opening bracket counts the ones outside it).
    depth: usize,
}

struct Scan {
    toks: Vec<Tok>,
    /// The first tokenizer error, in file order.
    error: Option<Cpython>,
    /// The innermost bracket still open at the end: (bracket, line, column).
    unclosed: Option<(char, usize, usize)>,
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && is_identifier(&[c]))
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && is_identifier(&['a', c]))
}

fn is_string_prefix(p: &str) -> bool {
    matches!(
        p.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Tokenizes `src` as CPython 3.11's tokenizer does, far enough to find its errors.
fn scan(src: &str) -> Scan {
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let n = chars.len();
    let total_lines = src.lines().count().max(1);
    let mut toks = Vec::new();
    let mut stack: Vec<(char, usize, usize)> = Vec::new();
    let mut indents: Vec<usize> = vec![0];
    let (mut i, mut line, mut line_start) = (0usize, 1usize, 0usize);
    let mut at_line_start = true;
    let mut continued = false;
    let col_of = |i: usize, line_start: usize| i - line_start + 1;
    let fail = |e: Cpython, toks: Vec<Tok>| Scan {
        toks,
        error: Some(e),
        unclosed: None,
    };
    while i < n {
        let c = chars[i].1;
        if at_line_start && stack.is_empty() && !continued {
            // Indentation of a logical line (blank and comment lines do not count).
            let mut width = 0;
            let mut j = i;
            while j < n && matches!(chars[j].1, ' ' | '\t' | '\x0c') {
                width = match chars[j].1 {
                    '\t' => (width / 8 + 1) * 8,
                    '\x0c' => 0,
                    _ => width + 1,
                };
                j += 1;
            }
            at_line_start = false;
            let blank = j >= n || matches!(chars[j].1, '\n' | '#' | '\r');
            if !blank {
                let top = indents.last().copied().unwrap_or(0);
                if width > top {
                    indents.push(width);
                } else if width < top {
                    while indents.last().is_some_and(|&t| t > width) {
                        indents.pop();
                    }
                    if indents.last().copied().unwrap_or(0) != width {
                        let len = chars[line_start..]
                            .iter()
                            .take_while(|(_, c)| *c != '\n')
                            .count();
                        return fail(
                            Cpython {
                                class: Class::Indentation,
                                line,
                                col: len + 1,
                                message: "unindent does not match any outer indentation level"
                                    .into(),
                            },
                            toks,
                        );
                    }
                }
            }
            i = j;
            continue;
        }
        at_line_start = false;
        let start = i;
        let col = col_of(i, line_start);
        let depth = stack.len();
        let tok_line = line;
        let push = |kind: Kind, end: usize, toks: &mut Vec<Tok>| {
            toks.push(Tok {
                kind,
                start: chars[start].0,
                end: if end < n { chars[end].0 } else { src.len() },
                line: tok_line,
                col,
                depth,
            })
        };
        match c {
            '\n' => {
                i += 1;
                line += 1;
                line_start = i;
                at_line_start = true;
                continued = false;
            }
            ' ' | '\t' | '\x0c' | '\r' => i += 1,
            '#' => {
                while i < n && chars[i].1 != '\n' {
                    i += 1;
                }
            }
            '\\' => {
                if i + 1 < n && chars[i + 1].1 == '\n' {
                    i += 2;
                    line += 1;
                    line_start = i;
                    continued = true;
                } else if i + 2 < n && chars[i + 1].1 == '\r' && chars[i + 2].1 == '\n' {
                    i += 3;
                    line += 1;
                    line_start = i;
                    continued = true;
                } else if i + 1 >= n {
                    i += 1;
                } else {
                    return fail(
                        syntax(
                            line,
                            col + 1,
                            "unexpected character after line continuation character",
                        ),
                        toks,
                    );
                }
            }
            '(' | '[' | '{' => {
                stack.push((c, line, col));
                push(Kind::Open(c), i + 1, &mut toks);
                i += 1;
            }
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    None => return fail(syntax(line, col, format!("unmatched '{c}'")), toks),
                    Some((open, open_line, _)) if open != want => {
                        let on = if open_line != line {
                            format!(" on line {open_line}")
                        } else {
                            String::new()
                        };
                        return fail(
                            syntax(
                                line,
                                col,
                                format!(
                                    "closing parenthesis '{c}' does not match opening \
                                     parenthesis '{open}'{on}"
                                ),
                            ),
                            toks,
                        );
                    }
                    Some(_) => {}
                }
                let depth = stack.len();
                push(Kind::Close(c), i + 1, &mut toks);
                if let Some(t) = toks.last_mut() {
                    t.depth = depth;
                }
                i += 1;
            }
            '"' | '\'' => match string_end(&chars, i, &mut line, &mut line_start) {
                Ok(end) => {
                    push(Kind::Str, end, &mut toks);
                    i = end;
                }
                Err(triple) => return fail(unterminated(triple, line, col, total_lines), toks),
            },
            c if c.is_ascii_digit()
                || (c == '.' && i + 1 < n && chars[i + 1].1.is_ascii_digit()) =>
            {
                let mut j = i;
                let radix = c == '0'
                    && i + 1 < n
                    && matches!(chars[i + 1].1, 'x' | 'X' | 'o' | 'O' | 'b' | 'B');
                if radix {
                    j += 2;
                    while j < n && (chars[j].1.is_ascii_alphanumeric() || chars[j].1 == '_') {
                        j += 1;
                    }
                } else {
                    while j < n && (chars[j].1.is_ascii_digit() || chars[j].1 == '_') {
                        j += 1;
                    }
                    if j < n && chars[j].1 == '.' {
                        j += 1;
                        while j < n && (chars[j].1.is_ascii_digit() || chars[j].1 == '_') {
                            j += 1;
                        }
                    }
                    if j < n && matches!(chars[j].1, 'e' | 'E') {
                        let mut k = j + 1;
                        if k < n && matches!(chars[k].1, '+' | '-') {
                            k += 1;
                        }
                        if k < n && chars[k].1.is_ascii_digit() {
                            j = k;
                            while j < n && (chars[j].1.is_ascii_digit() || chars[j].1 == '_') {
                                j += 1;
                            }
                        }
                    }
                    if j < n && matches!(chars[j].1, 'j' | 'J') {
                        j += 1;
                    }
                    if j < n && is_id_continue(chars[j].1) {
                        // `1if x else y` is allowed (with a warning): a keyword may follow.
                        let rest: String = chars[j..n.min(j + 6)].iter().map(|c| c.1).collect();
                        let keyword = ["and", "else", "for", "if", "in", "is", "not", "or"]
                            .iter()
                            .any(|k| rest.starts_with(k));
                        if !keyword {
                            return fail(syntax(line, col, "invalid decimal literal"), toks);
                        }
                    }
                }
                push(Kind::Number, j, &mut toks);
                i = j;
            }
            c if is_id_start(c) => {
                let mut j = i;
                while j < n && is_id_continue(chars[j].1) {
                    j += 1;
                }
                let word: String = chars[i..j].iter().map(|c| c.1).collect();
                if j < n && matches!(chars[j].1, '"' | '\'') && is_string_prefix(&word) {
                    match string_end(&chars, j, &mut line, &mut line_start) {
                        Ok(end) => {
                            push(Kind::Str, end, &mut toks);
                            i = end;
                        }
                        Err(triple) => {
                            return fail(unterminated(triple, line, col, total_lines), toks);
                        }
                    }
                } else {
                    push(Kind::Name, j, &mut toks);
                    i = j;
                }
            }
            c if !c.is_ascii() => {
                return fail(
                    syntax(
                        line,
                        col,
                        format!("invalid character '{c}' (U+{:04X})", c as u32),
                    ),
                    toks,
                );
            }
            _ => {
                // An operator: the longest of the two- and three-character ones.
                let rest: String = chars[i..n.min(i + 3)].iter().map(|c| c.1).collect();
                let len = [
                    "**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "<<", ">>", "<=", ">=",
                    "==", "!=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
                ]
                .iter()
                .find(|op| rest.starts_with(*op))
                .map_or(1, |op| op.len());
                push(Kind::Op, i + len, &mut toks);
                i += len;
            }
        }
    }
    Scan {
        toks,
        error: None,
        unclosed: stack.last().copied(),
    }
}

fn unterminated(triple: bool, line: usize, col: usize, total_lines: usize) -> Cpython {
    if triple {
        syntax(
            line,
            col,
            format!("unterminated triple-quoted string literal (detected at line {total_lines})"),
        )
    } else {
        syntax(
            line,
            col,
            format!("unterminated string literal (detected at line {line})"),
        )
    }
}

/// Where the string whose quote is at `q` ends (the index after its closing quote), or
/// `Err(triple)` when it does not end. A triple-quoted string moves `line` on.
fn string_end(
    chars: &[(usize, char)],
    q: usize,
    line: &mut usize,
    line_start: &mut usize,
) -> Result<usize, bool> {
    let n = chars.len();
    let quote = chars[q].1;
    let triple = q + 2 < n && chars[q + 1].1 == quote && chars[q + 2].1 == quote;
    let mut j = if triple { q + 3 } else { q + 1 };
    let (mut l, mut ls) = (*line, *line_start);
    while j < n {
        let c = chars[j].1;
        if c == '\\' {
            if j + 1 < n && chars[j + 1].1 == '\n' {
                l += 1;
                ls = j + 2;
            }
            j += 2;
            continue;
        }
        if c == '\n' {
            if !triple {
                return Err(false);
            }
            l += 1;
            ls = j + 1;
        }
        if c == quote {
            if !triple {
                *line = l;
                *line_start = ls;
                return Ok(j + 1);
            }
            if j + 2 < n && chars[j + 1].1 == quote && chars[j + 2].1 == quote {
                *line = l;
                *line_start = ls;
                return Ok(j + 3);
            }
        }
        j += 1;
    }
    Err(triple)
}

/// CPython's error for `src`, which the parser refused at byte `at` with `message`
/// (ruff's), at `line`:`col`.
pub fn cpython_error(src: &str, at: usize, message: &str, line: usize, col: usize) -> Cpython {
    let s = scan(src);
    if let Some(e) = s.error {
        return e;
    }
    if let Some((open, open_line, open_col)) = s.unclosed {
        let at_end = src[at.min(src.len())..].trim().is_empty();
        if line > open_line || at_end {
            return syntax(open_line, open_col, format!("'{open}' was never closed"));
        }
    }
    parser_error(src, &s.toks, at, message, line, col)
}

fn text<'a>(src: &'a str, t: &Tok) -> &'a str {
    &src[t.start..t.end]
}

/// The parser's error, worded as CPython's error rules word it.
fn parser_error(
    src: &str,
    toks: &[Tok],
    at: usize,
    message: &str,
    line: usize,
    col: usize,
) -> Cpython {
    let here = toks.iter().position(|t| t.start >= at);
    let newer = crate::model::profile::current().version >= crate::model::profile::Version::V312;
    if message == "Expected `:`, found newline" {
        return syntax(line, col, "expected ':'");
    }
    if message == "Unexpected indentation" {
        // CPython's column is the indent's width: where the line's first token starts.
        let width = toks
            .iter()
            .find(|t| t.line == line)
            .map_or(1, |t| t.col - 1);
        return Cpython {
            class: Class::Indentation,
            line,
            col: width.max(1),
            message: "unexpected indent".into(),
        };
    }
    if let Some(what) = message.strip_prefix("Expected an indented block after ")
        && let Some(after) = indented_block_after(src, toks, what, line)
    {
        return Cpython {
            class: Class::Indentation,
            line,
            col,
            message: after,
        };
    }
    if message.starts_with("Expected `,`, found ") {
        if let Some(i) = here
            && let Some(e) = forgot_comma(toks, i, src)
        {
            return e;
        }
        return syntax(line, col, "invalid syntax");
    }
    if message == "Simple statements must be separated by newlines or semicolons" {
        // `print "hi"`: Python 2's statement.
        let first = toks
            .iter()
            .rfind(|t| t.start < at && t.depth == 0 && starts_line(src, t));
        if let Some(f) = first {
            let word = text(src, f);
            let next = toks.iter().find(|t| t.start > f.start);
            if matches!(word, "print" | "exec")
                && next.is_some_and(|t| matches!(t.kind, Kind::Str | Kind::Number | Kind::Name))
            {
                return syntax(
                    f.line,
                    f.col,
                    format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
                );
            }
        }
        return syntax(line, col, "invalid syntax");
    }
    if message == "Invalid assignment target" {
        if let Some(i) = here
            && let Some(m) = assignment_target(src, toks, i)
        {
            return syntax(line, col, m);
        }
        return syntax(line, col, "invalid syntax");
    }
    if message == "Invalid delete target" {
        if let Some(i) = here {
            let what = target_kind(src, toks, i, |t| t.kind == Kind::Op && text(src, t) == ",");
            if let Some(what) = what.filter(|w| matches!(*w, "function call" | "literal")) {
                return syntax(line, col, format!("cannot delete {what}"));
            }
        }
        return syntax(line, col, "invalid syntax");
    }
    if message == "Bytes literal cannot be mixed with non-bytes literals"
        && let Some(i) = here
    {
        let last = toks[i..].iter().take_while(|t| t.kind == Kind::Str).last();
        if let Some(last) = last {
            let end_col = last.col + src[last.start..last.end].chars().count();
            return syntax(last.line, end_col, "cannot mix bytes and nonbytes literals");
        }
    }
    let mapped = match message {
        "Unparenthesized generator expression cannot be used here" => {
            Some("Generator expression must be parenthesized".to_string())
        }
        "Iterable argument unpacking cannot follow keyword argument unpacking" => {
            Some("iterable argument unpacking follows keyword argument unpacking".to_string())
        }
        "Parameter without a default cannot follow a parameter with a default" => Some(
            if newer {
                "parameter without a default follows parameter with a default"
            } else {
                "non-default argument follows default argument"
            }
            .to_string(),
        ),
        m if m.starts_with("Duplicate keyword argument \"") => m
            .strip_prefix("Duplicate keyword argument \"")
            .and_then(|r| r.strip_suffix('"'))
            .map(|k| format!("keyword argument repeated: {k}")),
        _ => None,
    };
    if let Some(m) = mapped {
        return syntax(line, col, m);
    }
    // CPython's own wordings (all lower case) pass; ruff's (capitalised) become CPython's
    // generic one.
    if message.chars().next().is_some_and(char::is_uppercase) {
        return syntax(line, col, "invalid syntax");
    }
    syntax(line, col, message)
}

fn starts_line(src: &str, t: &Tok) -> bool {
    src[..t.start]
        .rsplit('\n')
        .next()
        .is_some_and(|before| before.trim().is_empty())
}

/// `expected an indented block after 'if' statement on line 1`.
fn indented_block_after(src: &str, toks: &[Tok], what: &str, line: usize) -> Option<String> {
    // ruff's clause: "`if` statement", "`else` clause", "`class` definition", "function
    // definition", "`case` block".
    let want = match what.split('`').nth(1) {
        Some(k) => k,
        None if what.starts_with("function definition") => "def",
        None => return None,
    };
    let header = toks
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, t)| t.line < line && t.depth == 0 && text(src, t) == want)
        .find(|(k, t)| starts_line(src, t) || (*k > 0 && text(src, &toks[k - 1]) == "async"))
        .map(|(_, t)| t)?;
    let name = text(src, header);
    Some(match name {
        "def" => format!(
            "expected an indented block after function definition on line {}",
            header.line
        ),
        "class" => format!(
            "expected an indented block after class definition on line {}",
            header.line
        ),
        w => format!(
            "expected an indented block after '{w}' statement on line {}",
            header.line
        ),
    })
}

/// `f(a b)`: inside brackets, two expressions side by side; CPython places the error from
/// the start of the first.
fn forgot_comma(toks: &[Tok], i: usize, src: &str) -> Option<Cpython> {
    let t = &toks[i];
    if t.depth == 0 || matches!(t.kind, Kind::Close(_) | Kind::Op) {
        return None;
    }
    let mut j = i;
    while j > 0 {
        let p = &toks[j - 1];
        if p.depth < t.depth {
            break;
        }
        if p.depth == t.depth
            && let Kind::Op = p.kind
            && matches!(text(src, p), "," | "=" | ":" | ":=")
        {
            break;
        }
        j -= 1;
    }
    if j == i {
        return None;
    }
    // `NAME STRING` (a prefix typo, `print "x"`) is not this rule's.
    if i - j == 1 && toks[j].kind == Kind::Name && t.kind == Kind::Str {
        return None;
    }
    let first = &toks[j];
    Some(syntax(
        first.line,
        first.col,
        "invalid syntax. Perhaps you forgot a comma?",
    ))
}

/// The kind of the target starting at token `i`, up to the first token `stop` says ends it
/// at its depth: `literal`, `function call`, `None`… (CPython's names).
fn target_kind(
    src: &str,
    toks: &[Tok],
    i: usize,
    stop: impl Fn(&Tok) -> bool,
) -> Option<&'static str> {
    let d = toks[i].depth;
    let mut end = i;
    while end < toks.len() && !(toks[end].depth == d && stop(&toks[end])) {
        if toks[end].depth < d {
            break;
        }
        end += 1;
    }
    let target = &toks[i..end];
    match target {
        [one] => match (one.kind, text(src, one)) {
            (Kind::Number | Kind::Str, _) => Some("literal"),
            (Kind::Name, "None") => Some("None"),
            (Kind::Name, "True") => Some("True"),
            (Kind::Name, "False") => Some("False"),
            _ => None,
        },
        [first, .., last] if first.kind == Kind::Name && last.kind == Kind::Close(')') => {
            Some("function call")
        }
        [_, ..] if target.iter().all(|t| t.kind == Kind::Str) => Some("literal"),
        [_, ..] => Some("expression"),
        [] => None,
    }
}

/// `1 = x`, `f() = 1`: CPython's `cannot assign to …` for a statement's target.
fn assignment_target(src: &str, toks: &[Tok], i: usize) -> Option<String> {
    let is_assign = |t: &Tok| t.kind == Kind::Op && text(src, t) == "=";
    // Only a statement `TARGET = value`: the target starts its line.
    if !starts_line(src, &toks[i]) || toks[i].depth != 0 {
        return None;
    }
    let what = target_kind(src, toks, i, is_assign)?;
    Some(match what {
        "None" | "True" | "False" => format!("cannot assign to {what}"),
        w => format!("cannot assign to {w} here. Maybe you meant '==' instead of '='?"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(src: &str) -> Option<Cpython> {
        scan(src).error
    }

    #[test]
    fn the_tokenizer_finds_brackets_strings_and_dedents() {
        assert_eq!(first("print(1))\n"), Some(syntax(1, 9, "unmatched ')'")));
        assert_eq!(
            first("x = (1,\n  2]\n").map(|e| e.message),
            Some("closing parenthesis ']' does not match opening parenthesis '(' on line 1".into())
        );
        assert_eq!(
            first("s = 'ab\n"),
            Some(syntax(
                1,
                5,
                "unterminated string literal (detected at line 1)"
            ))
        );
        assert_eq!(
            first("if 1:\n  x = 1\n y = 22222\n").map(|e| (e.class, e.col)),
            Some((Class::Indentation, 11))
        );
        assert_eq!(scan("x = [1, 2\n").unclosed, Some(('[', 1, 5)));
        // What is valid stays valid.
        for ok in [
            "x = '''a\nb'''\n",
            "s = r'\\''\nt = b\"\\\"\"\n",
            "if x:\n    y = (1,\n  2)\n    z = 1\n",
            "x = 1if y else 2\n",
            "x = 0xFF + 1e-3 + 2j + .5\n",
            "한글 = '값'\n",
            "x = 1 \\\n  + 2\n",
        ] {
            let s = scan(ok);
            assert!(
                s.error.is_none() && s.unclosed.is_none(),
                "{ok:?}: {:?}",
                s.error
            );
        }
    }
}
