# (Prints addresses: compare masked.) A view displayed inside `with ... as v:` is released at exit, so `_` holds nothing.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v:
    v
    v[0]
    v
b.close()
_
b.closed
