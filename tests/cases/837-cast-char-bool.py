# 'c' items are 1-byte bytes; '?' items are bools and take any object's truth
import io
b = io.BytesIO(b"abcdef\x00\x02")
v = b.getbuffer()
c = v.cast("c")
c.tolist()
c[0], c[-1], c[1:3].tolist()
c[0] = b"z"
c[1] = b"zz"
c[1] = b""
c[2] = 65
c[3] = bytearray(b"a")
c[3] = "a"
c[3] = memoryview(b"a")
c[:4].tolist()
list(c), [x for x in c[::3]]
b"a" in c, b"z" in c, 122 in c
q = v.cast("?")
q.tolist()
q[0] = 0
q[1] = "hello"
q[2] = []
q[3] = [0]
q[4] = None
q[5] = 2
q[6] = 0.0
q.tolist(), b.getvalue()
q[8] = 1
q[0] = True
q[0], q[-1], q[1:3].tolist()
