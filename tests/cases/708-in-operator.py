'a' in 'abc'
'' in 'abc'
'x' not in 'abc'
1 in 'abc'
b'b' in b'abc'
98 in b'abc'
True in b'\x01'
300 in b'abc'
-1 in bytearray(b'a')
'a' in b'a'
bytearray(b'bc') in b'abc'
memoryview(b'bc') in bytearray(b'abc')
b'' in b''
1 in [1, 2]
1.0 in [1, 2]
[1] in [[1], 2]
3 in (1, 2)
'a' in {'a': 1}
1 in {'a': 1}
[] in {1: 2}
{} in {1: 2}
1 in {'a': 1}.values()
'a' in {'a': 1}.keys()
('a', 1) in {'a': 1}.items()
('a', 2) in {'a': 1}.items()
'a' in {'a': 1}.items()
3 in range(0, 10, 3)
4 in range(0, 10, 3)
-3 in range(0, -10, -3)
3.0 in range(5)
'a' in range(5)
True in range(5)
10 ** 20 in range(10 ** 30)
97 in memoryview(b'abc')
b'a' in memoryview(b'abc')
1 in 5
1 in None
import io
s = io.BytesIO(b'a\nb\n')
b'b\n' in s
s.tell()
b'a\n' in s
