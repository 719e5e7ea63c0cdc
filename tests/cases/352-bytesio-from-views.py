# BytesIO() and bytes + of views: contiguous views are copied, strided ones fail, released ones fail.
import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
c = io.BytesIO(view)
c.write(b"Z")
c.getvalue()
b.getvalue()
io.BytesIO(view[2:4]).read()
io.BytesIO(view[::2])
b"<" + view[::2]
b"<" + view[1:3]
bytes(view[::-2])
view.release()
io.BytesIO(view)
b"<" + view
