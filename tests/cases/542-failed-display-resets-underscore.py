# A value whose repr fails (int over 4300 digits) is not displayed, and the prompt has already set `_` to None, freeing a view `_` held.
import io
x = 1000000000000
x *= x
x *= x
x *= x
x *= x
x *= x
x *= x
x *= x
x *= x
x *= x
b = io.BytesIO(b"abc")
5
x
print(_)
[b.getbuffer(), 7]
b.write(b"z")
[b.getbuffer(), x]
b.write(b"z")
print(_)
b.getvalue()
