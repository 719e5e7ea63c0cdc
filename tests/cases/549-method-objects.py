# Bound methods and attributes of classes: reprs, calling unbound methods, attributes of method objects.
import io
b = io.BytesIO(b"abc")
b.read
bytes.fromhex
len.foo
b.read()
b.read.x
io.BytesIO.x
io.x
bytes.x
