d = {'a': 1, 'b': 2}
list(d)
list(d.keys())
list(d.values())
list(d.items())
tuple(d.items())
bytes(range(65, 70))
bytearray(range(3))
list(range(3, 0, -1))
list(range(10 ** 20, 10 ** 20 + 2))
r = range(10 ** 9)
len(r)
r[-1]
big = range(10 ** 18)
len(big)
999 in big
list(range(10 ** 12))
sorted(range(10 ** 12))
tuple(range(10 ** 12))
[].extend(range(10 ** 12))
sum(range(1000))
max(range(1000))
x = [0, 1]
x += range(2, 4)
x
x += {'k': 1}
x
s = {}
s[1] = 'a'
s[2.0] = 'b'
list(s.items())
import io
b = io.BytesIO()
b.writelines([b'x', b'y'])
b.writelines(range(3))
b.writelines({b'k': 1})
b.getvalue()
