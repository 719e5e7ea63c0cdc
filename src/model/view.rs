//! memoryview objects, and the export ("family") they share.
//!
//! A *family* is what one `getbuffer()` (or `memoryview(obj)`) call exports: the view it
//! returns and every view derived from it (slices, `memoryview(view)`), which share CPython's
//! managed buffer. The export ends when the last live member is released, explicitly or by
//! being dropped; `Rc` and `Drop` give the same timing as CPython's reference counts.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use super::error::{PyErr, PyResult, index_error, released_error, type_error, value_error};
use super::stream::Stream;
use super::value::{ByteArray, ObjId, Value, any_buffer_bytes, new_id};

/// The object a family exports.
#[derive(Debug)]
pub enum Source {
    Stream(Rc<Stream>),
    ByteArray(Rc<ByteArray>),
    Bytes(Rc<[u8]>),
    /// The export ended (every view released or freed): like CPython's managed buffer after
    /// its release, the family no longer holds the object, which is freed if nothing else
    /// holds it.
    Released,
}

impl Source {
    fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Source::Stream(s) => f(&s.data_ref()),
            Source::ByteArray(b) => f(&b.data.borrow()),
            Source::Bytes(b) => f(b),
            Source::Released => f(&[]),
        }
    }

    fn with_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        match self {
            Source::Stream(s) => Some(f(&mut s.data_mut())),
            Source::ByteArray(b) => Some(f(&mut b.data.borrow_mut())),
            Source::Bytes(_) | Source::Released => None,
        }
    }

    /// Length of the exported object's bytes.
    pub fn len(&self) -> usize {
        self.with(|d| d.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `_io._BytesIOBuffer`: the object one getbuffer() call exports, which is `view.obj` for
/// its views. It keeps the stream alive but holds no export itself: it exports the stream
/// again to whatever acquires its buffer (`memoryview(obj)`, `bytes(obj)`).
#[derive(Debug)]
pub struct BufferObj {
    pub id: ObjId,
    pub stream: Rc<Stream>,
}

impl BufferObj {
    /// Its buffer's bytes: the stream's current content.
    pub fn data(&self) -> PyResult<Vec<u8>> {
        if self.stream.closed() && !self.stream.views_outlive_close() {
            // CPython reads the freed buffer of a closed stream and crashes.
            return Err(super::error::unsupported(
                "the buffer of a closed stream's _io._BytesIOBuffer (CPython 3.11 crashes there)",
            ));
        }
        Ok(self.stream.data_ref().clone())
    }
}

/// Where a family was made, for the UI ("made at line 3").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    /// 1-based line of the statement that made it; 0 when unknown.
    pub line: usize,
    /// The statement's text.
    pub text: String,
}

/// One export: a getbuffer() or memoryview() call and all views derived from it.
#[derive(Debug)]
pub struct Family {
    /// Identity of the export, unique within a process.
    pub id: ObjId,
    /// What it exports; [`Source::Released`] once the export ended.
    source: RefCell<Source>,
    /// Views of the family that are neither released nor dropped.
    live: Cell<usize>,
    pub origin: RefCell<Origin>,
    /// The `_io._BytesIOBuffer` of a getbuffer() family, made when first asked for.
    obj: RefCell<Option<Rc<BufferObj>>>,
}

impl Family {
    /// Starts an export of `source`.
    pub fn new(source: Source, origin: Origin) -> Rc<Family> {
        match &source {
            Source::Stream(s) => s.add_export(),
            Source::ByteArray(b) => b.exports.set(b.exports.get() + 1),
            Source::Bytes(_) | Source::Released => {}
        }
        Rc::new(Family {
            id: new_id(),
            source: RefCell::new(source),
            live: Cell::new(0),
            origin: RefCell::new(origin),
            obj: RefCell::new(None),
        })
    }

    /// `memoryview(obj)` of a `_io._BytesIOBuffer`: a new export of its stream, whose
    /// views' `obj` is that same object.
    pub fn of_buffer_obj(o: &Rc<BufferObj>, origin: Origin) -> PyResult<Rc<Family>> {
        o.data()?;
        let family = Family::new(Source::Stream(o.stream.clone()), origin);
        *family.obj.borrow_mut() = Some(o.clone());
        Ok(family)
    }

    /// `view.obj`: the exported object (for a getbuffer() family, its `_io._BytesIOBuffer`,
    /// the same object for every view of the family).
    pub fn obj_value(&self) -> Value {
        match &*self.source.borrow() {
            Source::Released => Value::None,
            Source::ByteArray(b) => Value::ByteArray(b.clone()),
            Source::Bytes(b) => Value::Bytes(b.clone()),
            Source::Stream(s) => {
                let o = self
                    .obj
                    .borrow_mut()
                    .get_or_insert_with(|| {
                        Rc::new(BufferObj {
                            id: new_id(),
                            stream: s.clone(),
                        })
                    })
                    .clone();
                Value::BytesIOBuffer(o)
            }
        }
    }

    /// Whether this family exports the bytearray `b`.
    pub fn exports_bytearray(&self, b: &Rc<ByteArray>) -> bool {
        matches!(&*self.source.borrow(), Source::ByteArray(o) if Rc::ptr_eq(o, b))
    }

    /// What the family exports ([`Source::Released`] once its export ended).
    pub fn source(&self) -> std::cell::Ref<'_, Source> {
        self.source.borrow()
    }

    /// The stream this family exports, if it is a live getbuffer() family.
    pub fn stream(&self) -> Option<Rc<Stream>> {
        match &*self.source.borrow() {
            Source::Stream(s) => Some(s.clone()),
            _ => None,
        }
    }

    fn view_released(&self) {
        let n = self.live.get().saturating_sub(1);
        self.live.set(n);
        if n == 0 {
            // Let go of the object (and of its `_io._BytesIOBuffer`), as CPython does.
            let source = self.source.replace(Source::Released);
            self.obj.borrow_mut().take();
            match &source {
                Source::Stream(s) => s.remove_export(),
                Source::ByteArray(b) => b.exports.set(b.exports.get().saturating_sub(1)),
                Source::Bytes(_) | Source::Released => {}
            }
        }
    }
}

/// A native single-item struct format (`memoryview.cast`): its character and whether it was
/// written with the optional `@` prefix (kept in `format`, ignored elsewhere).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Format {
    pub ch: u8,
    pub at: bool,
}

impl Format {
    /// Unsigned bytes: every view that was not cast.
    pub const B: Format = Format {
        ch: b'B',
        at: false,
    };

    /// `get_native_fmtchar`: the format a C string names (a Python str is read up to its
    /// first NUL, as CPython does), or None when it is not a native single character.
    pub fn parse(s: &str) -> Option<Format> {
        let s = s.split('\0').next().unwrap_or("");
        let (at, rest) = match s.strip_prefix('@') {
            Some(r) => (true, r),
            None => (false, s),
        };
        let [ch] = rest.as_bytes() else {
            return None;
        };
        if *ch == b'e' {
            // The half float format: 3.12 on (gh-90751).
            super::switch::touch(super::switch::Switch::MemoryviewCastHalf);
            return super::profile::current()
                .memoryview_cast_half
                .then_some(Format { ch: *ch, at });
        }
        b"cbBhHiIlLqQnNfd?P"
            .contains(ch)
            .then_some(Format { ch: *ch, at })
    }

    pub fn itemsize(self) -> usize {
        match self.ch {
            b'h' | b'H' | b'e' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
            _ => 1,
        }
    }

    /// `IS_BYTE_FORMAT`.
    pub fn is_byte(self) -> bool {
        matches!(self.ch, b'b' | b'B' | b'c')
    }

    /// `view.format`.
    pub fn name(self) -> String {
        let c = self.ch as char;
        if self.at {
            format!("@{c}")
        } else {
            c.to_string()
        }
    }

    /// The item stored in `b` (native, little-endian).
    pub fn unpack(self, b: &[u8]) -> Value {
        let mut w = [0u8; 8];
        let n = b.len().min(8);
        w[..n].copy_from_slice(&b[..n]);
        let u = u64::from_le_bytes(w);
        match self.ch {
            b'b' => Value::int(u as u8 as i8),
            b'c' => Value::bytes(vec![u as u8]),
            b'h' => Value::int(u as u16 as i16),
            b'H' => Value::int(u as u16),
            b'i' => Value::int(u as u32 as i32),
            b'I' => Value::int(u as u32),
            b'l' | b'q' | b'n' => Value::int(u as i64),
            b'L' | b'Q' | b'N' | b'P' => Value::int(u),
            b'f' => Value::Float(f32::from_bits(u as u32) as f64),
            b'd' => Value::Float(f64::from_bits(u)),
            b'e' => Value::Float(half_to_f64(u as u16)),
            b'?' => Value::Bool(u != 0),
            _ => Value::int(u as u8),
        }
    }

    /// `pack_single`: the bytes of `value` as an item, or CPython's error. `truth` is
    /// Python truthiness (for '?').
    pub fn pack(
        self,
        value: &Value,
        truth: &mut dyn FnMut(&Value) -> PyResult<bool>,
    ) -> PyResult<Vec<u8>> {
        use num_traits::ToPrimitive;
        let c = self.ch as char;
        let bad_type = || type_error(format!("memoryview: invalid type for format '{c}'"));
        let bad_value = || value_error(format!("memoryview: invalid value for format '{c}'"));
        let size = self.itemsize();
        match self.ch {
            b'c' => match value {
                Value::Bytes(b) if b.len() == 1 => Ok(b.to_vec()),
                Value::Bytes(_) => Err(bad_value()),
                _ => Err(bad_type()),
            },
            b'?' => Ok(vec![truth(value)? as u8]),
            b'f' | b'd' | b'e' => {
                let d = match value {
                    Value::Float(x) => *x,
                    _ => match value.as_int() {
                        Some(n) => match n.to_f64() {
                            Some(x) if x.is_finite() => x,
                            _ => return Err(bad_value()),
                        },
                        None => return Err(bad_type()),
                    },
                };
                Ok(if self.ch == b'e' {
                    f64_to_half(d).ok_or_else(bad_value)?.to_le_bytes().to_vec()
                } else if self.ch == b'f' {
                    (d as f32).to_le_bytes().to_vec()
                } else {
                    d.to_le_bytes().to_vec()
                })
            }
            _ => {
                if matches!(value, Value::Float(_)) {
                    return Err(bad_type());
                }
                let n = value.as_int().ok_or_else(bad_type)?;
                let signed = matches!(self.ch, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
                let bits = if self.ch == b'P' {
                    // PyLong_AsVoidPtr: a negative int as a long, else as an unsigned long.
                    match n.to_i64() {
                        Some(x) if x < 0 => x as u64,
                        _ => n.to_u64().ok_or_else(bad_value)?,
                    }
                } else if signed {
                    let x = n.to_i64().ok_or_else(bad_value)?;
                    let lim = 1i64 << (size * 8 - 1).min(62);
                    if size < 8 && (x < -lim || x >= lim) {
                        return Err(bad_value());
                    }
                    x as u64
                } else {
                    let x = n.to_u64().ok_or_else(bad_value)?;
                    if size < 8 && x >> (size * 8) != 0 {
                        return Err(bad_value());
                    }
                    x
                };
                Ok(bits.to_le_bytes()[..size].to_vec())
            }
        }
    }
}

/// A 1-D memoryview: `len` items of `format` whose first bytes are at `start + i * step` of
/// the source (`step` is the stride in bytes).
#[derive(Debug)]
pub struct View {
    pub id: ObjId,
    pub family: Rc<Family>,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub readonly: bool,
    pub format: Format,
    released: Cell<bool>,
}

impl Drop for View {
    fn drop(&mut self) {
        if !self.released.replace(true) {
            self.family.view_released();
        }
    }
}

/// A `slice` object's three parts, after evaluation (None where omitted).
#[derive(Clone)]
pub struct SliceArgs {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Resolved slice: first index, step and element count (`PySlice_AdjustIndices`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub start: i64,
    pub step: i64,
    pub len: usize,
}

fn slice_index(v: &Value) -> PyResult<Option<i64>> {
    use num_traits::ToPrimitive;
    if v.is_none() {
        return Ok(None);
    }
    match v.as_int() {
        Some(n) => Ok(Some(n.to_i64().unwrap_or(
            if n.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            },
        ))),
        None => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

impl SliceArgs {
    /// `PySlice_Unpack` + `PySlice_AdjustIndices` for a sequence of `length` items.
    pub fn resolve(&self, length: usize) -> PyResult<Resolved> {
        let length = length as i64;
        let step = match slice_index(&self.step)? {
            None => 1,
            Some(0) => return Err(value_error("slice step cannot be zero")),
            Some(s) => s.max(-i64::MAX),
        };
        let (def_start, def_stop) = if step < 0 {
            (i64::MAX, i64::MIN)
        } else {
            (0, i64::MAX)
        };
        let mut start = slice_index(&self.start)?.unwrap_or(def_start);
        let mut stop = slice_index(&self.stop)?.unwrap_or(def_stop);
        if start < 0 {
            start = start.saturating_add(length);
            if start < 0 {
                start = if step < 0 { -1 } else { 0 };
            }
        } else if start >= length {
            start = if step < 0 { length - 1 } else { length };
        }
        if stop < 0 {
            stop = stop.saturating_add(length);
            if stop < 0 {
                stop = if step < 0 { -1 } else { 0 };
            }
        } else if stop >= length {
            stop = if step < 0 { length - 1 } else { length };
        }
        let len = if step < 0 {
            if stop < start {
                ((start - stop - 1) / (-step) + 1) as usize
            } else {
                0
            }
        } else if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        };
        Ok(Resolved { start, step, len })
    }
}

/// Normalizes an item index: negative counts from the end; None when out of range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i.checked_add(len)? } else { i };
    (0 <= i && i < len).then_some(i as usize)
}

impl View {
    /// A new view over all of `family`'s source.
    pub fn new_root(family: Rc<Family>, readonly: bool) -> Rc<View> {
        let len = family.source.borrow().len();
        Self::member(family, 0, 1, len, readonly, Format::B)
    }

    fn member(
        family: Rc<Family>,
        start: usize,
        step: isize,
        len: usize,
        readonly: bool,
        format: Format,
    ) -> Rc<View> {
        family.live.set(family.live.get() + 1);
        Rc::new(View {
            id: new_id(),
            family,
            start,
            step,
            len,
            readonly,
            format,
            released: Cell::new(false),
        })
    }

    pub fn is_released(&self) -> bool {
        self.released.get()
    }

    pub fn check(&self) -> PyResult<()> {
        if self.is_released() {
            Err(released_error())
        } else {
            Ok(())
        }
    }

    /// `release()`: idempotent; ends the family's export when it was the last live member.
    pub fn release(&self) {
        if !self.released.replace(true) {
            self.family.view_released();
        }
    }

    /// Offset in the source of element `i`.
    pub fn offset(&self, i: usize) -> usize {
        (self.start as isize).wrapping_add((i as isize).wrapping_mul(self.step)) as usize
    }

    /// The source offsets this view covers, lowest and highest (inclusive), if not empty.
    pub fn span(&self) -> Option<(usize, usize)> {
        if self.len == 0 {
            return None;
        }
        let a = self.offset(0);
        let b = self.offset(self.len - 1);
        Some((a.min(b), a.max(b) + self.itemsize() - 1))
    }

    pub fn itemsize(&self) -> usize {
        self.format.itemsize()
    }

    /// `nbytes`: the bytes of all items.
    pub fn nbytes(&self) -> usize {
        self.len * self.itemsize()
    }

    /// Source offset of byte `k` of the view's logical (C-order) buffer.
    fn byte_offset(&self, k: usize) -> usize {
        let isz = self.itemsize();
        self.offset(k / isz).wrapping_add(k % isz)
    }

    /// C-contiguous by CPython's 1-D rule: one element, or a stride of one item (an empty
    /// view with another stride is not).
    pub fn is_contiguous(&self) -> bool {
        self.len == 1 || self.step == self.itemsize() as isize
    }

    /// The view's bytes (`tobytes()`), copied (released check first).
    pub fn to_vec(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        Ok(self.family.source.borrow().with(|d| {
            if self.step == 1 && self.itemsize() == 1 {
                d.get(self.start..self.start + self.len)
                    .map(<[u8]>::to_vec)
                    .unwrap_or_default()
            } else {
                (0..self.nbytes())
                    .map(|k| d.get(self.byte_offset(k)).copied().unwrap_or(0))
                    .collect()
            }
        }))
    }

    /// Item `i`, unpacked by the view's format.
    pub fn item(&self, i: usize) -> Value {
        let isz = self.itemsize();
        let off = self.offset(i);
        let bytes = self.family.source.borrow().with(|d| {
            (0..isz)
                .map(|k| d.get(off.wrapping_add(k)).copied().unwrap_or(0))
                .collect::<Vec<u8>>()
        });
        self.format.unpack(&bytes)
    }

    /// `tolist()` / iteration: every item, unpacked (released check first).
    pub fn items(&self) -> PyResult<Vec<Value>> {
        self.check()?;
        Ok((0..self.len).map(|i| self.item(i)).collect())
    }

    /// `v.cast(format)`: a 1-D view of the same family with another item format; checks in
    /// CPython's order (`memoryview_cast_impl`, `cast_to_1D`). `format` is already a str.
    pub fn cast(&self, format: &str) -> PyResult<Rc<View>> {
        self.check()?;
        if !self.is_contiguous() {
            return Err(type_error(
                "memoryview: casts are restricted to C-contiguous views",
            ));
        }
        self.cast_checks(format)
    }

    /// The checks of `cast_to_1D` after contiguity, and the new view.
    pub fn cast_checks(&self, format: &str) -> PyResult<Rc<View>> {
        // PyUnicode_AsASCIIString first.
        super::codec::encode(format, "ascii", "strict")?;
        let Some(dest) = Format::parse(format) else {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        };
        if !self.format.is_byte() && !dest.is_byte() {
            return Err(type_error(
                "memoryview: cannot cast between two non-byte formats",
            ));
        }
        let nbytes = self.nbytes();
        let isz = dest.itemsize();
        if !nbytes.is_multiple_of(isz) {
            return Err(type_error(
                "memoryview: length is not a multiple of itemsize",
            ));
        }
        Ok(View::member(
            self.family.clone(),
            self.start,
            isz as isize,
            nbytes / isz,
            self.readonly,
            dest,
        ))
    }

    /// The buffer a consumer asking for a contiguous one gets (`write(view)`).
    pub fn contiguous_bytes(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        if !self.is_contiguous() {
            return Err(PyErr::new(
                super::error::ExcType::BufferError,
                "memoryview: underlying buffer is not C-contiguous",
            ));
        }
        self.to_vec()
    }

    /// `v[i]` for an int key.
    pub fn getitem_index(&self, key: &BigInt) -> PyResult<Value> {
        self.check()?;
        let i = index_key(key)?;
        let i = normalize_index(i, self.len)
            .ok_or_else(|| index_error("index out of bounds on dimension 1"))?;
        Ok(self.item(i))
    }

    /// `v[a:b:c]`: a new view of the same family.
    pub fn getitem_slice(&self, s: &SliceArgs) -> PyResult<Rc<View>> {
        self.check()?;
        let r = s.resolve(self.len)?;
        Ok(self.sub_view(r))
    }

    fn sub_view(&self, r: Resolved) -> Rc<View> {
        let start = if r.len == 0 {
            // CPython moves an empty slice's buffer pointer to its start all the same
            // (`init_slice`); one before the buffer is shown as its start.
            (self.start as isize)
                .wrapping_add((r.start as isize).wrapping_mul(self.step))
                .max(0) as usize
        } else {
            self.offset(r.start as usize)
        };
        // Strides wrap as C's Py_ssize_t arithmetic does (`v[::2**62][::4]` has stride 0).
        let step = self.step.wrapping_mul(r.step as isize);
        View::member(
            self.family.clone(),
            start,
            step,
            r.len,
            self.readonly,
            self.format,
        )
    }

    /// `memoryview(v)`: same memory, same family, same readonly.
    pub fn derive(&self) -> PyResult<Rc<View>> {
        self.check()?;
        Ok(View::member(
            self.family.clone(),
            self.start,
            self.step,
            self.len,
            self.readonly,
            self.format,
        ))
    }

    /// `v.toreadonly()`.
    pub fn to_readonly(&self) -> PyResult<Rc<View>> {
        self.check()?;
        Ok(View::member(
            self.family.clone(),
            self.start,
            self.step,
            self.len,
            true,
            self.format,
        ))
    }

    /// `v[i] = x`: checks in CPython's order, then stores. Returns the source offset written.
    /// `truth` is Python truthiness, for the '?' format.
    pub fn setitem_index(
        &self,
        key: &BigInt,
        value: &Value,
        truth: &mut dyn FnMut(&Value) -> PyResult<bool>,
    ) -> PyResult<usize> {
        self.check()?;
        if self.readonly {
            return Err(type_error("cannot modify read-only memory"));
        }
        let i = index_key(key)?;
        let i = normalize_index(i, self.len)
            .ok_or_else(|| index_error("index out of bounds on dimension 1"))?;
        let bytes = self.format.pack(value, truth)?;
        // Truthiness can run code; the view may be gone by now (gh-92888).
        self.check()?;
        let off = self.offset(i);
        let offsets: Vec<usize> = (0..bytes.len()).map(|k| off.wrapping_add(k)).collect();
        self.store(&offsets, &bytes);
        Ok(off)
    }

    /// `v[a:b:c] = x`. Returns the source offsets written (lowest, highest), if any.
    pub fn setitem_slice(&self, s: &SliceArgs, value: &Value) -> PyResult<Option<(usize, usize)>> {
        self.check()?;
        if self.readonly {
            return Err(type_error("cannot modify read-only memory"));
        }
        let src = match any_buffer_bytes(value) {
            Some(r) => r?,
            None => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    value.type_name()
                )));
            }
        };
        // `equiv_structure`: the same format (the '@' aside) and the same number of items.
        let (src_format, src_len) = match value {
            Value::View(v) => (v.format.ch, v.len),
            _ => (b'B', src.len()),
        };
        let r = s.resolve(self.len)?;
        if src_len != r.len || src_format != self.format.ch {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let dest = self.sub_view(r);
        let offsets: Vec<usize> = (0..dest.nbytes()).map(|k| dest.byte_offset(k)).collect();
        let span = dest.span();
        // `dest` is a temporary member of the family; dropping it must not end the export
        // early, which cannot happen since `self` is live.
        drop(dest);
        self.store(&offsets, &src);
        Ok(span)
    }

    /// Writes `bytes[k]` at source offset `offsets[k]`, journaling the change on a stream.
    fn store(&self, offsets: &[usize], bytes: &[u8]) {
        let (Some(&lo), Some(&hi)) = (offsets.iter().min(), offsets.iter().max()) else {
            return;
        };
        let snapshot = |d: &[u8]| d.get(lo..=hi).map(<[u8]>::to_vec).unwrap_or_default();
        let old = self.family.source.borrow().with(snapshot);
        self.family.source.borrow().with_mut(|d| {
            for (off, b) in offsets.iter().zip(bytes) {
                if let Some(slot) = d.get_mut(*off) {
                    *slot = *b;
                }
            }
        });
        if let Source::Stream(s) = &*self.family.source.borrow() {
            let new = self.family.source.borrow().with(snapshot);
            // Storing the bytes already there changes nothing (CPython's stream is as it was).
            if new != old {
                s.journal_view_write(lo, old, new);
            }
        }
    }

    /// `v.hex(sep, bytes_per_sep)`, arguments already checked.
    pub fn hex(&self, sep: Option<u8>, per: i64) -> PyResult<String> {
        let data = self.to_vec()?;
        Ok(hex_with_sep(&data, sep, per))
    }
}

/// An int key converted like `PyNumber_AsSsize_t(key, IndexError)`.
pub fn index_key(key: &BigInt) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    key.to_i64()
        .ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer"))
}

/// Lowercase hex with an optional separator every `per` bytes (from the right when
/// positive, from the left when negative), as `bytes.hex` / `memoryview.hex`.
pub fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let sep = match sep {
        Some(s) if per != 0 && !data.is_empty() => Some(s as char),
        _ => None,
    };
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep
            && i > 0
        {
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

impl View {
    /// Copies `data` into the first elements of this (writable, contiguous) view.
    pub fn write_prefix(&self, data: &[u8]) {
        let n = data.len().min(self.nbytes());
        let offsets: Vec<usize> = (0..n).map(|k| self.byte_offset(k)).collect();
        self.store(&offsets, &data[..n]);
    }
}

/// An IEEE 754 half float's value (`PyFloat_Unpack2`).
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

/// `x` as a half float, rounded to nearest even (`PyFloat_Pack2`), or None when it is too
/// large.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a >= 65520.0 {
        return None;
    }
    if a < 2f64.powi(-14) {
        // Subnormal: a multiple of 2**-24 (rounding up may reach the smallest normal).
        return Some(sign | (a * 2f64.powi(24)).round_ties_even() as u16);
    }
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut m = ((a / 2f64.powi(e) - 1.0) * 1024.0).round_ties_even() as u16;
    let mut e = e;
    if m == 1024 {
        m = 0;
        e += 1;
    }
    Some(sign | (((e + 15) as u16) << 10) | m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_as_get_native_fmtchar() {
        for ok in ["B", "@B", "c", "?", "P", "d", "H\0junk"] {
            assert!(Format::parse(ok).is_some(), "{ok:?}");
        }
        for bad in ["", "@", "@@B", "<H", "BB", "e", "x", "2B"] {
            assert!(Format::parse(bad).is_none(), "{bad:?}");
        }
        assert_eq!(
            Format::parse("@H").map(Format::name),
            Some("@H".to_string())
        );
        assert_eq!(
            Format::parse("H\0x").map(Format::name),
            Some("H".to_string())
        );
    }

    #[test]
    fn items_round_trip_through_pack_and_unpack() {
        let mut truth = |v: &Value| Ok(!matches!(v, Value::Int(n) if n == &BigInt::from(0)));
        for (ch, v) in [
            (b'h', Value::int(-2)),
            (b'I', Value::int(4_000_000_000u32)),
            (b'q', Value::int(i64::MIN)),
            (b'P', Value::int(u64::MAX)),
            (b'?', Value::Bool(true)),
        ] {
            let f = Format { ch, at: false };
            let bytes = f.pack(&v, &mut truth).expect("packs");
            assert_eq!(bytes.len(), f.itemsize());
            assert_eq!(format!("{:?}", f.unpack(&bytes)), format!("{v:?}"));
        }
        let h = Format { ch: b'H', at: true };
        let e = h.pack(&Value::int(70000), &mut truth).err().map(|e| e.msg);
        assert_eq!(
            e.as_deref(),
            Some("memoryview: invalid value for format 'H'")
        );
        let e = h.pack(&Value::str("x"), &mut truth).err().map(|e| e.msg);
        assert_eq!(
            e.as_deref(),
            Some("memoryview: invalid type for format 'H'")
        );
    }
}
