# bytearray slice assignment from lists/tuples of ints, itself, None/int/str; inserting and clipped slices.
ba = bytearray(b"abcd")
ba[0:1] = [65, 66]
ba
ba[0:1] = (67,)
ba
ba[0:1] = [256]
ba[0:1] = [b"a"]
ba[0:1] = None
ba[0:1] = 5
ba[0:1] = True
ba[0:1] = ba
ba
ba[::-1] = ba
ba
ba[1:1] = b"ins"
ba
ba[5:2] = b"Q"
ba
ba[::2] = b"toolong"
ba[::-1] = b"x"
ba[9223372036854775808:] = b"end"
ba
ba[-99999999999999999999:0] = b"start"
ba
ba[0:1] = "x"
ba[0:1] = bytearray(b"")
ba
m = memoryview(ba)
ba[0:1] = b"Z"
ba[0:1] = b"YY"
ba[0:2] = b"Y"
ba[5:2] = b""
ba
m.release()
