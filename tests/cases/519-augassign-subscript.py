# Augmented assignment to a view item / slice (refused by the engine as outside the subset?).
import io
b = io.BytesIO(b"abc")
v = b.getbuffer()
v[0] += 1
b.getvalue()
v[0] += 300
v[0:1] += b"x"
v.release()
