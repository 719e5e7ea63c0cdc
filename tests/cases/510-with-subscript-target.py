# `with ... as lst[0]:` stores into a list element; the view is still released at exit.
import io
b = io.BytesIO(b"abc")
lst = [None, None]
with b.getbuffer() as lst[0]:
    lst[0][1] = 0x42
lst[0].tobytes()
b.getvalue()
b.write(b"x")
with b as lst[1]:
    lst[1].read()
lst[1].closed
t = (1, 2)
with io.BytesIO() as t[0]:
    print("never")
t
