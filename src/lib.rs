//! bytesio-tui: see Python's `io.BytesIO` at work.
//!
//! - [`model`]: streams, memoryviews and their exports, Python values and exceptions.
//! - [`script`]: the Python subset: parse, lower, evaluate, transcript.
//! - [`app`]: the terminal app's state, actions and key map.
//! - [`ui`]: drawing the app with ratatui.

pub mod app;
pub mod cpython;
pub mod model;
pub mod script;
pub mod ui;
