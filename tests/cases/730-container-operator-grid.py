[] == []
[] != []
[] < []
[] <= []
[] > []
[] in []
[] not in []
[] + []
[] * []
[] | []
[] == [1, 2]
[] != [1, 2]
[] < [1, 2]
[] <= [1, 2]
[] > [1, 2]
[] in [1, 2]
[] not in [1, 2]
[] is [1, 2]
[] + [1, 2]
[] * [1, 2]
[] | [1, 2]
[] == (1,)
[] != (1,)
[] < (1,)
[] <= (1,)
[] > (1,)
[] in (1,)
[] not in (1,)
[] is (1,)
[] + (1,)
[] * (1,)
[] | (1,)
[] == (1, 2.0)
[] != (1, 2.0)
[] < (1, 2.0)
[] <= (1, 2.0)
[] > (1, 2.0)
[] in (1, 2.0)
[] not in (1, 2.0)
[] is (1, 2.0)
[] + (1, 2.0)
[] * (1, 2.0)
[] | (1, 2.0)
[] == {}
[] != {}
[] < {}
[] <= {}
[] > {}
[] in {}
[] not in {}
[] is {}
[] + {}
[] * {}
[] | {}
[] == {'a': 1}
[] != {'a': 1}
[] < {'a': 1}
[] <= {'a': 1}
[] > {'a': 1}
[] in {'a': 1}
[] not in {'a': 1}
[] is {'a': 1}
[] + {'a': 1}
[] * {'a': 1}
[] | {'a': 1}
[] == {1: 'x'}
[] != {1: 'x'}
[] < {1: 'x'}
[] <= {1: 'x'}
[] > {1: 'x'}
[] in {1: 'x'}
[] not in {1: 'x'}
[] is {1: 'x'}
[] + {1: 'x'}
[] * {1: 'x'}
[] | {1: 'x'}
[] == 'a'
[] != 'a'
[] < 'a'
[] <= 'a'
[] > 'a'
[] in 'a'
[] not in 'a'
[] is 'a'
[] + 'a'
[] * 'a'
[] | 'a'
[] == 'ab'
[] != 'ab'
[] < 'ab'
[] <= 'ab'
[] > 'ab'
[] in 'ab'
[] not in 'ab'
[] is 'ab'
[] + 'ab'
[] * 'ab'
[] | 'ab'
[] == b'a'
[] != b'a'
[] < b'a'
[] <= b'a'
[] > b'a'
[] in b'a'
[] not in b'a'
[] is b'a'
[] + b'a'
[] * b'a'
[] | b'a'
[] == bytearray(b'ab')
[] != bytearray(b'ab')
[] < bytearray(b'ab')
[] <= bytearray(b'ab')
[] > bytearray(b'ab')
[] in bytearray(b'ab')
[] not in bytearray(b'ab')
[] is bytearray(b'ab')
[] + bytearray(b'ab')
[] * bytearray(b'ab')
[] | bytearray(b'ab')
[] == memoryview(b'a')
[] != memoryview(b'a')
[] < memoryview(b'a')
[] <= memoryview(b'a')
[] > memoryview(b'a')
[] in memoryview(b'a')
[] not in memoryview(b'a')
[] is memoryview(b'a')
[] + memoryview(b'a')
[] * memoryview(b'a')
[] | memoryview(b'a')
[] == range(3)
[] != range(3)
[] < range(3)
[] <= range(3)
[] > range(3)
[] in range(3)
[] not in range(3)
[] is range(3)
[] + range(3)
[] * range(3)
[] | range(3)
[] == range(0)
[] != range(0)
[] < range(0)
[] <= range(0)
[] > range(0)
[] in range(0)
[] not in range(0)
[] is range(0)
[] + range(0)
[] * range(0)
[] | range(0)
[] == None
[] != None
[] < None
[] <= None
[] > None
[] in None
[] not in None
[] is None
[] + None
[] * None
[] | None
[] == 1
[] != 1
[] < 1
[] <= 1
[] > 1
[] in 1
[] not in 1
[] is 1
[] + 1
[] * 1
[] | 1
[] == 1.0
[] != 1.0
[] < 1.0
[] <= 1.0
[] > 1.0
[] in 1.0
[] not in 1.0
[] is 1.0
[] + 1.0
[] * 1.0
[] | 1.0
[] == True
[] != True
[] < True
[] <= True
[] > True
[] in True
[] not in True
[] is True
[] + True
[] * True
[] | True
[] == [[1]]
[] != [[1]]
[] < [[1]]
[] <= [[1]]
[] > [[1]]
[] in [[1]]
[] not in [[1]]
[] is [[1]]
[] + [[1]]
[] * [[1]]
[] | [[1]]
[] == {'a': 1}.keys()
[] != {'a': 1}.keys()
[] < {'a': 1}.keys()
[] <= {'a': 1}.keys()
[] > {'a': 1}.keys()
[] in {'a': 1}.keys()
[] not in {'a': 1}.keys()
[] is {'a': 1}.keys()
[] + {'a': 1}.keys()
[] * {'a': 1}.keys()
[] == {'a': 1}.items()
[] != {'a': 1}.items()
[] < {'a': 1}.items()
[] <= {'a': 1}.items()
[] > {'a': 1}.items()
[] in {'a': 1}.items()
[] not in {'a': 1}.items()
[] is {'a': 1}.items()
[] + {'a': 1}.items()
[] * {'a': 1}.items()
[] == {'a': 1}.values()
[] != {'a': 1}.values()
[] < {'a': 1}.values()
[] <= {'a': 1}.values()
[] > {'a': 1}.values()
[] in {'a': 1}.values()
[] not in {'a': 1}.values()
[] is {'a': 1}.values()
[] + {'a': 1}.values()
[] * {'a': 1}.values()
[] | {'a': 1}.values()
[1, 2] == []
[1, 2] != []
[1, 2] < []
[1, 2] <= []
[1, 2] > []
[1, 2] in []
[1, 2] not in []
[1, 2] is []
[1, 2] + []
[1, 2] * []
[1, 2] | []
[1, 2] == [1, 2]
[1, 2] != [1, 2]
[1, 2] < [1, 2]
[1, 2] <= [1, 2]
[1, 2] > [1, 2]
[1, 2] in [1, 2]
[1, 2] not in [1, 2]
[1, 2] + [1, 2]
[1, 2] * [1, 2]
[1, 2] | [1, 2]
[1, 2] == (1,)
[1, 2] != (1,)
[1, 2] < (1,)
[1, 2] <= (1,)
[1, 2] > (1,)
[1, 2] in (1,)
[1, 2] not in (1,)
[1, 2] is (1,)
[1, 2] + (1,)
[1, 2] * (1,)
[1, 2] | (1,)
[1, 2] == (1, 2.0)
[1, 2] != (1, 2.0)
[1, 2] < (1, 2.0)
[1, 2] <= (1, 2.0)
[1, 2] > (1, 2.0)
[1, 2] in (1, 2.0)
[1, 2] not in (1, 2.0)
[1, 2] is (1, 2.0)
[1, 2] + (1, 2.0)
[1, 2] * (1, 2.0)
[1, 2] | (1, 2.0)
[1, 2] == {}
[1, 2] != {}
[1, 2] < {}
[1, 2] <= {}
[1, 2] > {}
[1, 2] in {}
[1, 2] not in {}
[1, 2] is {}
[1, 2] + {}
[1, 2] * {}
[1, 2] | {}
[1, 2] == {'a': 1}
[1, 2] != {'a': 1}
[1, 2] < {'a': 1}
[1, 2] <= {'a': 1}
[1, 2] > {'a': 1}
[1, 2] in {'a': 1}
[1, 2] not in {'a': 1}
[1, 2] is {'a': 1}
[1, 2] + {'a': 1}
[1, 2] * {'a': 1}
[1, 2] | {'a': 1}
[1, 2] == {1: 'x'}
[1, 2] != {1: 'x'}
[1, 2] < {1: 'x'}
[1, 2] <= {1: 'x'}
[1, 2] > {1: 'x'}
[1, 2] in {1: 'x'}
[1, 2] not in {1: 'x'}
[1, 2] is {1: 'x'}
[1, 2] + {1: 'x'}
[1, 2] * {1: 'x'}
[1, 2] | {1: 'x'}
[1, 2] == 'a'
[1, 2] != 'a'
[1, 2] < 'a'
[1, 2] <= 'a'
[1, 2] > 'a'
[1, 2] in 'a'
[1, 2] not in 'a'
[1, 2] is 'a'
[1, 2] + 'a'
[1, 2] * 'a'
[1, 2] | 'a'
[1, 2] == 'ab'
[1, 2] != 'ab'
[1, 2] < 'ab'
[1, 2] <= 'ab'
[1, 2] > 'ab'
[1, 2] in 'ab'
[1, 2] not in 'ab'
[1, 2] is 'ab'
[1, 2] + 'ab'
[1, 2] * 'ab'
[1, 2] | 'ab'
[1, 2] == b'a'
[1, 2] != b'a'
[1, 2] < b'a'
[1, 2] <= b'a'
[1, 2] > b'a'
[1, 2] in b'a'
[1, 2] not in b'a'
[1, 2] is b'a'
[1, 2] + b'a'
[1, 2] * b'a'
[1, 2] | b'a'
[1, 2] == bytearray(b'ab')
[1, 2] != bytearray(b'ab')
[1, 2] < bytearray(b'ab')
[1, 2] <= bytearray(b'ab')
[1, 2] > bytearray(b'ab')
[1, 2] in bytearray(b'ab')
[1, 2] not in bytearray(b'ab')
[1, 2] is bytearray(b'ab')
[1, 2] + bytearray(b'ab')
[1, 2] * bytearray(b'ab')
[1, 2] | bytearray(b'ab')
[1, 2] == memoryview(b'a')
[1, 2] != memoryview(b'a')
[1, 2] < memoryview(b'a')
[1, 2] <= memoryview(b'a')
[1, 2] > memoryview(b'a')
[1, 2] in memoryview(b'a')
[1, 2] not in memoryview(b'a')
[1, 2] is memoryview(b'a')
[1, 2] + memoryview(b'a')
[1, 2] * memoryview(b'a')
[1, 2] | memoryview(b'a')
[1, 2] == range(3)
[1, 2] != range(3)
[1, 2] < range(3)
[1, 2] <= range(3)
[1, 2] > range(3)
[1, 2] in range(3)
[1, 2] not in range(3)
[1, 2] is range(3)
[1, 2] + range(3)
[1, 2] * range(3)
[1, 2] | range(3)
[1, 2] == range(0)
[1, 2] != range(0)
[1, 2] < range(0)
[1, 2] <= range(0)
[1, 2] > range(0)
[1, 2] in range(0)
[1, 2] not in range(0)
[1, 2] is range(0)
[1, 2] + range(0)
[1, 2] * range(0)
[1, 2] | range(0)
[1, 2] == None
[1, 2] != None
[1, 2] < None
[1, 2] <= None
[1, 2] > None
[1, 2] in None
[1, 2] not in None
[1, 2] is None
[1, 2] + None
[1, 2] * None
[1, 2] | None
[1, 2] == 1
[1, 2] != 1
[1, 2] < 1
[1, 2] <= 1
[1, 2] > 1
[1, 2] in 1
[1, 2] not in 1
[1, 2] is 1
[1, 2] + 1
[1, 2] * 1
[1, 2] | 1
[1, 2] == 1.0
[1, 2] != 1.0
[1, 2] < 1.0
[1, 2] <= 1.0
[1, 2] > 1.0
[1, 2] in 1.0
[1, 2] not in 1.0
[1, 2] is 1.0
[1, 2] + 1.0
[1, 2] * 1.0
[1, 2] | 1.0
[1, 2] == True
[1, 2] != True
[1, 2] < True
[1, 2] <= True
[1, 2] > True
[1, 2] in True
[1, 2] not in True
[1, 2] is True
[1, 2] + True
[1, 2] * True
[1, 2] | True
[1, 2] == [[1]]
[1, 2] != [[1]]
[1, 2] < [[1]]
[1, 2] <= [[1]]
[1, 2] > [[1]]
[1, 2] in [[1]]
[1, 2] not in [[1]]
[1, 2] is [[1]]
[1, 2] + [[1]]
[1, 2] * [[1]]
[1, 2] | [[1]]
[1, 2] == {'a': 1}.keys()
[1, 2] != {'a': 1}.keys()
[1, 2] < {'a': 1}.keys()
[1, 2] <= {'a': 1}.keys()
[1, 2] > {'a': 1}.keys()
[1, 2] in {'a': 1}.keys()
[1, 2] not in {'a': 1}.keys()
[1, 2] is {'a': 1}.keys()
[1, 2] + {'a': 1}.keys()
[1, 2] * {'a': 1}.keys()
[1, 2] == {'a': 1}.items()
[1, 2] != {'a': 1}.items()
[1, 2] < {'a': 1}.items()
[1, 2] <= {'a': 1}.items()
[1, 2] > {'a': 1}.items()
[1, 2] in {'a': 1}.items()
[1, 2] not in {'a': 1}.items()
[1, 2] is {'a': 1}.items()
[1, 2] + {'a': 1}.items()
[1, 2] * {'a': 1}.items()
[1, 2] == {'a': 1}.values()
[1, 2] != {'a': 1}.values()
[1, 2] < {'a': 1}.values()
[1, 2] <= {'a': 1}.values()
[1, 2] > {'a': 1}.values()
[1, 2] in {'a': 1}.values()
[1, 2] not in {'a': 1}.values()
[1, 2] is {'a': 1}.values()
[1, 2] + {'a': 1}.values()
[1, 2] * {'a': 1}.values()
[1, 2] | {'a': 1}.values()
(1,) == []
(1,) != []
(1,) < []
(1,) <= []
(1,) > []
(1,) in []
(1,) not in []
(1,) is []
(1,) + []
(1,) * []
(1,) | []
(1,) == [1, 2]
(1,) != [1, 2]
(1,) < [1, 2]
(1,) <= [1, 2]
(1,) > [1, 2]
(1,) in [1, 2]
(1,) not in [1, 2]
(1,) is [1, 2]
(1,) + [1, 2]
(1,) * [1, 2]
(1,) | [1, 2]
(1,) == (1,)
(1,) != (1,)
(1,) < (1,)
(1,) <= (1,)
(1,) > (1,)
(1,) in (1,)
(1,) not in (1,)
(1,) + (1,)
(1,) * (1,)
(1,) | (1,)
(1,) == (1, 2.0)
(1,) != (1, 2.0)
(1,) < (1, 2.0)
(1,) <= (1, 2.0)
(1,) > (1, 2.0)
(1,) in (1, 2.0)
(1,) not in (1, 2.0)
(1,) is (1, 2.0)
(1,) + (1, 2.0)
(1,) * (1, 2.0)
(1,) | (1, 2.0)
(1,) == {}
(1,) != {}
(1,) < {}
(1,) <= {}
(1,) > {}
(1,) in {}
(1,) not in {}
(1,) is {}
(1,) + {}
(1,) * {}
(1,) | {}
(1,) == {'a': 1}
(1,) != {'a': 1}
(1,) < {'a': 1}
(1,) <= {'a': 1}
(1,) > {'a': 1}
(1,) in {'a': 1}
(1,) not in {'a': 1}
(1,) is {'a': 1}
(1,) + {'a': 1}
(1,) * {'a': 1}
(1,) | {'a': 1}
(1,) == {1: 'x'}
(1,) != {1: 'x'}
(1,) < {1: 'x'}
(1,) <= {1: 'x'}
(1,) > {1: 'x'}
(1,) in {1: 'x'}
(1,) not in {1: 'x'}
(1,) is {1: 'x'}
(1,) + {1: 'x'}
(1,) * {1: 'x'}
(1,) | {1: 'x'}
(1,) == 'a'
(1,) != 'a'
(1,) < 'a'
(1,) <= 'a'
(1,) > 'a'
(1,) in 'a'
(1,) not in 'a'
(1,) is 'a'
(1,) + 'a'
(1,) * 'a'
(1,) | 'a'
(1,) == 'ab'
(1,) != 'ab'
(1,) < 'ab'
(1,) <= 'ab'
(1,) > 'ab'
(1,) in 'ab'
(1,) not in 'ab'
(1,) is 'ab'
(1,) + 'ab'
(1,) * 'ab'
(1,) | 'ab'
(1,) == b'a'
(1,) != b'a'
(1,) < b'a'
(1,) <= b'a'
(1,) > b'a'
(1,) in b'a'
(1,) not in b'a'
(1,) is b'a'
(1,) + b'a'
(1,) * b'a'
(1,) | b'a'
(1,) == bytearray(b'ab')
(1,) != bytearray(b'ab')
(1,) < bytearray(b'ab')
(1,) <= bytearray(b'ab')
(1,) > bytearray(b'ab')
(1,) in bytearray(b'ab')
(1,) not in bytearray(b'ab')
(1,) is bytearray(b'ab')
(1,) + bytearray(b'ab')
(1,) * bytearray(b'ab')
(1,) | bytearray(b'ab')
(1,) == memoryview(b'a')
(1,) != memoryview(b'a')
(1,) < memoryview(b'a')
(1,) <= memoryview(b'a')
(1,) > memoryview(b'a')
(1,) in memoryview(b'a')
(1,) not in memoryview(b'a')
(1,) is memoryview(b'a')
(1,) + memoryview(b'a')
(1,) * memoryview(b'a')
(1,) | memoryview(b'a')
(1,) == range(3)
(1,) != range(3)
(1,) < range(3)
(1,) <= range(3)
(1,) > range(3)
(1,) in range(3)
(1,) not in range(3)
(1,) is range(3)
(1,) + range(3)
(1,) * range(3)
(1,) | range(3)
(1,) == range(0)
(1,) != range(0)
(1,) < range(0)
(1,) <= range(0)
(1,) > range(0)
(1,) in range(0)
(1,) not in range(0)
(1,) is range(0)
(1,) + range(0)
(1,) * range(0)
(1,) | range(0)
(1,) == None
(1,) != None
(1,) < None
(1,) <= None
(1,) > None
(1,) in None
(1,) not in None
(1,) is None
(1,) + None
(1,) * None
(1,) | None
(1,) == 1
(1,) != 1
(1,) < 1
(1,) <= 1
(1,) > 1
(1,) in 1
(1,) not in 1
(1,) is 1
(1,) + 1
(1,) * 1
(1,) | 1
(1,) == 1.0
(1,) != 1.0
(1,) < 1.0
(1,) <= 1.0
(1,) > 1.0
(1,) in 1.0
(1,) not in 1.0
(1,) is 1.0
(1,) + 1.0
(1,) * 1.0
(1,) | 1.0
(1,) == True
(1,) != True
(1,) < True
(1,) <= True
(1,) > True
(1,) in True
(1,) not in True
(1,) is True
(1,) + True
(1,) * True
(1,) | True
(1,) == [[1]]
(1,) != [[1]]
(1,) < [[1]]
(1,) <= [[1]]
(1,) > [[1]]
(1,) in [[1]]
(1,) not in [[1]]
(1,) is [[1]]
(1,) + [[1]]
(1,) * [[1]]
(1,) | [[1]]
(1,) == {'a': 1}.keys()
(1,) != {'a': 1}.keys()
(1,) < {'a': 1}.keys()
(1,) <= {'a': 1}.keys()
(1,) > {'a': 1}.keys()
(1,) in {'a': 1}.keys()
(1,) not in {'a': 1}.keys()
(1,) is {'a': 1}.keys()
(1,) + {'a': 1}.keys()
(1,) * {'a': 1}.keys()
(1,) == {'a': 1}.items()
(1,) != {'a': 1}.items()
(1,) < {'a': 1}.items()
(1,) <= {'a': 1}.items()
(1,) > {'a': 1}.items()
(1,) in {'a': 1}.items()
(1,) not in {'a': 1}.items()
(1,) is {'a': 1}.items()
(1,) + {'a': 1}.items()
(1,) * {'a': 1}.items()
(1,) == {'a': 1}.values()
(1,) != {'a': 1}.values()
(1,) < {'a': 1}.values()
(1,) <= {'a': 1}.values()
(1,) > {'a': 1}.values()
(1,) in {'a': 1}.values()
(1,) not in {'a': 1}.values()
(1,) is {'a': 1}.values()
(1,) + {'a': 1}.values()
(1,) * {'a': 1}.values()
(1,) | {'a': 1}.values()
(1, 2.0) == []
(1, 2.0) != []
(1, 2.0) < []
(1, 2.0) <= []
(1, 2.0) > []
(1, 2.0) in []
(1, 2.0) not in []
(1, 2.0) is []
(1, 2.0) + []
(1, 2.0) * []
(1, 2.0) | []
(1, 2.0) == [1, 2]
(1, 2.0) != [1, 2]
(1, 2.0) < [1, 2]
(1, 2.0) <= [1, 2]
(1, 2.0) > [1, 2]
(1, 2.0) in [1, 2]
(1, 2.0) not in [1, 2]
(1, 2.0) is [1, 2]
(1, 2.0) + [1, 2]
(1, 2.0) * [1, 2]
(1, 2.0) | [1, 2]
(1, 2.0) == (1,)
(1, 2.0) != (1,)
(1, 2.0) < (1,)
(1, 2.0) <= (1,)
(1, 2.0) > (1,)
(1, 2.0) in (1,)
(1, 2.0) not in (1,)
(1, 2.0) is (1,)
(1, 2.0) + (1,)
(1, 2.0) * (1,)
(1, 2.0) | (1,)
(1, 2.0) == (1, 2.0)
(1, 2.0) != (1, 2.0)
(1, 2.0) < (1, 2.0)
(1, 2.0) <= (1, 2.0)
(1, 2.0) > (1, 2.0)
(1, 2.0) in (1, 2.0)
(1, 2.0) not in (1, 2.0)
(1, 2.0) + (1, 2.0)
(1, 2.0) * (1, 2.0)
(1, 2.0) | (1, 2.0)
(1, 2.0) == {}
(1, 2.0) != {}
(1, 2.0) < {}
(1, 2.0) <= {}
(1, 2.0) > {}
(1, 2.0) in {}
(1, 2.0) not in {}
(1, 2.0) is {}
(1, 2.0) + {}
(1, 2.0) * {}
(1, 2.0) | {}
(1, 2.0) == {'a': 1}
(1, 2.0) != {'a': 1}
(1, 2.0) < {'a': 1}
(1, 2.0) <= {'a': 1}
(1, 2.0) > {'a': 1}
(1, 2.0) in {'a': 1}
(1, 2.0) not in {'a': 1}
(1, 2.0) is {'a': 1}
(1, 2.0) + {'a': 1}
(1, 2.0) * {'a': 1}
(1, 2.0) | {'a': 1}
(1, 2.0) == {1: 'x'}
(1, 2.0) != {1: 'x'}
(1, 2.0) < {1: 'x'}
(1, 2.0) <= {1: 'x'}
(1, 2.0) > {1: 'x'}
(1, 2.0) in {1: 'x'}
(1, 2.0) not in {1: 'x'}
(1, 2.0) is {1: 'x'}
(1, 2.0) + {1: 'x'}
(1, 2.0) * {1: 'x'}
(1, 2.0) | {1: 'x'}
(1, 2.0) == 'a'
(1, 2.0) != 'a'
(1, 2.0) < 'a'
(1, 2.0) <= 'a'
(1, 2.0) > 'a'
(1, 2.0) in 'a'
(1, 2.0) not in 'a'
(1, 2.0) is 'a'
(1, 2.0) + 'a'
(1, 2.0) * 'a'
(1, 2.0) | 'a'
(1, 2.0) == 'ab'
(1, 2.0) != 'ab'
(1, 2.0) < 'ab'
(1, 2.0) <= 'ab'
(1, 2.0) > 'ab'
(1, 2.0) in 'ab'
(1, 2.0) not in 'ab'
(1, 2.0) is 'ab'
(1, 2.0) + 'ab'
(1, 2.0) * 'ab'
(1, 2.0) | 'ab'
(1, 2.0) == b'a'
(1, 2.0) != b'a'
(1, 2.0) < b'a'
(1, 2.0) <= b'a'
(1, 2.0) > b'a'
(1, 2.0) in b'a'
(1, 2.0) not in b'a'
(1, 2.0) is b'a'
(1, 2.0) + b'a'
(1, 2.0) * b'a'
(1, 2.0) | b'a'
(1, 2.0) == bytearray(b'ab')
(1, 2.0) != bytearray(b'ab')
(1, 2.0) < bytearray(b'ab')
(1, 2.0) <= bytearray(b'ab')
(1, 2.0) > bytearray(b'ab')
(1, 2.0) in bytearray(b'ab')
(1, 2.0) not in bytearray(b'ab')
(1, 2.0) is bytearray(b'ab')
(1, 2.0) + bytearray(b'ab')
(1, 2.0) * bytearray(b'ab')
(1, 2.0) | bytearray(b'ab')
(1, 2.0) == memoryview(b'a')
(1, 2.0) != memoryview(b'a')
(1, 2.0) < memoryview(b'a')
(1, 2.0) <= memoryview(b'a')
(1, 2.0) > memoryview(b'a')
(1, 2.0) in memoryview(b'a')
(1, 2.0) not in memoryview(b'a')
(1, 2.0) is memoryview(b'a')
(1, 2.0) + memoryview(b'a')
(1, 2.0) * memoryview(b'a')
(1, 2.0) | memoryview(b'a')
(1, 2.0) == range(3)
(1, 2.0) != range(3)
(1, 2.0) < range(3)
(1, 2.0) <= range(3)
(1, 2.0) > range(3)
(1, 2.0) in range(3)
(1, 2.0) not in range(3)
(1, 2.0) is range(3)
(1, 2.0) + range(3)
(1, 2.0) * range(3)
(1, 2.0) | range(3)
(1, 2.0) == range(0)
(1, 2.0) != range(0)
(1, 2.0) < range(0)
(1, 2.0) <= range(0)
(1, 2.0) > range(0)
(1, 2.0) in range(0)
(1, 2.0) not in range(0)
(1, 2.0) is range(0)
(1, 2.0) + range(0)
(1, 2.0) * range(0)
(1, 2.0) | range(0)
(1, 2.0) == None
(1, 2.0) != None
(1, 2.0) < None
(1, 2.0) <= None
(1, 2.0) > None
(1, 2.0) in None
(1, 2.0) not in None
(1, 2.0) is None
(1, 2.0) + None
(1, 2.0) * None
(1, 2.0) | None
(1, 2.0) == 1
(1, 2.0) != 1
(1, 2.0) < 1
(1, 2.0) <= 1
(1, 2.0) > 1
(1, 2.0) in 1
(1, 2.0) not in 1
(1, 2.0) is 1
(1, 2.0) + 1
(1, 2.0) * 1
(1, 2.0) | 1
(1, 2.0) == 1.0
(1, 2.0) != 1.0
(1, 2.0) < 1.0
(1, 2.0) <= 1.0
(1, 2.0) > 1.0
(1, 2.0) in 1.0
(1, 2.0) not in 1.0
(1, 2.0) is 1.0
(1, 2.0) + 1.0
(1, 2.0) * 1.0
(1, 2.0) | 1.0
(1, 2.0) == True
(1, 2.0) != True
(1, 2.0) < True
(1, 2.0) <= True
(1, 2.0) > True
(1, 2.0) in True
(1, 2.0) not in True
(1, 2.0) is True
(1, 2.0) + True
(1, 2.0) * True
(1, 2.0) | True
(1, 2.0) == [[1]]
(1, 2.0) != [[1]]
(1, 2.0) < [[1]]
(1, 2.0) <= [[1]]
(1, 2.0) > [[1]]
(1, 2.0) in [[1]]
(1, 2.0) not in [[1]]
(1, 2.0) is [[1]]
(1, 2.0) + [[1]]
(1, 2.0) * [[1]]
(1, 2.0) | [[1]]
(1, 2.0) == {'a': 1}.keys()
(1, 2.0) != {'a': 1}.keys()
(1, 2.0) < {'a': 1}.keys()
(1, 2.0) <= {'a': 1}.keys()
(1, 2.0) > {'a': 1}.keys()
(1, 2.0) in {'a': 1}.keys()
(1, 2.0) not in {'a': 1}.keys()
(1, 2.0) is {'a': 1}.keys()
(1, 2.0) + {'a': 1}.keys()
(1, 2.0) * {'a': 1}.keys()
(1, 2.0) == {'a': 1}.items()
(1, 2.0) != {'a': 1}.items()
(1, 2.0) < {'a': 1}.items()
(1, 2.0) <= {'a': 1}.items()
(1, 2.0) > {'a': 1}.items()
(1, 2.0) in {'a': 1}.items()
(1, 2.0) not in {'a': 1}.items()
(1, 2.0) is {'a': 1}.items()
(1, 2.0) + {'a': 1}.items()
(1, 2.0) * {'a': 1}.items()
(1, 2.0) == {'a': 1}.values()
(1, 2.0) != {'a': 1}.values()
(1, 2.0) < {'a': 1}.values()
(1, 2.0) <= {'a': 1}.values()
(1, 2.0) > {'a': 1}.values()
(1, 2.0) in {'a': 1}.values()
(1, 2.0) not in {'a': 1}.values()
(1, 2.0) is {'a': 1}.values()
(1, 2.0) + {'a': 1}.values()
(1, 2.0) * {'a': 1}.values()
(1, 2.0) | {'a': 1}.values()
{} == []
{} != []
{} < []
{} <= []
{} > []
{} in []
{} not in []
{} is []
{} + []
{} * []
{} | []
{} == [1, 2]
{} != [1, 2]
{} < [1, 2]
{} <= [1, 2]
{} > [1, 2]
{} in [1, 2]
{} not in [1, 2]
{} is [1, 2]
{} + [1, 2]
{} * [1, 2]
{} | [1, 2]
{} == (1,)
{} != (1,)
{} < (1,)
{} <= (1,)
{} > (1,)
{} in (1,)
{} not in (1,)
{} is (1,)
{} + (1,)
{} * (1,)
{} | (1,)
{} == (1, 2.0)
{} != (1, 2.0)
{} < (1, 2.0)
{} <= (1, 2.0)
{} > (1, 2.0)
{} in (1, 2.0)
{} not in (1, 2.0)
{} is (1, 2.0)
{} + (1, 2.0)
{} * (1, 2.0)
{} | (1, 2.0)
{} == {}
{} != {}
{} < {}
{} <= {}
{} > {}
{} in {}
{} not in {}
{} + {}
{} * {}
{} | {}
{} == {'a': 1}
{} != {'a': 1}
{} < {'a': 1}
{} <= {'a': 1}
{} > {'a': 1}
{} in {'a': 1}
{} not in {'a': 1}
{} is {'a': 1}
{} + {'a': 1}
{} * {'a': 1}
{} | {'a': 1}
{} == {1: 'x'}
{} != {1: 'x'}
{} < {1: 'x'}
{} <= {1: 'x'}
{} > {1: 'x'}
{} in {1: 'x'}
{} not in {1: 'x'}
{} is {1: 'x'}
{} + {1: 'x'}
{} * {1: 'x'}
{} | {1: 'x'}
{} == 'a'
{} != 'a'
{} < 'a'
{} <= 'a'
{} > 'a'
{} in 'a'
{} not in 'a'
{} is 'a'
{} + 'a'
{} * 'a'
{} | 'a'
{} == 'ab'
{} != 'ab'
{} < 'ab'
{} <= 'ab'
{} > 'ab'
{} in 'ab'
{} not in 'ab'
{} is 'ab'
{} + 'ab'
{} * 'ab'
{} | 'ab'
{} == b'a'
{} != b'a'
{} < b'a'
{} <= b'a'
{} > b'a'
{} in b'a'
{} not in b'a'
{} is b'a'
{} + b'a'
{} * b'a'
{} | b'a'
{} == bytearray(b'ab')
{} != bytearray(b'ab')
{} < bytearray(b'ab')
{} <= bytearray(b'ab')
{} > bytearray(b'ab')
{} in bytearray(b'ab')
{} not in bytearray(b'ab')
{} is bytearray(b'ab')
{} + bytearray(b'ab')
{} * bytearray(b'ab')
{} | bytearray(b'ab')
{} == memoryview(b'a')
{} != memoryview(b'a')
{} < memoryview(b'a')
{} <= memoryview(b'a')
{} > memoryview(b'a')
{} in memoryview(b'a')
{} not in memoryview(b'a')
{} is memoryview(b'a')
{} + memoryview(b'a')
{} * memoryview(b'a')
{} | memoryview(b'a')
{} == range(3)
{} != range(3)
{} < range(3)
{} <= range(3)
{} > range(3)
{} in range(3)
{} not in range(3)
{} is range(3)
{} + range(3)
{} * range(3)
{} | range(3)
{} == range(0)
{} != range(0)
{} < range(0)
{} <= range(0)
{} > range(0)
{} in range(0)
{} not in range(0)
{} is range(0)
{} + range(0)
{} * range(0)
{} | range(0)
{} == None
{} != None
{} < None
{} <= None
{} > None
{} in None
{} not in None
{} is None
{} + None
{} * None
{} | None
{} == 1
{} != 1
{} < 1
{} <= 1
{} > 1
{} in 1
{} not in 1
{} is 1
{} + 1
{} * 1
{} | 1
{} == 1.0
{} != 1.0
{} < 1.0
{} <= 1.0
{} > 1.0
{} in 1.0
{} not in 1.0
{} is 1.0
{} + 1.0
{} * 1.0
{} | 1.0
{} == True
{} != True
{} < True
{} <= True
{} > True
{} in True
{} not in True
{} is True
{} + True
{} * True
{} | True
{} == [[1]]
{} != [[1]]
{} < [[1]]
{} <= [[1]]
{} > [[1]]
{} in [[1]]
{} not in [[1]]
{} is [[1]]
{} + [[1]]
{} * [[1]]
{} | [[1]]
{} == {'a': 1}.keys()
{} != {'a': 1}.keys()
{} < {'a': 1}.keys()
{} <= {'a': 1}.keys()
{} > {'a': 1}.keys()
{} in {'a': 1}.keys()
{} not in {'a': 1}.keys()
{} is {'a': 1}.keys()
{} + {'a': 1}.keys()
{} * {'a': 1}.keys()
{} == {'a': 1}.items()
{} != {'a': 1}.items()
{} < {'a': 1}.items()
{} <= {'a': 1}.items()
{} > {'a': 1}.items()
{} in {'a': 1}.items()
{} not in {'a': 1}.items()
{} is {'a': 1}.items()
{} + {'a': 1}.items()
{} * {'a': 1}.items()
{} == {'a': 1}.values()
{} != {'a': 1}.values()
{} < {'a': 1}.values()
{} <= {'a': 1}.values()
{} > {'a': 1}.values()
{} in {'a': 1}.values()
{} not in {'a': 1}.values()
{} is {'a': 1}.values()
{} + {'a': 1}.values()
{} * {'a': 1}.values()
{} | {'a': 1}.values()
{'a': 1} == []
{'a': 1} != []
{'a': 1} < []
{'a': 1} <= []
{'a': 1} > []
{'a': 1} in []
{'a': 1} not in []
{'a': 1} is []
{'a': 1} + []
{'a': 1} * []
{'a': 1} | []
{'a': 1} == [1, 2]
{'a': 1} != [1, 2]
{'a': 1} < [1, 2]
{'a': 1} <= [1, 2]
{'a': 1} > [1, 2]
{'a': 1} in [1, 2]
{'a': 1} not in [1, 2]
{'a': 1} is [1, 2]
{'a': 1} + [1, 2]
{'a': 1} * [1, 2]
{'a': 1} | [1, 2]
{'a': 1} == (1,)
{'a': 1} != (1,)
{'a': 1} < (1,)
{'a': 1} <= (1,)
{'a': 1} > (1,)
{'a': 1} in (1,)
{'a': 1} not in (1,)
{'a': 1} is (1,)
{'a': 1} + (1,)
{'a': 1} * (1,)
{'a': 1} | (1,)
{'a': 1} == (1, 2.0)
{'a': 1} != (1, 2.0)
{'a': 1} < (1, 2.0)
{'a': 1} <= (1, 2.0)
{'a': 1} > (1, 2.0)
{'a': 1} in (1, 2.0)
{'a': 1} not in (1, 2.0)
{'a': 1} is (1, 2.0)
{'a': 1} + (1, 2.0)
{'a': 1} * (1, 2.0)
{'a': 1} | (1, 2.0)
{'a': 1} == {}
{'a': 1} != {}
{'a': 1} < {}
{'a': 1} <= {}
{'a': 1} > {}
{'a': 1} in {}
{'a': 1} not in {}
{'a': 1} is {}
{'a': 1} + {}
{'a': 1} * {}
{'a': 1} | {}
{'a': 1} == {'a': 1}
{'a': 1} != {'a': 1}
{'a': 1} < {'a': 1}
{'a': 1} <= {'a': 1}
{'a': 1} > {'a': 1}
{'a': 1} in {'a': 1}
{'a': 1} not in {'a': 1}
{'a': 1} + {'a': 1}
{'a': 1} * {'a': 1}
{'a': 1} | {'a': 1}
{'a': 1} == {1: 'x'}
{'a': 1} != {1: 'x'}
{'a': 1} < {1: 'x'}
{'a': 1} <= {1: 'x'}
{'a': 1} > {1: 'x'}
{'a': 1} in {1: 'x'}
{'a': 1} not in {1: 'x'}
{'a': 1} is {1: 'x'}
{'a': 1} + {1: 'x'}
{'a': 1} * {1: 'x'}
{'a': 1} | {1: 'x'}
{'a': 1} == 'a'
{'a': 1} != 'a'
{'a': 1} < 'a'
{'a': 1} <= 'a'
{'a': 1} > 'a'
{'a': 1} in 'a'
{'a': 1} not in 'a'
{'a': 1} is 'a'
{'a': 1} + 'a'
{'a': 1} * 'a'
{'a': 1} | 'a'
{'a': 1} == 'ab'
{'a': 1} != 'ab'
{'a': 1} < 'ab'
{'a': 1} <= 'ab'
{'a': 1} > 'ab'
{'a': 1} in 'ab'
{'a': 1} not in 'ab'
{'a': 1} is 'ab'
{'a': 1} + 'ab'
{'a': 1} * 'ab'
{'a': 1} | 'ab'
{'a': 1} == b'a'
{'a': 1} != b'a'
{'a': 1} < b'a'
{'a': 1} <= b'a'
{'a': 1} > b'a'
{'a': 1} in b'a'
{'a': 1} not in b'a'
{'a': 1} is b'a'
{'a': 1} + b'a'
{'a': 1} * b'a'
{'a': 1} | b'a'
{'a': 1} == bytearray(b'ab')
{'a': 1} != bytearray(b'ab')
{'a': 1} < bytearray(b'ab')
{'a': 1} <= bytearray(b'ab')
{'a': 1} > bytearray(b'ab')
{'a': 1} in bytearray(b'ab')
{'a': 1} not in bytearray(b'ab')
{'a': 1} is bytearray(b'ab')
{'a': 1} + bytearray(b'ab')
{'a': 1} * bytearray(b'ab')
{'a': 1} | bytearray(b'ab')
{'a': 1} == memoryview(b'a')
{'a': 1} != memoryview(b'a')
{'a': 1} < memoryview(b'a')
{'a': 1} <= memoryview(b'a')
{'a': 1} > memoryview(b'a')
{'a': 1} in memoryview(b'a')
{'a': 1} not in memoryview(b'a')
{'a': 1} is memoryview(b'a')
{'a': 1} + memoryview(b'a')
{'a': 1} * memoryview(b'a')
{'a': 1} | memoryview(b'a')
{'a': 1} == range(3)
{'a': 1} != range(3)
{'a': 1} < range(3)
{'a': 1} <= range(3)
{'a': 1} > range(3)
{'a': 1} in range(3)
{'a': 1} not in range(3)
{'a': 1} is range(3)
{'a': 1} + range(3)
{'a': 1} * range(3)
{'a': 1} | range(3)
{'a': 1} == range(0)
{'a': 1} != range(0)
{'a': 1} < range(0)
{'a': 1} <= range(0)
{'a': 1} > range(0)
{'a': 1} in range(0)
{'a': 1} not in range(0)
{'a': 1} is range(0)
{'a': 1} + range(0)
{'a': 1} * range(0)
{'a': 1} | range(0)
{'a': 1} == None
{'a': 1} != None
{'a': 1} < None
{'a': 1} <= None
{'a': 1} > None
{'a': 1} in None
{'a': 1} not in None
{'a': 1} is None
{'a': 1} + None
{'a': 1} * None
{'a': 1} | None
{'a': 1} == 1
{'a': 1} != 1
{'a': 1} < 1
{'a': 1} <= 1
{'a': 1} > 1
{'a': 1} in 1
{'a': 1} not in 1
{'a': 1} is 1
{'a': 1} + 1
{'a': 1} * 1
{'a': 1} | 1
{'a': 1} == 1.0
{'a': 1} != 1.0
{'a': 1} < 1.0
{'a': 1} <= 1.0
{'a': 1} > 1.0
{'a': 1} in 1.0
{'a': 1} not in 1.0
{'a': 1} is 1.0
{'a': 1} + 1.0
{'a': 1} * 1.0
{'a': 1} | 1.0
{'a': 1} == True
{'a': 1} != True
{'a': 1} < True
{'a': 1} <= True
{'a': 1} > True
{'a': 1} in True
{'a': 1} not in True
{'a': 1} is True
{'a': 1} + True
{'a': 1} * True
{'a': 1} | True
{'a': 1} == [[1]]
{'a': 1} != [[1]]
{'a': 1} < [[1]]
{'a': 1} <= [[1]]
{'a': 1} > [[1]]
{'a': 1} in [[1]]
{'a': 1} not in [[1]]
{'a': 1} is [[1]]
{'a': 1} + [[1]]
{'a': 1} * [[1]]
{'a': 1} | [[1]]
{'a': 1} == {'a': 1}.keys()
{'a': 1} != {'a': 1}.keys()
{'a': 1} < {'a': 1}.keys()
{'a': 1} <= {'a': 1}.keys()
{'a': 1} > {'a': 1}.keys()
{'a': 1} in {'a': 1}.keys()
{'a': 1} not in {'a': 1}.keys()
{'a': 1} is {'a': 1}.keys()
{'a': 1} + {'a': 1}.keys()
{'a': 1} * {'a': 1}.keys()
{'a': 1} == {'a': 1}.items()
{'a': 1} != {'a': 1}.items()
{'a': 1} < {'a': 1}.items()
{'a': 1} <= {'a': 1}.items()
{'a': 1} > {'a': 1}.items()
{'a': 1} in {'a': 1}.items()
{'a': 1} not in {'a': 1}.items()
{'a': 1} is {'a': 1}.items()
{'a': 1} + {'a': 1}.items()
{'a': 1} * {'a': 1}.items()
{'a': 1} == {'a': 1}.values()
{'a': 1} != {'a': 1}.values()
{'a': 1} < {'a': 1}.values()
{'a': 1} <= {'a': 1}.values()
{'a': 1} > {'a': 1}.values()
{'a': 1} in {'a': 1}.values()
{'a': 1} not in {'a': 1}.values()
{'a': 1} is {'a': 1}.values()
{'a': 1} + {'a': 1}.values()
{'a': 1} * {'a': 1}.values()
{'a': 1} | {'a': 1}.values()
{1: 'x'} == []
{1: 'x'} != []
{1: 'x'} < []
{1: 'x'} <= []
{1: 'x'} > []
{1: 'x'} in []
{1: 'x'} not in []
{1: 'x'} is []
{1: 'x'} + []
{1: 'x'} * []
{1: 'x'} | []
{1: 'x'} == [1, 2]
{1: 'x'} != [1, 2]
{1: 'x'} < [1, 2]
{1: 'x'} <= [1, 2]
{1: 'x'} > [1, 2]
{1: 'x'} in [1, 2]
{1: 'x'} not in [1, 2]
{1: 'x'} is [1, 2]
{1: 'x'} + [1, 2]
{1: 'x'} * [1, 2]
{1: 'x'} | [1, 2]
{1: 'x'} == (1,)
{1: 'x'} != (1,)
{1: 'x'} < (1,)
{1: 'x'} <= (1,)
{1: 'x'} > (1,)
{1: 'x'} in (1,)
{1: 'x'} not in (1,)
{1: 'x'} is (1,)
{1: 'x'} + (1,)
{1: 'x'} * (1,)
{1: 'x'} | (1,)
{1: 'x'} == (1, 2.0)
{1: 'x'} != (1, 2.0)
{1: 'x'} < (1, 2.0)
{1: 'x'} <= (1, 2.0)
{1: 'x'} > (1, 2.0)
{1: 'x'} in (1, 2.0)
{1: 'x'} not in (1, 2.0)
{1: 'x'} is (1, 2.0)
{1: 'x'} + (1, 2.0)
{1: 'x'} * (1, 2.0)
{1: 'x'} | (1, 2.0)
{1: 'x'} == {}
{1: 'x'} != {}
{1: 'x'} < {}
{1: 'x'} <= {}
{1: 'x'} > {}
{1: 'x'} in {}
{1: 'x'} not in {}
{1: 'x'} is {}
{1: 'x'} + {}
{1: 'x'} * {}
{1: 'x'} | {}
{1: 'x'} == {'a': 1}
{1: 'x'} != {'a': 1}
{1: 'x'} < {'a': 1}
{1: 'x'} <= {'a': 1}
{1: 'x'} > {'a': 1}
{1: 'x'} in {'a': 1}
{1: 'x'} not in {'a': 1}
{1: 'x'} is {'a': 1}
{1: 'x'} + {'a': 1}
{1: 'x'} * {'a': 1}
{1: 'x'} | {'a': 1}
{1: 'x'} == {1: 'x'}
{1: 'x'} != {1: 'x'}
{1: 'x'} < {1: 'x'}
{1: 'x'} <= {1: 'x'}
{1: 'x'} > {1: 'x'}
{1: 'x'} in {1: 'x'}
{1: 'x'} not in {1: 'x'}
{1: 'x'} + {1: 'x'}
{1: 'x'} * {1: 'x'}
{1: 'x'} | {1: 'x'}
{1: 'x'} == 'a'
{1: 'x'} != 'a'
{1: 'x'} < 'a'
{1: 'x'} <= 'a'
{1: 'x'} > 'a'
{1: 'x'} in 'a'
{1: 'x'} not in 'a'
{1: 'x'} is 'a'
{1: 'x'} + 'a'
{1: 'x'} * 'a'
{1: 'x'} | 'a'
{1: 'x'} == 'ab'
{1: 'x'} != 'ab'
{1: 'x'} < 'ab'
{1: 'x'} <= 'ab'
{1: 'x'} > 'ab'
{1: 'x'} in 'ab'
{1: 'x'} not in 'ab'
{1: 'x'} is 'ab'
{1: 'x'} + 'ab'
{1: 'x'} * 'ab'
{1: 'x'} | 'ab'
{1: 'x'} == b'a'
{1: 'x'} != b'a'
{1: 'x'} < b'a'
{1: 'x'} <= b'a'
{1: 'x'} > b'a'
{1: 'x'} in b'a'
{1: 'x'} not in b'a'
{1: 'x'} is b'a'
{1: 'x'} + b'a'
{1: 'x'} * b'a'
{1: 'x'} | b'a'
{1: 'x'} == bytearray(b'ab')
{1: 'x'} != bytearray(b'ab')
{1: 'x'} < bytearray(b'ab')
{1: 'x'} <= bytearray(b'ab')
{1: 'x'} > bytearray(b'ab')
{1: 'x'} in bytearray(b'ab')
{1: 'x'} not in bytearray(b'ab')
{1: 'x'} is bytearray(b'ab')
{1: 'x'} + bytearray(b'ab')
{1: 'x'} * bytearray(b'ab')
{1: 'x'} | bytearray(b'ab')
{1: 'x'} == memoryview(b'a')
{1: 'x'} != memoryview(b'a')
{1: 'x'} < memoryview(b'a')
{1: 'x'} <= memoryview(b'a')
{1: 'x'} > memoryview(b'a')
{1: 'x'} in memoryview(b'a')
{1: 'x'} not in memoryview(b'a')
{1: 'x'} is memoryview(b'a')
{1: 'x'} + memoryview(b'a')
{1: 'x'} * memoryview(b'a')
{1: 'x'} | memoryview(b'a')
{1: 'x'} == range(3)
{1: 'x'} != range(3)
{1: 'x'} < range(3)
{1: 'x'} <= range(3)
{1: 'x'} > range(3)
{1: 'x'} in range(3)
{1: 'x'} not in range(3)
{1: 'x'} is range(3)
{1: 'x'} + range(3)
{1: 'x'} * range(3)
{1: 'x'} | range(3)
{1: 'x'} == range(0)
{1: 'x'} != range(0)
{1: 'x'} < range(0)
{1: 'x'} <= range(0)
{1: 'x'} > range(0)
{1: 'x'} in range(0)
{1: 'x'} not in range(0)
{1: 'x'} is range(0)
{1: 'x'} + range(0)
{1: 'x'} * range(0)
{1: 'x'} | range(0)
{1: 'x'} == None
{1: 'x'} != None
{1: 'x'} < None
{1: 'x'} <= None
{1: 'x'} > None
{1: 'x'} in None
{1: 'x'} not in None
{1: 'x'} is None
{1: 'x'} + None
{1: 'x'} * None
{1: 'x'} | None
{1: 'x'} == 1
{1: 'x'} != 1
{1: 'x'} < 1
{1: 'x'} <= 1
{1: 'x'} > 1
{1: 'x'} in 1
{1: 'x'} not in 1
{1: 'x'} is 1
{1: 'x'} + 1
{1: 'x'} * 1
{1: 'x'} | 1
{1: 'x'} == 1.0
{1: 'x'} != 1.0
{1: 'x'} < 1.0
{1: 'x'} <= 1.0
{1: 'x'} > 1.0
{1: 'x'} in 1.0
{1: 'x'} not in 1.0
{1: 'x'} is 1.0
{1: 'x'} + 1.0
{1: 'x'} * 1.0
{1: 'x'} | 1.0
{1: 'x'} == True
{1: 'x'} != True
{1: 'x'} < True
{1: 'x'} <= True
{1: 'x'} > True
{1: 'x'} in True
{1: 'x'} not in True
{1: 'x'} is True
{1: 'x'} + True
{1: 'x'} * True
{1: 'x'} | True
{1: 'x'} == [[1]]
{1: 'x'} != [[1]]
{1: 'x'} < [[1]]
{1: 'x'} <= [[1]]
{1: 'x'} > [[1]]
{1: 'x'} in [[1]]
{1: 'x'} not in [[1]]
{1: 'x'} is [[1]]
{1: 'x'} + [[1]]
{1: 'x'} * [[1]]
{1: 'x'} | [[1]]
{1: 'x'} == {'a': 1}.keys()
{1: 'x'} != {'a': 1}.keys()
{1: 'x'} < {'a': 1}.keys()
{1: 'x'} <= {'a': 1}.keys()
{1: 'x'} > {'a': 1}.keys()
{1: 'x'} in {'a': 1}.keys()
{1: 'x'} not in {'a': 1}.keys()
{1: 'x'} is {'a': 1}.keys()
{1: 'x'} + {'a': 1}.keys()
{1: 'x'} * {'a': 1}.keys()
{1: 'x'} == {'a': 1}.items()
{1: 'x'} != {'a': 1}.items()
{1: 'x'} < {'a': 1}.items()
{1: 'x'} <= {'a': 1}.items()
{1: 'x'} > {'a': 1}.items()
{1: 'x'} in {'a': 1}.items()
{1: 'x'} not in {'a': 1}.items()
{1: 'x'} is {'a': 1}.items()
{1: 'x'} + {'a': 1}.items()
{1: 'x'} * {'a': 1}.items()
{1: 'x'} == {'a': 1}.values()
{1: 'x'} != {'a': 1}.values()
{1: 'x'} < {'a': 1}.values()
{1: 'x'} <= {'a': 1}.values()
{1: 'x'} > {'a': 1}.values()
{1: 'x'} in {'a': 1}.values()
{1: 'x'} not in {'a': 1}.values()
{1: 'x'} is {'a': 1}.values()
{1: 'x'} + {'a': 1}.values()
{1: 'x'} * {'a': 1}.values()
{1: 'x'} | {'a': 1}.values()
'a' == []
'a' != []
'a' < []
'a' <= []
'a' > []
'a' in []
'a' not in []
'a' is []
'a' + []
'a' * []
'a' | []
'a' == [1, 2]
'a' != [1, 2]
'a' < [1, 2]
'a' <= [1, 2]
'a' > [1, 2]
'a' in [1, 2]
'a' not in [1, 2]
'a' is [1, 2]
'a' + [1, 2]
'a' * [1, 2]
'a' | [1, 2]
'a' == (1,)
'a' != (1,)
'a' < (1,)
'a' <= (1,)
'a' > (1,)
'a' in (1,)
'a' not in (1,)
'a' is (1,)
'a' + (1,)
'a' * (1,)
'a' | (1,)
'a' == (1, 2.0)
'a' != (1, 2.0)
'a' < (1, 2.0)
'a' <= (1, 2.0)
'a' > (1, 2.0)
'a' in (1, 2.0)
'a' not in (1, 2.0)
'a' is (1, 2.0)
'a' + (1, 2.0)
'a' * (1, 2.0)
'a' | (1, 2.0)
'a' == {}
'a' != {}
'a' < {}
'a' <= {}
'a' > {}
'a' in {}
'a' not in {}
'a' is {}
'a' + {}
'a' * {}
'a' | {}
'a' == {'a': 1}
'a' != {'a': 1}
'a' < {'a': 1}
'a' <= {'a': 1}
'a' > {'a': 1}
'a' in {'a': 1}
'a' not in {'a': 1}
'a' is {'a': 1}
'a' + {'a': 1}
'a' * {'a': 1}
'a' | {'a': 1}
'a' == {1: 'x'}
'a' != {1: 'x'}
'a' < {1: 'x'}
'a' <= {1: 'x'}
'a' > {1: 'x'}
'a' in {1: 'x'}
'a' not in {1: 'x'}
'a' is {1: 'x'}
'a' + {1: 'x'}
'a' * {1: 'x'}
'a' | {1: 'x'}
'a' == 'a'
'a' != 'a'
'a' < 'a'
'a' <= 'a'
'a' > 'a'
'a' in 'a'
'a' not in 'a'
'a' + 'a'
'a' * 'a'
'a' | 'a'
'a' == 'ab'
'a' != 'ab'
'a' < 'ab'
'a' <= 'ab'
'a' > 'ab'
'a' in 'ab'
'a' not in 'ab'
'a' is 'ab'
'a' + 'ab'
'a' * 'ab'
'a' | 'ab'
'a' == b'a'
'a' != b'a'
'a' < b'a'
'a' <= b'a'
'a' > b'a'
'a' in b'a'
'a' not in b'a'
'a' is b'a'
'a' + b'a'
'a' * b'a'
'a' | b'a'
'a' == bytearray(b'ab')
'a' != bytearray(b'ab')
'a' < bytearray(b'ab')
'a' <= bytearray(b'ab')
'a' > bytearray(b'ab')
'a' in bytearray(b'ab')
'a' not in bytearray(b'ab')
'a' is bytearray(b'ab')
'a' + bytearray(b'ab')
'a' * bytearray(b'ab')
'a' | bytearray(b'ab')
'a' == memoryview(b'a')
'a' != memoryview(b'a')
'a' < memoryview(b'a')
'a' <= memoryview(b'a')
'a' > memoryview(b'a')
'a' in memoryview(b'a')
'a' not in memoryview(b'a')
'a' is memoryview(b'a')
'a' + memoryview(b'a')
'a' * memoryview(b'a')
'a' | memoryview(b'a')
'a' == range(3)
'a' != range(3)
'a' < range(3)
'a' <= range(3)
'a' > range(3)
'a' in range(3)
'a' not in range(3)
'a' is range(3)
'a' + range(3)
'a' * range(3)
'a' | range(3)
'a' == range(0)
'a' != range(0)
'a' < range(0)
'a' <= range(0)
'a' > range(0)
'a' in range(0)
'a' not in range(0)
'a' is range(0)
'a' + range(0)
'a' * range(0)
'a' | range(0)
'a' == None
'a' != None
'a' < None
'a' <= None
'a' > None
'a' in None
'a' not in None
'a' is None
'a' + None
'a' * None
'a' | None
'a' == 1
'a' != 1
'a' < 1
'a' <= 1
'a' > 1
'a' in 1
'a' not in 1
'a' is 1
'a' + 1
'a' * 1
'a' | 1
'a' == 1.0
'a' != 1.0
'a' < 1.0
'a' <= 1.0
'a' > 1.0
'a' in 1.0
'a' not in 1.0
'a' is 1.0
'a' + 1.0
'a' * 1.0
'a' | 1.0
'a' == True
'a' != True
'a' < True
'a' <= True
'a' > True
'a' in True
'a' not in True
'a' is True
'a' + True
'a' * True
'a' | True
'a' == [[1]]
'a' != [[1]]
'a' < [[1]]
'a' <= [[1]]
'a' > [[1]]
'a' in [[1]]
'a' not in [[1]]
'a' is [[1]]
'a' + [[1]]
'a' * [[1]]
'a' | [[1]]
'a' == {'a': 1}.keys()
'a' != {'a': 1}.keys()
'a' < {'a': 1}.keys()
'a' <= {'a': 1}.keys()
'a' > {'a': 1}.keys()
'a' in {'a': 1}.keys()
'a' not in {'a': 1}.keys()
'a' is {'a': 1}.keys()
'a' + {'a': 1}.keys()
'a' * {'a': 1}.keys()
'a' == {'a': 1}.items()
'a' != {'a': 1}.items()
'a' < {'a': 1}.items()
'a' <= {'a': 1}.items()
'a' > {'a': 1}.items()
'a' in {'a': 1}.items()
'a' not in {'a': 1}.items()
'a' is {'a': 1}.items()
'a' + {'a': 1}.items()
'a' * {'a': 1}.items()
'a' == {'a': 1}.values()
'a' != {'a': 1}.values()
'a' < {'a': 1}.values()
'a' <= {'a': 1}.values()
'a' > {'a': 1}.values()
'a' in {'a': 1}.values()
'a' not in {'a': 1}.values()
'a' is {'a': 1}.values()
'a' + {'a': 1}.values()
'a' * {'a': 1}.values()
'a' | {'a': 1}.values()
'ab' == []
'ab' != []
'ab' < []
'ab' <= []
'ab' > []
'ab' in []
'ab' not in []
'ab' is []
'ab' + []
'ab' * []
'ab' | []
'ab' == [1, 2]
'ab' != [1, 2]
'ab' < [1, 2]
'ab' <= [1, 2]
'ab' > [1, 2]
'ab' in [1, 2]
'ab' not in [1, 2]
'ab' is [1, 2]
'ab' + [1, 2]
'ab' * [1, 2]
'ab' | [1, 2]
'ab' == (1,)
'ab' != (1,)
'ab' < (1,)
'ab' <= (1,)
'ab' > (1,)
'ab' in (1,)
'ab' not in (1,)
'ab' is (1,)
'ab' + (1,)
'ab' * (1,)
'ab' | (1,)
'ab' == (1, 2.0)
'ab' != (1, 2.0)
'ab' < (1, 2.0)
'ab' <= (1, 2.0)
'ab' > (1, 2.0)
'ab' in (1, 2.0)
'ab' not in (1, 2.0)
'ab' is (1, 2.0)
'ab' + (1, 2.0)
'ab' * (1, 2.0)
'ab' | (1, 2.0)
'ab' == {}
'ab' != {}
'ab' < {}
'ab' <= {}
'ab' > {}
'ab' in {}
'ab' not in {}
'ab' is {}
'ab' + {}
'ab' * {}
'ab' | {}
'ab' == {'a': 1}
'ab' != {'a': 1}
'ab' < {'a': 1}
'ab' <= {'a': 1}
'ab' > {'a': 1}
'ab' in {'a': 1}
'ab' not in {'a': 1}
'ab' is {'a': 1}
'ab' + {'a': 1}
'ab' * {'a': 1}
'ab' | {'a': 1}
'ab' == {1: 'x'}
'ab' != {1: 'x'}
'ab' < {1: 'x'}
'ab' <= {1: 'x'}
'ab' > {1: 'x'}
'ab' in {1: 'x'}
'ab' not in {1: 'x'}
'ab' is {1: 'x'}
'ab' + {1: 'x'}
'ab' * {1: 'x'}
'ab' | {1: 'x'}
'ab' == 'a'
'ab' != 'a'
'ab' < 'a'
'ab' <= 'a'
'ab' > 'a'
'ab' in 'a'
'ab' not in 'a'
'ab' is 'a'
'ab' + 'a'
'ab' * 'a'
'ab' | 'a'
'ab' == 'ab'
'ab' != 'ab'
'ab' < 'ab'
'ab' <= 'ab'
'ab' > 'ab'
'ab' in 'ab'
'ab' not in 'ab'
'ab' + 'ab'
'ab' * 'ab'
'ab' | 'ab'
'ab' == b'a'
'ab' != b'a'
'ab' < b'a'
'ab' <= b'a'
'ab' > b'a'
'ab' in b'a'
'ab' not in b'a'
'ab' is b'a'
'ab' + b'a'
'ab' * b'a'
'ab' | b'a'
'ab' == bytearray(b'ab')
'ab' != bytearray(b'ab')
'ab' < bytearray(b'ab')
'ab' <= bytearray(b'ab')
'ab' > bytearray(b'ab')
'ab' in bytearray(b'ab')
'ab' not in bytearray(b'ab')
'ab' is bytearray(b'ab')
'ab' + bytearray(b'ab')
'ab' * bytearray(b'ab')
'ab' | bytearray(b'ab')
'ab' == memoryview(b'a')
'ab' != memoryview(b'a')
'ab' < memoryview(b'a')
'ab' <= memoryview(b'a')
'ab' > memoryview(b'a')
'ab' in memoryview(b'a')
'ab' not in memoryview(b'a')
'ab' is memoryview(b'a')
'ab' + memoryview(b'a')
'ab' * memoryview(b'a')
'ab' | memoryview(b'a')
'ab' == range(3)
'ab' != range(3)
'ab' < range(3)
'ab' <= range(3)
'ab' > range(3)
'ab' in range(3)
'ab' not in range(3)
'ab' is range(3)
'ab' + range(3)
'ab' * range(3)
'ab' | range(3)
'ab' == range(0)
'ab' != range(0)
'ab' < range(0)
'ab' <= range(0)
'ab' > range(0)
'ab' in range(0)
'ab' not in range(0)
'ab' is range(0)
'ab' + range(0)
'ab' * range(0)
'ab' | range(0)
'ab' == None
'ab' != None
'ab' < None
'ab' <= None
'ab' > None
'ab' in None
'ab' not in None
'ab' is None
'ab' + None
'ab' * None
'ab' | None
'ab' == 1
'ab' != 1
'ab' < 1
'ab' <= 1
'ab' > 1
'ab' in 1
'ab' not in 1
'ab' is 1
'ab' + 1
'ab' * 1
'ab' | 1
'ab' == 1.0
'ab' != 1.0
'ab' < 1.0
'ab' <= 1.0
'ab' > 1.0
'ab' in 1.0
'ab' not in 1.0
'ab' is 1.0
'ab' + 1.0
'ab' * 1.0
'ab' | 1.0
'ab' == True
'ab' != True
'ab' < True
'ab' <= True
'ab' > True
'ab' in True
'ab' not in True
'ab' is True
'ab' + True
'ab' * True
'ab' | True
'ab' == [[1]]
'ab' != [[1]]
'ab' < [[1]]
'ab' <= [[1]]
'ab' > [[1]]
'ab' in [[1]]
'ab' not in [[1]]
'ab' is [[1]]
'ab' + [[1]]
'ab' * [[1]]
'ab' | [[1]]
'ab' == {'a': 1}.keys()
'ab' != {'a': 1}.keys()
'ab' < {'a': 1}.keys()
'ab' <= {'a': 1}.keys()
'ab' > {'a': 1}.keys()
'ab' in {'a': 1}.keys()
'ab' not in {'a': 1}.keys()
'ab' is {'a': 1}.keys()
'ab' + {'a': 1}.keys()
'ab' * {'a': 1}.keys()
'ab' == {'a': 1}.items()
'ab' != {'a': 1}.items()
'ab' < {'a': 1}.items()
'ab' <= {'a': 1}.items()
'ab' > {'a': 1}.items()
'ab' in {'a': 1}.items()
'ab' not in {'a': 1}.items()
'ab' is {'a': 1}.items()
'ab' + {'a': 1}.items()
'ab' * {'a': 1}.items()
'ab' == {'a': 1}.values()
'ab' != {'a': 1}.values()
'ab' < {'a': 1}.values()
'ab' <= {'a': 1}.values()
'ab' > {'a': 1}.values()
'ab' in {'a': 1}.values()
'ab' not in {'a': 1}.values()
'ab' is {'a': 1}.values()
'ab' + {'a': 1}.values()
'ab' * {'a': 1}.values()
'ab' | {'a': 1}.values()
b'a' == []
b'a' != []
b'a' < []
b'a' <= []
b'a' > []
b'a' in []
b'a' not in []
b'a' is []
b'a' + []
b'a' * []
b'a' | []
b'a' == [1, 2]
b'a' != [1, 2]
b'a' < [1, 2]
b'a' <= [1, 2]
b'a' > [1, 2]
b'a' in [1, 2]
b'a' not in [1, 2]
b'a' is [1, 2]
b'a' + [1, 2]
b'a' * [1, 2]
b'a' | [1, 2]
b'a' == (1,)
b'a' != (1,)
b'a' < (1,)
b'a' <= (1,)
b'a' > (1,)
b'a' in (1,)
b'a' not in (1,)
b'a' is (1,)
b'a' + (1,)
b'a' * (1,)
b'a' | (1,)
b'a' == (1, 2.0)
b'a' != (1, 2.0)
b'a' < (1, 2.0)
b'a' <= (1, 2.0)
b'a' > (1, 2.0)
b'a' in (1, 2.0)
b'a' not in (1, 2.0)
b'a' is (1, 2.0)
b'a' + (1, 2.0)
b'a' * (1, 2.0)
b'a' | (1, 2.0)
b'a' == {}
b'a' != {}
b'a' < {}
b'a' <= {}
b'a' > {}
b'a' in {}
b'a' not in {}
b'a' is {}
b'a' + {}
b'a' * {}
b'a' | {}
b'a' == {'a': 1}
b'a' != {'a': 1}
b'a' < {'a': 1}
b'a' <= {'a': 1}
b'a' > {'a': 1}
b'a' in {'a': 1}
b'a' not in {'a': 1}
b'a' is {'a': 1}
b'a' + {'a': 1}
b'a' * {'a': 1}
b'a' | {'a': 1}
b'a' == {1: 'x'}
b'a' != {1: 'x'}
b'a' < {1: 'x'}
b'a' <= {1: 'x'}
b'a' > {1: 'x'}
b'a' in {1: 'x'}
b'a' not in {1: 'x'}
b'a' is {1: 'x'}
b'a' + {1: 'x'}
b'a' * {1: 'x'}
b'a' | {1: 'x'}
b'a' == 'a'
b'a' != 'a'
b'a' < 'a'
b'a' <= 'a'
b'a' > 'a'
b'a' in 'a'
b'a' not in 'a'
b'a' is 'a'
b'a' + 'a'
b'a' * 'a'
b'a' | 'a'
b'a' == 'ab'
b'a' != 'ab'
b'a' < 'ab'
b'a' <= 'ab'
b'a' > 'ab'
b'a' in 'ab'
b'a' not in 'ab'
b'a' is 'ab'
b'a' + 'ab'
b'a' * 'ab'
b'a' | 'ab'
b'a' == b'a'
b'a' != b'a'
b'a' < b'a'
b'a' <= b'a'
b'a' > b'a'
b'a' in b'a'
b'a' not in b'a'
b'a' + b'a'
b'a' * b'a'
b'a' | b'a'
b'a' == bytearray(b'ab')
b'a' != bytearray(b'ab')
b'a' < bytearray(b'ab')
b'a' <= bytearray(b'ab')
b'a' > bytearray(b'ab')
b'a' in bytearray(b'ab')
b'a' not in bytearray(b'ab')
b'a' is bytearray(b'ab')
b'a' + bytearray(b'ab')
b'a' * bytearray(b'ab')
b'a' | bytearray(b'ab')
b'a' == memoryview(b'a')
b'a' != memoryview(b'a')
b'a' < memoryview(b'a')
b'a' <= memoryview(b'a')
b'a' > memoryview(b'a')
b'a' in memoryview(b'a')
b'a' not in memoryview(b'a')
b'a' is memoryview(b'a')
b'a' + memoryview(b'a')
b'a' * memoryview(b'a')
b'a' | memoryview(b'a')
b'a' == range(3)
b'a' != range(3)
b'a' < range(3)
b'a' <= range(3)
b'a' > range(3)
b'a' in range(3)
b'a' not in range(3)
b'a' is range(3)
b'a' + range(3)
b'a' * range(3)
b'a' | range(3)
b'a' == range(0)
b'a' != range(0)
b'a' < range(0)
b'a' <= range(0)
b'a' > range(0)
b'a' in range(0)
b'a' not in range(0)
b'a' is range(0)
b'a' + range(0)
b'a' * range(0)
b'a' | range(0)
b'a' == None
b'a' != None
b'a' < None
b'a' <= None
b'a' > None
b'a' in None
b'a' not in None
b'a' is None
b'a' + None
b'a' * None
b'a' | None
b'a' == 1
b'a' != 1
b'a' < 1
b'a' <= 1
b'a' > 1
b'a' in 1
b'a' not in 1
b'a' is 1
b'a' + 1
b'a' * 1
b'a' | 1
b'a' == 1.0
b'a' != 1.0
b'a' < 1.0
b'a' <= 1.0
b'a' > 1.0
b'a' in 1.0
b'a' not in 1.0
b'a' is 1.0
b'a' + 1.0
b'a' * 1.0
b'a' | 1.0
b'a' == True
b'a' != True
b'a' < True
b'a' <= True
b'a' > True
b'a' in True
b'a' not in True
b'a' is True
b'a' + True
b'a' * True
b'a' | True
b'a' == [[1]]
b'a' != [[1]]
b'a' < [[1]]
b'a' <= [[1]]
b'a' > [[1]]
b'a' in [[1]]
b'a' not in [[1]]
b'a' is [[1]]
b'a' + [[1]]
b'a' * [[1]]
b'a' | [[1]]
b'a' == {'a': 1}.keys()
b'a' != {'a': 1}.keys()
b'a' < {'a': 1}.keys()
b'a' <= {'a': 1}.keys()
b'a' > {'a': 1}.keys()
b'a' in {'a': 1}.keys()
b'a' not in {'a': 1}.keys()
b'a' is {'a': 1}.keys()
b'a' + {'a': 1}.keys()
b'a' * {'a': 1}.keys()
b'a' == {'a': 1}.items()
b'a' != {'a': 1}.items()
b'a' < {'a': 1}.items()
b'a' <= {'a': 1}.items()
b'a' > {'a': 1}.items()
b'a' in {'a': 1}.items()
b'a' not in {'a': 1}.items()
b'a' is {'a': 1}.items()
b'a' + {'a': 1}.items()
b'a' * {'a': 1}.items()
b'a' == {'a': 1}.values()
b'a' != {'a': 1}.values()
b'a' < {'a': 1}.values()
b'a' <= {'a': 1}.values()
b'a' > {'a': 1}.values()
b'a' in {'a': 1}.values()
b'a' not in {'a': 1}.values()
b'a' is {'a': 1}.values()
b'a' + {'a': 1}.values()
b'a' * {'a': 1}.values()
b'a' | {'a': 1}.values()
bytearray(b'ab') == []
bytearray(b'ab') != []
bytearray(b'ab') < []
bytearray(b'ab') <= []
bytearray(b'ab') > []
bytearray(b'ab') in []
bytearray(b'ab') not in []
bytearray(b'ab') is []
bytearray(b'ab') + []
bytearray(b'ab') * []
bytearray(b'ab') | []
bytearray(b'ab') == [1, 2]
bytearray(b'ab') != [1, 2]
bytearray(b'ab') < [1, 2]
bytearray(b'ab') <= [1, 2]
bytearray(b'ab') > [1, 2]
bytearray(b'ab') in [1, 2]
bytearray(b'ab') not in [1, 2]
bytearray(b'ab') is [1, 2]
bytearray(b'ab') + [1, 2]
bytearray(b'ab') * [1, 2]
bytearray(b'ab') | [1, 2]
bytearray(b'ab') == (1,)
bytearray(b'ab') != (1,)
bytearray(b'ab') < (1,)
bytearray(b'ab') <= (1,)
bytearray(b'ab') > (1,)
bytearray(b'ab') in (1,)
bytearray(b'ab') not in (1,)
bytearray(b'ab') is (1,)
bytearray(b'ab') + (1,)
bytearray(b'ab') * (1,)
bytearray(b'ab') | (1,)
bytearray(b'ab') == (1, 2.0)
bytearray(b'ab') != (1, 2.0)
bytearray(b'ab') < (1, 2.0)
bytearray(b'ab') <= (1, 2.0)
bytearray(b'ab') > (1, 2.0)
bytearray(b'ab') in (1, 2.0)
bytearray(b'ab') not in (1, 2.0)
bytearray(b'ab') is (1, 2.0)
bytearray(b'ab') + (1, 2.0)
bytearray(b'ab') * (1, 2.0)
bytearray(b'ab') | (1, 2.0)
bytearray(b'ab') == {}
bytearray(b'ab') != {}
bytearray(b'ab') < {}
bytearray(b'ab') <= {}
bytearray(b'ab') > {}
bytearray(b'ab') in {}
bytearray(b'ab') not in {}
bytearray(b'ab') is {}
bytearray(b'ab') + {}
bytearray(b'ab') * {}
bytearray(b'ab') | {}
bytearray(b'ab') == {'a': 1}
bytearray(b'ab') != {'a': 1}
bytearray(b'ab') < {'a': 1}
bytearray(b'ab') <= {'a': 1}
bytearray(b'ab') > {'a': 1}
bytearray(b'ab') in {'a': 1}
bytearray(b'ab') not in {'a': 1}
bytearray(b'ab') is {'a': 1}
bytearray(b'ab') + {'a': 1}
bytearray(b'ab') * {'a': 1}
bytearray(b'ab') | {'a': 1}
bytearray(b'ab') == {1: 'x'}
bytearray(b'ab') != {1: 'x'}
bytearray(b'ab') < {1: 'x'}
bytearray(b'ab') <= {1: 'x'}
bytearray(b'ab') > {1: 'x'}
bytearray(b'ab') in {1: 'x'}
bytearray(b'ab') not in {1: 'x'}
bytearray(b'ab') is {1: 'x'}
bytearray(b'ab') + {1: 'x'}
bytearray(b'ab') * {1: 'x'}
bytearray(b'ab') | {1: 'x'}
bytearray(b'ab') == 'a'
bytearray(b'ab') != 'a'
bytearray(b'ab') < 'a'
bytearray(b'ab') <= 'a'
bytearray(b'ab') > 'a'
bytearray(b'ab') in 'a'
bytearray(b'ab') not in 'a'
bytearray(b'ab') is 'a'
bytearray(b'ab') + 'a'
bytearray(b'ab') * 'a'
bytearray(b'ab') | 'a'
bytearray(b'ab') == 'ab'
bytearray(b'ab') != 'ab'
bytearray(b'ab') < 'ab'
bytearray(b'ab') <= 'ab'
bytearray(b'ab') > 'ab'
bytearray(b'ab') in 'ab'
bytearray(b'ab') not in 'ab'
bytearray(b'ab') is 'ab'
bytearray(b'ab') + 'ab'
bytearray(b'ab') * 'ab'
bytearray(b'ab') | 'ab'
bytearray(b'ab') == b'a'
bytearray(b'ab') != b'a'
bytearray(b'ab') < b'a'
bytearray(b'ab') <= b'a'
bytearray(b'ab') > b'a'
bytearray(b'ab') in b'a'
bytearray(b'ab') not in b'a'
bytearray(b'ab') is b'a'
bytearray(b'ab') + b'a'
bytearray(b'ab') * b'a'
bytearray(b'ab') | b'a'
bytearray(b'ab') == bytearray(b'ab')
bytearray(b'ab') != bytearray(b'ab')
bytearray(b'ab') < bytearray(b'ab')
bytearray(b'ab') <= bytearray(b'ab')
bytearray(b'ab') > bytearray(b'ab')
bytearray(b'ab') in bytearray(b'ab')
bytearray(b'ab') not in bytearray(b'ab')
bytearray(b'ab') + bytearray(b'ab')
bytearray(b'ab') * bytearray(b'ab')
bytearray(b'ab') | bytearray(b'ab')
bytearray(b'ab') == memoryview(b'a')
bytearray(b'ab') != memoryview(b'a')
bytearray(b'ab') < memoryview(b'a')
bytearray(b'ab') <= memoryview(b'a')
bytearray(b'ab') > memoryview(b'a')
bytearray(b'ab') in memoryview(b'a')
bytearray(b'ab') not in memoryview(b'a')
bytearray(b'ab') is memoryview(b'a')
bytearray(b'ab') + memoryview(b'a')
bytearray(b'ab') * memoryview(b'a')
bytearray(b'ab') | memoryview(b'a')
bytearray(b'ab') == range(3)
bytearray(b'ab') != range(3)
bytearray(b'ab') < range(3)
bytearray(b'ab') <= range(3)
bytearray(b'ab') > range(3)
bytearray(b'ab') in range(3)
bytearray(b'ab') not in range(3)
bytearray(b'ab') is range(3)
bytearray(b'ab') + range(3)
bytearray(b'ab') * range(3)
bytearray(b'ab') | range(3)
bytearray(b'ab') == range(0)
bytearray(b'ab') != range(0)
bytearray(b'ab') < range(0)
bytearray(b'ab') <= range(0)
bytearray(b'ab') > range(0)
bytearray(b'ab') in range(0)
bytearray(b'ab') not in range(0)
bytearray(b'ab') is range(0)
bytearray(b'ab') + range(0)
bytearray(b'ab') * range(0)
bytearray(b'ab') | range(0)
bytearray(b'ab') == None
bytearray(b'ab') != None
bytearray(b'ab') < None
bytearray(b'ab') <= None
bytearray(b'ab') > None
bytearray(b'ab') in None
bytearray(b'ab') not in None
bytearray(b'ab') is None
bytearray(b'ab') + None
bytearray(b'ab') * None
bytearray(b'ab') | None
bytearray(b'ab') == 1
bytearray(b'ab') != 1
bytearray(b'ab') < 1
bytearray(b'ab') <= 1
bytearray(b'ab') > 1
bytearray(b'ab') in 1
bytearray(b'ab') not in 1
bytearray(b'ab') is 1
bytearray(b'ab') + 1
bytearray(b'ab') * 1
bytearray(b'ab') | 1
bytearray(b'ab') == 1.0
bytearray(b'ab') != 1.0
bytearray(b'ab') < 1.0
bytearray(b'ab') <= 1.0
bytearray(b'ab') > 1.0
bytearray(b'ab') in 1.0
bytearray(b'ab') not in 1.0
bytearray(b'ab') is 1.0
bytearray(b'ab') + 1.0
bytearray(b'ab') * 1.0
bytearray(b'ab') | 1.0
bytearray(b'ab') == True
bytearray(b'ab') != True
bytearray(b'ab') < True
bytearray(b'ab') <= True
bytearray(b'ab') > True
bytearray(b'ab') in True
bytearray(b'ab') not in True
bytearray(b'ab') is True
bytearray(b'ab') + True
bytearray(b'ab') * True
bytearray(b'ab') | True
bytearray(b'ab') == [[1]]
bytearray(b'ab') != [[1]]
bytearray(b'ab') < [[1]]
bytearray(b'ab') <= [[1]]
bytearray(b'ab') > [[1]]
bytearray(b'ab') in [[1]]
bytearray(b'ab') not in [[1]]
bytearray(b'ab') is [[1]]
bytearray(b'ab') + [[1]]
bytearray(b'ab') * [[1]]
bytearray(b'ab') | [[1]]
bytearray(b'ab') == {'a': 1}.keys()
bytearray(b'ab') != {'a': 1}.keys()
bytearray(b'ab') < {'a': 1}.keys()
bytearray(b'ab') <= {'a': 1}.keys()
bytearray(b'ab') > {'a': 1}.keys()
bytearray(b'ab') in {'a': 1}.keys()
bytearray(b'ab') not in {'a': 1}.keys()
bytearray(b'ab') is {'a': 1}.keys()
bytearray(b'ab') + {'a': 1}.keys()
bytearray(b'ab') * {'a': 1}.keys()
bytearray(b'ab') == {'a': 1}.items()
bytearray(b'ab') != {'a': 1}.items()
bytearray(b'ab') < {'a': 1}.items()
bytearray(b'ab') <= {'a': 1}.items()
bytearray(b'ab') > {'a': 1}.items()
bytearray(b'ab') in {'a': 1}.items()
bytearray(b'ab') not in {'a': 1}.items()
bytearray(b'ab') is {'a': 1}.items()
bytearray(b'ab') + {'a': 1}.items()
bytearray(b'ab') * {'a': 1}.items()
bytearray(b'ab') == {'a': 1}.values()
bytearray(b'ab') != {'a': 1}.values()
bytearray(b'ab') < {'a': 1}.values()
bytearray(b'ab') <= {'a': 1}.values()
bytearray(b'ab') > {'a': 1}.values()
bytearray(b'ab') in {'a': 1}.values()
bytearray(b'ab') not in {'a': 1}.values()
bytearray(b'ab') is {'a': 1}.values()
bytearray(b'ab') + {'a': 1}.values()
bytearray(b'ab') * {'a': 1}.values()
bytearray(b'ab') | {'a': 1}.values()
memoryview(b'a') == []
memoryview(b'a') != []
memoryview(b'a') < []
memoryview(b'a') <= []
memoryview(b'a') > []
memoryview(b'a') in []
memoryview(b'a') not in []
memoryview(b'a') is []
memoryview(b'a') + []
memoryview(b'a') * []
memoryview(b'a') | []
memoryview(b'a') == [1, 2]
memoryview(b'a') != [1, 2]
memoryview(b'a') < [1, 2]
memoryview(b'a') <= [1, 2]
memoryview(b'a') > [1, 2]
memoryview(b'a') in [1, 2]
memoryview(b'a') not in [1, 2]
memoryview(b'a') is [1, 2]
memoryview(b'a') + [1, 2]
memoryview(b'a') * [1, 2]
memoryview(b'a') | [1, 2]
memoryview(b'a') == (1,)
memoryview(b'a') != (1,)
memoryview(b'a') < (1,)
memoryview(b'a') <= (1,)
memoryview(b'a') > (1,)
memoryview(b'a') in (1,)
memoryview(b'a') not in (1,)
memoryview(b'a') is (1,)
memoryview(b'a') + (1,)
memoryview(b'a') * (1,)
memoryview(b'a') | (1,)
memoryview(b'a') == (1, 2.0)
memoryview(b'a') != (1, 2.0)
memoryview(b'a') < (1, 2.0)
memoryview(b'a') <= (1, 2.0)
memoryview(b'a') > (1, 2.0)
memoryview(b'a') in (1, 2.0)
memoryview(b'a') not in (1, 2.0)
memoryview(b'a') is (1, 2.0)
memoryview(b'a') + (1, 2.0)
memoryview(b'a') * (1, 2.0)
memoryview(b'a') | (1, 2.0)
memoryview(b'a') == {}
memoryview(b'a') != {}
memoryview(b'a') < {}
memoryview(b'a') <= {}
memoryview(b'a') > {}
memoryview(b'a') in {}
memoryview(b'a') not in {}
memoryview(b'a') is {}
memoryview(b'a') + {}
memoryview(b'a') * {}
memoryview(b'a') | {}
memoryview(b'a') == {'a': 1}
memoryview(b'a') != {'a': 1}
memoryview(b'a') < {'a': 1}
memoryview(b'a') <= {'a': 1}
memoryview(b'a') > {'a': 1}
memoryview(b'a') in {'a': 1}
memoryview(b'a') not in {'a': 1}
memoryview(b'a') is {'a': 1}
memoryview(b'a') + {'a': 1}
memoryview(b'a') * {'a': 1}
memoryview(b'a') | {'a': 1}
memoryview(b'a') == {1: 'x'}
memoryview(b'a') != {1: 'x'}
memoryview(b'a') < {1: 'x'}
memoryview(b'a') <= {1: 'x'}
memoryview(b'a') > {1: 'x'}
memoryview(b'a') in {1: 'x'}
memoryview(b'a') not in {1: 'x'}
memoryview(b'a') is {1: 'x'}
memoryview(b'a') + {1: 'x'}
memoryview(b'a') * {1: 'x'}
memoryview(b'a') | {1: 'x'}
memoryview(b'a') == 'a'
memoryview(b'a') != 'a'
memoryview(b'a') < 'a'
memoryview(b'a') <= 'a'
memoryview(b'a') > 'a'
memoryview(b'a') in 'a'
memoryview(b'a') not in 'a'
memoryview(b'a') is 'a'
memoryview(b'a') + 'a'
memoryview(b'a') * 'a'
memoryview(b'a') | 'a'
memoryview(b'a') == 'ab'
memoryview(b'a') != 'ab'
memoryview(b'a') < 'ab'
memoryview(b'a') <= 'ab'
memoryview(b'a') > 'ab'
memoryview(b'a') in 'ab'
memoryview(b'a') not in 'ab'
memoryview(b'a') is 'ab'
memoryview(b'a') + 'ab'
memoryview(b'a') * 'ab'
memoryview(b'a') | 'ab'
memoryview(b'a') == b'a'
memoryview(b'a') != b'a'
memoryview(b'a') < b'a'
memoryview(b'a') <= b'a'
memoryview(b'a') > b'a'
memoryview(b'a') in b'a'
memoryview(b'a') not in b'a'
memoryview(b'a') is b'a'
memoryview(b'a') + b'a'
memoryview(b'a') * b'a'
memoryview(b'a') | b'a'
memoryview(b'a') == bytearray(b'ab')
memoryview(b'a') != bytearray(b'ab')
memoryview(b'a') < bytearray(b'ab')
memoryview(b'a') <= bytearray(b'ab')
memoryview(b'a') > bytearray(b'ab')
memoryview(b'a') in bytearray(b'ab')
memoryview(b'a') not in bytearray(b'ab')
memoryview(b'a') is bytearray(b'ab')
memoryview(b'a') + bytearray(b'ab')
memoryview(b'a') * bytearray(b'ab')
memoryview(b'a') | bytearray(b'ab')
memoryview(b'a') == memoryview(b'a')
memoryview(b'a') != memoryview(b'a')
memoryview(b'a') < memoryview(b'a')
memoryview(b'a') <= memoryview(b'a')
memoryview(b'a') > memoryview(b'a')
memoryview(b'a') in memoryview(b'a')
memoryview(b'a') not in memoryview(b'a')
memoryview(b'a') + memoryview(b'a')
memoryview(b'a') * memoryview(b'a')
memoryview(b'a') | memoryview(b'a')
memoryview(b'a') == range(3)
memoryview(b'a') != range(3)
memoryview(b'a') < range(3)
memoryview(b'a') <= range(3)
memoryview(b'a') > range(3)
memoryview(b'a') in range(3)
memoryview(b'a') not in range(3)
memoryview(b'a') is range(3)
memoryview(b'a') + range(3)
memoryview(b'a') * range(3)
memoryview(b'a') | range(3)
memoryview(b'a') == range(0)
memoryview(b'a') != range(0)
memoryview(b'a') < range(0)
memoryview(b'a') <= range(0)
memoryview(b'a') > range(0)
memoryview(b'a') in range(0)
memoryview(b'a') not in range(0)
memoryview(b'a') is range(0)
memoryview(b'a') + range(0)
memoryview(b'a') * range(0)
memoryview(b'a') | range(0)
memoryview(b'a') == None
memoryview(b'a') != None
memoryview(b'a') < None
memoryview(b'a') <= None
memoryview(b'a') > None
memoryview(b'a') in None
memoryview(b'a') not in None
memoryview(b'a') is None
memoryview(b'a') + None
memoryview(b'a') * None
memoryview(b'a') | None
memoryview(b'a') == 1
memoryview(b'a') != 1
memoryview(b'a') < 1
memoryview(b'a') <= 1
memoryview(b'a') > 1
memoryview(b'a') in 1
memoryview(b'a') not in 1
memoryview(b'a') is 1
memoryview(b'a') + 1
memoryview(b'a') * 1
memoryview(b'a') | 1
memoryview(b'a') == 1.0
memoryview(b'a') != 1.0
memoryview(b'a') < 1.0
memoryview(b'a') <= 1.0
memoryview(b'a') > 1.0
memoryview(b'a') in 1.0
memoryview(b'a') not in 1.0
memoryview(b'a') is 1.0
memoryview(b'a') + 1.0
memoryview(b'a') * 1.0
memoryview(b'a') | 1.0
memoryview(b'a') == True
memoryview(b'a') != True
memoryview(b'a') < True
memoryview(b'a') <= True
memoryview(b'a') > True
memoryview(b'a') in True
memoryview(b'a') not in True
memoryview(b'a') is True
memoryview(b'a') + True
memoryview(b'a') * True
memoryview(b'a') | True
memoryview(b'a') == [[1]]
memoryview(b'a') != [[1]]
memoryview(b'a') < [[1]]
memoryview(b'a') <= [[1]]
memoryview(b'a') > [[1]]
memoryview(b'a') in [[1]]
memoryview(b'a') not in [[1]]
memoryview(b'a') is [[1]]
memoryview(b'a') + [[1]]
memoryview(b'a') * [[1]]
memoryview(b'a') | [[1]]
memoryview(b'a') == {'a': 1}.keys()
memoryview(b'a') != {'a': 1}.keys()
memoryview(b'a') < {'a': 1}.keys()
memoryview(b'a') <= {'a': 1}.keys()
memoryview(b'a') > {'a': 1}.keys()
memoryview(b'a') in {'a': 1}.keys()
memoryview(b'a') not in {'a': 1}.keys()
memoryview(b'a') is {'a': 1}.keys()
memoryview(b'a') + {'a': 1}.keys()
memoryview(b'a') * {'a': 1}.keys()
memoryview(b'a') == {'a': 1}.items()
memoryview(b'a') != {'a': 1}.items()
memoryview(b'a') < {'a': 1}.items()
memoryview(b'a') <= {'a': 1}.items()
memoryview(b'a') > {'a': 1}.items()
memoryview(b'a') in {'a': 1}.items()
memoryview(b'a') not in {'a': 1}.items()
memoryview(b'a') is {'a': 1}.items()
memoryview(b'a') + {'a': 1}.items()
memoryview(b'a') * {'a': 1}.items()
memoryview(b'a') == {'a': 1}.values()
memoryview(b'a') != {'a': 1}.values()
memoryview(b'a') < {'a': 1}.values()
memoryview(b'a') <= {'a': 1}.values()
memoryview(b'a') > {'a': 1}.values()
memoryview(b'a') in {'a': 1}.values()
memoryview(b'a') not in {'a': 1}.values()
memoryview(b'a') is {'a': 1}.values()
memoryview(b'a') + {'a': 1}.values()
memoryview(b'a') * {'a': 1}.values()
memoryview(b'a') | {'a': 1}.values()
range(3) == []
range(3) != []
range(3) < []
range(3) <= []
range(3) > []
range(3) in []
range(3) not in []
range(3) is []
range(3) + []
range(3) * []
range(3) | []
range(3) == [1, 2]
range(3) != [1, 2]
range(3) < [1, 2]
range(3) <= [1, 2]
range(3) > [1, 2]
range(3) in [1, 2]
range(3) not in [1, 2]
range(3) is [1, 2]
range(3) + [1, 2]
range(3) * [1, 2]
range(3) | [1, 2]
range(3) == (1,)
range(3) != (1,)
range(3) < (1,)
range(3) <= (1,)
range(3) > (1,)
range(3) in (1,)
range(3) not in (1,)
range(3) is (1,)
range(3) + (1,)
range(3) * (1,)
range(3) | (1,)
range(3) == (1, 2.0)
range(3) != (1, 2.0)
range(3) < (1, 2.0)
range(3) <= (1, 2.0)
range(3) > (1, 2.0)
range(3) in (1, 2.0)
range(3) not in (1, 2.0)
range(3) is (1, 2.0)
range(3) + (1, 2.0)
range(3) * (1, 2.0)
range(3) | (1, 2.0)
range(3) == {}
range(3) != {}
range(3) < {}
range(3) <= {}
range(3) > {}
range(3) in {}
range(3) not in {}
range(3) is {}
range(3) + {}
range(3) * {}
range(3) | {}
range(3) == {'a': 1}
range(3) != {'a': 1}
range(3) < {'a': 1}
range(3) <= {'a': 1}
range(3) > {'a': 1}
range(3) in {'a': 1}
range(3) not in {'a': 1}
range(3) is {'a': 1}
range(3) + {'a': 1}
range(3) * {'a': 1}
range(3) | {'a': 1}
range(3) == {1: 'x'}
range(3) != {1: 'x'}
range(3) < {1: 'x'}
range(3) <= {1: 'x'}
range(3) > {1: 'x'}
range(3) in {1: 'x'}
range(3) not in {1: 'x'}
range(3) is {1: 'x'}
range(3) + {1: 'x'}
range(3) * {1: 'x'}
range(3) | {1: 'x'}
range(3) == 'a'
range(3) != 'a'
range(3) < 'a'
range(3) <= 'a'
range(3) > 'a'
range(3) in 'a'
range(3) not in 'a'
range(3) is 'a'
range(3) + 'a'
range(3) * 'a'
range(3) | 'a'
range(3) == 'ab'
range(3) != 'ab'
range(3) < 'ab'
range(3) <= 'ab'
range(3) > 'ab'
range(3) in 'ab'
range(3) not in 'ab'
range(3) is 'ab'
range(3) + 'ab'
range(3) * 'ab'
range(3) | 'ab'
range(3) == b'a'
range(3) != b'a'
range(3) < b'a'
range(3) <= b'a'
range(3) > b'a'
range(3) in b'a'
range(3) not in b'a'
range(3) is b'a'
range(3) + b'a'
range(3) * b'a'
range(3) | b'a'
range(3) == bytearray(b'ab')
range(3) != bytearray(b'ab')
range(3) < bytearray(b'ab')
range(3) <= bytearray(b'ab')
range(3) > bytearray(b'ab')
range(3) in bytearray(b'ab')
range(3) not in bytearray(b'ab')
range(3) is bytearray(b'ab')
range(3) + bytearray(b'ab')
range(3) * bytearray(b'ab')
range(3) | bytearray(b'ab')
range(3) == memoryview(b'a')
range(3) != memoryview(b'a')
range(3) < memoryview(b'a')
range(3) <= memoryview(b'a')
range(3) > memoryview(b'a')
range(3) in memoryview(b'a')
range(3) not in memoryview(b'a')
range(3) is memoryview(b'a')
range(3) + memoryview(b'a')
range(3) * memoryview(b'a')
range(3) | memoryview(b'a')
range(3) == range(3)
range(3) != range(3)
range(3) < range(3)
range(3) <= range(3)
range(3) > range(3)
range(3) in range(3)
range(3) not in range(3)
range(3) + range(3)
range(3) * range(3)
range(3) | range(3)
range(3) == range(0)
range(3) != range(0)
range(3) < range(0)
range(3) <= range(0)
range(3) > range(0)
range(3) in range(0)
range(3) not in range(0)
range(3) is range(0)
range(3) + range(0)
range(3) * range(0)
range(3) | range(0)
range(3) == None
range(3) != None
range(3) < None
range(3) <= None
range(3) > None
range(3) in None
range(3) not in None
range(3) is None
range(3) + None
range(3) * None
range(3) | None
range(3) == 1
range(3) != 1
range(3) < 1
range(3) <= 1
range(3) > 1
range(3) in 1
range(3) not in 1
range(3) is 1
range(3) + 1
range(3) * 1
range(3) | 1
range(3) == 1.0
range(3) != 1.0
range(3) < 1.0
range(3) <= 1.0
range(3) > 1.0
range(3) in 1.0
range(3) not in 1.0
range(3) is 1.0
range(3) + 1.0
range(3) * 1.0
range(3) | 1.0
range(3) == True
range(3) != True
range(3) < True
range(3) <= True
range(3) > True
range(3) in True
range(3) not in True
range(3) is True
range(3) + True
range(3) * True
range(3) | True
range(3) == [[1]]
range(3) != [[1]]
range(3) < [[1]]
range(3) <= [[1]]
range(3) > [[1]]
range(3) in [[1]]
range(3) not in [[1]]
range(3) is [[1]]
range(3) + [[1]]
range(3) * [[1]]
range(3) | [[1]]
range(3) == {'a': 1}.keys()
range(3) != {'a': 1}.keys()
range(3) < {'a': 1}.keys()
range(3) <= {'a': 1}.keys()
range(3) > {'a': 1}.keys()
range(3) in {'a': 1}.keys()
range(3) not in {'a': 1}.keys()
range(3) is {'a': 1}.keys()
range(3) + {'a': 1}.keys()
range(3) * {'a': 1}.keys()
range(3) == {'a': 1}.items()
range(3) != {'a': 1}.items()
range(3) < {'a': 1}.items()
range(3) <= {'a': 1}.items()
range(3) > {'a': 1}.items()
range(3) in {'a': 1}.items()
range(3) not in {'a': 1}.items()
range(3) is {'a': 1}.items()
range(3) + {'a': 1}.items()
range(3) * {'a': 1}.items()
range(3) == {'a': 1}.values()
range(3) != {'a': 1}.values()
range(3) < {'a': 1}.values()
range(3) <= {'a': 1}.values()
range(3) > {'a': 1}.values()
range(3) in {'a': 1}.values()
range(3) not in {'a': 1}.values()
range(3) is {'a': 1}.values()
range(3) + {'a': 1}.values()
range(3) * {'a': 1}.values()
range(3) | {'a': 1}.values()
range(0) == []
range(0) != []
range(0) < []
range(0) <= []
range(0) > []
range(0) in []
range(0) not in []
range(0) is []
range(0) + []
range(0) * []
range(0) | []
range(0) == [1, 2]
range(0) != [1, 2]
range(0) < [1, 2]
range(0) <= [1, 2]
range(0) > [1, 2]
range(0) in [1, 2]
range(0) not in [1, 2]
range(0) is [1, 2]
range(0) + [1, 2]
range(0) * [1, 2]
range(0) | [1, 2]
range(0) == (1,)
range(0) != (1,)
range(0) < (1,)
range(0) <= (1,)
range(0) > (1,)
range(0) in (1,)
range(0) not in (1,)
range(0) is (1,)
range(0) + (1,)
range(0) * (1,)
range(0) | (1,)
range(0) == (1, 2.0)
range(0) != (1, 2.0)
range(0) < (1, 2.0)
range(0) <= (1, 2.0)
range(0) > (1, 2.0)
range(0) in (1, 2.0)
range(0) not in (1, 2.0)
range(0) is (1, 2.0)
range(0) + (1, 2.0)
range(0) * (1, 2.0)
range(0) | (1, 2.0)
range(0) == {}
range(0) != {}
range(0) < {}
range(0) <= {}
range(0) > {}
range(0) in {}
range(0) not in {}
range(0) is {}
range(0) + {}
range(0) * {}
range(0) | {}
range(0) == {'a': 1}
range(0) != {'a': 1}
range(0) < {'a': 1}
range(0) <= {'a': 1}
range(0) > {'a': 1}
range(0) in {'a': 1}
range(0) not in {'a': 1}
range(0) is {'a': 1}
range(0) + {'a': 1}
range(0) * {'a': 1}
range(0) | {'a': 1}
range(0) == {1: 'x'}
range(0) != {1: 'x'}
range(0) < {1: 'x'}
range(0) <= {1: 'x'}
range(0) > {1: 'x'}
range(0) in {1: 'x'}
range(0) not in {1: 'x'}
range(0) is {1: 'x'}
range(0) + {1: 'x'}
range(0) * {1: 'x'}
range(0) | {1: 'x'}
range(0) == 'a'
range(0) != 'a'
range(0) < 'a'
range(0) <= 'a'
range(0) > 'a'
range(0) in 'a'
range(0) not in 'a'
range(0) is 'a'
range(0) + 'a'
range(0) * 'a'
range(0) | 'a'
range(0) == 'ab'
range(0) != 'ab'
range(0) < 'ab'
range(0) <= 'ab'
range(0) > 'ab'
range(0) in 'ab'
range(0) not in 'ab'
range(0) is 'ab'
range(0) + 'ab'
range(0) * 'ab'
range(0) | 'ab'
range(0) == b'a'
range(0) != b'a'
range(0) < b'a'
range(0) <= b'a'
range(0) > b'a'
range(0) in b'a'
range(0) not in b'a'
range(0) is b'a'
range(0) + b'a'
range(0) * b'a'
range(0) | b'a'
range(0) == bytearray(b'ab')
range(0) != bytearray(b'ab')
range(0) < bytearray(b'ab')
range(0) <= bytearray(b'ab')
range(0) > bytearray(b'ab')
range(0) in bytearray(b'ab')
range(0) not in bytearray(b'ab')
range(0) is bytearray(b'ab')
range(0) + bytearray(b'ab')
range(0) * bytearray(b'ab')
range(0) | bytearray(b'ab')
range(0) == memoryview(b'a')
range(0) != memoryview(b'a')
range(0) < memoryview(b'a')
range(0) <= memoryview(b'a')
range(0) > memoryview(b'a')
range(0) in memoryview(b'a')
range(0) not in memoryview(b'a')
range(0) is memoryview(b'a')
range(0) + memoryview(b'a')
range(0) * memoryview(b'a')
range(0) | memoryview(b'a')
range(0) == range(3)
range(0) != range(3)
range(0) < range(3)
range(0) <= range(3)
range(0) > range(3)
range(0) in range(3)
range(0) not in range(3)
range(0) is range(3)
range(0) + range(3)
range(0) * range(3)
range(0) | range(3)
range(0) == range(0)
range(0) != range(0)
range(0) < range(0)
range(0) <= range(0)
range(0) > range(0)
range(0) in range(0)
range(0) not in range(0)
range(0) + range(0)
range(0) * range(0)
range(0) | range(0)
range(0) == None
range(0) != None
range(0) < None
range(0) <= None
range(0) > None
range(0) in None
range(0) not in None
range(0) is None
range(0) + None
range(0) * None
range(0) | None
range(0) == 1
range(0) != 1
range(0) < 1
range(0) <= 1
range(0) > 1
range(0) in 1
range(0) not in 1
range(0) is 1
range(0) + 1
range(0) * 1
range(0) | 1
range(0) == 1.0
range(0) != 1.0
range(0) < 1.0
range(0) <= 1.0
range(0) > 1.0
range(0) in 1.0
range(0) not in 1.0
range(0) is 1.0
range(0) + 1.0
range(0) * 1.0
range(0) | 1.0
range(0) == True
range(0) != True
range(0) < True
range(0) <= True
range(0) > True
range(0) in True
range(0) not in True
range(0) is True
range(0) + True
range(0) * True
range(0) | True
range(0) == [[1]]
range(0) != [[1]]
range(0) < [[1]]
range(0) <= [[1]]
range(0) > [[1]]
range(0) in [[1]]
range(0) not in [[1]]
range(0) is [[1]]
range(0) + [[1]]
range(0) * [[1]]
range(0) | [[1]]
range(0) == {'a': 1}.keys()
range(0) != {'a': 1}.keys()
range(0) < {'a': 1}.keys()
range(0) <= {'a': 1}.keys()
range(0) > {'a': 1}.keys()
range(0) in {'a': 1}.keys()
range(0) not in {'a': 1}.keys()
range(0) is {'a': 1}.keys()
range(0) + {'a': 1}.keys()
range(0) * {'a': 1}.keys()
range(0) == {'a': 1}.items()
range(0) != {'a': 1}.items()
range(0) < {'a': 1}.items()
range(0) <= {'a': 1}.items()
range(0) > {'a': 1}.items()
range(0) in {'a': 1}.items()
range(0) not in {'a': 1}.items()
range(0) is {'a': 1}.items()
range(0) + {'a': 1}.items()
range(0) * {'a': 1}.items()
range(0) == {'a': 1}.values()
range(0) != {'a': 1}.values()
range(0) < {'a': 1}.values()
range(0) <= {'a': 1}.values()
range(0) > {'a': 1}.values()
range(0) in {'a': 1}.values()
range(0) not in {'a': 1}.values()
range(0) is {'a': 1}.values()
range(0) + {'a': 1}.values()
range(0) * {'a': 1}.values()
range(0) | {'a': 1}.values()
None == []
None != []
None < []
None <= []
None > []
None in []
None not in []
None is []
None + []
None * []
None | []
None == [1, 2]
None != [1, 2]
None < [1, 2]
None <= [1, 2]
None > [1, 2]
None in [1, 2]
None not in [1, 2]
None is [1, 2]
None + [1, 2]
None * [1, 2]
None | [1, 2]
None == (1,)
None != (1,)
None < (1,)
None <= (1,)
None > (1,)
None in (1,)
None not in (1,)
None is (1,)
None + (1,)
None * (1,)
None | (1,)
None == (1, 2.0)
None != (1, 2.0)
None < (1, 2.0)
None <= (1, 2.0)
None > (1, 2.0)
None in (1, 2.0)
None not in (1, 2.0)
None is (1, 2.0)
None + (1, 2.0)
None * (1, 2.0)
None | (1, 2.0)
None == {}
None != {}
None < {}
None <= {}
None > {}
None in {}
None not in {}
None is {}
None + {}
None * {}
None | {}
None == {'a': 1}
None != {'a': 1}
None < {'a': 1}
None <= {'a': 1}
None > {'a': 1}
None in {'a': 1}
None not in {'a': 1}
None is {'a': 1}
None + {'a': 1}
None * {'a': 1}
None | {'a': 1}
None == {1: 'x'}
None != {1: 'x'}
None < {1: 'x'}
None <= {1: 'x'}
None > {1: 'x'}
None in {1: 'x'}
None not in {1: 'x'}
None is {1: 'x'}
None + {1: 'x'}
None * {1: 'x'}
None | {1: 'x'}
None == 'a'
None != 'a'
None < 'a'
None <= 'a'
None > 'a'
None in 'a'
None not in 'a'
None is 'a'
None + 'a'
None * 'a'
None | 'a'
None == 'ab'
None != 'ab'
None < 'ab'
None <= 'ab'
None > 'ab'
None in 'ab'
None not in 'ab'
None is 'ab'
None + 'ab'
None * 'ab'
None | 'ab'
None == b'a'
None != b'a'
None < b'a'
None <= b'a'
None > b'a'
None in b'a'
None not in b'a'
None is b'a'
None + b'a'
None * b'a'
None | b'a'
None == bytearray(b'ab')
None != bytearray(b'ab')
None < bytearray(b'ab')
None <= bytearray(b'ab')
None > bytearray(b'ab')
None in bytearray(b'ab')
None not in bytearray(b'ab')
None is bytearray(b'ab')
None + bytearray(b'ab')
None * bytearray(b'ab')
None | bytearray(b'ab')
None == memoryview(b'a')
None != memoryview(b'a')
None < memoryview(b'a')
None <= memoryview(b'a')
None > memoryview(b'a')
None in memoryview(b'a')
None not in memoryview(b'a')
None is memoryview(b'a')
None + memoryview(b'a')
None * memoryview(b'a')
None | memoryview(b'a')
None == range(3)
None != range(3)
None < range(3)
None <= range(3)
None > range(3)
None in range(3)
None not in range(3)
None is range(3)
None + range(3)
None * range(3)
None | range(3)
None == range(0)
None != range(0)
None < range(0)
None <= range(0)
None > range(0)
None in range(0)
None not in range(0)
None is range(0)
None + range(0)
None * range(0)
None | range(0)
None == None
None != None
None < None
None <= None
None > None
None in None
None not in None
None + None
None * None
None | None
None == 1
None != 1
None < 1
None <= 1
None > 1
None in 1
None not in 1
None is 1
None + 1
None * 1
None | 1
None == 1.0
None != 1.0
None < 1.0
None <= 1.0
None > 1.0
None in 1.0
None not in 1.0
None is 1.0
None + 1.0
None * 1.0
None | 1.0
None == True
None != True
None < True
None <= True
None > True
None in True
None not in True
None is True
None + True
None * True
None | True
None == [[1]]
None != [[1]]
None < [[1]]
None <= [[1]]
None > [[1]]
None in [[1]]
None not in [[1]]
None is [[1]]
None + [[1]]
None * [[1]]
None | [[1]]
None == {'a': 1}.keys()
None != {'a': 1}.keys()
None < {'a': 1}.keys()
None <= {'a': 1}.keys()
None > {'a': 1}.keys()
None in {'a': 1}.keys()
None not in {'a': 1}.keys()
None is {'a': 1}.keys()
None + {'a': 1}.keys()
None * {'a': 1}.keys()
None == {'a': 1}.items()
None != {'a': 1}.items()
None < {'a': 1}.items()
None <= {'a': 1}.items()
None > {'a': 1}.items()
None in {'a': 1}.items()
None not in {'a': 1}.items()
None is {'a': 1}.items()
None + {'a': 1}.items()
None * {'a': 1}.items()
None == {'a': 1}.values()
None != {'a': 1}.values()
None < {'a': 1}.values()
None <= {'a': 1}.values()
None > {'a': 1}.values()
None in {'a': 1}.values()
None not in {'a': 1}.values()
None is {'a': 1}.values()
None + {'a': 1}.values()
None * {'a': 1}.values()
None | {'a': 1}.values()
1 == []
1 != []
1 < []
1 <= []
1 > []
1 in []
1 not in []
1 is []
1 + []
1 * []
1 | []
1 == [1, 2]
1 != [1, 2]
1 < [1, 2]
1 <= [1, 2]
1 > [1, 2]
1 in [1, 2]
1 not in [1, 2]
1 is [1, 2]
1 + [1, 2]
1 * [1, 2]
1 | [1, 2]
1 == (1,)
1 != (1,)
1 < (1,)
1 <= (1,)
1 > (1,)
1 in (1,)
1 not in (1,)
1 is (1,)
1 + (1,)
1 * (1,)
1 | (1,)
1 == (1, 2.0)
1 != (1, 2.0)
1 < (1, 2.0)
1 <= (1, 2.0)
1 > (1, 2.0)
1 in (1, 2.0)
1 not in (1, 2.0)
1 is (1, 2.0)
1 + (1, 2.0)
1 * (1, 2.0)
1 | (1, 2.0)
1 == {}
1 != {}
1 < {}
1 <= {}
1 > {}
1 in {}
1 not in {}
1 is {}
1 + {}
1 * {}
1 | {}
1 == {'a': 1}
1 != {'a': 1}
1 < {'a': 1}
1 <= {'a': 1}
1 > {'a': 1}
1 in {'a': 1}
1 not in {'a': 1}
1 is {'a': 1}
1 + {'a': 1}
1 * {'a': 1}
1 | {'a': 1}
1 == {1: 'x'}
1 != {1: 'x'}
1 < {1: 'x'}
1 <= {1: 'x'}
1 > {1: 'x'}
1 in {1: 'x'}
1 not in {1: 'x'}
1 is {1: 'x'}
1 + {1: 'x'}
1 * {1: 'x'}
1 | {1: 'x'}
1 == 'a'
1 != 'a'
1 < 'a'
1 <= 'a'
1 > 'a'
1 in 'a'
1 not in 'a'
1 is 'a'
1 + 'a'
1 * 'a'
1 | 'a'
1 == 'ab'
1 != 'ab'
1 < 'ab'
1 <= 'ab'
1 > 'ab'
1 in 'ab'
1 not in 'ab'
1 is 'ab'
1 + 'ab'
1 * 'ab'
1 | 'ab'
1 == b'a'
1 != b'a'
1 < b'a'
1 <= b'a'
1 > b'a'
1 in b'a'
1 not in b'a'
1 is b'a'
1 + b'a'
1 * b'a'
1 | b'a'
1 == bytearray(b'ab')
1 != bytearray(b'ab')
1 < bytearray(b'ab')
1 <= bytearray(b'ab')
1 > bytearray(b'ab')
1 in bytearray(b'ab')
1 not in bytearray(b'ab')
1 is bytearray(b'ab')
1 + bytearray(b'ab')
1 * bytearray(b'ab')
1 | bytearray(b'ab')
1 == memoryview(b'a')
1 != memoryview(b'a')
1 < memoryview(b'a')
1 <= memoryview(b'a')
1 > memoryview(b'a')
1 in memoryview(b'a')
1 not in memoryview(b'a')
1 is memoryview(b'a')
1 + memoryview(b'a')
1 * memoryview(b'a')
1 | memoryview(b'a')
1 == range(3)
1 != range(3)
1 < range(3)
1 <= range(3)
1 > range(3)
1 in range(3)
1 not in range(3)
1 is range(3)
1 + range(3)
1 * range(3)
1 | range(3)
1 == range(0)
1 != range(0)
1 < range(0)
1 <= range(0)
1 > range(0)
1 in range(0)
1 not in range(0)
1 is range(0)
1 + range(0)
1 * range(0)
1 | range(0)
1 == None
1 != None
1 < None
1 <= None
1 > None
1 in None
1 not in None
1 is None
1 + None
1 * None
1 | None
1 == 1
1 != 1
1 < 1
1 <= 1
1 > 1
1 in 1
1 not in 1
1 + 1
1 * 1
1 | 1
1 == 1.0
1 != 1.0
1 < 1.0
1 <= 1.0
1 > 1.0
1 in 1.0
1 not in 1.0
1 is 1.0
1 + 1.0
1 * 1.0
1 | 1.0
1 == True
1 != True
1 < True
1 <= True
1 > True
1 in True
1 not in True
1 is True
1 + True
1 * True
1 | True
1 == [[1]]
1 != [[1]]
1 < [[1]]
1 <= [[1]]
1 > [[1]]
1 in [[1]]
1 not in [[1]]
1 is [[1]]
1 + [[1]]
1 * [[1]]
1 | [[1]]
1 == {'a': 1}.keys()
1 != {'a': 1}.keys()
1 < {'a': 1}.keys()
1 <= {'a': 1}.keys()
1 > {'a': 1}.keys()
1 in {'a': 1}.keys()
1 not in {'a': 1}.keys()
1 is {'a': 1}.keys()
1 + {'a': 1}.keys()
1 * {'a': 1}.keys()
1 == {'a': 1}.items()
1 != {'a': 1}.items()
1 < {'a': 1}.items()
1 <= {'a': 1}.items()
1 > {'a': 1}.items()
1 in {'a': 1}.items()
1 not in {'a': 1}.items()
1 is {'a': 1}.items()
1 + {'a': 1}.items()
1 * {'a': 1}.items()
1 == {'a': 1}.values()
1 != {'a': 1}.values()
1 < {'a': 1}.values()
1 <= {'a': 1}.values()
1 > {'a': 1}.values()
1 in {'a': 1}.values()
1 not in {'a': 1}.values()
1 is {'a': 1}.values()
1 + {'a': 1}.values()
1 * {'a': 1}.values()
1 | {'a': 1}.values()
1.0 == []
1.0 != []
1.0 < []
1.0 <= []
1.0 > []
1.0 in []
1.0 not in []
1.0 is []
1.0 + []
1.0 * []
1.0 | []
1.0 == [1, 2]
1.0 != [1, 2]
1.0 < [1, 2]
1.0 <= [1, 2]
1.0 > [1, 2]
1.0 in [1, 2]
1.0 not in [1, 2]
1.0 is [1, 2]
1.0 + [1, 2]
1.0 * [1, 2]
1.0 | [1, 2]
1.0 == (1,)
1.0 != (1,)
1.0 < (1,)
1.0 <= (1,)
1.0 > (1,)
1.0 in (1,)
1.0 not in (1,)
1.0 is (1,)
1.0 + (1,)
1.0 * (1,)
1.0 | (1,)
1.0 == (1, 2.0)
1.0 != (1, 2.0)
1.0 < (1, 2.0)
1.0 <= (1, 2.0)
1.0 > (1, 2.0)
1.0 in (1, 2.0)
1.0 not in (1, 2.0)
1.0 is (1, 2.0)
1.0 + (1, 2.0)
1.0 * (1, 2.0)
1.0 | (1, 2.0)
1.0 == {}
1.0 != {}
1.0 < {}
1.0 <= {}
1.0 > {}
1.0 in {}
1.0 not in {}
1.0 is {}
1.0 + {}
1.0 * {}
1.0 | {}
1.0 == {'a': 1}
1.0 != {'a': 1}
1.0 < {'a': 1}
1.0 <= {'a': 1}
1.0 > {'a': 1}
1.0 in {'a': 1}
1.0 not in {'a': 1}
1.0 is {'a': 1}
1.0 + {'a': 1}
1.0 * {'a': 1}
1.0 | {'a': 1}
1.0 == {1: 'x'}
1.0 != {1: 'x'}
1.0 < {1: 'x'}
1.0 <= {1: 'x'}
1.0 > {1: 'x'}
1.0 in {1: 'x'}
1.0 not in {1: 'x'}
1.0 is {1: 'x'}
1.0 + {1: 'x'}
1.0 * {1: 'x'}
1.0 | {1: 'x'}
1.0 == 'a'
1.0 != 'a'
1.0 < 'a'
1.0 <= 'a'
1.0 > 'a'
1.0 in 'a'
1.0 not in 'a'
1.0 is 'a'
1.0 + 'a'
1.0 * 'a'
1.0 | 'a'
1.0 == 'ab'
1.0 != 'ab'
1.0 < 'ab'
1.0 <= 'ab'
1.0 > 'ab'
1.0 in 'ab'
1.0 not in 'ab'
1.0 is 'ab'
1.0 + 'ab'
1.0 * 'ab'
1.0 | 'ab'
1.0 == b'a'
1.0 != b'a'
1.0 < b'a'
1.0 <= b'a'
1.0 > b'a'
1.0 in b'a'
1.0 not in b'a'
1.0 is b'a'
1.0 + b'a'
1.0 * b'a'
1.0 | b'a'
1.0 == bytearray(b'ab')
1.0 != bytearray(b'ab')
1.0 < bytearray(b'ab')
1.0 <= bytearray(b'ab')
1.0 > bytearray(b'ab')
1.0 in bytearray(b'ab')
1.0 not in bytearray(b'ab')
1.0 is bytearray(b'ab')
1.0 + bytearray(b'ab')
1.0 * bytearray(b'ab')
1.0 | bytearray(b'ab')
1.0 == memoryview(b'a')
1.0 != memoryview(b'a')
1.0 < memoryview(b'a')
1.0 <= memoryview(b'a')
1.0 > memoryview(b'a')
1.0 in memoryview(b'a')
1.0 not in memoryview(b'a')
1.0 is memoryview(b'a')
1.0 + memoryview(b'a')
1.0 * memoryview(b'a')
1.0 | memoryview(b'a')
1.0 == range(3)
1.0 != range(3)
1.0 < range(3)
1.0 <= range(3)
1.0 > range(3)
1.0 in range(3)
1.0 not in range(3)
1.0 is range(3)
1.0 + range(3)
1.0 * range(3)
1.0 | range(3)
1.0 == range(0)
1.0 != range(0)
1.0 < range(0)
1.0 <= range(0)
1.0 > range(0)
1.0 in range(0)
1.0 not in range(0)
1.0 is range(0)
1.0 + range(0)
1.0 * range(0)
1.0 | range(0)
1.0 == None
1.0 != None
1.0 < None
1.0 <= None
1.0 > None
1.0 in None
1.0 not in None
1.0 is None
1.0 + None
1.0 * None
1.0 | None
1.0 == 1
1.0 != 1
1.0 < 1
1.0 <= 1
1.0 > 1
1.0 in 1
1.0 not in 1
1.0 is 1
1.0 + 1
1.0 * 1
1.0 | 1
1.0 == 1.0
1.0 != 1.0
1.0 < 1.0
1.0 <= 1.0
1.0 > 1.0
1.0 in 1.0
1.0 not in 1.0
1.0 + 1.0
1.0 * 1.0
1.0 | 1.0
1.0 == True
1.0 != True
1.0 < True
1.0 <= True
1.0 > True
1.0 in True
1.0 not in True
1.0 is True
1.0 + True
1.0 * True
1.0 | True
1.0 == [[1]]
1.0 != [[1]]
1.0 < [[1]]
1.0 <= [[1]]
1.0 > [[1]]
1.0 in [[1]]
1.0 not in [[1]]
1.0 is [[1]]
1.0 + [[1]]
1.0 * [[1]]
1.0 | [[1]]
1.0 == {'a': 1}.keys()
1.0 != {'a': 1}.keys()
1.0 < {'a': 1}.keys()
1.0 <= {'a': 1}.keys()
1.0 > {'a': 1}.keys()
1.0 in {'a': 1}.keys()
1.0 not in {'a': 1}.keys()
1.0 is {'a': 1}.keys()
1.0 + {'a': 1}.keys()
1.0 * {'a': 1}.keys()
1.0 == {'a': 1}.items()
1.0 != {'a': 1}.items()
1.0 < {'a': 1}.items()
1.0 <= {'a': 1}.items()
1.0 > {'a': 1}.items()
1.0 in {'a': 1}.items()
1.0 not in {'a': 1}.items()
1.0 is {'a': 1}.items()
1.0 + {'a': 1}.items()
1.0 * {'a': 1}.items()
1.0 == {'a': 1}.values()
1.0 != {'a': 1}.values()
1.0 < {'a': 1}.values()
1.0 <= {'a': 1}.values()
1.0 > {'a': 1}.values()
1.0 in {'a': 1}.values()
1.0 not in {'a': 1}.values()
1.0 is {'a': 1}.values()
1.0 + {'a': 1}.values()
1.0 * {'a': 1}.values()
1.0 | {'a': 1}.values()
True == []
True != []
True < []
True <= []
True > []
True in []
True not in []
True is []
True + []
True * []
True | []
True == [1, 2]
True != [1, 2]
True < [1, 2]
True <= [1, 2]
True > [1, 2]
True in [1, 2]
True not in [1, 2]
True is [1, 2]
True + [1, 2]
True * [1, 2]
True | [1, 2]
True == (1,)
True != (1,)
True < (1,)
True <= (1,)
True > (1,)
True in (1,)
True not in (1,)
True is (1,)
True + (1,)
True * (1,)
True | (1,)
True == (1, 2.0)
True != (1, 2.0)
True < (1, 2.0)
True <= (1, 2.0)
True > (1, 2.0)
True in (1, 2.0)
True not in (1, 2.0)
True is (1, 2.0)
True + (1, 2.0)
True * (1, 2.0)
True | (1, 2.0)
True == {}
True != {}
True < {}
True <= {}
True > {}
True in {}
True not in {}
True is {}
True + {}
True * {}
True | {}
True == {'a': 1}
True != {'a': 1}
True < {'a': 1}
True <= {'a': 1}
True > {'a': 1}
True in {'a': 1}
True not in {'a': 1}
True is {'a': 1}
True + {'a': 1}
True * {'a': 1}
True | {'a': 1}
True == {1: 'x'}
True != {1: 'x'}
True < {1: 'x'}
True <= {1: 'x'}
True > {1: 'x'}
True in {1: 'x'}
True not in {1: 'x'}
True is {1: 'x'}
True + {1: 'x'}
True * {1: 'x'}
True | {1: 'x'}
True == 'a'
True != 'a'
True < 'a'
True <= 'a'
True > 'a'
True in 'a'
True not in 'a'
True is 'a'
True + 'a'
True * 'a'
True | 'a'
True == 'ab'
True != 'ab'
True < 'ab'
True <= 'ab'
True > 'ab'
True in 'ab'
True not in 'ab'
True is 'ab'
True + 'ab'
True * 'ab'
True | 'ab'
True == b'a'
True != b'a'
True < b'a'
True <= b'a'
True > b'a'
True in b'a'
True not in b'a'
True is b'a'
True + b'a'
True * b'a'
True | b'a'
True == bytearray(b'ab')
True != bytearray(b'ab')
True < bytearray(b'ab')
True <= bytearray(b'ab')
True > bytearray(b'ab')
True in bytearray(b'ab')
True not in bytearray(b'ab')
True is bytearray(b'ab')
True + bytearray(b'ab')
True * bytearray(b'ab')
True | bytearray(b'ab')
True == memoryview(b'a')
True != memoryview(b'a')
True < memoryview(b'a')
True <= memoryview(b'a')
True > memoryview(b'a')
True in memoryview(b'a')
True not in memoryview(b'a')
True is memoryview(b'a')
True + memoryview(b'a')
True * memoryview(b'a')
True | memoryview(b'a')
True == range(3)
True != range(3)
True < range(3)
True <= range(3)
True > range(3)
True in range(3)
True not in range(3)
True is range(3)
True + range(3)
True * range(3)
True | range(3)
True == range(0)
True != range(0)
True < range(0)
True <= range(0)
True > range(0)
True in range(0)
True not in range(0)
True is range(0)
True + range(0)
True * range(0)
True | range(0)
True == None
True != None
True < None
True <= None
True > None
True in None
True not in None
True is None
True + None
True * None
True | None
True == 1
True != 1
True < 1
True <= 1
True > 1
True in 1
True not in 1
True is 1
True + 1
True * 1
True | 1
True == 1.0
True != 1.0
True < 1.0
True <= 1.0
True > 1.0
True in 1.0
True not in 1.0
True is 1.0
True + 1.0
True * 1.0
True | 1.0
True == True
True != True
True < True
True <= True
True > True
True in True
True not in True
True + True
True * True
True | True
True == [[1]]
True != [[1]]
True < [[1]]
True <= [[1]]
True > [[1]]
True in [[1]]
True not in [[1]]
True is [[1]]
True + [[1]]
True * [[1]]
True | [[1]]
True == {'a': 1}.keys()
True != {'a': 1}.keys()
True < {'a': 1}.keys()
True <= {'a': 1}.keys()
True > {'a': 1}.keys()
True in {'a': 1}.keys()
True not in {'a': 1}.keys()
True is {'a': 1}.keys()
True + {'a': 1}.keys()
True * {'a': 1}.keys()
True == {'a': 1}.items()
True != {'a': 1}.items()
True < {'a': 1}.items()
True <= {'a': 1}.items()
True > {'a': 1}.items()
True in {'a': 1}.items()
True not in {'a': 1}.items()
True is {'a': 1}.items()
True + {'a': 1}.items()
True * {'a': 1}.items()
True == {'a': 1}.values()
True != {'a': 1}.values()
True < {'a': 1}.values()
True <= {'a': 1}.values()
True > {'a': 1}.values()
True in {'a': 1}.values()
True not in {'a': 1}.values()
True is {'a': 1}.values()
True + {'a': 1}.values()
True * {'a': 1}.values()
True | {'a': 1}.values()
[[1]] == []
[[1]] != []
[[1]] < []
[[1]] <= []
[[1]] > []
[[1]] in []
[[1]] not in []
[[1]] is []
[[1]] + []
[[1]] * []
[[1]] | []
[[1]] == [1, 2]
[[1]] != [1, 2]
[[1]] < [1, 2]
[[1]] <= [1, 2]
[[1]] > [1, 2]
[[1]] in [1, 2]
[[1]] not in [1, 2]
[[1]] is [1, 2]
[[1]] + [1, 2]
[[1]] * [1, 2]
[[1]] | [1, 2]
[[1]] == (1,)
[[1]] != (1,)
[[1]] < (1,)
[[1]] <= (1,)
[[1]] > (1,)
[[1]] in (1,)
[[1]] not in (1,)
[[1]] is (1,)
[[1]] + (1,)
[[1]] * (1,)
[[1]] | (1,)
[[1]] == (1, 2.0)
[[1]] != (1, 2.0)
[[1]] < (1, 2.0)
[[1]] <= (1, 2.0)
[[1]] > (1, 2.0)
[[1]] in (1, 2.0)
[[1]] not in (1, 2.0)
[[1]] is (1, 2.0)
[[1]] + (1, 2.0)
[[1]] * (1, 2.0)
[[1]] | (1, 2.0)
[[1]] == {}
[[1]] != {}
[[1]] < {}
[[1]] <= {}
[[1]] > {}
[[1]] in {}
[[1]] not in {}
[[1]] is {}
[[1]] + {}
[[1]] * {}
[[1]] | {}
[[1]] == {'a': 1}
[[1]] != {'a': 1}
[[1]] < {'a': 1}
[[1]] <= {'a': 1}
[[1]] > {'a': 1}
[[1]] in {'a': 1}
[[1]] not in {'a': 1}
[[1]] is {'a': 1}
[[1]] + {'a': 1}
[[1]] * {'a': 1}
[[1]] | {'a': 1}
[[1]] == {1: 'x'}
[[1]] != {1: 'x'}
[[1]] < {1: 'x'}
[[1]] <= {1: 'x'}
[[1]] > {1: 'x'}
[[1]] in {1: 'x'}
[[1]] not in {1: 'x'}
[[1]] is {1: 'x'}
[[1]] + {1: 'x'}
[[1]] * {1: 'x'}
[[1]] | {1: 'x'}
[[1]] == 'a'
[[1]] != 'a'
[[1]] < 'a'
[[1]] <= 'a'
[[1]] > 'a'
[[1]] in 'a'
[[1]] not in 'a'
[[1]] is 'a'
[[1]] + 'a'
[[1]] * 'a'
[[1]] | 'a'
[[1]] == 'ab'
[[1]] != 'ab'
[[1]] < 'ab'
[[1]] <= 'ab'
[[1]] > 'ab'
[[1]] in 'ab'
[[1]] not in 'ab'
[[1]] is 'ab'
[[1]] + 'ab'
[[1]] * 'ab'
[[1]] | 'ab'
[[1]] == b'a'
[[1]] != b'a'
[[1]] < b'a'
[[1]] <= b'a'
[[1]] > b'a'
[[1]] in b'a'
[[1]] not in b'a'
[[1]] is b'a'
[[1]] + b'a'
[[1]] * b'a'
[[1]] | b'a'
[[1]] == bytearray(b'ab')
[[1]] != bytearray(b'ab')
[[1]] < bytearray(b'ab')
[[1]] <= bytearray(b'ab')
[[1]] > bytearray(b'ab')
[[1]] in bytearray(b'ab')
[[1]] not in bytearray(b'ab')
[[1]] is bytearray(b'ab')
[[1]] + bytearray(b'ab')
[[1]] * bytearray(b'ab')
[[1]] | bytearray(b'ab')
[[1]] == memoryview(b'a')
[[1]] != memoryview(b'a')
[[1]] < memoryview(b'a')
[[1]] <= memoryview(b'a')
[[1]] > memoryview(b'a')
[[1]] in memoryview(b'a')
[[1]] not in memoryview(b'a')
[[1]] is memoryview(b'a')
[[1]] + memoryview(b'a')
[[1]] * memoryview(b'a')
[[1]] | memoryview(b'a')
[[1]] == range(3)
[[1]] != range(3)
[[1]] < range(3)
[[1]] <= range(3)
[[1]] > range(3)
[[1]] in range(3)
[[1]] not in range(3)
[[1]] is range(3)
[[1]] + range(3)
[[1]] * range(3)
[[1]] | range(3)
[[1]] == range(0)
[[1]] != range(0)
[[1]] < range(0)
[[1]] <= range(0)
[[1]] > range(0)
[[1]] in range(0)
[[1]] not in range(0)
[[1]] is range(0)
[[1]] + range(0)
[[1]] * range(0)
[[1]] | range(0)
[[1]] == None
[[1]] != None
[[1]] < None
[[1]] <= None
[[1]] > None
[[1]] in None
[[1]] not in None
[[1]] is None
[[1]] + None
[[1]] * None
[[1]] | None
[[1]] == 1
[[1]] != 1
[[1]] < 1
[[1]] <= 1
[[1]] > 1
[[1]] in 1
[[1]] not in 1
[[1]] is 1
[[1]] + 1
[[1]] * 1
[[1]] | 1
[[1]] == 1.0
[[1]] != 1.0
[[1]] < 1.0
[[1]] <= 1.0
[[1]] > 1.0
[[1]] in 1.0
[[1]] not in 1.0
[[1]] is 1.0
[[1]] + 1.0
[[1]] * 1.0
[[1]] | 1.0
[[1]] == True
[[1]] != True
[[1]] < True
[[1]] <= True
[[1]] > True
[[1]] in True
[[1]] not in True
[[1]] is True
[[1]] + True
[[1]] * True
[[1]] | True
[[1]] == [[1]]
[[1]] != [[1]]
[[1]] < [[1]]
[[1]] <= [[1]]
[[1]] > [[1]]
[[1]] in [[1]]
[[1]] not in [[1]]
[[1]] + [[1]]
[[1]] * [[1]]
[[1]] | [[1]]
[[1]] == {'a': 1}.keys()
[[1]] != {'a': 1}.keys()
[[1]] < {'a': 1}.keys()
[[1]] <= {'a': 1}.keys()
[[1]] > {'a': 1}.keys()
[[1]] in {'a': 1}.keys()
[[1]] not in {'a': 1}.keys()
[[1]] is {'a': 1}.keys()
[[1]] + {'a': 1}.keys()
[[1]] * {'a': 1}.keys()
[[1]] == {'a': 1}.items()
[[1]] != {'a': 1}.items()
[[1]] < {'a': 1}.items()
[[1]] <= {'a': 1}.items()
[[1]] > {'a': 1}.items()
[[1]] in {'a': 1}.items()
[[1]] not in {'a': 1}.items()
[[1]] is {'a': 1}.items()
[[1]] + {'a': 1}.items()
[[1]] * {'a': 1}.items()
[[1]] == {'a': 1}.values()
[[1]] != {'a': 1}.values()
[[1]] < {'a': 1}.values()
[[1]] <= {'a': 1}.values()
[[1]] > {'a': 1}.values()
[[1]] in {'a': 1}.values()
[[1]] not in {'a': 1}.values()
[[1]] is {'a': 1}.values()
[[1]] + {'a': 1}.values()
[[1]] * {'a': 1}.values()
[[1]] | {'a': 1}.values()
{'a': 1}.keys() == []
{'a': 1}.keys() != []
{'a': 1}.keys() < []
{'a': 1}.keys() <= []
{'a': 1}.keys() > []
{'a': 1}.keys() in []
{'a': 1}.keys() not in []
{'a': 1}.keys() is []
{'a': 1}.keys() + []
{'a': 1}.keys() * []
{'a': 1}.keys() == [1, 2]
{'a': 1}.keys() != [1, 2]
{'a': 1}.keys() < [1, 2]
{'a': 1}.keys() <= [1, 2]
{'a': 1}.keys() > [1, 2]
{'a': 1}.keys() in [1, 2]
{'a': 1}.keys() not in [1, 2]
{'a': 1}.keys() is [1, 2]
{'a': 1}.keys() + [1, 2]
{'a': 1}.keys() * [1, 2]
{'a': 1}.keys() == (1,)
{'a': 1}.keys() != (1,)
{'a': 1}.keys() < (1,)
{'a': 1}.keys() <= (1,)
{'a': 1}.keys() > (1,)
{'a': 1}.keys() in (1,)
{'a': 1}.keys() not in (1,)
{'a': 1}.keys() is (1,)
{'a': 1}.keys() + (1,)
{'a': 1}.keys() * (1,)
{'a': 1}.keys() == (1, 2.0)
{'a': 1}.keys() != (1, 2.0)
{'a': 1}.keys() < (1, 2.0)
{'a': 1}.keys() <= (1, 2.0)
{'a': 1}.keys() > (1, 2.0)
{'a': 1}.keys() in (1, 2.0)
{'a': 1}.keys() not in (1, 2.0)
{'a': 1}.keys() is (1, 2.0)
{'a': 1}.keys() + (1, 2.0)
{'a': 1}.keys() * (1, 2.0)
{'a': 1}.keys() == {}
{'a': 1}.keys() != {}
{'a': 1}.keys() < {}
{'a': 1}.keys() <= {}
{'a': 1}.keys() > {}
{'a': 1}.keys() in {}
{'a': 1}.keys() not in {}
{'a': 1}.keys() is {}
{'a': 1}.keys() + {}
{'a': 1}.keys() * {}
{'a': 1}.keys() == {'a': 1}
{'a': 1}.keys() != {'a': 1}
{'a': 1}.keys() < {'a': 1}
{'a': 1}.keys() <= {'a': 1}
{'a': 1}.keys() > {'a': 1}
{'a': 1}.keys() in {'a': 1}
{'a': 1}.keys() not in {'a': 1}
{'a': 1}.keys() is {'a': 1}
{'a': 1}.keys() + {'a': 1}
{'a': 1}.keys() * {'a': 1}
{'a': 1}.keys() == {1: 'x'}
{'a': 1}.keys() != {1: 'x'}
{'a': 1}.keys() < {1: 'x'}
{'a': 1}.keys() <= {1: 'x'}
{'a': 1}.keys() > {1: 'x'}
{'a': 1}.keys() in {1: 'x'}
{'a': 1}.keys() not in {1: 'x'}
{'a': 1}.keys() is {1: 'x'}
{'a': 1}.keys() + {1: 'x'}
{'a': 1}.keys() * {1: 'x'}
{'a': 1}.keys() == 'a'
{'a': 1}.keys() != 'a'
{'a': 1}.keys() < 'a'
{'a': 1}.keys() <= 'a'
{'a': 1}.keys() > 'a'
{'a': 1}.keys() in 'a'
{'a': 1}.keys() not in 'a'
{'a': 1}.keys() is 'a'
{'a': 1}.keys() + 'a'
{'a': 1}.keys() * 'a'
{'a': 1}.keys() == 'ab'
{'a': 1}.keys() != 'ab'
{'a': 1}.keys() < 'ab'
{'a': 1}.keys() <= 'ab'
{'a': 1}.keys() > 'ab'
{'a': 1}.keys() in 'ab'
{'a': 1}.keys() not in 'ab'
{'a': 1}.keys() is 'ab'
{'a': 1}.keys() + 'ab'
{'a': 1}.keys() * 'ab'
{'a': 1}.keys() == b'a'
{'a': 1}.keys() != b'a'
{'a': 1}.keys() < b'a'
{'a': 1}.keys() <= b'a'
{'a': 1}.keys() > b'a'
{'a': 1}.keys() in b'a'
{'a': 1}.keys() not in b'a'
{'a': 1}.keys() is b'a'
{'a': 1}.keys() + b'a'
{'a': 1}.keys() * b'a'
{'a': 1}.keys() == bytearray(b'ab')
{'a': 1}.keys() != bytearray(b'ab')
{'a': 1}.keys() < bytearray(b'ab')
{'a': 1}.keys() <= bytearray(b'ab')
{'a': 1}.keys() > bytearray(b'ab')
{'a': 1}.keys() in bytearray(b'ab')
{'a': 1}.keys() not in bytearray(b'ab')
{'a': 1}.keys() is bytearray(b'ab')
{'a': 1}.keys() + bytearray(b'ab')
{'a': 1}.keys() * bytearray(b'ab')
{'a': 1}.keys() == memoryview(b'a')
{'a': 1}.keys() != memoryview(b'a')
{'a': 1}.keys() < memoryview(b'a')
{'a': 1}.keys() <= memoryview(b'a')
{'a': 1}.keys() > memoryview(b'a')
{'a': 1}.keys() in memoryview(b'a')
{'a': 1}.keys() not in memoryview(b'a')
{'a': 1}.keys() is memoryview(b'a')
{'a': 1}.keys() + memoryview(b'a')
{'a': 1}.keys() * memoryview(b'a')
{'a': 1}.keys() == range(3)
{'a': 1}.keys() != range(3)
{'a': 1}.keys() < range(3)
{'a': 1}.keys() <= range(3)
{'a': 1}.keys() > range(3)
{'a': 1}.keys() in range(3)
{'a': 1}.keys() not in range(3)
{'a': 1}.keys() is range(3)
{'a': 1}.keys() + range(3)
{'a': 1}.keys() * range(3)
{'a': 1}.keys() == range(0)
{'a': 1}.keys() != range(0)
{'a': 1}.keys() < range(0)
{'a': 1}.keys() <= range(0)
{'a': 1}.keys() > range(0)
{'a': 1}.keys() in range(0)
{'a': 1}.keys() not in range(0)
{'a': 1}.keys() is range(0)
{'a': 1}.keys() + range(0)
{'a': 1}.keys() * range(0)
{'a': 1}.keys() == None
{'a': 1}.keys() != None
{'a': 1}.keys() < None
{'a': 1}.keys() <= None
{'a': 1}.keys() > None
{'a': 1}.keys() in None
{'a': 1}.keys() not in None
{'a': 1}.keys() is None
{'a': 1}.keys() + None
{'a': 1}.keys() * None
{'a': 1}.keys() == 1
{'a': 1}.keys() != 1
{'a': 1}.keys() < 1
{'a': 1}.keys() <= 1
{'a': 1}.keys() > 1
{'a': 1}.keys() in 1
{'a': 1}.keys() not in 1
{'a': 1}.keys() is 1
{'a': 1}.keys() + 1
{'a': 1}.keys() * 1
{'a': 1}.keys() == 1.0
{'a': 1}.keys() != 1.0
{'a': 1}.keys() < 1.0
{'a': 1}.keys() <= 1.0
{'a': 1}.keys() > 1.0
{'a': 1}.keys() in 1.0
{'a': 1}.keys() not in 1.0
{'a': 1}.keys() is 1.0
{'a': 1}.keys() + 1.0
{'a': 1}.keys() * 1.0
{'a': 1}.keys() == True
{'a': 1}.keys() != True
{'a': 1}.keys() < True
{'a': 1}.keys() <= True
{'a': 1}.keys() > True
{'a': 1}.keys() in True
{'a': 1}.keys() not in True
{'a': 1}.keys() is True
{'a': 1}.keys() + True
{'a': 1}.keys() * True
{'a': 1}.keys() == [[1]]
{'a': 1}.keys() != [[1]]
{'a': 1}.keys() < [[1]]
{'a': 1}.keys() <= [[1]]
{'a': 1}.keys() > [[1]]
{'a': 1}.keys() in [[1]]
{'a': 1}.keys() not in [[1]]
{'a': 1}.keys() is [[1]]
{'a': 1}.keys() + [[1]]
{'a': 1}.keys() * [[1]]
{'a': 1}.keys() == {'a': 1}.keys()
{'a': 1}.keys() != {'a': 1}.keys()
{'a': 1}.keys() < {'a': 1}.keys()
{'a': 1}.keys() <= {'a': 1}.keys()
{'a': 1}.keys() > {'a': 1}.keys()
{'a': 1}.keys() in {'a': 1}.keys()
{'a': 1}.keys() not in {'a': 1}.keys()
{'a': 1}.keys() + {'a': 1}.keys()
{'a': 1}.keys() * {'a': 1}.keys()
{'a': 1}.keys() == {'a': 1}.items()
{'a': 1}.keys() != {'a': 1}.items()
{'a': 1}.keys() < {'a': 1}.items()
{'a': 1}.keys() <= {'a': 1}.items()
{'a': 1}.keys() > {'a': 1}.items()
{'a': 1}.keys() in {'a': 1}.items()
{'a': 1}.keys() not in {'a': 1}.items()
{'a': 1}.keys() is {'a': 1}.items()
{'a': 1}.keys() + {'a': 1}.items()
{'a': 1}.keys() * {'a': 1}.items()
{'a': 1}.keys() == {'a': 1}.values()
{'a': 1}.keys() != {'a': 1}.values()
{'a': 1}.keys() < {'a': 1}.values()
{'a': 1}.keys() <= {'a': 1}.values()
{'a': 1}.keys() > {'a': 1}.values()
{'a': 1}.keys() in {'a': 1}.values()
{'a': 1}.keys() not in {'a': 1}.values()
{'a': 1}.keys() is {'a': 1}.values()
{'a': 1}.keys() + {'a': 1}.values()
{'a': 1}.keys() * {'a': 1}.values()
{'a': 1}.items() == []
{'a': 1}.items() != []
{'a': 1}.items() < []
{'a': 1}.items() <= []
{'a': 1}.items() > []
{'a': 1}.items() in []
{'a': 1}.items() not in []
{'a': 1}.items() is []
{'a': 1}.items() + []
{'a': 1}.items() * []
{'a': 1}.items() == [1, 2]
{'a': 1}.items() != [1, 2]
{'a': 1}.items() < [1, 2]
{'a': 1}.items() <= [1, 2]
{'a': 1}.items() > [1, 2]
{'a': 1}.items() in [1, 2]
{'a': 1}.items() not in [1, 2]
{'a': 1}.items() is [1, 2]
{'a': 1}.items() + [1, 2]
{'a': 1}.items() * [1, 2]
{'a': 1}.items() == (1,)
{'a': 1}.items() != (1,)
{'a': 1}.items() < (1,)
{'a': 1}.items() <= (1,)
{'a': 1}.items() > (1,)
{'a': 1}.items() in (1,)
{'a': 1}.items() not in (1,)
{'a': 1}.items() is (1,)
{'a': 1}.items() + (1,)
{'a': 1}.items() * (1,)
{'a': 1}.items() == (1, 2.0)
{'a': 1}.items() != (1, 2.0)
{'a': 1}.items() < (1, 2.0)
{'a': 1}.items() <= (1, 2.0)
{'a': 1}.items() > (1, 2.0)
{'a': 1}.items() in (1, 2.0)
{'a': 1}.items() not in (1, 2.0)
{'a': 1}.items() is (1, 2.0)
{'a': 1}.items() + (1, 2.0)
{'a': 1}.items() * (1, 2.0)
{'a': 1}.items() == {}
{'a': 1}.items() != {}
{'a': 1}.items() < {}
{'a': 1}.items() <= {}
{'a': 1}.items() > {}
{'a': 1}.items() in {}
{'a': 1}.items() not in {}
{'a': 1}.items() is {}
{'a': 1}.items() + {}
{'a': 1}.items() * {}
{'a': 1}.items() == {'a': 1}
{'a': 1}.items() != {'a': 1}
{'a': 1}.items() < {'a': 1}
{'a': 1}.items() <= {'a': 1}
{'a': 1}.items() > {'a': 1}
{'a': 1}.items() in {'a': 1}
{'a': 1}.items() not in {'a': 1}
{'a': 1}.items() is {'a': 1}
{'a': 1}.items() + {'a': 1}
{'a': 1}.items() * {'a': 1}
{'a': 1}.items() == {1: 'x'}
{'a': 1}.items() != {1: 'x'}
{'a': 1}.items() < {1: 'x'}
{'a': 1}.items() <= {1: 'x'}
{'a': 1}.items() > {1: 'x'}
{'a': 1}.items() in {1: 'x'}
{'a': 1}.items() not in {1: 'x'}
{'a': 1}.items() is {1: 'x'}
{'a': 1}.items() + {1: 'x'}
{'a': 1}.items() * {1: 'x'}
{'a': 1}.items() == 'a'
{'a': 1}.items() != 'a'
{'a': 1}.items() < 'a'
{'a': 1}.items() <= 'a'
{'a': 1}.items() > 'a'
{'a': 1}.items() in 'a'
{'a': 1}.items() not in 'a'
{'a': 1}.items() is 'a'
{'a': 1}.items() + 'a'
{'a': 1}.items() * 'a'
{'a': 1}.items() == 'ab'
{'a': 1}.items() != 'ab'
{'a': 1}.items() < 'ab'
{'a': 1}.items() <= 'ab'
{'a': 1}.items() > 'ab'
{'a': 1}.items() in 'ab'
{'a': 1}.items() not in 'ab'
{'a': 1}.items() is 'ab'
{'a': 1}.items() + 'ab'
{'a': 1}.items() * 'ab'
{'a': 1}.items() == b'a'
{'a': 1}.items() != b'a'
{'a': 1}.items() < b'a'
{'a': 1}.items() <= b'a'
{'a': 1}.items() > b'a'
{'a': 1}.items() in b'a'
{'a': 1}.items() not in b'a'
{'a': 1}.items() is b'a'
{'a': 1}.items() + b'a'
{'a': 1}.items() * b'a'
{'a': 1}.items() == bytearray(b'ab')
{'a': 1}.items() != bytearray(b'ab')
{'a': 1}.items() < bytearray(b'ab')
{'a': 1}.items() <= bytearray(b'ab')
{'a': 1}.items() > bytearray(b'ab')
{'a': 1}.items() in bytearray(b'ab')
{'a': 1}.items() not in bytearray(b'ab')
{'a': 1}.items() is bytearray(b'ab')
{'a': 1}.items() + bytearray(b'ab')
{'a': 1}.items() * bytearray(b'ab')
{'a': 1}.items() == memoryview(b'a')
{'a': 1}.items() != memoryview(b'a')
{'a': 1}.items() < memoryview(b'a')
{'a': 1}.items() <= memoryview(b'a')
{'a': 1}.items() > memoryview(b'a')
{'a': 1}.items() in memoryview(b'a')
{'a': 1}.items() not in memoryview(b'a')
{'a': 1}.items() is memoryview(b'a')
{'a': 1}.items() + memoryview(b'a')
{'a': 1}.items() * memoryview(b'a')
{'a': 1}.items() == range(3)
{'a': 1}.items() != range(3)
{'a': 1}.items() < range(3)
{'a': 1}.items() <= range(3)
{'a': 1}.items() > range(3)
{'a': 1}.items() in range(3)
{'a': 1}.items() not in range(3)
{'a': 1}.items() is range(3)
{'a': 1}.items() + range(3)
{'a': 1}.items() * range(3)
{'a': 1}.items() == range(0)
{'a': 1}.items() != range(0)
{'a': 1}.items() < range(0)
{'a': 1}.items() <= range(0)
{'a': 1}.items() > range(0)
{'a': 1}.items() in range(0)
{'a': 1}.items() not in range(0)
{'a': 1}.items() is range(0)
{'a': 1}.items() + range(0)
{'a': 1}.items() * range(0)
{'a': 1}.items() == None
{'a': 1}.items() != None
{'a': 1}.items() < None
{'a': 1}.items() <= None
{'a': 1}.items() > None
{'a': 1}.items() in None
{'a': 1}.items() not in None
{'a': 1}.items() is None
{'a': 1}.items() + None
{'a': 1}.items() * None
{'a': 1}.items() == 1
{'a': 1}.items() != 1
{'a': 1}.items() < 1
{'a': 1}.items() <= 1
{'a': 1}.items() > 1
{'a': 1}.items() in 1
{'a': 1}.items() not in 1
{'a': 1}.items() is 1
{'a': 1}.items() + 1
{'a': 1}.items() * 1
{'a': 1}.items() == 1.0
{'a': 1}.items() != 1.0
{'a': 1}.items() < 1.0
{'a': 1}.items() <= 1.0
{'a': 1}.items() > 1.0
{'a': 1}.items() in 1.0
{'a': 1}.items() not in 1.0
{'a': 1}.items() is 1.0
{'a': 1}.items() + 1.0
{'a': 1}.items() * 1.0
{'a': 1}.items() == True
{'a': 1}.items() != True
{'a': 1}.items() < True
{'a': 1}.items() <= True
{'a': 1}.items() > True
{'a': 1}.items() in True
{'a': 1}.items() not in True
{'a': 1}.items() is True
{'a': 1}.items() + True
{'a': 1}.items() * True
{'a': 1}.items() == [[1]]
{'a': 1}.items() != [[1]]
{'a': 1}.items() < [[1]]
{'a': 1}.items() <= [[1]]
{'a': 1}.items() > [[1]]
{'a': 1}.items() in [[1]]
{'a': 1}.items() not in [[1]]
{'a': 1}.items() is [[1]]
{'a': 1}.items() + [[1]]
{'a': 1}.items() * [[1]]
{'a': 1}.items() == {'a': 1}.keys()
{'a': 1}.items() != {'a': 1}.keys()
{'a': 1}.items() < {'a': 1}.keys()
{'a': 1}.items() <= {'a': 1}.keys()
{'a': 1}.items() > {'a': 1}.keys()
{'a': 1}.items() in {'a': 1}.keys()
{'a': 1}.items() not in {'a': 1}.keys()
{'a': 1}.items() is {'a': 1}.keys()
{'a': 1}.items() + {'a': 1}.keys()
{'a': 1}.items() * {'a': 1}.keys()
{'a': 1}.items() == {'a': 1}.items()
{'a': 1}.items() != {'a': 1}.items()
{'a': 1}.items() < {'a': 1}.items()
{'a': 1}.items() <= {'a': 1}.items()
{'a': 1}.items() > {'a': 1}.items()
{'a': 1}.items() in {'a': 1}.items()
{'a': 1}.items() not in {'a': 1}.items()
{'a': 1}.items() + {'a': 1}.items()
{'a': 1}.items() * {'a': 1}.items()
{'a': 1}.items() == {'a': 1}.values()
{'a': 1}.items() != {'a': 1}.values()
{'a': 1}.items() < {'a': 1}.values()
{'a': 1}.items() <= {'a': 1}.values()
{'a': 1}.items() > {'a': 1}.values()
{'a': 1}.items() in {'a': 1}.values()
{'a': 1}.items() not in {'a': 1}.values()
{'a': 1}.items() is {'a': 1}.values()
{'a': 1}.items() + {'a': 1}.values()
{'a': 1}.items() * {'a': 1}.values()
{'a': 1}.values() == []
{'a': 1}.values() != []
{'a': 1}.values() < []
{'a': 1}.values() <= []
{'a': 1}.values() > []
{'a': 1}.values() in []
{'a': 1}.values() not in []
{'a': 1}.values() is []
{'a': 1}.values() + []
{'a': 1}.values() * []
{'a': 1}.values() | []
{'a': 1}.values() == [1, 2]
{'a': 1}.values() != [1, 2]
{'a': 1}.values() < [1, 2]
{'a': 1}.values() <= [1, 2]
{'a': 1}.values() > [1, 2]
{'a': 1}.values() in [1, 2]
{'a': 1}.values() not in [1, 2]
{'a': 1}.values() is [1, 2]
{'a': 1}.values() + [1, 2]
{'a': 1}.values() * [1, 2]
{'a': 1}.values() | [1, 2]
{'a': 1}.values() == (1,)
{'a': 1}.values() != (1,)
{'a': 1}.values() < (1,)
{'a': 1}.values() <= (1,)
{'a': 1}.values() > (1,)
{'a': 1}.values() in (1,)
{'a': 1}.values() not in (1,)
{'a': 1}.values() is (1,)
{'a': 1}.values() + (1,)
{'a': 1}.values() * (1,)
{'a': 1}.values() | (1,)
{'a': 1}.values() == (1, 2.0)
{'a': 1}.values() != (1, 2.0)
{'a': 1}.values() < (1, 2.0)
{'a': 1}.values() <= (1, 2.0)
{'a': 1}.values() > (1, 2.0)
{'a': 1}.values() in (1, 2.0)
{'a': 1}.values() not in (1, 2.0)
{'a': 1}.values() is (1, 2.0)
{'a': 1}.values() + (1, 2.0)
{'a': 1}.values() * (1, 2.0)
{'a': 1}.values() | (1, 2.0)
{'a': 1}.values() == {}
{'a': 1}.values() != {}
{'a': 1}.values() < {}
{'a': 1}.values() <= {}
{'a': 1}.values() > {}
{'a': 1}.values() in {}
{'a': 1}.values() not in {}
{'a': 1}.values() is {}
{'a': 1}.values() + {}
{'a': 1}.values() * {}
{'a': 1}.values() | {}
{'a': 1}.values() == {'a': 1}
{'a': 1}.values() != {'a': 1}
{'a': 1}.values() < {'a': 1}
{'a': 1}.values() <= {'a': 1}
{'a': 1}.values() > {'a': 1}
{'a': 1}.values() in {'a': 1}
{'a': 1}.values() not in {'a': 1}
{'a': 1}.values() is {'a': 1}
{'a': 1}.values() + {'a': 1}
{'a': 1}.values() * {'a': 1}
{'a': 1}.values() | {'a': 1}
{'a': 1}.values() == {1: 'x'}
{'a': 1}.values() != {1: 'x'}
{'a': 1}.values() < {1: 'x'}
{'a': 1}.values() <= {1: 'x'}
{'a': 1}.values() > {1: 'x'}
{'a': 1}.values() in {1: 'x'}
{'a': 1}.values() not in {1: 'x'}
{'a': 1}.values() is {1: 'x'}
{'a': 1}.values() + {1: 'x'}
{'a': 1}.values() * {1: 'x'}
{'a': 1}.values() | {1: 'x'}
{'a': 1}.values() == 'a'
{'a': 1}.values() != 'a'
{'a': 1}.values() < 'a'
{'a': 1}.values() <= 'a'
{'a': 1}.values() > 'a'
{'a': 1}.values() in 'a'
{'a': 1}.values() not in 'a'
{'a': 1}.values() is 'a'
{'a': 1}.values() + 'a'
{'a': 1}.values() * 'a'
{'a': 1}.values() | 'a'
{'a': 1}.values() == 'ab'
{'a': 1}.values() != 'ab'
{'a': 1}.values() < 'ab'
{'a': 1}.values() <= 'ab'
{'a': 1}.values() > 'ab'
{'a': 1}.values() in 'ab'
{'a': 1}.values() not in 'ab'
{'a': 1}.values() is 'ab'
{'a': 1}.values() + 'ab'
{'a': 1}.values() * 'ab'
{'a': 1}.values() | 'ab'
{'a': 1}.values() == b'a'
{'a': 1}.values() != b'a'
{'a': 1}.values() < b'a'
{'a': 1}.values() <= b'a'
{'a': 1}.values() > b'a'
{'a': 1}.values() in b'a'
{'a': 1}.values() not in b'a'
{'a': 1}.values() is b'a'
{'a': 1}.values() + b'a'
{'a': 1}.values() * b'a'
{'a': 1}.values() | b'a'
{'a': 1}.values() == bytearray(b'ab')
{'a': 1}.values() != bytearray(b'ab')
{'a': 1}.values() < bytearray(b'ab')
{'a': 1}.values() <= bytearray(b'ab')
{'a': 1}.values() > bytearray(b'ab')
{'a': 1}.values() in bytearray(b'ab')
{'a': 1}.values() not in bytearray(b'ab')
{'a': 1}.values() is bytearray(b'ab')
{'a': 1}.values() + bytearray(b'ab')
{'a': 1}.values() * bytearray(b'ab')
{'a': 1}.values() | bytearray(b'ab')
{'a': 1}.values() == memoryview(b'a')
{'a': 1}.values() != memoryview(b'a')
{'a': 1}.values() < memoryview(b'a')
{'a': 1}.values() <= memoryview(b'a')
{'a': 1}.values() > memoryview(b'a')
{'a': 1}.values() in memoryview(b'a')
{'a': 1}.values() not in memoryview(b'a')
{'a': 1}.values() is memoryview(b'a')
{'a': 1}.values() + memoryview(b'a')
{'a': 1}.values() * memoryview(b'a')
{'a': 1}.values() | memoryview(b'a')
{'a': 1}.values() == range(3)
{'a': 1}.values() != range(3)
{'a': 1}.values() < range(3)
{'a': 1}.values() <= range(3)
{'a': 1}.values() > range(3)
{'a': 1}.values() in range(3)
{'a': 1}.values() not in range(3)
{'a': 1}.values() is range(3)
{'a': 1}.values() + range(3)
{'a': 1}.values() * range(3)
{'a': 1}.values() | range(3)
{'a': 1}.values() == range(0)
{'a': 1}.values() != range(0)
{'a': 1}.values() < range(0)
{'a': 1}.values() <= range(0)
{'a': 1}.values() > range(0)
{'a': 1}.values() in range(0)
{'a': 1}.values() not in range(0)
{'a': 1}.values() is range(0)
{'a': 1}.values() + range(0)
{'a': 1}.values() * range(0)
{'a': 1}.values() | range(0)
{'a': 1}.values() == None
{'a': 1}.values() != None
{'a': 1}.values() < None
{'a': 1}.values() <= None
{'a': 1}.values() > None
{'a': 1}.values() in None
{'a': 1}.values() not in None
{'a': 1}.values() is None
{'a': 1}.values() + None
{'a': 1}.values() * None
{'a': 1}.values() | None
{'a': 1}.values() == 1
{'a': 1}.values() != 1
{'a': 1}.values() < 1
{'a': 1}.values() <= 1
{'a': 1}.values() > 1
{'a': 1}.values() in 1
{'a': 1}.values() not in 1
{'a': 1}.values() is 1
{'a': 1}.values() + 1
{'a': 1}.values() * 1
{'a': 1}.values() | 1
{'a': 1}.values() == 1.0
{'a': 1}.values() != 1.0
{'a': 1}.values() < 1.0
{'a': 1}.values() <= 1.0
{'a': 1}.values() > 1.0
{'a': 1}.values() in 1.0
{'a': 1}.values() not in 1.0
{'a': 1}.values() is 1.0
{'a': 1}.values() + 1.0
{'a': 1}.values() * 1.0
{'a': 1}.values() | 1.0
{'a': 1}.values() == True
{'a': 1}.values() != True
{'a': 1}.values() < True
{'a': 1}.values() <= True
{'a': 1}.values() > True
{'a': 1}.values() in True
{'a': 1}.values() not in True
{'a': 1}.values() is True
{'a': 1}.values() + True
{'a': 1}.values() * True
{'a': 1}.values() | True
{'a': 1}.values() == [[1]]
{'a': 1}.values() != [[1]]
{'a': 1}.values() < [[1]]
{'a': 1}.values() <= [[1]]
{'a': 1}.values() > [[1]]
{'a': 1}.values() in [[1]]
{'a': 1}.values() not in [[1]]
{'a': 1}.values() is [[1]]
{'a': 1}.values() + [[1]]
{'a': 1}.values() * [[1]]
{'a': 1}.values() | [[1]]
{'a': 1}.values() == {'a': 1}.keys()
{'a': 1}.values() != {'a': 1}.keys()
{'a': 1}.values() < {'a': 1}.keys()
{'a': 1}.values() <= {'a': 1}.keys()
{'a': 1}.values() > {'a': 1}.keys()
{'a': 1}.values() in {'a': 1}.keys()
{'a': 1}.values() not in {'a': 1}.keys()
{'a': 1}.values() is {'a': 1}.keys()
{'a': 1}.values() + {'a': 1}.keys()
{'a': 1}.values() * {'a': 1}.keys()
{'a': 1}.values() == {'a': 1}.items()
{'a': 1}.values() != {'a': 1}.items()
{'a': 1}.values() < {'a': 1}.items()
{'a': 1}.values() <= {'a': 1}.items()
{'a': 1}.values() > {'a': 1}.items()
{'a': 1}.values() in {'a': 1}.items()
{'a': 1}.values() not in {'a': 1}.items()
{'a': 1}.values() is {'a': 1}.items()
{'a': 1}.values() + {'a': 1}.items()
{'a': 1}.values() * {'a': 1}.items()
{'a': 1}.values() == {'a': 1}.values()
{'a': 1}.values() != {'a': 1}.values()
{'a': 1}.values() < {'a': 1}.values()
{'a': 1}.values() <= {'a': 1}.values()
{'a': 1}.values() > {'a': 1}.values()
{'a': 1}.values() in {'a': 1}.values()
{'a': 1}.values() not in {'a': 1}.values()
{'a': 1}.values() + {'a': 1}.values()
{'a': 1}.values() * {'a': 1}.values()
{'a': 1}.values() | {'a': 1}.values()
len([])
bool([])
list([])
sorted([])
min([])
max([])
sum([])
tuple([])
dict([])
any([])
all([])
type([])
repr([])
str([])
{[]: 1}
[[]].index([])
[[]].count([])
[][0]
[][1:]
len([1, 2])
bool([1, 2])
list([1, 2])
sorted([1, 2])
min([1, 2])
max([1, 2])
sum([1, 2])
tuple([1, 2])
dict([1, 2])
any([1, 2])
all([1, 2])
type([1, 2])
repr([1, 2])
str([1, 2])
{[1, 2]: 1}
[[1, 2]].index([1, 2])
[[1, 2]].count([1, 2])
[1, 2][0]
[1, 2][1:]
len((1,))
bool((1,))
list((1,))
sorted((1,))
min((1,))
max((1,))
sum((1,))
tuple((1,))
dict((1,))
any((1,))
all((1,))
type((1,))
repr((1,))
str((1,))
{(1,): 1}
[(1,)].index((1,))
[(1,)].count((1,))
(1,)[0]
(1,)[1:]
len((1, 2.0))
bool((1, 2.0))
list((1, 2.0))
sorted((1, 2.0))
min((1, 2.0))
max((1, 2.0))
sum((1, 2.0))
tuple((1, 2.0))
dict((1, 2.0))
any((1, 2.0))
all((1, 2.0))
type((1, 2.0))
repr((1, 2.0))
str((1, 2.0))
{(1, 2.0): 1}
[(1, 2.0)].index((1, 2.0))
[(1, 2.0)].count((1, 2.0))
(1, 2.0)[0]
(1, 2.0)[1:]
len({})
bool({})
list({})
sorted({})
min({})
max({})
sum({})
tuple({})
dict({})
any({})
all({})
type({})
repr({})
str({})
{{}: 1}
[{}].index({})
[{}].count({})
{}[0]
{}[1:]
len({'a': 1})
bool({'a': 1})
list({'a': 1})
sorted({'a': 1})
min({'a': 1})
max({'a': 1})
sum({'a': 1})
tuple({'a': 1})
dict({'a': 1})
any({'a': 1})
all({'a': 1})
type({'a': 1})
repr({'a': 1})
str({'a': 1})
{{'a': 1}: 1}
[{'a': 1}].index({'a': 1})
[{'a': 1}].count({'a': 1})
{'a': 1}[0]
{'a': 1}[1:]
len({1: 'x'})
bool({1: 'x'})
list({1: 'x'})
sorted({1: 'x'})
min({1: 'x'})
max({1: 'x'})
sum({1: 'x'})
tuple({1: 'x'})
dict({1: 'x'})
any({1: 'x'})
all({1: 'x'})
type({1: 'x'})
repr({1: 'x'})
str({1: 'x'})
{{1: 'x'}: 1}
[{1: 'x'}].index({1: 'x'})
[{1: 'x'}].count({1: 'x'})
{1: 'x'}[0]
{1: 'x'}[1:]
len('a')
bool('a')
list('a')
sorted('a')
min('a')
max('a')
sum('a')
tuple('a')
dict('a')
any('a')
all('a')
type('a')
repr('a')
str('a')
{'a': 1}
['a'].index('a')
['a'].count('a')
'a'[0]
'a'[1:]
len('ab')
bool('ab')
list('ab')
sorted('ab')
min('ab')
max('ab')
sum('ab')
tuple('ab')
dict('ab')
any('ab')
all('ab')
type('ab')
repr('ab')
str('ab')
{'ab': 1}
['ab'].index('ab')
['ab'].count('ab')
'ab'[0]
'ab'[1:]
len(b'a')
bool(b'a')
list(b'a')
sorted(b'a')
min(b'a')
max(b'a')
sum(b'a')
tuple(b'a')
dict(b'a')
any(b'a')
all(b'a')
type(b'a')
repr(b'a')
str(b'a')
{b'a': 1}
[b'a'].index(b'a')
[b'a'].count(b'a')
b'a'[0]
b'a'[1:]
len(bytearray(b'ab'))
bool(bytearray(b'ab'))
list(bytearray(b'ab'))
sorted(bytearray(b'ab'))
min(bytearray(b'ab'))
max(bytearray(b'ab'))
sum(bytearray(b'ab'))
tuple(bytearray(b'ab'))
dict(bytearray(b'ab'))
any(bytearray(b'ab'))
all(bytearray(b'ab'))
type(bytearray(b'ab'))
repr(bytearray(b'ab'))
str(bytearray(b'ab'))
{bytearray(b'ab'): 1}
[bytearray(b'ab')].index(bytearray(b'ab'))
[bytearray(b'ab')].count(bytearray(b'ab'))
bytearray(b'ab')[0]
bytearray(b'ab')[1:]
len(memoryview(b'a'))
bool(memoryview(b'a'))
list(memoryview(b'a'))
sorted(memoryview(b'a'))
min(memoryview(b'a'))
max(memoryview(b'a'))
sum(memoryview(b'a'))
tuple(memoryview(b'a'))
dict(memoryview(b'a'))
any(memoryview(b'a'))
all(memoryview(b'a'))
type(memoryview(b'a'))
repr(memoryview(b'a'))
str(memoryview(b'a'))
{memoryview(b'a'): 1}
[memoryview(b'a')].index(memoryview(b'a'))
[memoryview(b'a')].count(memoryview(b'a'))
memoryview(b'a')[0]
memoryview(b'a')[1:]
len(range(3))
bool(range(3))
list(range(3))
sorted(range(3))
min(range(3))
max(range(3))
sum(range(3))
tuple(range(3))
dict(range(3))
any(range(3))
all(range(3))
type(range(3))
repr(range(3))
str(range(3))
{range(3): 1}
[range(3)].index(range(3))
[range(3)].count(range(3))
range(3)[0]
range(3)[1:]
len(range(0))
bool(range(0))
list(range(0))
sorted(range(0))
min(range(0))
max(range(0))
sum(range(0))
tuple(range(0))
dict(range(0))
any(range(0))
all(range(0))
type(range(0))
repr(range(0))
str(range(0))
{range(0): 1}
[range(0)].index(range(0))
[range(0)].count(range(0))
range(0)[0]
range(0)[1:]
len(None)
bool(None)
list(None)
sorted(None)
min(None)
max(None)
sum(None)
tuple(None)
dict(None)
any(None)
all(None)
type(None)
repr(None)
str(None)
{None: 1}
[None].index(None)
[None].count(None)
None[0]
None[1:]
len(1)
bool(1)
list(1)
sorted(1)
min(1)
max(1)
sum(1)
tuple(1)
dict(1)
any(1)
all(1)
type(1)
repr(1)
str(1)
{1: 1}
[1].index(1)
[1].count(1)
1[0]
1[1:]
len(1.0)
bool(1.0)
list(1.0)
sorted(1.0)
min(1.0)
max(1.0)
sum(1.0)
tuple(1.0)
dict(1.0)
any(1.0)
all(1.0)
type(1.0)
repr(1.0)
str(1.0)
{1.0: 1}
[1.0].index(1.0)
[1.0].count(1.0)
1.0[0]
1.0[1:]
len(True)
bool(True)
list(True)
sorted(True)
min(True)
max(True)
sum(True)
tuple(True)
dict(True)
any(True)
all(True)
type(True)
repr(True)
str(True)
{True: 1}
[True].index(True)
[True].count(True)
True[0]
True[1:]
len([[1]])
bool([[1]])
list([[1]])
sorted([[1]])
min([[1]])
max([[1]])
sum([[1]])
tuple([[1]])
dict([[1]])
any([[1]])
all([[1]])
type([[1]])
repr([[1]])
str([[1]])
{[[1]]: 1}
[[[1]]].index([[1]])
[[[1]]].count([[1]])
[[1]][0]
[[1]][1:]
len({'a': 1}.keys())
bool({'a': 1}.keys())
list({'a': 1}.keys())
sorted({'a': 1}.keys())
min({'a': 1}.keys())
max({'a': 1}.keys())
sum({'a': 1}.keys())
tuple({'a': 1}.keys())
dict({'a': 1}.keys())
any({'a': 1}.keys())
all({'a': 1}.keys())
type({'a': 1}.keys())
repr({'a': 1}.keys())
str({'a': 1}.keys())
{{'a': 1}.keys(): 1}
[{'a': 1}.keys()].index({'a': 1}.keys())
[{'a': 1}.keys()].count({'a': 1}.keys())
{'a': 1}.keys()[0]
{'a': 1}.keys()[1:]
len({'a': 1}.items())
bool({'a': 1}.items())
list({'a': 1}.items())
sorted({'a': 1}.items())
min({'a': 1}.items())
max({'a': 1}.items())
sum({'a': 1}.items())
tuple({'a': 1}.items())
dict({'a': 1}.items())
any({'a': 1}.items())
all({'a': 1}.items())
type({'a': 1}.items())
repr({'a': 1}.items())
str({'a': 1}.items())
{{'a': 1}.items(): 1}
[{'a': 1}.items()].index({'a': 1}.items())
[{'a': 1}.items()].count({'a': 1}.items())
{'a': 1}.items()[0]
{'a': 1}.items()[1:]
len({'a': 1}.values())
bool({'a': 1}.values())
list({'a': 1}.values())
sorted({'a': 1}.values())
min({'a': 1}.values())
max({'a': 1}.values())
sum({'a': 1}.values())
tuple({'a': 1}.values())
dict({'a': 1}.values())
any({'a': 1}.values())
all({'a': 1}.values())
type({'a': 1}.values())
repr({'a': 1}.values())
str({'a': 1}.values())
{{'a': 1}.values(): 1}
[{'a': 1}.values()].index({'a': 1}.values())
[{'a': 1}.values()].count({'a': 1}.values())
{'a': 1}.values()[0]
{'a': 1}.values()[1:]
