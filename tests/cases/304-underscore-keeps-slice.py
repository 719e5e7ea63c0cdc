# (Prints an address: compare masked.) A displayed slice of a view held by `_` keeps the export.
import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
view[1:3]
del view
b.write(b"x")
_.tobytes()
b.write(b"x")
b.getvalue()
