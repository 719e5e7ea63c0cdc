# Parenthesized with-items (3.10+ grammar): `with (a, b):` enters two managers; `with (a, b) as t:` is a tuple and fails.
import io
b = io.BytesIO(b"ab")
c = io.BytesIO(b"cd")
with (b, c):
    b.read()
b.closed, c.closed
b = io.BytesIO(b"ab")
with (b as f, b.getbuffer() as v,):
    v[0] = 65
    f.getvalue()
b.closed
b = io.BytesIO(b"ab")
with (b, b) as t:
    print("never")
b.closed
with (b):
    b.read()
b.closed
