# The ** operator on ints (2**63 boundaries written as powers), and its errors.
import io
b = io.BytesIO(b"abc")
2 ** 63
b.seek(2 ** 63)
b.seek(2 ** 63 - 1)
b.read(2 ** 63)
b.truncate(-2 ** 63)
-2 ** 2
(-2) ** 3
True ** 2
0 ** 0
b"x" ** 2
2 ** b"x"
x = 3
x **= 2
x
x **= b"x"
b.getbuffer()[0] ** 2
