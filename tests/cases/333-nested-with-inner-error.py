# An error in an inner `with` body: the inner view is released, the outer stream closed, the error shown.
import io
with io.BytesIO(b"abc") as f:
    with f.getbuffer() as v:
        v[0] = 0x41
        v[5] = 1
        v[1] = 0x42
    f.write(b"never")
f.closed
v.tobytes()
