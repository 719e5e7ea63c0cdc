# Body error replaced by exit BufferError; view body error with outer stream; nested with views.
import io
b = io.BytesIO(b"abc")
with b as f:
    keep = f.getbuffer()
    nope
b.closed
with b as f:
    f.read(1, 2)
b.closed
del keep
with b as f:
    k2 = f.getbuffer()
    f.foo
b.closed
del k2
b.closed
nope2
b.closed
b.close()
