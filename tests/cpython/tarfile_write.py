import io
import tarfile
b = io.BytesIO()
data = b"tar me"
info = tarfile.TarInfo("note.txt")
info.size = len(data)
with tarfile.open(fileobj=b, mode="w") as tf:
    tf.addfile(info, io.BytesIO(data))
len(b.getvalue())
b.seek(0)
with tarfile.open(fileobj=b) as tf:
    print(tf.getnames())
