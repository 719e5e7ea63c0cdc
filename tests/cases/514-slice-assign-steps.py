# Slice assignment through views with negative steps, overlap via strided views, empty slices.
import io
b = io.BytesIO(b"abcdefgh")
v = b.getbuffer()
v[::-1] = b"12345678"
b.getvalue()
v[::2] = v[1::2]
b.getvalue()
v[::-2] = b"WXYZ"
b.getvalue()
v[1:7][::-1] = v[0:6]
b.getvalue()
v[5:2] = b""
v[5:2] = b"x"
v[100:] = b""
v[-100:-99] = b""
v[::99999999999999999999] = b"Q"
b.getvalue()
v[::-1] = v
b.getvalue()
v[:] = v[::-1]
b.getvalue()
v[0:2] = memoryview(b"zz")
v[0:2] = bytearray(b"yy")
v[0:2] = v[::-1][0:2]
b.getvalue()
v[0:2] = memoryview(b"zz")[::-1]
b.getvalue()
v[0:2] = 5
v[0:2] = None
v[0:2] = [1, 2]
v[0:3:0] = b"abc"
v[0:3:0] = 5
v[0:8:3] = b"ab"
v["a":] = b"x"
v["a":] = "x"
r = memoryview(b"abc")
r[0:0] = b""
r[::0] = "x"
v.release()
