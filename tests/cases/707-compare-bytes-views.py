b'a' == b'a'
b'a' < b'b'
b'ab' > b'a'
b'a' == bytearray(b'a')
bytearray(b'a') == b'a'
b'a' < bytearray(b'b')
bytearray(b'a') < b'b'
bytearray(b'a') <= bytearray(b'a')
m = memoryview(b'abc')
m == b'abc'
b'abc' == m
m == bytearray(b'abc')
bytearray(b'abc') == m
m == m
m == memoryview(b'abc')
m != b'abd'
m == [97, 98, 99]
m < b'b'
b'a' < m
m < m
bytearray(b'a') < m
m < bytearray(b'b')
m[1:] == b'bc'
m[::2] == b'ac'
m.release()
m == m
m == b'abc'
b'abc' == m
bytearray(b'abc') == m
bytearray(b'abc') < m
import io
s = io.BytesIO(b'abc')
s == s
s == io.BytesIO(b'abc')
v = s.getbuffer()
v == b'abc'
v == s.getvalue()
del v
s < s
