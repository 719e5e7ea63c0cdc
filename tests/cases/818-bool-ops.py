import io
b = io.BytesIO()
b.read() or "empty"
[] and undefined
0 or None
1 and 2 and 3
not b.closed
x = b.getvalue() if b.tell() else b"nothing"
x
1 < 2 < 3
1 < 3 < 2
b is b, b is not None
None is None
