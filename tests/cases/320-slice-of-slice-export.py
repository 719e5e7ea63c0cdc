# A slice of a slice belongs to the same family: it alone keeps the export after both ancestors are released.
import io
b = io.BytesIO(b"abcdefgh")
view = b.getbuffer()
mid = view[1:7]
inner = mid[1:4]
inner.tobytes()
view.release()
mid.release()
inner[0] = 0x43
b.getvalue()
b.write(b"x")
inner.release()
b.write(b"x")
b.getvalue()
