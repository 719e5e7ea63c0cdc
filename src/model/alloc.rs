//! Fallible allocation. Wherever a buffer grows by an amount the user chose (a write past the
//! end, a repetition, `bytes(n)`, a padded string, a huge int), the memory is reserved first,
//! so an allocation the machine refuses below the `--max-size` cap is `MemoryError`, as
//! CPython raises it, and never an abort of the process.

use super::error::{PyResult, memory_error};

/// An empty vector with room for `n` items.
pub fn with_capacity<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// Room for `additional` more items in `v`.
pub fn reserve<T>(v: &mut Vec<T>, additional: usize) -> PyResult<()> {
    v.try_reserve(additional).map_err(|_| memory_error())
}

/// `v.resize(len, fill)`, reserving first.
pub fn resize<T: Clone>(v: &mut Vec<T>, len: usize, fill: T) -> PyResult<()> {
    if len > v.len() {
        v.try_reserve_exact(len - v.len())
            .map_err(|_| memory_error())?;
    }
    v.resize(len, fill);
    Ok(())
}

/// `items` repeated `count` times.
pub fn repeat<T: Clone>(items: &[T], count: usize) -> PyResult<Vec<T>> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let n = items.len().checked_mul(count).ok_or_else(memory_error)?;
    let mut out = with_capacity(n)?;
    for _ in 0..count {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// `s` repeated `count` times.
pub fn repeat_str(s: &str, count: usize) -> PyResult<String> {
    if s.is_empty() {
        return Ok(String::new());
    }
    let n = s.len().checked_mul(count).ok_or_else(memory_error)?;
    let mut out = String::new();
    out.try_reserve_exact(n).map_err(|_| memory_error())?;
    for _ in 0..count {
        out.push_str(s);
    }
    Ok(out)
}

/// Checks that `bytes` can be had now, for an allocation made where it cannot be fallible
/// (a big integer's digits, a shared `Rc` buffer): reserved and given back at once.
pub fn probe(bytes: usize) -> PyResult<()> {
    // Small amounts are not worth a system call.
    if bytes < 1 << 20 {
        return Ok(());
    }
    with_capacity::<u8>(bytes).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ExcType;

    #[test]
    fn an_impossible_size_is_memory_error() {
        let e = with_capacity::<u64>(usize::MAX / 4).unwrap_err();
        assert_eq!(e.ty, ExcType::MemoryError);
        let e = repeat(&[1u8, 2], usize::MAX / 2 + 1).unwrap_err();
        assert_eq!(e.ty, ExcType::MemoryError);
        let e = probe(usize::MAX / 2).unwrap_err();
        assert_eq!(e.ty, ExcType::MemoryError);
        let mut v = vec![1u8];
        assert_eq!(
            resize(&mut v, isize::MAX as usize, 0).unwrap_err().ty,
            ExcType::MemoryError
        );
        assert_eq!(v, [1]);
    }

    #[test]
    fn repetitions_and_resizes_are_the_plain_ones() {
        assert_eq!(repeat(&[1u8, 2], 3).unwrap(), [1, 2, 1, 2, 1, 2]);
        assert_eq!(repeat_str("ab", 2).unwrap(), "abab");
        assert_eq!(repeat_str("ab", 0).unwrap(), "");
        // An empty sequence repeated any number of times is empty at once.
        assert!(repeat::<u8>(&[], usize::MAX).unwrap().is_empty());
        assert_eq!(repeat_str("", usize::MAX).unwrap(), "");
        let mut v = vec![7u8];
        resize(&mut v, 3, 0).unwrap();
        assert_eq!(v, [7, 0, 0]);
        resize(&mut v, 1, 0).unwrap();
        assert_eq!(v, [7]);
    }
}
