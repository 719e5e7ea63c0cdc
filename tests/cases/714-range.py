range(5)
range(2, 5)
range(0, 10, 2)
range(10, 0, -3)
range(-5)
r = range(0, 10, 3)
len(r)
r[0]
r[-1]
r[3]
r[4]
r[-5]
r[10 ** 30]
r['a']
r[1.0]
r[1:]
r[::-1]
r[::2]
r[5:1]
range(10)[2:8:2]
range(0, 10, 3)[::-1]
list(r)
list(range(5, 0, -1))
tuple(range(3))
list(range(0))
range(10 ** 20)
len(range(10 ** 20))
range(10 ** 20)[-1]
range(10 ** 9)[123456789]
5 in range(10 ** 9)
sum(range(101))
range(5) == range(0, 5, 1)
range(0) == range(5, 2)
range(0, 3, 2) == range(0, 4, 2)
range(1, 2, 5) == range(1, 2, 9)
range(3) == [0, 1, 2]
range(3) != range(4)
range(10).index(3)
range(10).index(30)
range(0, 10, 2).index(4)
range(10).count(3)
range(10).count(3.0)
range(10).count('a')
{range(3): 'r'}[range(0, 3)]
range()
range(1.0)
range(1, 2.5)
range('a')
range(1, 2, 0)
range(1, 2, 3, 4)
range(x=1)
range(True, 3)
r[0] = 1
type(r)
isinstance(r, range)
bytes(range(65, 70))
max(range(7))
min(range(3, 9))
sorted(range(3), reverse=True)
any(range(1))
all(range(1, 4))
range(3)[::0]
range(3)['a':]
range(10 ** 20)[::10 ** 19]
range(10)[-3:]
range(10)[:-20]
range(5, -5, -2)[1::-1]
