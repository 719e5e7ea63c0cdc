# `with b.getbuffer():` without a name still exports during the body and releases at exit.
import io
b = io.BytesIO(b"abc")
with b.getbuffer():
    b.read()
    b.write(b"x")
    b.tell()
b.tell()
b.write(b"x")
b.getvalue()
