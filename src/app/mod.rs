//! The app, Elm style: [`App`] is the whole state, [`Action`] what can happen to it,
//! [`update`] the only thing that changes it, [`key_to_action`] the key map. Rendering is in
//! [`crate::ui`], a pure function of `&App`.
//!
//! Every action that touches a stream becomes the Python statement it stands for, runs
//! through the engine, and lands in [`App::steps`], so the log is always replayable Python.

mod action;
mod keys;
pub mod ops;
mod state;
mod update;

pub use action::{Action, Ask, Edit, NavMove, Op};
pub use keys::key_to_action;
pub use state::{
    App, BufferModal, LogKind, LogLine, Mode, Notice, NoticeKind, Options, Prompt, PromptKind,
    Start,
};
pub use update::{handle_event, update};
