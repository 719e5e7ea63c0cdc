import io
import gzip
b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode="wb", mtime=0) as g:
    g.write(b"hello " * 10)
b.getvalue()[:3]
b.tell()
b.seek(0)
with gzip.GzipFile(fileobj=b, mode="rb") as g:
    print(g.read())
