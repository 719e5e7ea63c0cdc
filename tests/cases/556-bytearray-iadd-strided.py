# `bytearray += view` needs a simple (contiguous) buffer: a strided view gives "can't concat memoryview to bytearray".
ba = bytearray(b"ab")
ba += memoryview(b"wxyz")[::2]
ba += memoryview(b"wxyz")[::-1]
ba += memoryview(b"wxyz")[1:3]
ba
ba + memoryview(b"wxyz")[::2]
b"ab" + memoryview(b"wxyz")[::2]
s = b"ab"
s += memoryview(b"wxyz")[::2]
s
