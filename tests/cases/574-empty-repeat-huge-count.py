# Repeating an EMPTY list/tuple a huge number of times is instant in CPython (result empty): must not loop n times.
[] * 9223372036854775807
() * 9223372036854775807
9223372036854775807 * []
e = []
e *= 9223372036854775807
e
t = ()
t *= 4611686018427387904
t
[] * 99999999999999999999
