# Ints past 4300 decimal digits cannot be displayed or printed (CPython's int_max_str_digits), but arithmetic and len-like uses work.
x = 1000000000000
x *= x
x *= x
x *= x
x *= x
x *= x
x *= x
x *= x
x *= x
x *= x
x
print(x)
y = x - x
y
[x]
z = x
z *= x
b"" * x
bytes(x)
x + b""
