//! What outlives a run, in `$XDG_STATE_HOME/bytesio-tui/` (else `~/.local/state/...`):
//! `history`, the `:` prompt's statements, appended as each runs, deduplicated and capped
//! like a shell's when read back; `session.py`, the last live session as a script, kept
//! current as each statement runs (so every exit path, signals included, leaves it), which
//! `--resume` reopens.
//!
//! The app never does this I/O inside [`super::update`]: it queues [`Effect`]s, and
//! [`super::handle_event`] hands them to the store.

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Most history entries kept.
pub const HISTORY_CAP: usize = 1000;

/// The first line of `session.py`; a `--file` session adds `# file: PATH` under it.
const SESSION_HEAD: &str = "# bytesio-tui session (bytesio-tui --resume reopens it)";
const FILE_HEAD: &str = "# file: ";

/// Something to keep, queued by `update`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// A statement run: one history entry.
    History(String),
    /// The live session as a script, whole (`file`: the `--file` it began with).
    Session {
        source: String,
        file: Option<PathBuf>,
    },
    /// A statement to add at the end of the session script.
    SessionAppend(String),
    /// `S`: the session written as a Python script to this file (see `ui::save`).
    SaveScript(PathBuf),
}

/// A saved session: its source and the `--file` it began with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub source: String,
    pub file: Option<PathBuf>,
}

#[derive(Clone, Debug)]
pub struct Store {
    dir: PathBuf,
}

/// The state folder: `$XDG_STATE_HOME/bytesio-tui`, else `$HOME/.local/state/bytesio-tui`
/// (an empty or relative `XDG_STATE_HOME` is ignored, as the spec says).
pub fn locate(xdg_state_home: Option<OsString>, home: Option<OsString>) -> Option<PathBuf> {
    let xdg = xdg_state_home
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let base = xdg.or_else(|| {
        home.map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .map(|h| h.join(".local").join("state"))
    })?;
    Some(base.join("bytesio-tui"))
}

/// A history entry on one line: `\` and newlines escaped.
fn escape(entry: &str) -> String {
    entry.replace('\\', "\\\\").replace('\n', "\\n")
}

fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(c) => out.push(c),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// History entries as a shell keeps them: the latest of equal entries only, the last
/// [`HISTORY_CAP`].
pub fn dedup_cap(entries: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<String> = entries
        .into_iter()
        .rev()
        .filter(|e| !e.trim().is_empty() && seen.insert(e.clone()))
        .take(HISTORY_CAP)
        .collect();
    out.reverse();
    out
}

impl Store {
    /// The store at the state folder the environment names, if there is one.
    pub fn from_env() -> Option<Store> {
        locate(std::env::var_os("XDG_STATE_HOME"), std::env::var_os("HOME")).map(Store::at)
    }

    pub fn at(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn session_path(&self) -> PathBuf {
        self.dir.join("session.py")
    }

    fn history_path(&self) -> PathBuf {
        self.dir.join("history")
    }

    /// The history, oldest first, deduplicated and capped; the file is compacted when it
    /// holds far more lines than that.
    pub fn history(&self) -> Vec<String> {
        let Ok(text) = fs::read_to_string(self.history_path()) else {
            return Vec::new();
        };
        let lines: Vec<String> = text.lines().map(unescape).collect();
        let total = lines.len();
        let kept = dedup_cap(lines);
        if total > 2 * HISTORY_CAP {
            let body: String = kept.iter().map(|e| escape(e) + "\n").collect();
            let _ = self.write_atomic(&self.history_path(), &body);
        }
        kept
    }

    /// The last session, if one was saved.
    pub fn session(&self) -> Option<Saved> {
        let text = fs::read_to_string(self.session_path()).ok()?;
        let mut rest = text
            .strip_prefix(SESSION_HEAD)?
            .strip_prefix('\n')
            .unwrap_or("");
        let mut file = None;
        if let Some(r) = rest.strip_prefix(FILE_HEAD) {
            let (path, after) = r.split_once('\n').unwrap_or((r, ""));
            file = Some(PathBuf::from(unescape(path)));
            rest = after;
        }
        Some(Saved {
            source: rest.to_string(),
            file,
        })
    }

    /// Does what an effect asks; the error says which file failed.
    pub fn apply(&self, effect: &Effect) -> Result<(), String> {
        fs::create_dir_all(&self.dir).map_err(|e| format!("{}: {e}", self.dir.display()))?;
        match effect {
            Effect::History(entry) => self.append(&self.history_path(), &(escape(entry) + "\n")),
            Effect::SessionAppend(text) => {
                let mut line = text.clone();
                line.push('\n');
                self.append(&self.session_path(), &line)
            }
            Effect::Session { source, file } => {
                let mut body = String::from(SESSION_HEAD);
                body.push('\n');
                if let Some(f) = file {
                    body.push_str(FILE_HEAD);
                    body.push_str(&escape(&f.to_string_lossy()));
                    body.push('\n');
                }
                body.push_str(source);
                self.write_atomic(&self.session_path(), &body)
            }
            // Written by the app itself (it needs the session's script), not the store.
            Effect::SaveScript(_) => Ok(()),
        }
    }

    fn append(&self, path: &Path, text: &str) -> Result<(), String> {
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    fn write_atomic(&self, path: &Path, text: &str) -> Result<(), String> {
        let tmp = path.with_extension("tmp");
        fs::write(&tmp, text)
            .and_then(|()| fs::rename(&tmp, path))
            .map_err(|e| format!("{}: {e}", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_folder() {
        let p = |s: &str| Some(OsString::from(s));
        assert_eq!(
            locate(p("/x/state"), p("/home/u")),
            Some(PathBuf::from("/x/state/bytesio-tui"))
        );
        assert_eq!(
            locate(None, p("/home/u")),
            Some(PathBuf::from("/home/u/.local/state/bytesio-tui"))
        );
        assert_eq!(
            locate(p("relative"), p("/home/u")),
            Some(PathBuf::from("/home/u/.local/state/bytesio-tui"))
        );
        assert_eq!(locate(p(""), None), None);
    }

    #[test]
    fn history_is_deduplicated_and_capped_like_a_shell() {
        let e = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            dedup_cap(e(&["a", "b", "a", "c", "b"])),
            e(&["a", "c", "b"])
        );
        let many: Vec<String> = (0..HISTORY_CAP + 50).map(|i| i.to_string()).collect();
        let kept = dedup_cap(many);
        assert_eq!(kept.len(), HISTORY_CAP);
        assert_eq!(kept[0], "50");
        assert_eq!(unescape(&escape("with b:\n    x\\n")), "with b:\n    x\\n");
    }
}
