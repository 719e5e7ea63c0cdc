//! Text encodings: `str.encode` and `bytes.decode` for utf-8, ascii, latin-1, utf-16 and
//! utf-32, with the strict, replace, ignore, backslashreplace and xmlcharrefreplace error
//! handlers and CPython's messages.

use super::error::{ExcType, PyErr, PyResult, type_error, unsupported};

/// A codec the engine implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// The name error messages give it.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// `encodings.normalize_encoding`, lowercased: runs of punctuation become one `_`.
fn normalize(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Codecs CPython has that the engine does not implement.
const OTHER_TEXT_CODECS: &[&str] = &[
    "cp1252",
    "windows_1252",
    "cp437",
    "cp850",
    "cp1251",
    "cp1250",
    "utf_7",
    "utf7",
    "utf_8_sig",
    "shift_jis",
    "sjis",
    "euc_jp",
    "euc_kr",
    "cp949",
    "gbk",
    "gb2312",
    "gb18030",
    "big5",
    "koi8_r",
    "koi8_u",
    "mac_roman",
    "iso8859_2",
    "iso8859_15",
    "latin_9",
    "iso2022_jp",
    "idna",
    "punycode",
    "raw_unicode_escape",
    "unicode_escape",
    "charmap",
    "mbcs",
    "oem",
];

const NON_TEXT_CODECS: &[&str] = &[
    "hex",
    "hex_codec",
    "base64",
    "base_64",
    "base64_codec",
    "rot13",
    "rot_13",
    "zlib",
    "zip",
    "zlib_codec",
    "bz2",
    "bz2_codec",
    "quopri",
    "quotedprintable",
    "quoted_printable",
    "quopri_codec",
    "uu",
    "uu_codec",
];

/// `codecs.lookup(name)` for the codecs the engine has; LookupError for unknown names.
pub fn lookup(name: &str) -> PyResult<Codec> {
    let n = normalize(name);
    let n = n.replace('.', "_");
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "ansi_x3_4"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646_irv_1991" | "iso_ir_6" | "us" => {
            Codec::Ascii
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "ibm819" | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" => Codec::Utf32Be,
        other if NON_TEXT_CODECS.contains(&other) => {
            return Err(PyErr::new(
                ExcType::LookupError,
                format!(
                    "'{name}' is not a text encoding; use codecs.encode() to handle arbitrary codecs"
                ),
            ));
        }
        other if OTHER_TEXT_CODECS.contains(&other) => {
            return Err(unsupported(format!("the codec '{name}'")));
        }
        _ => {
            return Err(PyErr::new(
                ExcType::LookupError,
                format!("unknown encoding: {name}"),
            ));
        }
    })
}

/// An error handler.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Replace,
    Ignore,
    Backslash,
    XmlRef,
}

/// The handler named `errors`, looked up only when an error happens (as CPython does).
fn handler(errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "replace" => Handler::Replace,
        "ignore" => Handler::Ignore,
        "backslashreplace" => Handler::Backslash,
        "xmlcharrefreplace" => Handler::XmlRef,
        "surrogateescape" | "surrogatepass" | "namereplace" => {
            return Err(unsupported(format!("the error handler '{errors}'")));
        }
        _ => {
            return Err(PyErr::new(
                ExcType::LookupError,
                format!("unknown error handler name '{errors}'"),
            ));
        }
    })
}

fn char_repr(c: char) -> String {
    let u = c as u32;
    if u <= 0xff {
        format!("'\\x{u:02x}'")
    } else if u <= 0xffff {
        format!("'\\u{u:04x}'")
    } else {
        format!("'\\U{u:08x}'")
    }
}

fn encode_error(codec: &str, chars: &[char], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!(
            "'{codec}' codec can't encode character {} in position {start}: {reason}",
            char_repr(chars[start])
        )
    } else {
        format!(
            "'{codec}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    PyErr::new(ExcType::UnicodeEncodeError, msg)
}

fn decode_error(codec: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    PyErr::new(ExcType::UnicodeDecodeError, msg)
}

fn backslash_char(out: &mut Vec<u8>, c: char) {
    let u = c as u32;
    let s = if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// An upper bound of the size of `s.encode(encoding, errors)`, in bytes, to check against a
/// memory cap before encoding (0 for an unknown codec: the encode itself then fails).
pub fn encoded_len_bound(s: &str, encoding: &str, errors: &str) -> u128 {
    let chars = || s.chars().count() as u128;
    match lookup(encoding) {
        Ok(Codec::Utf8) => s.len() as u128,
        Ok(Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be) => {
            s.encode_utf16().count() as u128 * 2 + 2
        }
        Ok(Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be) => chars() * 4 + 4,
        Ok(_) if matches!(errors, "backslashreplace" | "xmlcharrefreplace") => chars() * 10,
        Ok(_) => chars(),
        Err(_) => 0,
    }
}

/// An upper bound of the size of `data.decode(encoding, errors)`'s str, in bytes of UTF-8.
pub fn decoded_len_bound(data: &[u8], encoding: &str, errors: &str) -> u128 {
    let n = data.len() as u128;
    let backslash = errors == "backslashreplace";
    match lookup(encoding) {
        Ok(Codec::Utf8) if std::str::from_utf8(data).is_ok() => n,
        Ok(Codec::Ascii) if data.is_ascii() => n,
        Ok(Codec::Latin1) => n * 2,
        _ if backslash => n * 4,
        _ => n * 3 + 4,
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    let limit = match codec {
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let le = codec != Codec::Utf16Be;
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                let b = if le { u.to_le_bytes() } else { u.to_be_bytes() };
                out.extend_from_slice(&b);
            }
            return Ok(out);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let le = codec != Codec::Utf32Be;
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                let b = if le { u.to_le_bytes() } else { u.to_be_bytes() };
                out.extend_from_slice(&b);
            }
            return Ok(out);
        }
    };
    let reason = if limit == 0x80 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match handler(errors)? {
            Handler::Strict => return Err(encode_error(codec.name(), &chars, i, j, reason)),
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', j - i)),
            Handler::Ignore => {}
            Handler::Backslash => chars[i..j]
                .iter()
                .for_each(|&c| backslash_char(&mut out, c)),
            Handler::XmlRef => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = j;
    }
    Ok(out)
}

/// What a decoder does with a bad range: push a replacement, or fail.
fn on_decode_error(
    out: &mut String,
    errors: &str,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match handler(errors)? {
        Handler::Strict => Err(decode_error(codec, data, start, end, reason)),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::Ignore => Ok(()),
        Handler::Backslash => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        Handler::XmlRef => Err(type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    // As `PyUnicode_Decode`: nothing to decode, no codec looked up.
    if data.is_empty() {
        return Ok(String::new());
    }
    let codec = lookup(encoding)?;
    let name = codec.name();
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Utf8 => {
            let mut rest = data;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let ok = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..ok]).unwrap_or_default());
                        let start = base + ok;
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - ok, "unexpected end of data"),
                            Some(n) => {
                                let b = rest[ok];
                                if n == 1 && !(0xc2..=0xf4).contains(&b) {
                                    (1, "invalid start byte")
                                } else {
                                    (n, "invalid continuation byte")
                                }
                            }
                        };
                        on_decode_error(&mut out, errors, name, data, start, start + len, reason)?;
                        rest = &rest[ok + len..];
                        base = start + len;
                    }
                }
            }
        }
        Codec::Ascii | Codec::Latin1 => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 || codec == Codec::Latin1 {
                    out.push(b as char);
                } else {
                    on_decode_error(
                        &mut out,
                        errors,
                        name,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                    )?;
                }
            }
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (mut le, mut i) = (codec != Codec::Utf16Be, 0);
            if codec == Codec::Utf16 && data.len() >= 2 {
                match (data[0], data[1]) {
                    (0xff, 0xfe) => i = 2,
                    (0xfe, 0xff) => {
                        le = false;
                        i = 2;
                    }
                    _ => {}
                }
            }
            let name = if le { "utf-16-le" } else { "utf-16-be" };
            let unit = |i: usize| -> u16 {
                let b = [data[i], data[i + 1]];
                if le {
                    u16::from_le_bytes(b)
                } else {
                    u16::from_be_bytes(b)
                }
            };
            let n = data.len();
            while i < n {
                if i + 1 >= n {
                    on_decode_error(&mut out, errors, name, data, i, n, "truncated data")?;
                    break;
                }
                let u = unit(i);
                if !(0xd800..0xe000).contains(&u) {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                    i += 2;
                    continue;
                }
                if u >= 0xdc00 {
                    on_decode_error(&mut out, errors, name, data, i, i + 2, "illegal encoding")?;
                    i += 2;
                    continue;
                }
                if i + 3 >= n {
                    on_decode_error(&mut out, errors, name, data, i, n, "unexpected end of data")?;
                    break;
                }
                let low = unit(i + 2);
                if !(0xdc00..0xe000).contains(&low) {
                    on_decode_error(
                        &mut out,
                        errors,
                        name,
                        data,
                        i,
                        i + 2,
                        "illegal UTF-16 surrogate",
                    )?;
                    i += 2;
                    continue;
                }
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
            }
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (mut le, mut i) = (codec != Codec::Utf32Be, 0);
            if codec == Codec::Utf32 && data.len() >= 4 {
                match (data[0], data[1], data[2], data[3]) {
                    (0xff, 0xfe, 0, 0) => i = 4,
                    (0, 0, 0xfe, 0xff) => {
                        le = false;
                        i = 4;
                    }
                    _ => {}
                }
            }
            let name = if le { "utf-32-le" } else { "utf-32-be" };
            let n = data.len();
            while i < n {
                if i + 3 >= n {
                    on_decode_error(&mut out, errors, name, data, i, n, "truncated data")?;
                    break;
                }
                let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
                let u = if le {
                    u32::from_le_bytes(b)
                } else {
                    u32::from_be_bytes(b)
                };
                match char::from_u32(u) {
                    Some(c) => out.push(c),
                    None if (0xd800..0xe000).contains(&u) => {
                        on_decode_error(
                            &mut out,
                            errors,
                            name,
                            data,
                            i,
                            i + 4,
                            "code point in surrogate code point range(0xd800, 0xe000)",
                        )?;
                    }
                    None => on_decode_error(
                        &mut out,
                        errors,
                        name,
                        data,
                        i,
                        i + 4,
                        "code point not in range(0x110000)",
                    )?,
                }
                i += 4;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_as_python() {
        assert_eq!(lookup("UTF-8").ok(), Some(Codec::Utf8));
        assert_eq!(lookup("utf--8").ok(), Some(Codec::Utf8));
        assert_eq!(lookup("Utf 8").ok(), Some(Codec::Utf8));
        assert_eq!(lookup("ISO-8859-1").ok(), Some(Codec::Latin1));
        assert_eq!(lookup("US-ASCII").ok(), Some(Codec::Ascii));
        assert_eq!(
            lookup("foo").err().map(|e| e.line()).as_deref(),
            Some("LookupError: unknown encoding: foo")
        );
    }

    #[test]
    fn utf8_errors_as_cpython() {
        let e = |d: &[u8]| {
            decode(d, "utf-8", "strict")
                .err()
                .map(|e| e.msg)
                .unwrap_or_default()
        };
        assert_eq!(
            e(b"\xff"),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(
            e(b"\xe4\xb8"),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
        assert_eq!(
            e(b"\xe4\xb8x"),
            "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
        );
        assert_eq!(
            e(b"\xed\xa0\x80"),
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"
        );
        assert_eq!(
            decode(b"\xe4\xb8x\xffz", "utf-8", "replace")
                .ok()
                .as_deref(),
            Some("\u{fffd}x\u{fffd}z")
        );
        assert_eq!(
            encode("한국어", "utf-8", "strict").ok(),
            Some(b"\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4".to_vec())
        );
    }
}
