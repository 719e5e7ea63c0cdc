# Method descriptors of the str, bytes and bytearray classes, called with the object first, and their errors.
str.upper, bytes.hex, bytearray.pop, type(str.upper), type("a".upper)
str.upper("abc"), str.join(",", "ab"), str.format("{}-{}", 1, 2), bytes.decode(b"\xc3\xa9"), str.split("a b", maxsplit=1), bytearray.upper(bytearray(b"x"))
ba = bytearray(b"ab")
bytearray.append(ba, 99)
ba
str.upper()
str.upper(1)
str.upper(True)
bytes.decode("a")
bytearray.append(b"x", 1)
bytes.upper(bytearray(b"a"))
str.upper("a", 1)
str.format()
str.upper(x=1)
str.nosuch
