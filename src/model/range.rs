//! `range` objects: lazy arithmetic progressions of ints, never materialised.

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, Zero};

use super::error::{PyResult, index_error, value_error};
use super::value::{Value, as_ssize_t};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl Range {
    /// `range(start, stop, step)`; step must not be zero.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> PyResult<Range> {
        if step.is_zero() {
            return Err(value_error("range() arg 3 must not be zero"));
        }
        Ok(Range { start, stop, step })
    }

    /// The number of items, unbounded.
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u8) / step + 1u8
    }

    pub fn is_empty(&self) -> bool {
        self.len().is_zero()
    }

    /// `len(r)`: OverflowError beyond a C ssize_t, as CPython.
    pub fn len_ssize(&self) -> PyResult<i64> {
        as_ssize_t(&self.len())
    }

    /// The item at a (possibly negative) index.
    pub fn item(&self, i: &BigInt) -> PyResult<BigInt> {
        let len = self.len();
        let i = if i.sign() == Sign::Minus {
            i + &len
        } else {
            i.clone()
        };
        if i.sign() == Sign::Minus || i >= len {
            return Err(index_error("range object index out of range"));
        }
        Ok(&self.start + i * &self.step)
    }

    /// Whether the int `n` is one of the items.
    pub fn contains_int(&self, n: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= n && n < &self.stop
        } else {
            &self.stop < n && n <= &self.start
        };
        inside && ((n - &self.start) % &self.step).is_zero()
    }

    /// `(len, first, step)` with the parts that do not matter left out, as `==` and
    /// `hash` see a range.
    pub fn canonical(&self) -> (BigInt, Option<BigInt>, Option<BigInt>) {
        let len = self.len();
        if len.is_zero() {
            (len, None, None)
        } else if len.is_one() {
            (len, Some(self.start.clone()), None)
        } else {
            (len, Some(self.start.clone()), Some(self.step.clone()))
        }
    }

    /// `r[a:b:c]`, the slice's parts given as ints or None (`compute_slice`).
    pub fn slice(
        &self,
        start: Option<BigInt>,
        stop: Option<BigInt>,
        step: Option<BigInt>,
    ) -> PyResult<Range> {
        let step = step.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        let len = self.len();
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), &len - 1u8)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(mut v) => {
                    if v.is_negative() {
                        v += &len;
                        if v < lower {
                            v = lower.clone();
                        }
                    } else if v > upper {
                        v = upper.clone();
                    }
                    v
                }
            }
        };
        let neg = step.is_negative();
        let start = clamp(start, if neg { &upper } else { &lower });
        let stop = clamp(stop, if neg { &lower } else { &upper });
        Ok(Range {
            start: &self.start + start * &self.step,
            stop: &self.start + stop * &self.step,
            step: &self.step * step,
        })
    }
}

/// A lazy walk over a range.
#[derive(Debug, Clone)]
pub struct RangeIter {
    next: BigInt,
    step: BigInt,
    left: BigInt,
}

impl RangeIter {
    pub fn new(r: &Range) -> RangeIter {
        RangeIter {
            next: r.start.clone(),
            step: r.step.clone(),
            left: r.len(),
        }
    }

    /// How many items are left.
    pub fn left(&self) -> &BigInt {
        &self.left
    }

    pub fn next_value(&mut self) -> Option<Value> {
        if self.left.is_zero() {
            return None;
        }
        self.left -= 1u8;
        let v = self.next.clone();
        self.next += &self.step;
        Some(Value::Int(v))
    }
}
