# indexing and slicing a cast view: items, negative indexes, steps counted in items
import io
b = io.BytesIO(bytes(range(1, 17)))
v = b.getbuffer()
h = v.cast("H")
h[0], h[1], h[-1], h[-8], h[True]
h[8]
h[-9]
h[2**63]
h["1"]
h[1.0]
h[(1,)]
h[1, 2]
h[()]
h[2:5].tolist(), h[2:5].shape, h[2:5].strides, h[2:5].nbytes
h[::2].tolist(), h[::2].strides
h[::-1].tolist(), h[::-1].strides
h[::-3].tolist()
h[5:2:-1].tolist()
h[10:20].tolist(), h[1:1].strides
h[::0]
h[1::2][1:3].tolist()
h[::2].tobytes(), h[::-2].hex()
i = v.cast("i")
i[-1], i[1:3].tolist(), i[::-1][0]
v.cast("q")[1], v.cast("Q")[-1]
