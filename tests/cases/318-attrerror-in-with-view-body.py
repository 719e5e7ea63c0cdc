# An AttributeError inside `with b.getbuffer() as v:` holds v, but v is released at exit: close() works.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v:
    v[0] = 0x41
    v.tobyte()
    v[1] = 0x42
b.getvalue()
b.close()
b.closed
