//! Property tests: random sequences of stream and view operations, run as Python through
//! the engine, against a plain reference model (a Vec, a cursor, a list of live views).

use bytesio_tui::script::{Config, Session, parse_program};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Write(Vec<u8>),
    Seek(u8),
    Read(u8),
    Truncate(u8),
    GetBuffer,
    Release(u8),
    Del(u8),
    SetItem(u8, u8),
    Close,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..6).prop_map(Op::Write),
        (0u8..20).prop_map(Op::Seek),
        (0u8..8).prop_map(Op::Read),
        (0u8..20).prop_map(Op::Truncate),
        Just(Op::GetBuffer),
        (0u8..4).prop_map(Op::Release),
        (0u8..4).prop_map(Op::Del),
        (0u8..20, any::<u8>()).prop_map(|(i, b)| Op::SetItem(i, b)),
        Just(Op::Close),
    ]
}

fn lit(data: &[u8]) -> String {
    let mut s = String::from("b'");
    for b in data {
        s.push_str(&format!("\\x{b:02x}"));
    }
    s.push('\'');
    s
}

/// The reference: what CPython does, written plainly.
#[derive(Default)]
struct Reference {
    data: Vec<u8>,
    pos: usize,
    closed: bool,
    /// Names of live views (each its own getbuffer() family), with their length.
    views: Vec<(String, usize)>,
    next_view: usize,
}

impl Reference {
    /// Applies `op`; returns the statement that does the same in Python, or None to skip.
    fn apply(&mut self, op: &Op) -> Option<String> {
        let exported = !self.views.is_empty();
        Some(match op {
            Op::Write(d) => {
                if !self.closed && !exported && !d.is_empty() {
                    if self.pos > self.data.len() {
                        self.data.resize(self.pos, 0);
                    }
                    let end = self.pos + d.len();
                    if end > self.data.len() {
                        self.data.resize(end, 0);
                    }
                    self.data[self.pos..end].copy_from_slice(d);
                    self.pos = end;
                }
                format!("b.write({})", lit(d))
            }
            Op::Seek(n) => {
                if !self.closed {
                    self.pos = *n as usize;
                }
                format!("b.seek({n})")
            }
            Op::Read(n) => {
                if !self.closed {
                    let avail = self.data.len().saturating_sub(self.pos);
                    self.pos += (*n as usize).min(avail);
                }
                format!("b.read({n})")
            }
            Op::Truncate(n) => {
                if !self.closed && !exported {
                    self.data.truncate(*n as usize);
                }
                format!("b.truncate({n})")
            }
            Op::GetBuffer => {
                if self.closed {
                    return None;
                }
                self.next_view += 1;
                let name = format!("v{}", self.next_view);
                self.views.push((name.clone(), self.data.len()));
                format!("{name} = b.getbuffer()")
            }
            Op::Release(k) | Op::Del(k) => {
                if self.views.is_empty() {
                    return None;
                }
                let (name, _) = self.views.remove(*k as usize % self.views.len());
                match op {
                    Op::Release(_) => format!("{name}.release()"),
                    _ => format!("del {name}"),
                }
            }
            Op::SetItem(i, byte) => {
                let (name, len) = self.views.last()?.clone();
                let i = *i as usize;
                if i < len {
                    self.data[i] = *byte;
                }
                format!("{name}[{i}] = {byte}")
            }
            Op::Close => {
                if !exported {
                    self.closed = true;
                }
                "b.close()".to_string()
            }
        })
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn engine_agrees_with_the_reference(ops in prop::collection::vec(op(), 0..40)) {
        let mut reference = Reference::default();
        let mut script = String::from("import io\nb = io.BytesIO()\n");
        for op in &ops {
            if let Some(stmt) = reference.apply(op) {
                script.push_str(&stmt);
                script.push('\n');
            }
        }
        let program = parse_program(&script).expect("generated scripts parse");
        let mut session = Session::new(Config { journal: true, ..Config::default() });
        let steps = session.run_program(&program);
        let b = session.stream("b").expect("b");
        // Exports: one per live view; never closed while exported.
        prop_assert_eq!(b.exports(), reference.views.len());
        prop_assert!(!(b.closed() && b.exports() > 0));
        prop_assert_eq!(b.closed(), reference.closed);
        prop_assert_eq!(b.pos() as usize, reference.pos);
        prop_assert_eq!(&*b.data_ref(), &reference.data);
        // The journal replays: undoing every edit from the end gives an empty stream, and
        // redoing them gives the final bytes.
        let edits: Vec<_> = steps.iter().flat_map(|s| s.changes.iter())
            .filter(|c| c.stream == b.id).flat_map(|c| c.edits.iter().cloned()).collect();
        let mut buf = b.data_ref().clone();
        for e in edits.iter().rev() { e.revert(&mut buf).expect("room"); }
        prop_assert!(buf.is_empty(), "undo of all edits leaves {:?}", buf);
        for e in &edits { e.apply(&mut buf).expect("room"); }
        prop_assert_eq!(&buf, &*b.data_ref());
        // Dropping every name ends every export.
        drop(b);
        let names: Vec<String> = reference.views.iter().map(|(n, _)| n.clone()).collect();
        if !names.is_empty() {
            let del = parse_program(&format!("del {}\n", names.join(", "))).expect("parses");
            session.run_program(&del);
        }
        prop_assert_eq!(session.stream("b").map(|s| s.exports()), Some(0));
    }
}
