import io
b = io.BytesIO(b"abcdef")
def peek(stream):
    view = stream.getbuffer()
    return bytes(view[:2])
peek(b)
b.write(b"ok: the view ended with the call")
b.getvalue()
def keep(stream):
    view = stream.getbuffer()
    return view
v = keep(b)
b.write(b"refused: the returned view lives on")
del v
b.write(b"!")
def hold_and_fail(stream):
    view = stream.getbuffer()
    stream.write(b"x")
hold_and_fail(b)
b.write(b"the view in the failed call is gone")
