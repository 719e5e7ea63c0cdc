# A released view (or strided view) passed as the argument of other operations: which error each raises.
import io
b = io.BytesIO(b"abcd")
v = b.getbuffer()
r = memoryview(b"xy")
r.release()
v[0:2] = r
v[0] = r
v[r] = 1
v[r]
ro = memoryview(b"zz")
ro[0:2] = r
io.BytesIO(r)
io.BytesIO(v[::2])
io.BytesIO(v[::-1])
io.BytesIO(v[1:3]).getvalue()
b.write(r)
b.writelines([r])
v.release()
b.write(r)
b.writelines([r])
b.readinto(r)
b.close()
b.write(r)
b.writelines([r])
bytes.fromhex(r)
b"a" * r
r * 2
len(r)
bytes(r)
bytearray(r)
memoryview(r)
print(r.readonly)
r.hex()
r.tolist()
r.nbytes
r.shape
r.ndim
r.format
r.itemsize
r.release()
