# `with` on values that are not context managers fails before the body runs.
import io
b = io.BytesIO(b"abc")
with b.getvalue() as data:
    b.read()
data
with 5:
    pass
with None as n:
    pass
with memoryview(b"ro") as m:
    m.tobytes()
    m.readonly
m.tobytes()
