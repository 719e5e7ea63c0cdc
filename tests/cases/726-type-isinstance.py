type(1.5)
type({})
type({}.keys())
type({}.values())
type({}.items())
type(range(3))
type(int)
type(float)
type(dict)
type(range)
float
dict
range
isinstance(1.5, float)
isinstance(1, float)
isinstance({}, dict)
isinstance(range(2), range)
isinstance(True, int)
isinstance(1.0, (int, float))
isinstance([], (dict, tuple))
type(1.5) == float
type({}) is dict
float.__name__
dict.__name__
range.__name__
{}.foo
range(3).foo
(1.5).foo
{}.kyes
{}.keys().foo
dict.foo
float.foo
int.from_bytes
dict.fromkeys
tuple()
tuple([1, 2])
tuple('ab')
tuple({'a': 1})
tuple(range(3))
tuple((1,))
tuple(1)
tuple(1, 2)
tuple(x=1)
