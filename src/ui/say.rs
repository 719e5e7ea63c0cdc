//! What the app tells the user on the message line (notices, a prompt's error) and what it
//! asks (the questions), as data: the app builds a [`Msg`] with the numbers, names and
//! statements in it, and [`Lang::say`] words it in the UI's language, plurals and word
//! order included. Python code, CPython's messages and paths are carried as they are.
//!
//! Kept apart from the phrase catalog in [`super::i18n`] so both can grow without
//! touching each other.

use super::i18n::Lang;
use crate::app::Why;
use crate::model::profile::Version;
use crate::model::switch::Switch;
use crate::script::Root;
use crate::script::session::{Label, Range};

/// Something to say: a notice, a prompt's error, a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// A fixed phrase of the catalog ([`super::i18n::PHRASES`]), keyed by its English text.
    Phrase(&'static str),
    /// Text shown as it is: CPython's exception line, an OS error, a parse message.
    Verbatim(String),
    /// The engine refused a statement (what it does not model), or stopped it at the step
    /// budget (`stopped`).
    NotModelled {
        what: String,
        stopped: bool,
    },
    /// An exports BufferError whose views were released by the end of the statement.
    ReleasedSince(String),
    /// Tab: the stream shown now.
    Showing(Label),
    /// What was typed does not parse: a SyntaxError (CPython's message), a refusal (the
    /// engine's), or the step budget running out; `line` counts from the statement's first
    /// (None on its first line).
    Parse {
        kind: ParseKind,
        message: String,
        line: Option<usize>,
        col: usize,
    },
    /// `statement: why it did not run`.
    About(String, Box<Msg>),

    // Step mode.
    ScriptEnds(usize),
    StepZero(usize),
    StepsGoFrom(usize),
    BranchedLive(usize),
    BackToScript(usize),

    // Undo and redo.
    Undone(String),
    Redone(String),
    CannotUndo(Box<Msg>),
    CannotRedo(String, Box<Msg>),
    /// A file the session replays cannot be read: the path and the OS's reason.
    CannotRead(String, String),

    // The session and `S`.
    Resumed(usize),
    CannotResume(Box<Msg>),
    /// The store failed (the OS's reason).
    CannotKeep(String),
    Saved(String),
    CannotSaveTo(String, String),
    PasteNotRun(usize, Box<Msg>),

    // Views.
    NoViewCovers(usize),
    /// The view is held inside a container; `del`: say that `:del c` drops it.
    ViewHeldInside {
        container: String,
        del: bool,
    },
    /// The modal's `f` cannot release views held inside these containers (`:del c`, or
    /// show another value when only `_` holds them).
    ViewsHeldInside {
        containers: Vec<String>,
        del: Option<String>,
    },

    // Goto and search.
    NotAnOffset(String),
    PastTheEnd {
        to: usize,
        max: usize,
    },
    /// A search match: what was sought, where, and whether it wrapped (to the start when
    /// searching forward).
    Found {
        text: String,
        at: usize,
        wrapped: Option<bool>,
    },
    NoMatch(String),
    BadHexEscape(String),
    BadEscape(char),
    NotHexDigit(char, usize),
    OddHexDigits(usize),

    // Questions (the message line asks, `y`/`n` answers).
    /// Step mode: run `what` on a copy of the session from step `k`?
    AskBranch {
        what: Branching,
        step: usize,
    },
    /// Quit with `steps` steps run: kept in the session file (`Some(path)`) or nowhere.
    AskQuit {
        steps: usize,
        kept: Option<String>,
    },
    /// Run this statement (`c`: `b.close()`)?
    AskRun(String),
    /// Back to the script, dropping `n` statements run on the copy?
    AskBack(usize),

    // Versions.
    /// `V` under a real interpreter (`CPython 3.12.1`): its version is not switched.
    VersionIsReal(String),
    /// `V` switched to `to` from `from`; `differ` statements are marked.
    VersionNow {
        to: Version,
        from: Version,
        differ: usize,
    },
}

/// (English, Korean) for the fixed phrases of notices and prompt errors that the main
/// catalog does not hold ([`super::i18n::ko`] looks in both).
pub const PHRASES: &[(&str, &str)] = &[
    (
        "an offset: 0x1f00, 7936, +16, -16 or end",
        "오프셋: 0x1f00, 7936, +16, -16, end",
    ),
    (
        "hex bytes (50 4b 03 04) or text (\"PK\")",
        "16진수 바이트(50 4b 03 04)나 글자(\"PK\")",
    ),
    (
        "an empty string matches everywhere",
        "빈 문자열은 어디에나 일치함",
    ),
    ("a lone \\ at the end", "끝에 홀로 남은 \\"),
    ("the log is not a script", "기록이 스크립트가 아님"),
    // `render`'s own messages.
    (
        "--step needs a script, not --file",
        "--step 은 --file 이 아니라 스크립트에 씀",
    ),
    (
        "give a script or --file PATH",
        "스크립트나 --file PATH 를 주기",
    ),
    (
        "`render` takes --file after it: render --file PATH",
        "`render` 는 --file 을 뒤에 받음: render --file PATH",
    ),
    (
        "the log has fewer statements than steps",
        "기록의 문장 수가 단계 수보다 적음",
    ),
];

/// What a statement typed at the prompt failed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseKind {
    Syntax,
    Indentation,
    Unsupported,
    Stopped,
}

/// What a step-mode key would run on a copy of the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Branching {
    /// `:`: a statement to be typed.
    Statement,
    /// An operation key whose statement is asked for next (`r`, `w`, ...).
    This,
    /// A statement known already (`t`: `b.tell()`).
    Code(String),
    /// A paste of several lines.
    Pasted,
}

impl Msg {
    /// A fixed phrase.
    pub fn phrase(en: &'static str) -> Msg {
        Msg::Phrase(en)
    }

    /// A step's refusal (what the engine does not model, or the budget that stopped it).
    pub fn refused(e: &crate::script::StepError) -> Msg {
        Msg::NotModelled {
            what: e.message.clone(),
            stopped: e.ty == crate::model::ExcType::Budget,
        }
    }

    /// The message in English (for logs and tests).
    pub fn en(&self) -> String {
        Lang::En.say(self)
    }
}

impl From<&'static str> for Msg {
    fn from(en: &'static str) -> Msg {
        Msg::Phrase(en)
    }
}

/// `1 step`, `2 steps`.
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

impl Lang {
    /// `m` in this language.
    pub fn say(self, m: &Msg) -> String {
        let ko = self == Lang::Ko;
        match m {
            Msg::Phrase(en) => self.t(en).to_string(),
            Msg::Verbatim(s) => s.clone(),
            Msg::NotModelled {
                what,
                stopped: false,
            } => self.not_modelled(what),
            Msg::NotModelled {
                what,
                stopped: true,
            } => match self {
                Lang::En => format!("stopped: {what}"),
                Lang::Ko => format!("멈춤: {what}"),
            },
            Msg::ReleasedSince(line) => format!("{line} {}", self.t("(its view is released now)")),
            Msg::Showing(label) => self.showing(&self.label(label)),
            Msg::Parse {
                kind,
                message,
                line,
                col,
            } => {
                let place = match (line, ko) {
                    (Some(l), false) => format!("line {l}, column {col}"),
                    (None, false) => format!("column {col}"),
                    (Some(l), true) => format!("{l}번째 줄, {col}번째 칸"),
                    (None, true) => format!("{col}번째 칸"),
                };
                match (kind, ko) {
                    (ParseKind::Syntax, _) => format!("SyntaxError: {message} ({place})"),
                    (ParseKind::Indentation, _) => {
                        format!("IndentationError: {message} ({place})")
                    }
                    (ParseKind::Unsupported, false) => {
                        format!("not in the subset bytesio-tui models: {message} ({place})")
                    }
                    (ParseKind::Unsupported, true) => {
                        format!("bytesio-tui가 다루지 않는 문법: {message} ({place})")
                    }
                    (ParseKind::Stopped, false) => format!("stopped: {message} ({place})"),
                    (ParseKind::Stopped, true) => format!("멈춤: {message} ({place})"),
                }
            }
            Msg::About(text, why) => format!("{text}: {}", self.say(why)),
            Msg::ScriptEnds(n) => self.script_ends(*n),
            Msg::StepZero(n) => self.step_zero(*n),
            Msg::StepsGoFrom(last) => self.steps_go_from(*last),
            Msg::BranchedLive(k) => self.branched_live(*k),
            Msg::BackToScript(k) => self.back_to_script(*k),
            Msg::Undone(text) => self.undone(text),
            Msg::Redone(text) => self.redone(text),
            Msg::CannotUndo(why) => self.cannot_undo(&self.say(why)),
            Msg::CannotRedo(text, why) => self.cannot_redo(text, &self.say(why)),
            Msg::CannotRead(path, e) => match self {
                Lang::En => format!("{path}: cannot read: {e}"),
                Lang::Ko => format!("{path}: 읽을 수 없음: {e}"),
            },
            Msg::Resumed(n) => match self {
                Lang::En => format!("resumed the last session: {}", count(*n, "step", "steps")),
                Lang::Ko => format!("마지막 세션을 다시 엶: {n}단계"),
            },
            Msg::CannotResume(why) => match self {
                Lang::En => format!("cannot resume: {}", self.say(why)),
                Lang::Ko => format!("다시 열 수 없음: {}", self.say(why)),
            },
            Msg::CannotKeep(e) => match self {
                Lang::En => format!("cannot save: {e}"),
                Lang::Ko => format!("저장할 수 없음: {e}"),
            },
            Msg::Saved(path) => match self {
                Lang::En => {
                    format!("saved the session to {path} (bytesio-tui run {path} replays it)")
                }
                Lang::Ko => {
                    format!("세션을 {path}에 저장함 (bytesio-tui run {path} 로 다시 실행)")
                }
            },
            Msg::CannotSaveTo(path, e) => match self {
                Lang::En => format!("cannot save to {path}: {e}"),
                Lang::Ko => format!("{path}에 저장할 수 없음: {e}"),
            },
            Msg::PasteNotRun(lines, why) => match self {
                Lang::En => format!(
                    "paste of {} not run: {}",
                    count(*lines, "line", "lines"),
                    self.say(why)
                ),
                Lang::Ko => format!("붙여넣은 {lines}줄은 실행하지 않음: {}", self.say(why)),
            },
            Msg::NoViewCovers(nav) => self.no_view_covers(*nav),
            Msg::ViewHeldInside { container, del } => {
                let base = self.view_held_inside(container);
                match (del, self) {
                    (false, _) => base,
                    (true, Lang::En) => format!("{base}: :del {container} drops it"),
                    (true, Lang::Ko) => format!("{base}: :del {container} 로 없앰"),
                }
            }
            Msg::ViewsHeldInside { containers, del } => {
                let quoted: Vec<String> = containers.iter().map(|c| format!("`{c}`")).collect();
                let what = match self {
                    Lang::En => quoted.join(" and "),
                    Lang::Ko => quoted.join(", "),
                };
                let fix = match del {
                    Some(c) => format!(":del {c}"),
                    None => self.t("show another value (t)").to_string(),
                };
                self.views_held_inside(&what, &fix)
            }
            Msg::NotAnOffset(text) => match self {
                Lang::En => format!("{text:?} is not an offset: 0x1f00, 7936, +16, -16 or end"),
                Lang::Ko => format!("{text:?}은(는) 오프셋이 아님: 0x1f00, 7936, +16, -16, end"),
            },
            Msg::PastTheEnd { to, max } => match self {
                Lang::En => format!("{to:#x} is past the end: the cursor stops at {max:#x}"),
                Lang::Ko => format!("{to:#x}은(는) 끝 너머: 커서는 {max:#x}에서 멈춤"),
            },
            Msg::Found { text, at, wrapped } => {
                let wrap = match (wrapped, self) {
                    (None, _) => "",
                    (Some(true), Lang::En) => ": search wrapped to the start",
                    (Some(false), Lang::En) => ": search wrapped to the end",
                    (Some(true), Lang::Ko) => ": 끝에서 처음으로 돌아와 찾음",
                    (Some(false), Lang::Ko) => ": 처음에서 끝으로 돌아와 찾음",
                };
                let keys = match self {
                    Lang::En => "n/> next  N/< previous",
                    Lang::Ko => "n/> 다음  N/< 이전",
                };
                match self {
                    Lang::En => format!("{text} at {at:#x} ({at}){wrap}   {keys}"),
                    Lang::Ko => format!("{text}: {at:#x} ({at})에 있음{wrap}   {keys}"),
                }
            }
            Msg::NoMatch(text) => match self {
                Lang::En => format!("{text}: no match"),
                Lang::Ko => format!("{text}: 일치 없음"),
            },
            Msg::BadHexEscape(h) => match self {
                Lang::En => format!("\\x{h}: two hex digits"),
                Lang::Ko => format!("\\x{h}: 16진수 두 자리가 필요함"),
            },
            Msg::BadEscape(c) => match self {
                Lang::En => format!("\\{c}: escapes are \\xNN \\n \\t \\r \\0 \\\\"),
                Lang::Ko => format!("\\{c}: 이스케이프는 \\xNN \\n \\t \\r \\0 \\\\ 뿐"),
            },
            Msg::NotHexDigit(c, i) => match self {
                Lang::En => format!("'{c}' at position {i} is not a hex digit"),
                Lang::Ko => format!("{i}번 위치의 '{c}'은(는) 16진수 숫자가 아님"),
            },
            Msg::OddHexDigits(n) => match self {
                Lang::En => format!(
                    "{}: bytes need an even number",
                    count(*n, "hex digit", "hex digits")
                ),
                Lang::Ko => format!("16진수 숫자 {n}개: 바이트는 짝수 개가 필요함"),
            },
            Msg::AskBranch { what, step } => {
                let what = match (what, self) {
                    (Branching::Code(c), _) => c.clone(),
                    (Branching::Statement, Lang::En) => "a statement".into(),
                    (Branching::This, Lang::En) => "this".into(),
                    (Branching::Pasted, Lang::En) => "the pasted statements".into(),
                    (Branching::Statement, Lang::Ko) => "문장".into(),
                    (Branching::This, Lang::Ko) => "이것".into(),
                    (Branching::Pasted, Lang::Ko) => "붙여넣은 문장".into(),
                };
                match self {
                    Lang::En => format!(
                        "run {what} on a copy from step {step}?  y yes  n no  (then b/Esc: back to the script)"
                    ),
                    Lang::Ko => format!(
                        "{step}단계의 복사본에서 {what} 실행?  y 예  n 아니요  (그 뒤 b/Esc: 스크립트로)"
                    ),
                }
            }
            Msg::AskQuit { steps, kept } => match (self, kept) {
                (Lang::En, Some(path)) => format!(
                    "quit? the {} of this session {} in {path} (bytesio-tui --resume reopens it)  y quit  n stay",
                    count(*steps, "step", "steps"),
                    if *steps == 1 { "is" } else { "are" }
                ),
                (Lang::En, None) => format!(
                    "quit? the {} of this session {} not saved anywhere  y quit  n stay",
                    count(*steps, "step", "steps"),
                    if *steps == 1 { "is" } else { "are" }
                ),
                (Lang::Ko, Some(path)) => format!(
                    "종료? 이 세션의 {steps}단계는 {path}에 있음 (bytesio-tui --resume 으로 다시 엶)  y 종료  n 머물기"
                ),
                (Lang::Ko, None) => format!(
                    "종료? 이 세션의 {steps}단계는 어디에도 저장되지 않음  y 종료  n 머물기"
                ),
            },
            Msg::AskRun(text) => match self {
                Lang::En => format!("run {text}?  y yes  n no"),
                Lang::Ko => format!("{text} 실행?  y 예  n 아니요"),
            },
            Msg::AskBack(n) => match self {
                Lang::En => format!(
                    "back to the script? the {} run on the copy {} dropped  y yes  n no",
                    count(*n, "statement", "statements"),
                    if *n == 1 { "is" } else { "are" }
                ),
                Lang::Ko => format!(
                    "스크립트로 돌아갈까? 복사본에서 실행한 문장 {n}개는 버려짐  y 예  n 아니요"
                ),
            },
            Msg::VersionIsReal(by) => match self {
                Lang::En => format!(
                    "{by} ran this script: V switches the built-in engine's version \
                     (bytesio-tui --python 3.X SCRIPT for another)"
                ),
                Lang::Ko => format!(
                    "이 스크립트는 {by}가 실행함: V는 내장 엔진의 버전을 바꿈 \
                     (다른 버전은 bytesio-tui --python 3.X SCRIPT)"
                ),
            },
            Msg::VersionNow {
                to,
                from,
                differ: 0,
            } => match self {
                Lang::En => format!("Python {to}: no statement differs from {from}  (V: next)"),
                Lang::Ko => format!("Python {to}: {from}과 다른 문장 없음  (V: 다음)"),
            },
            Msg::VersionNow { to, from, differ } => match self {
                Lang::En => format!(
                    "Python {to}: {} from {from}, marked ≠  (V: next)",
                    if *differ == 1 {
                        "1 statement differs".to_string()
                    } else {
                        format!("{differ} statements differ")
                    }
                ),
                Lang::Ko => {
                    format!("Python {to}: {from}과 다른 문장 {differ}개, ≠로 표시  (V: 다음)")
                }
            },
        }
    }
}

impl Lang {
    /// What a version switch changed, after the version it came in: `3.16: close() no
    /// longer refuses while views live`.
    pub fn switch_reason(self, s: Switch) -> String {
        format!("{}: {}", s.since(), self.switch_what(s))
    }

    /// What a version switch changed: `close() no longer refuses while views live`.
    pub fn switch_what(self, s: Switch) -> &'static str {
        use Switch::*;
        match (self, s) {
            (Lang::En, IoClinicNoargs) => {
                "getbuffer(), fileno() and detach() say \"takes no arguments\""
            }
            (Lang::Ko, IoClinicNoargs) => {
                "getbuffer(), fileno(), detach()의 인자 오류가 \"takes no arguments\""
            }
            (Lang::En, ForgotImportHint) => {
                "a NameError of a module's name adds \"Did you forget to import\""
            }
            (Lang::Ko, ForgotImportHint) => {
                "모듈 이름의 NameError에 \"Did you forget to import\"가 붙음"
            }
            (Lang::En, UnexpectedKeyword) => {
                "an unknown keyword is \"got an unexpected keyword argument\""
            }
            (Lang::Ko, UnexpectedKeyword) => {
                "모르는 키워드는 \"got an unexpected keyword argument\"로 알림"
            }
            (Lang::En, FromhexBytesLike) => "bytes.fromhex() takes bytes-like objects too",
            (Lang::Ko, FromhexBytesLike) => "bytes.fromhex()가 바이트열 같은 객체도 받음",
            (Lang::En, FromhexOddDigits) => "an odd number of hex digits has its own message",
            (Lang::Ko, FromhexOddDigits) => "16진 숫자가 홀수 개면 따로 된 메시지",
            (Lang::En, WriteArgumentFirst) => {
                "write() checks its argument before closed and exports"
            }
            (Lang::Ko, WriteArgumentFirst) => "write()가 닫힘과 내보내기보다 인자를 먼저 검사함",
            (Lang::En, TruncateChecksFirst) => {
                "truncate() checks closed and exports before its argument"
            }
            (Lang::Ko, TruncateChecksFirst) => {
                "truncate()가 인자보다 닫힘과 내보내기를 먼저 검사함"
            }
            (Lang::En, CloseKeepsViews) => "close() no longer refuses while views live",
            (Lang::Ko, CloseKeepsViews) => "뷰가 살아 있어도 close()가 더는 거부하지 않음",
            (Lang::En, BytesioPeek) => "BytesIO has peek()",
            (Lang::Ko, BytesioPeek) => "BytesIO에 peek()가 생김",
            (Lang::En, InitChecksExportsFirst) => "__init__() checks exports before it resets",
            (Lang::Ko, InitChecksExportsFirst) => "__init__()이 초기화하기 전에 내보내기를 검사함",
            (Lang::En, WithProtocolTypeerror) => {
                "a with over a non-manager is a TypeError, not \"AttributeError: __enter__\""
            }
            (Lang::Ko, WithProtocolTypeerror) => {
                "컨텍스트 관리자가 아닌 값의 with는 \"AttributeError: __enter__\"가 아닌 TypeError"
            }
            (Lang::En, IoModuleNoGetattr) => "an unknown io attribute names the module",
            (Lang::Ko, IoModuleNoGetattr) => "io 모듈에 없는 속성의 오류가 모듈 이름을 댐",
            (Lang::En, KeywordMethodCallUnbound) => {
                "a method's keyword error names its class (str.find())"
            }
            (Lang::Ko, KeywordMethodCallUnbound) => {
                "메서드의 키워드 오류가 클래스 이름을 댐 (str.find())"
            }
            (Lang::En, DigitLimitSaysDigits) => {
                "the int digit limit's message says \"(4300 digits)\""
            }
            (Lang::Ko, DigitLimitSaysDigits) => "정수 자릿수 한도 메시지가 \"(4300 digits)\"",
            (Lang::En, StrIndexNamesType) => "a bad string index names its type",
            (Lang::Ko, StrIndexNamesType) => "잘못된 문자열 인덱스 오류가 타입을 댐",
            (Lang::En, ZeroDivisionNamesOp) => "int % 0 says \"integer modulo by zero\"",
            (Lang::Ko, ZeroDivisionNamesOp) => "정수 % 0이 \"integer modulo by zero\"",
            (Lang::En, ToBytesDefaults) => "int.to_bytes() and from_bytes() have defaults",
            (Lang::Ko, ToBytesDefaults) => "int.to_bytes()와 from_bytes()에 기본값이 생김",
            (Lang::En, AttrNameNamesType) => "getattr()'s non-str name error names its type",
            (Lang::Ko, AttrNameNamesType) => "getattr()의 문자열 아닌 이름 오류가 타입을 댐",
            (Lang::En, TypeSubscriptNamesClass) => "subscripting a class names the class",
            (Lang::Ko, TypeSubscriptNamesClass) => "클래스 첨자 오류가 클래스 이름을 댐",
            (Lang::En, UnboundLocalWording) => {
                "UnboundLocalError says \"cannot access local variable\""
            }
            (Lang::Ko, UnboundLocalWording) => {
                "UnboundLocalError가 \"cannot access local variable\""
            }
            (Lang::En, FormatZOption) => "format specs have the z option (PEP 682)",
            (Lang::Ko, FormatZOption) => "서식 지정에 z 옵션이 생김 (PEP 682)",
            (Lang::En, FormatSpecErrorNamesSpec) => "an invalid format spec error quotes the spec",
            (Lang::Ko, FormatSpecErrorNamesSpec) => "잘못된 서식 지정 오류가 지정을 인용함",
            (Lang::En, SumFloatCompensated) => "sum() of floats is compensated",
            (Lang::Ko, SumFloatCompensated) => "float의 sum()이 보정 합산을 함",
            (Lang::En, SliceHashable) => "slices are hashable",
            (Lang::Ko, SliceHashable) => "slice가 해시 가능해짐",
            (Lang::En, MinMaxEmptyWording) => {
                "min()/max() of nothing says \"iterable argument is empty\""
            }
            (Lang::Ko, MinMaxEmptyWording) => "빈 min()/max()가 \"iterable argument is empty\"",
            (Lang::En, IntIsInteger) => "int has is_integer()",
            (Lang::Ko, IntIsInteger) => "int에 is_integer()가 생김",
            (Lang::En, MemoryviewCastHalf) => "memoryview.cast() accepts 'e' (half float)",
            (Lang::Ko, MemoryviewCastHalf) => "memoryview.cast()가 'e'(반정밀도)를 받음",
            (Lang::En, SortReverseTruth) => "sort(reverse=) takes any truth value",
            (Lang::Ko, SortReverseTruth) => "sort(reverse=)가 아무 참거짓 값을 받음",
            (Lang::En, FloatModuloByZero) => "float % 0 says \"float modulo by zero\"",
            (Lang::Ko, FloatModuloByZero) => "float % 0이 \"float modulo by zero\"",
            (Lang::En, ChrRangeValueError) => "chr() of a huge int is a ValueError",
            (Lang::Ko, ChrRangeValueError) => "아주 큰 정수의 chr()가 ValueError",
            (Lang::En, SliceAssignIterableWording) => {
                "a non-iterable slice assignment says \"must assign iterable to extended slice\""
            }
            (Lang::Ko, SliceAssignIterableWording) => {
                "슬라이스에 반복 불가 값 대입이 \"must assign iterable to extended slice\""
            }
            (Lang::En, StrMethodsClinic) => {
                "str/bytes find() and friends, replace() and int() word argument counts anew"
            }
            (Lang::Ko, StrMethodsClinic) => {
                "str/bytes find() 등, replace(), int()의 인자 개수 문구가 바뀜"
            }
            (Lang::En, BytearrayExtendStr) => {
                "bytearray.extend() refuses a str before iterating it"
            }
            (Lang::Ko, BytearrayExtendStr) => "bytearray.extend()가 str을 순회하기 전에 거부함",
        }
    }

    /// Why a marked statement differs between `now` and `against`: its switches' reasons,
    /// or the earlier difference it follows.
    pub fn why_differs(self, why: &Why, now: Version, against: Version) -> String {
        let lead = format!("{now} ≠ {against}");
        let reason = match (why, self) {
            // The version a change came in is named when it is neither of the two.
            (Why::Switches(s), _) => s
                .iter()
                .map(|s| {
                    let since = s.since();
                    if since == now.max(against) {
                        self.switch_what(*s).to_string()
                    } else {
                        self.switch_reason(*s)
                    }
                })
                .collect::<Vec<_>>()
                .join("; "),
            (Why::After(line), Lang::En) => {
                format!("follows from the difference at line {line}")
            }
            (Why::After(line), Lang::Ko) => format!("{line}번째 줄의 차이에서 이어짐"),
            (Why::Unnamed, Lang::En) => "the versions' messages differ".into(),
            (Why::Unnamed, Lang::Ko) => "버전마다 메시지가 다름".into(),
        };
        format!("{lead}: {reason}")
    }
}

impl Lang {
    /// `--step 12`'s error: `the script has 10 steps (0 to 10)`.
    pub fn script_has_steps(self, steps: usize) -> String {
        match self {
            Lang::En => format!("the script has {steps} steps (0 to {steps})"),
            Lang::Ko => format!("스크립트의 단계는 {steps}개 (0부터 {steps}까지)"),
        }
    }

    // `run --compare`: the words between CPython's lines.

    /// A column's statement that never ran.
    pub fn compare_not_run(self) -> &'static str {
        match self {
            Lang::En => "(not run: an earlier statement stopped the script)\n",
            Lang::Ko => "(실행 안 됨: 앞의 문장이 스크립트를 멈춤)\n",
        }
    }

    /// A column's statement that printed nothing.
    pub fn compare_no_output(self) -> &'static str {
        match self {
            Lang::En => "(no output)\n",
            Lang::Ko => "(출력 없음)\n",
        }
    }

    /// `# 1 statement of 10 differs between 3.11 and 3.16`.
    pub fn compare_summary(self, differ: usize, n: usize, labels: &[String]) -> String {
        match self {
            Lang::En => {
                let names = match labels.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        format!("{} and {last}", rest.join(", "))
                    }
                    _ => labels.join(""),
                };
                let (s, verb) = if differ == 1 {
                    ("", "differs")
                } else {
                    ("s", "differ")
                };
                format!("# {differ} statement{s} of {n} {verb} between {names}\n")
            }
            Lang::Ko => format!(
                "# 문장 {n}개 중 {differ}개가 {} 사이에서 다름\n",
                labels.join(", ")
            ),
        }
    }

    /// The BufferError modal's why, in a sentence, for a small screen.
    pub fn why_short(self, stream: &str, n: usize, python: Version) -> String {
        if python.profile().close_keeps_views {
            return match self {
                Lang::En => format!(
                    "A view points into the stream's memory: write() and truncate() need \
                     exports: 0, and {stream} has {n}."
                ),
                Lang::Ko => format!(
                    "뷰가 스트림의 메모리를 가리킴: write(), truncate()는 내보내기가 0이어야 하는데 \
                     {stream}에는 {n}개 있음."
                ),
            };
        }
        match self {
            Lang::En => format!(
                "A view points into the stream's memory: close(), write() and truncate() \
                 need exports: 0, and {stream} has {n}."
            ),
            Lang::Ko => format!(
                "뷰가 스트림의 메모리를 가리킴: close(), write(), truncate()는 내보내기가 \
                 0이어야 하는데 {stream}에는 {n}개 있음."
            ),
        }
    }

    /// How the screen calls a stream or an exported object: `b`, `<BytesIO>`, `<stream of
    /// a view held by the name `v`>`, `bytearray`.
    pub fn label(self, l: &Label) -> String {
        match (l, self) {
            (Label::Name(n) | Label::Type(n), _) => n.to_string(),
            (Label::Nameless, Lang::En) => "<BytesIO>".into(),
            (Label::Nameless, Lang::Ko) => "<이름 없는 BytesIO>".into(),
            (Label::Numbered(n), _) => format!("<BytesIO #{n}>"),
            (Label::ViewHeldBy(r), Lang::En) => {
                format!("<stream of a view held by {}>", self.root(r))
            }
            (Label::ViewHeldBy(r), Lang::Ko) => {
                format!("<{}의 뷰가 가리키는 스트림>", self.root(r))
            }
        }
    }

    /// A root that holds a view, in a phrase: `the name `v``, `the last error`.
    pub fn root(self, r: &Root) -> String {
        match r {
            Root::Name(n) => self.holder_name_long(n),
            Root::Underscore => self.holder_underscore_long(false).into(),
            Root::LastError => self.holder_last_error_long().into(),
            Root::Local(f, n) => self.holder_local_long(n, f),
        }
    }

    /// The bytes a view covers: `b[2:5]`, `b[3:3] (empty)`.
    pub fn range(self, r: &Range) -> String {
        let empty = match (r.empty, self) {
            (false, _) => "",
            (true, Lang::En) => " (empty)",
            (true, Lang::Ko) => " (비어 있음)",
        };
        format!("{}{}{empty}", self.label(&r.of), r.slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_translated_once() {
        for (i, (en, ko)) in PHRASES.iter().enumerate() {
            assert!(!ko.is_empty() && ko != en, "{en}");
            assert!(PHRASES[..i].iter().all(|(e, _)| e != en), "{en} twice");
            assert!(
                super::super::i18n::PHRASES.iter().all(|(e, _)| e != en),
                "{en} is in the main catalog too"
            );
            assert_eq!(Lang::Ko.say(&Msg::Phrase(en)), *ko);
        }
    }

    #[test]
    fn plurals_and_word_order_are_the_catalogs() {
        assert_eq!(
            Lang::En.say(&Msg::Resumed(1)),
            "resumed the last session: 1 step"
        );
        assert_eq!(
            Lang::En.say(&Msg::Resumed(3)),
            "resumed the last session: 3 steps"
        );
        assert_eq!(
            Lang::En.say(&Msg::AskBack(1)),
            "back to the script? the 1 statement run on the copy is dropped  y yes  n no"
        );
        assert_eq!(
            Lang::Ko.say(&Msg::AskQuit {
                steps: 2,
                kept: None
            }),
            "종료? 이 세션의 2단계는 어디에도 저장되지 않음  y 종료  n 머물기"
        );
        assert_eq!(
            Lang::Ko.say(&Msg::About(
                "b.read(x)".into(),
                Box::new(Msg::Phrase("nothing to run"))
            )),
            "b.read(x): 실행할 것 없음"
        );
    }
}
