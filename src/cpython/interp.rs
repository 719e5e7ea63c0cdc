//! Finding a CPython interpreter: `--python 3.12` (`python3.12` on PATH, then under pyenv),
//! `--python /path/to/python`, or `python3` by default.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// An interpreter that answered with its version.
#[derive(Clone, Debug)]
pub struct Interpreter {
    pub path: PathBuf,
    /// `3.11.7`.
    pub version: String,
}

/// No interpreter was found: what was wanted, where it was looked for.
#[derive(Clone, Debug)]
pub struct NotFound {
    pub wanted: String,
    pub looked: Vec<String>,
}

impl std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = if self.wanted == "python3" {
            "CPython 3.10 or newer (the python3 package of your system, or `pyenv install 3.11`)"
                .to_string()
        } else if is_version(&self.wanted) {
            format!(
                "CPython {w} (`pyenv install {w}`, or your system's python{w} package)",
                w = self.wanted
            )
        } else {
            "CPython 3.10 or newer".to_string()
        };
        write!(
            f,
            "no Python interpreter found for --python {} (looked for {}); install {what}, \
             or pass --python /path/to/python3",
            self.wanted,
            self.looked.join(", ")
        )
    }
}

/// True for `3`, `3.12`, `3.12.1`.
fn is_version(s: &str) -> bool {
    !s.is_empty()
        && s.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

fn version_key(s: &str) -> Vec<u64> {
    s.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// Every `name` on PATH, in order.
fn on_path(name: &str) -> Vec<PathBuf> {
    let Some(path) = std::env::var_os("PATH") else {
        return Vec::new();
    };
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .filter(|p| p.is_file())
        .collect()
}

fn pyenv_root() -> Option<PathBuf> {
    if let Some(r) = std::env::var_os("PYENV_ROOT") {
        return Some(PathBuf::from(r));
    }
    std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv"))
}

/// The pyenv installs whose version starts with `v`, newest first.
fn under_pyenv(v: &str) -> Vec<PathBuf> {
    let Some(root) = pyenv_root() else {
        return Vec::new();
    };
    let Ok(dir) = std::fs::read_dir(root.join("versions")) else {
        return Vec::new();
    };
    let mut found: Vec<(Vec<u64>, PathBuf)> = dir
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            (is_version(&name) && (name == v || name.starts_with(&format!("{v}."))))
                .then(|| (version_key(&name), e.path().join("bin").join("python3")))
        })
        .filter(|(_, p)| p.is_file())
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0));
    found.into_iter().map(|(_, p)| p).collect()
}

/// Asks `path` for its version (None if it does not run, or is older than 3.10).
pub fn probe(path: &Path) -> Option<String> {
    probe_executable(path).map(|(v, _)| v)
}

/// The version and the real executable behind `path` (a pyenv shim execs the interpreter
/// through a shell script on every start: the executable itself starts faster).
fn probe_executable(path: &Path) -> Option<(String, Option<PathBuf>)> {
    let out = Command::new(path)
        .args([
            "-c",
            "import sys; print('%d.%d.%d' % sys.version_info[:3]); print(sys.executable)",
        ])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut lines = text.lines();
    let v = lines.next().unwrap_or("").trim().to_string();
    let exe = lines
        .next()
        .map(|l| PathBuf::from(l.trim()))
        .filter(|p| p.is_absolute() && p.is_file());
    let key = version_key(&v);
    (is_version(&v) && key.len() >= 2 && (key[0], key[1]) >= (3, 10)).then_some((v, exe))
}

/// Finds the interpreter `spec` names (None: `python3`).
pub fn find(spec: Option<&str>) -> Result<Interpreter, NotFound> {
    let wanted = spec.unwrap_or("python3").to_string();
    let mut looked = Vec::new();
    let mut candidates: Vec<PathBuf> = Vec::new();
    if wanted.contains('/') {
        looked.push(wanted.clone());
        candidates.push(PathBuf::from(&wanted));
    } else if is_version(&wanted) {
        let name = format!("python{wanted}");
        looked.push(format!("{name} on PATH"));
        candidates.extend(on_path(&name));
        if let Some(root) = pyenv_root() {
            looked.push(format!("{}/versions/{wanted}*", root.display()));
        }
        candidates.extend(under_pyenv(&wanted));
    } else {
        looked.push(format!("{wanted} on PATH"));
        candidates.extend(on_path(&wanted));
    }
    for c in candidates {
        if let Some((version, exe)) = probe_executable(&c) {
            if is_version(&wanted)
                && !(version == wanted || version.starts_with(&format!("{wanted}.")))
            {
                continue;
            }
            return Ok(Interpreter {
                path: exe.unwrap_or(c),
                version,
            });
        }
    }
    Err(NotFound { wanted, looked })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_told_from_paths() {
        assert!(is_version("3.12"));
        assert!(is_version("3"));
        assert!(!is_version("3.x"));
        assert!(!is_version("python3"));
        assert!(version_key("3.12.1") > version_key("3.12.0"));
        assert!(version_key("3.10.13") > version_key("3.9.18"));
    }

    #[test]
    fn not_found_says_what_to_install() {
        let e = find(Some("2.1")).expect_err("no Python 2.1 here");
        let text = e.to_string();
        assert!(text.contains("install CPython 2.1"), "{text}");
        let e = find(Some("/nonexistent/python3")).expect_err("no such path");
        assert!(e.to_string().contains("/nonexistent/python3"));
    }
}
