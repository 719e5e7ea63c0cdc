# Did-you-mean hints: case-only typos, long names, ties, short names, names equal to a builtin prefix.
import io
b = io.BytesIO(b"abc")
v = b.getbuffer()
b.READ
b.Read
b.getbuf
b.getbufferr
b.re
b.rd
b.x
b.readlinesss
b.close_
b.closd
v.tobyte
v.TOBYTES
v.releas
v.hexx
v.shap
v.nbyte
v.readOnly
v.c
b"x".hexx
b"x".decod
"x".encod
bytearray(b"x").appendd
(1).bitlength
[1].apend
None.foo
io.BytesI
io.bytesio
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
Print
LEN
byts
memview
memoryvieww
bytearay
vv
B
io2
Bytesio
v.release()
