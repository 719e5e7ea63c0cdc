# A bound method of a view keeps the view alive; calling release through it frees the export.
import io
b = io.BytesIO(b"abc")
m = b.getbuffer().release
b.write(b"x")
m()
b.write(b"x")
t = b.getbuffer().tobytes
b.write(b"y")
t()
b.write(b"y")
del t
b.write(b"y")
h = b.getbuffer()[1:].hex
b.write(b"z")
h()
h = None
b.write(b"z")
b.getvalue()
g = b.getbuffer
g()
b.write(b"q")
0
b.write(b"q")
