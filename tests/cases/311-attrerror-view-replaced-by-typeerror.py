# The AttributeError that holds a view is replaced by any later error, here a TypeError and a ValueError.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
view.relaese()
del view
len(5)
b.truncate(1)
view = b.getbuffer()
view.relaese()
del view
b.seek(-1)
b.close()
b.closed
