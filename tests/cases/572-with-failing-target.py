# A with target whose store fails (view item, bytearray item, missing list index): the manager is still exited.
import io
b = io.BytesIO(b"abc")
v = b.getbuffer()
ba = bytearray(b"xy")
with io.BytesIO(b"q") as v[0]:
    print("never")
with b.getbuffer() as ba[0]:
    print("never")
v.release()
b.write(b"1")
lst = []
with b.getbuffer() as lst[0]:
    print("never")
b.write(b"2")
with b as missing[0]:
    print("never")
b.closed
b = io.BytesIO(b"abc")
with b as ba[5]:
    pass
b.closed
