# Releasing a child view does not release the parent; the export lasts until the parent goes too.
import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
part = view[2:]
part.release()
part[0]
view[2]
b.write(b"x")
view.release()
b.write(b"x")
b.getvalue()
