# Lesson 14 (CPython engine): base64 reads one BytesIO and writes another
import io
import base64

# Bytes that are not text: a zero byte and 0xff.
src = io.BytesIO(b"BytesIO \x00\xff bytes")
out = io.BytesIO()

# base64.encode reads src in chunks and writes lines of base64 text into out.
base64.encode(src, out)
out.getvalue()

# src's cursor is at its end now; out's too. Rewind out before decoding it.
out.seek(0)
back = io.BytesIO()
base64.decode(out, back)
back.getvalue()
