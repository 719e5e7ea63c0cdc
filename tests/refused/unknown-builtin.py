import io
b = io.BytesIO(b"abc")
open("data.bin", "rb")
