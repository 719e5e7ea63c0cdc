//! The grid's format hint: what the byte at the navigation cursor is part of, when the
//! stream holds a format [`crate::model::formats`] knows (a zip archive, a gzip member, a
//! PNG, a WAV, a pickle), as a line under the inspector.

use crate::model::formats;

use super::text::fit;

/// ` zip local file header: CRC-32 = 0x3610a686 (bytes 14-17)`, fitted to `width`.
pub fn hint(data: &[u8], nav: usize, width: usize) -> Option<String> {
    let fields = formats::parse(data);
    let f = formats::at(&fields, nav)?;
    let range = if f.end - f.start == 1 {
        format!("byte {:#x}", f.start)
    } else {
        format!("bytes {:#x}-{:#x}", f.start, f.end - 1)
    };
    Some(fit(&format!(" {} ({range})", f.describe()), width))
}
