# A typo on a temporary b.getbuffer() keeps that temporary alive through the error; the next error frees it.
import io
b = io.BytesIO(b"abc")
b.getbuffer().tobyte()
b.close()
b.closed
b.close()
b.closed
