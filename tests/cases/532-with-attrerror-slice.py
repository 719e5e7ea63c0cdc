# AttributeError on a slice inside `with view`: the view is released at exit, but the slice held by the error keeps the export.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v:
    v[1:].foo
b.write(b"x")
b.write(b"x")
with b as f:
    f.getbuffer()[0:1].nope
b.closed
b.close()
b.close()
b.closed
