# a cast view belongs to its parent's family: one export, kept by whichever view lives
import io
b = io.BytesIO(b"abcdefgh")
v = b.getbuffer()
h = v.cast("H")
b.write(b"x")
v.release()
b.write(b"x")
h.tolist()
h2 = h[1:]
h.release()
b.write(b"x")
h2.tolist(), h2.obj is not None
del h2
b.write(b"x")
b.getvalue()
c = b.getbuffer().cast("c")
b.write(b"y")
del c
b.write(b"y")
with b.getbuffer().cast("H") as w:
    w[0] = 0x4141
    b.write(b"z")
w
b.write(b"z")
b.getvalue()
k = b.getbuffer()[2:6].cast("H").cast("B")
k.tolist()
b.close()
del k
b.close()
