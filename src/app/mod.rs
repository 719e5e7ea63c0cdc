//! The app, Elm style: [`App`] is the whole state, [`Action`] what can happen to it,
//! [`update`] the only thing that changes it, [`key_to_action`] the key map. Rendering is in
//! [`crate::ui`], a pure function of `&App`.
//!
//! Every action that touches a stream becomes the Python statement it stands for, runs
//! through the engine, and lands in [`App::steps`], so the log is always replayable Python.
//!
//! Step mode ([`App::script`]) shows a recorded script one step at a time; drawing reads a
//! [`Scene`], built from the live session or from the timeline's frame alike. A statement
//! run in step mode branches a live session from the step shown (asked first).
//!
//! One room per job: `update` dispatches (and decides what to ask first), `navigate` moves
//! the cursor (keys, goto, search), `editor` edits the prompt line, `run` runs statements,
//! `fix` is the BufferError fix policy, `stepmode` steps, branches and returns, `undo`
//! replays, `store` keeps history and the session. `update` never does I/O: it queues
//! [`store::Effect`]s, which [`handle_event`] hands to the store.

mod action;
mod editor;
mod fix;
mod keys;
pub mod navigate;
pub mod ops;
mod run;
pub mod scene;
mod script;
mod state;
mod stepmode;
pub mod store;
mod undo;
mod update;
mod versions;

pub use action::{Action, Ask, Edit, NavMove, Op, StepMove};
pub use keys::{KEY_HELP, KeyHelp, KeyMode, help_rows, hints, key_to_action};
pub use scene::{Scene, SceneStream};
pub use script::Script;
pub use state::{
    App, BufferModal, Confirm, Left, LogKind, LogLine, Mode, Notice, NoticeKind, Options, Prompt,
    PromptKind, Search, Start,
};
pub use undo::Replay;
pub use update::{handle_event, update};
pub use versions::{Marks, Why};
