# Item assignment to str/bytes/tuple: an int key is converted first (huge → IndexError), other keys give "does not support item assignment".
s = "ab"
s[9223372036854775808] = 1
s[0] = 1
s["x"] = 1
b"ab"[-9223372036854775809] = 1
(1,)[99999999999999999999] = 1
(1,)[True] = 1
None[9223372036854775808] = 1
5[9223372036854775808] = 1
l = [1]
l[9223372036854775808] = 1
l["x"] = 1
ba = bytearray(b"a")
ba[9223372036854775808] = 1
ba["x"] = 1
ba[None] = 1
