//! Random statements of the subset, built from templates and odd values, for robustness and
//! differential tests.

use bytesio_tui::script::parse_program;

pub const VALUES: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "True",
    "False",
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
    "b'x\\ny\\n'",
    "'s'",
    "''",
    "':'",
    "bytearray(3)",
    "bytearray(b'xy')",
    "v",
    "w",
    "b",
    "c",
    "v[1:3]",
    "v[::-1]",
    "v[::2]",
    "v[0:0]",
    "memoryview(b'abc')",
    "memoryview(bytearray(2))",
    "[1, 2]",
    "[b'p', b'q']",
    "(1,)",
    "()",
    "b.getbuffer()",
    "io.BytesIO(b'q\\nr')",
    "len(b'abc')",
    "b'x' * 3",
    "-5 * 7",
    "2 ** 63",
    "_",
    "'H'",
    "'c'",
    "'@B'",
    "v.cast('H')",
];

pub const TEMPLATES: &[&str] = &[
    "b.write({A})",
    "b.seek({A})",
    "b.seek({A}, {B})",
    "b.read({A})",
    "b.read1({A})",
    "b.readline({A})",
    "b.readlines({A})",
    "b.readinto({A})",
    "b.truncate({A})",
    "b.writelines({A})",
    "b.getvalue()",
    "b.tell()",
    "b.close()",
    "b.closed",
    "b.flush()",
    "v = b.getbuffer()",
    "w = {A}",
    "v.release()",
    "w.release()",
    "del v",
    "del w",
    "v[{A}] = {B}",
    "v[{A}:{B}] = {C}",
    "v[{A}]",
    "v[{A}:{B}]",
    "v[{A}:{B}:{C}]",
    "v.hex({A}, {B})",
    "v.hex({A})",
    "v.tobytes({A})",
    "v.tolist()",
    "w = v.cast({A})",
    "w = b.getbuffer().cast('H')",
    "w = v[{A}:{B}].cast('c')",
    "v.cast({A}, {B})",
    "w.cast({A}).tolist()",
    "w[{A}] = {B}",
    "w[{A}:{B}] = {C}",
    "w.tolist()",
    "w == {A}",
    "w.obj",
    "v.obj",
    "v.nbytes",
    "v.readonly",
    "bytes({A})",
    "bytearray({A})",
    "memoryview({A})",
    "len({A})",
    "{A} + {B}",
    "{A} * {B}",
    "{A} - {B}",
    "-{A}",
    "bytes.fromhex({A})",
    "print({A}, {B})",
    "print({A}, sep={B})",
    "{A}[{B}]",
    "{A}[{B}] = {C}",
    "c = io.BytesIO({A})",
    "c.getvalue()",
    "with {A} as x:\n    x.read()",
    "with b.getbuffer() as x:\n    x[{A}] = {B}",
    "with b:\n    b.write({A})",
    "_",
    "x = {A}",
    "x += {A}",
    "{A}.foo",
    "{A}()",
    "{A}",
    "isinstance({A}, bytes)",
    "type({A})",
    "repr({A})",
    "list({A})",
    "hex({A})",
    "for y in {A}:\n    print(y)",
    "for i, y in enumerate({A}):\n    v[i] = y",
    "if {A}:\n    b.write({B})\nelif {C}:\n    b.seek(1)\nelse:\n    b.tell()",
    "try:\n    b.write({A})\nexcept BufferError as e:\n    print('caught', e)\nfinally:\n    print('done')",
    "try:\n    v[{A}] = {B}\nexcept (TypeError, ValueError, IndexError) as e:\n    e\nelse:\n    'no error'",
    "def f(s, n={A}):\n    return s.read(n)",
    "f(b)",
    "f(b, {A})",
    "def g(*a, **k):\n    w = b.getbuffer()\n    return len(a)",
    "g({A}, {B})",
    "while b.read(2):\n    b.tell()",
    "[y for y in {A}]",
    "[y for y in {A} if y]",
    "x = {A} if b.tell() else {B}",
    "{A} == {B}",
    "{A} != {B}",
    "{A} < {B}",
    "{A} in {B}",
    "{A} is {B}",
    "not {A}",
    "{A} and {B}",
    "{A} or {B}",
    "k = lambda q: q[{A}]",
    "k({A})",
    "p, *q = {A}",
    "f\"{b.tell()} {{A}!r}\"",
    "assert {A}, {B}",
    "raise ValueError({A})",
];

/// A small deterministic generator (no dependency on the test runner's randomness).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// One statement from `TEMPLATES` with values filled in.
pub fn statement(rng: &mut Rng) -> String {
    let t = TEMPLATES[rng.below(TEMPLATES.len())];
    let mut s = t.to_string();
    for slot in ["{A}", "{B}", "{C}"] {
        let v = VALUES[rng.below(VALUES.len())];
        s = s.replacen(slot, v, 1);
    }
    s
}

/// A script of `n` statements after a fixed preamble; statements that do not parse on their
/// own (e.g. assigning to a call) are dropped one by one, not the whole script.
pub fn script(rng: &mut Rng, n: usize) -> (String, usize) {
    let mut src = String::from("import io\nb = io.BytesIO(b'abcdef')\nv = b.getbuffer()\n");
    let mut dropped = 0;
    for _ in 0..n {
        let s = statement(rng);
        if parse_program(&format!("{s}\n")).is_ok() {
            src.push_str(&s);
            src.push('\n');
        } else {
            dropped += 1;
        }
    }
    (src, dropped)
}
