# `with a as x, b as y:` enters left to right and exits right to left; errors in the second enter.
import io
b = io.BytesIO(b"abc")
with b as f, f.getbuffer() as v:
    v[0] = 0x41
    f.getvalue()
b.closed
c = io.BytesIO(b"abc")
c.close()
d = io.BytesIO(b"xyz")
with d as g, c as h:
    print("body")
d.closed
e = io.BytesIO(b"xyz")
with e.getbuffer() as v1, e as f2:
    print("body2")
e.closed
v1.tobytes()
e.close()
e.closed
