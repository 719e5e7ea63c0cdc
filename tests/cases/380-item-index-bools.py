# True and False index like 1 and 0 on views, bytes and bytearray, for reads, writes and slices.
import io
b = io.BytesIO(b"abc")
v = b.getbuffer()
v[True]
v[False]
v[True] = 0x42
v[False] = True
b.getvalue()
v[True:].tobytes()
v[:True].tolist()
v[::True].tobytes()
b"xyz"[True]
bytearray(b"xyz")[False]
b"xyz"[True:]
v.release()
