import io
b = io.BytesIO(b"hello")
if b.read(1):
    print("got a byte")
data = b.read()
if not data:
    print("empty")
elif len(data) > 10:
    print("long")
else:
    print("short:", data)
    data
if b.tell() == 5 and b.read() == b"":
    "at the end"
x = 0
if x:
    pass
else:
    x = 1
x
if undefined_name:
    pass
