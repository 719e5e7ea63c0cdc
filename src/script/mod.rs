//! The script engine: parse, lower into the project's own types, evaluate, and produce the
//! prompt's transcript. Nothing outside this folder sees the parser's types.

pub mod ast;
mod bridge;
mod builtins;
mod calls;
mod coding;
mod collections;
mod compare;
mod escapes;
mod eval;
pub mod func;
mod inspect;
pub mod iter;
pub mod lower;
mod methods;
mod numbers;
mod ops;
pub mod outcome;
pub mod session;
mod syntax;
mod text;
pub mod timeline;
pub mod transcript;

pub use coding::decode_script;
pub use lower::{ErrorKind, Program, ScriptError, not_utf8, parse_program, parse_statement};
pub use session::{Config, ExportInfo, Root, Session, Step, StepError, StreamChange, StreamSnap};
