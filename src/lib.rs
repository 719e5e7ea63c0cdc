//! bytesio-tui: see Python's `io.BytesIO` at work.
//!
//! - [`model`]: streams, memoryviews and their exports, Python values and exceptions.
//! - [`script`]: the Python subset: parse, lower, evaluate, transcript.

pub mod model;
pub mod script;
