# Lesson 14: Korean text through encode(): characters are not bytes
import io

# A str holds characters; a BytesIO holds bytes. encode() turns text into
# bytes: in UTF-8 each Hangul syllable takes three bytes.
text = "한국어"
data = text.encode("utf-8")
len(text)
len(data)

b = io.BytesIO()
b.write(data)
b.getvalue()

# Reading three bytes gives back one whole syllable.
b.seek(0)
b.read(3).decode("utf-8")

# Two bytes are only part of a syllable: strict decoding fails...
b.seek(0)
b.read(2).decode("utf-8")

# ...and "replace" shows the broken part as U+FFFD instead.
b.seek(0)
b.read(4).decode("utf-8", "replace")
