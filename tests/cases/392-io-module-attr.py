# Misspelled attributes of the io module, and using io before it is imported.
io.BytesIO()
import io
io.BytesIo()
io.bytesio()
io.Bytes
io.BytesIO(b"x").read()
