# readinto() into a memoryview of a bytearray (and into contiguous slices of it) fills the bytearray.
import io
b = io.BytesIO(b"abcdefgh")
ba = bytearray(b"......")
mv = memoryview(ba)
b.readinto(mv)
ba
b.readinto(mv[2:4])
ba
b.readinto(mv[4:])
ba
b.tell()
b.readinto(mv[::2])
b.readinto(mv[::-1])
b.readinto(mv[3:3])
