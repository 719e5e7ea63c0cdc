d = {'a': 1, 'b': 2}
d.get('a')
d.get('z')
d.get('z', 0)
d.setdefault('c', 3)
d.setdefault('a', 100)
d.setdefault('n')
d
d.pop('n')
d.pop('zz', 'dflt')
d.pop('zz')
d.popitem()
d
d.update({'x': 1})
d.update([('y', 2), ['z', 3]])
d.update(w=4)
d.update({'a': 0}, q=9)
d
c = d.copy()
c is d
c == d
c['a'] = 'changed'
d['a']
d.clear()
d
len(c)
dict()
dict(a=1, b=2)
dict([(1, 2), (3, 4)])
dict({'a': 1}, b=2)
dict([('k', 'v')])
dict.fromkeys([1, 2])
dict.fromkeys('ab', 0)
{}.fromkeys([3])
c.keys()
c.values()
c.items()
list(c)
list(c.items())
sorted(c)
x = {}
x.popitem()
x.get()
x.get(1, 2, 3)
x.pop()
x.setdefault()
x.update(1)
x.update([(1, 2, 3)])
x.update([1])
x.update(['ab', 'cd'])
x
x.update({}, {})
x.keys(1)
x.copy(1)
x.get([])
dict(1)
dict([1])
dict({}, {})
dict([(1, 2)], [])
