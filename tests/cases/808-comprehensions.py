import io
data = b"abc"
[b for b in data]
[hex(b) for b in data if b != 98]
{i: c for i, c in enumerate("xy")}
[x * y for x in [1, 2] for y in [10, 100]]
b = io.BytesIO(b"l1\nl2\n")
[line.strip() for line in b]
sum(x for x in range(5))
list(x for x in b"ab")
[v for v in memoryview(b"hi")]
x = "kept"
[x for x in [1]]
x
[y for y in 5]
