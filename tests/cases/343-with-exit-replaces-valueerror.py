# A body ValueError is replaced by the exit's BufferError; unlike an AttributeError it holds no view, so del frees it.
import io
with io.BytesIO(b"abc") as f:
    v = f.getbuffer()
    f.seek(-1)
    f.read()
f.closed
f.read()
del v
f.close()
f.closed
