//! A script's bytes as text, honouring its coding declaration as CPython 3.11 does (PEP 263):
//! `# -*- coding: latin-1 -*-` on line 1, or on line 2 below a comment or blank line.
//! UTF-8, Latin-1 and ASCII are read; a codec CPython has and the engine does not is refused
//! with a message saying so, and any other name with CPython's `encoding problem: NAME`.

use super::lower::{line_col, normalize_newlines, not_utf8};
use crate::model::codec::{self, Codec};

const BOM: &[u8] = b"\xef\xbb\xbf";

/// The script's text, or the `FILE:LINE:COL: SyntaxError: ...` that refuses it.
pub fn decode_script(file: &str, bytes: &[u8]) -> Result<String, String> {
    let Some((name, line)) = declared(bytes) else {
        return String::from_utf8(bytes.to_vec()).map_err(|_| not_utf8(file, bytes));
    };
    let normal = normal_name(&name);
    let problem = |what: &str| format!("{file}:{line}:1: SyntaxError: encoding problem: {what}");
    let bom = bytes.starts_with(BOM);
    match codec::lookup(&normal) {
        Ok(Codec::Utf8) => std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|e| utf8_error(file, bytes, e)),
        Ok(_) if bom => Err(problem(&format!("{normal} with BOM"))),
        Ok(Codec::Latin1) => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        Ok(Codec::Ascii) => match bytes.iter().position(|&b| b >= 0x80) {
            None => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
            Some(at) => {
                let (line, col) = place(bytes, at);
                Err(format!(
                    "{file}:{line}:{col}: SyntaxError: encoding problem: {normal}"
                ))
            }
        },
        // UTF-16 and UTF-32 cannot hold a declaration CPython reads.
        Ok(_) => Err(problem(&normal)),
        Err(_) if !cpython_has(&normal) => Err(problem(&normal)),
        Err(_) => Err(format!(
            "{file}:{line}:1: the script declares the encoding {normal}, which CPython reads \
             and the built-in engine does not (it reads UTF-8, Latin-1 and ASCII); \
             try --engine cpython"
        )),
    }
}

/// The declared encoding and its line (1 or 2), as CPython's tokenizer finds it.
fn declared(bytes: &[u8]) -> Option<(String, usize)> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let mut lines = bytes.split(|&b| b == b'\n' || b == b'\r');
    let first = lines.next()?;
    if let Some(name) = cookie(first) {
        return Some((name, 1));
    }
    let blank_or_comment = first
        .iter()
        .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .is_none_or(|&b| b == b'#');
    if !blank_or_comment {
        return None;
    }
    // `\r\n` makes an empty piece between the two lines.
    let second =
        if bytes.get(first.len()) == Some(&b'\r') && bytes.get(first.len() + 1) == Some(&b'\n') {
            lines.nth(1)
        } else {
            lines.next()
        }?;
    cookie(second).map(|name| (name, 2))
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`: the name a comment line declares.
fn cookie(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let rest = &line[start..];
    (0..rest.len()).find_map(|i| {
        let after = rest[i..].strip_prefix(b"coding")?;
        let after = after
            .strip_prefix(b":")
            .or_else(|| after.strip_prefix(b"="))?;
        let skip = after
            .iter()
            .position(|&b| b != b' ' && b != b'\t')
            .unwrap_or(after.len());
        let name: Vec<u8> = after[skip..]
            .iter()
            .copied()
            .take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            .collect();
        (!name.is_empty()).then(|| String::from_utf8_lossy(&name).into_owned())
    })
}

/// Every text codec name and alias CPython 3.11 looks up (from `encodings`), one a line.
const CPYTHON_CODECS: &str = include_str!("codec_names.txt");

/// Whether `codecs.lookup(name)` finds a text codec in CPython 3.11 (its normalization:
/// lowercase, runs of other characters than letters, digits and `.` as one `_`).
fn cpython_has(name: &str) -> bool {
    let mut norm = String::new();
    for part in name
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .filter(|p| !p.is_empty())
    {
        if !norm.is_empty() {
            norm.push('_');
        }
        norm.push_str(&part.to_ascii_lowercase());
    }
    let dotless = norm.replace('.', "_");
    CPYTHON_CODECS
        .lines()
        .any(|known| known == norm || known == dotless)
}

/// CPython's `get_normal_name`: the spellings of utf-8 and latin-1 it knows by heart.
fn normal_name(name: &str) -> String {
    let buf: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        return "utf-8".into();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin
        .iter()
        .any(|l| buf == *l || buf.starts_with(&format!("{l}-")))
    {
        return "iso-8859-1".into();
    }
    name.to_string()
}

/// 1-based line and column (characters) of byte `at`, the text before it read leniently.
fn place(bytes: &[u8], at: usize) -> (usize, usize) {
    let valid = String::from_utf8_lossy(&bytes[..at]);
    let valid = normalize_newlines(&valid);
    line_col(&valid, valid.len())
}

/// A declared UTF-8 script with a bad byte: CPython's codec error, at that byte.
fn utf8_error(file: &str, bytes: &[u8], e: std::str::Utf8Error) -> String {
    let at = e.valid_up_to();
    let byte = bytes[at];
    let reason = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0xc2..=0xf4).contains(&byte) => "invalid continuation byte",
        Some(_) => "invalid start byte",
    };
    let (line, col) = place(bytes, at);
    format!(
        "{file}:{line}:{col}: SyntaxError: (unicode error) 'utf-8' codec can't decode byte \
         0x{byte:02x} in position 0: {reason}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declaration_is_found_where_cpython_looks() {
        assert_eq!(
            declared(b"# -*- coding: latin-1 -*-\n"),
            Some(("latin-1".into(), 1))
        );
        assert_eq!(
            declared(b"#!/bin/py\n# vim: fileencoding=ascii\n"),
            Some(("ascii".into(), 2))
        );
        assert_eq!(declared(b"\n\n# coding: latin-1\n"), None);
        assert_eq!(declared(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(declared(b"x = 1 # coding: latin-1\n"), None);
        assert_eq!(
            declared(b"#\r\n# coding=utf8\r\n"),
            Some(("utf8".into(), 2))
        );
    }

    #[test]
    fn normal_names_as_get_normal_name() {
        assert_eq!(normal_name("Latin_1"), "iso-8859-1");
        assert_eq!(normal_name("UTF-8-unix"), "utf-8");
        assert_eq!(normal_name("nonsense"), "nonsense");
    }

    #[test]
    fn cpython_codec_names_are_looked_up_as_codecs_lookup_does() {
        assert!(cpython_has("ISO-8859-15"));
        assert!(cpython_has("cp1252"));
        assert!(cpython_has("Shift_JIS"));
        assert!(!cpython_has("nonsense"));
        assert!(!cpython_has("hex"));
    }
}
