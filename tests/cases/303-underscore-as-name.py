# Assigning to `_` makes a script name that shadows the prompt's `_` (it holds a view here) until it is deleted.
import io
b = io.BytesIO(b"abc")
_ = b.getbuffer()
b.tell()
_.tobytes()
b.close()
del _
_
b.close()
b.closed
