import io
b = io.BytesIO(b"abc"
b.read()
