# AttributeErrors on the stream itself or on a released view hold nothing that blocks close().
import io
b = io.BytesIO(b"abc")
b.tel()
view = b.getbuffer()
view.release()
view.tobyte()
b.close()
b.closed
