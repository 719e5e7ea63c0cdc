//! Robustness: random statements built from the subset's pieces (odd values, huge ints,
//! released views, closed streams) must never panic the engine.

use bytesio_tui::script::{Config, Session, parse_program};
use proptest::prelude::*;

const VALUES: &[&str] = &[
    "0",
    "1",
    "-1",
    "True",
    "None",
    "255",
    "256",
    "-9223372036854775808",
    "9223372036854775807",
    "9223372036854775808",
    "4611686018427387904",
    "b''",
    "b'ab'",
    "b'\\x00\\xff'",
    "'s'",
    "''",
    "bytearray(3)",
    "bytearray(b'xy')",
    "v",
    "w",
    "b",
    "c",
    "v[1:3]",
    "v[::-1]",
    "v[::2]",
    "memoryview(b'abc')",
    "memoryview(bytearray(2))",
    "[1, 2]",
    "(1,)",
    "b.getbuffer()",
    "io.BytesIO(b'q\\nr')",
    "len(b'abc')",
    "b'x' * 3",
    "-5 * 7",
];

const TEMPLATES: &[&str] = &[
    "b.write(A)",
    "b.seek(A)",
    "b.seek(A, B)",
    "b.read(A)",
    "b.readline(A)",
    "b.readlines(A)",
    "b.readinto(A)",
    "b.truncate(A)",
    "b.writelines(A)",
    "b.getvalue()",
    "b.close()",
    "v = b.getbuffer()",
    "w = A",
    "v.release()",
    "del v",
    "del w",
    "v[A] = B",
    "v[A:B] = C",
    "v[A]",
    "v[A:B]",
    "v.hex(A, B)",
    "v.tobytes(A)",
    "v.tolist()",
    "bytes(A)",
    "bytearray(A)",
    "memoryview(A)",
    "len(A)",
    "A + B",
    "A * B",
    "A - B",
    "-A",
    "bytes.fromhex(A)",
    "print(A, B)",
    "A[B]",
    "A[B] = C",
    "c = io.BytesIO(A)",
    "with A as x:\n    x.read()",
    "with b.getbuffer() as x:\n    x[A] = B",
    "_",
    "x = A",
    "x += A",
    "A.foo",
    "A()",
];

fn statement() -> impl Strategy<Value = String> {
    (
        0..TEMPLATES.len(),
        0..VALUES.len(),
        0..VALUES.len(),
        0..VALUES.len(),
    )
        .prop_map(|(t, a, b, c)| {
            TEMPLATES[t]
                .replace('A', VALUES[a])
                .replace('B', VALUES[b])
                .replace('C', VALUES[c])
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_statements_never_panic(stmts in prop::collection::vec(statement(), 1..30)) {
        let mut script = String::from("import io\nb = io.BytesIO(b'abcdef')\nv = b.getbuffer()\n");
        for s in &stmts {
            script.push_str(s);
            script.push('\n');
        }
        // Some combinations are refused up front (e.g. assigning to a call); that is fine.
        if let Ok(program) = parse_program(&script) {
            let mut session = Session::new(Config { max_size: 1 << 20, journal: true });
            let steps = session.run_program(&program);
            prop_assert_eq!(steps.len(), program.body.len());
            for step in &steps {
                prop_assert!(step.echo.starts_with(">>> "));
            }
            let _ = session.exports();
            let _ = session.streams();
        }
    }
}
