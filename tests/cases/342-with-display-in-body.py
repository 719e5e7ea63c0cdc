# Inside a with body each expression statement shows its value (None hidden), print prints, in order.
import io
with io.BytesIO() as f:
    f.write(b"one\ntwo\n")
    f.seek(0)
    f.readline()
    print(f.readline())
    f.flush()
    f.readline()
    f.tell()
_
