# what other operations see of a cast view: bytes for buffers, items for iteration
import io
b = io.BytesIO(bytes(range(1, 9)))
v = b.getbuffer()
h = v.cast("H")
len(h), bool(h), bool(h[:0])
list(h), tuple(h[::2]), [x for x in h if x > 1000]
sum(h), max(h), min(h), sorted(h, reverse=True)
list(reversed(h)), list(enumerate(h[:2]))
513 in h, 1 in h, 2 in h
for x in h[1:3]:
    print(x, hex(x))
bytes(h[::2]), bytearray(h[::-1])
b"-" + h
memoryview(h).format, memoryview(h).tolist(), memoryview(h).obj is v.obj
h.toreadonly().format, h.toreadonly().readonly
h.toreadonly()[0] = 1
c = io.BytesIO()
c.write(h)
c.write(h[::2])
c.getvalue()
b.seek(0)
ba = bytearray(8)
m = memoryview(ba).cast("I")
b.readinto(m)
m.tolist(), ba
b.seek(0)
b.readinto(m[::2])
b.readinto(memoryview(b"abcd").cast("H"))
it = iter(h)
next(it), next(it), type(it)
f"{h[0]:04x} {h.nbytes}"
