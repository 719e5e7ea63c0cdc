# NameError hints for names close to the script's own names; a transposition costs too much for short names.
import io
view = io.BytesIO(b"abc").getbuffer()
stream = io.BytesIO()
data1 = 1
veiw
vew
viewe
strem
steam
data2
Stream
views
view.release()
del view
view
