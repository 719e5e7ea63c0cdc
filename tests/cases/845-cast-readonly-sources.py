# casts of memoryview(bytes) and memoryview(bytearray): readonly kept, the bytearray's export shared
ro = memoryview(b"\x10\x00\x20\x00").cast("H")
ro.readonly, ro.tolist(), ro.obj
ro[0] = 1
ro[0:1] = ro[1:2]
{ro.toreadonly(): 1}
{memoryview(b"ab").cast("c"): 1}
{memoryview(b"ab").cast("b"): 2}
{memoryview(b"ab").cast("H"): 1}
{memoryview(b"ab").cast("?"): 1}
{memoryview(bytearray(2)).cast("c"): 1}
ba = bytearray(b"\x01\x00\x00\x00\x02\x00\x00\x00")
w = memoryview(ba).cast("i")
w.tolist()
w[1] = -5
ba
ba.append(0)
ba += b"x"
m = memoryview(ba)
del w
ba.append(0)
m.release()
ba.append(0)
len(ba)
