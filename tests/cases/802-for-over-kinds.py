import io
for x in [1, 2]:
    x
for x in (b"a", "b"):
    x
for byte in b"hi":
    byte
for byte in bytearray(b"\x00\xff"):
    byte
b = io.BytesIO(b"one\ntwo\nthree")
for line in b:
    print(line)
b.tell()
v = memoryview(b"xy")
for item in v:
    item
for i in range(2, 8, 3):
    i
for key in {"a": 1, "b": 2}:
    key
for k, val in {"a": 1}.items():
    print(k, val)
for ch in "한국":
    ch
for i, line in enumerate(io.BytesIO(b"x\ny\n"), 1):
    print(i, line)
for a, c in zip(b"ab", "xyz"):
    print(a, c)
for x in 5:
    pass
for x in []:
    print("never")
else:
    print("else after an empty loop")
