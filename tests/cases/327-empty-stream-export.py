# getbuffer() on an empty stream gives an empty view that still counts as an export.
import io
e = io.BytesIO()
v = e.getbuffer()
len(v)
v.tolist()
v.hex()
v.tobytes()
v[0]
e.write(b"")
e.close()
v.release()
e.write(b"")
e.close()
e.closed
