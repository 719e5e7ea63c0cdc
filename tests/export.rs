//! `render --format ansi|svg|html`: frames in colour. The ANSI form of a few styled frames is
//! snapshot (escape characters shown as `␛`), so a change of colour or style shows as a
//! diff; the SVG and HTML of the BufferError modal are opened in headless Chromium and the
//! screenshot is checked for the modal's colour where the modal is.

#[allow(dead_code)]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use bytesio_tui::app::{Action, update};
use bytesio_tui::script::timeline::Timeline;
use bytesio_tui::script::{Config, parse_program};
use bytesio_tui::ui::export::{self, Format};
use bytesio_tui::ui::render;
use insta::assert_snapshot;

const SEED: &str = "assets/01-seed-getbuffer.py";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The app at `step` of a demo, in colour.
fn colored(script: &str, step: usize) -> bytesio_tui::app::App {
    let path = root().join(script);
    let text = std::fs::read_to_string(&path).expect("reads");
    let program = parse_program(&text).expect("parses");
    let mut app =
        render::script_app(&path, program, Some(step), 1 << 30, 100, 30).expect("renders");
    app.color = true;
    app
}

/// The step after which `close()` fails with the BufferError modal.
fn failing_close() -> usize {
    let text = std::fs::read_to_string(root().join(SEED)).expect("reads");
    let t = Timeline::record(parse_program(&text).expect("parses"), Config::default());
    let i = t
        .steps()
        .iter()
        .position(|s| s.error.as_ref().is_some_and(|e| e.stream.is_some()))
        .expect("the seed lesson's close() fails");
    i + 1
}

fn visible(ansi: &str) -> String {
    common::mask(&ansi.replace('\x1b', "␛"))
}

#[test]
fn ansi_frames_keep_colour_and_style() {
    let modal = failing_close();
    for (name, script, step) in [
        ("seed_modal", SEED, modal),
        ("seed_write_through_view", SEED, 4),
        ("korean_text", "assets/14-korean-text.py", 7),
    ] {
        let app = colored(script, step);
        let ansi = export::ansi(&render::buffer(&app));
        // Without its escapes the ANSI form is the text form, row for row (trailing
        // blanks aside).
        let plain = strip(&ansi);
        let text = render::text(&app);
        assert_eq!(
            plain.lines().map(str::trim_end).collect::<Vec<_>>(),
            text.lines().collect::<Vec<_>>(),
            "{name}"
        );
        assert_snapshot!(format!("ansi_{name}"), visible(&ansi));
    }
}

#[test]
fn the_help_overlay_in_ansi() {
    let mut app = colored(SEED, 0);
    update(&mut app, Action::ToggleHelp);
    assert_snapshot!("ansi_help", visible(&export::ansi(&render::buffer(&app))));
}

/// Removes SGR sequences.
fn strip(ansi: &str) -> String {
    let mut out = String::new();
    let mut chars = ansi.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn the_command_writes_each_format() {
    let run = |format: &str| {
        let o = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
            // The English UI, whatever the caller's locale.
            .env("LC_ALL", "C.UTF-8")
            .env("LANG", "C.UTF-8")
            .current_dir(root())
            .args(["render", SEED, "--step", "7", "--format", format])
            .output()
            .expect("runs");
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).expect("UTF-8")
    };
    let app = colored(SEED, 7);
    let buffer = render::buffer(&app);
    let mut plain = colored(SEED, 7);
    plain.color = false;
    // Addresses differ from one process to the next: compare them masked.
    let same = |a: &str, b: &str| assert_eq!(common::mask(a), common::mask(b));
    same(&run("text"), &render::text(&plain));
    same(&run("ansi"), &export::ansi(&buffer));
    let svg = run("svg");
    same(
        &svg,
        &export::write(&buffer, Format::Svg, "01-seed-getbuffer.py"),
    );
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\""));
    assert!(svg.contains("<title>01-seed-getbuffer.py</title>"));
    let html = run("html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    // One element per cell: the page's text, tags left out, is the frame's.
    let mut page = String::new();
    let mut in_tag = false;
    for c in html[html.find("<div class=\"term\">").expect("the grid")..].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => page.push(c),
            _ => {}
        }
    }
    let page = common::mask(
        &page
            .replace("&gt;", ">")
            .replace("&lt;", "<")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&"),
    );
    for line in common::mask(&render::text(&plain)).lines() {
        assert!(page.contains(line), "{line}");
    }
    let o = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
        // The English UI, whatever the caller's locale.
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "C.UTF-8")
        .current_dir(root())
        .args(["render", SEED, "--format", "gif"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
}

/// Headless Chromium, or None (skipped) when it is missing; CI must have it.
fn chromium() -> Option<&'static str> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let ok = Command::new(name)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Some(name);
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true and no chromium on PATH: apt-get install chromium");
    }
    eprintln!("skipped: no chromium on PATH (apt-get install chromium)");
    None
}

/// A screenshot of `file` at 900x540, decoded as RGB rows.
fn screenshot(browser: &str, file: &Path, dir: &Path) -> (usize, usize, Vec<[u8; 3]>) {
    let png = dir.join(format!(
        "{}.png",
        file.file_name()
            .map_or("shot".into(), |n| n.to_string_lossy())
    ));
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--window-size=900,540",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts chromium");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().expect("waits") {
            assert!(status.success(), "chromium: {status}");
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium took over 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let bytes = std::fs::read(&png).expect("the screenshot");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buf).expect("decodes");
    let channels = match info.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("unexpected PNG colour type {other:?}"),
    };
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let pixels = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    (info.width as usize, info.height as usize, pixels)
}

/// The modal's box in cells (left, top, right, bottom, inclusive), read from the text frame.
fn modal_box(text: &str) -> (usize, usize, usize, usize) {
    let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    let top = lines
        .iter()
        .position(|l| l.iter().collect::<String>().contains("┌ BufferError"))
        .expect("the modal's title");
    let s: String = lines[top].iter().collect();
    let left = s
        .find("┌ BufferError")
        .map(|b| s[..b].chars().count())
        .expect("left");
    let right = (left + 1..lines[top].len())
        .find(|&x| lines[top][x] == '┐')
        .expect("right");
    let bottom = (top + 1..lines.len())
        .find(|&y| lines[y].get(left) == Some(&'└'))
        .expect("bottom");
    (left, top, right, bottom)
}

/// Pixels within the cells of `area`, and how many of them are near `color`.
fn count_near(
    (w, _, pixels): &(usize, usize, Vec<[u8; 3]>),
    (l, t, r, b): (usize, usize, usize, usize),
    color: [u8; 3],
) -> usize {
    let mut n = 0;
    for y in t * 18..(b + 1) * 18 {
        for x in l * 9..(r + 1) * 9 {
            let p = pixels[y * w + x];
            let d: i32 = (0..3)
                .map(|i| (i32::from(p[i]) - i32::from(color[i])).abs())
                .sum();
            if d < 60 {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn the_modal_frame_opens_in_a_browser_with_the_modals_colours() {
    let Some(browser) = chromium() else { return };
    let dir = std::env::temp_dir().join(format!("bytesio-tui-export-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let step = failing_close();
    let render = |format: &str, step: usize| {
        let o = Command::new(env!("CARGO_BIN_EXE_bytesio-tui"))
            // The English UI, whatever the caller's locale.
            .env("LC_ALL", "C.UTF-8")
            .env("LANG", "C.UTF-8")
            .current_dir(root())
            .args([
                "render",
                SEED,
                "--step",
                &step.to_string(),
                "--format",
                format,
            ])
            .output()
            .expect("runs");
        assert_eq!(o.status.code(), Some(0));
        let file = dir.join(format!("step{step}.{format}"));
        std::fs::write(&file, o.stdout).expect("writes");
        file
    };
    let text = render::text(&{
        let mut a = colored(SEED, step);
        a.color = false;
        a
    });
    let modal = modal_box(&text);
    // The theme's modal colour (light red) and the page's background.
    const RED: [u8; 3] = [0xf1, 0x4c, 0x4c];
    const BACK: [u8; 3] = [0x1e, 0x1e, 0x1e];
    // The panel above the modal, clear of it.
    let above = (0, 0, 40, modal.1.saturating_sub(2));
    for format in ["svg", "html"] {
        let shot = screenshot(browser, &render(format, step), &dir);
        assert_eq!((shot.0, shot.1), (900, 540), "{format}");
        assert_eq!(shot.2[shot.0 * 539 + 899], BACK, "{format}: the background");
        let red = count_near(&shot, modal, RED);
        // The border alone is over 180 cells of line.
        assert!(red > 1500, "{format}: {red} light-red pixels in the modal");
        // Its bottom border runs red across every cell, its sides down every row.
        let (l, t, r, b) = modal;
        for x in l..=r {
            assert!(
                count_near(&shot, (x, b, x, b), RED) > 0,
                "{format}: no red in the modal's bottom border at column {x}"
            );
        }
        for y in t..=b {
            for x in [l, r] {
                assert!(
                    count_near(&shot, (x, y, x, y), RED) > 0,
                    "{format}: no red in the modal's side at row {y}"
                );
            }
        }
        assert_eq!(
            count_near(&shot, above, RED),
            0,
            "{format}: red outside the modal"
        );
        // One step earlier there is no modal: the same box has next to no light red.
        let before = screenshot(browser, &render(format, step - 1), &dir);
        let red_before = count_near(&before, modal, RED);
        eprintln!("{format}: {red} light-red pixels in the modal's box, {red_before} before it");
        assert!(
            red_before * 20 < red,
            "{format}: {red_before} light-red pixels there before the modal, {red} with it"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
