# 'f' and 'd' views: float items, ints and bools accepted, overflow and NaN
import io
b = io.BytesIO(bytes(16))
v = b.getbuffer()
f = v.cast("f")
f[0] = 1.5
f[1] = 0.1
f[2] = 3
f[3] = 1e300
f.tolist()
f[0] = "x"
f[0] = 2**2000
f[0] = True
f[1] = -1e-50
f[0] = None
f[0] = b"1"
f.tolist()
f[-1], f[::2].tolist()
d = v.cast("d")
d[0] = float("nan")
d[1] = -0.0
d.tolist()
d == d
d != d
d == v.cast("d")
[d] == [d]
d[0] == d[0]
d[1] = 2.5
d == v.cast("d"), d[1:] == v.cast("d")[1:]
d[1:].tolist(), d[1] == 2.5
d[0] = 10**308
d[0] = 10**309
d.tolist()
