# Lesson 16 (CPython engine): seek(0) before handing a buffer on
import io
import shutil

b = io.BytesIO()
b.write(b"report: 3 lines\nline 2\nline 3\n")

# The cursor is at the end: whoever reads b from here gets nothing.
b.tell()
b.read()

# That is what a consumer sees if we hand b on now: copyfileobj reads from the cursor.
empty = io.BytesIO()
shutil.copyfileobj(b, empty)
empty.getvalue()

# Rewind first, then hand it on: the consumer reads everything.
b.seek(0)
full = io.BytesIO()
shutil.copyfileobj(b, full)
full.getvalue()

# getvalue() ignores the cursor, which is why it seemed fine: read() does not.
b.getvalue() == full.getvalue()
