//! The grid's format hint: what the byte at the navigation cursor is part of, when the
//! stream holds a format [`crate::model::formats`] knows (a zip archive, a gzip member, a
//! PNG, a WAV, a pickle): its bytes underlined, and a line under the inspector, its words
//! (the structures' and fields' names) in the UI's language.

use crate::model::formats::{self, Field};

use super::i18n::Lang;
use super::text::fit;

/// The field of `data` that covers `nav`, if `data` holds a known format.
pub fn field_at(data: &[u8], nav: usize) -> Option<Field> {
    let fields = formats::parse(data);
    formats::at(&fields, nav).cloned()
}

/// (English, Korean) for the structures and fields the format hints name. Opcode and
/// chunk names (`IHDR`, `PROTO`, `fmt `) are the formats' own and stay.
pub const WORDS: &[(&str, &str)] = &[
    // Structures.
    ("zip local file header", "zip 로컬 파일 헤더"),
    ("zip file data", "zip 파일 데이터"),
    ("zip central directory", "zip 중앙 디렉터리"),
    ("zip end record", "zip 끝 레코드"),
    ("gzip header", "gzip 헤더"),
    ("gzip trailer", "gzip 트레일러"),
    ("PNG signature", "PNG 시그니처"),
    ("PNG chunk", "PNG 청크"),
    ("PNG IHDR", "PNG IHDR"),
    ("RIFF header", "RIFF 헤더"),
    ("RIFF chunk", "RIFF 청크"),
    ("WAV fmt chunk", "WAV fmt 청크"),
    ("WAV data chunk", "WAV data 청크"),
    ("pickle", "pickle"),
    // Fields.
    ("signature", "시그니처"),
    ("version needed", "필요한 버전"),
    ("version made by", "만든 버전"),
    ("flags", "플래그"),
    ("compression", "압축 방식"),
    ("modification time", "수정 시각"),
    ("modification date", "수정 날짜"),
    ("CRC-32", "CRC-32"),
    ("compressed size", "압축된 크기"),
    ("uncompressed size", "원래 크기"),
    ("name length", "이름 길이"),
    ("extra length", "추가 필드 길이"),
    ("name", "이름"),
    ("data", "데이터"),
    ("comment length", "주석 길이"),
    ("comment", "주석"),
    ("disk number", "디스크 번호"),
    ("internal attributes", "내부 속성"),
    ("external attributes", "외부 속성"),
    ("local header offset", "로컬 헤더 오프셋"),
    ("central directory disk", "중앙 디렉터리 디스크"),
    ("entries on this disk", "이 디스크의 항목 수"),
    ("entries", "항목 수"),
    ("central directory size", "중앙 디렉터리 크기"),
    ("central directory offset", "중앙 디렉터리 오프셋"),
    ("magic", "매직 넘버"),
    ("extra flags", "추가 플래그"),
    ("operating system", "운영 체제"),
    ("length", "길이"),
    ("type", "종류"),
    ("width", "너비"),
    ("height", "높이"),
    ("bit depth", "비트 깊이"),
    ("colour type", "색 형식"),
    ("filter", "필터"),
    ("interlace", "인터레이스"),
    ("chunk id", "청크 id"),
    ("chunk size", "청크 크기"),
    ("format", "형식"),
    ("audio format", "오디오 형식"),
    ("channels", "채널 수"),
    ("sample rate", "샘플링 레이트"),
    ("byte rate", "바이트 레이트"),
    ("block align", "블록 정렬"),
    ("bits per sample", "샘플당 비트 수"),
    ("samples", "샘플"),
    ("PROTO opcode", "PROTO 옵코드"),
    ("protocol", "프로토콜"),
    ("FRAME opcode", "FRAME 옵코드"),
    ("frame length", "프레임 길이"),
    ("STOP opcode", "STOP 옵코드"),
];

/// A structure's or a field's name in `lang` (as it is when the table lacks it).
pub fn word(en: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ko => WORDS.iter().find(|(e, _)| *e == en).map_or(en, |(_, k)| *k),
    }
}

/// ` zip local file header: CRC-32 = 0x3610a686 (bytes 0xe-0x11)`, fitted to `width`.
pub fn hint(f: &Field, width: usize, lang: Lang) -> String {
    let one = f.end - f.start == 1;
    let range = match (lang, one) {
        (Lang::En, true) => format!("byte {:#x}", f.start),
        (Lang::En, false) => format!("bytes {:#x}-{:#x}", f.start, f.end - 1),
        (Lang::Ko, true) => format!("바이트 {:#x}", f.start),
        (Lang::Ko, false) => format!("바이트 {:#x}-{:#x}", f.start, f.end - 1),
    };
    let value = match (f.counts_bytes, lang) {
        (false, _) => f.value.clone(),
        (true, Lang::En) if f.value == "1" => "1 byte".to_string(),
        (true, Lang::En) => format!("{} bytes", f.value),
        (true, Lang::Ko) => format!("{}바이트", f.value),
    };
    fit(
        &format!(
            " {}: {} = {value} ({range})",
            word(f.structure, lang),
            word(f.name, lang)
        ),
        width,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const GZ: &[u8] = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00";

    #[test]
    fn hints_name_the_field_and_its_bytes() {
        let f = field_at(GZ, 19).expect("the trailer");
        assert_eq!(
            hint(&f, 80, Lang::En),
            " gzip trailer: CRC-32 = 0x3610a686 (bytes 0x11-0x14)"
        );
        assert_eq!(
            hint(&f, 80, Lang::Ko),
            " gzip 트레일러: CRC-32 = 0x3610a686 (바이트 0x11-0x14)"
        );
        assert_eq!(
            hint(&field_at(GZ, 2).expect("a field"), 80, Lang::En),
            " gzip header: compression = 8 (byte 0x2)"
        );
        assert!(field_at(GZ, 12).is_none());
        assert!(field_at(b"plain text", 0).is_none());
    }

    #[test]
    fn every_structure_and_field_has_korean_words() {
        // One sample of each format (as python3 writes them; see model::formats' tests).
        let zip: &[u8] = b"PK\x03\x04\x14\x00\x00\x00\x00\x00Tc-Q\xd39\x94'\x10\x00\x00\x00\x10\x00\x00\x00\x09\x00\x00\x00hello.txtHello, BytesIO!\x0aPK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00Tc-Q\xd39\x94'\x10\x00\x00\x00\x10\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00hello.txtPK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x007\x00\x00\x007\x00\x00\x00\x00\x00";
        let wav: &[u8] = b"RIFF(\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data\x04\x00\x00\x00\x00\x01\x02\x03";
        let pickle: &[u8] = b"\x80\x04\x95\x09\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01K\x02e.";
        let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde".to_vec();
        png.extend_from_slice(b"\x00\x00\x00\x00IEND\xaeB`\x82");
        let mut seen = 0;
        for data in [zip, GZ, wav, pickle, &png] {
            for f in formats::parse(data) {
                seen += 1;
                for en in [f.structure, f.name] {
                    assert!(WORDS.iter().any(|(e, _)| *e == en), "{en:?}");
                }
                let ko = hint(&f, 200, Lang::Ko);
                assert!(!ko.contains("bytes") && !ko.contains("byte "), "{ko}");
            }
        }
        assert!(seen > 50, "{seen} fields");
        let data = field_at(zip, 40).expect("the file's data");
        assert_eq!(
            hint(&data, 80, Lang::En),
            " zip file data: data = 16 bytes (bytes 0x27-0x36)"
        );
        assert_eq!(
            hint(&data, 80, Lang::Ko),
            " zip 파일 데이터: 데이터 = 16바이트 (바이트 0x27-0x36)"
        );
    }
}
