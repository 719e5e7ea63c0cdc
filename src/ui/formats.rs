//! The grid's format hint: what the byte at the navigation cursor is part of, when the
//! stream holds a format [`crate::model::formats`] knows (a zip archive, a gzip member, a
//! PNG, a WAV, a pickle): its bytes underlined, and a line under the inspector.

use crate::model::formats::{self, Field};

use super::text::fit;

/// The field of `data` that covers `nav`, if `data` holds a known format.
pub fn field_at(data: &[u8], nav: usize) -> Option<Field> {
    let fields = formats::parse(data);
    formats::at(&fields, nav).cloned()
}

/// ` zip local file header: CRC-32 = 0x3610a686 (bytes 0xe-0x11)`, fitted to `width`.
pub fn hint(f: &Field, width: usize) -> String {
    let range = if f.end - f.start == 1 {
        format!("byte {:#x}", f.start)
    } else {
        format!("bytes {:#x}-{:#x}", f.start, f.end - 1)
    };
    fit(&format!(" {} ({range})", f.describe()), width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_name_the_field_and_its_bytes() {
        let gz = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00";
        let f = field_at(gz, 19).expect("the trailer");
        assert_eq!(
            hint(&f, 80),
            " gzip trailer: CRC-32 = 0x3610a686 (bytes 0x11-0x14)"
        );
        assert_eq!(
            hint(&field_at(gz, 2).expect("a field"), 80),
            " gzip header: compression = 8 (byte 0x2)"
        );
        assert!(field_at(gz, 12).is_none());
        assert!(field_at(b"plain text", 0).is_none());
    }
}
