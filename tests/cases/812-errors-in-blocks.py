import io
b = io.BytesIO(b"abcdef")
for i in [0, 1, 2]:
    if i == 2:
        b.seek(-1)
    print("step", i)
def reader(s):
    s.read("x")
reader(b)
v = b.getbuffer()
with b:
    b.write(b"x")
b.closed
try:
    pass
finally:
    b.close()
v.release()
try:
    b.read()
finally:
    print("finally after a failing body")
while True:
    1 / 0
