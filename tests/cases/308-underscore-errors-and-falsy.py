# Errors leave `_` alone; falsy values (0, b'', False, []) are displayed and do replace it; `del _` is a NameError.
import io
b = io.BytesIO(b"")
5
len(5)
_
b.read()
_
b.tell()
_
b.closed
_
b.readlines()
_
del _
_
