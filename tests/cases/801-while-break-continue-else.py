import io
b = io.BytesIO(b"abcdefghij")
chunks = []
while True:
    chunk = b.read(3)
    if not chunk:
        break
    chunks.append(chunk)
chunks
b.seek(0)
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("loop ended without break")
i = 0
while i < 3:
    i += 1
    if i == 2:
        break
else:
    print("not printed")
i
while b.read(4):
    b.tell()
