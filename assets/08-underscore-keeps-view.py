# Lesson 8: the prompt's `_` can keep a view alive
# (this demo shows one memory address, which changes from run to run)
import io

b = io.BytesIO(b"abc")
view = b.getbuffer()

# Typing a bare expression shows its value, and the prompt also keeps
# that value in the special name `_`.
view

# So deleting our name does not destroy the view: `_` still refers to it.
del view

# The export is still there, and close() fails.
b.close()

# Showing any other value (not None) replaces `_`. tell() shows 0...
b.tell()

# ...the old view is gone now, and close() works.
b.close()
b.closed
