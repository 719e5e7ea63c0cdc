//! What can happen to the app.

/// Questions the prompt line can ask; [`super::update`] fills in the defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// `:` any statement.
    Statement,
    Read,
    Write,
    Seek,
    Truncate,
    /// `view[i] = n` at the navigation cursor.
    SetByte,
    Release,
    /// `o`: an offset for the navigation cursor.
    Goto,
    /// `/`: bytes to search for.
    Search,
    /// `S`: where to save the session as a Python script.
    SavePath,
}

/// Moves of the navigation cursor (never the stream position).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NavMove {
    Left,
    Right,
    Up,
    Down,
    PageUp,
    PageDown,
    /// Offset 0.
    Start,
    /// The end of the stream (EOF).
    End,
    /// The stream position.
    ToPosition,
}

/// Moves through a script's steps (step mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepMove {
    Next,
    Back,
    First,
    Last,
    /// The state after this many statements (clamped to the script's length).
    To(usize),
}

/// Operations that need no argument: they run at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Tell,
    GetValue,
    GetBuffer,
    Close,
}

/// Editing the prompt line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    Clear,
    HistoryPrev,
    HistoryNext,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    Nav(NavMove),
    /// Open the prompt: `:` for a statement, or an operation's argument.
    OpenPrompt(Ask),
    Run(Op),
    Edit(Edit),
    Submit,
    Cancel,
    /// The BufferError modal: close it.
    Dismiss,
    /// The BufferError modal: release the blocking views and retry.
    Fix,
    ToggleHelp,
    /// `L`: the legend overlay.
    ToggleLegend,
    /// `N`: the narration line under the grid.
    ToggleNarration,
    /// Scroll the log: positive is older.
    ScrollLog(i32),
    /// Tab / Shift-Tab: the next (1) or previous (-1) stream.
    CycleStream(i32),
    /// Scroll the exports panel: positive is down.
    ScrollExports(i32),
    /// A click at a terminal cell.
    Click {
        col: u16,
        row: u16,
    },
    /// The mouse wheel at a terminal cell: positive is down.
    Wheel {
        col: u16,
        row: u16,
        delta: i32,
    },
    Resize(u16, u16),
    /// Step mode: move through the script's steps.
    Step(StepMove),
    /// Step mode: a digit typed, opening the "go to step" prompt with it.
    JumpDigit(char),
    ClearNotice,
    /// The next (true) or previous match of the last search.
    SearchNext(bool),
    /// Put the navigation cursor at an offset (clamped), as goto does.
    NavTo(usize),
    /// `b` / Esc: back from a branch to the script, at the step it left.
    Back,
    /// Leave the branch (asked first when it ran statements).
    LeaveBranch,
    /// The question on the message line: yes, do it / no.
    Confirm(bool),
    /// The grid's character column: ASCII or UTF-8.
    ToggleUtf8,
    /// Run a statement as if typed at the `:` prompt.
    RunStatement(String),
    /// Text the terminal pasted (bracketed paste): into the prompt whole, or, when it holds
    /// more than one line, run as the statements it holds, in order.
    Paste(String),
    /// `u`: undo the last statement of a live session; `U`: run it again.
    Undo,
    Redo,
    /// `V`: the built-in engine behaves as the next Python version; what differs is marked.
    CycleVersion,
}
