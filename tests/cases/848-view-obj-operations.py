# an _io._BytesIOBuffer among other operations: identity, containers, concatenation, its type
import io
b = io.BytesIO(b"ab")
o = b.getbuffer().obj
type(o) is type(o), type(o) == type(io.BytesIO().getbuffer().obj)
print(type(o), o is None)
id(o) == id(o)
hasattr(o, "foo"), hasattr(o, "__sizeof__"), callable(o)
getattr(o, "x", 5)
[o][0] is o
o in [o], o in (1, 2)
o + b"x"
b"x" * 2 + o
bytearray(b"q") + o
x = bytearray(b"z")
x += o
x
b.write(o)
memoryview(o).cast("H").tolist()
str(o) == repr(o)
type(o)()
