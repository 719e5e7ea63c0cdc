# Lesson 2: the safe pattern, `with b.getbuffer() as view:`
import io

b = io.BytesIO(b"abcdef")

# A with block releases the view automatically when the block ends,
# so you cannot forget view.release(). Inside the block the view works
# like any other, and an expression statement still shows its value.
with b.getbuffer() as view:
    view[0:2] = b"AB"
    view.tobytes()

# After the block the view is released; using it is an error.
view[0]

# The export is gone, so the stream may grow again: move the cursor to
# the end (whence 2) and append.
b.seek(0, 2)
b.write(b"!")
b.getvalue()

# And closing works without any explicit release().
b.close()
b.closed
