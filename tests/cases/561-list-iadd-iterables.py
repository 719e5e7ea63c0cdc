# `list += iterable` iterates: a BytesIO gives its remaining lines (cursor moves), views/bytes give ints, str gives chars.
import io
b = io.BytesIO(b"one\ntwo\nthree")
b.readline()
l = []
l += b
l
b.tell()
l += b
l += memoryview(b"ab")[::-1]
l += "xy"
l += bytearray(b"\x00")
l += (None,)
l
r = memoryview(b"q")
r.release()
l += r
l += None
l += 5
b.close()
l += b
len(l)
