# Lesson 10: `del view` gives the export back at once
import io

b = io.BytesIO(b"abcdef")
view = b.getbuffer()

# While the view exists, close() is refused.
b.close()

# The name `view` was the only reference to the view, so deleting it
# destroys the view and returns the export immediately.
del view

# Now close() succeeds.
b.close()
b.closed

# The name is gone: using it is a NameError.
view
