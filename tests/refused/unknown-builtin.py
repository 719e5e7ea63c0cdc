import io
b = io.BytesIO(b"abc")
sorted(b)
