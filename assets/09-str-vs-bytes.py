# Lesson 9: a BytesIO holds bytes, not text
import io

b = io.BytesIO()

# "text" is a str. BytesIO refuses it with a TypeError.
b.write("text")

# Nothing was written: the stream is still empty.
b.getvalue()

# The fix is a bytes value: put a b in front of the quotes.
b.write(b"text")
b.getvalue()

# Reading returns bytes too, shown as b'...'.
b.seek(0)
b.read()

# Mixing the two fails as well: bytes and str do not concatenate.
b.getvalue() + " more"
b.getvalue() + b" more"

# print() shows bytes with their b'' prefix; a str prints plainly.
print(b.getvalue(), "text")
