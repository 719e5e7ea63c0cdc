//! CPython 3.11's SyntaxError for a bad escape in a string or bytes literal.
//!
//! The parser refuses `b'\x'`, `'\N{nonsense}'` or `'\u12'` with its own words ("Got
//! unexpected unicode"); CPython decodes the literal's text with its `unicodeescape` codec
//! (a str) or its bytes decoder, and its message names the codec, the positions in the text
//! it decoded and the escape: `(unicode error) 'unicodeescape' codec can't decode bytes in
//! position 0-1: truncated \xXX escape`, `(value error) invalid \x escape at position 0`.
//! Its column is the byte just after the literal (the whole f-string for an f-string), its
//! line the literal's last; for a non-ASCII character in bytes, the literal's first byte.

use rustpython_ruff_python_ast::token::TokenKind;
use rustpython_ruff_python_parser::LexicalErrorType;
use rustpython_ruff_text_size::Ranged;

/// CPython's (line, column, message) for the string-literal error the parser reported at
/// byte `offset` of `source`, or `None` when the error is not one of those or the literal is
/// not found (the parser's own message stays then).
pub fn cpython_error(
    source: &str,
    offset: usize,
    error: &LexicalErrorType,
    options: rustpython_ruff_python_parser::ParseOptions,
) -> Option<(usize, usize, String)> {
    let bytes_error = match error {
        LexicalErrorType::UnicodeError
        | LexicalErrorType::MissingUnicodeLbrace
        | LexicalErrorType::MissingUnicodeRbrace => false,
        LexicalErrorType::InvalidByteLiteral => true,
        _ => return None,
    };
    let parsed = rustpython_ruff_python_parser::parse_unchecked(source, options);
    let tokens: &[rustpython_ruff_python_ast::token::Token] = parsed.tokens();
    let inside = |t: &rustpython_ruff_python_ast::token::Token| {
        let r = t.range();
        r.start().to_usize() <= offset && offset <= r.end().to_usize()
    };
    let k = tokens.iter().position(|t| {
        matches!(t.kind(), TokenKind::String | TokenKind::FStringMiddle) && inside(t)
    })?;
    let token = &tokens[k];
    let range = token.range();
    let text = source.get(range.start().to_usize()..range.end().to_usize())?;
    if bytes_error {
        let (line, col) = byte_line_col(source, range.start().to_usize());
        return Some((
            line,
            col,
            "bytes can only contain ASCII literal characters".into(),
        ));
    }
    let (message, end) = if token.kind() == TokenKind::String {
        let (prefix, body) = split_literal(text)?;
        let message = if prefix.contains('b') {
            bytes_escape_error(body)?
        } else {
            str_escape_error(body)?
        };
        (message, range.end().to_usize())
    } else {
        // An f-string's literal part: CPython 3.11 decodes it in pieces that end at a
        // doubled brace (the first brace kept); the column is past the whole f-string.
        let message = fstring_pieces(text)
            .into_iter()
            .find_map(str_escape_error)?;
        let mut depth = 0usize;
        let end = tokens[k + 1..].iter().find_map(|t| match t.kind() {
            TokenKind::FStringStart => {
                depth += 1;
                None
            }
            TokenKind::FStringEnd if depth == 0 => Some(t.range().end().to_usize()),
            TokenKind::FStringEnd => {
                depth -= 1;
                None
            }
            _ => None,
        })?;
        (message, end)
    };
    let (line, col) = byte_line_col(source, end);
    Some((line, col, message))
}

/// 1-based line and 1-based byte column, as CPython counts the column of these errors.
fn byte_line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source.as_bytes()[..offset.min(source.len())];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, offset.min(source.len()) - start + 1)
}

/// The prefix (lowercased) and the text between the quotes of a string literal.
fn split_literal(text: &str) -> Option<(String, &str)> {
    let q = text.find(['\'', '"'])?;
    let prefix = text[..q].to_ascii_lowercase();
    let rest = &text[q..];
    let quote = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        &rest[..3]
    } else {
        &rest[..1]
    };
    let body = rest.strip_prefix(quote)?;
    let body = body.strip_suffix(quote).unwrap_or(body);
    Some((prefix, body))
}

/// An f-string's literal text cut where CPython 3.11 cuts it: after the first brace of `{{`
/// or `}}`, the second skipped.
fn fstring_pieces(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c @ (b'{' | b'}') if b.get(i + 1) == Some(&c) => {
                pieces.push(&text[start..i + 1]);
                start = i + 2;
                i += 2;
            }
            _ => i += 1,
        }
    }
    pieces.push(text.get(start..).unwrap_or(""));
    pieces
}

/// CPython's error for the first bad escape of a bytes literal's text.
fn bytes_escape_error(body: &str) -> Option<String> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        match b.get(i + 1) {
            Some(b'x') => {
                let hex = |k: usize| b.get(i + k).is_some_and(u8::is_ascii_hexdigit);
                if !(hex(2) && hex(3)) {
                    return Some(format!("(value error) invalid \\x escape at position {i}"));
                }
                i += 4;
            }
            _ => i += 2,
        }
    }
    None
}

/// The text CPython hands its `unicodeescape` codec: each non-ASCII character written as
/// `\UXXXXXXXX`, and a backslash before one (or at the end) as `\u005c`.
fn escape_buffer(body: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(b'\\');
            match chars.peek() {
                None => {
                    out.extend_from_slice(b"u005c");
                    break;
                }
                Some(n) if !n.is_ascii() => out.extend_from_slice(b"u005c"),
                Some(&n) => {
                    out.push(n as u8);
                    chars.next();
                }
            }
        } else if c.is_ascii() {
            out.push(c as u8);
        } else {
            out.extend_from_slice(format!("\\U{:08x}", u32::from(c)).as_bytes());
        }
    }
    out
}

/// CPython's error for the first bad escape of a str literal's text.
fn str_escape_error(body: &str) -> Option<String> {
    let b = escape_buffer(body);
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        let Some(&c) = b.get(i + 1) else {
            return Some(codec_error(start, b.len(), "\\ at end of string"));
        };
        i += 2;
        let (count, message) = match c {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                let malformed = "malformed \\N character escape";
                if b.get(i) != Some(&b'{') {
                    return Some(codec_error(start, i, malformed));
                }
                let name_start = i + 1;
                let Some(close) = b[name_start..].iter().position(|&x| x == b'}') else {
                    return Some(codec_error(start, b.len(), malformed));
                };
                let name_end = name_start + close;
                if close == 0 {
                    return Some(codec_error(start, name_end, malformed));
                }
                let name = std::str::from_utf8(&b[name_start..name_end]).unwrap_or("");
                i = name_end + 1;
                if unicode_names2::character(name).is_none() {
                    return Some(codec_error(start, i, "unknown Unicode character name"));
                }
                continue;
            }
            _ => continue,
        };
        let mut value: u32 = 0;
        for _ in 0..count {
            match b.get(i).and_then(|&d| char::from(d).to_digit(16)) {
                Some(d) => {
                    value = value * 16 + d;
                    i += 1;
                }
                None => return Some(codec_error(start, i, message)),
            }
        }
        if value > 0x10FFFF {
            return Some(codec_error(start, i, "illegal Unicode character"));
        }
    }
    None
}

/// A `UnicodeDecodeError` of the `unicodeescape` codec over bytes `start..end`, as a
/// SyntaxError's message.
fn codec_error(start: usize, end: usize, reason: &str) -> String {
    let at = if end <= start + 1 {
        format!("byte 0x5c in position {start}")
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    format!("(unicode error) 'unicodeescape' codec can't decode {at}: {reason}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codec_buffer_spells_non_ascii_as_cpython_does() {
        assert_eq!(escape_buffer("a\\é"), b"a\\u005c\\U000000e9".to_vec());
        assert_eq!(escape_buffer("\\\\x"), b"\\\\x".to_vec());
    }

    #[test]
    fn fstring_pieces_end_at_doubled_braces() {
        assert_eq!(fstring_pieces("a{{b\\x"), vec!["a{", "b\\x"]);
        assert_eq!(fstring_pieces("ab"), vec!["ab"]);
    }
}
