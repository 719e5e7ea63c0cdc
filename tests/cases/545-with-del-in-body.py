# Deleting or rebinding the `as` names inside the body: the with statement still holds the manager and exits it.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v:
    del v
    b.write(b"x")
b.write(b"x")
with b as f:
    del b, f
    5
f
b
c = io.BytesIO(b"xy")
with c.getbuffer()[0:1] as s:
    s.tobytes()
    c.write(b"q")
c.write(b"q")
with memoryview(b"ro") as m:
    m[0] = 1
m.readonly
w = c.getbuffer()
w.release()
with w as w2:
    print("never")
with c as c:
    c.read()
c.closed
d = io.BytesIO(b"d")
with d as e:
    d = io.BytesIO(b"new")
    e.closed
e.closed
d.closed
