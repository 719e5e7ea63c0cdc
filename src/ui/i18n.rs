//! Every word the UI says, in English and in Korean: one catalog. Widgets ask it for a
//! phrase ([`Lang::t`], keyed by the English text) or for a sentence with numbers and
//! names in it (the methods below), so plurals and word order are decided here, not in the
//! widgets. CPython's own messages, the log and Python code are never translated.

/// The UI's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// `en` or `ko` (and `english`, `korean`, `한국어`).
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Lang::En),
            "ko" | "korean" | "한국어" => Some(Lang::Ko),
            _ => None,
        }
    }

    /// The language a locale name asks for: `ko`, `ko_KR.UTF-8`, ... is Korean, anything
    /// else English.
    pub fn of_locale(locale: &str) -> Lang {
        let l = locale.trim().to_ascii_lowercase();
        if l == "ko" || l.starts_with("ko_") || l.starts_with("ko.") || l.starts_with("ko-") {
            Lang::Ko
        } else {
            Lang::En
        }
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty (as POSIX orders them).
    pub fn from_env_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| get(k).filter(|v| !v.is_empty()))
            .map_or(Lang::En, |v| Lang::of_locale(&v))
    }

    /// [`Lang::from_env_vars`] on this process's environment.
    pub fn from_env() -> Lang {
        Lang::from_env_vars(|k| std::env::var(k).ok())
    }

    /// The phrase `en` in this language. A phrase the catalog lacks stays English (the
    /// tests check that every phrase the UI uses is in it).
    pub fn t(self, en: &'static str) -> &'static str {
        match self {
            Lang::En => en,
            Lang::Ko => ko(en).unwrap_or(en),
        }
    }
}

/// The Korean catalog of fixed phrases, keyed by the English text.
pub fn ko(en: &str) -> Option<&'static str> {
    PHRASES
        .iter()
        .chain(super::say::PHRASES)
        .find(|(e, _)| *e == en)
        .map(|(_, k)| *k)
}

/// (English, Korean) for every fixed phrase.
pub const PHRASES: &[(&str, &str)] = &[
    // Key help (what the keys do) and the hint bar's words.
    ("next step", "다음 단계"),
    ("next", "다음"),
    ("step back", "이전 단계"),
    ("back", "이전"),
    ("first / last step", "처음 / 마지막 단계"),
    ("first/last", "처음/끝"),
    ("go to step 12", "12단계로 이동"),
    ("a statement, ↑↓ history", "문장 입력, ↑↓ 기록"),
    ("a statement: branches here", "문장 입력: 여기서 분기"),
    ("statement", "문장"),
    ("read", "읽기"),
    ("write", "쓰기"),
    ("seek", "이동"),
    ("getbuffer", "뷰 만들기"),
    ("release", "해제"),
    ("close", "닫기"),
    ("tell", "위치"),
    ("getvalue", "값"),
    ("truncate", "자르기"),
    ("undo", "되돌리기"),
    ("view[i]=", "view[i]= 바꾸기"),
    ("goto", "오프셋"),
    ("search", "찾기"),
    ("help", "도움말"),
    ("quit", "종료"),
    ("narrate", "설명"),
    ("legend", "범례"),
    ("b.read(n)", "b.read(n) 읽기"),
    (
        "b.write(b\"..\"/hex/name)",
        "b.write(b\"..\"/16진수/이름) 쓰기",
    ),
    ("b.seek(n), n: nav cursor", "b.seek(n), n: 탐색 커서"),
    ("getbuffer() / release()", "getbuffer() 뷰 / release() 해제"),
    ("b.close()", "b.close() 닫기"),
    ("view[i]=n, i: nav cursor", "view[i]=n, i: 탐색 커서"),
    ("b.tell() / b.getvalue()", "b.tell() 위치 / b.getvalue() 값"),
    ("b.truncate(n)", "b.truncate(n) 자르기"),
    ("undo / redo a statement", "문장 되돌리기 / 다시 하기"),
    ("nav cursor (or click)", "탐색 커서 (클릭도 됨)"),
    ("a page up / down", "한 쪽 위 / 아래"),
    ("go to an offset", "오프셋으로 이동"),
    ("save the session as a script", "세션을 스크립트로 저장"),
    ("search: 50 4b or \"PK\"", "찾기: 50 4b 또는 \"PK\""),
    ("next / previous match", "다음 / 이전 일치"),
    ("offset 0 / EOF", "오프셋 0 / EOF"),
    ("nav cursor to position", "탐색 커서를 위치로"),
    ("scroll log / exports", "기록 / 내보내기 스크롤"),
    ("branch: back to script", "분기: 스크립트로 돌아가기"),
    ("ASCII / UTF-8 column", "ASCII / UTF-8 문자 열"),
    ("next stream (⇧Tab: back)", "다음 스트림 (⇧Tab: 이전)"),
    ("this help", "이 도움말"),
    (
        "narration / legend on/off",
        "단계 설명 / 표시 범례 켜기·끄기",
    ),
    ("next Python version ≠", "다음 Python 버전 ≠"),
    // Help.
    ("Keys", "키"),
    ("Keys (stepping a script)", "키 (스크립트 단계 실행)"),
    ("Markers (no colour needed)", "표시 (색 없이도 읽힘)"),
    ("the stream position", "스트림 위치 (커서)"),
    ("nav cursor (byte reversed)", "탐색 커서 (바이트 반전)"),
    (
        "underlined: a live view's byte",
        "밑줄: 살아 있는 뷰의 바이트",
    ),
    ("a view's label and its lane", "뷰의 이름표와 세로줄"),
    ("bold: the last step wrote it", "굵게: 마지막 단계가 씀"),
    ("(gutter) a row the step wrote", "(여백) 이 단계가 쓴 줄"),
    ("zero-fill gap past EOF", "EOF 너머 0으로 채운 틈"),
    ("rows the same as the row above", "윗줄과 같은 줄들"),
    ("the statement that just ran", "방금 실행한 문장"),
    ("the statement that runs next", "다음에 실행할 문장"),
    ("Byte classes", "바이트 종류"),
    ("BufferError modal", "BufferError 창"),
    (
        "f      release the views, retry",
        "f      뷰를 해제하고 다시 시도",
    ),
    ("Enter  dismiss (Esc too)", "Enter  닫기 (Esc도 됨)"),
    (
        "Keys that run Python branch a live session from the step shown.",
        "파이썬을 실행하는 키는 보이는 단계에서 새 세션으로 분기함.",
    ),
    (
        "Keys run Python; the log replays.",
        "키가 파이썬 문장을 실행하고, 기록에 그대로 남음.",
    ),
    (
        "w: a name the session binds is that name (ba), other hex digits are hex (6869).",
        "w: 세션에 있는 이름(ba)은 그 이름, 그 밖의 16진수(6869)는 16진수로 읽음.",
    ),
    ("null: grey, dim", "널: 회색, 흐리게"),
    ("printable: cyan, plain", "인쇄 가능: 청록"),
    ("whitespace: green", "공백 문자: 초록"),
    ("control: yellow, italic", "제어 문자: 노랑, 기울임"),
    ("0x80-0xff: magenta", "0x80-0xff: 자홍"),
    ("null: dim", "널: 흐리게"),
    ("printable: plain", "인쇄 가능: 보통"),
    ("whitespace: plain", "공백 문자: 보통"),
    ("control: italic", "제어 문자: 기울임"),
    ("0x80-0xff: plain", "0x80-0xff: 보통"),
    ("null: grey", "널: 회색"),
    ("printable: white", "인쇄 가능: 흰색"),
    ("whitespace: light blue", "공백 문자: 하늘색"),
    ("close help", "도움말 닫기"),
    ("close the legend", "범례 닫기"),
    // The grid's legend.
    ("position", "위치"),
    ("nav", "탐색"),
    ("view", "뷰"),
    ("written", "씀"),
    ("gap", "틈"),
    ("same rows", "같은 줄"),
    ("offset", "오프셋"),
    ("no stream.", "스트림 없음."),
    ("no stream", "스트림 없음"),
    (
        "none made yet:  n runs the next statement",
        "아직 만들지 않음:  n 으로 다음 문장 실행",
    ),
    (
        "closed: CPython frees the buffer; the bytes it held are shown struck out",
        "닫힘: CPython은 버퍼를 해제함. 있던 바이트는 취소선으로 보여 줌",
    ),
    (
        "closed: its views keep the buffer, so its bytes are still shown",
        "닫힘: 뷰가 버퍼를 붙잡고 있어 바이트가 그대로 보임",
    ),
    // Panels.
    ("log", "기록"),
    ("names", "이름"),
    ("just ran", "방금 실행"),
    ("(nothing ran yet)", "(아직 실행한 것 없음)"),
    ("(no names yet)", "(아직 이름 없음)"),
    ("no live views", "살아 있는 뷰 없음"),
    (
        "held where no name reaches",
        "어떤 이름도 닿지 않는 곳에 있음",
    ),
    ("held by:", "붙잡은 것:"),
    ("slice", "슬라이스"),
    ("closed", "닫힘"),
    ("open", "열림"),
    ("narration", "설명"),
    // The modal.
    ("release and retry", "해제하고 다시 시도"),
    ("dismiss", "닫기"),
    ("step on / back", "다음 / 이전 단계"),
    ("the with block's close()", "with 블록의 close()"),
    ("this statement", "이 문장"),
    // Prompts.
    ("Enter go · Esc cancel", "Enter 이동 · Esc 취소"),
    (
        "Enter run · Esc cancel · ↑↓ history",
        "Enter 실행 · Esc 취소 · ↑↓ 기록",
    ),
    (
        "read how many bytes (empty: all)? ",
        "몇 바이트 읽을까 (비우면 전부)? ",
    ),
    (
        "write (b\"...\", hex or a name)? ",
        "무엇을 쓸까 (b\"...\", 16진수, 이름)? ",
    ),
    ("seek to? ", "어디로 이동할까? "),
    (
        "truncate at (empty: the position)? ",
        "어디서 자를까 (비우면 현재 위치)? ",
    ),
    ("release which view? ", "어느 뷰를 해제할까? "),
    (
        "save the session as a Python script to? ",
        "세션을 저장할 파이썬 파일? ",
    ),
    (
        "go to offset (0x1f00, 7936, +16, -16, end)? ",
        "어느 오프셋으로 (0x1f00, 7936, +16, -16, end)? ",
    ),
    (
        "search (50 4b 03 04 or \"PK\")? ",
        "무엇을 찾을까 (50 4b 03 04 또는 \"PK\")? ",
    ),
    ("terminal too small", "터미널이 너무 작음"),
    ("q quits", "q 종료"),
    // Notices.
    ("(its view is released now)", "(그 뷰는 이제 해제됨)"),
    ("nothing to undo", "되돌릴 것 없음"),
    ("nothing to redo", "다시 할 것 없음"),
    (
        "redo is for a live session",
        "다시 하기는 라이브 세션에서만 됨",
    ),
    (
        "undo is for a live session: p steps back through the script",
        "되돌리기는 라이브 세션에서만 됨: p 로 스크립트의 이전 단계로",
    ),
    ("no stream to move in", "움직일 스트림 없음"),
    (
        "no stream with a name: make one with  :b = io.BytesIO(b\"...\")",
        "이름 있는 스트림 없음:  :b = io.BytesIO(b\"...\") 로 만들기",
    ),
    (
        "no live view to write through: press v for view = b.getbuffer()",
        "쓸 수 있는 살아 있는 뷰 없음: v 로 view = b.getbuffer()",
    ),
    ("no live view to release", "해제할 살아 있는 뷰 없음"),
    (
        "character column: UTF-8 (a: ASCII)",
        "문자 열: UTF-8 (a: ASCII)",
    ),
    (
        "character column: ASCII (a: UTF-8)",
        "문자 열: ASCII (a: UTF-8)",
    ),
    ("narration on (N hides it)", "단계 설명 켬 (N 으로 숨김)"),
    ("narration off (N shows it)", "단계 설명 끔 (N 으로 보임)"),
    (
        "paste ignored: close this first (Esc)",
        "붙여넣기 무시함: 먼저 이것을 닫기 (Esc)",
    ),
    ("nothing to run", "실행할 것 없음"),
    (
        "no search yet: / then hex bytes (50 4b) or text (\"PK\")",
        "아직 찾기 없음: / 다음 16진수(50 4b)나 글자(\"PK\")",
    ),
    (
        "a view held only by the last error stays alive until another error replaces it",
        "마지막 오류만 붙잡은 뷰는 다른 오류가 그 자리를 차지할 때까지 살아 있음",
    ),
    ("show another value (t)", "다른 값 보이기 (t)"),
    ("the stream has no name to use", "스트림에 쓸 이름이 없음"),
];

/// A number of `what`s in English: `1 view`, `2 views`.
fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

impl Lang {
    // The status line.

    /// ` Step 4 of 9 │`.
    pub fn step_of(self, k: usize, n: usize) -> String {
        match self {
            Lang::En => format!("Step {k} of {n}"),
            Lang::Ko => format!("{n}단계 중 {k}단계"),
        }
    }
    pub fn branched_at(self, k: usize) -> String {
        match self {
            Lang::En => format!("branched at step {k}"),
            Lang::Ko => format!("{k}단계에서 분기"),
        }
    }
    pub fn size(self, size: Option<usize>) -> String {
        let s = size.map_or_else(|| "-".to_string(), |n| n.to_string());
        match self {
            Lang::En => format!("size {s}"),
            Lang::Ko => format!("크기 {s}"),
        }
    }
    /// `pos 4`, `pos 6 (EOF)`, `pos 9 (3 past EOF)`, `pos -` (closed).
    pub fn pos(self, pos: Option<i64>, size: usize) -> String {
        let Some(pos) = pos else {
            return match self {
                Lang::En => "pos -".into(),
                Lang::Ko => "위치 -".into(),
            };
        };
        let word = match self {
            Lang::En => "pos",
            Lang::Ko => "위치",
        };
        let size = size as i64;
        if pos == size {
            format!("{word} {pos} (EOF)")
        } else if pos > size {
            match self {
                Lang::En => format!("{word} {pos} ({} past EOF)", pos - size),
                Lang::Ko => format!("{word} {pos} (EOF 너머 {})", pos - size),
            }
        } else {
            format!("{word} {pos}")
        }
    }
    /// `exports: 1`: the count CPython checks.
    pub fn exports(self, n: usize) -> String {
        match self {
            Lang::En => format!("exports: {n}"),
            Lang::Ko => format!("내보내기: {n}"),
        }
    }
    pub fn nav_at(self, nav: usize) -> String {
        match self {
            Lang::En => format!("nav {nav}"),
            Lang::Ko => format!("탐색 {nav}"),
        }
    }
    pub fn past_eof(self) -> &'static str {
        match self {
            Lang::En => "past EOF",
            Lang::Ko => "EOF 너머",
        }
    }
    /// ` b (closed) ▸`: the stream the keys act on, before the hints.
    pub fn acting_on(self, name: &str, closed: bool) -> String {
        match (self, closed) {
            (_, false) => format!(" {name} ▸"),
            (Lang::En, true) => format!(" {name} (closed) ▸"),
            (Lang::Ko, true) => format!(" {name} (닫힘) ▸"),
        }
    }

    pub fn make_one(self) -> String {
        match self {
            Lang::En => "make one:  :b = io.BytesIO(b\"hello\")".into(),
            Lang::Ko => "만들기:  :b = io.BytesIO(b\"hello\")".into(),
        }
    }

    /// `render` at a size it cannot draw.
    pub fn too_small_to_draw(self, (w, h): (u16, u16), (mw, mh): (u16, u16)) -> String {
        match self {
            Lang::En => {
                format!("{w}x{h} is too small to draw; the app needs at least {mw}x{mh}")
            }
            Lang::Ko => format!("{w}x{h}은(는) 그리기에 너무 작음; 최소 {mw}x{mh} 필요"),
        }
    }

    // The too-small screen.
    pub fn need_size(self, (w, h): (u16, u16), have: (u16, u16)) -> String {
        match self {
            Lang::En => format!("need {w}x{h}, have {}x{}", have.0, have.1),
            Lang::Ko => format!("{w}x{h} 이상 필요, 지금 {}x{}", have.0, have.1),
        }
    }

    // The log, exports and names panels.
    pub fn log_newer(self, n: usize) -> String {
        match self {
            Lang::En => format!(
                " log ─ {} below ([ ] scroll) ",
                plural(n, "newer line", "newer lines")
            ),
            Lang::Ko => format!(" 기록 ─ 아래에 새 줄 {n}개 ([ ] 스크롤) "),
        }
    }
    /// `line 3: view = b.getbuffer()`, or for a slice `from line 3: ...`.
    pub fn made_line(self, derived: bool, line: usize) -> String {
        match (self, derived) {
            (Lang::En, false) => format!("line {line}"),
            (Lang::En, true) => format!("from line {line}"),
            (Lang::Ko, false) => format!("{line}번째 줄"),
            (Lang::Ko, true) => format!("{line}번째 줄에서"),
        }
    }
    pub fn more_lines(self, above: usize, below: usize) -> String {
        match (self, above, below) {
            (Lang::En, 0, b) => format!(
                "… {} below ({{ }} scroll)",
                plural(b, "more line", "more lines")
            ),
            (Lang::En, t, 0) => format!("… {} above ({{ }} scroll)", plural(t, "line", "lines")),
            (Lang::En, t, b) => format!("… {t} above, {b} below ({{ }} scroll)"),
            (Lang::Ko, 0, b) => format!("… 아래에 {b}줄 더 ({{ }} 스크롤)"),
            (Lang::Ko, t, 0) => format!("… 위에 {t}줄 ({{ }} 스크롤)"),
            (Lang::Ko, t, b) => format!("… 위에 {t}줄, 아래에 {b}줄 ({{ }} 스크롤)"),
        }
    }
    pub fn streams_line(self, names: &str) -> String {
        match self {
            Lang::En => format!("streams: {names}  (Tab)"),
            Lang::Ko => format!("스트림: {names}  (Tab)"),
        }
    }
    pub fn called_from(self, f: &str, line: usize) -> String {
        match self {
            Lang::En => format!("{f}() called from line {line}"),
            Lang::Ko => format!("{f}(): {line}번째 줄에서 호출"),
        }
    }
    pub fn returns(self, f: &str, r: &str) -> String {
        match self {
            Lang::En => format!("{f}() returns {r}"),
            Lang::Ko => format!("{f}()가 {r} 반환"),
        }
    }
    /// A library's call on a stream, a sub-step: `zipfile.writestr → b.write(30 bytes at 0:
    /// 50 4b 03 04 …)`, `b.tell() → 30`. The call and the reprs are Python's in every language.
    pub fn call(self, c: &crate::script::session::CallStep) -> String {
        use crate::script::session::{CallArgs, CallResult};
        let ko = self == Lang::Ko;
        let bytes = |n: usize| match (ko, n) {
            (true, _) => format!("{n}바이트"),
            (false, 1) => "1 byte".to_string(),
            (false, _) => format!("{n} bytes"),
        };
        // The first 8 bytes in hex, `…` when there are more.
        let head = |h: &str, n: usize| format!("{h}{}", if n > 8 { " …" } else { "" });
        let mut s = String::new();
        if let Some(lib) = &c.lib {
            s.push_str(if ko && lib == "C code" {
                "C 코드"
            } else {
                lib
            });
            if let Some(f) = &c.func {
                s.push('.');
                s.push_str(f);
            }
            s.push_str(" → ");
        }
        let args = match &c.args {
            CallArgs::Reprs(a) => a.join(", "),
            CallArgs::Bytes { count, at, head: h } => {
                let at = if ko {
                    format!("{}, 위치 {at}", bytes(*count))
                } else {
                    format!("{} at {at}", bytes(*count))
                };
                match h {
                    Some(h) => format!("{at}: {}", head(h, *count)),
                    None => at,
                }
            }
        };
        s.push_str(&format!("{}.{}({args})", c.receiver, c.method));
        let result = match &c.result {
            CallResult::None => None,
            CallResult::Repr(r) | CallResult::Error(r) => Some(r.clone()),
            CallResult::Bytes { count, head: h } => Some(match h {
                Some(h) => format!("{}: {}", bytes(*count), head(h, *count)),
                None => bytes(*count),
            }),
            CallResult::Memory { exports } => {
                Some(format!("<memory> ({})", self.exports(*exports)))
            }
        };
        if let Some(r) = result {
            s.push_str(" → ");
            s.push_str(&r);
        }
        s
    }
    pub fn iteration(self, line: usize, n: u64) -> String {
        match self {
            Lang::En => format!("loop at line {line}, iteration {n}"),
            Lang::Ko => format!("{line}번째 줄 반복, {n}회째"),
        }
    }
    pub fn squeezed(self, rows: usize) -> String {
        match self {
            Lang::En => format!("{} the same as the row above", plural(rows, "row", "rows")),
            Lang::Ko => format!("윗줄과 같은 줄 {rows}개"),
        }
    }
    pub fn no_byte_here(self, nav: usize, eof: bool) -> String {
        match (self, eof) {
            (Lang::En, true) => format!(" @{nav:#x} (EOF): no byte here"),
            (Lang::En, false) => format!(" @{nav:#x} (past EOF): no byte here"),
            (Lang::Ko, true) => format!(" @{nav:#x} (EOF): 여기엔 바이트 없음"),
            (Lang::Ko, false) => format!(" @{nav:#x} (EOF 너머): 여기엔 바이트 없음"),
        }
    }
    /// The inspector's words: hex, dec, chr (Korean uses its own).
    pub fn inspector_words(self) -> [&'static str; 3] {
        match self {
            Lang::En => ["hex", "dec", "chr"],
            Lang::Ko => ["16진", "10진", "문자"],
        }
    }

    // The prompt line.
    pub fn go_to_step(self, last: usize) -> String {
        match self {
            Lang::En => format!("go to step (0 to {last})? "),
            Lang::Ko => format!("몇 단계로 갈까 (0~{last})? "),
        }
    }
    pub fn steps_go_from(self, last: usize) -> String {
        match self {
            Lang::En => format!("steps go from 0 to {last}"),
            Lang::Ko => format!("단계는 0부터 {last}까지"),
        }
    }

    // The BufferError modal.

    /// `1 live export blocks close():`.
    pub fn exports_block(self, n: usize, op: &str) -> String {
        match self {
            Lang::En if n == 1 => format!("1 live export blocks {op}:"),
            Lang::En => format!("{n} live exports block {op}:"),
            Lang::Ko => format!("살아 있는 내보내기 {n}개가 {op}을(를) 막음:"),
        }
    }
    /// `made at line 3`, or for a slice `a slice of line 3's export`.
    pub fn made_at(self, derived: bool, line: usize) -> String {
        match (self, derived) {
            (Lang::En, false) => format!("made at line {line}"),
            (Lang::En, true) => format!("a slice of line {line}'s export"),
            (Lang::Ko, false) => format!("{line}번째 줄에서 만듦"),
            (Lang::Ko, true) => format!("{line}번째 줄 내보내기의 슬라이스"),
        }
    }
    /// `view  b[0:6]  made at line 3, held by the name `view``.
    pub fn modal_view(self, label: &str, range: &str, made: &str, holders: &[String]) -> String {
        match self {
            Lang::En => format!(
                "{label}  {range}  {made}, held by {}",
                holders.join(" and ")
            ),
            Lang::Ko => format!(
                "{label}  {range}  {made}, 붙잡은 것: {}",
                holders.join(", ")
            ),
        }
    }
    /// The BufferError modal's why. From 3.16 (gh-111331) close() no longer needs the
    /// exports gone, so it is not named among the operations that do.
    pub fn why(self, stream: &str, n: usize, python: crate::model::profile::Version) -> String {
        if python.profile().close_keeps_views {
            return match self {
                Lang::En => format!(
                    "A view points into the stream's own memory, so the stream can't be resized \
                     while one is alive: write() and truncate() may move that memory (on {python} \
                     close() no longer waits: the views keep the bytes). They need exports: 0, and \
                     {stream} has {n}."
                ),
                Lang::Ko => format!(
                    "뷰는 스트림 자신의 메모리를 가리키므로, 뷰가 살아 있는 동안 스트림은 크기를 바꿀 수 \
                     없음: write()와 truncate()는 그 메모리를 옮길 수 있음 ({python}에서 close()는 \
                     기다리지 않음: 뷰가 바이트를 붙잡음). 둘 다 내보내기가 0이어야 하는데 {stream}에는 \
                     {n}개 있음."
                ),
            };
        }
        match self {
            Lang::En => format!(
                "A view points into the stream's own memory, so the stream can't be resized or \
                 freed while one is alive: close() frees that memory, write() and truncate() may \
                 move it. They need exports: 0, and {stream} has {n}."
            ),
            Lang::Ko => format!(
                "뷰는 스트림 자신의 메모리를 가리키므로, 뷰가 살아 있는 동안 스트림은 크기를 바꾸거나 \
                 해제할 수 없음: close()는 그 메모리를 해제하고, write()와 truncate()는 옮길 수 있음. \
                 셋 다 내보내기가 0이어야 하는데 {stream}에는 {n}개 있음."
            ),
        }
    }
    pub fn fix(self, v: &str, stream: &str) -> String {
        let word = match self {
            Lang::En => "Fix",
            Lang::Ko => "해결",
        };
        format!("{word}: {v}.release()  ·  del {v}  ·  with {stream}.getbuffer() as {v}:")
    }
    pub fn fix_del(self, names: &str) -> String {
        match self {
            Lang::En => format!("Fix: del {names}"),
            Lang::Ko => format!("해결: del {names}"),
        }
    }
    pub fn held_inside(self, quoted: &[String], first: &str) -> String {
        match self {
            Lang::En => format!(
                "The view is held inside {}: no name is the view itself, and \
                 {first}.release() is not the view's.",
                quoted.join(" and ")
            ),
            Lang::Ko => format!(
                "뷰가 {} 안에 들어 있음: 뷰 자체인 이름이 없고, {first}.release()는 뷰의 \
                 메서드가 아님.",
                quoted.join(", ")
            ),
        }
    }
    pub fn underscore_holds(self, inside: bool) -> &'static str {
        match (self, inside) {
            (Lang::En, false) => {
                "`_` holds a view: show another value (t: b.tell()) or run _.release()"
            }
            (Lang::En, true) => {
                "`_` holds a view inside the value it shows: show another value (t: b.tell())"
            }
            (Lang::Ko, false) => {
                "`_`가 뷰를 붙잡고 있음: 다른 값을 보이거나 (t: b.tell()) _.release() 실행"
            }
            (Lang::Ko, true) => {
                "`_`가 보이는 값 안에 뷰를 붙잡고 있음: 다른 값 보이기 (t: b.tell())"
            }
        }
    }

    // Who holds a view.
    pub fn holder_inside(self, n: &str) -> String {
        match self {
            Lang::En => format!("inside {n}"),
            Lang::Ko => format!("{n} 안"),
        }
    }
    pub fn holder_in(self, n: &str) -> String {
        match self {
            Lang::En => format!("in {n}"),
            Lang::Ko => format!("{n} 안"),
        }
    }
    pub fn holder_underscore(self, inside: bool) -> &'static str {
        match (self, inside) {
            (Lang::En, false) => "_ (last shown value)",
            (Lang::En, true) => "inside _ (last shown value)",
            (Lang::Ko, false) => "_ (마지막에 보인 값)",
            (Lang::Ko, true) => "_ (마지막에 보인 값) 안",
        }
    }
    pub fn holder_last_error(self) -> &'static str {
        match self {
            Lang::En => "the last error",
            Lang::Ko => "마지막 오류",
        }
    }
    pub fn holder_error_label(self) -> &'static str {
        match self {
            Lang::En => "(error)",
            Lang::Ko => "(오류)",
        }
    }
    pub fn holder_local(self, n: &str, f: &str) -> String {
        match self {
            Lang::En => format!("{n} in {f}()"),
            Lang::Ko => format!("{f}()의 {n}"),
        }
    }
    pub fn holder_name_long(self, n: &str) -> String {
        match self {
            Lang::En => format!("the name `{n}`"),
            Lang::Ko => format!("이름 `{n}`"),
        }
    }
    pub fn holder_value_inside(self, n: &str) -> String {
        match self {
            Lang::En => format!("a value inside `{n}`"),
            Lang::Ko => format!("`{n}` 안의 값"),
        }
    }
    pub fn holder_underscore_long(self, inside: bool) -> &'static str {
        match (self, inside) {
            (Lang::En, false) => "`_` (the last shown value)",
            (Lang::En, true) => "a value inside `_` (the last shown value)",
            (Lang::Ko, false) => "`_` (마지막에 보인 값)",
            (Lang::Ko, true) => "`_` (마지막에 보인 값) 안의 값",
        }
    }
    pub fn holder_last_error_long(self) -> &'static str {
        match self {
            Lang::En => "the last error",
            Lang::Ko => "마지막 오류",
        }
    }
    pub fn holder_local_long(self, n: &str, f: &str) -> String {
        match self {
            Lang::En => format!("`{n}` in {f}()"),
            Lang::Ko => format!("{f}()의 지역 변수 `{n}`"),
        }
    }

    // Notices.
    pub fn showing(self, label: &str) -> String {
        match self {
            Lang::En => format!("showing {label}"),
            Lang::Ko => format!("{label} 보는 중"),
        }
    }
    pub fn not_modelled(self, line: &str) -> String {
        match self {
            Lang::En => format!("not modelled: {line}"),
            Lang::Ko => format!("모델에 없음: {line}"),
        }
    }
    pub fn script_ends(self, n: usize) -> String {
        match self {
            Lang::En => format!("the script ends here: step {n} of {n} (p or Home to go back)"),
            Lang::Ko => format!("스크립트 끝: {n}단계 중 {n}단계 (p 나 Home 으로 돌아가기)"),
        }
    }
    pub fn step_zero(self, n: usize) -> String {
        match self {
            Lang::En => format!("step 0 is before the first statement (n or {n} Enter to go on)"),
            Lang::Ko => format!("0단계는 첫 문장 전 (n 이나 {n} Enter 로 진행)"),
        }
    }
    pub fn branched_live(self, k: usize) -> String {
        match self {
            Lang::En => format!("branched at step {k}: a live session from here on"),
            Lang::Ko => format!("{k}단계에서 분기: 여기부터 라이브 세션"),
        }
    }
    pub fn back_to_script(self, k: usize) -> String {
        match self {
            Lang::En => format!("back to the script at step {k}"),
            Lang::Ko => format!("스크립트의 {k}단계로 돌아옴"),
        }
    }
    pub fn undone(self, text: &str) -> String {
        match self {
            Lang::En => format!("undone: {text}  (U redoes it)"),
            Lang::Ko => format!("되돌림: {text}  (U 로 다시 하기)"),
        }
    }
    pub fn redone(self, text: &str) -> String {
        match self {
            Lang::En => format!("redone: {text}"),
            Lang::Ko => format!("다시 함: {text}"),
        }
    }
    pub fn cannot_undo(self, msg: &str) -> String {
        match self {
            Lang::En => format!("cannot undo: {msg}"),
            Lang::Ko => format!("되돌릴 수 없음: {msg}"),
        }
    }
    pub fn cannot_redo(self, text: &str, msg: &str) -> String {
        match self {
            Lang::En => format!("cannot redo {text}: {msg}"),
            Lang::Ko => format!("{text} 다시 할 수 없음: {msg}"),
        }
    }
    pub fn no_view_covers(self, nav: usize) -> String {
        match self {
            Lang::En => format!("no live view covers offset {nav}: move the cursor onto a view"),
            Lang::Ko => format!("오프셋 {nav}에 살아 있는 뷰 없음: 커서를 뷰 위로 옮기기"),
        }
    }
    pub fn view_held_inside(self, c: &str) -> String {
        match self {
            Lang::En => {
                format!("the live view is held inside `{c}`, and no name is the view itself")
            }
            Lang::Ko => format!("살아 있는 뷰가 `{c}` 안에 있고, 뷰 자체인 이름이 없음"),
        }
    }
    pub fn views_held_inside(self, what: &str, fix: &str) -> String {
        match self {
            Lang::En => {
                format!("a view is held inside {what}, which is not the view: {fix}, then retry")
            }
            Lang::Ko => format!("뷰가 {what} 안에 있고, 그것은 뷰가 아님: {fix} 후 다시 시도"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_picks_the_language() {
        assert_eq!(Lang::of_locale("ko_KR.UTF-8"), Lang::Ko);
        assert_eq!(Lang::of_locale("ko"), Lang::Ko);
        assert_eq!(Lang::of_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::of_locale("C"), Lang::En);
        assert_eq!(Lang::of_locale("kok_IN"), Lang::En);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_env_vars(env(&[("LANG", "ko_KR.UTF-8")])),
            Lang::Ko
        );
        // LC_ALL wins over LANG; an empty one is skipped.
        assert_eq!(
            Lang::from_env_vars(env(&[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env_vars(env(&[("LC_ALL", ""), ("LC_MESSAGES", "ko_KR")])),
            Lang::Ko
        );
        assert_eq!(Lang::from_env_vars(env(&[])), Lang::En);
    }

    #[test]
    fn phrases_are_unique_and_translated() {
        for (i, (en, ko)) in PHRASES.iter().enumerate() {
            assert!(!ko.is_empty() && ko != en || en.is_empty(), "{en}");
            assert!(
                PHRASES[..i].iter().all(|(e, k)| e != en || k == ko),
                "two translations of {en:?}"
            );
        }
    }

    #[test]
    fn every_key_is_in_the_catalog() {
        for stepping in [false, true] {
            for k in crate::app::help_rows(stepping) {
                assert!(ko(k.does).is_some(), "help: {:?}", k.does);
            }
            let (hints, tail) = crate::app::hints(stepping);
            for (_, word) in hints.iter().chain(tail.iter()) {
                assert!(ko(word).is_some(), "hint: {word:?}");
            }
        }
    }
}
