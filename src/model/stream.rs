//! `io.BytesIO`: bytes, a cursor, a closed flag and an export count, with CPython 3.11's
//! methods, check order and messages (see shared/docs/semantics.md).

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

use super::error::{
    ExcType, PyErr, PyResult, closed_error, exports_error, memory_error, overflow_error,
    type_error, value_error,
};
use super::profile::{self, Check, Op, Profile, SizeArg, Version};
use super::value::{ObjId, SSIZE_MAX, Value, bytes_like_arg, new_id};
use super::view::{Family, Origin, Source, View};

/// One change to a stream's bytes: enough to undo or redo it without a copy of the buffer.
/// Forward: resize to `new_size` (zero-filling), then put `new` at `offset`.
/// Backward: put `old` at `offset`, then resize to `old_size` (restoring `old` past the cut).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub offset: usize,
    pub old: Vec<u8>,
    /// Shared with the bytes object written, when there was one (no copy).
    pub new: Rc<[u8]>,
    pub old_size: usize,
    pub new_size: usize,
}

impl Edit {
    /// Redoes the edit. The room is reserved first: when the machine refuses it, `buf` is
    /// left as it was and the error is MemoryError, never an abort.
    pub fn apply(&self, buf: &mut Vec<u8>) -> PyResult<()> {
        super::alloc::resize(buf, self.new_size, 0)?;
        put(buf, self.offset, &self.new);
        Ok(())
    }

    /// Undoes the edit; as [`Edit::apply`], all or nothing.
    pub fn revert(&self, buf: &mut Vec<u8>) -> PyResult<()> {
        super::alloc::resize(buf, self.old_size.max(buf.len()), 0)?;
        put(buf, self.offset, &self.old);
        buf.truncate(self.old_size);
        Ok(())
    }
}

fn put(buf: &mut [u8], offset: usize, data: &[u8]) {
    if let Some(dst) = buf.get_mut(offset..offset + data.len()) {
        dst.copy_from_slice(data);
    }
}

#[derive(Debug)]
struct State {
    buf: Vec<u8>,
    pos: i64,
    closed: bool,
}

/// A BytesIO object.
#[derive(Debug)]
pub struct Stream {
    pub id: ObjId,
    state: RefCell<State>,
    exports: Cell<usize>,
    /// Largest size a write may grow the stream to before MemoryError.
    max_size: usize,
    /// Edits since the journal was last taken, when journaling is on.
    journal: RefCell<Option<Vec<Edit>>>,
    /// The CPython version whose checks it makes.
    version: Version,
}

impl Stream {
    /// A stream behaving as the running session's version ([`profile::current`]).
    pub fn new(data: Vec<u8>, max_size: usize, journal: bool) -> Rc<Stream> {
        Stream::new_as(data, max_size, journal, profile::current().version)
    }

    /// A stream behaving as CPython `version`.
    pub fn new_as(data: Vec<u8>, max_size: usize, journal: bool, version: Version) -> Rc<Stream> {
        Rc::new(Stream {
            id: new_id(),
            state: RefCell::new(State {
                buf: data,
                pos: 0,
                closed: false,
            }),
            exports: Cell::new(0),
            max_size,
            journal: RefCell::new(journal.then(Vec::new)),
            version,
        })
    }

    /// The profile of the version it behaves as.
    pub fn profile(&self) -> &'static Profile {
        self.version.profile()
    }

    // ----- state, read by the UI -----

    pub fn size(&self) -> usize {
        self.state.borrow().buf.len()
    }
    pub fn pos(&self) -> i64 {
        self.state.borrow().pos
    }
    pub fn closed(&self) -> bool {
        self.state.borrow().closed
    }
    pub fn exports(&self) -> usize {
        self.exports.get()
    }
    pub fn data_ref(&self) -> Ref<'_, Vec<u8>> {
        Ref::map(self.state.borrow(), |s| &s.buf)
    }
    pub(crate) fn data_mut(&self) -> RefMut<'_, Vec<u8>> {
        RefMut::map(self.state.borrow_mut(), |s| &mut s.buf)
    }
    pub(crate) fn add_export(&self) {
        self.exports.set(self.exports.get() + 1);
    }
    pub(crate) fn remove_export(&self) {
        self.exports.set(self.exports.get().saturating_sub(1));
    }

    /// Takes the edits recorded since the last call.
    /// Whether edits wait in the journal.
    pub fn has_journal(&self) -> bool {
        self.journal
            .borrow()
            .as_ref()
            .is_some_and(|j| !j.is_empty())
    }

    pub fn take_journal(&self) -> Vec<Edit> {
        self.journal
            .borrow_mut()
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// Records a write of `new` at `offset` through a view (size unchanged).
    pub(crate) fn journal_view_write(&self, offset: usize, old: Vec<u8>, new: Vec<u8>) {
        if let Some(j) = self.journal.borrow_mut().as_mut() {
            let size = self.size();
            j.push(Edit {
                offset,
                old,
                new: Rc::from(new),
                old_size: size,
                new_size: size,
            });
        }
    }

    /// Restores state for time travel: bytes are handled by edits, these by value.
    pub fn restore(&self, pos: i64, closed: bool) {
        let mut s = self.state.borrow_mut();
        s.pos = pos;
        s.closed = closed;
    }

    /// Applies `f` to the buffer directly (time travel), bypassing the journal.
    pub fn with_buffer_mut<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        f(&mut self.state.borrow_mut().buf)
    }

    // ----- checks -----

    pub fn check_closed(&self) -> PyResult<()> {
        if self.closed() {
            Err(closed_error())
        } else {
            Ok(())
        }
    }

    fn check_exports(&self) -> PyResult<()> {
        if self.exports.get() > 0 {
            let mut e = exports_error();
            e.stream = Some(self.id);
            Err(e)
        } else {
            Ok(())
        }
    }

    // ----- methods -----

    fn read_bytes(&self, n: usize) -> Vec<u8> {
        if n == 0 {
            return Vec::new();
        }
        let mut s = self.state.borrow_mut();
        let start = s.pos as usize;
        let out = s.buf[start..start + n].to_vec();
        s.pos += n as i64;
        out
    }

    /// Bytes left from the cursor to the end (0 when past the end).
    fn remaining(&self) -> usize {
        let s = self.state.borrow();
        (s.buf.len() as i64 - s.pos).max(0) as usize
    }

    /// `read(size)` / `read1(size)`, size already converted (None or negative: all).
    pub fn read(&self, size: Option<i64>) -> PyResult<Vec<u8>> {
        self.check_closed()?;
        let n = self.remaining();
        let size = match size {
            Some(k) if k >= 0 && (k as usize) < n => k as usize,
            _ => n,
        };
        Ok(self.read_bytes(size))
    }

    /// Length of the next line from the cursor, at most `limit` bytes when given (scan_eol).
    fn scan_eol(&self, limit: Option<i64>) -> usize {
        let s = self.state.borrow();
        if s.pos >= s.buf.len() as i64 {
            return 0;
        }
        let start = s.pos as usize;
        let maxlen = s.buf.len() - start;
        let len = match limit {
            Some(k) if k >= 0 && (k as usize) <= maxlen => k as usize,
            _ => maxlen,
        };
        match s.buf[start..start + len].iter().position(|&c| c == b'\n') {
            Some(i) => i + 1,
            None => len,
        }
    }

    pub fn readline(&self, size: Option<i64>) -> PyResult<Vec<u8>> {
        self.check_closed()?;
        let n = self.scan_eol(size);
        Ok(self.read_bytes(n))
    }

    /// `readlines(hint)`: closed check first, then the hint's type and range.
    pub fn readlines(&self, hint: &Value) -> PyResult<Vec<Vec<u8>>> {
        self.check_closed()?;
        let maxsize = match hint {
            Value::None => 0,
            Value::Int(_) | Value::Bool(_) => {
                let n = hint.as_int().unwrap_or_default();
                super::value::as_ssize_t(&n)?
            }
            _ => {
                return Err(type_error(format!(
                    "integer argument expected, got '{}'",
                    hint.type_name()
                )));
            }
        };
        let mut lines = Vec::new();
        let mut total: i64 = 0;
        loop {
            let n = self.scan_eol(None);
            if n == 0 {
                break;
            }
            lines.push(self.read_bytes(n));
            total += n as i64;
            if maxsize > 0 && total >= maxsize {
                break;
            }
        }
        Ok(lines)
    }

    /// Next line for iteration (`for line in b`, `writelines(b)`); None at the end.
    pub fn next_line(&self) -> PyResult<Option<Vec<u8>>> {
        self.check_closed()?;
        let n = self.scan_eol(None);
        Ok((n > 0).then(|| self.read_bytes(n)))
    }

    /// The bytes `readinto` copies into a buffer of `cap` bytes; moves the cursor.
    pub fn readinto_data(&self, cap: usize) -> PyResult<Vec<u8>> {
        self.check_closed()?;
        let n = self.remaining().min(cap);
        Ok(self.read_bytes(n))
    }

    /// Makes one of the state checks of an operation's list.
    fn check(&self, c: Check) -> PyResult<()> {
        match c {
            Check::Closed => self.check_closed(),
            Check::Exports => self.check_exports(),
            Check::Argument => Ok(()),
        }
    }

    /// `write(b)`: the profile's checks (closed, exports, the argument's buffer: 3.11's
    /// order; the buffer first from 3.14), then size limits.
    pub fn write(&self, b: &Value) -> PyResult<usize> {
        let mut data = None;
        // The order of the checks tells only when the argument and the state both fail.
        if (self.closed() || self.exports() > 0)
            && !matches!(b, Value::Bytes(_))
            && bytes_like_arg(b).is_err()
        {
            super::switch::touch(super::switch::Switch::WriteArgumentFirst);
        }
        for &c in self.profile().checks(Op::Write) {
            if c == Check::Argument {
                data = Some(match b {
                    // A bytes object is written (and journaled) without a copy.
                    Value::Bytes(_) => None,
                    other => Some(bytes_like_arg(other)?),
                });
            } else {
                self.check(c)?;
            }
        }
        match (b, data.flatten()) {
            (_, Some(d)) => self.write_bytes(&d, None),
            (Value::Bytes(d), None) => self.write_bytes(d, Some(d)),
            (other, None) => self.write_bytes(&bytes_like_arg(other)?, None),
        }
    }

    fn write_bytes(&self, data: &[u8], shared: Option<&Rc<[u8]>>) -> PyResult<usize> {
        let len = data.len();
        if len == 0 {
            return Ok(0);
        }
        let (pos, size) = {
            let s = self.state.borrow();
            (s.pos, s.buf.len())
        };
        if pos > SSIZE_MAX - len as i64 {
            return Err(overflow_error("new buffer size too large"));
        }
        let end = pos as u64 + len as u64;
        if end > self.max_size as u64 {
            return Err(memory_error());
        }
        let pos = pos as usize;
        let end = end as usize;
        let mut s = self.state.borrow_mut();
        if end > s.buf.len() {
            let grow = end - s.buf.len();
            super::alloc::reserve(&mut s.buf, grow)?;
        }
        if let Some(j) = self.journal.borrow_mut().as_mut() {
            let old = s
                .buf
                .get(pos..end.min(size))
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
            j.push(Edit {
                offset: pos,
                old,
                new: shared.cloned().unwrap_or_else(|| Rc::from(data)),
                old_size: size,
                new_size: size.max(end),
            });
        }
        if end > s.buf.len() {
            s.buf.resize(end, 0);
        }
        s.buf[pos..end].copy_from_slice(data);
        s.pos = end as i64;
        Ok(len)
    }

    /// `seek(pos, whence)`, arguments already converted.
    pub fn seek(&self, pos: i64, whence: i32) -> PyResult<i64> {
        self.check_closed()?;
        if pos < 0 && whence == 0 {
            return Err(value_error(format!("negative seek value {pos}")));
        }
        let (cur, size) = {
            let s = self.state.borrow();
            (s.pos, s.buf.len() as i64)
        };
        let mut new = match whence {
            0 => pos,
            1 => {
                if pos > SSIZE_MAX - cur {
                    return Err(overflow_error("new position too large"));
                }
                pos + cur
            }
            2 => {
                if pos > SSIZE_MAX - size {
                    return Err(overflow_error("new position too large"));
                }
                pos + size
            }
            _ => {
                return Err(value_error(format!(
                    "invalid whence ({whence}, should be 0, 1 or 2)"
                )));
            }
        };
        if new < 0 {
            new = 0;
        }
        self.state.borrow_mut().pos = new;
        Ok(new)
    }

    pub fn tell(&self) -> PyResult<i64> {
        self.check_closed()?;
        Ok(self.pos())
    }

    /// `truncate(size)`: the profile's checks, the argument converted as the profile says
    /// (None: the cursor). Returns the size.
    pub fn truncate_arg(&self, arg: Option<&Value>) -> PyResult<i64> {
        let p = self.profile();
        let mut size = None;
        // The order and the conversion tell only when the argument does not convert.
        if let Some(v) = arg
            && !matches!(v, Value::None)
            && super::value::optional_size(v).is_err()
        {
            super::switch::touch(super::switch::Switch::TruncateChecksFirst);
        }
        for &c in p.checks(Op::Truncate) {
            if c == Check::Argument {
                size = match (arg, p.truncate_arg()) {
                    (None | Some(Value::None), _) => None,
                    (Some(v), SizeArg::OptionalSsize) => super::value::optional_size(v)?,
                    (Some(v), SizeArg::AsLong) => Some(super::value::as_long(v)?),
                };
            } else {
                self.check(c)?;
            }
        }
        self.truncate(size)
    }

    /// `truncate(size)`, size already converted (None: the cursor), after the checks.
    fn truncate(&self, size: Option<i64>) -> PyResult<i64> {
        let size = size.unwrap_or_else(|| self.pos());
        if size < 0 {
            return Err(value_error(format!("negative size value {size}")));
        }
        let mut s = self.state.borrow_mut();
        let old_size = s.buf.len();
        if (size as u64) < old_size as u64 {
            let cut = size as usize;
            if let Some(j) = self.journal.borrow_mut().as_mut() {
                j.push(Edit {
                    offset: cut,
                    old: s.buf[cut..].to_vec(),
                    new: Rc::from(Vec::new()),
                    old_size,
                    new_size: cut,
                });
            }
            s.buf.truncate(cut);
        }
        Ok(size)
    }

    pub fn getvalue(&self) -> PyResult<Vec<u8>> {
        self.check_closed()?;
        Ok(self.data_ref().clone())
    }

    /// `getbuffer()`: a writable view over the whole stream; one more export.
    pub fn getbuffer(self: &Rc<Self>, origin: Origin) -> PyResult<Rc<View>> {
        self.check_closed()?;
        let family = Family::new(Source::Stream(self.clone()), origin);
        Ok(View::new_root(family, false))
    }

    /// `close()`: refused while exported up to 3.15; from 3.16 the views keep the bytes
    /// and the stream closes. Idempotent.
    pub fn close(&self) -> PyResult<()> {
        if self.exports() > 0 {
            super::switch::touch(super::switch::Switch::CloseKeepsViews);
        }
        for &c in self.profile().checks(Op::Close) {
            self.check(c)?;
        }
        self.state.borrow_mut().closed = true;
        Ok(())
    }

    /// Whether its views may outlive its closing (3.16's close()).
    pub fn views_outlive_close(&self) -> bool {
        super::switch::touch(super::switch::Switch::CloseKeepsViews);
        self.profile().close_keeps_views
    }

    /// `peek(size)` (3.16), size already converted: bytes from the cursor, which stays.
    /// None, zero or negative: the rest, up to `io.DEFAULT_BUFFER_SIZE` bytes.
    pub fn peek(&self, size: Option<i64>) -> PyResult<Vec<u8>> {
        self.check_closed()?;
        let n = self.remaining();
        let n = match size {
            Some(k) if k > 0 => n.min(k as usize),
            _ => n.min(8192),
        };
        let s = self.state.borrow();
        let start = s.pos as usize;
        Ok(s.buf[start..start + n].to_vec())
    }

    /// flush/isatty/readable/writable/seekable: closed check, then a constant.
    pub fn status(&self, name: &str) -> PyResult<Value> {
        self.check_closed()?;
        Ok(match name {
            "isatty" => Value::Bool(false),
            "readable" | "writable" | "seekable" => Value::Bool(true),
            _ => Value::None,
        })
    }

    pub fn fileno(&self) -> PyResult<Value> {
        Err(PyErr::new(ExcType::UnsupportedOperation, "fileno"))
    }

    /// The `with` statement's enter: a closed stream refuses.
    pub fn enter(&self) -> PyResult<()> {
        self.check_closed()
    }
}
