# print() writes each argument as it goes: an argument whose str() fails leaves the earlier ones (and the separator) on the line.
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
print(1, "two", x, 4)
print(x, 5)
print(1, sep="", end=x)
print("a", "b", sep="-", end="\n")
