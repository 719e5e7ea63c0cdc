import io
def write_all(stream, *chunks, sep=b"", end=b"\n"):
    for c in chunks:
        stream.write(c)
        stream.write(sep)
    stream.write(end)
    return stream.tell()
b = io.BytesIO()
write_all(b, b"a", b"b", sep=b",")
b.getvalue()
def info(name, size=0, **extra):
    print(name, size, extra)
info("x")
info("y", 3, mode="rb")
info()
info("a", 1, 2)
info("a", name="b")
def only_kw(*, flag):
    return flag
only_kw(flag=True)
only_kw(True)
only_kw()
def pos_only(a, b, /, c=3):
    return a + b + c
pos_only(1, 2)
pos_only(1, b=2)
args = [b"x", b"y"]
write_all(io.BytesIO(), *args)
opts = {"sep": b"-"}
write_all(b, *args, **opts)
def nothing():
    pass
print(nothing())
nothing
(lambda x, y=2: x * y)(5)
