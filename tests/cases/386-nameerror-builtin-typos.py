# NameError hints for names close to builtins (and to the io module name), by CPython's edit-distance rule.
import io
prnt("x")
lenn(b"")
byte(1)
bytearay(1)
memorview(b"")
Print
LEN
Len
Non
Tru
false
BytesIo
Io
IO
