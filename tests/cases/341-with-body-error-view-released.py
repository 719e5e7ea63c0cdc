# A body error inside `with b.getbuffer() as v:` still releases v; the body error is what shows.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v:
    v[0] = 0x58
    b.write(b"y")
    v[1] = 0x59
v[0]
b.write(b"y")
b.getvalue()
