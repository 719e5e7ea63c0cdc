# memoryview() of a strided slice shares its memory and keeps the export once the parent is released.
import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
m = memoryview(view[::2])
m.tolist()
m.readonly
len(m)
view.release()
m[1] = 0x43
b.getvalue()
b.truncate(2)
m.release()
b.truncate(2)
b.getvalue()
