# After the parent is released, deriving from it fails, but deriving from a live child still works.
import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
child = view[1:5]
view.release()
view[1:2]
memoryview(view)
grand = memoryview(child)
grand2 = child[::-1]
grand2.tobytes()
child.release()
grand.tobytes()
del grand
b.close()
del grand2
b.close()
b.closed
