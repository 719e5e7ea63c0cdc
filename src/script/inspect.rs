//! What the app needs from a session beyond running statements: binding a stream made from
//! bytes the program already holds (`--file`), and small read-only questions about names.

use std::rc::Rc;

use crate::model::stream::Stream;
use crate::model::value::{ObjId, Value};

use super::ast::Span;
use super::session::{Root, Session, Step, StreamChange, StreamSnap};

impl Session {
    /// Binds `name` to a new stream holding `data`, as `name = io.BytesIO(data)` would, without
    /// spelling the bytes out as Python. `echo` is the line the log shows for it, as given
    /// (for a large `--file`, a comment saying the app loaded it). Returns the step record.
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
            echo: echo.to_string(),
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
                born: true,
            }],
            at: line,
            ends_top: true,
            ..Step::default()
        }
    }

    /// The roots that are a view themselves, with that view's id: each name bound to a view,
    /// and `_` when the last shown value is a view. (A root that holds a view through a
    /// list, a tuple or a bound method is not one: `.release()` on it is not the view's.)
    pub fn direct_views(&self) -> Vec<(Root, ObjId)> {
        let mut out: Vec<(Root, ObjId)> = self
            .names()
            .filter_map(|(n, v)| match v {
                Value::View(view) if !view.is_released() => {
                    Some((Root::Name(Rc::from(n)), view.id))
                }
                _ => None,
            })
            .collect();
        if let Some(Value::View(view)) = &self.underscore
            && !view.is_released()
        {
            out.push((Root::Underscore, view.id));
        }
        out
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
