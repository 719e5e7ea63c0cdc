import io
b = io.BytesIO(b"abc")
for line in b:
    print(line)
