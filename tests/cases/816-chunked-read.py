import io
stream = io.BytesIO(b"The quick brown fox jumps over the lazy dog")
size = 8
count = 0
while chunk := stream.read(size):
    count += 1
    print(count, chunk)
stream.tell()
stream.seek(0)
parts = []
while True:
    piece = stream.read(16)
    if not piece:
        break
    parts.append(len(piece))
parts
