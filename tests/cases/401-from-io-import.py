# `from io import BytesIO` alone: BytesIO works, io is not defined until it is imported too.
from io import BytesIO
b = BytesIO(b"abc")
b.read()
io.BytesIO()
BytesIO
import io
io.BytesIO
io.BytesIO(b"x").read()
from io import BytesIO
BytesIO(initial_bytes=b"kw").getvalue()
