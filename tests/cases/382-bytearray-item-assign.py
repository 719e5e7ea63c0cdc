# Item and same-length slice assignment on a bytearray, and its value errors.
ba = bytearray(b"abc")
ba[0] = 0x41
ba[-1] = 67
ba[True] = 66
ba
ba[0:2] = b"xy"
ba[::2] = b"PQ"
ba
ba[0] = 256
ba[0] = -1
ba[0] = "x"
ba[0] = b"x"
ba[3] = 0
ba[::2] = b"toolong"
ba
