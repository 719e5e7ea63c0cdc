a = [3, 1, 2]
a.sort()
a
a.sort(reverse=True)
a
b = ['b', 'C', 'a']
b.sort()
b
c = [2.5, 1, True, -3, 0.0]
c.sort()
c
d = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
d.sort()
d
d.sort(key=len)
d
e = [[3], [1, 2], []]
e.sort(key=len, reverse=True)
e
e.sort(key=None)
e
sorted([3, 1, 2])
sorted('hello')
sorted({'b': 1, 'a': 2})
sorted([3, 1, 2], reverse=True)
sorted([[1], [0, 5]], key=sum)
sorted(['ab', 'c', 'def'], key=len, reverse=True)
f = [3, 'a', 1]
f.sort()
f
g = [5, 4, 3, 'x', 2, 1]
g.sort()
g
h = [1, 2, 3, 'x', 0]
h.sort()
h
i = [1, 2, 3, None, 0]
i.sort(reverse=True)
i
j = [2, 1]
j.sort(key=abs, reverse=True)
j
k = [1, 'a']
k.sort(key=str)
k
m = [-3, 2, -1]
m.sort(key=abs)
m
n = [1, 2]
n.sort(key=ord)
n
[].sort(1)
[].sort(foo=1)
[1, 2].sort(reverse=None)
[1, 2].sort(reverse=1.5)
sorted()
sorted([1], 1)
sorted([3, 1], reverse=1.5)
sorted([], foo=1)
sorted(5)
sorted([1, 2], key=5)
big = list(range(100, 0, -1))
big.sort()
big[:5]
big == sorted(big)
mixed = list(range(70)) + ['s']
mixed.sort()
len(mixed)
