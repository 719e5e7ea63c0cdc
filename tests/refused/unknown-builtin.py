import io
b = io.BytesIO(b"abc")
list(b)
