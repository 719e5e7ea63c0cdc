# Lesson 15 (CPython engine): a WAV header, field by field, with struct
import io
import struct

b = io.BytesIO()

# "RIFF", then the size of what follows (patched later), then "WAVE".
b.write(b"RIFF")
b.write(struct.pack("<I", 0))
b.write(b"WAVE")

# The "fmt " chunk: PCM (1), mono, 8000 samples/s, bytes/s, block size, 16 bits.
b.write(b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16))

# The "data" chunk: four 16-bit samples.
samples = struct.pack("<4h", 0, 1000, -1000, 0)
b.write(b"data" + struct.pack("<I", len(samples)) + samples)

# Now that the total is known, seek back and patch the RIFF size (bytes 4-7).
end = b.tell()
b.seek(4)
b.write(struct.pack("<I", end - 8))

# Read a field back: unpack the sample rate at offset 24.
b.seek(24)
struct.unpack("<I", b.read(4))
b.getvalue()[:12]
