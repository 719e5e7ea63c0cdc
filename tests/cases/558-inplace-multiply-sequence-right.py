# `a *= seq`: when the left operand has sequence methods but no repeat (memoryview), CPython does not fall back to the right operand: "unsupported operand type(s) for *=".
x = 2
x *= "ab"
x
x *= b"ab"
x *= [1]
x *= (1,)
y = True
y *= b"q"
n = None
n *= "ab"
m = memoryview(b"ab")
m *= "ab"
m *= b"ab"
m *= 2
2 * "ab"
True * b"q"
m * "ab"
m * 2
s = "ab"
s *= 2
s
b2 = b"ab"
b2 *= m
import io
f = io.BytesIO()
f *= "ab"
f *= 2
