import io
a, b = 1, 2
a, b = b, a
a, b
first, *rest = b"hello"
first, rest
*init, last = [1, 2, 3]
init, last
(x, y), z = (1, 2), 3
x, y, z
p, q = [1]
p, q = 1, 2, 3
p, q = 7
h, *m, t = "ab"
h, m, t
s = io.BytesIO(b"a\nb\n")
one, two = s
one, two
[*b"ab", *"cd"]
print(*[1, 2], sep="-")
