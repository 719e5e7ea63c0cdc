//! Format hints: the headers and signatures that libraries write into a stream (zip, gzip,
//! PNG, WAV, pickle), as labelled byte ranges, so the grid can say what a byte is part of
//! (`zip local file header: CRC-32 = 0x3610a686`). Pure: a byte slice in, fields out; a
//! structure that is cut short or does not follow its format ends the walk, never panics.

/// One labelled field: the half-open byte range, the structure it belongs to, its name and
/// its value as shown. The structure's and the field's names are the format's terms (in
/// English); the UI words them ([`crate::ui::formats::hint`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub start: usize,
    pub end: usize,
    pub structure: &'static str,
    pub name: &'static str,
    pub value: String,
    /// The value is a count of bytes (a chunk's data: `16`, shown as `16 bytes`).
    pub counts_bytes: bool,
}

/// The fields of `data`, in order of offset, for the first format that its start matches.
pub fn parse(data: &[u8]) -> Vec<Field> {
    let mut out = Vec::new();
    if data.starts_with(b"PK") {
        zip(data, &mut out);
    } else if data.starts_with(&[0x1f, 0x8b]) {
        gzip(data, &mut out);
    } else if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        png(data, &mut out);
    } else if data.starts_with(b"RIFF") {
        wav(data, &mut out);
    } else if data.first() == Some(&0x80) {
        pickle(data, &mut out);
    }
    out
}

/// The field at `offset`, if one covers it.
pub fn at(fields: &[Field], offset: usize) -> Option<&Field> {
    fields.iter().find(|f| f.start <= offset && offset < f.end)
}

/// How a field's value reads.
#[derive(Clone, Copy)]
enum Kind {
    /// Little-endian unsigned integer, decimal.
    Le,
    /// Big-endian unsigned integer, decimal.
    Be,
    /// Little-endian, in hex (`0x3610a686`).
    Hex,
    /// Big-endian, in hex.
    BeHex,
    /// The bytes as a Python bytes literal's contents (`PK\x03\x04`).
    Raw,
    /// Text (a file name).
    Text,
}

/// Reads fields one after another from a cursor.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    structure: &'static str,
}

impl Reader<'_> {
    /// The next `n` bytes as a field; None (and the walk ends) when the data ends first.
    fn field(
        &mut self,
        out: &mut Vec<Field>,
        name: &'static str,
        n: usize,
        kind: Kind,
    ) -> Option<u64> {
        let bytes = self.data.get(self.pos..self.pos.checked_add(n)?)?;
        let le = bytes.iter().rev().fold(0u64, |v, &b| v << 8 | u64::from(b));
        let be = bytes.iter().fold(0u64, |v, &b| v << 8 | u64::from(b));
        let (num, value) = match kind {
            Kind::Le => (le, le.to_string()),
            Kind::Be => (be, be.to_string()),
            Kind::Hex => (le, format!("{le:#0w$x}", w = 2 + 2 * n)),
            Kind::BeHex => (be, format!("{be:#0w$x}", w = 2 + 2 * n)),
            Kind::Raw => (be, escape(bytes)),
            Kind::Text => (0, format!("'{}'", String::from_utf8_lossy(bytes))),
        };
        if n > 0 {
            out.push(Field {
                start: self.pos,
                end: self.pos + n,
                structure: self.structure,
                name,
                value,
                counts_bytes: false,
            });
        }
        self.pos += n;
        Some(num)
    }

    fn skip(&mut self, n: u64) -> Option<()> {
        self.pos = self.pos.checked_add(usize::try_from(n).ok()?)?;
        (self.pos <= self.data.len()).then_some(())
    }
}

fn escape(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x20..=0x7e if b != b'\\' => (b as char).to_string(),
            _ => format!("\\x{b:02x}"),
        })
        .collect()
}

fn zip(data: &[u8], out: &mut Vec<Field>) {
    let mut r = Reader {
        data,
        pos: 0,
        structure: "",
    };
    while let Some(sig) = data.get(r.pos..r.pos + 4) {
        let ok = match sig {
            b"PK\x03\x04" => zip_local(&mut r, out),
            b"PK\x01\x02" => zip_central(&mut r, out),
            b"PK\x05\x06" => zip_end(&mut r, out),
            _ => None,
        };
        if ok.is_none() {
            return;
        }
    }
}

fn zip_local(r: &mut Reader, out: &mut Vec<Field>) -> Option<()> {
    use Kind::*;
    r.structure = "zip local file header";
    r.field(out, "signature", 4, Raw)?;
    r.field(out, "version needed", 2, Le)?;
    r.field(out, "flags", 2, Hex)?;
    r.field(out, "compression", 2, Le)?;
    r.field(out, "modification time", 2, Hex)?;
    r.field(out, "modification date", 2, Hex)?;
    r.field(out, "CRC-32", 4, Hex)?;
    let size = r.field(out, "compressed size", 4, Le)?;
    r.field(out, "uncompressed size", 4, Le)?;
    let name = r.field(out, "name length", 2, Le)?;
    let extra = r.field(out, "extra length", 2, Le)?;
    r.field(out, "name", usize::try_from(name).ok()?, Text)?;
    r.skip(extra)?;
    r.structure = "zip file data";
    let start = r.pos;
    r.skip(size)?;
    if r.pos > start {
        out.push(Field {
            start,
            end: r.pos,
            structure: "zip file data",
            name: "data",
            value: size.to_string(),
            counts_bytes: true,
        });
    }
    Some(())
}

fn zip_central(r: &mut Reader, out: &mut Vec<Field>) -> Option<()> {
    use Kind::*;
    r.structure = "zip central directory";
    r.field(out, "signature", 4, Raw)?;
    r.field(out, "version made by", 2, Le)?;
    r.field(out, "version needed", 2, Le)?;
    r.field(out, "flags", 2, Hex)?;
    r.field(out, "compression", 2, Le)?;
    r.field(out, "modification time", 2, Hex)?;
    r.field(out, "modification date", 2, Hex)?;
    r.field(out, "CRC-32", 4, Hex)?;
    r.field(out, "compressed size", 4, Le)?;
    r.field(out, "uncompressed size", 4, Le)?;
    let name = r.field(out, "name length", 2, Le)?;
    let extra = r.field(out, "extra length", 2, Le)?;
    let comment = r.field(out, "comment length", 2, Le)?;
    r.field(out, "disk number", 2, Le)?;
    r.field(out, "internal attributes", 2, Hex)?;
    r.field(out, "external attributes", 4, Hex)?;
    r.field(out, "local header offset", 4, Le)?;
    r.field(out, "name", usize::try_from(name).ok()?, Text)?;
    r.skip(extra.checked_add(comment)?)
}

fn zip_end(r: &mut Reader, out: &mut Vec<Field>) -> Option<()> {
    use Kind::*;
    r.structure = "zip end record";
    r.field(out, "signature", 4, Raw)?;
    r.field(out, "disk number", 2, Le)?;
    r.field(out, "central directory disk", 2, Le)?;
    r.field(out, "entries on this disk", 2, Le)?;
    r.field(out, "entries", 2, Le)?;
    r.field(out, "central directory size", 4, Le)?;
    r.field(out, "central directory offset", 4, Le)?;
    let comment = r.field(out, "comment length", 2, Le)?;
    r.field(out, "comment", usize::try_from(comment).ok()?, Text)?;
    Some(())
}

fn gzip(data: &[u8], out: &mut Vec<Field>) {
    use Kind::*;
    let mut r = Reader {
        data,
        pos: 0,
        structure: "gzip header",
    };
    let head = (|| {
        r.field(out, "magic", 2, Raw)?;
        r.field(out, "compression", 1, Le)?;
        r.field(out, "flags", 1, Hex)?;
        r.field(out, "modification time", 4, Le)?;
        r.field(out, "extra flags", 1, Le)?;
        r.field(out, "operating system", 1, Le)
    })();
    if head.is_none() || data.len() < 18 {
        return;
    }
    let mut t = Reader {
        data,
        pos: data.len() - 8,
        structure: "gzip trailer",
    };
    let _ = t.field(out, "CRC-32", 4, Hex);
    let _ = t.field(out, "uncompressed size", 4, Le);
}

fn png(data: &[u8], out: &mut Vec<Field>) {
    use Kind::*;
    let mut r = Reader {
        data,
        pos: 0,
        structure: "PNG signature",
    };
    if r.field(out, "signature", 8, Raw).is_none() {
        return;
    }
    let mut chunk = || -> Option<bool> {
        r.structure = "PNG chunk";
        let len = r.field(out, "length", 4, Be)?;
        let ty = data.get(r.pos..r.pos + 4)?.to_vec();
        r.field(out, "type", 4, Raw)?;
        if ty == b"IHDR" && len == 13 {
            r.structure = "PNG IHDR";
            r.field(out, "width", 4, Be)?;
            r.field(out, "height", 4, Be)?;
            r.field(out, "bit depth", 1, Le)?;
            r.field(out, "colour type", 1, Le)?;
            r.field(out, "compression", 1, Le)?;
            r.field(out, "filter", 1, Le)?;
            r.field(out, "interlace", 1, Le)?;
        } else {
            r.skip(len)?;
        }
        r.structure = "PNG chunk";
        r.field(out, "CRC-32", 4, BeHex)?;
        Some(ty != b"IEND")
    };
    while let Some(true) = chunk() {}
}

fn wav(data: &[u8], out: &mut Vec<Field>) {
    use Kind::*;
    let mut r = Reader {
        data,
        pos: 0,
        structure: "RIFF header",
    };
    let head = (|| {
        r.field(out, "chunk id", 4, Raw)?;
        r.field(out, "chunk size", 4, Le)?;
        r.field(out, "format", 4, Raw)
    })();
    if head.is_none() {
        return;
    }
    let mut chunk = || -> Option<()> {
        let id = data.get(r.pos..r.pos + 4)?.to_vec();
        r.structure = if id == b"fmt " {
            "WAV fmt chunk"
        } else if id == b"data" {
            "WAV data chunk"
        } else {
            "RIFF chunk"
        };
        r.field(out, "chunk id", 4, Raw)?;
        let size = r.field(out, "chunk size", 4, Le)?;
        if id == b"fmt " && size >= 16 {
            r.field(out, "audio format", 2, Le)?;
            r.field(out, "channels", 2, Le)?;
            r.field(out, "sample rate", 4, Le)?;
            r.field(out, "byte rate", 4, Le)?;
            r.field(out, "block align", 2, Le)?;
            r.field(out, "bits per sample", 2, Le)?;
            r.skip(size - 16)?;
        } else {
            let start = r.pos;
            let end = start
                .saturating_add(usize::try_from(size).ok()?)
                .min(data.len());
            if end > start {
                out.push(Field {
                    start,
                    end,
                    structure: r.structure,
                    name: "samples",
                    value: size.to_string(),
                    counts_bytes: true,
                });
            }
            r.skip(size)?;
        }
        // Chunks are padded to an even size.
        if size % 2 == 1 {
            r.skip(1)?;
        }
        Some(())
    };
    while chunk().is_some() {}
}

fn pickle(data: &[u8], out: &mut Vec<Field>) {
    use Kind::*;
    let mut r = Reader {
        data,
        pos: 0,
        structure: "pickle",
    };
    let _ = (|| {
        r.field(out, "PROTO opcode", 1, Hex)?;
        r.field(out, "protocol", 1, Le)?;
        if data.get(r.pos) == Some(&0x95) {
            r.field(out, "FRAME opcode", 1, Hex)?;
            r.field(out, "frame length", 8, Le)?;
        }
        Some(())
    })();
    if data.len() > r.pos && data.last() == Some(&b'.') {
        out.push(Field {
            start: data.len() - 1,
            end: data.len(),
            structure: "pickle",
            name: "STOP opcode",
            value: "'.'".into(),
            counts_bytes: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(fields: &'a [Field], structure: &str, name: &str) -> &'a Field {
        fields
            .iter()
            .find(|f| f.structure == structure && f.name == name)
            .unwrap_or_else(|| panic!("no {structure}: {name} in {fields:?}"))
    }

    // Made with python3: `zipfile.ZipFile(b, "w").writestr("hello.txt", "Hello, BytesIO!\n")`
    // (ZIP_STORED, the date fixed to 2020-09-13 12:26:40).
    const ZIP: &[u8] = b"PK\x03\x04\x14\x00\x00\x00\x00\x00Tc-Q\xd39\x94'\x10\x00\x00\x00\x10\x00\x00\x00\x09\x00\x00\x00hello.txtHello, BytesIO!\x0aPK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00Tc-Q\xd39\x94'\x10\x00\x00\x00\x10\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00hello.txtPK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x007\x00\x00\x007\x00\x00\x00\x00\x00";

    #[test]
    fn zip_headers_are_labelled() {
        let f = parse(ZIP);
        let said = |f: &Field| format!("{}: {} = {}", f.structure, f.name, f.value);
        assert_eq!(
            at(&f, 0).map(said).as_deref(),
            Some("zip local file header: signature = PK\\x03\\x04")
        );
        assert_eq!(
            at(&f, 14).map(said).as_deref(),
            Some("zip local file header: CRC-32 = 0x279439d3")
        );
        let data = find(&f, "zip file data", "data");
        assert!(data.counts_bytes && data.value == "16", "{data:?}");
        assert_eq!(
            find(&f, "zip local file header", "name").value,
            "'hello.txt'"
        );
        assert_eq!(find(&f, "zip file data", "data").start, 39);
        assert_eq!(find(&f, "zip central directory", "signature").start, 55);
        assert_eq!(
            find(&f, "zip central directory", "local header offset").value,
            "0"
        );
        let end = find(&f, "zip end record", "signature");
        assert_eq!((end.start, end.end), (110, 114));
        assert_eq!(
            find(&f, "zip end record", "central directory offset").value,
            "55"
        );
        assert_eq!(find(&f, "zip end record", "entries").value, "1");
        assert_eq!(at(&f, ZIP.len()), None);
    }

    #[test]
    fn cut_short_structures_end_the_walk() {
        for n in 0..ZIP.len() {
            let f = parse(&ZIP[..n]);
            assert!(f.iter().all(|x| x.end <= n));
        }
        assert!(parse(b"PK\x03\x04\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff").len() < 20);
    }

    // python3: `gzip.compress(b"hello", mtime=0)`.
    #[test]
    fn gzip_header_and_trailer() {
        let gz = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00";
        let f = parse(gz);
        assert_eq!(find(&f, "gzip header", "magic").value, "\\x1f\\x8b");
        assert_eq!(find(&f, "gzip header", "compression").value, "8");
        assert_eq!(find(&f, "gzip trailer", "CRC-32").value, "0x3610a686");
        assert_eq!(find(&f, "gzip trailer", "uncompressed size").value, "5");
    }

    // python3: `wave` writing 1 channel, 2-byte samples at 8000 Hz, frames b"\x00\x01\x02\x03".
    #[test]
    fn wav_fmt_and_data() {
        let wav = b"RIFF(\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data\x04\x00\x00\x00\x00\x01\x02\x03";
        let f = parse(wav);
        assert_eq!(find(&f, "WAV fmt chunk", "sample rate").value, "8000");
        assert_eq!(find(&f, "WAV fmt chunk", "bits per sample").value, "16");
        assert_eq!(find(&f, "WAV data chunk", "samples").start, 44);
        assert_eq!(find(&f, "RIFF header", "chunk size").value, "40");
    }

    // python3: `pickle.dumps([1, 2], protocol=4)`.
    #[test]
    fn pickle_proto_frame_stop() {
        let p = b"\x80\x04\x95\x09\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01K\x02e.";
        let f = parse(p);
        assert_eq!(find(&f, "pickle", "protocol").value, "4");
        assert_eq!(find(&f, "pickle", "frame length").value, "9");
        assert_eq!(at(&f, p.len() - 1).map(|x| x.name), Some("STOP opcode"));
    }

    // A 1x1 PNG's signature, IHDR and IEND (as Pillow or zlib-made PNGs begin and end).
    #[test]
    fn png_signature_and_ihdr() {
        let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde".to_vec();
        png.extend_from_slice(b"\x00\x00\x00\x00IEND\xaeB`\x82");
        let f = parse(&png);
        assert_eq!(find(&f, "PNG IHDR", "width").value, "1");
        assert_eq!(find(&f, "PNG IHDR", "colour type").value, "2");
        assert_eq!(find(&f, "PNG chunk", "CRC-32").value, "0x907753de");
        assert!(f.iter().any(|x| x.value == "IEND"));
    }
}
