# AttributeError hints for misspelled BytesIO attributes.
import io
b = io.BytesIO(b"abc")
b.tel()
b.getvalu
b.seeek(0)
b.redline()
b.writeline(b"x")
b.Close()
b.truncat()
b.getbuffers()
b.closd
b.readall()
b.size
b.length
b.isclosed
b.getvalue()
