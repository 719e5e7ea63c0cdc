# The view covers the data (size), not the cursor: seeking past the end does not grow it.
import io
b = io.BytesIO(b"abc")
b.seek(10)
b.tell()
len(b.getbuffer())
b.write(b"!")
len(b.getbuffer())
b.getbuffer().tobytes()
b.getbuffer()[-1]
b.tell()
