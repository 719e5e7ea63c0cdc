# Errors while evaluating or entering a with item: nothing is entered, following items not evaluated.
import io
b = io.BytesIO(b"abc")
with b.getbuffer() as v, missing as m:
    print("never")
b.write(b"x")
v.tobytes()
with b, 5:
    print("never")
b.closed
b2 = io.BytesIO(b"abc")
with b2.getbuffer() as v2, b2:
    print("body")
b2.closed
v2.tobytes()
