# A body that closes the stream itself: exit's second close() is harmless; a later use in the body fails.
import io
with io.BytesIO(b"abc") as f:
    f.read(1)
    f.close()
    f.closed
f.closed
with io.BytesIO(b"xyz") as g:
    g.close()
    g.read()
    g.tell()
g.closed
