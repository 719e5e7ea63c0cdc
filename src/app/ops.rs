//! The Python each key stands for: statement text built from the prompt's input.

use super::state::PromptKind;
use crate::ui::i18n::Lang;
use crate::ui::say::Msg;

/// A Python `str` literal (double quotes) for `text`.
pub fn py_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Parses hex digits, with any whitespace between them (`6869`, `68 69`).
pub fn parse_hex(text: &str) -> Result<Vec<u8>, Msg> {
    let mut digits = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if c.is_whitespace() {
            continue;
        }
        match c.to_digit(16) {
            Some(d) => digits.push(d as u8),
            None => return Err(Msg::NotHexDigit(c, i)),
        }
    }
    if digits.len() % 2 != 0 {
        return Err(Msg::OddHexDigits(digits.len()));
    }
    Ok(digits.chunks(2).map(|p| p[0] << 4 | p[1]).collect())
}

/// Lowercase hex digits, no separator.
pub fn to_hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02x}")).collect()
}

/// `name = io.BytesIO(bytes.fromhex("..."))`: a stream holding `data`, as a statement.
pub fn bytes_statement(name: &str, data: &[u8]) -> String {
    format!(
        "{name} = io.BytesIO(bytes.fromhex({}))",
        py_str(&to_hex(data))
    )
}

/// True when `text` looks like hex rather than a Python expression: only hex digits and
/// spaces, at least one digit.
fn looks_hex(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_hexdigit())
        && text.chars().all(|c| c.is_ascii_hexdigit() || c == ' ')
}

/// True when `text` is a Python identifier (ASCII letters, digits and `_`, or any non-ASCII
/// letter; not starting with a digit).
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// The argument of `write()` for what was typed. A name bound in the session is that name
/// (`ba` is the bytearray `ba`, not the byte 0xba); other hex (`6869`, `68 69`) becomes
/// `bytes.fromhex("6869")`; anything else (a bytes literal `b"hi"`, any expression) is passed
/// as written.
pub fn write_arg(input: &str, is_bound: &dyn Fn(&str) -> bool) -> Result<String, Msg> {
    let t = input.trim();
    if is_identifier(t) && is_bound(t) {
        return Ok(t.to_string());
    }
    if looks_hex(t) {
        let data = parse_hex(t)?;
        return Ok(format!("bytes.fromhex({})", py_str(&to_hex(&data))));
    }
    Ok(t.to_string())
}

/// The statement a prompt's input stands for. `Ok(None)`: nothing to run (empty input where
/// an argument is needed). `Err`: why the input cannot make a statement.
/// `is_bound` tells which names the session binds (for `w`: see [`write_arg`]).
pub fn statement(
    kind: &PromptKind,
    stream: Option<&str>,
    input: &str,
    is_bound: &dyn Fn(&str) -> bool,
) -> Result<Option<String>, Msg> {
    let arg = input.trim();
    let need_stream = || stream.ok_or(Msg::Phrase("the stream has no name to use"));
    Ok(Some(match kind {
        PromptKind::Statement => {
            if arg.is_empty() {
                return Ok(None);
            }
            input.trim_end().to_string()
        }
        PromptKind::Read => format!("{}.read({arg})", need_stream()?),
        PromptKind::Truncate => format!("{}.truncate({arg})", need_stream()?),
        PromptKind::Seek => {
            if arg.is_empty() {
                return Ok(None);
            }
            format!("{}.seek({arg})", need_stream()?)
        }
        PromptKind::Write => {
            if arg.is_empty() {
                return Ok(None);
            }
            format!("{}.write({})", need_stream()?, write_arg(arg, is_bound)?)
        }
        PromptKind::SetByte { view, index } => {
            if arg.is_empty() {
                return Ok(None);
            }
            format!("{view}[{index}] = {arg}")
        }
        PromptKind::Release => {
            if arg.is_empty() {
                return Ok(None);
            }
            format!("{arg}.release()")
        }
        PromptKind::Step { .. } | PromptKind::Goto | PromptKind::Search | PromptKind::SavePath => {
            return Ok(None);
        }
    }))
}

/// What the prompt line says before the input.
pub fn label(kind: &PromptKind, lang: Lang) -> String {
    let t = |en: &'static str| lang.t(en).to_string();
    match kind {
        PromptKind::Statement => ">>> ".into(),
        PromptKind::Read => t("read how many bytes (empty: all)? "),
        PromptKind::Write => t("write (b\"...\", hex or a name)? "),
        PromptKind::Seek => t("seek to? "),
        PromptKind::Truncate => t("truncate at (empty: the position)? "),
        PromptKind::SetByte { view, index } => format!("{view}[{index}] = "),
        PromptKind::Release => t("release which view? "),
        PromptKind::Step { last } => lang.go_to_step(*last),
        PromptKind::Goto => t("go to offset (0x1f00, 7936, +16, -16, end)? "),
        PromptKind::Search => t("search (50 4b 03 04 or \"PK\")? "),
        PromptKind::SavePath => t("save the session as a Python script to? "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_literals() {
        assert_eq!(parse_hex("68 69"), Ok(vec![0x68, 0x69]));
        assert!(parse_hex("686").is_err());
        assert!(parse_hex("6g").is_err());
        let none = |_: &str| false;
        assert_eq!(
            write_arg("6869", &none).as_deref(),
            Ok("bytes.fromhex(\"6869\")")
        );
        assert_eq!(write_arg("b\"hi\"", &none).as_deref(), Ok("b\"hi\""));
        assert_eq!(py_str("a\"b\\\n한"), "\"a\\\"b\\\\\\n한\"");
        let s = statement(&PromptKind::Read, Some("b"), "", &none)
            .ok()
            .flatten();
        assert_eq!(s.as_deref(), Some("b.read()"));
        let s = statement(&PromptKind::Write, Some("b"), "68 69", &none)
            .ok()
            .flatten();
        assert_eq!(s.as_deref(), Some("b.write(bytes.fromhex(\"6869\"))"));
    }

    #[test]
    fn a_bound_name_wins_over_hex() {
        let ba = |n: &str| n == "ba";
        assert_eq!(write_arg("ba", &ba).as_deref(), Ok("ba"));
        assert_eq!(write_arg(" ba ", &ba).as_deref(), Ok("ba"));
        // Not bound: hex, as before.
        assert_eq!(
            write_arg("cafe", &ba).as_deref(),
            Ok("bytes.fromhex(\"cafe\")")
        );
        assert!(is_identifier("ba") && is_identifier("_x1") && is_identifier("한"));
        assert!(!is_identifier("1a") && !is_identifier("b a") && !is_identifier(""));
    }
}
