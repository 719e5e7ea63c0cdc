# Calling attributes that are values (closed, nbytes, readonly, shape) or a rebound name fails with TypeError.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
b.closed()
view.nbytes()
view.readonly()
view.shape()
BytesIO = 5
BytesIO()
io.BytesIO(b"ok").read()
view.release()
