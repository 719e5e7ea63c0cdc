# Lesson 7: slices and memoryview(view) share the parent's export
import io

b = io.BytesIO(b"abcdef")
view = b.getbuffer()

# A slice is a new view on the same memory, not a copy.
part = view[2:5]
part.tobytes()

# memoryview(view) is another view on the same memory too.
again = memoryview(view)

# Releasing the parent releases only the parent object.
view.release()

# The slice still works, and writes through it reach the stream.
part[0] = 0x43
b.getvalue()

# The slice and `again` still hold the export, so close() fails.
b.close()

# Only when the last member of the family is gone is the export returned.
part.release()
b.close()
again.release()
b.close()
b.closed
