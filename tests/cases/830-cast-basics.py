# memoryview.cast: format, itemsize, nbytes, shape, strides and items of 1-D casts of a getbuffer() view
import io
b = io.BytesIO(b"\x01\x02\x03\x04\x05\x06\x07\x80")
v = b.getbuffer()
h = v.cast("H")
h.format, h.itemsize, h.nbytes, h.ndim, h.shape, h.strides, len(h), h.readonly
h.tolist()
v.cast("h").tolist()
v.cast("I").tolist(), v.cast("i").tolist()
v.cast("Q").tolist(), v.cast("q").tolist()
v.cast("L").tolist(), v.cast("l").tolist()
v.cast("N").tolist(), v.cast("n").tolist(), v.cast("P").tolist()
v.cast("b").tolist()
v.cast("B").tolist()
v.cast("@H").format, v.cast("@H").tolist(), v.cast("@B").itemsize
h.cast("B").tolist()
h.cast("b").format, h.cast("c").format
h.tobytes(), bytes(h), bytearray(h)
h.hex(), h.hex(":", 2)
h.contiguous, h.c_contiguous, h.f_contiguous, h.suboffsets
memoryview(b"").cast("I").tolist(), memoryview(b"").cast("I").shape
