# the prompt's `_` and last AttributeError keep a cast view (and its export) alive, as for any view
import io
b = io.BytesIO(b"abcdefgh")
b.getbuffer().cast("H")
b.write(b"x")
b.tell()
b.write(b"x")
h = b.getbuffer().cast("I")
h.relase()
del h
b.write(b"y")
b.write(b"y")
h = b.getbuffer().cast("c")
h.tolist
h.tolist()[:2]
h.castt
h.cast("B").obj
del h
b.write(b"z")
1
b.write(b"z")
_
b.getvalue()
