# Lesson 13: catching the BufferError, and cleaning up in `finally`
import io

b = io.BytesIO(b"header")
view = b.getbuffer()

# While the view exists, write() would have to resize the buffer the view
# points into, so it raises. `except BufferError` catches it and the
# script goes on.
try:
    b.write(b"-body")
except BufferError as e:
    print("cannot write yet:", e)

# `finally` runs whether or not the block raised: a good place to release.
try:
    view[0] = 72
finally:
    view.release()

# The export is gone, so the same write now succeeds.
b.seek(0, 2)
b.write(b"-body")
b.getvalue()
