# Inner body TypeError, inner view released, but a kept slice makes the outer exit's BufferError win.
import io
with io.BytesIO(b"abcd") as f:
    with f.getbuffer() as v:
        keep = v[1:3]
        len(f)
    f.write(b"never")
f.closed
keep.tobytes()
del keep
f.closed
f.close()
f.closed
