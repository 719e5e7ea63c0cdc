# Huge values must not panic or hang: MemoryError / OverflowError paths.
import io
b = io.BytesIO()
b.seek(4611686018427387904)
b.write(b"x")
b.tell()
b.getvalue()
b.seek(9223372036854775807)
b.write(b"x")
b.write(b"")
b.writelines([b"", b"x"])
b.seek(9223372036854775806)
b.write(b"xy")
b.seek(0)
b.write(b"ok")
b.getvalue()
bytes(1000000000000)
bytearray(1000000000000)
bytes(9223372036854775808)
bytearray(9223372036854775808)
bytes(-9223372036854775809)
b"x" * 1000000000000
b"x" * 9223372036854775807
b"x" * 9223372036854775808
b"" * 9223372036854775808
9223372036854775808 * b""
b"xy" * 4611686018427387904
bytearray(b"x") * 1000000000000
[1] * 1000000000000
"x" * 1000000000000
(1,) * 1000000000000
[] * 99999999999999999999
ba = bytearray(b"x")
ba *= 1000000000000
ba
b.seek(1000000)
b.write(b"z")
len(b.getvalue())
b.truncate(0)
