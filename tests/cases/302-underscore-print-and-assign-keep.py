# print() and assignments display nothing, so `_` keeps the last displayed value.
import io
b = io.BytesIO(b"xyz")
7
print(8)
_
print(_)
n = b.write(b"Q")
_
n
_
