# hex() of empty views is '' for every separator form; a bad separator is still rejected.
import io
e = io.BytesIO().getbuffer()
e.hex()
e.hex(":")
e.hex(":", 2)
e.hex(b"-", -3)
e.hex(":", 0)
e.hex("::")
e.hex(None)
memoryview(b"").hex("-", -1)
memoryview(b"abc")[1:1].hex(":")
memoryview(b"abc")[::-1][3:].hex(" ", 1)
e.release()
