# Lesson 15: a view made inside a function ends with the call
import io

b = io.BytesIO(b"abcdef")

# The view is a local variable of first_two(): when the call returns, its
# frame goes and the view with it, so the export ends too.
def first_two(stream):
    view = stream.getbuffer()
    return bytes(view[:2])

first_two(b)
b.write(b"ok")

# A returned view lives on in the caller's name, and keeps its export.
def window(stream):
    view = stream.getbuffer()
    return view

w = window(b)
b.write(b"no")

# Releasing it ends the export.
w.release()
b.write(b"!")
b.getvalue()
