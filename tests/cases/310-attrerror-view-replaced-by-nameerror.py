# A mistyped method on a view keeps the view alive; a later NameError replaces that error and frees it.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
view.tobyte()
del view
b.write(b"x")
b.write(b"x")
view = b.getbuffer()
view.tobyte()
del view
undefined_name
b.write(b"y")
b.getvalue()
