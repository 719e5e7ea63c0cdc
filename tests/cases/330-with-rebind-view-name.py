# Rebinding the `as` name inside the body does not stop the exit from releasing the original view.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v:
    v[0] = 0x41
    v = b"other"
    b.write(b"x")
v
b.write(b"x")
b.getvalue()
