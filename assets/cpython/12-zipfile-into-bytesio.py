# Lesson 12 (CPython engine): zipfile writes an archive into a BytesIO
# Run with: bytesio-tui --engine cpython assets/cpython/12-zipfile-into-bytesio.py
import io
import zipfile

# An empty stream: the archive will be built in memory, never on disk.
b = io.BytesIO()

# ZipFile writes through b's methods: a local file header ("PK\x03\x04"), the data,
# then, on close, it seeks back to patch the header and appends the central directory
# ("PK\x01\x02") and the end record ("PK\x05\x06").
with zipfile.ZipFile(b, "w") as zf:
    zf.writestr("hello.txt", "Hello, BytesIO!\n")

# The cursor is at the end of the archive: everything written so far.
b.tell()

# The first four bytes are the local file header's signature.
b.getvalue()[:4]

# Reading it back: ZipFile seeks to the end record first, so the cursor does not matter.
zipfile.ZipFile(b).namelist()
zipfile.ZipFile(b).read("hello.txt")
