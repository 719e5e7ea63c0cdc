# The edges of the version switches, as 3.11 behaves: each line is one that --python 3.10, 3.12 or 3.13 words or decides differently.
import io
with 1:
    pass
io.BytesIo
int("1" * 5000)
"abc"[1, 2]
1 % 0
1 // 0
1.0 % 0
getattr(1, 2)
hasattr(1, 2)
int[1]
def f():
    z += 1
f()
min([])
max([], key=len)
chr(2**100)
l = [0, 1, 2]
l[0:2] = 5
l[::2] = 5
(5).to_bytes()
(5).to_bytes(2, "big", 1)
int.from_bytes(b"\x01\x02")
(1).is_integer()
True.is_integer()
sum([0.1] * 10)
sum([0.1, 1e100, 0.1, -1e100])
sum([1.5, 2, True, 0.25])
{}[1:2]
{}[[]:2]
memoryview(b"ab").cast("e")
[1, 2].sort(reverse=1.5)
sorted([2, 1], reverse=None)
format(5, "z")
format(-0.0, "z.1f")
format(5, "=%e=5")
"a".find()
"a".find("a", 0, 1, 2)
b"a".count()
"a".replace("a")
int(1, 2, 3)
"a".find("a", start=0)
io.BytesIO().fileno(x=1)
b = io.BytesIO()
b *= "ab"
b *= 2
