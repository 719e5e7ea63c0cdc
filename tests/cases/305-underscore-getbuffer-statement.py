# (Prints an address: compare masked.) b.getbuffer() as a statement is displayed, so `_` keeps its export.
import io
b = io.BytesIO(b"abc")
b.getbuffer()
b.truncate(1)
_[0]
b.truncate(1)
b.getvalue()
