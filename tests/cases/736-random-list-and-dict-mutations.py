d = {}
e = {1: 1}
l = []
m = [3, 1]
d[2**70]
max(m)
e.update({(1,): -0.0})
m == m
m < m
m.sort(key=repr)
l[-2:-1] = [1]
m.count(2**70)
m.append(-0.0)
l
e.update({-2: -2})
l.index(True)
l.append('z')
l.append(1.0)
m.pop()
l[4]
l < l
e['k'] = -0.0
m.count(True)
m < m
l += [None]
list(e.items())
sum(m)
list(d.items())
m[-3]
m[0]
d == e
m.extend(e)
l = l[:8]
e.setdefault(3.5, 'z')
d[None] = 1.0
l.sort(key=repr)
max(m)
l.pop(-3)
m
len(m)
m.extend(e)
e == e
l < l
sum(l)
m
m[::2] = []
m = m[:8]
l.index(2**70)
m.sort(key=repr)
sorted(l)
e.popitem()
m.remove(1.0)
m[-1:-1] = [3.5]
d = dict(list(d.items())[:6])
0 in d
d.update({True: -2})
m.pop()
d = dict(list(d.items())[:6])
l.sort(reverse=True)
max(m)
list(e.items())
d[2**70]
e == e
m[1:1] = [3.5]
-2 in d
e = dict(list(e.items())[:6])
m == m
m += [-0.0]
d.setdefault(b'b', None)
len(m)
l[1] = 3.5
m[::2] = []
m[::2] = []
m.pop(-1)
l.reverse()
sum(l)
m.pop(0)
max(m)
m *= 2
l.insert(2, True)
l[-1] = True
None in e
l.pop()
l < l
m.pop()
max(l)
m.insert(3, True)
e
l == l
m.insert(3, (1,))
m[-1:1] = [True]
m == m
len(l)
l == m
l *= 2
m *= 2
m.extend(d)
l *= 2
d.pop('z')
m.insert(3, True)
list(e.items())
len(l)
d.update({'z': 0})
m.pop()
max(m)
e.update({'k': -2})
e.setdefault(range(3), None)
m.sort()
m.extend(e)
m[1]
len(l)
'k' in d
l.append(1.0)
l[-3:-2] = [3.5]
l.reverse()
d.setdefault(0, 'z')
m.count(1.0)
list(e.items())
m < m
d |= {0: 1}
l.remove(-2)
max(m)
list(d.items())
m += [-2]
d = dict(list(d.items())[:6])
m.index(range(3))
d.pop(3.5)
d.setdefault([9], None)
d.setdefault(-2, 0)
l < m
d[[9]]
d.pop(None)
m[2:2] = [-2]
e.pop(-2, 0)
l.index('z')
m[4]
l.extend(e)
l.pop()
list(d.items())
l.count(range(3))
l[::2] = []
m += ['z']
d |= {None: 1}
l.insert(-1, [9])
list(e.items())
l.index(3.5)
l.sort(key=repr)
e.popitem()
e[3.5] = None
l.pop(1)
d |= {1.0: 1}
d.update({b'b': (1,)})
m.pop(3)
d |= {0: 1}
m.insert(3, 'k')
-2 in e
m = m[:8]
m.reverse()
m.index(-2)
list(d.items())
l *= 2
m = m[:8]
l[-3:3] = [range(3)]
d[True]
m[::2] = []
d |= {1.0: 1}
d == d
m.sort(reverse=True)
d.pop(3.5, 0)
e |= {1.0: 1}
d
m < l
l.count(0)
e[(1,)]
m[1] = 2**70
d
m.index(True)
m.index('z')
d.get(True)
m[::2] = []
sorted(l)
m.sort(reverse=True)
m.extend(d)
m *= 2
d.pop((1,), 0)
d |= {'k': 1}
min(m)
l.count(None)
sorted(l)
l.append(1)
l.reverse()
l.pop()
sorted(l)
m.pop()
l += [range(3)]
l.extend(e)
m.reverse()
2**70 in e
l += [1]
min(m)
e[(1,)]
l.index(1.0)
min(l)
e.update({-0.0: [9]})
e = dict(list(e.items())[:6])
min(l)
l.pop()
l.reverse()
m.reverse()
d.setdefault((1,), True)
m.index(1.0)
l.insert(1, b'b')
d |= {b'b': 1}
d.popitem()
l.append(True)
m.append(-2)
e.setdefault(None, None)
len(l)
m.append('k')
1 in e
d == d
m[-2:0] = [b'b']
e.setdefault(3.5, range(3))
d.get(range(3))
l[-4] = 'k'
l[-1:1] = [2**70]
m == l
l[::2] = []
min(m)
m[::2] = []
m = m[:8]
e.get([9])
m.pop(2)
m
m[-1]
m.count(1)
m.extend(d)
e |= {1.0: 1}
l.extend(e)
m.pop(3)
l < l
l == m
e |= {1: 1}
m += [3.5]
d[0]
l
l[::2] = []
l.append('z')
e == d
l.reverse()
l[3]
d.get(1.0)
l.sort(reverse=True)
e.pop(None)
len(m)
l.pop()
l[-3:1] = [None]
e
d = dict(list(d.items())[:6])
len(m)
d == e
e
m.reverse()
max(l)
d[-0.0] = (1,)
l.pop()
e |= {b'b': 1}
min(l)
m *= 2
m == l
l[1]
l[0] = -2
l.count(1.0)
e
d.get(3.5)
max(l)
m = m[:8]
l
l *= 2
l == l
m[2] = None
m < m
d.pop(-2)
d[b'b']
list(d.items())
e['z']
m.insert(2, -2)
l
m.sort(reverse=True)
e.pop('k')
e.get((1,))
d.pop(1)
sorted(m)
l[1]
l[-1] = 0
d |= {[9]: 1}
l.append(3.5)
m += [True]
e.setdefault(range(3), b'b')
d
l[2] = -2
min(m)
l.sort()
l.extend(e)
sum(m)
e.setdefault(3.5, 0)
l[::2] = []
m.count(True)
m *= 2
e[True] = 1
sum(m)
m += [-0.0]
e[1.0]
d = dict(list(d.items())[:6])
l *= 2
d = dict(list(d.items())[:6])
0 in e
m
l
m.count(0)
d['z']
l == l
d = dict(list(d.items())[:6])
e.pop(range(3))
m.sort(key=repr)
l.sort(reverse=True)
l.insert(-2, 1)
m[2]
m == l
e.pop(range(3), 0)
'z' in e
l.remove(1.0)
m[2]
m.pop()
sum(m)
e.update({1.0: -2})
m[-1:-3] = [1.0]
e = dict(list(e.items())[:6])
m.sort(reverse=True)
m.sort()
d[1.0]
m.pop(-2)
d[b'b'] = range(3)
e.get(-2)
max(l)
m.sort()
l[-3:2] = [True]
l
e
m.sort(key=repr)
sorted(m)
d.update({b'b': range(3)})
m.insert(3, None)
d[3.5]
l.reverse()
m = m[:8]
d.get((1,))
d = dict(list(d.items())[:6])
list(d.items())
m.pop()
l.index(True)
e
e |= {True: 1}
e |= {True: 1}
m.sort(key=repr)
m += [1.0]
l.pop(1)
max(m)
d == e
l.extend(d)
m.reverse()
l.insert(0, 3.5)
l.index(None)
m = m[:8]
l.sort()
e
l.index(None)
l *= 2
l.index(-0.0)
list(e.items())
m = m[:8]
d['z'] = -2
e.get(-2)
e.popitem()
l == m
d[b'b']
len(l)
len(m)
l[2] = 1
d['z'] = True
m.pop(-3)
m.sort(key=repr)
'k' in e
m.insert(3, 'k')
(1,) in d
m *= 2
l.append(3.5)
l
sum(l)
l.sort(key=repr)
e.get(-2)
l = l[:8]
m[-1:1] = [[9]]
l += [3.5]
m[1:3] = [(1,)]
sum(m)
d.setdefault(0, 2**70)
l.append(b'b')
m.sort()
l *= 2
e == d
l *= 2
min(l)
d = dict(list(d.items())[:6])
l.count('z')
d.pop('z')
d[range(3)] = 2**70
sum(l)
m.pop(-1)
m.pop(1)
e[1.0]
list(e.items())
d.pop(2**70)
sum(l)
m == l
d.pop(2**70, 0)
e[b'b']
m[4] = [9]
m.count(-2)
min(l)
l.count(None)
e == e
l.insert(-2, (1,))
l.reverse()
l.sort(key=repr)
m.extend(e)
len(l)
l < m
l.remove(-2)
max(l)
d.update({1.0: 2**70})
l
l.pop(-2)
l.sort(key=repr)
l = l[:8]
m < m
l < l
d[-0.0]
l.sort()
l.sort()
m.index(3.5)
d[1]
m.sort(reverse=True)
max(l)
m.insert(-3, 0)
m.count(range(3))
m.count(None)
l.append(1)
l.pop()
l[-1:0] = [-0.0]
l.append((1,))
list(d.items())
d[[9]]
l.sort(reverse=True)
l = l[:8]
max(m)
sorted(l)
m.remove(range(3))
l
d.popitem()
max(m)
e['k']
l[::2] = []
l.insert(-3, 'k')
l[1:1] = [range(3)]
m[::2] = []
e
m == m
m.sort()
l.sort(key=repr)
m.extend(e)
d.pop(3.5)
l.sort(reverse=True)
m[3] = 2**70
e[b'b'] = 3.5
list(d.items())
l.sort(reverse=True)
l *= 2
m
d.pop(-0.0)
len(l)
l[-4]
m.sort()
m = m[:8]
d
l == m
m.reverse()
l.insert(-3, -0.0)
e[0] = -0.0
e.update({2**70: None})
d[-0.0] = -2
m = m[:8]
m
list(e.items())
