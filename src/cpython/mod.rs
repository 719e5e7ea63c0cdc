//! A second engine: the real CPython runs the script, a small helper (`helper.py`, compiled
//! into the binary) reports what happens to every `io.BytesIO`, line by line and call by
//! call, as JSON lines on a pipe of its own.
//!
//! - [`interp`]: finding an interpreter (`--python 3.12`, a path, or `python3`).
//! - [`protocol`]: the helper's messages.
//! - [`process`]: running the helper as a child, reading its messages with a budget, and
//!   collecting them into a [`process::Record`].
//! - [`convert`]: a record as the built-in engine's [`crate::script::Step`]s.
//! - [`cli`]: `run --engine cpython` and the fallback from the built-in engine.

pub mod cli;
pub mod compare;
pub mod convert;
pub mod interp;
pub mod process;
pub mod protocol;

/// The helper's source, run with `python3 -c`.
pub const HELPER: &str = include_str!("helper.py");
