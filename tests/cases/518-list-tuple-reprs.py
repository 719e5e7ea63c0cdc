# Reprs of lists and tuples: nesting, one-element tuples, empty, mixed with bytes/str/bytearray.
()
(1,)
(b"a",)
((),)
[()]
[[], [[]]]
(1, (2, (3,)))
[b"'", "'", bytearray(b"\"'"), None, True]
("a\nb", b"a\nb", "\x00\x7f", "\t")
[1, "x"], (1, "x")
x = 1, 2
x
y = (x, [x])
y
print((), (1,), [], [()], ("a",))
print([b"\xff", "é"], ("\\",))
z = []
z
