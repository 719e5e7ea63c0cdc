# Rebinding the `as` name to a second getbuffer(): the exit releases the first, the second stays exported.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v:
    v = b.getbuffer()
    v[2] = 0x43
v.tobytes()
b.write(b"x")
del v
b.write(b"x")
b.getvalue()
