# Successful statements (including displays and print) do not clear the last error; only a new error does.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
view.tolst()
del view
b.tell()
1 + 1
print("still held")
b.getvalue()
b.close()
b.close()
b.closed
