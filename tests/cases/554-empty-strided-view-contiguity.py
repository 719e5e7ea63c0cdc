# Contiguity follows CPython's 1-D flag rule (shape 1 or stride 1): an empty reversed/strided view is NOT contiguous, a 1-element strided one is.
import io
b = io.BytesIO(b"abcdef")
v = b.getbuffer()
e = v[0:0:-1]
len(e)
one = v[::10]
len(one)
c = io.BytesIO()
c.write(e)
c.write(v[3:1:2])
c.write(v[0:0])
c.write(one)
c.write(v[2:0:-5])
c.getvalue()
io.BytesIO(e)
io.BytesIO(one).getvalue()
b"x" + e
b"x" + one
c.readinto(e)
c.readinto(v[5:4:-1])
b.getvalue()
c.writelines([e])
e.release()
one.release()
v.release()
