# Temporaries inside one expression: a view listed before close() blocks it; an indexed temporary does not.
import io
b = io.BytesIO(b"abc")
[b.getbuffer(), b.close()]
b.closed
(b.getbuffer()[0], b.close())
b.closed
b = io.BytesIO(b"abc")
print(len(b.getbuffer()), b.write(b"x"))
print(b.getbuffer().tobytes(), b.write(b"y"))
b.getvalue()
b.getbuffer().tobytes() + b.getvalue()
b.write(b.getbuffer()[0:1].tobytes())
b.getbuffer()[0:1].tobytes() * b.write(b"z")
b.getbuffer()[0] + b.write(b"q")
b.write(b"w") + b.getbuffer()[0]
b.getvalue()
x = b.getbuffer(), b.write(b"1")
x = 0
b.write(b"2")
bytes(b.getbuffer()) + bytes(b.write(b"3"))
b.getvalue()
memoryview(b.getbuffer())[b.write(b"4")]
b.getbuffer()[b.write(b"5")]
b.getvalue()
