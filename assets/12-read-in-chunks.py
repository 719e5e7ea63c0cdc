# Lesson 12: reading a stream in chunks with `while`
import io

b = io.BytesIO(b"The quick brown fox jumps over the lazy dog")

# read(n) returns at most n bytes from the cursor and moves the cursor past them.
# At the end of the stream it returns b'' (empty), which is false, so the loop stops.
chunks = []
while True:
    chunk = b.read(10)
    if not chunk:
        break
    chunks.append(chunk)

# Four chunks of 10 bytes, then the last 3; the cursor is at the end.
len(chunks)
chunks[-1]
b.tell()

# Reading again gives b'' until the cursor moves back.
b.read(10)
b.seek(0)

# The same loop, shorter: the walrus operator reads and tests in one line.
sizes = []
while chunk := b.read(16):
    sizes.append(len(chunk))
sizes
