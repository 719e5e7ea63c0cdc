//! The helper's messages, one JSON object a line (see the header of `helper.py`).

use serde::Deserialize;

/// A stream's state as the helper reads it: size, position, closed, export count.
pub type WireState = (usize, i64, bool, usize);

#[derive(Debug, Deserialize)]
#[serde(tag = "t")]
pub enum Msg {
    #[serde(rename = "hello")]
    Hello {
        version: String,
        calls: bool,
        #[serde(rename = "struct")]
        structs: bool,
        #[serde(default)]
        lines: bool,
    },
    #[serde(rename = "stmt")]
    Stmt {
        i: usize,
        l: usize,
        el: usize,
        /// Columns (UTF-8 bytes) where the statement starts and ends.
        #[serde(default)]
        c: usize,
        #[serde(default)]
        ec: usize,
        echo: String,
    },
    /// A BytesIO was made, with its first bytes (base64) and size.
    #[serde(rename = "new")]
    New { s: u64, d: String, n: usize },
    #[serde(rename = "call")]
    Call(CallMsg),
    #[serde(rename = "step")]
    Step(StepMsg),
    /// The script ended the interpreter (`sys.exit`).
    #[serde(rename = "exit")]
    Exit { code: i32 },
    /// The script could not be read or parsed: the traceback.
    #[serde(rename = "fatal")]
    Fatal { msg: String },
    #[serde(rename = "done")]
    Done,
}

/// One method call on a BytesIO.
#[derive(Debug, Deserialize)]
pub struct CallMsg {
    /// The stream.
    pub s: u64,
    /// The method (`write`).
    pub m: String,
    /// The arguments' reprs (`["0"]`), unless a write's count is sent.
    #[serde(default)]
    pub a: Vec<String>,
    /// Bytes written (`write`, `writelines`), at offset `at`; `hx`: the first 8 in hex.
    #[serde(default)]
    pub n: Option<usize>,
    #[serde(default)]
    pub at: i64,
    #[serde(default)]
    pub hx: Option<String>,
    /// Its result, when worth showing: a repr (`30`),
    #[serde(default)]
    pub r: Option<String>,
    /// or bytes read (`rn`), their first 8 in hex (`rh`),
    #[serde(default)]
    pub rn: Option<usize>,
    #[serde(default)]
    pub rh: Option<String>,
    /// or a memoryview, with the stream's export count (`rx`).
    #[serde(default)]
    pub rx: Option<usize>,
    /// The calling library's module, or None for the script itself.
    #[serde(default)]
    pub lib: Option<String>,
    /// The calling function.
    #[serde(default, rename = "fn")]
    pub func: Option<String>,
    /// The script's line running at the time.
    pub l: usize,
    /// Byte edits: (offset, base64 bytes, size after).
    #[serde(default)]
    pub e: Vec<(usize, String, usize)>,
    /// The stream's state after the call.
    pub st: WireState,
    /// The error line, when the call raised.
    #[serde(default)]
    pub err: Option<String>,
}

/// The state after one executed line of the script.
#[derive(Debug, Deserialize)]
pub struct StepMsg {
    pub l: usize,
    /// What the line printed.
    #[serde(default)]
    pub o: String,
    /// Every live stream: (id, size, position, closed, exports).
    #[serde(default)]
    pub s: Vec<(u64, usize, i64, bool, usize)>,
    /// Edits not made by a call (views writing): (stream, offset, base64 bytes, size after).
    #[serde(default)]
    pub e: Vec<(u64, usize, String, usize)>,
    /// The names, when they changed: (name, short repr, stream id if a stream).
    #[serde(default)]
    pub n: Option<Vec<(String, String, Option<u64>)>>,
    /// The live views, when they changed.
    #[serde(default)]
    pub v: Option<Vec<ViewMsg>>,
    /// The statement's last step.
    #[serde(default)]
    pub end: bool,
    /// A function returned (the step is its return): the value's short repr.
    #[serde(default)]
    pub r: Option<String>,
    /// The statement's last step has no line of its own: what it has joins the step before.
    #[serde(default)]
    pub m: bool,
    /// The innermost loop of the line's frame: its line and iteration (1-based).
    #[serde(default)]
    pub it: Option<(usize, u64)>,
    /// The statement's error line (with its newline), on its last step.
    #[serde(default)]
    pub err: Option<String>,
}

/// A live memoryview of a stream's export.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct ViewMsg {
    pub id: u64,
    /// The stream, for a view of a BytesIO.
    #[serde(default)]
    pub s: Option<u64>,
    /// Else what it exports: `bytes` or `bytearray`.
    #[serde(default)]
    pub src: Option<String>,
    /// The export (managed buffer) it belongs to.
    pub f: u64,
    pub start: i64,
    pub stride: i64,
    pub count: usize,
    pub item: usize,
    /// Its struct format (`B`, or a cast's `H`, `i`, ...); older helpers sent none.
    #[serde(default)]
    pub fmt: Option<String>,
    pub nbytes: usize,
    pub ro: bool,
    /// Holders: (kind: "name" / "_" / "error", name, whether the holder is the view itself).
    pub h: Vec<(String, String, bool)>,
}

/// Decodes standard base64 (with padding), as the helper writes it.
pub fn base64(text: &str) -> Result<Vec<u8>, String> {
    fn val(c: u8) -> Option<u8> {
        match c {
            b'A'..=b'Z' => Some(c - b'A'),
            b'a'..=b'z' => Some(c - b'a' + 26),
            b'0'..=b'9' => Some(c - b'0' + 52),
            b'+' => Some(62),
            b'/' => Some(63),
            _ => None,
        }
    }
    let bytes = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut acc: u32 = 0;
        for (i, &c) in chunk.iter().enumerate() {
            let v = val(c).ok_or_else(|| format!("bad base64 character {:?}", c as char))?;
            acc |= u32::from(v) << (18 - 6 * i);
        }
        let n = match chunk.len() {
            4 => 3,
            3 => 2,
            2 => 1,
            _ => return Err("truncated base64".into()),
        };
        out.extend_from_slice(&acc.to_be_bytes()[1..=n]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_the_helpers_text() {
        assert_eq!(base64("").unwrap(), b"");
        assert_eq!(base64("YQ==").unwrap(), b"a");
        assert_eq!(base64("YWI=").unwrap(), b"ab");
        assert_eq!(base64("YWJj").unwrap(), b"abc");
        assert_eq!(base64("UEsDBA==").unwrap(), b"PK\x03\x04");
        assert!(base64("Y!==").is_err());
        assert!(base64("Y").is_err());
    }

    #[test]
    fn messages_parse() {
        let m: Msg = serde_json::from_str(
            r#"{"t":"call","s":1,"m":"tell","a":[],"r":"30","lib":"zipfile","fn":"writestr","l":3,"e":[],"st":[30,30,false,0],"err":null}"#,
        )
        .unwrap();
        assert!(matches!(m, Msg::Call(c) if c.func.as_deref() == Some("writestr")));
        let m: Msg = serde_json::from_str(
            r#"{"t":"call","s":1,"m":"write","n":30,"at":0,"hx":"50 4b 03 04","lib":null,"l":3,"e":[],"st":[30,30,false,0]}"#,
        )
        .unwrap();
        assert!(matches!(m, Msg::Call(c) if c.n == Some(30) && c.a.is_empty() && c.r.is_none()));
        let m: Result<Msg, _> = serde_json::from_str(r#"{"t":"nope"}"#);
        assert!(m.is_err());
    }
}
