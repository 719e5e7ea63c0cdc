//! Memory the machine refuses below the `--max-size` cap is MemoryError, as CPython raises
//! it, never an abort: the binary runs under `ulimit -v` (through sh), where a 1 GB write
//! cannot be had.

use std::path::{Path, PathBuf};
use std::process::Command;

fn script(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bytesio-tui-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write script");
    path
}

/// `bytesio-tui run SCRIPT` with at most `kib` KiB of address space: (exit code, stdout, stderr).
fn run_limited(path: &Path, kib: u64) -> (Option<i32>, String, String) {
    let out = Command::new("sh")
        // The English UI, whatever the caller's locale.
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .arg("-c")
        .arg(format!("ulimit -v {kib} && exec \"$0\" run \"$1\""))
        .arg(env!("CARGO_BIN_EXE_bytesio-tui"))
        .arg(path)
        .output()
        .expect("run sh");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_write_far_past_the_end_is_memory_error_when_the_machine_refuses() {
    let path = script(
        "seek.py",
        "import io\nb = io.BytesIO()\nb.seek(10**9)\nb.write(b'x')\nb.tell(), len(b.getvalue())\nb.seek(3)\nb.write(b'ok')\nb.getvalue()\n",
    );
    let (code, out, err) = run_limited(&path, 2_000_000);
    assert_eq!(code, Some(0), "stderr: {err}");
    assert_eq!(
        out,
        ">>> import io\n>>> b = io.BytesIO()\n>>> b.seek(10**9)\n1000000000\n\
         >>> b.write(b'x')\nMemoryError\n>>> b.tell(), len(b.getvalue())\n(1000000000, 0)\n\
         >>> b.seek(3)\n3\n>>> b.write(b'ok')\n2\n>>> b.getvalue()\nb'\\x00\\x00\\x00ok'\n"
    );
}

#[test]
fn repetitions_and_new_buffers_are_memory_error_when_the_machine_refuses() {
    let path = script(
        "grow.py",
        "x = b'ab' * (4 * 10**8)\ny = bytearray(10**9)\nz = bytes(10**9)\n\
         s = 'a'.ljust(10**8 * 3)\nt = 'ab' * (3 * 10**8)\nn = 1 << (8 * 10**9 - 64)\n\
         (0).to_bytes(10**9, 'big')\n'still here'\n",
    );
    let (code, out, err) = run_limited(&path, 2_000_000);
    assert_eq!(code, Some(0), "stderr: {err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            ">>> x = b'ab' * (4 * 10**8)",
            "MemoryError",
            ">>> y = bytearray(10**9)",
            "MemoryError",
            ">>> z = bytes(10**9)",
            "MemoryError",
            ">>> s = 'a'.ljust(10**8 * 3)",
            "MemoryError",
            ">>> t = 'ab' * (3 * 10**8)",
            "MemoryError",
            ">>> n = 1 << (8 * 10**9 - 64)",
            "MemoryError",
            ">>> (0).to_bytes(10**9, 'big')",
            "MemoryError",
            ">>> 'still here'",
            "'still here'",
        ]
    );
}

#[test]
fn a_power_past_the_operation_budget_stops_the_script_at_once() {
    let path = script("pow.py", "import io\nx = 10**10**8\n");
    let (code, out, err) = run_limited(&path, 4_000_000);
    assert_eq!(code, Some(2), "stdout: {out}");
    assert_eq!(out, ">>> import io\n");
    assert_eq!(
        err,
        format!(
            "{}:2:1: stopped: an int of about 332192809 bits is more than the built-in engine \
             computes (33554432 bits); --engine cpython runs it\n",
            path.display()
        )
    );
}

#[test]
fn an_edit_replayed_without_room_is_memory_error_and_leaves_the_bytes() {
    use bytesio_tui::model::stream::Edit;
    // Stepping and undo replay edits: a size no machine has is refused, not an abort.
    let huge = Edit {
        offset: 0,
        old: Vec::new(),
        new: std::rc::Rc::from(&b"x"[..]),
        old_size: 3,
        new_size: usize::MAX / 2,
    };
    let mut buf = b"abc".to_vec();
    let err = huge
        .apply(&mut buf)
        .expect_err("no room for usize::MAX / 2 bytes");
    assert_eq!(err.ty, bytesio_tui::model::error::ExcType::MemoryError);
    assert_eq!(buf, b"abc");
    let back = Edit {
        old_size: usize::MAX / 2,
        new_size: 3,
        ..huge
    };
    assert!(back.revert(&mut buf).is_err());
    assert_eq!(buf, b"abc");
    // With room, the same edit does its work.
    let small = Edit {
        offset: 4,
        old: Vec::new(),
        new: std::rc::Rc::from(&b"z"[..]),
        old_size: 3,
        new_size: 5,
    };
    small.apply(&mut buf).expect("room for 5 bytes");
    assert_eq!(buf, b"abc\0z");
    small.revert(&mut buf).expect("room");
    assert_eq!(buf, b"abc");
}
