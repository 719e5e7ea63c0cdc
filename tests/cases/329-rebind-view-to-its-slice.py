# Rebinding a view's name to its own slice (`v = v[1:]`) keeps the export through the slice.
import io
b = io.BytesIO(b"abcdef")
v = b.getbuffer()
v = v[1:]
v.tobytes()
b.write(b"x")
v = v[::2]
v.tolist()
v = v.tobytes()
v
b.write(b"x")
b.getvalue()
