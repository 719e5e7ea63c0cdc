# == between cast views, plain views and bytes: equal shapes, then items compared unpacked
import io
b = io.BytesIO(b"\x01\x00\x02\x00\xff\xff")
v = b.getbuffer()
h = v.cast("H")
h == v
h == v.cast("H")
h == v.cast("@H")
h == v.cast("h")
h[:2] == v.cast("h")[:2]
h == b.getvalue()
h == [1, 2, 65535]
h.tolist() == [1, 2, 65535]
v.cast("c") == v
v.cast("c") == b.getvalue()
v.cast("b") == v
v.cast("b")[:4] == v[:4]
v.cast("B") == b.getvalue()
v.cast("@B") == v
v.cast("?") == memoryview(b"\x01\x01\x01\x01\x01\x01").cast("?")
v.cast("?") == v
memoryview(b"").cast("H") == b""
memoryview(b"").cast("c") == memoryview(b"").cast("f")
h != v.cast("h"), h != v.cast("H")
w = v.cast("H")
w.release()
w == w, w == h, w != w
h < h
memoryview(b"\x02\x00").cast("?") == memoryview(b"\x01\x00").cast("?")
memoryview(b"\x02").cast("?") == memoryview(b"\x01").cast("@?")
memoryview(b"\x02").cast("?") == memoryview(b"\x01")
memoryview(b"\x02").cast("?") == memoryview(b"\x01").cast("b")
q = memoryview(b"\x02\x03").cast("?")
q == q, q.tolist()
