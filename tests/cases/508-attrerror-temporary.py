# AttributeError on a temporary view or slice keeps it (and its export) until the next error.
import io
b = io.BytesIO(b"abc")
b.getbuffer().relase
b.write(b"x")
b.write(b"x")
b.getbuffer()[1:].foo
b.close()
b.close()
b.closed
b2 = io.BytesIO(b"abc")
memoryview(b2.getbuffer()).tobyte()
nope
b2.write(b"x")
b2.getbuffer().foo
len(5)
b2.write(b"x")
b2.getbuffer().foo
b2.foo
b2.write(b"x")
b2.getvalue()
