# TypeError/ValueError/NameError/IndexError raised while using a view do not keep the view alive.
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
view.hex(1)
del view
b.write(b"1")
view = b.getbuffer()
view[9]
del view
b.write(b"2")
view = b.getbuffer()
view[0] = 999
del view
b.write(b"3")
view = b.getbuffer()
veiw
del view
b.close()
b.closed
