# Calls spread over several lines are one statement: the first line after >>>, the rest after ..., as written.
import io
b = io.BytesIO(
    b"abc"
    b"def"
)
b.read(
    2
)
b.seek(
    0,
        2)
print(
    b.getvalue(),
    b.tell(),
)
view = b.getbuffer(
)
view[0:2] = (
    b"AB"
)
b.getvalue()
view.release()
