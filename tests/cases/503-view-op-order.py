# Released view with bad key / bad value / readonly combos; readonly + out of range.
import io
b = io.BytesIO(b"abcdef")
v = b.getbuffer()
v.release()
v["x"]
v[100]
v[::0]
v[0] = "x"
v[100] = 256
v[0:1] = "x"
v[::0] = b"x"
v.hex(5)
v.tolist(1)
v.release(1)
v.tobytes(1)
len(v)
r = memoryview(b"abc")
r[100] = 1
r["x"] = 1
r[0] = "x"
r[0] = 300
r[0:1] = "x"
r[::0] = "x"
r[0:5] = b"x"
r["x"]
r[9223372036854775808]
r[-9223372036854775808]
r[-4]
r[3]
r[-3]
r[True]
r[None]
w = memoryview(bytearray(b"abc"))
w["x"] = 256
w[9223372036854775808] = 1
w[9223372036854775808] = "x"
w[-4] = "x"
w[0] = 18446744073709551616
w[0] = -1
w[0] = None
w[0] = True
w.tobytes()
