# + and * across list, tuple, str, bytes, bytearray, memoryview (incl. released and strided); unary minus on non-numbers.
[1] + [2]
[1] * 2
2 * (1,)
(1,) + (2,)
[1] + (2,)
(1,) + [2]
"a" + "b"
"ab" * 2
"a" + 1
"a" + b"a"
1 + "a"
b"a" + bytearray(b"b")
bytearray(b"a") + b"b"
bytearray(b"a") + memoryview(b"b")
bytearray(b"a") + "b"
bytearray(b"a") * 2
2 * bytearray(b"a")
memoryview(b"a") + b"b"
memoryview(b"a") * 2
r = memoryview(b"xy")
r.release()
b"a" + r
bytearray(b"a") + r
b"a" + memoryview(b"abcd")[::2]
b"a" + memoryview(b"abcd")[::-1]
bytearray(b"a") + memoryview(b"abcd")[::2]
[1] * True
[1] * -1
"x" * False
-[1]
-"a"
-b"a"
-None
None + None
None * 2
[1] * [2]
[1] * "a"
"a" * "b"
b"a" * None
True + None
(1, [2]) + ([3],)
[] + []
