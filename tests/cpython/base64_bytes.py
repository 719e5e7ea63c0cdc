import io
import base64
src = io.BytesIO(b"BytesIO \x00\xff bytes")
out = io.BytesIO()
base64.encode(src, out)
out.getvalue()
out.seek(0)
back = io.BytesIO()
base64.decode(out, back)
back.getvalue()
