# AttributeError on a list/tuple holding a view, or on a view's bound method, keeps the view alive.
import io
b = io.BytesIO(b"abc")
[b.getbuffer()].foo
b.write(b"x")
b.write(b"x")
(b.getbuffer(), 1).foo
b.write(b"x")
b.write(b"x")
b.getbuffer().release.foo
b.write(b"x")
b.write(b"x")
b.getbuffer().tolist().foo
b.write(b"x")
b.getbuffer()[0].foo
b.write(b"x")
b.getbuffer().readonly.foo
b.write(b"x")
m = b.getbuffer().hex
m.foo
del m
b.write(b"x")
b.write(b"x")
b.getvalue()
