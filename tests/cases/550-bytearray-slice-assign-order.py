# bytearray slice assignment: the slice (step 0) is checked before the value's type.
ba = bytearray(b"abcd")
ba[::0] = 100
ba[::0] = "s"
ba[::0] = None
ba[::0] = b"xy"
ba[1:2:0] = 5
ba
