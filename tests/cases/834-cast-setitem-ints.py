# assigning items of integer formats: types and ranges, with the errors naming the format
import io
b = io.BytesIO(bytes(8))
v = b.getbuffer()
h = v.cast("H")
h[0] = 0xffff
h[1] = True
b.getvalue()
h[0] = 0x10000
h[0] = -1
h[0] = "x"
h[0] = 1.5
h[0] = None
h[0] = b"ab"
h[4] = 1
h[4] = "x"
h["a"] = 1
s = v.cast("h")
s[0] = -32768
s[1] = 32767
s[2] = 32768
s[3] = -32769
s.tolist()
bs = v.cast("b")
bs[0] = -128
bs[1] = 127
bs[2] = 128
bs[3] = -129
bs[:4].tolist()
i = v.cast("I")
i[0] = 2**32 - 1
i[1] = 2**32
i[1] = -1
i.tolist()
j = v.cast("i")
j[1] = -2**31
j[1] = 2**31
j.tolist()
a = v.cast("@H")
a[0] = 70000
a[0] = "a"
a.format
b.getvalue()
