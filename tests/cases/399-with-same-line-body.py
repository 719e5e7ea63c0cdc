# Compound statements with the body on the same line, and `;` inside a body.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v: v[0] = 0x41
b.getvalue()
with b.getbuffer() as v: v[1] = 0x42; v.tobytes()
with b: b.read(); b.closed
b.closed
with io.BytesIO(b"q") as f:
    f.read(); f.tell()
    f.closed; print("in")
