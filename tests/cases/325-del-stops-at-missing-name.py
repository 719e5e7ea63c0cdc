# `del` stops at the first missing name: names before it are gone, the view after it is still bound.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
x = 1
del x, missing, view
x
view[0]
b.close()
del view, x
b.close()
b.closed
