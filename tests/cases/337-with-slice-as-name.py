# `with view[1:3] as part:` releases only the slice at exit; the parent view and its export live on.
import io
b = io.BytesIO(b"abcd")
view = b.getbuffer()
with view[1:3] as part:
    part[0] = 0x42
    part.tolist()
part.tolist()
view.tobytes()
b.close()
view.release()
b.close()
b.closed
