# Backslash continuations and a with body on the header line with semicolons.
import io
b = io.BytesIO(b"ab") \
    ; b.read()
x = 1 + \
  2
x
with b as f: f.seek(0); f.read(); \
  f.tell()
b.closed
y = b"a" \
b"b"
y
	
z = [1,
# comment inside
  2]
z
