# with on objects that are not context managers: types, modules, functions, bound methods, tuples, bytearray, str.
import io
b = io.BytesIO(b"x")
with io.BytesIO:
    print("never")
with io:
    print("never")
with len:
    print("never")
with b.read:
    print("never")
with (b,):
    print("never")
with bytearray(b"a"):
    print("never")
with "s" as z:
    print("never")
with None:
    pass
with b, None:
    print("never")
b.closed
