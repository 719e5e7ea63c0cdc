raise ValueError("bad value")
raise TypeError
raise KeyError("missing")
raise RuntimeError("outer") from ValueError("inner")
raise 42
raise ValueError from 5
assert 1 < 2
assert 2 < 1
assert [], "the list is empty"
x = ValueError("x", 2)
x
str(x)
x.args
raise x
try:
    raise IndexError("i")
except LookupError as e:
    print("LookupError catches", repr(e))
try:
    raise StopIteration
except Exception as e:
    type(e)
isinstance(ValueError("v"), Exception)
raise
