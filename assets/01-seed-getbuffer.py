# Lesson 1: patching a stream through getbuffer()
import io

# A BytesIO is an in-memory file. Its cursor starts at 0, at the
# beginning of the initial bytes, not at the end.
b = io.BytesIO(b"abcdef")

# getbuffer() gives a memoryview: a window onto the stream's own bytes.
# No copy is made, and while the view exists the stream is "exported".
view = b.getbuffer()

# Assigning through the view changes bytes 2 and 3 in place.
# The cursor does not move and the size stays 6.
view[2:4] = b"sa"

# The cursor is still 0, so read() returns the whole patched content.
b.read()

# getvalue() ignores the cursor and always returns everything.
b.getvalue()

# Closing would free the memory the view still points at, so CPython
# refuses with a BufferError while the export exists.
b.close()

# Release the view first: the export is given back...
view.release()

# ...and now the stream can be closed.
b.close()
b.closed
