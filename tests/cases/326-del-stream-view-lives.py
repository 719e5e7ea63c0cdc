# Deleting the stream while a view lives: the view keeps its memory and keeps working.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
del b
view[0] = 0x7A
view.tobytes()
view[::-1].tolist()
b
view.release()
view.tobytes()
