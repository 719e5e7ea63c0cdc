# `with b.getbuffer() as v:` on a closed stream fails while evaluating the expression: v is not bound.
import io
b = io.BytesIO(b"abc")
b.close()
with b.getbuffer() as v:
    v[0]
v
with b:
    b.tell()
