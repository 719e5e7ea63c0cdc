# Lesson 3: write, tell, seek and read share one cursor
import io

# An empty stream: size 0, cursor 0.
bc = io.BytesIO()

# write() returns how many bytes it wrote and moves the cursor past them.
bc.write(b"Hello world!!!!")

# tell() reports the cursor: it is now at the end of what we wrote.
bc.tell()

# Reading here gives nothing: the cursor is already at the end.
bc.read()

# seek(0) moves the cursor back to the start and returns the new position.
bc.seek(0)

# read(5) returns at most 5 bytes and moves the cursor by 5.
bc.read(5)
bc.tell()

# read() with no size returns everything from the cursor to the end.
bc.read()

# Nothing exported, so closing works at once.
bc.close()
bc.closed
