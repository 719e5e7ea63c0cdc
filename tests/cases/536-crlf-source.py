# CRLF line endings: echo and multi-line statements are unaffected.
import io
b = io.BytesIO(b"ab")
with b as f:
    f.read()

    f.tell()
x = (1,
     2)
x
