//! Arithmetic on ints, bools and floats: unary operators, and the numeric part of the
//! binary ones (`ops` asks here first).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::model::PyResult;
use crate::model::error::{
    ExcType, PyErr, memory_error, overflow_error, type_error, unsupported, value_error,
};
use crate::model::float::{float_divmod, float_mod, float_pow, int_to_f64, true_divide};
use crate::model::value::Value;

use super::ast::{BinOp, UnOp};
use super::session::Session;

/// The largest int a multiplication or a power may make (about ten million digits, a second
/// or two): past it the engine stops, as the line budget stops a runaway loop. CPython
/// computes such ints (for minutes, uninterruptibly) and then refuses to print them (the
/// 4300-digit limit).
pub const MAX_INT_BITS: u64 = 1 << 25;

/// log2 of |x|, close enough to size a power's result.
fn approx_log2(x: &BigInt) -> f64 {
    match x.to_f64().map(f64::abs) {
        Some(f) if f.is_finite() && f > 0.0 => f.log2(),
        _ => x.bits() as f64,
    }
}

/// The digits of an int of `bits` bits can be had (see [`crate::model::alloc::probe`]).
fn probe_bits(bits: u64) -> PyResult<()> {
    crate::model::alloc::probe(usize::try_from(bits / 8).unwrap_or(usize::MAX))
}

fn zero_division(msg: &str) -> PyErr {
    PyErr::new(ExcType::ZeroDivisionError, msg)
}

/// A numeric operand: an int (bools count) or a float.
pub(super) enum Num {
    Int(BigInt),
    Float(f64),
}

impl Num {
    pub(super) fn of(v: &Value) -> Option<Num> {
        match v {
            Value::Float(x) => Some(Num::Float(*x)),
            _ => v.as_int().map(Num::Int),
        }
    }

    pub(super) fn to_f64(&self) -> PyResult<f64> {
        match self {
            Num::Int(n) => int_to_f64(n),
            Num::Float(x) => Ok(*x),
        }
    }
}

/// `x op y` on ints that fit a machine word, when the result does too (and there is no
/// error to raise); None sends the operation the long way.
fn small_int_binop(op: BinOp, x: &BigInt, y: &BigInt) -> Option<i64> {
    let (x, y) = (x.to_i64()?, y.to_i64()?);
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv => small_divmod(x, y).map(|(q, _)| q),
        BinOp::Mod => small_divmod(x, y).map(|(_, r)| r),
        _ => None,
    }
}

/// Floor division and modulo of machine words, signs as Python's; None on zero or overflow.
fn small_divmod(x: i64, y: i64) -> Option<(i64, i64)> {
    let (q, r) = (x.checked_div_euclid(y)?, x.checked_rem_euclid(y)?);
    // Euclid's remainder is never negative; Python's takes the divisor's sign.
    Some(if r != 0 && y < 0 {
        (q - 1, r + y)
    } else {
        (q, r)
    })
}

/// Floor division and modulo of ints, signs as Python's.
pub(super) fn int_divmod(a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    // Machine words first (floor division, as Python's); the big numbers when they overflow.
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && let Some((q, r)) = small_divmod(x, y)
    {
        return Ok((BigInt::from(q), BigInt::from(r)));
    }
    let mut q = a / b;
    let mut r = a % b;
    if !r.is_zero() && (r.sign() == Sign::Minus) != (b.sign() == Sign::Minus) {
        q -= 1;
        r += b;
    }
    Ok((q, r))
}

/// `divmod(a, b)` on numbers; None when an operand is not a number.
pub(super) fn num_divmod(a: &Value, b: &Value) -> Option<PyResult<(Value, Value)>> {
    let (x, y) = (Num::of(a)?, Num::of(b)?);
    Some(match (x, y) {
        (Num::Int(x), Num::Int(y)) => {
            int_divmod(&x, &y).map(|(q, r)| (Value::Int(q), Value::Int(r)))
        }
        (x, y) => (|| {
            let (x, y) = (x.to_f64()?, y.to_f64()?);
            if y == 0.0 {
                return Err(zero_division("float divmod()"));
            }
            let (q, r) = float_divmod(x, y);
            Ok((Value::Float(q), Value::Float(r)))
        })(),
    })
}

impl Session {
    /// `-x`, `+x`, `~x` (`not x` is the evaluator's, through truth values).
    pub(super) fn unary_op(&mut self, op: UnOp, v: &Value) -> PyResult<Value> {
        let sym = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            UnOp::Invert => "~",
            UnOp::Not => "not",
        };
        if let Value::Float(x) = v {
            match op {
                UnOp::Neg => return Ok(Value::Float(-x)),
                UnOp::Pos => return Ok(Value::Float(*x)),
                _ => {}
            }
        }
        match (op, v.as_int()) {
            (UnOp::Neg, Some(n)) => Ok(Value::Int(-n)),
            (UnOp::Pos, Some(n)) => Ok(Value::Int(n)),
            (UnOp::Invert, Some(n)) => Ok(Value::Int(-n - 1)),
            _ => Err(type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                v.type_name()
            ))),
        }
    }

    /// A binary operator on two numbers; None when an operand is not a number (the
    /// sequence operators and the TypeError are the caller's).
    pub(super) fn numeric_binop(&self, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
        if let (Value::Int(x), Value::Int(y)) = (a, b)
            && let Some(r) = small_int_binop(op, x, y)
        {
            return Some(Ok(Value::Int(BigInt::from(r))));
        }
        let (x, y) = (Num::of(a)?, Num::of(b)?);
        // bool op bool stays a bool for the bitwise operators.
        if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
            match op {
                BinOp::BitAnd => return Some(Ok(Value::Bool(p & q))),
                BinOp::BitOr => return Some(Ok(Value::Bool(p | q))),
                BinOp::BitXor => return Some(Ok(Value::Bool(p ^ q))),
                _ => {}
            }
        }
        Some(match (x, y) {
            (Num::Int(x), Num::Int(y)) => self.int_binop(op, x, y, a, b),
            (x, y) => {
                if !matches!(
                    op,
                    BinOp::Add
                        | BinOp::Sub
                        | BinOp::Mul
                        | BinOp::Div
                        | BinOp::FloorDiv
                        | BinOp::Mod
                        | BinOp::Pow
                ) {
                    return None;
                }
                (|| {
                    let (x, y) = (x.to_f64()?, y.to_f64()?);
                    float_binop(op, x, y)
                })()
            }
        })
    }

    /// `x ** e` by repeated squaring, a Ctrl-C heard between squarings; a result past
    /// [`MAX_INT_BITS`] stops the engine (the operation budget) before it starts.
    fn int_pow(&self, x: BigInt, e: u64) -> PyResult<BigInt> {
        let bits = approx_log2(&x) * e as f64;
        self.int_budget(bits)?;
        probe_bits(bits as u64)?;
        let mut result = BigInt::from(1);
        let (mut base, mut e) = (x, e);
        loop {
            if e & 1 == 1 {
                result = &result * &base;
            }
            e >>= 1;
            if e == 0 {
                return Ok(result);
            }
            self.check_interrupt()?;
            base = &base * &base;
        }
    }

    /// The operation budget for a multiplication or a power of about `bits` bits.
    fn int_budget(&self, bits: f64) -> PyResult<()> {
        if bits > MAX_INT_BITS as f64 {
            return Err(PyErr::new(
                ExcType::Budget,
                format!(
                    "an int of about {} bits is more than the built-in engine computes \
                     ({MAX_INT_BITS} bits); --engine cpython runs it",
                    bits.round()
                ),
            ));
        }
        Ok(())
    }

    fn int_binop(&self, op: BinOp, x: BigInt, y: BigInt, a: &Value, b: &Value) -> PyResult<Value> {
        // Ints are unbounded, as in CPython, but not beyond the memory cap.
        let cap_bits = (self.config.max_size as u64).saturating_mul(8);
        Ok(Value::Int(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                if x.bits() + y.bits() > cap_bits {
                    return Err(memory_error());
                }
                let bits = x.bits() + y.bits();
                self.int_budget(bits as f64)?;
                probe_bits(bits)?;
                x * y
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(zero_division("division by zero"));
                }
                return true_divide(&x, &y).map(Value::Float).ok_or_else(|| {
                    overflow_error("integer division result too large for a float")
                });
            }
            BinOp::FloorDiv => int_divmod(&x, &y)?.0,
            BinOp::Mod => {
                if y.is_zero() {
                    crate::model::switch::touch(crate::model::switch::Switch::ZeroDivisionNamesOp);
                    return Err(zero_division(
                        if crate::model::profile::current().zero_division_names_op {
                            "integer modulo by zero"
                        } else {
                            "integer division or modulo by zero"
                        },
                    ));
                }
                int_divmod(&x, &y)?.1
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::LShift | BinOp::RShift => {
                if y.sign() == Sign::Minus {
                    return Err(value_error("negative shift count"));
                }
                if op == BinOp::RShift {
                    match y.to_u64() {
                        Some(s) if s < x.bits() + 1 => x >> s,
                        _ => {
                            if x.sign() == Sign::Minus {
                                BigInt::from(-1)
                            } else {
                                BigInt::zero()
                            }
                        }
                    }
                } else if x.is_zero() {
                    x
                } else {
                    let Some(s) = y
                        .to_u64()
                        .filter(|s| s.saturating_add(x.bits()) <= cap_bits)
                    else {
                        return Err(if y.to_i64().is_none() {
                            overflow_error("too many digits in integer")
                        } else {
                            memory_error()
                        });
                    };
                    probe_bits(s + x.bits())?;
                    x << s
                }
            }
            BinOp::Pow => {
                if y.sign() == Sign::Minus {
                    let fx = int_to_f64(&x)?;
                    let fy = int_to_f64(&y)?;
                    return float_binop(BinOp::Pow, fx, fy);
                }
                if x.bits() <= 1 {
                    // 0, 1 and -1: their powers stay small, whatever the exponent.
                    let odd = !(&y % 2u8).is_zero();
                    return Ok(Value::Int(if y.is_zero() || (x.is_negative() && !odd) {
                        BigInt::from(1)
                    } else {
                        x
                    }));
                }
                let Some(e) = y.to_u64() else {
                    return Err(memory_error());
                };
                if x.bits() > 1 && x.bits().saturating_mul(e) > cap_bits {
                    return Err(memory_error());
                }
                self.int_pow(x, e)?
            }
            BinOp::MatMul => {
                return Err(type_error(format!(
                    "unsupported operand type(s) for @: '{}' and '{}'",
                    a.type_name(),
                    b.type_name()
                )));
            }
        }))
    }
}

/// A binary operator on two floats (ints already converted).
pub(super) fn float_binop(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                crate::model::switch::touch(crate::model::switch::Switch::FloatModuloByZero);
                return Err(zero_division(
                    if crate::model::profile::current().float_modulo_by_zero {
                        "float modulo by zero"
                    } else {
                        "float modulo"
                    },
                ));
            }
            float_mod(x, y)
        }
        BinOp::Pow => match float_pow(x, y)? {
            Some(r) => r,
            None => {
                return Err(unsupported(
                    "complex numbers (a negative number to a fractional power)",
                ));
            }
        },
        _ => return Err(unsupported("this float operator")),
    }))
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;

    use super::*;

    #[test]
    fn a_power_is_the_plain_one_and_a_ctrl_c_stops_it_between_squarings() {
        let s = Session::default();
        assert_eq!(s.int_pow(BigInt::from(3), 5).ok(), Some(BigInt::from(243)));
        assert_eq!(s.int_pow(BigInt::from(-2), 0).ok(), Some(BigInt::from(1)));
        let big = s
            .int_pow(BigInt::from(10), 5000)
            .map(|n| n.to_string().len());
        assert_eq!(big.ok(), Some(5001));
        s.config.interrupt.store(true, Ordering::SeqCst);
        let e = s.int_pow(BigInt::from(3), 1 << 20).unwrap_err();
        assert_eq!(e.ty, ExcType::KeyboardInterrupt);
        // The flag is spent: the next statement runs.
        assert_eq!(
            s.int_pow(BigInt::from(2), 10).ok(),
            Some(BigInt::from(1024))
        );
    }

    #[test]
    fn a_power_past_the_budget_stops_before_it_starts() {
        let s = Session::default();
        let e = s.int_pow(BigInt::from(10), 100_000_000).unwrap_err();
        assert_eq!(e.ty, ExcType::Budget);
        let e = s.int_pow(BigInt::from(7), 12_000_000).unwrap_err();
        assert_eq!(e.ty, ExcType::Budget);
        assert!(
            s.int_pow(BigInt::from(10), 100_000)
                .is_ok_and(|n| n.bits() == 332_193)
        );
    }
}
