# The with-exit BufferError replaces a body AttributeError but chains it (__context__), so the view stays alive after del.
import io
with io.BytesIO(b"ab") as f:
    v = f.getbuffer()
    v.tobyte()
f.closed
del v
f.close()
f.close()
f.closed
