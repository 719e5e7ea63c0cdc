# Blank lines and comment lines inside a with body are part of its echo; a trailing comment is not.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v:

    # change the first byte
    v[0] = 0x41

    v.tobytes()  # shows the change
    # last comment in the body
b.getvalue()
with io.BytesIO() as f:
    f.write(b"x")  # one byte

    f.getvalue()
f.closed
