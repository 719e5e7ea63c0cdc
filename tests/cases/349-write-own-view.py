# Writing the stream's own buffer fails (the temporary view is an export); getvalue() or a copy works.
import io
b = io.BytesIO(b"ab")
b.write(b.getbuffer())
b.write(b.getbuffer()[0:1])
b.getvalue()
b.seek(0, 2)
b.write(b.getvalue())
b.write(bytes(b.getbuffer()))
b.write(memoryview(b.getvalue()))
b.getvalue()
other = io.BytesIO(b"xy")
b.write(other.getbuffer())
b.getvalue()
