# the _io._BytesIOBuffer holds no export: the stream resizes once its views are gone; acquiring its buffer exports again
import io
b = io.BytesIO(b"abcd")
v = b.getbuffer()
o = v.obj
b.write(b"x")
v.release()
b.write(b"xyz")
b.getvalue()
bytes(o), bytearray(o)
b"-" + o
m = memoryview(o)
m.obj is o, m.readonly, m.tolist(), m.format
b.write(b"1")
m[0] = 65
b.getvalue()
m.release()
b.write(b"1")
b.seek(0)
b.write(o)
b.getvalue()
c = io.BytesIO(o)
c.getvalue()
mc = memoryview(o).cast("H")
mc.tolist(), mc.obj is o
b.truncate(2)
del mc
b.truncate(2)
bytes(o)
del b, v
bytes(o)
memoryview(o).tolist()
