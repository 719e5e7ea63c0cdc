//! Signals through a real pseudo-terminal: SIGTERM ends the app with the terminal restored
//! (raw mode off, the alternate screen left), whether the app is idle or busy in a long
//! statement the engine cannot interrupt. Needs `python3` (its `pty` support); skipped
//! without it.

use std::process::Command;

/// Opens the app in a pty, optionally starts a long statement, sends SIGTERM, and reports
/// the exit status (within 10 s) and whether the terminal was restored.
const DRIVER: &str = r#"
import fcntl, os, select, signal, struct, subprocess, sys, termios, time
exe, mode = sys.argv[1], sys.argv[2]
master, slave = os.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
before = termios.tcgetattr(slave)
p = subprocess.Popen([exe], stdin=slave, stdout=slave, stderr=slave, start_new_session=True)
def read_for(secs):
    out = b""
    end = time.time() + secs
    while time.time() < end:
        r, _, _ = select.select([master], [], [], 0.05)
        if r:
            try:
                out += os.read(master, 65536)
            except OSError:
                break
    return out
out = read_for(3.0)
if b"\x1b[?1049h" not in out:
    p.kill()
    print("no alternate screen")
    sys.exit(0)
if mode == "busy":
    # 10**10**8 keeps the engine busy for minutes.
    os.write(master, b":x = 10**10**8\r")
    out += read_for(1.0)
p.send_signal(signal.SIGTERM)
try:
    code = p.wait(timeout=10)
except subprocess.TimeoutExpired:
    p.kill()
    print("still running 10 s after SIGTERM")
    sys.exit(0)
out += read_for(0.3)
after = termios.tcgetattr(slave)
left = out.rfind(b"\x1b[?1049l") > out.rfind(b"\x1b[?1049h")
print(f"exit={code} termios_restored={after == before} left_alternate_screen={left}")
"#;

fn drive(mode: &str) -> Option<String> {
    let out = Command::new("python3")
        .args(["-c", DRIVER, env!("CARGO_BIN_EXE_bytesio-tui"), mode])
        // The English UI, whatever the caller's locale.
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!("skipped: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

const RESTORED: &str = "exit=143 termios_restored=True left_alternate_screen=True";

#[test]
fn sigterm_while_idle_restores_the_terminal() {
    if let Some(report) = drive("idle") {
        assert_eq!(report, RESTORED);
    }
}

#[test]
fn sigterm_while_busy_in_a_long_statement_still_ends_the_app() {
    if let Some(report) = drive("busy") {
        assert_eq!(report, RESTORED);
    }
}
