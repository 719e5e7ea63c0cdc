# + - * with mismatched operand types: each pair has its own message.
import io
view = io.BytesIO(b"ab").getbuffer()
"a" + b"b"
b"a" + "b"
"a" + 1
1 + "a"
None + 1
b"a" + None
b"ab" * None
b"ab" * "2"
view + b"x"
b"x" + view
view * 2
bytearray(b"a") + b"b"
bytearray(b"a") * 3
b"a" + bytearray(b"b")
True + True
True * b"ab"
b"ab" * False
5 - True
b"ab" - 1
view.release()
