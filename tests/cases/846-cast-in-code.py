# cast views inside functions, loops and try blocks: words of a stream, errors caught
import io
b = io.BytesIO(b"\x01\x00\x02\x00\x03\x00\x04\x00")
def words(stream):
    return stream.getbuffer().cast("H").tolist()
words(b)
b.write(b"ok")
def total(stream, fmt):
    with stream.getbuffer() as view:
        return sum(view.cast(fmt))
total(b, "H"), total(b, "I"), total(b, "B")
for fmt in ["B", "H", "x", "d", "Q"]:
    try:
        w = b.getbuffer().cast(fmt)
        print(fmt, w.itemsize, len(w))
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
w
del w
h = b.getbuffer().cast("H")
for i in range(len(h)):
    h[i] = h[i] * 3
h.tolist()
try:
    h[0] = 2**20
except ValueError as e:
    print("caught:", e)
del h
b.write(b"!")
b.getvalue()
