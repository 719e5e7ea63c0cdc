# Bytes >= 0x7f and control bytes show as lowercase \xhh; \t \n \r and \\ have short forms.
import io
b"\x7f\x80\x9f\xa0\xfe\xff"
b"\xFF\xAb"
b"\x00\x01\x1f\x20\x7e"
b"\t\n\r\x0b\x0c\\"
b"\xff" * 3
io.BytesIO(b"\xc3\xa9\xed\x95\x9c").getvalue()
bytes.fromhex("00 7f 80 ff")
bytes(4)
print(b"\x80\xff\n")
