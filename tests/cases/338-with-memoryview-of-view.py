# `with memoryview(view) as m:` holds the export even after the parent is released inside the body.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
with memoryview(view) as m:
    view.release()
    m[0] = 0x5A
    b.truncate(1)
b.truncate(1)
b.getvalue()
