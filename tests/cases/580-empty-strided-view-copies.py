# Empty reversed/strided views: copying consumers (bytes, bytearray, tobytes, hex, tolist, slice-assign source) accept them; simple-buffer ones refuse.
import io
b = io.BytesIO(b"abcdef")
v = b.getbuffer()
e = v[0:0:-1]
bytes(e)
bytearray(e)
e.tobytes()
e.hex()
e.tolist()
v[0:0] = e
e[:] = b""
e[::-1] = b""
ba = bytearray(b"xy")
ba[0:0] = e
ba
memoryview(e).tolist()
len(memoryview(e))
e.nbytes, e.shape, e.readonly
m = memoryview(bytearray(b"pq"))[1:1:-1]
b.write(m)
b.readinto(m)
bytearray(b"z") + m
e.release()
v.release()
