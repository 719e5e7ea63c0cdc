# Lesson 5: truncate() only ever shrinks
import io

b = io.BytesIO(b"abcdef")
b.seek(4)

# truncate(2) cuts the data to 2 bytes and returns its argument.
b.truncate(2)
b.getvalue()

# The cursor does not move: it stays at 4, past the new end.
b.tell()

# truncate() never extends: asking for 10 bytes keeps 2 bytes,
# yet it still returns 10, the number it was given.
b.truncate(10)
b.getvalue()

# With no argument it truncates at the cursor (4), which is past the
# end, so nothing changes; it returns 4.
b.truncate()
b.getvalue()

# Writing at the cursor now zero-fills bytes 2 and 3 first.
b.write(b"!")
b.getvalue()

# A negative size is an error.
b.truncate(-1)
