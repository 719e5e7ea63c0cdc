# Lesson 4: writing past the end fills the gap with zero bytes
import io

b = io.BytesIO(b"abc")

# The cursor may be moved beyond the end of the data. seek() allows it.
b.seek(6)

# The data itself has not grown yet: seeking never changes the size.
b.getvalue()

# A write there first fills bytes 3..5 with zeros, then writes.
b.write(b"Z")
b.getvalue()
b.tell()

# A zero-length write far past the end writes nothing, not even zeros.
b.seek(20)
b.write(b"")
b.getvalue()
len(b.getvalue())
