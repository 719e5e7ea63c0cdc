//! `bytesio-tui run`: a script's transcript, as the reference harness prints it.

use super::lower::{Program, ScriptError};
use super::session::{Config, Session};

/// The outcome of running a whole script.
pub struct RunOutput {
    /// The transcript text (stdout).
    pub transcript: String,
    /// Set when the script used something the engine does not model at run time.
    pub unsupported: Option<ScriptError>,
}

/// Runs `program` and returns its transcript. Stops at the first statement that needs
/// something the engine does not model.
pub fn run(program: &Program, config: Config) -> RunOutput {
    let mut session = Session::new(config);
    let mut transcript = String::new();
    for stmt in &program.body {
        let step = session.run_statement(program, stmt);
        if let Some(e) = super::timeline::refusal(program, &step) {
            return RunOutput {
                transcript,
                unsupported: Some(e),
            };
        }
        transcript.push_str(&step.transcript());
    }
    RunOutput {
        transcript,
        unsupported: None,
    }
}
