//! Names and text of every kind through the renderer: wide (Hangul, CJK, emoji), zero-width,
//! combining marks, right-to-left letters, control characters. Nothing panics at any size,
//! and every width is measured by the rule ratatui draws by.

use bytesio_tui::app::{Action, App, Options, Start, handle_event, update};
use bytesio_tui::ui::text::{fit, pad, tail, width, wrap};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::text::Line;

/// Characters of every width class, including ones no identifier may hold.
fn piece() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec!['a', 'v', 'x', '_', 'Z', '7']),
        // Wide: Hangul, CJK, emoji.
        prop::sample::select(vec!['뷰', '한', '字', '😀', '國']),
        // Combining marks and zero-width characters.
        prop::sample::select(vec![
            '\u{308}', '\u{301}', '\u{200b}', '\u{200d}', '\u{fe0f}'
        ]),
        // Right-to-left letters.
        prop::sample::select(vec!['א', 'ש', 'ب', 'ع']),
        // Control characters.
        prop::sample::select(vec!['\t', '\u{1b}', '\u{7f}', '\u{85}', '\0']),
    ]
}

fn name() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!['v', 'ä', '뷰', 'א', '_']),
        prop::collection::vec(piece(), 0..8),
    )
        .prop_map(|(first, rest)| std::iter::once(first).chain(rest).collect())
}

fn new_app(w: u16, h: u16) -> App {
    let mut app = App::new(Options {
        python: Default::default(),
        max_size: 1 << 20,
        color: false,
        start: Start::Bytes((0..=255u8).cycle().take(300).collect()),
    });
    update(&mut app, Action::Resize(w, h));
    app
}

fn draw(app: &App) -> String {
    let (w, h) = app.term;
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| bytesio_tui::ui::draw(f, app)).expect("draw");
    t.backend().to_string()
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        handle_event(
            app,
            Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Views named with any characters, overlapping and strided, drawn at any size: no
    /// panic, and a name the engine bound shows in the exports panel's count.
    #[test]
    fn any_view_name_draws(a in name(), b in name(), w in 1u16..170, h in 1u16..50) {
        let mut app = new_app(100, 30);
        update(&mut app, Action::RunStatement(format!("{a} = b.getbuffer()")));
        update(&mut app, Action::RunStatement(format!("{b} = {a}[3:40:3]")));
        update(&mut app, Action::RunStatement(format!("{a}[20:22] = b\"zz\"")));
        let bound = app.is_bound(&a);
        update(&mut app, Action::Resize(w, h));
        let s = draw(&app);
        if bound && w >= 80 && h >= 24 {
            prop_assert!(s.contains("exports: 1"), "{}", s);
        }
        // The character column in UTF-8 and the help over it draw too.
        typed(&mut app, "a?");
        draw(&app);
    }

    /// `fit`, `pad`, `tail` and `wrap` never give more columns than asked, measured as
    /// ratatui measures a line it draws.
    #[test]
    fn text_fits_as_ratatui_measures(chars in prop::collection::vec(piece(), 0..24), max in 0usize..20) {
        let s: String = chars.into_iter().collect();
        let f = fit(&s, max);
        prop_assert!(width(&f) <= max);
        prop_assert_eq!(Line::raw(f.clone()).width(), width(&f));
        let p = pad(&s, max);
        prop_assert_eq!(width(&p), max);
        prop_assert!(width(tail(&s, max)) <= max);
        for l in wrap(&s, max.max(2)) {
            prop_assert!(width(&l) <= max.max(2), "{:?}", l);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Pastes of any text (newlines, controls, wide and combining characters) between
    /// random keys, at any size: no panic; and the app still answers a key afterwards.
    #[test]
    fn any_paste_between_any_keys(
        chunks in prop::collection::vec(
            (prop::collection::vec(prop_oneof![piece(), Just('\n'), Just('"'), Just('(')], 0..30),
             prop::sample::select(vec![':', 'w', 'o', '/', 'u', 'a', 'x', 'q', 'n', 'y']),
             any::<bool>()),
            0..6),
        w in 1u16..160,
        h in 1u16..50,
    ) {
        let mut app = new_app(w, h);
        for (text, k, esc) in chunks {
            let text: String = text.into_iter().collect();
            typed(&mut app, &k.to_string());
            handle_event(&mut app, Event::Paste(text));
            if esc {
                handle_event(&mut app, Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
            }
            draw(&app);
        }
        handle_event(&mut app, Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
        handle_event(&mut app, Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
        typed(&mut app, "?");
        prop_assert!(matches!(app.mode, bytesio_tui::app::Mode::Help | bytesio_tui::app::Mode::Confirm(_)), "{:?}", app.mode);
    }
}

/// The name from issue 13: a combining mark in a view's name panicked the grid.
#[test]
fn a_combining_mark_in_a_view_name_draws() {
    let mut app = new_app(100, 30);
    update(
        &mut app,
        Action::RunStatement("v\u{308}iew = b.getbuffer()".into()),
    );
    assert!(app.is_bound("v\u{308}iew"));
    let s = draw(&app);
    assert!(s.contains("╭ v\u{308}iew"), "{s}");
    for (w, h) in [(80, 24), (81, 24), (120, 40), (200, 50)] {
        update(&mut app, Action::Resize(w, h));
        assert!(draw(&app).contains("exports: 1"));
    }
}

/// A Hangul syllable is drawn over its three bytes in the UTF-8 character column.
#[test]
fn utf8_column_draws_korean_over_its_bytes() {
    let mut data = "한국어".as_bytes().to_vec();
    data.extend_from_slice(b" ok");
    let mut app = App::new(Options {
        python: Default::default(),
        max_size: 1 << 20,
        color: false,
        start: Start::Bytes(data),
    });
    update(&mut app, Action::Resize(100, 30));
    let ascii = bytesio_tui::ui::render::text(&app);
    assert!(ascii.contains("......... ok"), "{ascii}");
    typed(&mut app, "a");
    assert!(app.utf8);
    let s = bytesio_tui::ui::render::text(&app);
    assert!(s.contains("한 국 어  ok"), "{s}");
    assert!(s.contains("(UTF-8)"), "{s}");
    typed(&mut app, "a");
    assert!(!app.utf8);
}
