# Chained assignment binds one view to two names; del of one keeps it, del of both frees it.
import io
b = io.BytesIO(b"abc")
a = c = b.getbuffer()
del a
b.close()
del c
b.close()
b.closed
b2 = io.BytesIO(b"xyz")
x = y = b2.getbuffer()
x = None
b2.write(b"q")
y = None
b2.write(b"q")
b2.getvalue()
