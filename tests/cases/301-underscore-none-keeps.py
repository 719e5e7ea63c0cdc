# A None result (close(), print(), a None expression) is not displayed and does not replace `_`.
import io
b = io.BytesIO(b"abc")
b.read(1)
b.close()
_
None
_
b.closed
_
