def f(): pass
callable(f), callable(ValueError), callable(1)
d = {f: 1, ValueError: 2}
len(d)
x = 1
del x
l = [1, 2, 3]
del l[0]
l
d2 = {"a": 1}
del d2["a"]
d2
del d2["zz"]
