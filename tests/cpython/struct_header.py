import io
import struct
b = io.BytesIO()
b.write(struct.pack("<4sI", b"RIFF", 36))
b.write(b"WAVE")
b.seek(4)
struct.unpack("<I", b.read(4))
b.getvalue()
