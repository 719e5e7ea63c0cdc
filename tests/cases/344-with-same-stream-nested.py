# The same stream as the context of nested withs: the innermost exit's BufferError propagates, yet the outer exit closes it.
import io
f = io.BytesIO(b"abc")
with f:
    with f:
        f.read(1)
    f.closed
f.closed
g = io.BytesIO(b"xyz")
with g:
    with g.getbuffer() as v:
        with g:
            g.read(1)
        g.read(1)
g.closed
v[0]
