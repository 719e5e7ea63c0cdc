d = {1: [2], "k": 3.5}
l = [5, 1.5, True]
r = range(3)
{'a': 1, 2: 'b'}
range(2, 9, 3)
((round(True) & ({'a': 1, 2: 'b'}).is_integer()) < len(2.5))
divmod((hash(-0.5) - (None >= [1, 2])), repr(((1, 2.0) // 7)))
()
float('inf')
(max((range(5) != [3, [4]])) | (abs(range(2, 9, 3)))[0])
sum((([2, 1, 3])[0]).keys())
hex(7)
10**20
(r).index(1)
('ab' <= float(range(2, 9, 3)))
all(sum((None in 1)))
(range(2, 9, 3) not in 1e20)
(None).get(1)
sum((([1, 2]).bit_length() > divmod(range(2, 9, 3), 7)))
bin(10**20)
sorted((('ab' not in r)).bit_length())
(((2.5 - b'xy') > (range(2, 9, 3) ^ 0))).to_bytes(2)
float('inf')
bytearray(b'q')
(1, 2.0)
range(2, 9, 3)
(((range(2, 9, 3) ^ [1, 2]) / abs(float('inf'))) // (r ^ -0.5))
type(float(sum(True)))
(divmod(b'xy', tuple((1, 2.0))) ^ 7)
1e20
(divmod((b'xy' * bytearray(b'q')), ({} ^ 10**20)) <= range(5))
((0).is_integer() in ((True).count(1) > divmod({}, {'a': 1, 2: 'b'})))
(-3 >> True)
r
tuple(divmod(divmod(0, 7), 'ab'))
0
(((b'xy').get(1) ^ (r)[1:]) - ({'a': 1, 2: 'b'} / r))
r
0
(((True ^ {}) <= b'xy') + divmod(bool(-3), ([2, 1, 3] * ())))
oct((divmod([3, [4]], 10**20) >= sum([2, 1, 3])))
(1e20 not in range(5))
[3, [4]]
2.5
divmod(((r ^ [2, 1, 3])).index(1), (bin(float('inf'))).index(1))
hex((divmod((), l) < -3))
(all(0) == divmod(7, max(r)))
l
(range(2, 9, 3)).bit_length()
(((True)[1] <= divmod([3, [4]], l))).to_bytes(2)
bin(len(len(())))
bin(((2.5 ^ 2.5)).to_bytes(2))
((divmod(l, [2, 1, 3]))[::2] <= ((1e20 >> ()) < range(5)))
((len([2, 1, 3]) >= tuple(10**20)) not in d)
[1, 2]
bool((True * (True)[1]))
None
range(2, 9, 3)
bool(divmod(1, (d * None)))
divmod(bytearray(b'q'), (sum(b'xy') == (1e20 >= {'a': 1, 2: 'b'})))
(divmod([3, [4]], {}) ^ [2, 1, 3])
(str(float('inf')) ^ b'xy')
oct((bin([2, 1, 3]) >> hex(10**20)))
type(bytearray(b'q'))
divmod(float({'a': 1, 2: 'b'}), b'xy')
type((((1, 2.0) >= -0.5) * -0.5))
oct(((None < 2.5) - ([2, 1, 3] in b'xy')))
((divmod((), 7) // 7))[0]
l
([2, 1, 3]).keys()
(all(divmod(range(5), [1, 2])) & (-0.5 & divmod('ab', r)))
((divmod(range(5), ()) in max(float('inf'))) >= 1e20)
abs(l)
round(10**20)
({} & {})
(('ab')[0])[1]
(1, 2.0)
dict((range(2, 9, 3)).keys())
((b'xy' == ([2, 1, 3] // range(2, 9, 3))) - sum((-3)[::2]))
[2, 1, 3]
max((1, 2.0))
all(((None != (1, 2.0)) in (0 & bytearray(b'q'))))
(1, 2.0)
(([2, 1, 3] - 1) < ((True).index(1) < (range(2, 9, 3) / 7)))
(divmod(r, ('ab').is_integer()) | (b'xy' != ([3, [4]] * 0)))
float('inf')
-0.5
(({} == l) >= ((float('inf') - l) < 'ab'))
[3, [4]]
[1, 2]
((all(d) < divmod(-0.5, [3, [4]])) > l)
any(-0.5)
(all((-0.5)[-1]) + divmod([2, 1, 3], float(range(2, 9, 3))))
divmod(dict(divmod(d, bytearray(b'q'))), 1e20)
((range(5)).items() / (divmod([2, 1, 3], 2.5) // (True >> True)))
type((any(float('inf')) > max(range(2, 9, 3))))
((0 > 10**20) * (l * (bytearray(b'q')).bit_length()))
int(tuple(1))
((1e20 == 1e20) & divmod(([2, 1, 3]).copy(), divmod(1e20, [3, [4]])))
()
d
()
((max((1, 2.0)) >> (1e20).get(1)) >= max((10**20).values()))
((({'a': 1, 2: 'b'}).keys() != (0).is_integer())).values()
divmod(divmod(True, (0).get(1)), len((1 + l)))
any((oct(-0.5)).keys())
[3, [4]]
(divmod(float(None), r)).is_integer()
(1 + (hash(l) | (r).bit_length()))
(divmod((-0.5 - 10**20), (1, 2.0)) > (dict(bytearray(b'q')) in max(float('inf'))))
{'a': 1, 2: 'b'}
l
((divmod({}, b'xy') // (True > range(2, 9, 3))) ^ range(5))
(2.5 ^ min(float('inf')))
1
(divmod((1e20).items(), ([1, 2])[::2]) < (1 == ('ab' - None)))
(divmod((d * 7), float(0)) >> (repr(())).is_integer())
{'a': 1, 2: 'b'}
(1, 2.0)
type([1, 2])
l
max(2.5)
[1, 2]
((1e20).count(1) != ((bytearray(b'q')).copy())[1])
range(2, 9, 3)
((divmod(0, 7) < ({})[-1]))[1:]
(1, 2.0)
((range(2, 9, 3) & (bytearray(b'q') == [2, 1, 3])) != divmod(divmod('ab', 7), sorted(b'xy')))
sorted(None)
(((range(2, 9, 3) in range(2, 9, 3)) - [3, [4]]) not in divmod(bool([1, 2]), (bytearray(b'q') in {'a': 1, 2: 'b'})))
(d < any(bytearray(b'q')))
(((7 >= True) + (2.5 * [3, [4]])) >> 0)
(((d & float('inf'))).to_bytes(2) / ((2.5)[1] >> 1e20))
-0.5
(0 != ((() ^ 1e20) in hex(float('inf'))))
'ab'
d
int(l)
sum(0)
((float(b'xy'))[0] <= divmod(b'xy', [1, 2]))
({}).count(1)
divmod(((1, 2.0) in range(5)), range(5))
{'a': 1, 2: 'b'}
float('inf')
divmod([1, 2], ('ab' ^ (b'xy' / 'ab')))
(([2, 1, 3] & float('inf')) != list(bin({'a': 1, 2: 'b'})))
('ab' > ({'a': 1, 2: 'b'} > (None in float('inf'))))
((([1, 2] >= 7) <= (range(5) == {})) // divmod(((1, 2.0) != range(5)), (range(2, 9, 3) * {'a': 1, 2: 'b'})))
((max([3, [4]]) >> ({'a': 1, 2: 'b'})[-1]) != (('ab' & [1, 2]) / (d >= [1, 2])))
None
sorted((7).is_integer())
(True | (sum(7))[::2])
int((1, 2.0))
(l // float('inf'))
(((1, 2.0))[-1] <= (repr([3, [4]]) ^ None))
((-0.5 <= tuple(2.5)) in tuple(divmod(bytearray(b'q'), 10**20)))
(any(-0.5) & (round('ab')).get(1))
b'xy'
dict(min(range(2, 9, 3)))
float('inf')
0
type(all(oct(range(2, 9, 3))))
(0 * [2, 1, 3])
(b'xy' in any(r))
0
divmod((sum((1, 2.0)) > 0), ([3, [4]] < b'xy'))
(float('inf')).to_bytes(2)
7
0
((1, 2.0) in l)
((divmod(range(5), 'ab') * (1, 2.0))).copy()
(()).index(1)
(l <= 0)
([2, 1, 3] in divmod((float('inf')).items(), ('ab' >> 'ab')))
int((float(1e20) | d))
(bin(-0.5) * (({} + bytearray(b'q')))[0])
(float('inf') == ((range(2, 9, 3) + ()) ^ min(7)))
round(((b'xy' - range(5))).count(1))
sorted((({} > [3, [4]]) == (bytearray(b'q') < d)))
((1e20 + float([1, 2])) >= ((range(2, 9, 3) & 1) not in abs(float('inf'))))
divmod(len((7 / 1e20)), (2.5)[1])
(([2, 1, 3])[::2] <= (bin(None) not in b'xy'))
(((-3).keys() < True) == -3)
(({'a': 1, 2: 'b'} & ({} >> True)) // hex(None))
(bytearray(b'q') & ((7).is_integer()).bit_length())
{'a': 1, 2: 'b'}
('ab')[::2]
(1e20).items()
([3, [4]] < type(sorted(7)))
float(b'xy')
(b'xy' - b'xy')
{}
(1, 2.0)
((({'a': 1, 2: 'b'} == ()) not in ([2, 1, 3] >> {'a': 1, 2: 'b'})) / list(r))
(((True == range(2, 9, 3)) - (10**20)[1:])).copy()
(abs((10**20).copy()) * l)
-3
7
float('inf')
(bool(bool(d)) & (('ab' == 0) & type(1e20)))
repr(bytearray(b'q'))
((len(r) >> divmod(True, {'a': 1, 2: 'b'})) == (([2, 1, 3] not in b'xy') != list(-3)))
[1, 2]
dict(((1e20)[1] / abs(bytearray(b'q'))))
(10**20 > (divmod((), d) >= tuple('ab')))
[2, 1, 3]
()
all(tuple(divmod({'a': 1, 2: 'b'}, None)))
-0.5
(sorted(('ab' != {})))[0]
b'xy'
((r == list(range(5))) >= ((True).index(1) & ({'a': 1, 2: 'b'} * 0)))
()
7
bytearray(b'q')
([2, 1, 3] in bool({'a': 1, 2: 'b'}))
b'xy'
'ab'
((any(2.5) > (1 > 0)) * ('ab').values())
-0.5
(repr(all([3, [4]])))[1:]
-3
divmod(None, (float('inf')).values())
10**20
None
range(5)
divmod((bin((1, 2.0)))[1], divmod(all([1, 2]), all([1, 2])))
tuple(divmod(any(bytearray(b'q')), [2, 1, 3]))
all(repr(bytearray(b'q')))
(b'xy' ^ tuple(all(1e20)))
tuple((((1, 2.0) | l) / (range(5)).count(1)))
hex((divmod(range(2, 9, 3), 'ab') >> len(2.5)))
-0.5
(divmod(sum('ab'), ([1, 2] * 1e20)) * str(float(-3)))
divmod(((True == 1) * (1e20).to_bytes(2)), r)
bytearray(b'q')
l
[1, 2]
((divmod(1e20, [3, [4]]) | -3))[-1]
d
(divmod((1, 2.0), [2, 1, 3]) != ())
(True | min((True >> bytearray(b'q'))))
divmod(list(abs(l)), float(divmod({'a': 1, 2: 'b'}, b'xy')))
oct(abs((1, 2.0)))
(1, 2.0)
[1, 2]
((list({}) ^ (1, 2.0)))[1:]
divmod(divmod(([1, 2]).index(1), divmod(d, -3)), (-0.5).keys())
(sum(('ab' * 7)) != (bytearray(b'q') == -0.5))
0
divmod(dict(([3, [4]])[-1]), divmod(b'xy', {'a': 1, 2: 'b'}))
(int(({'a': 1, 2: 'b'} < None)) * tuple((-3 < -3)))
bin(((True in [1, 2]) > ('ab')[1:]))
len(float('inf'))
hex(-0.5)
((repr([1, 2]) > ([1, 2] not in 'ab')) * dict(sum(-3)))
((('ab' / (1, 2.0)) >= 7)).to_bytes(2)
((max(range(5)) >> max(range(5))) & bool((range(2, 9, 3) < [3, [4]])))
len(all((7).keys()))
[2, 1, 3]
type((any(r) != max(1)))
hex(b'xy')
tuple((bool(0) * b'xy'))
(10**20 < 0)
((divmod([1, 2], [3, [4]]))[1:] in -3)
divmod(0, b'xy')
(bool((b'xy' / [2, 1, 3])) | (divmod(-0.5, bytearray(b'q')) != (-0.5 > -0.5)))
(2.5 >= (bin(7) < 7))
divmod(divmod((10**20 & 10**20), hex([2, 1, 3])), (b'xy')[0])
(sorted(-0.5)).bit_length()
sorted(max((1, 2.0)))
(((range(5) > 7) == tuple(None))).to_bytes(2)
((1, 2.0)).items()
divmod(True, (divmod((1, 2.0), 2.5) == ({'a': 1, 2: 'b'} in 'ab')))
divmod((repr(range(5)) / l), 2.5)
((b'xy' >> [1, 2]) * ([3, [4]]).index(1))
len(list(divmod(None, [3, [4]])))
bool(({} not in float('inf')))
-3
r
-3
(((l).is_integer() | l) in bin((True not in range(2, 9, 3))))
(type(hash(d)) >= ((l * 0) ^ (bytearray(b'q') / {'a': 1, 2: 'b'})))
l
((1, 2.0))[::2]
()
None
bytearray(b'q')
(((2.5)[1]).keys() >= bytearray(b'q'))
0
()
(range(5) < all((1, 2.0)))
hex({})
(range(5) | b'xy')
('ab' in ((b'xy' & 0) > range(5)))
repr(([2, 1, 3]).index(1))
(2.5 & (type(()) >> (b'xy').to_bytes(2)))
(any(oct(d)) & ((10**20 ^ [3, [4]]) != (7 * [3, [4]])))
str(dict(((1, 2.0) != None)))
7
1
divmod((([2, 1, 3] == 0) & ('ab' < r)), (divmod(1e20, ()) | divmod(r, 2.5)))
([2, 1, 3]).items()
str(r)
()
divmod(((True - None) * (0)[-1]), (divmod(float('inf'), 1) / round([3, [4]])))
((range(2, 9, 3) ^ any(True)) / (divmod(-3, {'a': 1, 2: 'b'}) * ((1, 2.0) * 0)))
((divmod(range(2, 9, 3), 'ab') != True) in (bytearray(b'q') | (range(5) != 'ab')))
tuple((-3 in divmod({}, range(2, 9, 3))))
range(2, 9, 3)
[2, 1, 3]
range(2, 9, 3)
(((d < r) <= ([1, 2] >= 0)) != bool(sum(1e20)))
((b'xy' not in ([3, [4]] in range(2, 9, 3))) < ((d not in [2, 1, 3])).to_bytes(2))
((1, 2.0)).copy()
(7 != (range(5) ^ divmod(7, r)))
round((bin('ab') >= (0)[1]))
10**20
(-3).to_bytes(2)
d
sorted(all(divmod([2, 1, 3], True)))
dict(divmod(hex(7), range(2, 9, 3)))
(((float('inf') / ()) ^ (1e20 - {'a': 1, 2: 'b'}))).to_bytes(2)
(10**20 / (1, 2.0))
()
10**20
((divmod(b'xy', d) ^ divmod(bytearray(b'q'), [2, 1, 3]))).bit_length()
(1, 2.0)
({'a': 1, 2: 'b'} != (l).keys())
None
(()).keys()
'ab'
(({}).count(1) >= min(([1, 2] >> ())))
(-3).copy()
{}
float(True)
(hex(-3)).get(1)
2.5
(((d)[::2])[::2] != ((range(2, 9, 3) >> 1) not in abs(0)))
(divmod(-0.5, len(-3)) / True)
((bool(l) > (range(5) - None)) > (divmod({'a': 1, 2: 'b'}, 1e20) < float('inf')))
bin(((l | ()) in range(5)))
divmod(None, (0 >> [2, 1, 3]))
((repr(float('inf')) == str(1e20)) != hash(1))
int((1, 2.0))
([2, 1, 3])[1:]
10**20
tuple(divmod(type(r), ([1, 2] // 10**20)))
((any(float('inf')) | min(())) != hash(any(l)))
'ab'
'ab'
max((max(bytearray(b'q')))[1:])
any(-0.5)
(sum(hex(1)) >= (divmod('ab', 7))[::2])
1
list((all('ab') / {'a': 1, 2: 'b'}))
dict((repr(None) // bin(range(2, 9, 3))))
round(((1 not in -3) <= ([2, 1, 3] >> 'ab')))
b'xy'
sorted(())
(r // (str([3, [4]]) / (True ^ float('inf'))))
7
bytearray(b'q')
b'xy'
(True >> divmod((1e20 // 1e20), (7).bit_length()))
sorted((2.5 | len({'a': 1, 2: 'b'})))
divmod(divmod((0 - [2, 1, 3]), 0), abs(float(())))
divmod((float(True) < list(10**20)), ((-0.5 ^ float('inf'))).items())
(((float('inf') > l) not in divmod([1, 2], {}))).to_bytes(2)
(((bytearray(b'q') // -0.5) >= (range(5)).items())).is_integer()
r
(-0.5)[::2]
()
sorted(oct(({}).keys()))
(10**20 == (divmod([2, 1, 3], 7) >> l))
(None in sum((7 | 0)))
2.5
(bin(divmod((), [2, 1, 3])) >= -3)
repr(-0.5)
divmod(divmod(list([1, 2]), divmod(range(5), {'a': 1, 2: 'b'})), divmod((-3 + -0.5), ([1, 2] // {'a': 1, 2: 'b'})))
(int(('ab' + {'a': 1, 2: 'b'}))).items()
divmod(max(b'xy'), 1e20)
(bytearray(b'q') | (None & (l > 7)))
hex(({'a': 1, 2: 'b'}).items())
bool((range(5) / 1))
(hash((1e20)[-1]) ^ ('ab' >= tuple((1, 2.0))))
int((min((1, 2.0)) > r))
divmod(oct(((1, 2.0) != range(2, 9, 3))), ((float('inf') >= bytearray(b'q'))).copy())
(1 | ([3, [4]]).values())
(((1).is_integer() // (float('inf') - {'a': 1, 2: 'b'})) == l)
([3, [4]] | (({} | bytearray(b'q'))).index(1))
0
all(sorted(l))
1e20
list(((b'xy' * True) ^ r))
([3, [4]] in sorted((0 * 1)))
()
(None / (({'a': 1, 2: 'b'} >= {}) / (float('inf') / 2.5)))
'ab'
(sum(sum(r)) | ([2, 1, 3])[-1])
1e20
(bool(list(True)) ^ float((bytearray(b'q') <= [1, 2])))
((max((1, 2.0))).items() != divmod(len(-3), (7)[::2]))
hash(divmod(divmod(r, 10**20), divmod(-3, 0)))
range(5)
max(divmod(divmod(-3, 'ab'), (range(5) > b'xy')))
max(divmod(sum(bytearray(b'q')), bin(2.5)))
(((bytearray(b'q') >= 1e20) >> (-0.5 / {})) > d)
float(bool(7))
(-3 == 'ab')
-0.5
[1, 2]
range(5)
divmod(divmod((None).get(1), [1, 2]), all(bin('ab')))
(((())[::2] - [1, 2]) >> ((-3 >= None) | divmod(l, {})))
(oct((2.5)[0]) < bin(min([2, 1, 3])))
str(all(bytearray(b'q')))
(repr((7 < l)) > sorted(divmod(1e20, 7)))
divmod((hex(None) in float('inf')), [2, 1, 3])
(divmod(2.5, range(2, 9, 3)) ^ 7)
divmod((bytearray(b'q') >= 1e20), ((range(5) >= -3) < (range(2, 9, 3) | 1e20)))
(divmod(bytearray(b'q'), {'a': 1, 2: 'b'}) + (([1, 2]).items() != sorted([3, [4]])))
(divmod(all(10**20), None))[-1]
(((range(5) == bytearray(b'q')) not in (True >> bytearray(b'q'))) * ((2.5 / l) > -3))
((hash(bytearray(b'q'))).count(1) >> ((b'xy' & {'a': 1, 2: 'b'}) + (7 + None)))
((1, 2.0))[::2]
abs(l)
l
r
divmod(int((d >> 1e20)), (([1, 2] | -3) // str(2.5)))
(True <= b'xy')
divmod(type((True + None)), divmod((b'xy' < (1, 2.0)), divmod((), True)))
7
((1, 2.0) > [3, [4]])
max(float(None))
b'xy'
((len(7) // 0) ^ (l in ('ab').items()))
list([3, [4]])
float('inf')
[1, 2]
None
((({'a': 1, 2: 'b'} | (1, 2.0)) > 10**20) * divmod(list(True), range(5)))
(((-0.5 ^ 10**20))[0] | repr(0))
max(((-3 >= 0)).values())
b'xy'
divmod(((2.5 // range(5))).items(), {'a': 1, 2: 'b'})
[2, 1, 3]
tuple(b'xy')
10**20
float([2, 1, 3])
({} <= 0)
max(((l in {'a': 1, 2: 'b'}) == (() >> 2.5)))
divmod((divmod(l, r) - (7 >> b'xy')), True)
tuple((abs(0) not in any(d)))
(repr((7).copy()) - (bin([3, [4]]) + (7 == 0)))
[1, 2]
dict(1e20)
()
()
bool((all(float('inf')) <= (None)[1]))
((((1, 2.0) < [1, 2]) >> 'ab') * divmod(divmod(10**20, l), divmod([1, 2], 2.5)))
round(((range(5) | 10**20) < hash(range(5))))
(list((1, 2.0))).bit_length()
divmod(sorted(([2, 1, 3] in {'a': 1, 2: 'b'})), divmod((float('inf')).index(1), (True // range(5))))
bytearray(b'q')
(True + (type(None)).to_bytes(2))
[2, 1, 3]
(2.5).copy()
(range(5) != (([3, [4]] != [1, 2]) <= divmod(bytearray(b'q'), 1)))
((1, 2.0) & (int(7) + ({'a': 1, 2: 'b'} >= {'a': 1, 2: 'b'})))
divmod(list(([2, 1, 3] >> 0)), (str(1)).keys())
int(0)
{}
round(all((7 >= [1, 2])))
(((bytearray(b'q') > ())).bit_length())[1]
range(5)
divmod(divmod(max(10**20), {}), all(divmod(True, {'a': 1, 2: 'b'})))
(((float('inf') == -0.5) >> (r).values()) / range(2, 9, 3))
(all((2.5 == {})) | 1e20)
float('inf')
sum(((None + (1, 2.0)) ^ len(7)))
(oct((7).is_integer()) * sorted(0))
r
(2.5 in (round({}) ^ oct(2.5)))
(('ab' // (l)[::2])).keys()
sorted(True)
divmod(l, (divmod(r, None))[0])
(((True <= r))[1] < (hash(b'xy'))[::2])
(((True / (1, 2.0)) * divmod('ab', float('inf')))).to_bytes(2)
range(5)
((b'xy' & sum(())) >> (abs({}) < bool(10**20)))
((-3).items() >> {})
list(((True).copy()).keys())
divmod(sorted(divmod(1, 7)), abs(hex(1)))
((([2, 1, 3] == None) / divmod(float('inf'), l))).count(1)
float('inf')
all([3, [4]])
((oct(r) <= float('inf'))).index(1)
((1, 2.0) // divmod(divmod(10**20, 7), (2.5)[1]))
divmod({'a': 1, 2: 'b'}, ((()).to_bytes(2) - float(d)))
2.5
bin([3, [4]])
(list((b'xy' & 7)) == (2.5 in abs(float('inf'))))
(range(2, 9, 3)).count(1)
([1, 2])[-1]
(((-3 / {'a': 1, 2: 'b'}) - [2, 1, 3]) < hash(divmod(range(2, 9, 3), -3)))
divmod(divmod((1, 2.0), bytearray(b'q')), ((-0.5).values())[1])
float(all(bytearray(b'q')))
(divmod(bool(7), r) >= (bool(b'xy')).keys())
bytearray(b'q')
divmod(divmod(range(5), d), (10**20).values())
tuple(divmod(('ab' ^ (1, 2.0)), ()))
(())[-1]
divmod(sum((7 >= 7)), divmod(({} >> 1e20), 'ab'))
any(min((True).keys()))
((-0.5 - (d)[::2]) > str(sum([2, 1, 3])))
{}
any(min(-0.5))
((tuple(b'xy') - range(5))).index(1)
(divmod(1e20, sum({}))).count(1)
divmod(str((10**20 < 2.5)), {'a': 1, 2: 'b'})
{'a': 1, 2: 'b'}
1
[1, 2]
list(min(range(2, 9, 3)))
{}
oct(1)
((1 >= 10**20))[::2]
None
(((7)[::2] >> [1, 2]) == -0.5)
((any(1) >= (None).bit_length()) - range(5))
(d // (2.5 + divmod([1, 2], ())))
hash(((r >> float('inf')) // ([2, 1, 3] // r)))
(oct(divmod(1, b'xy')) > round(divmod(bytearray(b'q'), range(5))))
(divmod((), divmod(range(5), 10**20)) <= tuple(min(-0.5)))
divmod(sum(any(0)), -3)
divmod((), (divmod({'a': 1, 2: 'b'}, [3, [4]]) | divmod(-3, {})))
((d * -0.5) * bin(sorted('ab')))
(((range(5)).copy() - (None <= True)) < ((0)[0] / tuple('ab')))
(divmod(repr({'a': 1, 2: 'b'}), (-0.5 | 0)) in 2.5)
d
(1, 2.0)
('ab')[::2]
True
divmod(range(5), ((True < b'xy')).values())
(((1 - {'a': 1, 2: 'b'}) == str([2, 1, 3])) | type(1))
True
all(divmod(None, 'ab'))
[2, 1, 3]
((-0.5 / (None + bytearray(b'q'))) != [2, 1, 3])
0
{}
divmod(((1).items() not in ((1, 2.0) not in [1, 2])), (((1, 2.0) - -0.5) // divmod(None, float('inf'))))
{'a': 1, 2: 'b'}
(-0.5 & 1e20)
divmod((-3 <= (2.5 + (1, 2.0))), divmod((() | r), (bytearray(b'q')).count(1)))
hex(dict(float('inf')))
{'a': 1, 2: 'b'}
bool((float(1) ^ (())[1]))
(1e20 ^ sorted(2.5))
(1, 2.0)
1e20
divmod((bool(1) // 10**20), ((-0.5)[1:] < divmod(range(5), 0)))
d = {1: [2], "k": 3.5}
l = [5, 1.5, True]
r = range(3)
int((0 // round(d)))
(min(([3, [4]] not in 7)) & (min(range(2, 9, 3)) * divmod(-3, [3, [4]])))
divmod((1e20 >> 1), (10**20 != (1e20 in [2, 1, 3])))
divmod(((True).to_bytes(2) <= (-3 in {})), range(2, 9, 3))
max(all((1e20 in l)))
10**20
((max({})).bit_length() >> ())
[3, [4]]
(((1, 2.0)).keys() * divmod(str([1, 2]), bin('ab')))
repr((float('inf')).items())
(list({'a': 1, 2: 'b'}) / r)
((1, 2.0) == ([3, [4]])[1])
divmod(min(hash(2.5)), round((b'xy' != range(2, 9, 3))))
(sum(round(-0.5)) >> (bool(range(2, 9, 3)) / any(())))
divmod(1e20, None)
repr(divmod(divmod(-3, 7), (float('inf') | 2.5)))
float('inf')
7
()
(divmod(oct(-3), 10**20) ^ (divmod([2, 1, 3], 10**20)).get(1))
divmod((1, 2.0), ((() * 'ab') != 1))
None
()
((-3).keys() | (-0.5 == (d & b'xy')))
divmod(float('inf'), {'a': 1, 2: 'b'})
d
(-3 != ({} // d))
range(5)
divmod(sorted(len(-0.5)), sorted((r < b'xy')))
divmod(({} not in divmod(True, r)), min(len(10**20)))
-3
1
(10**20 not in bytearray(b'q'))
(True <= range(5))
max(-3)
bool(float('inf'))
((list(0))[1:] <= max(True))
10**20
type(range(5))
{}
hash(((10**20 - [2, 1, 3]) / l))
[2, 1, 3]
((divmod(2.5, b'xy') * (None * range(2, 9, 3)))).items()
2.5
(float('inf') < ((() ^ 'ab'))[1])
l
(divmod((r + 7), [1, 2]) >= (divmod({'a': 1, 2: 'b'}, ()) & divmod(2.5, (1, 2.0))))
2.5
(((() != b'xy'))[::2] < divmod(int(1), range(2, 9, 3)))
len(divmod((l * float('inf')), tuple(-0.5)))
(divmod(-0.5, 2.5))[::2]
((dict(r)).keys() != sum(int(0)))
10**20
10**20
(None / (float(bytearray(b'q')) // divmod(float('inf'), d)))
({'a': 1, 2: 'b'} // (1, 2.0))
divmod(((1).copy() | dict({})), divmod((-0.5 - 1e20), (None - 'ab')))
any(d)
0
bytearray(b'q')
(((() < range(2, 9, 3)) != d) * (range(2, 9, 3)).keys())
min(1)
divmod((float('inf')).index(1), [3, [4]])
(None != None)
any((([2, 1, 3] * 'ab') >= ('ab' | 1)))
oct(divmod(r, 10**20))
divmod((r).get(1), (None >= d))
-0.5
divmod(0, dict(([2, 1, 3] >= ())))
((({'a': 1, 2: 'b'} / 2.5)).bit_length() | ((None & True) + (range(5) / 1)))
((10**20 | oct(range(2, 9, 3))) in (divmod(r, [2, 1, 3])).count(1))
repr(())
divmod((r & 1), divmod(([3, [4]] >= ()), bytearray(b'q')))
(1)[1]
None
(((l ^ d) not in 1e20) & ((1)[0] <= abs(10**20)))
-3
range(2, 9, 3)
tuple((bin(()) == divmod(1e20, l)))
(1e20).copy()
(0 + [1, 2])
(1e20 <= ((() * range(2, 9, 3)) not in divmod(float('inf'), 10**20)))
max((hash((1, 2.0)) & True))
any(type((bytearray(b'q')).bit_length()))
((divmod(range(2, 9, 3), range(2, 9, 3)) ^ dict(-0.5)) not in -3)
None
(1e20 not in ((1).is_integer() < b'xy'))
'ab'
(range(5) ^ len(b'xy'))
10**20
((range(2, 9, 3) + range(2, 9, 3)) & [3, [4]])
(bytearray(b'q'))[1:]
((-3 // (1 / {'a': 1, 2: 'b'})) - ((l | range(5)) <= ([1, 2] not in r)))
d
[3, [4]]
all({})
((([2, 1, 3]).index(1) / divmod(float('inf'), True)) not in 10**20)
1
0
(1, 2.0)
dict(())
0
(any(2.5) > (([2, 1, 3])[0] & float(10**20)))
(bool(range(5)) ^ divmod(hex(10**20), dict('ab')))
[3, [4]]
sum((([3, [4]] ^ bytearray(b'q')) in divmod([2, 1, 3], d)))
(0)[::2]
(1 // 7)
1e20
7
(abs(sum([1, 2])) * (oct((1, 2.0)))[1])
range(2, 9, 3)
min(range(5))
(((range(2, 9, 3) + 'ab') >> 1e20) >> 10**20)
r
any(d)
(divmod(sum(7), r) / ((float('inf') | None) / 1))
abs(((1 // d) >> True))
(((l)[1:] * 7) in ((b'xy' // -3) // 1))
b'xy'
((list(r) / (-0.5 // -3))).get(1)
((((1, 2.0) > float('inf')) - divmod(b'xy', b'xy')) not in str(int([1, 2])))
r
(1, 2.0)
7
divmod(1e20, 1e20)
(7 in hex(hash(7)))
abs(divmod(sorted([2, 1, 3]), {'a': 1, 2: 'b'}))
round(r)
dict(sum(divmod(1, -3)))
divmod(bytearray(b'q'), [1, 2])
int((10**20 > type(0)))
-0.5
('ab')[0]
(None).bit_length()
b'xy'
([3, [4]] >> hash(divmod(True, 0)))
divmod(((bytearray(b'q') >= 1e20) not in 2.5), (str(2.5) >= any(True)))
round(-3)
1
'ab'
(list(max(7))).copy()
divmod(type(1e20), (divmod(-3, l) - (10**20 ^ d)))
((1, 2.0) > {})
((oct(float('inf')) & 1e20) >= 'ab')
(oct((range(2, 9, 3) | 1)) == ((2.5 | {'a': 1, 2: 'b'}) / -3))
0
(bool(divmod([2, 1, 3], (1, 2.0)))).items()
(sum(None) < ((True ^ 0)).is_integer())
divmod(2.5, list(divmod(10**20, ())))
True
(7 <= 7)
r
2.5
(((1 ^ r) * ('ab' | None)) // ((7 >> True)).keys())
float((sum(0)).bit_length())
(((0).copy() <= str(bytearray(b'q'))) - float('inf'))
((([2, 1, 3] / (1, 2.0)) > any([3, [4]])) in (divmod(1e20, 2.5) == type(10**20)))
((dict(1e20) - divmod(1e20, 0)))[0]
(l == [1, 2])
len(((-3).to_bytes(2) >> ()))
(1e20)[-1]
(range(2, 9, 3) < [1, 2])
1e20
r
(-3 == hash((-0.5).index(1)))
(d / str(divmod({}, [3, [4]])))
(1, 2.0)
(range(2, 9, 3) != (1, 2.0))
(((b'xy' >> -3) <= r) != (True / 10**20))
(float('inf') & ((-3).count(1))[-1])
(min(10**20))[::2]
[1, 2]
divmod((10**20 + dict((1, 2.0))), max((d != range(5))))
dict(divmod(r, d))
7
round(bin(-3))
min(True)
round(((2.5).index(1) not in range(5)))
b'xy'
((str(2.5) <= ({} not in {})) == abs(((1, 2.0)).to_bytes(2)))
((range(2, 9, 3) | (l != [2, 1, 3])) // sum(divmod(7, d)))
divmod([1, 2], tuple(([3, [4]] | {'a': 1, 2: 'b'})))
7
(divmod(any(1e20), (l).keys()) / (([1, 2] + [3, [4]]) / l))
l
(tuple(({} != 10**20)))[-1]
((((1, 2.0) > b'xy') ^ {'a': 1, 2: 'b'}) & (([3, [4]] * ()) >= round([2, 1, 3])))
(float(((1, 2.0) + 7)) >> max(7))
('ab' | (int(bytearray(b'q')) == (-0.5 == bytearray(b'q'))))
(divmod((1 ^ -0.5), divmod({}, {})) * 'ab')
(1, 2.0)
min(range(2, 9, 3))
divmod(-3, (1e20 >= 10**20))
((divmod(1e20, None)).get(1) ^ r)
(divmod(True, divmod(1, r)) == divmod(divmod(bytearray(b'q'), ()), ({} | -0.5)))
d
list((None).bit_length())
divmod(1, type(str(float('inf'))))
(0 | 2.5)
{'a': 1, 2: 'b'}
range(5)
2.5
()
divmod(hash((None)[1:]), (2.5 < l))
r
([2, 1, 3]).keys()
2.5
(2.5 == min(10**20))
str((type(1))[-1])
((() / (0 & 10**20)) ^ 10**20)
1e20
((len([1, 2]) - divmod(True, None)) <= (b'xy').count(1))
((sum(2.5) != (l | d)) >> 'ab')
((divmod(range(5), {}) not in divmod(7, [2, 1, 3])) >= -0.5)
1
[2, 1, 3]
(tuple(None) + (sum(float('inf'))).to_bytes(2))
{}
(abs(float(1)) ^ (1 >= dict(7)))
dict(all((None >> 10**20)))
(divmod((float('inf') >> 0), (2.5).keys()) <= None)
(((b'xy' <= [1, 2]) & 1e20) * (min(float('inf')) * (l / l)))
float('inf')
(abs(({'a': 1, 2: 'b'} // ())) > divmod(1, -3))
'ab'
True
(d < float('inf'))
(all(all('ab')) | 'ab')
1e20
2.5
(((d != -3) < range(5)) & len((r * [2, 1, 3])))
b'xy'
True
range(5)
all(((float('inf') == range(5)))[1])
1e20
divmod((divmod(1e20, {}))[1], (str(1) * (True ^ [1, 2])))
b'xy'
((l ^ l) + (divmod(r, -3) in ({} / 10**20)))
((({'a': 1, 2: 'b'} in [3, [4]]) < (0 > bytearray(b'q'))) >= dict((7 + r)))
((any(1e20)).items()).index(1)
7
7
((((1, 2.0) | b'xy') | ((1, 2.0)).copy()) > divmod(None, [3, [4]]))
-3
divmod(True, divmod(divmod('ab', True), ([2, 1, 3] | range(5))))
(((-0.5).keys() >> divmod([2, 1, 3], 2.5)) == divmod(2.5, bin('ab')))
round([3, [4]])
{'a': 1, 2: 'b'}
(((range(5)).copy() ^ (0 != l)) <= divmod((1e20 > {'a': 1, 2: 'b'}), round(1e20)))
((((1, 2.0) - ()) | (l / True))).index(1)
any((hash(1) ^ 10**20))
([2, 1, 3]).values()
7
divmod(-3, divmod({'a': 1, 2: 'b'}, [1, 2]))
divmod(str(({'a': 1, 2: 'b'} == range(2, 9, 3))), (10**20 * ([3, [4]] / {})))
dict((type(b'xy'))[::2])
(repr(({} != 2.5))).to_bytes(2)
tuple(float('inf'))
-3
max(hex(({} <= ())))
-0.5
(round(bytearray(b'q')) not in ((range(2, 9, 3) not in True) not in int(bytearray(b'q'))))
(((-3 >> float('inf'))).count(1) not in (1e20)[0])
divmod(float(list(1)), sum(7))
7
sorted(((d | 0) & (0 not in -3)))
1
(divmod(type(l), hash(10**20)) != bytearray(b'q'))
round((({} not in range(5)) != {}))
[1, 2]
((tuple(l)).values() > (d > ([2, 1, 3] >> -3)))
bytearray(b'q')
(((range(5) != r)).index(1) & True)
(2.5 != [2, 1, 3])
str(str((range(5) <= [1, 2])))
((() < 1) >= divmod(float(0), oct(1)))
float([2, 1, 3])
abs(sorted(d))
2.5
(divmod(0, ({} - -0.5))).is_integer()
[3, [4]]
bin(divmod((r * [3, [4]]), [2, 1, 3]))
oct(((1 >= b'xy')).bit_length())
('ab')[1:]
divmod(divmod((r / range(5)), 'ab'), True)
([2, 1, 3]).get(1)
((abs({'a': 1, 2: 'b'}) != (float('inf') + 1e20)) < str((10**20 >= 7)))
(-3 | divmod((b'xy' / bytearray(b'q')), 10**20))
({}).items()
'ab'
1
divmod(divmod(divmod(bytearray(b'q'), bytearray(b'q')), list(0)), ((range(2, 9, 3) == {}) >= [1, 2]))
divmod(type((range(2, 9, 3)).is_integer()), (divmod(l, 7) / (-0.5 >= 7)))
(float('inf') - divmod(d, -0.5))
divmod(1e20, (None).values())
(l + 10**20)
(abs((1e20 == bytearray(b'q'))) >> hex([3, [4]]))
{'a': 1, 2: 'b'}
(((True & range(2, 9, 3)) >> (() >> 2.5)) <= sum((0 * range(2, 9, 3))))
d
((-0.5 >= (float('inf'))[1])).values()
(((7 > 2.5) - divmod(1e20, -3)) != bytearray(b'q'))
(((()).copy()).copy() & (str([1, 2]) >> (7 == 'ab')))
l
(l).is_integer()
(divmod(divmod(7, -3), (b'xy' >> {'a': 1, 2: 'b'})))[1]
((bool({'a': 1, 2: 'b'}) / (7).count(1)) * r)
divmod(((l & d)).is_integer(), (-3 & (range(2, 9, 3)).copy()))
(10**20 | sorted([1, 2]))
any((sorted(d)).get(1))
[3, [4]]
(((0 ^ 10**20)).items()).items()
all((dict(None)).values())
(1 + divmod(float('inf'), (1 / 10**20)))
((divmod([1, 2], r)).values() + max(any(-0.5)))
((divmod(range(5), l))[1:]).copy()
((([3, [4]] != 'ab') * abs(l)) ^ None)
float('inf')
-3
(str(hash([2, 1, 3])) & divmod(([3, [4]] == {'a': 1, 2: 'b'}), ([2, 1, 3] == 1e20)))
float('inf')
(type((() != {'a': 1, 2: 'b'})) - -0.5)
'ab'
((None + divmod([1, 2], b'xy')) / sum(divmod(10**20, (1, 2.0))))
repr(r)
range(2, 9, 3)
10**20
bytearray(b'q')
(divmod([3, [4]], d) == ((True >= {}) > (r / float('inf'))))
(10**20 >= [2, 1, 3])
(divmod(max(0), (1 * 1e20)) & [2, 1, 3])
divmod(((2.5 not in 0) + divmod(1e20, [1, 2])), (1e20 not in (-0.5).index(1)))
[1, 2]
1e20
(divmod(divmod({'a': 1, 2: 'b'}, range(5)), (range(2, 9, 3) <= 0)) > 0)
hash(((l < l) <= (1 / r)))
((((1, 2.0) not in d))[0] // divmod(l, {'a': 1, 2: 'b'}))
float(float('inf'))
divmod(divmod([3, [4]], 10**20), ((1e20 | (1, 2.0)) // -3))
divmod(divmod((None)[0], ('ab').index(1)), (divmod(2.5, (1, 2.0)))[-1])
(sum(b'xy'))[1]
((max(0) & (float('inf')).get(1))).items()
l
(float((1, 2.0)))[::2]
(0 // range(5))
(0)[1:]
((([3, [4]]).index(1) != 10**20) > (list(d) * bytearray(b'q')))
0
-0.5
(((1 * -0.5))[1])[::2]
((divmod(None, -0.5) & (2.5 & -3)) not in divmod(l, {'a': 1, 2: 'b'}))
float('inf')
(2.5).bit_length()
((([2, 1, 3])[0] | divmod(range(2, 9, 3), float('inf'))) | float('inf'))
((divmod(range(5), -3) // (() < [3, [4]])) // (('ab' <= None) + (r in 1e20)))
()
divmod(sum(sorted(7)), -3)
(-3).items()
range(2, 9, 3)
divmod(1e20, divmod((True + r), (b'xy').count(1)))
([3, [4]] * (float(float('inf'))).keys())
l
([3, [4]] not in True)
divmod({}, (bool({}) / 1e20))
hex(r)
list((dict((1, 2.0)) not in divmod(b'xy', [3, [4]])))
l
{}
divmod(7, float('inf'))
(float('inf') != {'a': 1, 2: 'b'})
10**20
divmod(((range(2, 9, 3) > d) > (1, 2.0)), bytearray(b'q'))
(1)[0]
(1, 2.0)
int(10**20)
([1, 2]).values()
(r != divmod((r != -0.5), l))
1e20
((divmod([2, 1, 3], float('inf')) / [1, 2]) in [2, 1, 3])
(1, 2.0)
(oct((float('inf') // 'ab')) >= (() != sorted(1e20)))
(((0 not in b'xy') >= (float('inf') + -3)) < (round(None) - 0))
(oct(repr(range(2, 9, 3))))[-1]
{'a': 1, 2: 'b'}
(len([1, 2]) * abs((l * bytearray(b'q'))))
((-3 > bool(bytearray(b'q'))) * divmod(all(b'xy'), -3))
float('inf')
'ab'
float('inf')
{'a': 1, 2: 'b'}
min(int(({} & float('inf'))))
[2, 1, 3]
((({} == ()) | {})).keys()
divmod(True, -0.5)
divmod((type(1)).keys(), (divmod({}, None))[-1])
(divmod((r).bit_length(), tuple(-0.5)) | divmod(divmod(0, range(2, 9, 3)), len(d)))
1e20
((float('inf')).values()).index(1)
((divmod(7, 'ab')).values() not in range(2, 9, 3))
(divmod((1e20 - 10**20), 1e20) < 10**20)
((-3 + divmod([2, 1, 3], [3, [4]])) // bytearray(b'q'))
((l not in divmod(10**20, 2.5))).to_bytes(2)
(1 != l)
([1, 2] ^ divmod((d > (1, 2.0)), ((1, 2.0)).get(1)))
((r).values()).items()
abs('ab')
-0.5
divmod(sorted(-0.5), d)
oct(repr(divmod(float('inf'), bytearray(b'q'))))
sum({})
range(5)
(None).is_integer()
str(range(5))
((max(0) == list(2.5)) >> (0 / int({})))
(max((0)[1])).keys()
(divmod(abs([2, 1, 3]), abs(float('inf')))).bit_length()
b'xy'
r
hex(sorted(divmod(True, 1e20)))
hex(divmod(hex(r), 10**20))
range(5)
b'xy'
b'xy'
divmod((([3, [4]] / bytearray(b'q')) not in (() <= [3, [4]])), 7)
([1, 2] + float(tuple(7)))
({'a': 1, 2: 'b'})[0]
True
((([2, 1, 3] >> ()) ^ (7 | 10**20)))[-1]
(10**20 > divmod(repr(l), int([1, 2])))
float(7)
(((1, 2.0) / len(())) < ((10**20 >= range(2, 9, 3)))[1:])
(1, 2.0)
'ab'
'ab'
divmod(l, divmod((None // range(5)), ({} - d)))
True
(float('inf') != all(range(2, 9, 3)))
(((float('inf') | 0) * abs({'a': 1, 2: 'b'}))).index(1)
{}
(((2.5 // [1, 2]) > (r - {'a': 1, 2: 'b'})) > [2, 1, 3])
divmod(b'xy', ((10**20)[1:]).index(1))
(float('inf') in (('ab' not in ()) / l))
[3, [4]]
((float([2, 1, 3]) + 10**20) / {})
bool(d)
divmod(divmod(divmod('ab', range(5)), True), range(5))
((((1, 2.0) not in [3, [4]]))[0] <= dict((7 in 1e20)))
divmod((([1, 2] / [1, 2]) not in [2, 1, 3]), 0)
range(2, 9, 3)
(1, 2.0)
(len(abs([1, 2]))).get(1)
{'a': 1, 2: 'b'}
(7 in {'a': 1, 2: 'b'})
d
(2.5 != (1e20 >> type([1, 2])))
abs((([2, 1, 3] == b'xy') == (2.5).to_bytes(2)))
b'xy'
(1e20 | (-3).is_integer())
min(oct(10**20))
type(hash(hash(2.5)))
dict(([1, 2] in float('inf')))
((True == (d * 7)))[::2]
divmod(-3, (divmod(-0.5, True) <= int((1, 2.0))))
hash(divmod(sorted(-3), ((1, 2.0)).items()))
None
bin(())
('ab' >= ((7 | 1) not in bool(2.5)))
range(5)
2.5
((r >> [3, [4]]) // 'ab')
(hex((b'xy').get(1)) < ((-0.5 // -0.5) & 2.5))
(divmod('ab', d) / 'ab')
(l - ((d & r))[0])
()
1
(((-0.5 + [2, 1, 3])).copy()).keys()
[3, [4]]
((1, 2.0) / (('ab' in 2.5) ^ (r).index(1)))
None
(divmod(divmod(0, b'xy'), (10**20).index(1)) > ((10**20 + 7)).index(1))
len(divmod({}, list(None)))
'ab'
divmod(range(2, 9, 3), 1e20)
[2, 1, 3]
float('inf')
abs(sum(None))
-3
(b'xy' <= bool(d))
r
type(())
(10**20).items()
divmod(type((l * 10**20)), (int(d) > divmod({}, float('inf'))))
('ab' & int((0 / [3, [4]])))
((({}).to_bytes(2) not in {}) >> None)
(divmod(round(bytearray(b'q')), range(2, 9, 3)) >> 'ab')
(range(2, 9, 3) * max(l))
[3, [4]]
(range(2, 9, 3)).count(1)
-3
([1, 2]).count(1)
(divmod(int(1), (1e20 >> bytearray(b'q'))) | repr(1))
divmod((((1, 2.0) == 1) not in (() != -0.5)), divmod(range(5), [1, 2]))
r
float('inf')
d
(abs((() <= range(2, 9, 3))) == (1 > (bytearray(b'q') ^ bytearray(b'q'))))
((hash(1))[::2] / (oct(1e20) // divmod({}, 'ab')))
True
1e20
[3, [4]]
((round(0) + [1, 2]) > (1, 2.0))
oct(round(range(5)))
()
divmod(r, {'a': 1, 2: 'b'})
([1, 2] + 0)
1e20
(repr((float('inf') // float('inf')))).items()
(bin(len(l)) == 7)
range(5)
l
(1 & ((l in d) // min((1, 2.0))))
((all(range(5)) | (() != {})) in (b'xy').keys())
(divmod(sorted(1), (l <= 10**20)) <= l)
2.5
(dict(()))[0]
7
()
(oct(1e20) != ())
bytearray(b'q')
0
((type([3, [4]]) >= round((1, 2.0))) < ('ab' | {}))
float('inf')
sum(int((range(2, 9, 3) + -0.5)))
[2, 1, 3]
divmod(divmod(1, hex(range(2, 9, 3))), (divmod(bytearray(b'q'), bytearray(b'q')))[-1])
2.5
round(2.5)
True
hex(dict((2.5 + [3, [4]])))
abs(((b'xy' // -3) < True))
True
divmod(type(({} <= r)), ((0).index(1)).to_bytes(2))
0
([1, 2]).index(1)
7
{'a': 1, 2: 'b'}
(divmod(([2, 1, 3] & {'a': 1, 2: 'b'}), -0.5) not in [2, 1, 3])
len((str(r) < float('inf')))
((tuple(1) & oct(range(2, 9, 3))) not in (2.5).values())
(len({'a': 1, 2: 'b'}) ^ ((-0.5 ^ -3) | (None <= float('inf'))))
-3
b'xy'
divmod((10**20 not in divmod([2, 1, 3], ())), (min([2, 1, 3]))[1])
dict(tuple(divmod({'a': 1, 2: 'b'}, -0.5)))
((d <= 1))[::2]
(int(((1, 2.0) // float('inf'))))[-1]
0
(range(2, 9, 3) <= ())
all(str(type({'a': 1, 2: 'b'})))
[2, 1, 3]
range(5)
([2, 1, 3]).index(1)
(float('inf') not in ((1e20).is_integer())[::2])
((divmod([1, 2], d) - divmod(2.5, range(2, 9, 3))) + float(('ab' != {'a': 1, 2: 'b'})))
(float((-0.5 / 2.5)) > (repr(1)).copy())
divmod(range(5), (any((1, 2.0)) < (range(2, 9, 3) != {'a': 1, 2: 'b'})))
(any(-3) > 1)
