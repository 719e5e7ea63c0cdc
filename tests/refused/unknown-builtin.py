import io
b = io.BytesIO(b"abc")
vars(b)
