import io
b = io.BytesIO(b"abc")
class Reader:
    pass
