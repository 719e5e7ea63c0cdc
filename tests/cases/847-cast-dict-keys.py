# read-only cast views as dict keys: 'c' views and 'b' views of high bytes are equal only to their own kind
d = {memoryview(b"ab").cast("c"): 1, memoryview(b"\xff").cast("b"): 2, memoryview(b"a").cast("b"): 3}
d
d[memoryview(b"ab").cast("c")], d[memoryview(b"ab").cast("@c")]
d[b"ab"]
d[memoryview(b"ab")]
d[memoryview(b"\xff").cast("b")]
d[b"\xff"]
d[b"a"], d[memoryview(b"a")], d[memoryview(b"a").cast("B")]
len({b"ab": 1, memoryview(b"ab").cast("c"): 2, memoryview(b"ab").cast("b"): 3})
