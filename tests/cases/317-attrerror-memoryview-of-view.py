# memoryview(view) outlives its parent's release; an AttributeError on it keeps it alive after del.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
again = memoryview(view)
view.release()
again.nbyte
del again
b.truncate(0)
b.truncate(0)
b.getvalue()
