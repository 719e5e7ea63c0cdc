//! `run --compare 3.11,3.16 SCRIPT.py`: the script under several versions, its transcript
//! printed once, and each statement whose output differs shown per version.
//!
//! A version runs under the built-in engine's profile of it, or under a real interpreter of
//! it (`cpython:3.13`, or every version with `--engine cpython` when one is installed).

use std::path::Path;
use std::process::ExitCode;

use super::cli::Engine;
use super::interp;
use super::process::{self, End, Options};
use crate::model::profile::Version;
use crate::model::switch::{self, Switch};
use crate::script::Config;
use crate::script::outcome::{self, Outcome};
use crate::ui::i18n::Lang;

/// One column of the comparison: which version, and which engine runs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub label: String,
    pub version: Option<Version>,
    /// Run by a real interpreter (the spec given to `--python`).
    pub cpython: Option<String>,
}

/// Parses `3.11,3.16` / `3.11,cpython:3.13`. With `all_cpython`, a version with an
/// installed interpreter is engine-backed.
pub fn columns(list: &str, all_cpython: bool) -> Result<Vec<Column>, String> {
    let mut out = Vec::new();
    for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (cpy, spec) = match item.strip_prefix("cpython:") {
            Some(rest) => (true, rest),
            None => (all_cpython, item),
        };
        let version = Version::parse(spec);
        if version.is_none() && !cpy {
            return Err(format!(
                "--compare: '{item}' is not a version from 3.10 to 3.16 (example: 3.11,3.16)"
            ));
        }
        let label = match (cpy, version) {
            (true, _) => format!("cpython {spec}"),
            (false, Some(v)) => v.name(),
            (false, None) => spec.to_string(),
        };
        out.push(Column {
            label,
            version,
            cpython: cpy.then(|| spec.to_string()),
        });
    }
    if out.len() < 2 {
        return Err("--compare: give two versions or more (example: 3.11,3.16)".into());
    }
    Ok(out)
}

/// Each statement's outcome (its transcript, the profile switches it read) under the
/// built-in engine as `v`.
pub fn builtin_statements(
    source: &str,
    v: Version,
    config: &Config,
) -> Result<Vec<Outcome>, String> {
    outcome::outcomes(source, v, config)
}

/// Each statement's transcript under the interpreter `spec`.
pub fn cpython_statements(script: &Path, spec: &str) -> Result<(String, Vec<String>), String> {
    let i = interp::find(Some(spec)).map_err(|e| e.to_string())?;
    let record = process::record(&i, script, &Options::transcript())?;
    if let End::Failed(msg) = &record.end {
        return Err(msg.clone());
    }
    Ok((
        i.version.clone(),
        record
            .statements
            .iter()
            .map(process::Statement::transcript)
            .collect(),
    ))
}

/// The statement's echo (its `>>> ` and `... ` lines) and the rest (what it printed).
fn split_echo(t: &str) -> (&str, &str) {
    let mut at = 0;
    for line in t.split_inclusive('\n') {
        if line.starts_with(">>> ") || line.starts_with("... ") || line == "...\n" {
            at += line.len();
        } else {
            break;
        }
    }
    t.split_at(at)
}

/// The comparison's text: each statement once; where the columns' outputs differ, the echo
/// is followed by one block per column, each line led by the column's label, then why
/// (`why[i]`: the switches of the built-in engine's profiles that explain statement `i`).
pub fn render(labels: &[String], runs: &[Vec<String>], why: &[Vec<Switch>], lang: Lang) -> String {
    let n = runs.iter().map(Vec::len).max().unwrap_or(0);
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    let mut differ = 0;
    for i in 0..n {
        let cells: Vec<&str> = runs
            .iter()
            .map(|r| r.get(i).map_or("", String::as_str))
            .collect();
        let first = cells.iter().find(|c| !c.is_empty()).copied().unwrap_or("");
        let (echo, _) = split_echo(first);
        let rests: Vec<&str> = cells.iter().map(|c| split_echo(c).1).collect();
        let masked: Vec<String> = rests.iter().map(|r| mask_addresses(r)).collect();
        if masked.iter().all(|r| *r == masked[0]) && cells.iter().all(|c| !c.is_empty()) {
            out.push_str(first);
            continue;
        }
        differ += 1;
        out.push_str(echo);
        for (label, (cell, rest)) in labels.iter().zip(cells.iter().zip(&rests)) {
            let text = if cell.is_empty() {
                lang.compare_not_run()
            } else if rest.is_empty() {
                lang.compare_no_output()
            } else {
                rest
            };
            for line in text.lines() {
                out.push_str(&format!("  {label:>width$} │ {line}\n"));
            }
        }
        for s in why.get(i).into_iter().flatten() {
            out.push_str(&format!("  # {}\n", lang.switch_reason(*s)));
        }
    }
    out.push_str(&lang.compare_summary(differ, n, labels));
    out
}

/// Addresses (`0x7f3a10000140`) differ from run to run, not from version to version.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let tail = &rest[i + 2..];
        let n = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        if n >= 6 {
            out.push('…');
        } else {
            out.push_str(&tail[..n]);
        }
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

/// `run --compare LIST SCRIPT.py`.
pub fn command(
    script: &Path,
    list: &str,
    engine: Option<Engine>,
    config: Config,
    lang: Lang,
) -> ExitCode {
    let cols = match columns(list, engine == Some(Engine::Cpython)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("bytesio-tui: {e}");
            return ExitCode::from(2);
        }
    };
    let source = match std::fs::read_to_string(script) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bytesio-tui: {}: cannot read: {e}", script.display());
            return ExitCode::from(2);
        }
    };
    let mut labels = Vec::new();
    let mut runs = Vec::new();
    // The built-in columns' outcomes, for why their statements differ.
    let mut builtin: Vec<(Version, Vec<Outcome>)> = Vec::new();
    for c in &cols {
        let run = match (&c.cpython, c.version) {
            (Some(spec), v) => match cpython_statements(script, spec) {
                Ok((found, r)) => {
                    labels.push(format!("cpython {found}"));
                    Ok(r)
                }
                // No interpreter of that version here: its profile stands in, said so.
                Err(e) if v.is_some() && engine == Some(Engine::Cpython) => {
                    eprintln!(
                        "bytesio-tui: {e}; {} is the built-in engine's profile",
                        c.label
                    );
                    labels.push(v.map(Version::name).unwrap_or_default());
                    let v = v.unwrap_or_default();
                    builtin_statements(&source, v, &config).map(|o| keep(&mut builtin, v, o))
                }
                Err(e) => Err(e),
            },
            (None, Some(v)) => {
                labels.push(c.label.clone());
                builtin_statements(&source, v, &config).map(|o| keep(&mut builtin, v, o))
            }
            (None, None) => Err(format!("'{}' is not a version", c.label)),
        };
        match run {
            Ok(r) => runs.push(r),
            Err(e) => {
                eprintln!("{}: {}: {e}", script.display(), c.label);
                return ExitCode::from(2);
            }
        }
    }
    let n = runs.iter().map(Vec::len).max().unwrap_or(0);
    let why: Vec<Vec<Switch>> = (0..n).map(|i| reasons(&builtin, i)).collect();
    print!("{}", render(&labels, &runs, &why, lang));
    ExitCode::SUCCESS
}

/// Keeps a built-in column's outcomes; returns its transcripts.
fn keep(builtin: &mut Vec<(Version, Vec<Outcome>)>, v: Version, o: Vec<Outcome>) -> Vec<String> {
    let t = o.iter().map(|x| x.transcript.clone()).collect();
    builtin.push((v, o));
    t
}

/// The switches that statement `i` read under some built-in column whose values differ
/// between two of those columns' versions.
fn reasons(builtin: &[(Version, Vec<Outcome>)], i: usize) -> Vec<Switch> {
    let mut read: Vec<Switch> = builtin
        .iter()
        .filter_map(|(_, o)| o.get(i))
        .flat_map(|o| o.read.iter().copied())
        .collect();
    read.sort_unstable();
    read.dedup();
    let mut out = Vec::new();
    for (a, _) in builtin {
        for (b, _) in builtin {
            for s in switch::between(&read, *a, *b) {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_parse() {
        let c = columns("3.11, 3.16", false).expect("two versions");
        assert_eq!(c[0].label, "3.11");
        assert_eq!(c[1].version, Some(Version::V316));
        assert!(c[1].cpython.is_none());
        let c = columns("3.11,cpython:3.13", false).expect("engine-backed");
        assert_eq!(c[1].cpython.as_deref(), Some("3.13"));
        assert!(columns("3.11", false).is_err());
        assert!(columns("3.11,2.7", false).is_err());
    }

    #[test]
    fn only_differing_statements_are_split() {
        let a = vec![
            ">>> x\n1\n".to_string(),
            ">>> b.close()\nBufferError: E\n".into(),
        ];
        let b = vec![">>> x\n1\n".to_string(), ">>> b.close()\n".into()];
        let labels = ["3.11".to_string(), "3.16".into()];
        let text = render(&labels, &[a.clone(), b.clone()], &[], Lang::En);
        assert_eq!(
            text,
            ">>> x\n1\n>>> b.close()\n  3.11 │ BufferError: E\n  3.16 │ (no output)\n\
             # 1 statement of 2 differs between 3.11 and 3.16\n"
        );
        // The app's words in Korean; CPython's lines as they are.
        let text = render(&labels, &[a, b], &[], Lang::Ko);
        assert_eq!(
            text,
            ">>> x\n1\n>>> b.close()\n  3.11 │ BufferError: E\n  3.16 │ (출력 없음)\n\
             # 문장 2개 중 1개가 3.11, 3.16 사이에서 다름\n"
        );
    }
}
