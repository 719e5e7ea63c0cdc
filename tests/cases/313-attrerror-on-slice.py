# An AttributeError on a slice keeps the slice, and so the export, alive after the slice's name is gone.
import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
part = view[1:3]
view.release()
part.relase()
del part
b.write(b"x")
b.write(b"x")
b.getvalue()
