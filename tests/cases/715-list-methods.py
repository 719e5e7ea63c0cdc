a = [3, 1, 2]
a.append(4)
a
a.extend([5, 6])
a.extend((7,))
a.extend(range(8, 10))
a.extend('ab')
a.extend({'k': 1})
a
a.pop()
a.pop(0)
a.pop(-2)
a
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before-last')
a.insert(-100, 'very-first')
a
a.remove('first')
a
a.index(2)
a.index('last')
a.index(2, 3)
a.count(2)
a.count('zzz')
a.reverse()
a
b = a.copy()
b is a
b == a
a.clear()
a
b
c = [1, 2]
c.extend(c)
c
c.append(c)
c
[1, 2, 1.0, True].count(1)
[[1], [1]].index([1])
[].pop()
[1].pop(5)
[1].pop(-2)
[1].pop('a')
[1].pop(1, 2)
[1].remove(2)
[1].index(2)
[1, 2].index(1, 'a')
[1].index(1, 5)
[1, 2, 3].index(3, -1)
[1, 2, 3].index(1, -10, 10)
[].insert(1)
[].insert('a', 1)
[].append()
[].append(1, 2)
[].extend(1)
[].extend()
[].count()
[].copy(1)
[].clear(1)
[].reverse(1)
[].append(x=1)
[].pop(i=0)
l = [1]
l.append
l.foo
