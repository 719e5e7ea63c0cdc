d = {'a': 3, 'b': 1, 'c': 2}
sorted(d, key=d.get)
max(d, key=d.get)
min(d.items(), key=len)
sorted(['10', '9', '100'], key=int)
sorted(['10', '9', '100'])
sorted([-3, 1, -2], key=abs, reverse=True)
sorted(['bb', 'a', 'ccc'], key=len)
sorted([b'b', b'a'])
sorted([[2], [1, 1]], key=sum)
sorted([1.5, -1, 0], key=float)
sorted([3, 1], key=None)
max([[1, 2], [3]], key=len)
l = ['x', 'yy', 'z']
l.sort(key=len)
l
l.sort(key=d.get)
l
(5).real
(5).imag
(5).numerator
(5).denominator
True.real
(2.5).real
(2.5).imag
r = range(1, 10, 2)
r.start
r.stop
r.step
range(5).start
(5).foo
r.foo
