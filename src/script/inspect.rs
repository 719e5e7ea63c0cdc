//! What the app needs from a session beyond running statements: binding a stream made from
//! bytes the program already holds (`--file`), and small read-only questions about names.

use std::rc::Rc;

use crate::model::stream::Stream;
use crate::model::value::Value;

use super::ast::Span;
use super::session::{Session, Step, StreamChange, StreamSnap};

impl Session {
    /// Binds `name` to a new stream holding `data`, as `name = io.BytesIO(data)` would, without
    /// spelling the bytes out as Python. `echo` is the statement the log shows for it (for
    /// `--file`, `b = io.BytesIO(open("PATH", "rb").read())`). Returns the step record.
    pub fn bind_stream(&mut self, name: &str, data: Vec<u8>, echo: &str, line: usize) -> Step {
        let stream = self.new_stream(data);
        // Take the (empty) journal so the next step starts clean.
        let _ = stream.take_journal();
        let after = StreamSnap::of(&stream);
        let id = stream.id;
        self.store(&Rc::from(name), Value::Stream(stream));
        Step {
            span: Span::default(),
            line,
            end_line: line,
            echo: format!(">>> {echo}"),
            output: String::new(),
            error: None,
            changes: vec![StreamChange {
                stream: id,
                before: StreamSnap {
                    size: 0,
                    pos: 0,
                    closed: false,
                    exports: 0,
                },
                after,
                edits: Vec::new(),
            }],
        }
    }

    /// True when `name` is bound in the namespace.
    pub fn is_bound(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The first name bound to exactly this stream, if any.
    pub fn name_of_stream(&self, stream: &Rc<Stream>) -> Option<String> {
        self.names().find_map(|(n, v)| match v {
            Value::Stream(s) if Rc::ptr_eq(s, stream) => Some(n.to_string()),
            _ => None,
        })
    }
}
