# `ba += ba` exports ba to itself while resizing: BufferError; `ba = ba + ba` and `ba *= 2` are fine.
ba = bytearray(b"ab")
ba += ba
ba
ba = ba + ba
ba
ba *= 2
ba
m = memoryview(ba)
ba += m
m.release()
ba += memoryview(ba)
ba
e = bytearray()
e += e
e
