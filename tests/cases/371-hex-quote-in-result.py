# hex() returns a str: a quote or backslash used as separator changes how the str is displayed.
import io
view = io.BytesIO(b"ab").getbuffer()
view.hex("'")
view.hex('"')
view.hex("\\")
view.hex(b"'")
print(view.hex("'"), view.hex("\\"))
view.hex(" ")
view.hex("\t")
