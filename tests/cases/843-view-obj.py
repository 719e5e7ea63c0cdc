# view.obj: the exported object; for getbuffer() views an internal _io._BytesIOBuffer
import io
data = b"xyz"
memoryview(data).obj is data
ba = bytearray(b"ab")
memoryview(ba).cast("c").obj is ba
b = io.BytesIO(b"abcd")
v = b.getbuffer()
o = v.obj
o
type(o)
type(o).__name__
o is v.obj, v[1:].obj is o, v.cast("c").obj is o, memoryview(v).obj is o, v.toreadonly().obj is o
o2 = b.getbuffer().obj
o2 is o
o.foo
o.read
o.__sizeo
o.obj
len(o)
o[0]
o[0] = 1
iter(o)
o == o, o != o, o == b"abcd", o is o
o < o
{o: 1}[o]
bool(o), isinstance(o, bytes)
print(o is not None, repr(o) == str(o))
v.release()
v.obj
