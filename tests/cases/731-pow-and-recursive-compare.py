pow(2, 10)
pow(2, -1)
pow(3, 4, 5)
pow(3, -1, 7)
pow(-3, -1, 7)
pow(2, -1, 4)
pow(2, 3, 0)
pow(2.0, 3, 5)
pow(2, 0.5)
pow()
pow(1)
pow(1,2,3,4)
pow(base=2, exp=3)
pow(2, exp=3, mod=5)
pow('a', 2)
pow(2, 'a', 3)
pow(-2, 3, 5)
pow(2, 3, -5)
pow(0, 0, 1)
pow(2, 10**20, 7)
pow(2, 3, mod=None)
pow(0, -1)
pow(True, 2)
pow(2, 3, 1.5)
pow(7, -2, -10)
pow(0, 10**30)
(-1) ** (10**30 + 1)
1 ** (10**30)
pow
a = []
a.append(a)
b = []
b.append(b)
a == b
a == a
a < b
[a] == [a]
