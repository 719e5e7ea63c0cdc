# `_` can be used like any value: in arithmetic, concatenation, len() and as a call argument.
import io
b = io.BytesIO(b"hello world")
b.read(5)
_ + b"!"
_ * 2
len(_)
_ - 4
b.read(_)
b.write(_)
b.seek(_)
_
