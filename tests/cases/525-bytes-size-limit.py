# bytes(n) near PY_SSIZE_T_MAX: MemoryError below the header limit, OverflowError "byte string is too large" above.
bytes(9223372036854775774)
bytes(9223372036854775775)
bytes(9223372036854775807)
bytearray(9223372036854775806)
bytearray(9223372036854775807)
bytearray(b"x") * 9223372036854775807
b"x" * 9223372036854775775
b"xy" * 4611686018427387903
bytes(b"x") * 9223372036854775806
