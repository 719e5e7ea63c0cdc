# Evaluation order of assignments: value first, then target container, then index; chained targets left to right.
import io
b = io.BytesIO(b"\x02\x00\x00\x00")
v = b.getbuffer()
v[b.tell()] = b.read(1)[0]
b.getvalue()
b.tell()
v[b.read(1)[0]] = b.tell()
b.getvalue()
x = [0, 0]
x[0] = x = [5, 6]
x
y = [0, 0]
y = y[0] = [7, 8]
y
missing[0] = b.getbuffer()
lst = [None]
lst[0] = b.getbuffer()
v.release()
b.write(b"z")
lst[0] = 1
b.write(b"z")
lst[5] = b.getbuffer()
b.write(b"z")
lst[missing2] = 5
t = (1,)
t[0] = b.getbuffer()
b.write(b"z")
v = b.getbuffer()
v[0] = missing3
v[missing4] = 1
b"ab"[0] = 1
"ab"[0] = "x"
ba = bytearray(b"ab")
ba[5] = 1
ba[-3] = 1
ba[0] = 256
ba[0] = "x"
ba["x"] = 1
ba[0] = True
ba
lst[True] = 2
lst[-1] = 3
lst[-2] = 3
lst["a"] = 1
lst[9223372036854775808] = 1
lst
v.release()
