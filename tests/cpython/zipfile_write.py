import io
import zipfile
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as zf:
    zf.writestr("hello.txt", "Hello, BytesIO!\n")
b.tell()
b.getvalue()[:4]
len(b.getvalue())
b.seek(0)
zipfile.ZipFile(b).namelist()
zipfile.ZipFile(b).read("hello.txt")
