# In-place `+=`/`*=` on a bytearray with a live memoryview: CPython's resize refuses even same-size resizes of an empty, never-allocated bytearray.
e = bytearray()
m = memoryview(e)
e += b""
e *= 3
e *= 0
e
m.release()
f = bytearray(b"ab")
n = memoryview(f)
f += b""
f *= 1
f *= 0
f
n.release()
g = bytearray(b"a")
g *= 0
o = memoryview(g)
g *= 5
g += b""
g
