# readlines results are bytes, hold nothing; lists of slices of a view keep the export.
import io
b = io.BytesIO(b"a\nb\nc")
lines = b.readlines()
lines
b.write(b"x")
v = b.getbuffer()
parts = [v[0:1], v[2:3]]
v.release()
b.write(b"y")
parts[0].tobytes()
parts[1].release()
b.write(b"y")
del parts
b.write(b"y")
b.getvalue()
