# `del` of several names releases a view among them; a second name for the stream keeps it usable.
import io
b = io.BytesIO(b"abc")
other = b
view = b.getbuffer()
n = 5
del n, view, b
b
other.write(b"Z")
other.getvalue()
other.close()
other.closed
