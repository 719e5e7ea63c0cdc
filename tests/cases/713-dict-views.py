d = {'a': 1, 'b': [2]}
k = d.keys()
v = d.values()
i = d.items()
k
v
i
d['c'] = 3
k
len(k)
len(v)
len(i)
list(k)
list(v)
list(i)
'a' in k
3 in v
('c', 3) in i
k == {'a': 0, 'b': 0, 'c': 0}.keys()
i == d.items()
v == d.values()
k == ['a', 'b', 'c']
type(k)
type(v)
type(i)
d.clear()
k
bool(k)
e = {}
e['self'] = e
e
f = {}
f['k'] = f.keys()
f
g = {}
g['v'] = g.values()
g
h = [{}]
h[0]['h'] = h
h
