import io
text = "한국어"
data = text.encode()
data
len(text), len(data)
b = io.BytesIO(data)
b.read(3).decode()
b.read(1).decode()
b.read().decode("utf-8", "replace")
"한".encode("ascii")
b"\xed\x95".decode()
data.decode("utf-16")
"abc".encode("latin-1")
"é".encode("utf-16-le")
