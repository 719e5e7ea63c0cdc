# `with view:` releases the view object even if the name `view` is rebound (or deleted) in the body.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
keep = view
with view:
    view = None
    keep[1] = 0x42
view
keep.tobytes()
b.close()
b.closed
