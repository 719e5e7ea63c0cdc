//! The narration under the grid: the step that just ran, explained in one plain sentence
//! computed from its record (what it wrote where, how the cursor and the size moved, the
//! exports it made or ended, the close it was refused), in the UI's language.

use crate::app::Scene;
use crate::model::error::ExcType;
use crate::model::value::ObjId;
use crate::script::Step;
use crate::script::session::StreamChange;

use super::i18n::Lang;

/// One thing a step did, as data; [`Part::say`] words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// It made the stream: its size.
    Made {
        size: usize,
    },
    /// `n` bytes written at offset `at` by a write.
    Wrote {
        n: usize,
        at: usize,
    },
    /// A write past the end zero-filled bytes `from..=to`.
    ZeroFilled {
        from: usize,
        to: usize,
    },
    /// Bytes `from..=to` changed through a view (the cursor stays).
    ThroughView {
        from: usize,
        to: usize,
    },
    Moved {
        from: i64,
        to: i64,
    },
    /// The cursor did not move (said after a change through a view).
    Stayed,
    Grew {
        from: usize,
        to: usize,
    },
    Shrank {
        from: usize,
        to: usize,
    },
    /// The stream closed; `kept` views still hold its buffer (3.16, where close() no longer
    /// waits for them).
    Closed {
        kept: usize,
    },
    /// A view was made: the stream's exports went `from` → `to`.
    Exported {
        from: usize,
        to: usize,
    },
    /// An export ended; `left` remain. `close_waits`: close() needs them all gone (up to
    /// 3.15; on 3.16 only write() and truncate() do).
    Released {
        left: usize,
        close_waits: bool,
    },
    /// The operation was refused with BufferError: the views (their labels) that still
    /// export the stream's buffer.
    Refused {
        op: String,
        views: Vec<String>,
    },
    /// Another exception (CPython's class name).
    Raised {
        ty: &'static str,
    },
    /// The engine stopped the statement (its step budget, `--max-steps`, or its int
    /// budget), or refused what it does not model: no Python exception.
    Stopped {
        refused: bool,
    },
    /// The prompt showed this value.
    Shows(String),
    /// Nothing about a stream changed.
    NoChange,
}

/// The parts of a step's record about the stream `shown` (else the first it changed).
pub fn parts(scene: &Scene, step: &Step, shown: Option<ObjId>, lang: Lang) -> Vec<Part> {
    let mut out = Vec::new();
    if let Some(e) = &step.error
        && e.ty == ExcType::BufferError
        && let Some(sid) = e.stream
    {
        let views: Vec<String> = scene
            .views_of(sid)
            .map(|v| scene.view_label(v, lang))
            .collect();
        let op = e.operation.unwrap_or("").to_string();
        out.push(Part::Refused { op, views });
        return out;
    }
    let change = shown
        .and_then(|id| step.change_of(id))
        .or_else(|| step.changes.first());
    if let Some(c) = change {
        change_parts(c, &mut out);
    }
    let close_waits = !scene.python.profile().close_keeps_views;
    for p in &mut out {
        if let Part::Released { close_waits: w, .. } = p {
            *w = close_waits;
        }
    }
    let wrote = change.is_some_and(|c| c.edits.iter().any(|e| !e.new.is_empty()));
    let shown_value = step.output.lines().next().filter(|v| !v.is_empty());
    if let Some(e) = &step.error {
        out.push(match e.ty {
            ExcType::Budget => Part::Stopped { refused: false },
            ExcType::Unsupported => Part::Stopped { refused: true },
            _ => Part::Raised { ty: e.ty.name() },
        });
    } else if let Some(v) = shown_value.filter(|_| !wrote) {
        out.push(Part::Shows(super::text::fit(v, 40)));
    } else if out.is_empty() {
        out.push(Part::NoChange);
    }
    out
}

fn change_parts(c: &StreamChange, out: &mut Vec<Part>) {
    let (b, a) = (c.before, c.after);
    if c.born {
        out.push(Part::Made { size: a.size });
        if a.exports > 0 {
            out.push(Part::Exported {
                from: 0,
                to: a.exports,
            });
        }
        return;
    }
    let written: usize = c.edits.iter().map(|e| e.new.len()).sum();
    let through_view = written > 0 && b.pos == a.pos && b.size == a.size;
    if let Some(first) = c.edits.iter().find(|e| !e.new.is_empty()) {
        if through_view {
            let from = c
                .edits
                .iter()
                .map(|e| e.offset)
                .min()
                .unwrap_or(first.offset);
            let to = c
                .edits
                .iter()
                .map(|e| e.offset + e.new.len())
                .max()
                .unwrap_or(first.offset + 1);
            out.push(Part::ThroughView {
                from,
                to: to.saturating_sub(1),
            });
        } else {
            out.push(Part::Wrote {
                n: written,
                at: first.offset,
            });
        }
        if first.offset > first.old_size {
            out.push(Part::ZeroFilled {
                from: first.old_size,
                to: first.offset - 1,
            });
        }
    }
    if a.closed && !b.closed {
        out.push(Part::Closed { kept: a.exports });
        if b.exports > a.exports {
            out.push(Part::Released {
                left: a.exports,
                close_waits: true,
            });
        }
        return;
    }
    if a.pos != b.pos {
        out.push(Part::Moved {
            from: b.pos,
            to: a.pos,
        });
    } else if through_view && !a.closed {
        // (A closed stream has no cursor: 3.16's views still write into its bytes.)
        out.push(Part::Stayed);
    }
    if a.size > b.size {
        out.push(Part::Grew {
            from: b.size,
            to: a.size,
        });
    } else if a.size < b.size {
        out.push(Part::Shrank {
            from: b.size,
            to: a.size,
        });
    }
    if a.exports > b.exports {
        out.push(Part::Exported {
            from: b.exports,
            to: a.exports,
        });
    } else if a.exports < b.exports {
        out.push(Part::Released {
            left: a.exports,
            close_waits: true,
        });
    }
}

/// `` `a`, `b` ``.
fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Part {
    /// The part in words.
    pub fn say(&self, lang: Lang) -> String {
        use Part::*;
        match (lang, self) {
            (Lang::En, Made { size }) => {
                let bytes = if *size == 1 { "byte" } else { "bytes" };
                format!("made a stream of {size} {bytes}, the cursor at 0")
            }
            (Lang::Ko, Made { size }) => format!("{size}바이트 스트림을 만듦, 커서는 0"),
            (Lang::En, Wrote { n, at }) => {
                let bytes = if *n == 1 { "byte" } else { "bytes" };
                format!("wrote {n} {bytes} at offset {at}")
            }
            (Lang::Ko, Wrote { n, at }) => format!("오프셋 {at}에 {n}바이트를 씀"),
            (Lang::En, ZeroFilled { from, to }) if from == to => {
                format!("the write past the end zero-filled byte {from}")
            }
            (Lang::En, ZeroFilled { from, to }) => {
                format!("the write past the end zero-filled bytes {from}-{to}")
            }
            (Lang::Ko, ZeroFilled { from, to }) if from == to => {
                format!("끝 너머에 써서 {from}번 바이트를 0으로 채움")
            }
            (Lang::Ko, ZeroFilled { from, to }) => {
                format!("끝 너머에 써서 {from}-{to}번 바이트를 0으로 채움")
            }
            (Lang::En, ThroughView { from, to }) if from == to => {
                format!("changed byte {from} through the view")
            }
            (Lang::En, ThroughView { from, to }) => {
                format!("changed bytes {from}-{to} through the view")
            }
            (Lang::Ko, ThroughView { from, to }) if from == to => {
                format!("뷰를 통해 {from}번 바이트를 바꿈")
            }
            (Lang::Ko, ThroughView { from, to }) => {
                format!("뷰를 통해 {from}-{to}번 바이트를 바꿈")
            }
            (Lang::En, Moved { from, to }) => format!("the cursor moved {from} → {to}"),
            (Lang::Ko, Moved { from, to }) => {
                format!("커서가 {from} → {to}{} 움직임", ro(to.unsigned_abs()))
            }
            (Lang::En, Stayed) => "the cursor did not move".into(),
            (Lang::Ko, Stayed) => "커서는 그대로".into(),
            (Lang::En, Grew { from, to }) => format!("the stream grew {from} → {to} bytes"),
            (Lang::Ko, Grew { from, to }) => format!("스트림이 {from} → {to}바이트로 늘어남"),
            (Lang::En, Shrank { from, to }) => format!("the stream shrank {from} → {to} bytes"),
            (Lang::Ko, Shrank { from, to }) => format!("스트림이 {from} → {to}바이트로 줄어듦"),
            (Lang::En, Closed { kept: 0 }) => "closed the stream: CPython frees its buffer".into(),
            (Lang::Ko, Closed { kept: 0 }) => "스트림을 닫음: CPython이 버퍼를 해제함".into(),
            (Lang::En, Closed { kept: 1 }) => "closed the stream: its view keeps the buffer".into(),
            (Lang::En, Closed { kept }) => {
                format!("closed the stream: its {kept} views keep the buffer")
            }
            (Lang::Ko, Closed { kept }) => {
                format!("스트림을 닫음: 뷰 {kept}개가 버퍼를 붙잡고 있음")
            }
            (Lang::En, Exported { from, to }) => {
                format!("made a view of the buffer: exports {from} → {to}")
            }
            (Lang::Ko, Exported { from, to }) => {
                format!("버퍼의 뷰를 만듦: 내보내기 {from} → {to}")
            }
            (
                Lang::En,
                Released {
                    left: 0,
                    close_waits: true,
                },
            ) => "ended the last export: `close()` can succeed now".into(),
            (
                Lang::En,
                Released {
                    left: 0,
                    close_waits: false,
                },
            ) => "ended the last export: `write()` and `truncate()` can resize it now".into(),
            (Lang::En, Released { left, .. }) => format!("ended an export: {left} still alive"),
            (
                Lang::Ko,
                Released {
                    left: 0,
                    close_waits: true,
                },
            ) => "마지막 내보내기가 끝남: 이제 `close()`가 성공할 수 있음".into(),
            (
                Lang::Ko,
                Released {
                    left: 0,
                    close_waits: false,
                },
            ) => {
                "마지막 내보내기가 끝남: 이제 `write()`와 `truncate()`가 크기를 바꿀 수 있음".into()
            }
            (Lang::Ko, Released { left, .. }) => {
                format!("내보내기 하나가 끝남: 아직 {left}개 살아 있음")
            }
            (Lang::En, Refused { op, views }) if views.is_empty() => {
                format!("`{op}` raised BufferError; no view is alive now")
            }
            (Lang::Ko, Refused { op, views }) if views.is_empty() => {
                format!("`{op}`: BufferError 발생; 지금은 살아 있는 뷰 없음")
            }
            (Lang::En, Refused { op, views }) => {
                let n = views.len();
                let what = if n == 1 { "view" } else { "views" };
                let verb = if n == 1 { "exports" } else { "export" };
                let names = if views.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", quoted(views))
                };
                let op = if op.is_empty() {
                    String::new()
                } else {
                    format!("`{op}` ")
                };
                format!("{op}refused: {n} {what}{names} still {verb} the buffer")
            }
            (Lang::Ko, Refused { op, views }) => {
                let n = views.len();
                let names = if views.is_empty() {
                    String::new()
                } else {
                    format!("({})", quoted(views))
                };
                let op = if op.is_empty() {
                    String::new()
                } else {
                    format!("`{op}` ")
                };
                format!("{op}거부됨: 뷰 {n}개{names}가 아직 버퍼를 내보내는 중")
            }
            (Lang::En, Raised { ty }) => format!("raised {ty}"),
            (Lang::Ko, Raised { ty }) => format!("{ty} 발생"),
            (Lang::En, Stopped { refused: false }) => "stopped at the engine's limit".into(),
            (Lang::Ko, Stopped { refused: false }) => "엔진의 한도에서 멈춤".into(),
            (Lang::En, Stopped { refused: true }) => {
                "is not modelled by the built-in engine".into()
            }
            (Lang::Ko, Stopped { refused: true }) => "내장 엔진이 다루지 않는 문장".into(),
            (Lang::En, Shows(v)) => format!("shows {v}"),
            (Lang::Ko, Shows(v)) => format!("결과는 {v}"),
            (Lang::En, NoChange) => "no stream changed".into(),
            (Lang::Ko, NoChange) => "스트림은 바뀌지 않음".into(),
        }
    }
}

/// The code a sentence is about: the statement's first line without the prompt, cut.
fn code_of(step: &Step, source_line: Option<&str>) -> String {
    let first = step.echo.lines().next().unwrap_or("");
    let code = first
        .strip_prefix(">>> ")
        .or_else(|| first.strip_prefix("... "))
        .unwrap_or(first);
    let code = if code.trim().is_empty() {
        source_line.unwrap_or("").trim()
    } else {
        code.trim()
    };
    super::text::fit(code, 40)
}

/// The sentence for `step` (the one that just ran), about the stream `shown`.
pub fn sentence(
    scene: &Scene,
    step: &Step,
    shown: Option<ObjId>,
    source_line: Option<&str>,
    lang: Lang,
) -> String {
    let parts = parts(scene, step, shown, lang);
    let said: Vec<String> = parts.iter().map(|p| p.say(lang)).collect();
    let code = code_of(step, source_line);
    // A refusal starts with the operation; the statement goes first otherwise.
    let lead = match parts.first() {
        Some(Part::Refused { op, .. }) if !op.is_empty() => String::new(),
        _ if code.is_empty() => String::new(),
        Some(Part::Moved { .. } | Part::Stayed | Part::Grew { .. } | Part::Shrank { .. })
        | Some(Part::NoChange) => format!("`{code}`: "),
        _ => match lang {
            Lang::En => format!("`{code}` "),
            Lang::Ko => format!("`{code}`: "),
        },
    };
    format!("{lead}{}", said.join("; "))
}

/// The sentence for the scene's last step, or what to do before the first.
pub fn current(scene: &Scene, source_line: Option<&str>, lang: Lang) -> String {
    match scene.steps.last() {
        Some(step) => sentence(scene, step, scene.stream().map(|s| s.id), source_line, lang),
        None => match lang {
            Lang::En => "Nothing ran yet: n runs the first statement".into(),
            Lang::Ko => "아직 실행한 것 없음: n 으로 첫 문장 실행".into(),
        },
    }
}

/// The particle "to" after a number read in Korean: 으로 after a final consonant other
/// than ㄹ (영, 삼, 육, and 십, 백, 천, 만 for any number ending in 0), 로 otherwise
/// (일, 칠, 팔 end in ㄹ; 이, 사, 오, 구 in a vowel).
fn ro(n: u64) -> &'static str {
    match n % 10 {
        0 | 3 | 6 => "으로",
        _ => "로",
    }
}

#[cfg(test)]
mod tests {
    use super::ro;

    #[test]
    fn the_particle_follows_the_numbers_last_sound() {
        // 영으로, 일로, 이로, 삼으로, 육으로, 칠로, 팔로, 십으로, 백으로, 십일로.
        for (n, want) in [
            (0, "으로"),
            (1, "로"),
            (2, "로"),
            (3, "으로"),
            (6, "으로"),
            (7, "로"),
            (8, "로"),
            (10, "으로"),
            (100, "으로"),
            (11, "로"),
        ] {
            assert_eq!(ro(n), want, "{n}");
        }
    }
}
