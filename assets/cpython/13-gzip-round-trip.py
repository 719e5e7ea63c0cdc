# Lesson 13 (CPython engine): a gzip round trip through one BytesIO
import io
import gzip

b = io.BytesIO()

# GzipFile writes a 10-byte header (1f 8b ...), the compressed data, then CRC-32 and size.
# mtime=0 keeps the header the same on every run.
with gzip.GzipFile(fileobj=b, mode="wb", mtime=0) as g:
    g.write(b"hello " * 10)

# 60 bytes of text became fewer bytes of gzip.
b.tell()
b.getvalue()[:2]

# To read what we wrote, go back to the start first: GzipFile reads from the cursor.
b.seek(0)
with gzip.GzipFile(fileobj=b, mode="rb") as g:
    print(g.read())
