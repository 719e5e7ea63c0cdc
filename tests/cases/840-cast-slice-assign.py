# slice assignment to a cast view needs a source of the same format and item count
import io
b = io.BytesIO(bytes(range(8)))
v = b.getbuffer()
h = v.cast("H")
h[0:2] = b"abcd"
h[0:2] = bytearray(4)
h[0:2] = h[2:4]
h.tolist()
h[0:2] = v.cast("h")[2:4]
h[0:2] = v.cast("@H")[0:2]
h[0:2] = h[2:3]
h[0:2] = "ab"
h[0:2] = 5
h[::0] = h[0:2]
h[::0] = "ab"
h[::2] = h[1::2]
h.tolist()
h[::-1] = h
h.tolist()
v[0:4] = v.cast("c")[4:8]
v[0:4] = v.cast("b")[4:8]
v[0:4] = v.cast("@B")[4:8]
v.tolist()
c = v.cast("c")
c[0:2] = b"xy"
c[0:2] = c[6:8]
c[0:2] = memoryview(b"pq").cast("c")
c.tolist()
r = memoryview(b"abcd").cast("H")
r[0:1] = r[1:2]
r[0] = 1
h[1:1] = h[1:1]
h[9:] = b""
b.getvalue()
