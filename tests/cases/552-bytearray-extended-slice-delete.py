# Assigning an empty value to an extended (step != 1) bytearray slice deletes those items instead of raising.
ba = bytearray(b"abcdefg")
ba[::2] = b""
ba
ba[::-2] = []
ba
ba[::2] = bytearray()
ba
ba[5:2:-1] = b""
ba
ba[::3] = b"x"
m = memoryview(ba)
ba[::2] = b""
ba[::2] = b"x"
m.release()
