# Tuple keys held in a name: a 1-tuple of ints indexes a 1-D view; longer tuples, (), and tuples of slices give their own errors.
import io
b = io.BytesIO(b"abc")
v = b.getbuffer()
k = (1,)
v[k]
v[k] = 66
b.getvalue()
k2 = (1, 2)
v[k2]
v[k2] = 1
e = ()
v[e]
v[e] = 1
k3 = (-1,)
v[k3]
k4 = (3,)
v[k4]
k5 = (True,)
v[k5]
k6 = ("x",)
v[k6]
k7 = (9223372036854775808,)
v[k7]
b"abc"[k]
[1, 2][k]
"ab"[k]
bytearray(b"ab")[k]
t = (1, 2)
t[k]
v.release()
v[k]
