# bytearray slice assignment from a strided or reversed memoryview: CPython copies it (no contiguity error).
ba = bytearray(b"abcd")
ba[0:2] = memoryview(b"wxyz")[::2]
ba
ba[0:2] = memoryview(b"wxyz")[::-1]
ba
ba[::2] = memoryview(b"123456")[::2]
ba
bytearray(b"ab") + memoryview(b"wxyz")[::2]
