# Lesson 6: `with b.getbuffer() as view:` also cleans up after an error
import io

b = io.BytesIO(b"hello")

# While the view exists, the stream may not be resized: write() fails
# with a BufferError, and the block stops at that line, so the last
# assignment never runs. The view is released on the way out all the same.
with b.getbuffer() as view:
    view[0] = 0x4A
    b.write(b"!")
    view[1] = 0x45

# The first assignment happened, the last one did not.
b.getvalue()

# The view was released when the block ended, so appending works now.
b.seek(0, 2)
b.write(b"!")
b.getvalue()

# Using the view name now fails: it refers to a released view.
view.tobytes()
