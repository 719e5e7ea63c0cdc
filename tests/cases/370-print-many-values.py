# print() of several values of every kind: str plain, bytes/bytearray/list as repr, None and bools as words.
import io
b = io.BytesIO(b"a\nb")
view = b.getbuffer()
print(b"x", bytearray(b"y"), "z", None, True, False, 0, -1)
print(b.readlines(), view.tolist(), view[::-1].tolist())
print(view.hex(":"), view.tobytes(), len(view), view.readonly, view.shape)
print(b.closed, b.tell(), b.seek(0), b.read(1))
print("a'b", 'a"b', "é", "")
print("", "")
print(view.format, view.itemsize, view.nbytes, view.ndim)
print(b.readlines(1), b.readlines())
view.release()
