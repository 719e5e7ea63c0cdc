//! Python floats: CPython's repr (the shortest string that round-trips), exact conversions
//! between ints and floats, and the rounding rules of `round()`.

use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use super::error::{PyErr, PyResult, overflow_error, value_error};

/// The shortest decimal digits that round-trip `x` (finite, non-zero, positive) and the
/// decimal exponent of the first digit: `x = 0.d1d2... * 10**(exp + 1)`.
fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest round-trip digits, as David Gay's mode 0 does.
    let s = format!("{x:e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    // When two strings of that length round-trip and x lies exactly between them, Rust
    // may pick either; Gay's picks the nearer, ties to even: the correctly rounded one.
    let k = exp - digits.len() as i32 + 1;
    let Ok(d) = digits.parse::<u64>() else {
        return (digits, exp);
    };
    let trips = |c: u64| format!("{c}e{k}").parse::<f64>().ok() == Some(x);
    if !(trips(d + 1) || (d > 0 && trips(d - 1))) {
        return (digits, exp);
    }
    let q = round_scaled(x, -(k as i64));
    match q.to_u64() {
        Some(c) if trips(c) && c.to_string().len() == digits.len() => (c.to_string(), exp),
        _ => (digits, exp),
    }
}

/// `x * 10**n` rounded to an int, ties to even, from the exact binary value of `x >= 0`.
fn round_scaled(x: f64, n: i64) -> BigInt {
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    };
    let ten = BigInt::from(10);
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    if n >= 0 {
        num *= num_traits::pow(ten, n as usize);
    } else {
        den *= num_traits::pow(ten, (-n) as usize);
    }
    let mut q = &num / &den;
    let r2 = (&num % &den) * 2;
    if r2 > den || (r2 == den && (&q % 2u8) == BigInt::from(1)) {
        q += 1;
    }
    q
}

/// `repr(x)` of a float, as CPython prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0.0");
    }
    let (digits, exp) = shortest_digits(x.abs());
    let n = digits.len() as i32;
    let body = if !(-4..16).contains(&exp) {
        // Exponent form: d.ddde+XX, at least two exponent digits.
        let mut m = digits[..1].to_string();
        if n > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let es = if exp < 0 { '-' } else { '+' };
        format!("{m}e{es}{:02}", exp.abs())
    } else if exp < 0 {
        format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
    } else if exp + 1 >= n {
        format!("{digits}{}.0", "0".repeat((exp + 1 - n) as usize))
    } else {
        let (a, b) = digits.split_at((exp + 1) as usize);
        format!("{a}.{b}")
    };
    format!("{sign}{body}")
}

/// `m * 2**e`, exactly, for `m < 2**54` when the result is representable.
fn ldexp(m: u64, e: i64) -> f64 {
    let mut x = m as f64;
    let mut e = e;
    while e > 0 {
        let k = e.min(1000);
        x *= f64::from_bits(((k + 1023) as u64) << 52);
        e -= k;
    }
    while e < 0 {
        let k = (-e).min(1000);
        // 2**-k is normal for k <= 1022; apply it in safe pieces.
        x *= f64::from_bits(((1023 - k) as u64) << 52);
        e += k;
    }
    x
}

/// `a / b` of two ints, correctly rounded (CPython's `long_true_divide`); None when the
/// result is too large for a float. `b` must not be zero.
pub fn true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (a, b) = (a.magnitude(), b.magnitude());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    // Fast path: both exact as doubles.
    if a.bits() <= 53 && b.bits() <= 53 {
        let q = a.to_f64()? / b.to_f64()?;
        return Some(if negative { -q } else { q });
    }
    // q = floor(a * 2**s / b) with 55 or 56 bits, plus a sticky bit for the remainder.
    let s: i64 = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if s >= 0 {
        (a << (s as u64), b.clone())
    } else {
        (a.clone(), b << ((-s) as u64))
    };
    let q = &num / &den;
    let sticky = !(&num % &den).is_zero();
    let qbits = q.bits() as i64;
    // Exponent of the result's last kept bit: 53 significant bits, or fewer when subnormal.
    let lsb = (qbits - s - 53).max(-1074);
    let drop = lsb + s; // bits of q to drop, >= 2 here
    let mut kept = (&q >> (drop as u64)).to_u64()?;
    let rest = &q - (BigInt::from(kept) << (drop as u64)).magnitude();
    let half = num_bigint::BigUint::from(1u8) << ((drop - 1) as u64);
    let round_up = rest > half || (rest == half && (sticky || kept & 1 == 1));
    if round_up {
        kept += 1;
    }
    let top = 64 - kept.leading_zeros() as i64;
    if top + lsb > 1024 {
        return None;
    }
    let x = ldexp(kept, lsb);
    Some(if negative { -x } else { x })
}

/// `float(n)` of an int: correctly rounded, OverflowError when too large.
pub fn int_to_f64(n: &BigInt) -> PyResult<f64> {
    if n.bits() <= 53 {
        return Ok(n.to_f64().unwrap_or(0.0));
    }
    true_divide(n, &BigInt::from(1))
        .ok_or_else(|| overflow_error("int too large to convert to float"))
}

/// `int(x)` of a float: truncation toward zero, with CPython's errors for inf and nan.
pub fn f64_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

/// `round(x)` of a float: to the nearest int, ties to even.
pub fn round_to_int(x: f64) -> PyResult<BigInt> {
    let mut r = x.round();
    if (x - r).abs() == 0.5 {
        r = 2.0 * (x / 2.0).round();
    }
    f64_to_int(r)
}

/// `round(x, ndigits)` of a float: correctly rounded from the exact binary value (so
/// `round(2.675, 2)` is 2.67), as CPython's `double_round`.
pub fn round_digits(x: f64, ndigits: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if ndigits > NDIGITS_MAX || !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let q = round_scaled(x, ndigits);
    let sign = if x < 0.0 { "-" } else { "" };
    let text = format!("{sign}{q}e{}", -ndigits);
    let y: f64 = text.parse().unwrap_or(f64::INFINITY);
    if y.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(y)
}

/// Parses a float the way `float(str)` does (after the caller strips whitespace): decimal
/// or exponent forms with single underscores between digits, `inf`, `infinity`, `nan`.
pub fn parse_float(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    let (neg, body) = match lower.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            // Underscores only between digits.
            let b = body.as_bytes();
            for (i, &c) in b.iter().enumerate() {
                if c == b'_' {
                    let ok = i > 0
                        && i + 1 < b.len()
                        && b[i - 1].is_ascii_digit()
                        && b[i + 1].is_ascii_digit();
                    if !ok {
                        return None;
                    }
                } else if !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-')) {
                    return None;
                }
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            if clean.is_empty() || !clean.bytes().any(|c| c.is_ascii_digit()) {
                return None;
            }
            // Rust accepts what Python's grammar does here, and nothing more for these
            // characters (no leading '+' after the sign is stripped twice: checked below).
            if clean.starts_with(['+', '-']) {
                return None;
            }
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// Python's float `//` and `%` together (`divmod`), as CPython's `float_divmod`.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Python's float `%`, as CPython's `float_rem`.
pub fn float_mod(vx: f64, wx: f64) -> f64 {
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    m
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x % 2.0).abs() == 1.0
}

/// `iv ** iw` on floats, as CPython's `float_pow`; None for a complex result.
pub fn float_pow(iv: f64, iw: f64) -> PyResult<Option<f64>> {
    if iw == 0.0 {
        return Ok(Some(1.0));
    }
    if iv.is_nan() {
        return Ok(Some(iv));
    }
    if iw.is_nan() {
        return Ok(Some(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(Some(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Some(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PyErr::new(
                super::error::ExcType::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Some(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Ok(None);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(Some(if negate { -1.0 } else { 1.0 }));
    }
    let mut ix = iv.powf(iw);
    if negate {
        ix = -ix;
    }
    if ix.is_infinite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Some(ix))
}

/// Exact comparison of an int with a float: the ordering of `n` against `x`, or None when
/// `x` is nan.
pub fn cmp_int_float(n: &BigInt, x: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = BigInt::from_f64(x.floor()).unwrap_or_default();
    Some(match n.cmp(&fl) {
        Ordering::Equal if x.fract() != 0.0 => Ordering::Less,
        o => o,
    })
}

/// Whether a float holds an integral value (`float.is_integer`).
pub fn is_integral(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// The int equal to an integral float, for hashing and exact comparisons.
pub fn integral_value(x: f64) -> Option<BigInt> {
    if is_integral(x) {
        BigInt::from_f64(x)
    } else {
        None
    }
}

/// `float.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let es = if e < 0 { "-" } else { "+" };
    format!("{sign}0x{lead}.{frac:013x}p{es}{}", e.abs())
}

/// `x.as_integer_ratio()` parts for a finite float.
pub fn as_integer_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    };
    while m & 1 == 0 && e < 0 {
        m >>= 1;
        e += 1;
    }
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    if x < 0.0 {
        num = -num;
    }
    debug_assert!(den.is_positive());
    Ok((num, den))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython_on_chosen_values() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            (1.5e300, "1.5e+300"),
            (0.1, "0.1"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (9999999999999998.0, "9999999999999998.0"),
            (5e-324, "5e-324"),
            (0.30000000000000004, "0.30000000000000004"),
            (1234.5, "1234.5"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want);
        }
    }

    /// 2,000 doubles (random bit patterns, subnormals, extremes) and their CPython 3.11 reprs.
    #[test]
    fn repr_matches_cpython_on_many_values() {
        let data = include_str!("float_repr_cases.txt");
        let mut n = 0;
        for line in data.lines() {
            let Some((hex, want)) = line.split_once(' ') else {
                continue;
            };
            let bits = u64::from_str_radix(hex, 16).expect("hex bits");
            assert_eq!(float_repr(f64::from_bits(bits)), want, "bits {hex}");
            n += 1;
        }
        assert!(n >= 2000);
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        let big = BigInt::from(10).pow(400);
        let q = true_divide(&(&big + 1), &big).expect("finite");
        assert_eq!(q, 1.0);
        assert_eq!(true_divide(&big, &BigInt::from(1)), None);
        let third = true_divide(
            &BigInt::from(10).pow(30),
            &(BigInt::from(3) * BigInt::from(10).pow(30)),
        );
        assert_eq!(third, Some(1.0 / 3.0));
        let tiny = true_divide(&BigInt::from(1), &BigInt::from(10).pow(320)).expect("finite");
        assert_eq!(tiny, 1e-320);
    }

    #[test]
    fn round_uses_the_exact_value() {
        assert_eq!(round_digits(2.675, 2).ok(), Some(2.67));
        assert_eq!(round_digits(0.125, 2).ok(), Some(0.12));
        assert_eq!(round_digits(12345.0, -2).ok(), Some(12300.0));
        assert_eq!(round_to_int(2.5).ok(), Some(BigInt::from(2)));
        assert_eq!(round_to_int(-3.5).ok(), Some(BigInt::from(-4)));
    }
}
