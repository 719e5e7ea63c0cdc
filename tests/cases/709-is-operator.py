None is None
x = None
x is None
x is not None
True is True
a = [1]
b = a
a is b
a is [1]
a is not [1]
t = ()
t is ()
d = {}
d is d
e = d
e is d
{} is {}
n = 5
m = 5
n is m
r = range(3)
r is r
import io
s = io.BytesIO()
s2 = s
s is s2
s is io.BytesIO()
v = s.getbuffer()
v is v
v is s.getbuffer()
del v
len is len
int is int
type(1) is int
type(1.5) is float
type({}) is dict
