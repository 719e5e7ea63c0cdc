# Side effects that stay when a later part of the statement fails: chained targets, list elements, call arguments.
import io
t = (1,)
a = t[0] = 5
a
b = io.BytesIO(b"abc")
lst = [b.write(b"1"), nope]
b.getvalue()
c = d[0] = b.read(1)
c
b.tell()
print(b.read(1), missing)
b.tell()
v = b.getbuffer()
v[0] = v[1] = 300
v[0] = w = 65
w
b.getvalue()
v.release()
