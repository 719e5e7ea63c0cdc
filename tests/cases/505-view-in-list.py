# A view inside a list literal: bound list keeps it; displayed list kept in `_`.
import io
b = io.BytesIO(b"abc")
lst = [b.getbuffer()]
b.write(b"x")
len(lst)
del lst
b.write(b"x")
[b.getbuffer(), 1]
b.write(b"y")
_
1
b.write(b"y")
b.getvalue()
t = (b.getbuffer(),)
b.write(b"z")
t = 0
b.write(b"z")
x = [b.getbuffer()][0][1:2]
b.write(b"w")
x.tobytes()
x = 1
b.write(b"w")
b.getvalue()
