# Attribute errors on None, ints, bytes and bytearray values returned by stream methods.
import io
b = io.BytesIO(b"abc")
b.close().closed
c = io.BytesIO()
c.write(b"x").tell()
c.getvalue().getvalue()
c.getvalue().hexx()
bytearray(b"x").tobyte()
c.closed.closed
