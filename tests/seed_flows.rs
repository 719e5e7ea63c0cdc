//! The seed text's three flows, step by step, against the session API.

use bytesio_tui::script::{Config, Session, parse_program};

fn run(src: &str) -> (Session, Vec<bytesio_tui::script::Step>) {
    let program = parse_program(src).expect("parses");
    let mut session = Session::new(Config::default());
    let steps = session.run_program(&program);
    (session, steps)
}

fn exports_of_b(session: &Session) -> usize {
    session.stream("b").expect("b is a stream").exports()
}

#[test]
fn getbuffer_slice_assignment_then_failing_close_then_release() {
    let (session, steps) = run(
        "import io\nb = io.BytesIO(b\"abcdef\")\nview = b.getbuffer()\nview[2:4] = b\"sa\"\n\
         b.read()\nb.getvalue()\nb.close()\nview.release()\nb.close()\nb.closed\n",
    );
    // The seed's comment is wrong: the cursor starts at 0, so read() returns everything.
    assert_eq!(steps[4].output, "b'absaef'\n");
    assert_eq!(steps[5].output, "b'absaef'\n");
    let close = steps[6]
        .error
        .as_ref()
        .expect("close fails while the view lives");
    assert_eq!(
        close.line,
        "BufferError: Existing exports of data: object cannot be re-sized"
    );
    assert!(steps[8].error.is_none());
    assert_eq!(steps[9].output, "True\n");
    assert_eq!(exports_of_b(&session), 0);
}

#[test]
fn write_tell_seek_read() {
    let (session, steps) = run(
        "import io\nb = io.BytesIO()\nb.write(b\"Hello world!!!!\")\nb.tell()\nb.seek(0)\nb.read()\n",
    );
    let out: Vec<&str> = steps.iter().map(|s| s.output.as_str()).collect();
    assert_eq!(out, ["", "", "15\n", "15\n", "0\n", "b'Hello world!!!!'\n"]);
    assert_eq!(session.stream("b").map(|s| s.pos()), Some(15));
}

#[test]
fn del_view_releases_the_export() {
    let (session, steps) = run(
        "import io\nb = io.BytesIO(b\"abcdef\")\nview = b.getbuffer()\nb.close()\ndel view\nb.close()\n",
    );
    assert!(steps[3].error.is_some());
    assert!(steps[5].error.is_none());
    assert!(session.stream("b").is_some_and(|s| s.closed()));
}

#[test]
fn exports_name_their_holders() {
    let (session, _) = run(
        "import io\nb = io.BytesIO(b\"abcdef\")\nview = b.getbuffer()\npart = view[2:5]\nview.release()\n",
    );
    let exports = session.exports();
    assert_eq!(exports.len(), 1, "the slice keeps the one export");
    let e = &exports[0];
    let en = bytesio_tui::ui::i18n::Lang::En;
    assert_eq!(en.label(&e.label), "b");
    assert_eq!(e.origin.line, 3);
    assert_eq!(e.views.len(), 1);
    assert_eq!(en.range(&e.views[0].range), "b[2:5]");
    assert!(e.views[0].derived);
    assert_eq!(
        e.holders(),
        vec![bytesio_tui::script::Root::Name("part".into())]
    );
    assert_eq!(exports_of_b(&session), 1);
}

#[test]
fn underscore_and_last_error_are_holders() {
    let (session, _) = run(
        "import io\nb = io.BytesIO(b\"abc\")\nv = b.getbuffer()\nv\nw = b.getbuffer()\nw.relase()\ndel v, w\n",
    );
    let roots: Vec<_> = session.exports().iter().flat_map(|e| e.holders()).collect();
    assert!(roots.contains(&bytesio_tui::script::Root::Underscore));
    assert!(roots.contains(&bytesio_tui::script::Root::LastError));
    assert_eq!(exports_of_b(&session), 2);
}
