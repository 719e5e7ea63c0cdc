import io as myio
from io import BytesIO, SEEK_END, SEEK_SET
from io import SEEK_CUR as CUR
b = BytesIO(b"abcdef")
b.seek(-2, SEEK_END)
b.read()
b.seek(0, SEEK_SET)
b.seek(1, CUR)
myio.SEEK_SET, myio.SEEK_CUR, myio.SEEK_END
myio.BytesIO
