# Slice assignment from views of the same memory behaves as if the source were copied first.
import io
b = io.BytesIO(b"abcdef")
v = b.getbuffer()
v[::-1] = v
b.getvalue()
v[1:] = v[:-1]
b.getvalue()
v[:-1] = v[1:]
b.getvalue()
v[::2] = v[1::2]
b.getvalue()
v[::-2] = v[:3]
b.getvalue()
v[:] = b"012345"
v[2:5] = v[::-2]
b.getvalue()
v[0:2] = v[0:2]
b.getvalue()
v.release()
